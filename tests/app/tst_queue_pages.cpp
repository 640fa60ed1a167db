// The lazy queue (issue 10): QueuePageModel over the store's keyset pages on a real PostgreSQL, checked by
// QAbstractItemModelTester; rows in queue order across pages fetched after, before and at an offset; a
// jump to the end; filters; a claim event changing one row in place; a refresh adding rows at the end
// without a model reset (the view keeps its place); only a bounded number of pages kept.
#include "queue_page_model.h"
#include "queue_source.h"

#include <store_fixture.h>

#include <certphoto/store/queue.h>
#include <certphoto/store/queue_events.h>
#include <certphoto/store/queue_page.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace certphoto;

namespace {
// The direct source, writing down which kind of call each request was.
class LoggingSource : public app::QueueSource {
public:
    LoggingSource(store::Connection& c, QStringList& log) : inner_(c), log_(log) {}
    void counts(const store::QueueFilter& f, Done<store::QueueCounts> done) override {
        log_ << QStringLiteral("counts");
        inner_.counts(f, std::move(done));
    }
    void pageAfter(const store::QueueFilter& f, const std::optional<store::QueueKey>& after, int limit,
                   Done<store::QueuePage> done) override {
        log_ << QStringLiteral("after");
        inner_.pageAfter(f, after, limit, std::move(done));
    }
    void pageBefore(const store::QueueFilter& f, const std::optional<store::QueueKey>& before, int limit,
                    Done<store::QueuePage> done) override {
        log_ << QStringLiteral("before");
        inner_.pageBefore(f, before, limit, std::move(done));
    }
    void pageAt(const store::QueueFilter& f, qint64 offset, int limit, Done<store::QueuePage> done) override {
        log_ << QStringLiteral("at");
        inner_.pageAt(f, offset, limit, std::move(done));
    }

private:
    app::DirectQueueSource inner_;
    QStringList& log_;
};
} // namespace

class TestQueuePages : public QObject {
    Q_OBJECT

    std::unique_ptr<test::StoreDb> db_;
    QString auditor_;

    // Waits until the model has no request in flight.
    static bool settle(app::QueuePageModel& m) {
        return QTest::qWaitFor([&] { return m.pendingRequests() == 0; }, 10'000);
    }
    static qint64 idAt(app::QueuePageModel& m, int row) {
        const QModelIndex i = m.index(row, 0);
        i.data(); // asks for the page
        if (!settle(m))
            return -1;
        return i.data(app::QueuePageModel::SubmissionIdRole).toLongLong();
    }

private slots:
    void initTestCase() {
        db_ = std::make_unique<test::StoreDb>(QStringLiteral("queuepages"));
        db_->seed(1000);
        auto admin = db_->open(db_->adminLogin);
        std::vector<store::IncomingSubmission> other;
        for (int i = 1000; i < 1100; ++i)
            other.push_back(test::incoming(i, QStringLiteral("上海第二中学")));
        VERIFY_OK(store::storeSubmissions(admin, other));
        auditor_ = db_->makeUser(store::Role::Auditor);
    }

    void pagesInQueueOrder() {
        store::Connection c = db_->open(auditor_);
        app::QueuePageModel model(std::make_unique<app::DirectQueueSource>(c));
        model.setPageSize(50);
        model.setMaxPages(6);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter({});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1100; }, 10'000));
        QCOMPARE(model.counts().pending, 1100);

        // Page 0, then page 1 by keyset after it: one ordered run of deadlines.
        std::vector<QDateTime> deadlines;
        for (int row = 0; row < 100; ++row) {
            QVERIFY(idAt(model, row) > 0);
            deadlines.push_back(model.rowAt(row)->entry.deadline);
        }
        QVERIFY(std::is_sorted(deadlines.begin(), deadlines.end()));

        // The last row, straight away (the page before the end), is the queue's last.
        auto last = store::queuePageBefore(c, {}, std::nullopt, 1);
        VERIFY_OK(last);
        QCOMPARE(idAt(model, 1099), last->rows.back().entry.submissionId);
        // A jump into the middle (at an offset), then the page above it by keyset before.
        auto middle = store::queuePageAt(c, {}, 600, 1);
        VERIFY_OK(middle);
        QCOMPARE(idAt(model, 600), middle->rows.front().entry.submissionId);
        auto above = store::queuePageAt(c, {}, 549, 1);
        VERIFY_OK(above);
        QCOMPARE(idAt(model, 549), above->rows.front().entry.submissionId);

        // Only a few pages are kept, however far one scrolls.
        for (int row = 0; row < 1100; row += 50)
            QVERIFY(idAt(model, row) > 0);
        QVERIFY2(model.loadedRows() <= 6 * 50, qPrintable(QString::number(model.loadedRows())));

        // A claim changes its row in place.
        const qint64 first = idAt(model, 0);
        store::QueueEvent claimed;
        claimed.kind = store::QueueEvent::Kind::Claimed;
        claimed.submissionId = first;
        claimed.holder = QStringLiteral("zhang.wei");
        model.applyEvent(claimed);
        QCOMPARE(model.index(0, app::QueuePageModel::ClaimedBy).data().toString(),
                 QStringLiteral("zhang.wei"));

        // New submissions arrive: rows are added at the end, no reset (the view keeps its place).
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int resetsBefore = int(resets.count());
        {
            auto admin = db_->open(db_->adminLogin);
            std::vector<store::IncomingSubmission> more;
            for (int i = 2000; i < 2010; ++i)
                more.push_back(test::incoming(i, QStringLiteral("上海第二中学")));
            VERIFY_OK(store::storeSubmissions(admin, more));
        }
        store::QueueEvent arrived;
        arrived.kind = store::QueueEvent::Kind::Arrived;
        model.applyEvent(arrived); // coalesced: refreshes a moment later
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1110; }, 10'000));
        QCOMPARE(int(resets.count()), resetsBefore);
        QCOMPARE(int(inserted.count()), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1100);
    }

    void refreshReadsThePagesInViewByKeysetThenCounts() {
        store::Connection c = db_->open(auditor_);
        QStringList log;
        app::QueuePageModel model(std::make_unique<LoggingSource>(c, log));
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 1100; }, 10'000));
        // Two adjacent pages in the middle, as a view scrolled there shows them (the first by offset).
        QVERIFY(idAt(model, 610) > 0);
        QVERIFY(idAt(model, 660) > 0);
        std::vector<qint64> before;
        for (int row = 600; row < 700; ++row)
            before.push_back(model.rowAt(row)->entry.submissionId);

        // One of them is decided meanwhile (as by a colleague): gone from the queue.
        const qint64 gone = before[20];
        store::Connection su = db_->superuser();
        QSqlQuery q(su.db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE certphoto.submissions SET status = 'approved' WHERE id = %1").arg(gone)));
        log.clear();
        model.refresh();
        QVERIFY(settle(model));
        QVERIFY(QTest::qWaitFor([&] { return log.contains(QStringLiteral("counts")); }, 10'000));
        // By keyset only (an offset walks every row above: seconds in a million), the counts last.
        QVERIFY2(!log.contains(QStringLiteral("at")), qPrintable(log.join(u' ')));
        QVERIFY2(log.count(QStringLiteral("after")) >= 2, qPrintable(log.join(u' ')));
        QVERIFY2(log.indexOf(QStringLiteral("counts")) > log.lastIndexOf(QStringLiteral("after")),
                 qPrintable(log.join(u' ')));
        // The rows in view stay where they were; the decided one is gone and the rest closed up.
        std::vector<qint64> after;
        for (int row = 600; row < 699; ++row) {
            QVERIFY(model.rowAt(row));
            after.push_back(model.rowAt(row)->entry.submissionId);
        }
        std::vector<qint64> expected = before;
        expected.erase(expected.begin() + 20);
        QCOMPARE(after, expected);
        QVERIFY(std::find(after.begin(), after.end(), gone) == after.end());
        // Back in the queue for the tests after this one.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE certphoto.submissions SET status = 'pending' WHERE id = %1").arg(gone)));
    }

    void theBottomIsReadByKeyset() {
        store::Connection c = db_->open(auditor_);
        QStringList log;
        app::QueuePageModel model(std::make_unique<LoggingSource>(c, log));
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 1100; }, 10'000));
        const int rows = model.rowCount();
        log.clear();
        // A view at the bottom shows the last rows, over two or three pages (the last one not full): each
        // read from the end by keyset, never by offset (a million rows walked).
        auto tail = store::queuePageBefore(c, {}, std::nullopt, 60);
        VERIFY_OK(tail);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(idAt(model, rows - 60 + i), tail->rows[size_t(i)].entry.submissionId);
        QVERIFY2(!log.contains(QStringLiteral("at")), qPrintable(log.join(u' ')));
        QVERIFY2(log.contains(QStringLiteral("before")), qPrintable(log.join(u' ')));
    }

    void filters() {
        store::Connection c = db_->open(auditor_);
        app::QueuePageModel model(std::make_unique<app::DirectQueueSource>(c));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::QueueFilter f;
        f.school = QStringLiteral("上海第二中学");
        model.setFilter(f);
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 110; }, 10'000));
        QVERIFY(idAt(model, 0) > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            if (const store::QueueRow* r = model.rowAt(row))
                QCOMPARE(r->entry.school, QStringLiteral("上海第二中学"));
        f = {};
        f.overdueOnly = true;
        model.setFilter(f);
        QVERIFY(QTest::qWaitFor([&] { return model.pendingRequests() == 0 && model.counts().matching == 0; },
                                10'000));
        QCOMPARE(model.rowCount(), 0);
        f = {};
        f.coreVerdict = QStringLiteral("nonsense");
        QSignalSpy failed(&model, &app::QueuePageModel::failed);
        model.setFilter(f);
        // The direct source answers within setFilter: the signal may already be there.
        QVERIFY(failed.count() > 0 || failed.wait(5'000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("queue.bad_filter"));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestQueuePages t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_queue_pages.moc"
