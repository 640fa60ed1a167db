#pragma once
// The review loop of one auditor, without widgets: claim (with the next submission preloaded in the
// background), heartbeat the leases, decide with a client-made id that survives retries, give back.
// Every database call is a job on the Database worker; this object only keeps state on the GUI thread.

#include "database.h"
#include "handling_clock.h"
#include "loaded_submission.h"

#include <certphoto/store/types.h>

#include <QObject>
#include <QTimer>
#include <QUuid>
#include <optional>

namespace certphoto::app {

class ReviewSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,      // nothing shown
        Claiming,  // waiting for a claim
        Reviewing, // a submission is shown and held
        Deciding,  // a decision is on its way
        Decided,   // the decision is saved
        NotSaved,  // the decision could not be saved; deciding again retries with the same id
        LeaseLost, // the claim ran out; this submission can no longer be decided here
        Empty,     // the queue had nothing to claim
    };
    Q_ENUM(State)
    enum class Tone { Info, Success, Error };
    Q_ENUM(Tone)

    explicit ReviewSession(Database* db, QObject* parent = nullptr);

    State state() const { return state_; }
    const LoadedSubmission* current() const { return current_ ? &*current_ : nullptr; }
    bool hasPreloaded() const { return preloaded_.has_value(); }
    bool canDecide() const;
    // Preloading holds a second lease; it starts with the next submission shown (or now, if one is).
    void setPreloadEnabled(bool on);

public slots:
    // N / Space: gives back an undecided submission and shows the next (preloaded when possible).
    void next();
    // S: gives the current submission back and moves on.
    void skip();
    // Enter on a queue row: claims that submission.
    void claim(qint64 submissionId);
    void approve();
    void reject(const QStringList& reasonCodes, const QString& note);
    // On close: gives back every lease still held (the Database waits for these jobs).
    void releaseAll();

signals:
    void currentChanged();
    void stateChanged(certphoto::app::ReviewSession::State state);
    void message(const QString& text, certphoto::app::ReviewSession::Tone tone);
    void decisionSaved(qint64 submissionId, const certphoto::store::DecisionOutcome& outcome);
    void queueTouched(); // the queue changed because of us: refresh it

private:
    void setState(State s);
    void startClaim(qint64 submissionId, bool forCurrent);
    void show(LoadedSubmission s);
    void preload();
    void release(qint64 submissionId);
    void heartbeat();
    void scheduleHeartbeat();
    void decide(store::Verdict verdict, const QStringList& codes, const QString& note);

    Database* db_;
    State state_ = State::Idle;
    std::optional<LoadedSubmission> current_;
    std::optional<LoadedSubmission> preloaded_;
    bool claimInFlight_ = false;
    bool wantCurrent_ = false; // the claim in flight is for the screen, not the preload
    bool preloadEnabled_ = true;
    bool closing_ = false; // releaseAll() ran: claims still arriving are given back
    HandlingClock handling_; // on screen, idle gaps over 60 s left out
    ActivityFilter activity_{&handling_};
    QTimer heartbeat_;

    // The decision on the current submission; its id is made once and kept for every retry.
    struct PendingDecision {
        QUuid id;
        store::Verdict verdict = store::Verdict::Approve;
        QStringList codes;
        QString note;
    };
    std::optional<PendingDecision> decision_;
};

} // namespace certphoto::app
