#include "my_day_status.h"

#include "database.h"

#include <certphoto/store/statistics.h>

#include <QLocale>

namespace certphoto::app {

MyDayStatus::MyDayStatus(Database* db, QWidget* parent) : QLabel(parent), db_(db) {
    setObjectName(QStringLiteral("myDayStatus"));
    timer_.setInterval(5 * 60'000);
    connect(&timer_, &QTimer::timeout, this, &MyDayStatus::refresh);
    timer_.start();
    hide();
    refresh();
}

void MyDayStatus::refresh() {
    if (inFlight_)
        return;
    inFlight_ = true;
    db_->run<store::MyDay>(
        this, {QStringLiteral("my day"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::myDay(c); },
        [this](Result<store::MyDay> r) {
            inFlight_ = false;
            if (!r) {
                hide();
                return;
            }
            const QLocale locale;
            setText(tr("Today: %1 decided (%2 approved, %3 rejected), median %4 s")
                        .arg(locale.toString(r->decided), locale.toString(r->approved),
                             locale.toString(r->rejected), locale.toString(r->medianSeconds, 'f', 0)));
            setToolTip(tr("Your decisions today; handling time is the time a photo was on screen before "
                          "your decision, idle gaps over a minute left out."));
            show();
        });
}

} // namespace certphoto::app
