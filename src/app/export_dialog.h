#pragma once
// The admin's export dialog: choose the receiver, level and approval dates, preview what would go out
// (count, total size, the first rows, problems), then create the batch with progress and cancel. The
// work runs on the database worker (Database), never on the GUI thread.

#include <QDialog>

#include <atomic>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace certphoto::app {

class Database;
class ExportRowsModel;

// Carries the job's progress to the GUI thread; lives as long as the job that reports through it.
class ExportProgressRelay : public QObject {
    Q_OBJECT
signals:
    void progressed(int done, int total);
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Database* db, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportRowsModel* rowsModel() const { return rows_; }
    bool busy() const { return busy_; }

public slots:
    void preview();
    void create();
    void cancelExport();

private:
    void setBusy(bool busy);
    void chooseFolder();
    struct Selection;
    Selection selection() const;

    std::unique_ptr<Ui::ExportDialog> ui_;
    Database* db_;
    ExportRowsModel* rows_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool busy_ = false;
    bool previewed_ = false;
};

} // namespace certphoto::app
