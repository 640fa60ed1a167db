#include "preloader.h"

#include "lease_keeper.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace certphoto::app {

Preloader::Preloader(Database* db, LeaseKeeper* leases, Source source, QObject* parent)
    : QObject(parent), db_(db), leases_(leases), source_(source) {
    pool_.setMaxThreadCount(1); // one decode at a time is enough for two slots and leaves a core free
}

Preloader::~Preloader() {
    for (Slot& s : slots_)
        if (s.decoding)
            s.decoding->disconnect(this);
    pool_.waitForDone();
}

void Preloader::fill(int count) {
    int have = int(slots_.size());
    while (have < count) {
        slots_.push_back(Slot{});
        slots_.back().ticket = nextTicket_++;
        claim(slots_.back());
        ++have;
    }
}

void Preloader::fetchChosen(qint64 submissionId) {
    slots_.push_front(Slot{});
    slots_.front().ticket = nextTicket_++;
    slots_.front().chosenId = submissionId;
    claim(slots_.front());
}

void Preloader::pushFront(LoadedSubmission s) {
    slots_.push_front(Slot{});
    Slot& slot = slots_.front();
    slot.ticket = nextTicket_++;
    slot.stage = Slot::Stage::Ready;
    const qint64 id = s.detail.submissionId;
    slot.id = id;
    slot.s = std::move(s);
    emit ready(id);
}

void Preloader::claim(Slot& slot) {
    const quint64 ticket = slot.ticket;
    const qint64 chosen = slot.chosenId;
    QList<qint64> skip = heldIds();
    const Source source = source_;
    const QList<qint64> passOver = passOver_;
    db_->run<std::optional<LoadedSubmission>>(
        this, {chosen ? QStringLiteral("claim") : QStringLiteral("preload"), chosen, Retry::No},
        [chosen, source, skip, passOver](store::Connection& c) {
            return source == Source::Passed && !chosen ? claimPassedAndFetch(c, skip)
                                                       : claimAndFetch(c, chosen, passOver);
        },
        [this, ticket](Result<std::optional<LoadedSubmission>> r) { claimed(ticket, std::move(r)); });
}

void Preloader::claimed(quint64 ticket, Result<std::optional<LoadedSubmission>> r) {
    Slot* slot = find(ticket);
    if (r && r->has_value())
        leases_->hold((**r).lease); // from now on renewed, and given back at close
    if (!slot) {                    // dropped meanwhile
        if (r && r->has_value())
            leases_->giveBack((**r).detail.submissionId);
        return;
    }
    if (!r) {
        const qint64 chosen = slot->chosenId;
        remove(ticket);
        emit failed(chosen, r.error());
        return;
    }
    if (!r->has_value()) {
        remove(ticket);
        emit empty();
        return;
    }
    if (leases_->closing()) {
        remove(ticket);
        return;
    }
    startDecoding(*slot, std::move(**r));
}

void Preloader::startDecoding(Slot& slot, LoadedSubmission s) {
    const quint64 ticket = slot.ticket;
    slot.id = s.detail.submissionId;
    slot.stage = Slot::Stage::Decoding;
    slot.decoding = std::make_unique<QFutureWatcher<LoadedSubmission>>();
    connect(slot.decoding.get(), &QFutureWatcherBase::finished, this, [this, ticket] { decoded(ticket); });
    slot.decoding->setFuture(QtConcurrent::run(&pool_, [s = std::move(s)]() mutable {
        decodeImages(s);
        return std::move(s);
    }));
}

void Preloader::decodeFirst(LoadedSubmission s) {
    slots_.push_front(Slot{});
    slots_.front().ticket = nextTicket_++;
    slots_.front().chosenId = s.detail.submissionId;
    startDecoding(slots_.front(), std::move(s));
}

void Preloader::decoded(quint64 ticket) {
    Slot* slot = find(ticket);
    if (!slot)
        return;
    slot->s = slot->decoding->result();
    slot->decoding.reset();
    slot->stage = Slot::Stage::Ready;
    if (!leases_->holds(slot->s->detail.submissionId)) { // lost while decoding
        remove(ticket);
        return;
    }
    emit ready(slot->s->detail.submissionId);
}

std::optional<LoadedSubmission> Preloader::take(qint64 submissionId) {
    for (auto it = slots_.begin(); it != slots_.end(); ++it) {
        if (it->stage != Slot::Stage::Ready)
            continue;
        if (submissionId && it->s->detail.submissionId != submissionId)
            continue;
        if (!leases_->holds(it->s->detail.submissionId)) { // its lease ran out while it waited
            slots_.erase(it);
            return take(submissionId);
        }
        std::optional<LoadedSubmission> out = std::move(it->s);
        slots_.erase(it);
        return out;
    }
    return std::nullopt;
}

int Preloader::readyCount() const {
    return int(std::count_if(slots_.begin(), slots_.end(),
                             [](const Slot& s) { return s.stage == Slot::Stage::Ready; }));
}

int Preloader::inFlight() const {
    return int(slots_.size()) - readyCount();
}

QList<qint64> Preloader::heldIds() const {
    QList<qint64> ids;
    for (const Slot& s : slots_)
        if (s.id)
            ids << s.id;
    return ids;
}

void Preloader::dropAll() {
    // Claims still on their way are given back when they arrive (claimed() finds no slot); decodes
    // finish on the pool and are thrown away.
    for (Slot& s : slots_) {
        if (s.decoding)
            s.decoding->disconnect(this);
        if (s.id)
            leases_->giveBack(s.id);
    }
    slots_.clear();
}

Preloader::Slot* Preloader::find(quint64 ticket) {
    for (Slot& s : slots_)
        if (s.ticket == ticket)
            return &s;
    return nullptr;
}

void Preloader::remove(quint64 ticket) {
    slots_.erase(
        std::remove_if(slots_.begin(), slots_.end(), [ticket](const Slot& s) { return s.ticket == ticket; }),
        slots_.end());
}

} // namespace certphoto::app
