#pragma once
// The review window's keyboard layer beside the frame: the keys from KeyMap on every action (menus,
// tooltips, buttons), approve with the confirmation against a failing core verdict, approve-and-advance,
// Undo with the time left, the grid of passed photos and the cheat sheet on `?`. Built in code on top of
// the main window's actions, so the window itself only creates it.

#include "grid_dialog.h"
#include "session.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace certphoto::app {

class Database;
class ReviewSession;
class UndoTracker;

class ReviewActions : public QObject {
    Q_OBJECT
public:
    ReviewActions(QMainWindow* window, Database* db, ReviewSession* review, const Session& session);

    UndoTracker* undo() const { return undo_; }
    QAction* undoAction() const { return undoAction_; }
    // The grid window while it is open (tests, screenshots).
    GridDialog* grid() const { return grid_; }

public slots:
    // A: approves, asking first when the core failed the photo.
    void approve();
    void openGrid();
    void openCheatSheet();
    // After the settings dialog: keys and approve-and-advance as saved.
    void applySettings();

signals:
    void message(const QString& text, int tone); // ReviewSession::Tone

private:
    void updateUndo();
    QAction* action(const char* name) const;

    QMainWindow* window_;
    Database* db_;
    ReviewSession* review_;
    const Session& session_;
    UndoTracker* undo_;
    QAction* undoAction_;
    QAction* gridAction_;
    QAction* cheatAction_;
    QPointer<GridDialog> grid_;
    bool asking_ = false;
};

} // namespace certphoto::app
