#include "undo_tracker.h"

#include "key_map.h"
#include "loaded_submission.h"
#include "review_session.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/queue.h>
#include <certphoto/store/undo.h>

namespace certphoto::app {

UndoTracker::UndoTracker(Database* db, ReviewSession* review, QObject* parent)
    : QObject(parent), db_(db), review_(review) {
    connect(review_, &ReviewSession::currentChanged, this, [this] {
        const LoadedSubmission* s = review_->current();
        if (!comeBack_ || !s || s->detail.submissionId != comeBack_)
            return;
        comeBack_ = 0;
        emit message(tr("Undone: the decision is withdrawn and its SMS will not be sent. The submission is "
                        "yours to decide again."),
                     false);
    });
    tick_.setInterval(1000);
    connect(&tick_, &QTimer::timeout, this, [this] {
        if (secondsLeft() == 0)
            tick_.stop();
        emit changed();
    });
}

int UndoTracker::secondsLeft() const {
    if (decisionId_.isNull() || !until_.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until_);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void UndoTracker::noteDecision(qint64 submissionId, const store::DecisionOutcome& outcome) {
    decisionId_ = outcome.decisionId;
    submissionId_ = submissionId;
    until_ = outcome.undoUntil;
    tick_.start();
    emit changed();
}

void UndoTracker::undo() {
    if (!hasDecision())
        return;
    busy_ = true;
    emit changed();
    const QUuid id = decisionId_;
    const qint64 submission = submissionId_;
    // One job: the undo, then the submission fetched again under the fresh lease it comes back with.
    db_->run<LoadedSubmission>(
        this, {QStringLiteral("undo"), submission, Retry::OnDrop},
        [id](store::Connection& c) -> Result<LoadedSubmission> {
            auto u = store::undoDecision(c, id);
            if (!u)
                return u.error();
            LoadedSubmission s;
            s.lease = u->lease;
            auto detail = store::loadSubmission(c, u->submissionId);
            if (!detail)
                return detail.error();
            s.detail = std::move(detail.value());
            return s;
        },
        [this, submission](Result<LoadedSubmission> r) {
            busy_ = false;
            if (!r) {
                const QString code = QString::fromStdString(r.error().code);
                const bool final = code.startsWith(QLatin1String("undo."));
                if (final) { // the server's answer stands: nothing more to undo
                    decisionId_ = QUuid();
                    tick_.stop();
                }
                emit message(final ? tr("Not undone. %1").arg(storeErrorText(r.error()))
                                   : tr("Not undone. %1 Press %2 again to retry.")
                                         .arg(storeErrorText(r.error()),
                                              KeyMap::keysText(QStringLiteral("actionUndo"))),
                             true);
                emit changed();
                return;
            }
            decisionId_ = QUuid();
            tick_.stop();
            logging::setSubmission(submission);
            logging::info(QStringLiteral("decision undone"));
            logging::setSubmission(0);
            // Said once the submission is back on screen (showing it sets the banner).
            comeBack_ = submission;
            review_->resume(std::move(r.value()));
            emit undone(submission);
            emit changed();
        });
}

} // namespace certphoto::app
