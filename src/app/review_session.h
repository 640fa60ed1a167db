#pragma once
// The review loop of one auditor, without widgets: what is on screen and what happens to it (shown,
// decided, given back). The leases are held by a LeaseKeeper and the next submissions made ready by a
// Preloader; this class only walks one submission at a time through its states. Every database call is a
// job on the Database worker; decoding runs on the Preloader's thread pool.

#include "database.h"
#include "handling_clock.h"
#include "loaded_submission.h"

#include <certphoto/store/types.h>

#include <QObject>
#include <QUuid>
#include <map>
#include <optional>

namespace certphoto::app {

class LeaseKeeper;
class Preloader;

class ReviewSession : public QObject {
    Q_OBJECT
public:
    // The submission on screen: each state is one step of its way; nothing else is kept in flags.
    enum class State {
        Idle,      // nothing shown
        Claiming,  // waiting for the next (or a chosen) submission to be ready
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
    ~ReviewSession() override;

    State state() const { return state_; }
    const LoadedSubmission* current() const { return current_ ? &*current_ : nullptr; }
    bool hasPreloaded() const;
    int preloadedCount() const;
    bool canDecide() const;
    // How many submissions are kept claimed and decoded ahead (2 by default; 0: none).
    void setPreloadDepth(int depth);
    int preloadDepth() const { return depth_; }
    void setPreloadEnabled(bool on) { setPreloadDepth(on ? 2 : 0); }
    // Approve-and-advance: with the next submission ready it is shown at once, the decision saved in the
    // background (a refusal brings the photo back); otherwise the next follows the saved decision.
    void setAdvanceAfterDecision(bool on) { advance_ = on; }
    LeaseKeeper* leases() const { return leases_; }
    // A held, decoded submission to review next, before the preloaded ones (a grid page's exceptions).
    void enqueue(LoadedSubmission s);
    // A decision was undone and its submission is held again (fetched, not decoded): show it now; an
    // undecided submission on screen waits first in line, still held.
    void resume(LoadedSubmission s);

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
    void leaveCurrent(); // gives back an undecided current submission
    void waitFor(qint64 submissionId);
    void show(LoadedSubmission s);
    void onReady(qint64 submissionId);
    void onLost(qint64 submissionId, const Error& error);
    void decide(store::Decision decision, const QStringList& codes, const QString& note);
    void saved(qint64 id, store::Decision decision, const store::DecisionOutcome& outcome);
    QString notSavedText(const Error& error, bool final) const;
    static bool isFinal(const Error& error);
    void backgroundAnswered(qint64 id, Result<store::DecisionOutcome> r);

    Database* db_;
    LeaseKeeper* leases_;
    Preloader* preloader_;
    State state_ = State::Idle;
    std::optional<LoadedSubmission> current_;
    qint64 waitingFor_ = 0; // while Claiming: the chosen submission, or 0 for the next one
    int depth_ = 2;
    QList<qint64> skipped_; // skipped in this session, passed over until nothing else is left
    bool advance_ = false;
    HandlingClock handling_; // on screen, idle gaps over 60 s left out
    ActivityFilter activity_{&handling_};

    // The decision on the current submission; its id is made once and kept for every retry.
    struct PendingDecision {
        QUuid id;
        store::Decision decision = store::Decision::Approve;
        QStringList codes;
        QString note;
    };
    std::optional<PendingDecision> decision_;
    // Decisions on their way while the auditor already looks at the next photo (approve-and-advance).
    struct Background {
        LoadedSubmission submission;
        PendingDecision decision;
    };
    std::map<qint64, Background> background_;
};

} // namespace certphoto::app
