#pragma once
// Settings: the interface language (overrides the system's), how dates and times are written, and the
// server (changed through the first-run dialog). Language and server take effect at the next start.

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace certphoto::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;

private:
    void showServer();

    std::unique_ptr<Ui::SettingsDialog> ui_;
};

} // namespace certphoto::app
