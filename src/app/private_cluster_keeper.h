#pragma once
// A workstation on its own private cluster is its own administrator: when the connection drops and the
// cluster's server is not running any more (killed, crashed, the machine's tmp cleaned), the keeper starts
// it again on a helper thread (PrivateCluster::acquire, never on the GUI thread) and has the database worker
// reconnect, instead of telling the person to ask an administrator. A shared server is never touched.

#include <certphoto/store/private_cluster.h>

#include <QObject>
#include <QString>
#include <functional>

namespace certphoto::app {

class Database;

class PrivateClusterKeeper : public QObject {
    Q_OBJECT
public:
    // `adopt` takes the newly acquired cluster (the caller keeps it for the session, releasing the old one).
    PrivateClusterKeeper(Database* db, QString dataRoot, std::function<void(store::PrivateCluster)> adopt,
                         QObject* parent = nullptr);
    bool restarting() const { return restarting_; }
    int restarts() const { return restarts_; }

signals:
    // A sentence for the status bar ("restarting…", "running again", or why it could not start).
    void message(const QString& text);
    void restarted();

private:
    void onConnectionChanged(bool connected);

    Database* db_;
    QString root_;
    std::function<void(store::PrivateCluster)> adopt_;
    bool restarting_ = false;
    int restarts_ = 0;
};

} // namespace certphoto::app
