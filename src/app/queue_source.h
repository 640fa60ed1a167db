#pragma once
// Where the lazy queue model gets its pages and counts (the store's keyset API). The window's source runs
// each call on the database worker and answers on the GUI thread; tests and the benchmark use a source
// that answers at once on a connection of their own.

#include <certphoto/result/result.h>
#include <certphoto/store/queue_page.h>

#include <functional>
#include <optional>

class QObject;

namespace certphoto::app {

class Database;

class QueueSource {
public:
    template <class T> using Done = std::function<void(Result<T>)>;
    virtual ~QueueSource() = default;
    virtual void counts(const store::QueueFilter& filter, Done<store::QueueCounts> done) = 0;
    virtual void pageAfter(const store::QueueFilter& filter, const std::optional<store::QueueKey>& after,
                           int limit, Done<store::QueuePage> done) = 0;
    virtual void pageBefore(const store::QueueFilter& filter, const std::optional<store::QueueKey>& before,
                            int limit, Done<store::QueuePage> done) = 0;
    virtual void pageAt(const store::QueueFilter& filter, qint64 offset, int limit,
                        Done<store::QueuePage> done) = 0;
};

// On the window's database worker; answers are dropped once `receiver` is gone.
class DatabaseQueueSource : public QueueSource {
public:
    DatabaseQueueSource(Database* db, QObject* receiver) : db_(db), receiver_(receiver) {}
    void counts(const store::QueueFilter& filter, Done<store::QueueCounts> done) override;
    void pageAfter(const store::QueueFilter& filter, const std::optional<store::QueueKey>& after, int limit,
                   Done<store::QueuePage> done) override;
    void pageBefore(const store::QueueFilter& filter, const std::optional<store::QueueKey>& before, int limit,
                    Done<store::QueuePage> done) override;
    void pageAt(const store::QueueFilter& filter, qint64 offset, int limit,
                Done<store::QueuePage> done) override;

private:
    Database* db_;
    QObject* receiver_;
};

// Synchronous, on a connection the caller owns (tests, benchmark).
class DirectQueueSource : public QueueSource {
public:
    explicit DirectQueueSource(store::Connection& c) : c_(c) {}
    void counts(const store::QueueFilter& filter, Done<store::QueueCounts> done) override {
        done(store::queueCounts(c_, filter));
    }
    void pageAfter(const store::QueueFilter& filter, const std::optional<store::QueueKey>& after, int limit,
                   Done<store::QueuePage> done) override {
        done(store::queuePageAfter(c_, filter, after, limit));
    }
    void pageBefore(const store::QueueFilter& filter, const std::optional<store::QueueKey>& before, int limit,
                    Done<store::QueuePage> done) override {
        done(store::queuePageBefore(c_, filter, before, limit));
    }
    void pageAt(const store::QueueFilter& filter, qint64 offset, int limit,
                Done<store::QueuePage> done) override {
        done(store::queuePageAt(c_, filter, offset, limit));
    }

private:
    store::Connection& c_;
};

} // namespace certphoto::app
