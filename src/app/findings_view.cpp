#include "findings_view.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace certphoto::app {

QString statusText(core::Status status) {
    switch (status) {
    case core::Status::Pass:
        return FindingsView::tr("pass");
    case core::Status::Warn:
        return FindingsView::tr("look");
    case core::Status::Fail:
        break;
    }
    return FindingsView::tr("fail");
}

QString checkLabel(const QString& id) {
    static const struct {
        const char* id;
        const char* label;
    } labels[] = {
        {"file.format", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "File format")},
        {"file.size", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "File size")},
        {"image.decode", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Image data intact")},
        {"image.dimensions", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Image size (px)")},
        {"face.count", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Number of faces")},
        {"head.size", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Head size")},
        {"head.position", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Head position")},
        {"head.tilt", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Head tilt")},
        {"eyes.line", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Eye height")},
        {"face.width", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Face width")},
        {"background.color", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Background colour")},
        {"background.uniformity", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Background uniformity")},
        {"glare.spots", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Glare spots")},
        {"image.sharpness", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Sharpness")},
        {"image.exposure", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Exposure")},
        {"lighting.balance", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Lighting balance")},
        {"image.color", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Colour cast")},
        {"clothing.contrast", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Clothing vs background")},
    };
    for (const auto& l : labels)
        if (id == QLatin1String(l.id))
            return FindingsView::tr(l.label);
    return id; // a check this build does not know yet: its id is still meaningful
}

QString formatValue(double v) {
    const double a = std::fabs(v);
    if (v == std::floor(v) && a < 1e9)
        return QLocale().toString(qint64(v));
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QLocale().toString(v, 'f', decimals);
}

FindingsView::FindingsView(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Check"), tr("Status"), tr("Value"), tr("Limit")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    // The limit texts are long ("crown 50-110 px below the top"): that column takes what is left, elided.
    for (int c = 0; c < 3; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideRight);
}

void FindingsView::showReport(const ReportView& report) {
    clear();
    // Failures first, then warnings, then passes: the auditor reads from the top.
    for (core::Status wanted : {core::Status::Fail, core::Status::Warn, core::Status::Pass}) {
        for (const ReportFinding& f : report.findings) {
            if (f.status != wanted)
                continue;
            auto* item = new QTreeWidgetItem(this);
            item->setText(0, checkLabel(f.id));
            item->setText(1, statusText(f.status));
            item->setText(2, f.hasValue ? formatValue(f.value) : QStringLiteral("—"));
            item->setText(3, f.limit);
            QString tip = f.id + u'\n' + f.limit + (f.detail.isEmpty() ? QString() : u'\n' + f.detail);
            if (!f.reason.isEmpty())
                tip += u'\n' + tr("Reason code: %1").arg(f.reason);
            for (int c = 0; c < 4; ++c)
                item->setToolTip(c, tip);
            QColor colour = f.status == core::Status::Fail   ? QColor(0xc6, 0x28, 0x28)
                            : f.status == core::Status::Warn ? QColor(0xb2, 0x6a, 0x00)
                                                             : QColor(0x2e, 0x7d, 0x32);
            item->setForeground(1, colour);
            if (f.status != core::Status::Pass) {
                QFont bold = item->font(1);
                bold.setBold(true);
                item->setFont(1, bold);
            }
        }
    }
}

} // namespace certphoto::app
