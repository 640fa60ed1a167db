#pragma once
// How long a photo was handled before its decision: the time it was on screen, with every idle gap over
// 60 s left out whole. A gap is the time between two signs of life (the photo shown, a key press, a mouse
// move or click, the decision); a person who looked away for two minutes adds nothing for those minutes.
// The clock is injected so the tests can drive it.

#include <QObject>
#include <functional>

namespace certphoto::app {

class HandlingClock {
public:
    using Now = std::function<qint64()>; // milliseconds on a monotonic clock
    static constexpr qint64 kIdleGapMs = 60'000;

    explicit HandlingClock(Now now = {});

    void start(); // the photo is on screen
    void stop();
    bool running() const { return start_ >= 0; }
    void noteActivity(); // a key press or a mouse move
    // Whole seconds handled up to now (rounded), idle gaps over 60 s left out.
    int secondsSpent() const;
    qint64 millisecondsSpent() const;

private:
    qint64 gapCounted(qint64 until) const;
    Now now_;
    qint64 start_ = -1;
    qint64 last_ = 0;   // the last sign of life
    qint64 active_ = 0; // counted so far, up to last_
};

// Notes the person's key presses and mouse moves anywhere in the application into a HandlingClock.
class ActivityFilter : public QObject {
    Q_OBJECT
public:
    explicit ActivityFilter(HandlingClock* clock, QObject* parent = nullptr);
    ~ActivityFilter() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    HandlingClock* clock_;
};

} // namespace certphoto::app
