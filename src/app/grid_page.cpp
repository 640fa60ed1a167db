#include "grid_page.h"

#include "lease_keeper.h"
#include "preloader.h"
#include "review_session.h"
#include "store_error_text.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/decisions.h>

#include <algorithm>

namespace certphoto::app {

GridPage::GridPage(Database* db, ReviewSession* review, int size, QObject* parent)
    : QObject(parent), db_(db), review_(review),
      preloader_(new Preloader(db, review->leases(), Preloader::Source::Passed, this)),
      size_(std::clamp(size, 1, 12)) {
    connect(preloader_, &Preloader::ready, this, [this] { onReady(); });
    connect(preloader_, &Preloader::empty, this, [this] { onReady(); });
    connect(preloader_, &Preloader::failed, this, [this](qint64, const Error& e) {
        emit message(tr("Could not claim a photo for the grid. %1").arg(storeErrorText(e)), true);
        onReady();
    });
}

GridPage::~GridPage() = default;

void GridPage::setState(State s) {
    if (s == state_)
        return;
    state_ = s;
    emit stateChanged(s);
}

int GridPage::exceptionCount() const {
    return int(std::count_if(items_.begin(), items_.end(),
                             [](const Item& i) { return i.state == ItemState::Exception; }));
}

void GridPage::load() {
    if (state_ == State::Loading || state_ == State::Approving)
        return;
    items_.clear();
    saved_ = 0;
    setState(State::Loading);
    emit changed();
    preloader_->fill(size_);
}

void GridPage::onReady() {
    if (state_ != State::Loading)
        return;
    if (preloader_->inFlight() > 0)
        return; // the page is shown whole, not photo by photo
    finishLoading();
}

void GridPage::finishLoading() {
    while (auto s = preloader_->take())
        items_.push_back(Item{std::move(*s), ItemState::Pending, QUuid(), QString()});
    if (items_.empty()) {
        setState(State::Empty);
        emit message(tr("No more photos the core passed are waiting."), false);
        emit changed();
        return;
    }
    shown_.start();
    setState(State::Showing);
    emit changed();
}

void GridPage::toggleException(int index) {
    if (state_ != State::Showing || index < 0 || index >= int(items_.size()))
        return;
    Item& i = items_[size_t(index)];
    if (i.state == ItemState::Pending)
        i.state = ItemState::Exception;
    else if (i.state == ItemState::Exception)
        i.state = ItemState::Pending;
    emit itemChanged(index);
}

void GridPage::approveRest() {
    if (state_ != State::Showing)
        return;
    setState(State::Approving);
    // Each approval's handling time is its share of the page's time on screen (at least a second).
    const int each = std::max(1, int(shown_.elapsed() / 1000 / qint64(std::max<size_t>(1, items_.size()))));
    for (size_t n = 0; n < items_.size(); ++n) {
        Item& item = items_[n];
        if (item.state != ItemState::Pending && item.state != ItemState::Failed)
            continue;
        if (item.decisionId.isNull())
            item.decisionId = QUuid::createUuid();
        item.state = ItemState::Saving;
        ++saving_;
        store::DecisionRequest request;
        request.decisionId = item.decisionId;
        request.submissionId = item.s.detail.submissionId;
        request.decision = store::Decision::Approve;
        request.secondsSpent = each;
        const int index = int(n);
        const qint64 id = request.submissionId;
        db_->run<store::DecisionOutcome>(
            this, {QStringLiteral("decide (grid)"), id, Retry::OnDrop},
            [request](store::Connection& c) { return store::decide(c, request); },
            [this, index, id](Result<store::DecisionOutcome> r) {
                --saving_;
                Item& it = items_[size_t(index)];
                if (r) {
                    it.state = ItemState::Saved;
                    ++saved_;
                    review_->leases()->forget(id);
                    logging::setSubmission(id);
                    logging::info(QStringLiteral("decision saved: approve (grid)"));
                    logging::setSubmission(0);
                    emit decisionSaved(id, r.value());
                } else {
                    it.state = ItemState::Failed;
                    it.problem = storeErrorText(r.error());
                    if (r.error().code == "decision.exists" || r.error().code.rfind("lease", 0) == 0)
                        review_->leases()->forget(id);
                }
                emit itemChanged(index);
                decided(index);
            });
        emit itemChanged(index);
    }
    decided(-1);
}

void GridPage::decided(int) {
    if (saving_ > 0 || state_ != State::Approving)
        return;
    const int failed = int(std::count_if(items_.begin(), items_.end(),
                                         [](const Item& i) { return i.state == ItemState::Failed; }));
    handOverExceptions();
    if (failed > 0) {
        // Shown and left on the page: Enter again retries them with the same ids.
        setState(State::Showing);
        emit message(tr("%n photo(s) could not be approved; press Enter to try again.", nullptr, failed),
                     true);
        return;
    }
    setState(State::Done);
    emit message(tr("Saved: %n photo(s) approved.", nullptr, saved_), false);
    emit changed();
}

void GridPage::handOverExceptions() {
    // Back to the one-at-a-time loop, in page order, still held and already decoded.
    for (auto it = items_.rbegin(); it != items_.rend(); ++it)
        if (it->state == ItemState::Exception) {
            review_->enqueue(it->s);
            it->state = ItemState::HandedOver;
        }
}

void GridPage::leave() {
    preloader_->dropAll();
    if (state_ == State::Approving)
        return; // the answers still come; their leases end with the decisions
    for (Item& i : items_) {
        if (i.state == ItemState::Exception) {
            review_->enqueue(i.s);
            i.state = ItemState::HandedOver;
        } else if (i.state == ItemState::Pending || i.state == ItemState::Failed) {
            review_->leases()->giveBack(i.s.detail.submissionId);
            i.state = ItemState::HandedOver;
        }
    }
    setState(State::Done);
}

} // namespace certphoto::app
