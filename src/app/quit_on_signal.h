#pragma once
// SIGTERM, SIGINT and SIGHUP (a session logging out, `kill`, Ctrl+C in the terminal that scripts/run was
// started from) end the program the way closing its window does: the event loop returns, so leases are given
// back and the private cluster is let go, instead of the process dying with a submission still held.

#include <QObject>

class QSocketNotifier;

namespace certphoto::app {

class QuitOnSignal : public QObject {
    Q_OBJECT
public:
    // One per process; installs the handlers. Quits the application's event loop on the first signal.
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

signals:
    void received(int signalNumber);

private:
    void readSignal();
    QSocketNotifier* notifier_ = nullptr;
};

} // namespace certphoto::app
