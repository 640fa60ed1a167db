#include "approve_confirm_dialog.h"

#include "findings_view.h"
#include "ui_approveconfirmdialog.h"

#include <QLocale>
#include <QPushButton>

namespace certphoto::app {

bool approvingAgainstCore(const ReportView& report) {
    if (!report.present)
        return false;
    if (report.verdict == QLatin1String("fail"))
        return true;
    for (const ReportFinding& f : report.findings)
        if (f.status == QLatin1String("fail"))
            return true;
    return false;
}

ApproveConfirmDialog::ApproveConfirmDialog(const ReportView& report,
                                           const std::vector<store::ReasonCode>& reasons, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ApproveConfirmDialog>()) {
    ui_->setupUi(this);
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (const ReportFinding& f : report.findings) {
        if (f.status != QLatin1String("fail"))
            continue;
        QString reason;
        for (const store::ReasonCode& r : reasons)
            if (r.code == f.reason)
                reason = zh ? r.labelZh : r.labelEn;
        ui_->failedList->addItem(reason.isEmpty() ? checkLabel(f.id)
                                                  : tr("%1 — %2").arg(checkLabel(f.id), reason));
    }
    if (ui_->failedList->count() == 0) // verdict fail without a failed check listed
        ui_->failedList->addItem(tr("The core's verdict: fail"));
    QPushButton* ok = ui_->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Approve anyway (Enter)"));
    ok->setDefault(true);
    ok->setAutoDefault(true);
    ok->setFocus();
    ui_->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Go back (Esc)"));
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ApproveConfirmDialog::~ApproveConfirmDialog() = default;

QStringList ApproveConfirmDialog::listedFailures() const {
    QStringList out;
    for (int i = 0; i < ui_->failedList->count(); ++i)
        out << ui_->failedList->item(i)->text();
    return out;
}

} // namespace certphoto::app
