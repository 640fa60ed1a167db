#pragma once
// The live queue: the lazy page model over every pending submission, its filters and overdue count, live
// updates from the server's NOTIFY (QueueNotifier on a thread of its own, with its own connection) and a
// periodic full refresh as the safety net for anything missed (expired leases notify nothing).

#include <certphoto/store/connection.h>
#include <certphoto/store/types.h>

#include <QObject>
#include <QThread>
#include <QTimer>

class QTableView;

namespace certphoto::store {
class QueueNotifier;
}

namespace certphoto::app {

class Database;
class QueueFilterBar;
class QueuePageModel;

class QueuePane : public QObject {
    Q_OBJECT
public:
    // `settings`: for the notifier's own connection (empty conninfo: no live updates, refresh only).
    QueuePane(Database* db, store::ConnectionSettings settings, QTableView* view, QueueFilterBar* filters,
              const std::vector<store::ReasonCode>& codes, QObject* parent = nullptr);
    ~QueuePane() override;
    QueuePageModel* model() const { return model_; }
    void refresh();
    void setSafetyInterval(int ms) { safety_.setInterval(ms); }

private:
    QueuePageModel* model_;
    QTableView* view_;
    QueueFilterBar* filters_;
    QThread listenThread_;
    store::QueueNotifier* notifier_ = nullptr;
    QTimer safety_;
    QTimer tick_;
};

} // namespace certphoto::app
