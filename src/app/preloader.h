#pragma once
// Keeps the next submissions ready before the auditor asks (Gwenview's Preloader: start loading what will
// be looked at next, and let each document go through its own loading states). Each slot goes
// Claiming (claim + fetch on the Database worker) -> Decoding (QThreadPool, never the worker, so a lease
// heartbeat never queues behind a decode) -> Ready. Claimed leases are handed to the LeaseKeeper at once.

#include "database.h"
#include "loaded_submission.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace certphoto::app {

class LeaseKeeper;

class Preloader : public QObject {
    Q_OBJECT
public:
    enum class Source { Next, Passed }; // claim_next by deadline, or only what the core passed (grid)
    // Runs on the worker: a claim and fetch of the next submission, nullopt when the queue has none.
    Preloader(Database* db, LeaseKeeper* leases, Source source = Source::Next, QObject* parent = nullptr);
    ~Preloader() override;

    // Claims until `count` submissions are ready or on their way (never more than the queue has).
    void fill(int count);
    // Claims one chosen submission, ahead of the others (Enter on a queue row).
    void fetchChosen(qint64 submissionId);
    // Puts an already decoded, held submission first (a grid page's exceptions).
    void pushFront(LoadedSubmission s);
    // Decodes a fetched, held submission and puts it first (an undone decision comes back).
    void decodeFirst(LoadedSubmission s);
    // The first ready submission (or that one), taken out; nullopt if none is ready.
    std::optional<LoadedSubmission> take(qint64 submissionId = 0);
    // Submissions to pass over when claiming the next (skipped by the auditor), until nothing else is left.
    void setPassOver(QList<qint64> ids) { passOver_ = std::move(ids); }
    int readyCount() const;
    int inFlight() const; // claiming or decoding
    bool hasReady() const { return readyCount() > 0; }
    QList<qint64> heldIds() const; // every slot that holds a claim
    // Gives every claim back (the lease keeper does) and forgets them.
    void dropAll();

signals:
    void ready(qint64 submissionId);
    // A claim found nothing; `chosenId` > 0 when it was a chosen one that failed.
    void empty();
    void failed(qint64 chosenId, const certphoto::Error& error);

private:
    struct Slot {
        enum class Stage { Claiming, Decoding, Ready };
        Stage stage = Stage::Claiming;
        quint64 ticket = 0;
        qint64 chosenId = 0;
        qint64 id = 0; // the submission claimed (0 while claiming)
        std::optional<LoadedSubmission> s;
        std::unique_ptr<QFutureWatcher<LoadedSubmission>> decoding;
    };
    void claim(Slot& slot);
    void claimed(quint64 ticket, Result<std::optional<LoadedSubmission>> r);
    void decoded(quint64 ticket);
    void startDecoding(Slot& slot, LoadedSubmission s);
    Slot* find(quint64 ticket);
    void remove(quint64 ticket);

    Database* db_;
    LeaseKeeper* leases_;
    Source source_;
    QThreadPool pool_; // decoding only
    std::deque<Slot> slots_;
    quint64 nextTicket_ = 1;
    QList<qint64> passOver_;
};

} // namespace certphoto::app
