#pragma once
// The way into the statistics from the review window: a Statistics menu and toolbar button for supervisors
// and admins (the server refuses the figures to anyone else anyway), and the screen a supervisor lands on.

#include "session.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace certphoto::app {

class Database;
class StatisticsWindow;

class StatisticsEntry : public QObject {
    Q_OBJECT
public:
    StatisticsEntry(QMainWindow* window, Database* db, const Session& session);

    // Supervisors and admins see the menu; a supervisor (not an admin) starts on the statistics.
    static bool mayOpen(const Session& session);
    static bool landsOnStatistics(const Session& session);

    QAction* action() const { return action_; }
    StatisticsWindow* window() const;

public slots:
    StatisticsWindow* open();

private:
    QMainWindow* owner_;
    Database* db_;
    Session session_;
    QAction* action_ = nullptr;
    QPointer<StatisticsWindow> stats_;
};

} // namespace certphoto::app
