#pragma once
// The auditor's own day in the review window's status bar: decided, approved, rejected and the median
// handling time, from the store's myDay() (the one statistics function open to auditors). Refreshed after
// each saved decision and every few minutes; hidden when the server gives nothing.

#include <QLabel>
#include <QTimer>

namespace certphoto::app {

class Database;

class MyDayStatus : public QLabel {
    Q_OBJECT
public:
    explicit MyDayStatus(Database* db, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    Database* db_;
    QTimer timer_;
    bool inFlight_ = false;
};

} // namespace certphoto::app
