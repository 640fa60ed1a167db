#include "findings_view.h"

#include <QHeaderView>

namespace certphoto::app {

QString statusText(const QString& status) {
    if (status == u"pass")
        return FindingsView::tr("pass");
    if (status == u"warn")
        return FindingsView::tr("look");
    if (status == u"fail")
        return FindingsView::tr("fail");
    return status;
}

FindingsView::FindingsView(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Check"), tr("Status"), tr("Value"), tr("Limit")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
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
            item->setText(0, f.id);
            item->setText(1, statusText(f.status));
            item->setText(2, f.hasValue ? QString::number(f.value, 'g', 4) : QStringLiteral("—"));
            item->setText(3, f.limit);
            QString tip = f.detail;
            if (!f.reason.isEmpty())
                tip = tr("Reason code: %1").arg(f.reason) + (tip.isEmpty() ? QString() : u'\n' + tip);
            for (int c = 0; c < 4; ++c)
                item->setToolTip(c, tip);
            QColor colour = f.status == u"fail"   ? QColor(0xc6, 0x28, 0x28)
                            : f.status == u"warn" ? QColor(0xb2, 0x6a, 0x00)
                                                  : QColor(0x2e, 0x7d, 0x32);
            item->setForeground(1, colour);
            if (f.status != u"pass") {
                QFont bold = item->font(1);
                bold.setBold(true);
                item->setFont(1, bold);
            }
        }
    }
}

} // namespace certphoto::app
