#include "review_actions.h"

#include "app_settings.h"
#include "approve_confirm_dialog.h"
#include "grid_dialog.h"
#include "grid_page.h"
#include "icons.h"
#include "key_dialogs.h"
#include "key_map.h"
#include "review_session.h"
#include "undo_tracker.h"

#include <QAction>
#include <QBoxLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace certphoto::app {

ReviewActions::ReviewActions(QMainWindow* window, Database* db, ReviewSession* review, const Session& session)
    : QObject(window), window_(window), db_(db), review_(review), session_(session),
      undo_(new UndoTracker(db, review, this)) {
    auto make = [this](const char* name, const QString& text) {
        auto* a = new QAction(text, window_);
        a->setObjectName(QLatin1String(name));
        window_->addAction(a);
        return a;
    };
    undoAction_ = make("actionUndo", tr("&Undo the last decision"));
    gridAction_ = make("actionGrid", tr("&Grid of passed photos…"));
    cheatAction_ = make("actionCheatSheet", tr("&Keys…"));
    cheatAction_->setIcon(icon(IconId::Help));
    // Into the window's menus (found by name: the frame is forms/mainwindow.ui).
    if (auto* menu = window_->findChild<QMenu*>(QStringLiteral("menuReview"))) {
        QAction* skip = action("actionSkip");
        const QList<QAction*> all = menu->actions();
        const int at = skip ? int(all.indexOf(skip)) : -1;
        QAction* before = at >= 0 && at + 1 < all.size() ? all[at + 1] : nullptr;
        menu->insertAction(before, undoAction_);
        menu->insertAction(before, gridAction_);
    }
    if (auto* menu = window_->findChild<QMenu*>(QStringLiteral("menuHelp")))
        menu->insertAction(menu->actions().value(0), cheatAction_);

    // Approve goes through here (the confirmation); the window connects its action to nothing else.
    if (QAction* a = action("actionApprove"))
        connect(a, &QAction::triggered, this, &ReviewActions::approve);
    connect(undoAction_, &QAction::triggered, undo_, &UndoTracker::undo);
    connect(gridAction_, &QAction::triggered, this, &ReviewActions::openGrid);
    connect(cheatAction_, &QAction::triggered, this, &ReviewActions::openCheatSheet);
    connect(review_, &ReviewSession::decisionSaved, undo_, &UndoTracker::noteDecision);
    connect(undo_, &UndoTracker::changed, this, &ReviewActions::updateUndo);
    connect(undo_, &UndoTracker::message, this,
            [this](const QString& text, bool error) { emit message(text, error ? 2 : 1); });
    // A button beside Next, showing the time left.
    if (auto* next = window_->findChild<QToolButton*>(QStringLiteral("nextButton"))) {
        if (auto* box = qobject_cast<QBoxLayout*>(next->parentWidget()->layout())) {
            auto* b = new QToolButton(next->parentWidget());
            b->setObjectName(QStringLiteral("undoButton"));
            b->setFocusPolicy(Qt::NoFocus);
            b->setDefaultAction(undoAction_);
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            const int at = box->indexOf(next);
            box->insertWidget(at >= 0 ? at : box->count(), b);
        }
    }
    applySettings();
    updateUndo();
}

QAction* ReviewActions::action(const char* name) const {
    return window_->findChild<QAction*>(QLatin1String(name));
}

void ReviewActions::applySettings() {
    KeyMap::apply(window_);
    review_->setAdvanceAfterDecision(AppSettings::approveAdvances());
    updateUndo();
}

void ReviewActions::updateUndo() {
    const int left = undo_->secondsLeft();
    undoAction_->setEnabled(undo_->hasDecision());
    const QString key = KeyMap::keysText(QStringLiteral("actionUndo"));
    QString text;
    if (!undo_->hasDecision())
        text = tr("&Undo the last decision");
    else if (left > 0)
        text = tr("&Undo the last decision (%n s left)", nullptr, left);
    else
        text = tr("&Undo the last decision (time is up: the server will refuse)");
    undoAction_->setText(text);
    undoAction_->setIconText(left > 0 ? tr("Undo (%1) — %n s", nullptr, left).arg(key)
                                      : tr("Undo (%1)").arg(key));
    undoAction_->setToolTip(text.remove(QLatin1Char('&')) + QStringLiteral(" — ") + key);
}

void ReviewActions::approve() {
    const LoadedSubmission* s = review_->current();
    if (!s || !review_->canDecide() || asking_) {
        review_->approve(); // says why nothing happens (e.g. the claim ran out)
        return;
    }
    if (!approvingAgainstCore(s->report)) {
        review_->approve(); // the core passed it: one key
        return;
    }
    asking_ = true;
    auto* dialog = new ApproveConfirmDialog(s->report, session_.reasonCodes, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->detail.submissionId;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        const LoadedSubmission* now = review_->current();
        if (now && now->detail.submissionId == id)
            review_->approve();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        asking_ = false;
        window_->activateWindow();
    });
    dialog->open();
}

void ReviewActions::openGrid() {
    if (grid_)
        return;
    // The submission on screen stays held and waits; the grid claims its own page.
    grid_ = new GridDialog(db_, review_, AppSettings::gridPageSize(), window_);
    grid_->setAttribute(Qt::WA_DeleteOnClose);
    connect(grid_, &QDialog::finished, this, [this] {
        window_->activateWindow();
        // Exceptions wait in the loop: show the first at once when nothing is on screen.
        const auto st = review_->state();
        if (!review_->current() || st == ReviewSession::State::Decided || st == ReviewSession::State::Empty ||
            st == ReviewSession::State::Idle)
            review_->next();
    });
    connect(grid_->page(), &GridPage::decisionSaved, undo_, &UndoTracker::noteDecision);
    grid_->showMaximized();
}

void ReviewActions::openCheatSheet() {
    auto* dialog = new CheatSheetDialog(window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, window_, [this] { window_->activateWindow(); });
    dialog->open();
}

} // namespace certphoto::app
