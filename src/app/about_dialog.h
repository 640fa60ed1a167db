#pragma once
// About: the versions a bug report needs — certphoto, its compliance core, Qt, OpenCV, and the PostgreSQL
// server and schema in use (read through the Database worker; "…" until they arrive).

#include <QDialog>
#include <memory>
#include <vector>

class QLabel;

namespace Ui {
class AboutDialog;
}

namespace certphoto::app {

class Database;

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(Database* db, const QString& serverText, QWidget* parent = nullptr);
    ~AboutDialog() override;

    // The value shown for `label` (tests).
    QString valueOf(const QString& label) const;

private:
    void setRow(int row, const QString& label, const QString& value);

    std::unique_ptr<Ui::AboutDialog> ui_;
    std::vector<QLabel*> values_; // by Row
};

} // namespace certphoto::app
