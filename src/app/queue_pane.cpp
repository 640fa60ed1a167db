#include "queue_pane.h"

#include "database.h"
#include "queue_columns.h"
#include "queue_filter_bar.h"
#include "queue_page_model.h"

#include <certphoto/store/queue_events.h>
#include <certphoto/store/schools.h>

#include <QTableView>

namespace certphoto::app {

QueuePane::QueuePane(Database* db, store::ConnectionSettings settings, QTableView* view,
                     QueueFilterBar* filters, const std::vector<store::ReasonCode>& codes, QObject* parent)
    : QObject(parent), model_(nullptr), view_(view), filters_(filters) {
    model_ = new QueuePageModel(std::make_unique<DatabaseQueueSource>(db, this), this);
    view_->setModel(model_);
    layoutQueueColumns(view_, QueuePageModel::ExamNumber, QueuePageModel::Applicant, QueuePageModel::School);
    // The level is a filter and is in the applicant panel: its column would take the school's room.
    view_->setColumnHidden(QueuePageModel::Level, true);
    filters_->setReasonCodes(codes);
    connect(filters_, &QueueFilterBar::filterChanged, model_, &QueuePageModel::setFilter);
    connect(model_, &QueuePageModel::countsChanged, filters_, &QueueFilterBar::showCounts);
    db->run<std::vector<store::School>>(
        this, {QStringLiteral("list schools"), 0, Retry::OnDrop},
        [](store::Connection& c) { return store::listSchools(c); },
        [this](Result<std::vector<store::School>> r) {
            if (!r)
                return;
            QStringList names;
            for (const store::School& s : *r)
                names << s.name;
            filters_->setSchools(names);
        });

    // The safety net: a full refresh now and then, whatever the notifications said.
    safety_.setInterval(60'000);
    connect(&safety_, &QTimer::timeout, this, &QueuePane::refresh);
    safety_.start();
    tick_.setInterval(30'000);
    connect(&tick_, &QTimer::timeout, model_, &QueuePageModel::tick);
    tick_.start();

    if (!settings.connInfo.isEmpty()) {
        listenThread_.setObjectName(QStringLiteral("certphoto-listen"));
        notifier_ = new store::QueueNotifier(std::move(settings));
        notifier_->moveToThread(&listenThread_);
        connect(&listenThread_, &QThread::finished, notifier_, &QObject::deleteLater);
        connect(notifier_, &store::QueueNotifier::queueEvent, model_, &QueuePageModel::applyEvent);
        // Listening (again) after a gap: whatever happened meanwhile is not known, refresh in full.
        connect(notifier_, &store::QueueNotifier::subscribed, this, &QueuePane::refresh);
        listenThread_.start();
        QMetaObject::invokeMethod(notifier_, &store::QueueNotifier::start, Qt::QueuedConnection);
    }
    model_->setFilter(filters_->filter());
}

QueuePane::~QueuePane() {
    if (notifier_) {
        QMetaObject::invokeMethod(notifier_, &store::QueueNotifier::stop, Qt::BlockingQueuedConnection);
        listenThread_.quit();
        listenThread_.wait();
    }
}

void QueuePane::refresh() {
    model_->refresh();
}

} // namespace certphoto::app
