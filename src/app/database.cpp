#include "database.h"

#include "store_error_text.h"

#include <certphoto/common/logging.h>

namespace certphoto::app {

DbWorker::DbWorker(store::ConnectionSettings settings) : settings_(std::move(settings)) {}

DbWorker::~DbWorker() = default;

Result<store::Connection*> DbWorker::ensureOpen() {
    if (conn_ && conn_->isOpen() && !mustReopen_)
        return &*conn_;
    if (conn_) {
        logging::warning(QStringLiteral("database connection lost; reopening"));
        auto reopened = conn_->reopen();
        if (!reopened) {
            setConnected(false, reopened.error());
            return reopened.error();
        }
        mustReopen_ = false;
        setConnected(true);
        return &*conn_;
    }
    auto opened = store::Connection::open(settings_, QStringLiteral("workstation"));
    if (!opened) {
        setConnected(false, opened.error());
        return opened.error();
    }
    conn_.emplace(std::move(opened.value()));
    setConnected(true);
    return &*conn_;
}

void DbWorker::beginJob(const JobInfo& info) {
    logging::setSubmission(info.submissionId);
    logging::debug(QStringLiteral("job: %1").arg(info.what));
}

void DbWorker::endJob() {
    logging::setSubmission(0);
}

void DbWorker::setLogUser(const QString& login) {
    logging::setUser(login);
}

bool DbWorker::noteFailure(const JobInfo& info, const Error& error) {
    logStoreError(info.what, error); // the raw message goes to the log only, scrubbed
    // The store classifies a connection cut off mid-statement as "db.connection" (QPSQL may still call it
    // open).
    const bool dropped = error.code == "db.connection" || (conn_ && !conn_->isOpen());
    if (dropped) {
        mustReopen_ = true;
        // Told as a lost connection even when the store could only call it "db.error".
        setConnected(false, makeError("db.connection", error.message));
    }
    return dropped;
}

void DbWorker::setConnected(bool connected, const Error& why) {
    if (connected == connected_ && connected)
        return;
    connected_ = connected;
    // Only the code crosses to the GUI thread: the store's message is in the log already.
    emit connectionChanged(connected, QString::fromStdString(why.code));
}

void DbWorker::close() {
    conn_.reset();
}

Database::Database(store::ConnectionSettings settings, QObject* parent)
    : QObject(parent), settings_(settings) {
    thread_.setObjectName(QStringLiteral("certphoto-db"));
    worker_ = new DbWorker(std::move(settings));
    worker_->moveToThread(&thread_);
    connect(worker_, &DbWorker::connectionChanged, this, [this](bool connected, const QString& code) {
        connected_ = connected;
        connectionMessage_ = connected ? QString() : storeErrorText(makeError(code.toStdString(), {}));
        emit connectionChanged(connected, connectionMessage_);
    });
    thread_.start();
}

Database::~Database() {
    // Posted events run in order, so this waits for every job posted before it.
    DbWorker* worker = worker_;
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->close(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
    delete worker_;
}

void Database::setLogUser(const QString& login) {
    DbWorker* worker = worker_;
    post([worker, login]() { worker->setLogUser(login); });
}

void Database::post(std::function<void()> onWorker) {
    QMetaObject::invokeMethod(worker_, std::move(onWorker), Qt::QueuedConnection);
}

void Database::finishJob() {
    if (--pending_ == 0)
        emit idle();
}

} // namespace certphoto::app
