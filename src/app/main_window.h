#pragma once
// The review window: the queue, the photo with its overlays, the findings, the applicant, and the
// decision keys. Frame from forms/mainwindow.ui; the photo and findings views are built in code.

#include "session.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;

namespace certphoto::app {

class Database;
class QueuePane;
class QueuePageModel;
class PhotoView;
class FindingsView;
class AttemptsPanel;
class ReviewSession;
class StatisticsEntry;
class MyDayStatus;
class ReviewActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database* db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    ReviewSession* review() const { return review_; }
    QueuePageModel* queueModel() const;
    PhotoView* photoView() const { return photo_; }
    ReviewActions* reviewActions() const { return actions_; }
    // The Statistics menu and toolbar button (supervisors and admins).
    StatisticsEntry* statistics() const { return statistics_; }
    // The last text the banner showed (tests and screenshots read it).
    QString bannerText() const;

public slots:
    void refreshQueue();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void showCurrent();
    void showMessage(const QString& text, int tone);
    void updateActions();
    void updateStatus();
    void openRejectDialog();
    void clearApplicant();
    void selectCurrentInQueue();

    std::unique_ptr<Ui::MainWindow> ui_;
    Database* db_;
    Session session_;
    QueuePane* queue_;
    PhotoView* photo_;
    FindingsView* findings_;
    AttemptsPanel* attempts_ = nullptr;
    ReviewSession* review_;
    QTimer queueSoon_;
    bool queueLoaded_ = false;
    qint64 selectInQueue_ = 0; // the photo shown, until its row is made current
    QLabel* userStatus_;
    QLabel* connectionStatus_;
    QLabel* queueStatus_;
    MyDayStatus* myDay_;
    StatisticsEntry* statistics_;
    ReviewActions* actions_ = nullptr;
};

} // namespace certphoto::app
