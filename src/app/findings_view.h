#pragma once
// The report's findings as a list: check, status (coloured), measured value, limit.

#include "report_view.h"

#include <QTreeWidget>

namespace certphoto::app {

class FindingsView : public QTreeWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    void showReport(const ReportView& report);
};

QString statusText(core::Status status);
// A check id ("background.color") as people read it, translated.
QString checkLabel(const QString& id);

} // namespace certphoto::app
