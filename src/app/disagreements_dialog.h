#pragma once
// The submissions behind a row of the core-against-auditors table (frame: forms/disagreementsdialog.ui).

#include <certphoto/report/figure_models.h>

#include <QDialog>
#include <memory>

namespace Ui {
class DisagreementsDialog;
}

namespace certphoto::app {

class DisagreementsDialog : public QDialog {
    Q_OBJECT
public:
    DisagreementsDialog(const QString& checkLabel, std::vector<report::DisagreementModel::Row> rows,
                        QWidget* parent = nullptr);
    ~DisagreementsDialog() override;
    report::DisagreementModel* model() const { return model_; }
    QString summary() const;

private:
    std::unique_ptr<Ui::DisagreementsDialog> ui_;
    report::DisagreementModel* model_;
};

} // namespace certphoto::app
