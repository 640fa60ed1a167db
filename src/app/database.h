#pragma once
// The workstation's only way to the database: a worker QObject on its own QThread that OWNS its
// store::Connection (a QPSQL connection cannot change threads in Qt 6.4). The GUI thread posts jobs with
// run(); each job runs on the worker with the connection, and its result comes back queued to a receiver
// on the GUI thread. A job whose connection dropped is retried on a reopened connection (callers only
// mark jobs retryable when a second run is safe, e.g. a decision carrying its client-made id).

#include <certphoto/result/result.h>
#include <certphoto/store/connection.h>

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace certphoto::app {

enum class Retry { No, OnDrop };

struct JobInfo {
    QString what;            // for the log: "claim next", "decide" (never personal data)
    qint64 submissionId = 0; // log attribute while the job runs
    Retry retry = Retry::OnDrop;
};

// Lives on the worker thread.
class DbWorker : public QObject {
    Q_OBJECT
public:
    explicit DbWorker(store::ConnectionSettings settings);
    ~DbWorker() override;

    // Runs `job` with the connection, opening or reopening it first. Worker thread only.
    template <class T>
    Result<T> execute(const JobInfo& info, const std::function<Result<T>(store::Connection&)>& job);
    void close();
    void setLogUser(const QString& login);

signals:
    // `code`: the store's error code when the connection is gone (the GUI thread words it).
    void connectionChanged(bool connected, const QString& code);

private:
    Result<store::Connection*> ensureOpen();
    void beginJob(const JobInfo& info);
    void endJob();
    // Logs the failure; true when the connection dropped (it will be reopened before the next try).
    bool noteFailure(const JobInfo& info, const Error& error);
    void setConnected(bool connected, const Error& why = {});

    store::ConnectionSettings settings_;
    std::optional<store::Connection> conn_;
    bool connected_ = false;
    bool mustReopen_ = false;
};

class Database : public QObject {
    Q_OBJECT
public:
    explicit Database(store::ConnectionSettings settings, QObject* parent = nullptr);
    // Waits for the jobs already posted (e.g. lease releases), closes the connection on its own thread.
    ~Database() override;

    // Runs `job` on the worker thread; `done` runs on the GUI thread unless `receiver` is gone by then.
    template <class T>
    void run(QObject* receiver, JobInfo info, std::function<Result<T>(store::Connection&)> job,
             std::function<void(Result<T>)> done);

    bool isConnected() const { return connected_; }
    // Why the connection is gone, as the person reads it (storeErrorText); empty while connected.
    QString lastConnectionMessage() const { return connectionMessage_; }
    // Jobs posted but not yet answered (for a busy indicator and the tests).
    int pendingJobs() const { return pending_; }
    // The login as the worker thread's log attribute.
    void setLogUser(const QString& login);
    // Where it connects (the queue's listener opens a connection of its own there).
    const store::ConnectionSettings& settings() const { return settings_; }

signals:
    // `message`: lastConnectionMessage().
    void connectionChanged(bool connected, const QString& message);
    void idle();

private:
    void post(std::function<void()> onWorker);
    void finishJob();

    QThread thread_;
    DbWorker* worker_ = nullptr;
    store::ConnectionSettings settings_;
    bool connected_ = false;
    QString connectionMessage_;
    int pending_ = 0;
};

// ---- templates ----

template <class T>
Result<T> DbWorker::execute(const JobInfo& info, const std::function<Result<T>(store::Connection&)>& job) {
    const int attempts = info.retry == Retry::OnDrop ? 3 : 1;
    std::optional<Result<T>> result;
    beginJob(info);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        auto conn = ensureOpen();
        if (!conn) {
            result.emplace(conn.error());
            if (attempt < attempts)
                QThread::msleep(300 * attempt);
            continue;
        }
        result.emplace(job(**conn));
        if (result->ok())
            break;
        // Only a dropped connection is worth another try; a refused claim or decision is an answer.
        if (!noteFailure(info, result->error()))
            break;
        // Dropped, though QPSQL's wording left the store with a plain "db.error": the person is told so.
        if (result->error().code != "db.connection")
            result.emplace(makeError("db.connection", result->error().message));
    }
    endJob();
    return std::move(*result);
}

template <class T>
void Database::run(QObject* receiver, JobInfo info, std::function<Result<T>(store::Connection&)> job,
                   std::function<void(Result<T>)> done) {
    ++pending_;
    QPointer<QObject> target(receiver);
    DbWorker* worker = worker_;
    post([this, worker, target, info = std::move(info), job = std::move(job), done = std::move(done)]() {
        auto result = std::make_shared<Result<T>>(worker->execute<T>(info, job));
        // Back to the GUI thread, through the Database (which outlives every posted job).
        QMetaObject::invokeMethod(
            this,
            [this, target, done, result]() {
                finishJob();
                if (target && done)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace certphoto::app
