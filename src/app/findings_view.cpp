#include "findings_view.h"

#include "finding_text.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>

#include <cmath>

namespace certphoto::app {

QString statusText(const QString& status) {
    if (status == u"pass")
        return FindingsView::tr("pass");
    if (status == u"warn")
        return FindingsView::tr("attention");
    if (status == u"fail")
        return FindingsView::tr("fail");
    return status;
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
        {"eyes.open", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Eyes open")},
        {"mouth.closed", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Lips closed, no teeth")},
        {"head.covering", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Head covering")},
        {"glasses.tinted", QT_TRANSLATE_NOOP("certphoto::app::FindingsView", "Tinted glasses")},
    };
    for (const auto& l : labels)
        if (id == QLatin1String(l.id))
            return FindingsView::tr(l.label);
    return id; // a check this build does not know yet: its id is still meaningful
}

namespace {

// QTreeView measures a row before it knows its column's width, so wrapped text would be elided: this
// delegate measures the sentence and details against the column's actual width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != FindingsView::SentenceColumn && index.column() != FindingsView::DetailsColumn)
            return size;
        const int width = view_->header()->sectionSize(index.column()) - 12;
        if (width <= 0)
            return size;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView* view_;
};

} // namespace

FindingsView::FindingsView(QWidget* parent) : QTreeWidget(parent) {
    setItemDelegate(new WrappingDelegate(this));
    setColumnCount(4);
    setHeaderLabels({tr("Check"), tr("Status"), tr("Finding"), tr("Details")});
    setRootIsDecorated(false);
    // Sentences wrap instead of being cut off: rows take the height their text needs.
    setUniformRowHeights(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setFocusPolicy(Qt::NoFocus); // the decision keys stay with the window; a click selects
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SentenceColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    setColumnHidden(DetailsColumn, true);
    // Wrapped rows take their height from the column's width: lay them out again when it changes.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        emit findingSelected(item ? item->data(CheckColumn, Qt::UserRole).toString() : QString());
    });
}

void FindingsView::setDetailsShown(bool on) {
    setColumnHidden(DetailsColumn, !on);
    doItemsLayout();
}

void FindingsView::showReport(const ReportView& report) {
    clear();
    // Failures first, then warnings, then passes: the auditor reads from the top.
    for (const char* wanted : {"fail", "warn", "pass", ""}) {
        for (const ReportFinding& f : report.findings) {
            const bool other = f.status != u"fail" && f.status != u"warn" && f.status != u"pass";
            if (QString::fromLatin1(wanted) != f.status && !(wanted[0] == 0 && other))
                continue;
            auto* item = new QTreeWidgetItem(this);
            item->setData(CheckColumn, Qt::UserRole, f.id);
            item->setText(CheckColumn, checkLabel(f.id));
            item->setText(StatusColumn, statusText(f.status));
            const QString sentence = FindingText::sentence(f);
            item->setText(SentenceColumn, sentence);
            item->setToolTip(SentenceColumn, sentence);
            item->setText(DetailsColumn, FindingText::details(f));
            QColor colour = f.status == u"fail"   ? QColor(0xc6, 0x28, 0x28)
                            : f.status == u"warn" ? QColor(0xb2, 0x6a, 0x00)
                                                  : QColor(0x2e, 0x7d, 0x32);
            item->setForeground(StatusColumn, colour);
            if (f.status != u"pass") {
                QFont bold = item->font(StatusColumn);
                bold.setBold(true);
                item->setFont(StatusColumn, bold);
            }
        }
    }
    scheduleDelayedItemsLayout();
    emit findingSelected({});
}

} // namespace certphoto::app
