#pragma once
// Asked once when the auditor approves a photo the core failed: the failed checks listed, Enter approves,
// Esc goes back. A photo the core passed is approved without it (one key).

#include "report_view.h"

#include <certphoto/store/types.h>

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class ApproveConfirmDialog;
}

namespace certphoto::app {

// True when approving this report goes against the core (its verdict is fail, or a check failed).
bool approvingAgainstCore(const ReportView& report);

class ApproveConfirmDialog : public QDialog {
    Q_OBJECT
public:
    ApproveConfirmDialog(const ReportView& report, const std::vector<store::ReasonCode>& reasons,
                         QWidget* parent = nullptr);
    ~ApproveConfirmDialog() override;
    // The lines listed (tests and screenshots).
    QStringList listedFailures() const;

private:
    std::unique_ptr<Ui::ApproveConfirmDialog> ui_;
};

} // namespace certphoto::app
