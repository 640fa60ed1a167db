#include "queue_source.h"

#include "database.h"

namespace certphoto::app {

void DatabaseQueueSource::counts(const store::QueueFilter& filter, Done<store::QueueCounts> done) {
    db_->run<store::QueueCounts>(
        receiver_, {QStringLiteral("queue counts"), 0, Retry::OnDrop},
        [filter](store::Connection& c) { return store::queueCounts(c, filter); }, std::move(done));
}

void DatabaseQueueSource::pageAfter(const store::QueueFilter& filter,
                                    const std::optional<store::QueueKey>& after, int limit,
                                    Done<store::QueuePage> done) {
    db_->run<store::QueuePage>(
        receiver_, {QStringLiteral("queue page"), 0, Retry::OnDrop},
        [filter, after, limit](store::Connection& c) {
            return store::queuePageAfter(c, filter, after, limit);
        },
        std::move(done));
}

void DatabaseQueueSource::pageBefore(const store::QueueFilter& filter,
                                     const std::optional<store::QueueKey>& before, int limit,
                                     Done<store::QueuePage> done) {
    db_->run<store::QueuePage>(
        receiver_, {QStringLiteral("queue page"), 0, Retry::OnDrop},
        [filter, before, limit](store::Connection& c) {
            return store::queuePageBefore(c, filter, before, limit);
        },
        std::move(done));
}

void DatabaseQueueSource::pageAt(const store::QueueFilter& filter, qint64 offset, int limit,
                                 Done<store::QueuePage> done) {
    db_->run<store::QueuePage>(
        receiver_, {QStringLiteral("queue page"), 0, Retry::OnDrop},
        [filter, offset, limit](store::Connection& c) {
            return store::queuePageAt(c, filter, offset, limit);
        },
        std::move(done));
}

} // namespace certphoto::app
