// The handling time recorded with a decision: time on screen with idle gaps over 60 s left out, on a fake
// clock; and the application-wide filter that notes key presses and mouse moves.
#include "handling_clock.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

using certphoto::app::ActivityFilter;
using certphoto::app::HandlingClock;

class TestHandlingClock : public QObject {
    Q_OBJECT
    qint64 now_ = 0;
    HandlingClock::Now fake() {
        return [this] { return now_; };
    }

private slots:
    void init() { now_ = 1'000'000; }

    void continuousWorkCountsWhole() {
        HandlingClock c(fake());
        QCOMPARE(c.secondsSpent(), 0); // not started
        c.start();
        for (int i = 0; i < 9; ++i) {
            now_ += 5'000;
            c.noteActivity();
        }
        now_ += 4'400; // the decision 4.4 s after the last key
        QCOMPARE(c.millisecondsSpent(), 49'400);
        QCOMPARE(c.secondsSpent(), 49);
    }

    void anIdleGapOverAMinuteIsLeftOut() {
        HandlingClock c(fake());
        c.start();
        now_ += 10'000;
        c.noteActivity();   // 10 s
        now_ += 5 * 60'000; // away for five minutes
        c.noteActivity();   // left out
        now_ += 20'000;     // 20 s more, then the decision
        QCOMPARE(c.secondsSpent(), 30);
    }

    void aGapOfExactlySixtySecondsCounts() {
        HandlingClock c(fake());
        c.start();
        now_ += 60'000;
        c.noteActivity();
        QCOMPARE(c.secondsSpent(), 60);
        now_ += 60'001; // the decision after more than a minute of nothing: that gap is left out
        QCOMPARE(c.secondsSpent(), 60);
    }

    void shownAndLeftAloneIsZero() {
        HandlingClock c(fake());
        c.start();
        now_ += 10 * 60'000;
        QCOMPARE(c.secondsSpent(), 0);
    }

    void startingAgainForgetsThePreviousPhoto() {
        HandlingClock c(fake());
        c.start();
        now_ += 30'000;
        c.noteActivity();
        c.start();
        now_ += 2'000;
        QCOMPARE(c.secondsSpent(), 2);
        c.stop();
        QCOMPARE(c.secondsSpent(), 0);
        c.noteActivity(); // ignored while stopped
        QVERIFY(!c.running());
    }

    void keysAndMouseAnywhereAreNoted() {
        HandlingClock c(fake());
        ActivityFilter filter(&c);
        QWidget w;
        c.start();
        now_ += 50'000;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QApplication::sendEvent(&w, &key); // 50 s, within the minute
        now_ += 50'000;
        QMouseEvent move(QEvent::MouseMove, QPointF(3, 3), QPointF(3, 3), QPointF(3, 3), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &move); // 100 s
        now_ += 50'000;
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Down, Qt::NoModifier);
        QApplication::sendEvent(&w, &release); // a release is not a new sign of life
        now_ += 20'000;                        // 70 s since the move: that gap is left out
        QCOMPARE(c.secondsSpent(), 100);
    }
};

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    TestHandlingClock t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_handling_clock.moc"
