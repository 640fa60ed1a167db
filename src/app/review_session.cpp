#include "review_session.h"

#include "lease_keeper.h"
#include "preloader.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>

namespace certphoto::app {
namespace {

bool isLeaseError(const Error& e) {
    return e.code.rfind("lease", 0) == 0;
}

} // namespace

ReviewSession::ReviewSession(Database* db, QObject* parent)
    : QObject(parent), db_(db), leases_(new LeaseKeeper(db, this)), preloader_(new Preloader(db, leases_)) {
    preloader_->setParent(this);
    connect(preloader_, &Preloader::ready, this, &ReviewSession::onReady);
    connect(preloader_, &Preloader::empty, this, [this] {
        if (state_ != State::Claiming || waitingFor_ || preloader_->inFlight() > 0)
            return;
        setState(State::Empty);
        emit message(tr("The queue is empty."), Tone::Info);
        emit currentChanged();
    });
    connect(preloader_, &Preloader::failed, this, [this](qint64 chosenId, const Error& e) {
        emit queueTouched();
        if (state_ != State::Claiming || waitingFor_ != chosenId)
            return;
        waitingFor_ = 0;
        setState(State::Idle);
        emit message(tr("Could not claim a submission. %1").arg(storeErrorText(e)), Tone::Error);
        emit currentChanged();
    });
    connect(leases_, &LeaseKeeper::lost, this, &ReviewSession::onLost);
    connect(leases_, &LeaseKeeper::renewFailed, this, [this](qint64 id, const Error& e) {
        if (current_ && current_->detail.submissionId == id)
            emit message(tr("The claim on this submission could not be renewed. %1").arg(storeErrorText(e)),
                         Tone::Error);
    });
    connect(leases_, &LeaseKeeper::givenBack, this, [this] { emit queueTouched(); });
}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::hasPreloaded() const {
    return preloader_->hasReady();
}

int ReviewSession::preloadedCount() const {
    return preloader_->readyCount();
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

void ReviewSession::setPreloadDepth(int depth) {
    depth_ = std::max(0, depth);
    if (current_)
        preloader_->fill(depth_);
}

void ReviewSession::enqueue(LoadedSubmission s) {
    preloader_->pushFront(std::move(s));
}

void ReviewSession::resume(LoadedSubmission s) {
    const qint64 id = s.detail.submissionId;
    leases_->hold(s.lease); // the undo claimed it again for us
    if (state_ == State::Deciding || state_ == State::Claiming) {
        preloader_->decodeFirst(std::move(s)); // shown with the next N
        return;
    }
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved) &&
        current_->detail.submissionId != id)
        preloader_->pushFront(std::move(*current_)); // still held: reviewed right after
    current_.reset();
    decision_.reset();
    preloader_->decodeFirst(std::move(s));
    waitFor(id);
}

void ReviewSession::leaveCurrent() {
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        leases_->giveBack(current_->detail.submissionId);
    current_.reset();
    decision_.reset();
}

void ReviewSession::next() {
    if (state_ == State::Deciding || state_ == State::Claiming)
        return; // one thing at a time; the key repeat must not skip submissions
    leaveCurrent();
    if (auto s = preloader_->take()) {
        show(std::move(*s));
        return;
    }
    waitFor(0);
}

void ReviewSession::skip() {
    if (!current_ || state_ == State::Deciding || state_ == State::Claiming)
        return;
    // Passed over by the next claims (claim_next would hand it straight back: earliest deadline).
    skipped_.removeAll(current_->detail.submissionId);
    skipped_.append(current_->detail.submissionId);
    while (skipped_.size() > 200)
        skipped_.removeFirst();
    preloader_->setPassOver(skipped_);
    next();
}

void ReviewSession::claim(qint64 submissionId) {
    if (state_ == State::Deciding || state_ == State::Claiming)
        return;
    if (current_ && current_->detail.submissionId == submissionId && state_ != State::Decided)
        return;
    leaveCurrent();
    if (auto s = preloader_->take(submissionId)) {
        show(std::move(*s));
        return;
    }
    preloader_->fetchChosen(submissionId);
    waitFor(submissionId);
}

void ReviewSession::waitFor(qint64 submissionId) {
    waitingFor_ = submissionId;
    setState(State::Claiming);
    emit currentChanged();
    if (!submissionId && preloader_->inFlight() == 0)
        preloader_->fill(std::max(1, depth_));
}

void ReviewSession::onReady(qint64 submissionId) {
    if (state_ != State::Claiming || (waitingFor_ && waitingFor_ != submissionId))
        return;
    if (auto s = preloader_->take(submissionId)) {
        waitingFor_ = 0;
        show(std::move(*s));
    }
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
    emit queueTouched();
    preloader_->fill(depth_);
}

void ReviewSession::onLost(qint64 submissionId, const Error&) {
    if (!current_ || current_->detail.submissionId != submissionId)
        return; // a preloaded one: the preloader drops it when asked for it
    if (state_ == State::Reviewing || state_ == State::NotSaved) {
        setState(State::LeaseLost);
        emit message(tr("Your claim on this submission ran out; it went back to the queue. "
                        "Press N for the next one."),
                     Tone::Error);
    }
}

void ReviewSession::releaseAll() {
    leases_->giveBackAll();
    preloader_->dropAll();
}

void ReviewSession::approve() {
    decide(store::Decision::Approve, {}, {});
}

void ReviewSession::reject(const QStringList& reasonCodes, const QString& note) {
    decide(store::Decision::Reject, reasonCodes, note);
}

void ReviewSession::decide(store::Decision decision, const QStringList& codes, const QString& note) {
    if (!canDecide()) {
        if (state_ == State::LeaseLost)
            emit message(tr("This submission is no longer yours to decide. Press N for the next one."),
                         Tone::Error);
        return;
    }
    // Same decision again (a retry): same id, so the store finds the first attempt if it did land.
    if (!decision_ || decision_->decision != decision || decision_->codes != codes || decision_->note != note)
        decision_ = PendingDecision{QUuid::createUuid(), decision, codes, note};
    store::DecisionRequest request;
    request.decisionId = decision_->id;
    request.submissionId = current_->detail.submissionId;
    request.decision = decision;
    request.reasonCodes = codes;
    request.note = note;
    request.secondsSpent = handling_.secondsSpent();
    const qint64 id = request.submissionId;
    // Approve-and-advance with the next one ready: the next photo now, the answer in the background. Only
    // a refusal brings this one back (below); a saved decision only says so in the banner.
    if (advance_ && preloader_->hasReady()) {
        background_.emplace(id, Background{std::move(*current_), *decision_});
        current_.reset();
        decision_.reset();
        db_->run<store::DecisionOutcome>(
            this, {QStringLiteral("decide"), id, Retry::OnDrop},
            [request](store::Connection& c) { return store::decide(c, request); },
            [this, id](Result<store::DecisionOutcome> r) { backgroundAnswered(id, std::move(r)); });
        next();
        return;
    }
    setState(State::Deciding);
    db_->run<store::DecisionOutcome>(
        this, {QStringLiteral("decide"), id, Retry::OnDrop},
        [request](store::Connection& c) { return store::decide(c, request); },
        [this, id, decision](Result<store::DecisionOutcome> r) {
            if (!current_ || current_->detail.submissionId != id)
                return;
            if (!r) {
                const bool final = isFinal(r.error());
                if (final)
                    leases_->forget(id);
                setState(final ? State::LeaseLost : State::NotSaved);
                emit message(notSavedText(r.error(), final), Tone::Error);
                return;
            }
            saved(id, decision, r.value());
            setState(State::Decided);
            emit message(decision == store::Decision::Approve
                             ? tr("Saved: approved. Press N for the next submission.")
                             : tr("Saved: rejected. Press N for the next submission."),
                         Tone::Success);
            emit decisionSaved(id, r.value());
            emit queueTouched();
            if (advance_)
                next();
        });
}

void ReviewSession::saved(qint64 id, store::Decision decision, const store::DecisionOutcome& outcome) {
    leases_->forget(id); // the decision ended the lease
    logging::setSubmission(id);
    logging::info(
        QStringLiteral("decision saved: %1%2")
            .arg(decision == store::Decision::Approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                 outcome.alreadyRecorded ? QStringLiteral(" (found on retry)") : QString()));
    logging::setSubmission(0);
}

QString ReviewSession::notSavedText(const Error& error, bool final) const {
    return final ? tr("Not saved. %1").arg(storeErrorText(error))
                 : tr("Not saved. %1 Press the key again to retry.").arg(storeErrorText(error));
}

bool ReviewSession::isFinal(const Error& error) {
    return error.code == "decision.exists" || isLeaseError(error);
}

void ReviewSession::backgroundAnswered(qint64 id, Result<store::DecisionOutcome> r) {
    auto it = background_.find(id);
    if (it == background_.end())
        return;
    Background b = std::move(it->second);
    background_.erase(it);
    if (r) {
        saved(id, b.decision.decision, r.value());
        emit message(b.decision.decision == store::Decision::Approve ? tr("Saved: #%1 approved.").arg(id)
                                                                     : tr("Saved: #%1 rejected.").arg(id),
                     Tone::Success);
        emit decisionSaved(id, r.value());
        emit queueTouched();
        return;
    }
    // Refused or not reached: the photo comes back on screen, saying why (a retry keeps the decision's id).
    const bool final = isFinal(r.error());
    if (final)
        leases_->forget(id);
    const QString why = final ? tr("#%1 was not saved: %2 It is shown again; press N for the next one.")
                                    .arg(id)
                                    .arg(storeErrorText(r.error()))
                              : tr("#%1 was not saved: %2 It is shown again; press the key again to retry.")
                                    .arg(id)
                                    .arg(storeErrorText(r.error()));
    if (state_ == State::Deciding || state_ == State::Claiming) {
        // Busy with the one after it: it is next in line instead (held, unless the server said otherwise).
        if (!final)
            preloader_->pushFront(std::move(b.submission));
        emit message(final
                         ? tr("#%1 was not saved: %2").arg(id).arg(storeErrorText(r.error()))
                         : tr("#%1 was not saved: %2 It comes next.").arg(id).arg(storeErrorText(r.error())),
                     Tone::Error);
        return;
    }
    if (current_ && (state_ == State::Reviewing || state_ == State::NotSaved))
        preloader_->pushFront(std::move(*current_)); // still held: reviewed right after
    current_ = std::move(b.submission);
    decision_ = b.decision;
    setState(final ? State::LeaseLost : State::NotSaved);
    emit currentChanged();
    emit message(why, Tone::Error);
}

} // namespace certphoto::app
