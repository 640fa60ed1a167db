#include "disagreements_dialog.h"

#include "ui_disagreementsdialog.h"

#include <QHeaderView>

namespace certphoto::app {

DisagreementsDialog::DisagreementsDialog(const QString& checkLabel,
                                         std::vector<report::DisagreementModel::Row> rows, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::DisagreementsDialog>()) {
    ui_->setupUi(this);
    model_ = new report::DisagreementModel(this);
    const int n = int(rows.size());
    model_->setRows(std::move(rows));
    ui_->rowsView->setModel(model_);
    ui_->rowsView->verticalHeader()->hide();
    ui_->rowsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->rowsView->horizontalHeader()->setStretchLastSection(true);
    ui_->summaryLabel->setText(
        n == 0 ? tr("No submission went against the core on the check \"%1\" in these days.").arg(checkLabel)
               : tr("Submissions where the auditor and the check \"%1\" disagreed: %2 (newest first).")
                     .arg(checkLabel)
                     .arg(n));
    setWindowTitle(tr("Core against auditors: %1").arg(checkLabel));
}

DisagreementsDialog::~DisagreementsDialog() = default;

QString DisagreementsDialog::summary() const {
    return ui_->summaryLabel->text();
}

} // namespace certphoto::app
