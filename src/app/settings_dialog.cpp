#include "settings_dialog.h"

#include "app_settings.h"
#include "conninfo.h"
#include "date_format.h"
#include "first_run_dialog.h"
#include "key_dialogs.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace certphoto::app {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::SettingsDialog>()) {
    ui_->setupUi(this);
    // Each language in its own words, so a person who cannot read the current one still finds theirs.
    ui_->languageCombo->addItem(tr("As the system (Chinese on a Chinese system)"), QString());
    ui_->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh"));
    ui_->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    ui_->languageCombo->setCurrentIndex(ui_->languageCombo->findData(AppSettings::language()));

    const QDateTime sample = QDateTime::currentDateTime();
    ui_->dateCombo->addItem(tr("%1 (ISO)").arg(formatDateTime(sample, DateStyle::Iso)), int(DateStyle::Iso));
    ui_->dateCombo->addItem(tr("%1 (the system's format)").arg(formatDateTime(sample, DateStyle::System)),
                            int(DateStyle::System));
    ui_->dateCombo->setCurrentIndex(ui_->dateCombo->findData(int(AppSettings::dateStyle())));

    connect(ui_->serverButton, &QPushButton::clicked, this, [this] {
        FirstRunDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            showServer();
            ui_->noteLabel->setText(tr("The new server is used from the next start of certphoto."));
        }
    });
    ui_->advanceCheck->setChecked(AppSettings::approveAdvances());
    ui_->gridSpin->setValue(AppSettings::gridPageSize());
    connect(ui_->keysButton, &QPushButton::clicked, this, [this] {
        KeysDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            ui_->noteLabel->setText(tr("The new keys are in use when this dialog closes."));
    });
    showServer();
    ui_->noteLabel->setText(tr("A change of language takes effect at the next start."));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showServer() {
    const QString server = AppSettings::server();
    ui_->serverValue->setText(server.isEmpty() ? tr("This computer only (the private database)")
                                               : describeServer(server));
}

void SettingsDialog::accept() {
    AppSettings::setLanguage(ui_->languageCombo->currentData().toString());
    const auto style = DateStyle(ui_->dateCombo->currentData().toInt());
    AppSettings::setDateStyle(style);
    useDateStyle(style);
    AppSettings::setApproveAdvances(ui_->advanceCheck->isChecked());
    AppSettings::setGridPageSize(ui_->gridSpin->value());
    QDialog::accept();
}

} // namespace certphoto::app
