// SIGTERM, SIGINT and SIGHUP make the event loop return (so main() gives back leases and the private
// cluster) instead of killing the process. Without the handler the first raise() below ends the test.
#include "quit_on_signal.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <csignal>

class TestQuitOnSignal : public QObject {
    Q_OBJECT

private slots:
    void signalEndsTheEventLoop_data() {
        QTest::addColumn<int>("number");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGHUP") << SIGHUP;
    }
    void signalEndsTheEventLoop() {
        QFETCH(int, number);
        certphoto::app::QuitOnSignal quitOnSignal;
        QSignalSpy spy(&quitOnSignal, &certphoto::app::QuitOnSignal::received);
        QTimer::singleShot(0, [number] { ::raise(number); });
        // Should the signal not arrive, the loop ends by itself with another code.
        QTimer::singleShot(10'000, [] { QCoreApplication::exit(3); });
        QCOMPARE(QCoreApplication::exec(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), number);
    }
};

QTEST_GUILESS_MAIN(TestQuitOnSignal)
#include "tst_quit_on_signal.moc"
