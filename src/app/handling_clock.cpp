#include "handling_clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <cmath>

namespace certphoto::app {

namespace {
qint64 steadyNow() {
    static QElapsedTimer since = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return since.elapsed();
}
} // namespace

HandlingClock::HandlingClock(Now now) : now_(now ? std::move(now) : Now(steadyNow)) {}

void HandlingClock::start() {
    start_ = now_();
    last_ = start_;
    active_ = 0;
}

void HandlingClock::stop() {
    start_ = -1;
}

qint64 HandlingClock::gapCounted(qint64 until) const {
    const qint64 gap = until - last_;
    return gap > kIdleGapMs ? 0 : gap;
}

void HandlingClock::noteActivity() {
    if (!running())
        return;
    const qint64 now = now_();
    active_ += gapCounted(now);
    last_ = now;
}

qint64 HandlingClock::millisecondsSpent() const {
    return running() ? active_ + gapCounted(now_()) : 0;
}

int HandlingClock::secondsSpent() const {
    return int(std::llround(double(millisecondsSpent()) / 1000.0));
}

ActivityFilter::ActivityFilter(HandlingClock* clock, QObject* parent) : QObject(parent), clock_(clock) {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

ActivityFilter::~ActivityFilter() {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool ActivityFilter::eventFilter(QObject* watched, QEvent* event) {
    // The window system delivers every mouse move to the window (widgets only see them when tracking).
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        clock_->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace certphoto::app
