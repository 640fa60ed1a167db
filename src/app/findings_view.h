#pragma once
// The report's findings as a list: check, status (coloured), and the finding as a sentence in the person's
// language (FindingText). The raw facts (check id, reason code, the core's English limit) only in the
// details column, shown on request. Selecting a finding tells the photo view which region to highlight.

#include "report_view.h"

#include <QTreeWidget>

namespace certphoto::app {

class FindingsView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { CheckColumn, StatusColumn, SentenceColumn, DetailsColumn };

    explicit FindingsView(QWidget* parent = nullptr);
    void showReport(const ReportView& report);
    void setDetailsShown(bool on);
    bool detailsShown() const { return !isColumnHidden(DetailsColumn); }

signals:
    // The check id of the finding now selected (empty when none).
    void findingSelected(const QString& checkId);
};

QString statusText(const QString& status);
// A check id ("background.color") as people read it, translated.
QString checkLabel(const QString& id);

} // namespace certphoto::app
