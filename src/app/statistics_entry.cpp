#include "statistics_entry.h"

#include "icons.h"

#include "statistics_window.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <algorithm>

namespace certphoto::app {

namespace {
bool has(const Session& s, store::Role r) {
    return std::find(s.roles.begin(), s.roles.end(), r) != s.roles.end();
}
} // namespace

bool StatisticsEntry::mayOpen(const Session& session) {
    return has(session, store::Role::Supervisor) || has(session, store::Role::Admin);
}

bool StatisticsEntry::landsOnStatistics(const Session& session) {
    return has(session, store::Role::Supervisor) && !has(session, store::Role::Admin);
}

StatisticsEntry::StatisticsEntry(QMainWindow* window, Database* db, const Session& session)
    : QObject(window), owner_(window), db_(db), session_(session) {
    if (!mayOpen(session))
        return;
    action_ = new QAction(tr("&Statistics"), window);
    action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action_->setToolTip(tr("The day's figures, charts and the daily report (Ctrl+Shift+S)"));
    action_->setObjectName(QStringLiteral("actionStatistics"));
    connect(action_, &QAction::triggered, this, &StatisticsEntry::open);
    action_->setIcon(icon(IconId::Statistics));
    // Before Help, which stays the last menu.
    auto* menu = new QMenu(tr("S&tatistics"), window->menuBar());
    if (auto* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp")))
        window->menuBar()->insertMenu(help->menuAction(), menu);
    else
        window->menuBar()->addMenu(menu);
    menu->addAction(action_);
    auto* bar = window->addToolBar(tr("Statistics"));
    bar->setObjectName(QStringLiteral("statisticsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action_);
    window->addAction(action_);
}

StatisticsWindow* StatisticsEntry::window() const {
    return stats_;
}

StatisticsWindow* StatisticsEntry::open() {
    if (!mayOpen(session_))
        return nullptr;
    if (!stats_) {
        // Its own top-level window, closed with the review window.
        stats_ = new StatisticsWindow(db_, session_, owner_);
        stats_->setWindowFlag(Qt::Window);
        stats_->setAttribute(Qt::WA_DeleteOnClose);
    }
    stats_->show();
    stats_->raise();
    stats_->activateWindow();
    return stats_;
}

} // namespace certphoto::app
