#include "review_session.h"

#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>
#include <certphoto/store/queue.h>

#include <algorithm>

namespace certphoto::app {
namespace {

// The person's sentence for a store error (the raw message is logged by the worker).
QString text(const Error& e) {
    return storeErrorText(e);
}

bool isLeaseError(const Error& e) {
    return e.code.rfind("lease", 0) == 0;
}

} // namespace

ReviewSession::ReviewSession(Database* db, QObject* parent) : QObject(parent), db_(db) {
    heartbeat_.setSingleShot(true);
    connect(&heartbeat_, &QTimer::timeout, this, &ReviewSession::heartbeat);
}

bool ReviewSession::canDecide() const {
    return current_ && (state_ == State::Reviewing || state_ == State::NotSaved);
}

void ReviewSession::setState(State s) {
    if (s == state_)
        return;
    state_ = s;
    emit stateChanged(s);
}

void ReviewSession::next() {
    if (state_ == State::Deciding || state_ == State::Claiming)
        return; // one thing at a time; the key repeat must not skip submissions
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        release(current_->detail.submissionId);
    current_.reset();
    decision_.reset();
    if (preloaded_) {
        LoadedSubmission s = std::move(*preloaded_);
        preloaded_.reset();
        show(std::move(s));
        return;
    }
    setState(State::Claiming);
    emit currentChanged();
    wantCurrent_ = true;
    if (!claimInFlight_)
        startClaim(0, true);
}

void ReviewSession::skip() {
    if (!current_ || state_ == State::Deciding || state_ == State::Claiming)
        return;
    next();
}

void ReviewSession::claim(qint64 submissionId) {
    if (state_ == State::Deciding || state_ == State::Claiming)
        return;
    if (current_ && current_->detail.submissionId == submissionId)
        return;
    if (preloaded_ && preloaded_->detail.submissionId == submissionId) {
        next();
        return;
    }
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        release(current_->detail.submissionId);
    current_.reset();
    decision_.reset();
    setState(State::Claiming);
    emit currentChanged();
    wantCurrent_ = true;
    startClaim(submissionId, true);
}

void ReviewSession::startClaim(qint64 submissionId, bool forCurrent) {
    claimInFlight_ = true;
    JobInfo info{forCurrent ? QStringLiteral("claim") : QStringLiteral("preload"), submissionId, Retry::No};
    db_->run<std::optional<LoadedSubmission>>(
        this, info, [submissionId](store::Connection& c) { return claimAndLoad(c, submissionId); },
        [this](Result<std::optional<LoadedSubmission>> r) {
            claimInFlight_ = false;
            if (closing_) {
                // The window closed while this claim was on its way: give it straight back.
                if (r && r->has_value())
                    release((**r).detail.submissionId);
                return;
            }
            const bool forScreen = wantCurrent_;
            wantCurrent_ = false;
            if (!r) {
                if (forScreen) {
                    setState(State::Idle);
                    emit message(tr("Could not claim a submission. %1").arg(text(r.error())), Tone::Error);
                    emit currentChanged();
                }
                emit queueTouched();
                return;
            }
            if (!r->has_value()) {
                if (forScreen) {
                    setState(State::Empty);
                    emit message(tr("The queue is empty."), Tone::Info);
                    emit currentChanged();
                }
                return;
            }
            if (forScreen)
                show(std::move(**r));
            else {
                preloaded_ = std::move(**r);
                scheduleHeartbeat();
            }
            emit queueTouched();
        });
}

void ReviewSession::show(LoadedSubmission s) {
    current_ = std::move(s);
    decision_.reset();
    handling_.start();
    logging::setSubmission(current_->detail.submissionId);
    logging::info(QStringLiteral("submission shown"));
    logging::setSubmission(0);
    setState(State::Reviewing);
    emit currentChanged();
    scheduleHeartbeat();
    preload();
}

void ReviewSession::setPreloadEnabled(bool on) {
    preloadEnabled_ = on;
    if (on && current_)
        preload();
}

void ReviewSession::preload() {
    if (preloadEnabled_ && !preloaded_ && !claimInFlight_)
        startClaim(0, false);
}

void ReviewSession::release(qint64 submissionId) {
    db_->run<bool>(
        this, {QStringLiteral("release"), submissionId, Retry::OnDrop},
        [submissionId](store::Connection& c) -> Result<bool> {
            auto r = store::releaseLease(c, submissionId);
            if (!r)
                return r.error();
            return true;
        },
        [this](Result<bool>) { emit queueTouched(); });
}

void ReviewSession::releaseAll() {
    closing_ = true;
    heartbeat_.stop();
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        release(current_->detail.submissionId);
    if (preloaded_)
        release(preloaded_->detail.submissionId);
    preloaded_.reset();
}

void ReviewSession::scheduleHeartbeat() {
    // Renew at a third of the shortest lease left, so one missed beat does not lose it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 ms = 30'000;
    auto consider = [&](const std::optional<LoadedSubmission>& s) {
        if (s && s->lease.expiresAt.isValid())
            ms = std::min(ms, now.msecsTo(s->lease.expiresAt) / 3);
    };
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved || state_ == State::Deciding))
        consider(current_);
    consider(preloaded_);
    heartbeat_.start(int(std::clamp<qint64>(ms, 500, 30'000)));
}

void ReviewSession::heartbeat() {
    std::vector<qint64> ids;
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        ids.push_back(current_->detail.submissionId);
    if (preloaded_)
        ids.push_back(preloaded_->detail.submissionId);
    if (ids.empty())
        return;
    for (qint64 id : ids) {
        db_->run<store::Lease>(
            this, {QStringLiteral("renew lease"), id, Retry::OnDrop},
            [id](store::Connection& c) { return store::renewLease(c, id); },
            [this, id](Result<store::Lease> r) {
                const bool isCurrent = current_ && current_->detail.submissionId == id;
                const bool isPreloaded = preloaded_ && preloaded_->detail.submissionId == id;
                if (!isCurrent && !isPreloaded)
                    return;
                LoadedSubmission* target = isCurrent ? &*current_ : &*preloaded_;
                if (r) {
                    target->lease = r.value();
                    return;
                }
                const bool lost =
                    isLeaseError(r.error()) || target->lease.expiresAt < QDateTime::currentDateTimeUtc();
                if (!lost) {
                    emit message(
                        tr("The claim on this submission could not be renewed. %1").arg(text(r.error())),
                        Tone::Error);
                    return;
                }
                if (isPreloaded) {
                    preloaded_.reset(); // never shown: just drop it
                    return;
                }
                if (state_ == State::Reviewing || state_ == State::NotSaved) {
                    setState(State::LeaseLost);
                    emit message(tr("Your claim on this submission ran out; it went back to the queue. "
                                    "Press N for the next one."),
                                 Tone::Error);
                }
            });
    }
    // Answers come back before the next beat; a stopped loop (decided, released) schedules nothing.
    QTimer::singleShot(0, this, [this] {
        if (current_ || preloaded_)
            scheduleHeartbeat();
    });
}

void ReviewSession::approve() {
    decide(store::Verdict::Approve, {}, {});
}

void ReviewSession::reject(const QStringList& reasonCodes, const QString& note) {
    decide(store::Verdict::Reject, reasonCodes, note);
}

void ReviewSession::decide(store::Verdict verdict, const QStringList& codes, const QString& note) {
    if (!canDecide()) {
        if (state_ == State::LeaseLost)
            emit message(tr("This submission is no longer yours to decide. Press N for the next one."),
                         Tone::Error);
        return;
    }
    // Same decision again (a retry): same id, so the store finds the first attempt if it did land.
    if (!decision_ || decision_->verdict != verdict || decision_->codes != codes || decision_->note != note)
        decision_ = PendingDecision{QUuid::createUuid(), verdict, codes, note};
    store::DecisionRequest request;
    request.decisionId = decision_->id;
    request.submissionId = current_->detail.submissionId;
    request.verdict = verdict;
    request.reasonCodes = codes;
    request.note = note;
    request.secondsSpent = handling_.secondsSpent();
    const qint64 id = request.submissionId;
    setState(State::Deciding);
    db_->run<store::DecisionOutcome>(
        this, {QStringLiteral("decide"), id, Retry::OnDrop},
        [request](store::Connection& c) { return store::decide(c, request); },
        [this, id, verdict](Result<store::DecisionOutcome> r) {
            if (!current_ || current_->detail.submissionId != id)
                return;
            if (!r) {
                const bool final = r.error().code == "decision.exists" || isLeaseError(r.error());
                setState(final ? State::LeaseLost : State::NotSaved);
                emit message(final ? tr("Not saved. %1").arg(text(r.error()))
                                   : tr("Not saved. %1 Press the key again to retry.").arg(text(r.error())),
                             Tone::Error);
                return;
            }
            logging::setSubmission(id);
            logging::info(QStringLiteral("decision saved: %1%2")
                              .arg(verdict == store::Verdict::Approve ? QStringLiteral("approve")
                                                                      : QStringLiteral("reject"),
                                   r->alreadyRecorded ? QStringLiteral(" (found on retry)") : QString()));
            logging::setSubmission(0);
            setState(State::Decided);
            emit message(verdict == store::Verdict::Approve
                             ? tr("Saved: approved. Press N for the next submission.")
                             : tr("Saved: rejected. Press N for the next submission."),
                         Tone::Success);
            emit decisionSaved(id, r.value());
            emit queueTouched();
        });
}

} // namespace certphoto::app
