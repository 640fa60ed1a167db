#pragma once
// The admin's SMS outbox view: the counts by state and the oldest pending message, a table of the newest
// messages (all, pending, sent or failed; the recipient masked), and Retry failed (the selected failed
// rows, or every failed row when none is selected). Everything through the Database worker; a refresh
// every 10 s while open. Frame from forms/outboxdialog.ui.

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class OutboxDialog;
}
class QMainWindow;

namespace certphoto::app {

class Database;
class OutboxModel;

class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    explicit OutboxDialog(Database* db, QWidget* parent = nullptr);
    ~OutboxDialog() override;

    OutboxModel* model() const { return model_; }
    // The last message shown under the table (tests read it).
    QString messageText() const;
    // True once the first overview and list have arrived.
    bool loaded() const { return loadedOverview_ && loadedList_; }
    // Answers still awaited from the worker.
    int inFlight() const { return inFlight_; }

public slots:
    void refresh();
    void retryFailed();

private:
    void showMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::OutboxDialog> ui_;
    Database* db_;
    OutboxModel* model_;
    QTimer timer_;
    int inFlight_ = 0;
    bool loadedOverview_ = false;
    bool loadedList_ = false;
};

// Adds "SMS outbox…" (Ctrl+Shift+O) to the window's Admin menu (made when the window has none) and opens
// one outbox view on it. For admins only: the server refuses the outbox to everyone else anyway.
void addOutboxAction(QMainWindow* window, Database* db);

} // namespace certphoto::app
