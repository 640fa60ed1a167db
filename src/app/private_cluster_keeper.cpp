#include "private_cluster_keeper.h"

#include "database.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/migrations.h>

#include <QThread>

#include <memory>
#include <optional>

namespace certphoto::app {

PrivateClusterKeeper::PrivateClusterKeeper(Database* db, QString dataRoot,
                                           std::function<void(store::PrivateCluster)> adopt, QObject* parent)
    : QObject(parent), db_(db), root_(std::move(dataRoot)), adopt_(std::move(adopt)) {
    connect(db_, &Database::connectionChanged, this,
            [this](bool connected, const QString&) { onConnectionChanged(connected); });
}

void PrivateClusterKeeper::onConnectionChanged(bool connected) {
    if (connected || restarting_)
        return;
    restarting_ = true;
    // Checking and starting the server run pg_ctl (seconds): a helper thread.
    struct Outcome {
        bool wasRunning = false;
        std::optional<Result<store::PrivateCluster>> started;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString root = root_;
    QThread* thread = QThread::create([outcome, root] {
        outcome->wasRunning = store::PrivateCluster::isRunning(root);
        if (!outcome->wasRunning)
            outcome->started.emplace(store::PrivateCluster::acquire(root));
    });
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        restarting_ = false;
        if (outcome->wasRunning)
            return; // the server runs: the worker's own reconnect will find it
        if (!outcome->started || !*outcome->started) {
            const Error why =
                outcome->started ? outcome->started->error() : makeError("cluster.start", "no result");
            logStoreError(QStringLiteral("private cluster restart"), why);
            emit message(
                tr("The private database on this computer stopped and could not be started again. %1")
                    .arg(storeErrorText(why)));
            return;
        }
        ++restarts_;
        logging::warning(QStringLiteral("private cluster: server had stopped, started again"));
        adopt_(std::move(outcome->started->value()));
        emit message(tr("The private database on this computer had stopped; it runs again."));
        // A job on the worker reopens its connection now rather than at the next click.
        db_->run<void>(
            this, {QStringLiteral("reconnect after restart"), 0, Retry::OnDrop},
            [](store::Connection& c) { return store::checkSchema(c); },
            [this](Result<void>) { emit restarted(); });
    });
    emit message(tr("The private database on this computer stopped; starting it again…"));
    thread->start();
}

} // namespace certphoto::app
