#pragma once
// Grid mode's logic, without widgets: a page of the next submissions the core passed, each claimed with
// its own lease (held by the review session's LeaseKeeper) and decoded by a Preloader. The auditor marks
// exceptions; "approve the rest" makes one decision per photo, each with its own client-made id, SMS row
// and handling time (the page's time on screen shared out). Exceptions go to the one-at-a-time loop.

#include "database.h"
#include "loaded_submission.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUuid>
#include <vector>

namespace certphoto::app {

class Preloader;
class ReviewSession;

class GridPage : public QObject {
    Q_OBJECT
public:
    enum class State { Loading, Showing, Approving, Done, Empty };
    Q_ENUM(State)
    enum class ItemState { Pending, Exception, Saving, Saved, Failed, HandedOver };

    struct Item {
        LoadedSubmission s;
        ItemState state = ItemState::Pending;
        QUuid decisionId; // made once, kept for a retry
        QString problem;  // why it was not saved
    };

    GridPage(Database* db, ReviewSession* review, int size, QObject* parent = nullptr);
    ~GridPage() override;

    State state() const { return state_; }
    int size() const { return size_; }
    const std::vector<Item>& items() const { return items_; }
    int exceptionCount() const;
    int savedCount() const { return saved_; }

public slots:
    // Claims and decodes the next page (the previous one must be Done).
    void load();
    // Marks or unmarks photo `index` (0-based) as an exception.
    void toggleException(int index);
    // Approves every photo not marked; the exceptions go to the one-at-a-time loop.
    void approveRest();
    // Leaves grid mode: undecided photos are given back, the exceptions go to the loop.
    void leave();

signals:
    void changed();
    void stateChanged(certphoto::app::GridPage::State state);
    void itemChanged(int index);
    void message(const QString& text, bool error);
    void decisionSaved(qint64 submissionId, const certphoto::store::DecisionOutcome& outcome);

private:
    void setState(State s);
    void onReady();
    void finishLoading();
    void decided(int index);
    void handOverExceptions();

    Database* db_;
    ReviewSession* review_;
    Preloader* preloader_;
    int size_;
    State state_ = State::Done;
    std::vector<Item> items_;
    QElapsedTimer shown_;
    int saving_ = 0;
    int saved_ = 0;
};

} // namespace certphoto::app
