#pragma once
// Undo of the auditor's last decision (Ctrl+Z): remembers the last decision saved and until when the
// server allows taking it back (DecisionOutcome::undoUntil, the server setting undo_grace_seconds). The
// server is the judge: after the time shown runs out, Undo still asks, and its refusal is shown.

#include "database.h"

#include <certphoto/store/types.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace certphoto::app {

class ReviewSession;

class UndoTracker : public QObject {
    Q_OBJECT
public:
    UndoTracker(Database* db, ReviewSession* review, QObject* parent = nullptr);

    // There is a decision to undo (within the grace period or not: the server decides).
    bool hasDecision() const { return !decisionId_.isNull() && !busy_; }
    // Seconds left in the grace period by this computer's clock; 0 when it is over.
    int secondsLeft() const;
    qint64 submissionId() const { return submissionId_; }

public slots:
    void noteDecision(qint64 submissionId, const certphoto::store::DecisionOutcome& outcome);
    void undo();

signals:
    void changed(); // every second while the grace period runs, and when the state changes
    void message(const QString& text, bool error);
    void undone(qint64 submissionId);

private:
    Database* db_;
    ReviewSession* review_;
    QUuid decisionId_;
    qint64 submissionId_ = 0;
    QDateTime until_;
    bool busy_ = false;
    qint64 comeBack_ = 0; // the undone submission, until it is on screen again
    QTimer tick_;
};

} // namespace certphoto::app
