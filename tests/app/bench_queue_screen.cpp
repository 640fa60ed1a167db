// The queue with a million pending submissions (issue 10): the lazy page model in a table view on a real
// PostgreSQL. Prints resident memory, time to the first rows, a scroll to the end, jumps into the middle,
// a claim event, an arrival and a full refresh (the live update path), each as median and spread over
// repeats, beside baselines of the same run: the store calls alone and the old whole-list read of 500 rows.
// A benchmark, not a test. Needs the pg fixture's env file:
//   scripts/pg-test-cluster start /tmp/pg.env
//   CERTPHOTO_TEST_PG_ENV=/tmp/pg.env QT_QPA_PLATFORM=offscreen <build>/tests/app/bench-queue-screen [N]
#include "queue_columns.h"
#include "queue_page_model.h"
#include "queue_source.h"

#include <store_fixture.h>

#include <certphoto/store/queue.h>
#include <certphoto/store/queue_page.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace certphoto;

namespace {

struct Stats {
    double median = 0, min = 0, max = 0;
    int n = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v.front(), v.back(), int(v.size())};
}

void print(const char* what, const Stats& s) {
    std::printf("  %-58s median %8.1f ms  (min %.1f, max %.1f, n=%d)\n", what, s.median, s.min, s.max, s.n);
}

double rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

double ms(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Until the view's rows `first`..`last` are all loaded (and the view repainted).
bool waitLoaded(QTableView& view, app::QueuePageModel& m, int first, int last) {
    return QTest::qWaitFor(
        [&] {
            view.viewport()->repaint();
            for (int r : {first, last})
                if (!m.index(r, 0).data(app::QueuePageModel::LoadedRole).toBool())
                    return false;
            return m.pendingRequests() == 0;
        },
        30'000);
}

// Answers on a later turn of the event loop, in the order asked, as the window's database worker does (the
// direct source answers inside the call, which would hide the order of pages and counts).
class QueuedSource : public app::QueueSource {
public:
    explicit QueuedSource(store::Connection& c) : inner_(c) {}
    void counts(const store::QueueFilter& f, Done<store::QueueCounts> done) override {
        later([=, this] { inner_.counts(f, done); });
    }
    void pageAfter(const store::QueueFilter& f, const std::optional<store::QueueKey>& k, int n,
                   Done<store::QueuePage> done) override {
        later([=, this] { inner_.pageAfter(f, k, n, done); });
    }
    void pageBefore(const store::QueueFilter& f, const std::optional<store::QueueKey>& k, int n,
                    Done<store::QueuePage> done) override {
        later([=, this] { inner_.pageBefore(f, k, n, done); });
    }
    void pageAt(const store::QueueFilter& f, qint64 offset, int n, Done<store::QueuePage> done) override {
        later([=, this] { inner_.pageAt(f, offset, n, done); });
    }

private:
    static void later(std::function<void()> f) {
        QMetaObject::invokeMethod(qApp, std::move(f), Qt::QueuedConnection);
    }
    app::DirectQueueSource inner_;
};

// A benchmark that timed out would print a figure for work that never finished: stop instead.
template <typename F> void waitOrDie(const char* what, F&& done, int timeoutMs) {
    if (!QTest::qWaitFor(std::forward<F>(done), timeoutMs)) {
        std::fprintf(stderr, "bench-queue-screen: %s: the model did not answer within %d ms\n", what,
                     timeoutMs);
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int repeats = 7;
    test::StoreDb db(QStringLiteral("benchqueue"));
    {
        QElapsedTimer t;
        t.start();
        auto su = db.superuser();
        QSqlQuery q(su.db());
        // Triggers off (replica mode) while generating, as bench-queue-page does: a million rows through the
        // per-row triggers (audit chain, queue notifications) take longer than the benchmark itself.
        const QString seed = QStringLiteral(
            "SET session_replication_role = replica;"
            "INSERT INTO certphoto.photos (sha256, bytes) VALUES (sha256('\\xffd8ffd9'::bytea), "
            "'\\xffd8ffd9'::bytea);"
            "INSERT INTO certphoto.schools (name) VALUES ('北京市第一中学'), ('上海第二中学'), "
            "('西京医科大学');"
            "INSERT INTO certphoto.applicants (school_id, exam_number, name, phone) "
            "  SELECT (SELECT id FROM certphoto.schools ORDER BY id OFFSET g % 3 LIMIT 1), 'B' || g, '考生' "
            "|| g, '' "
            "  FROM generate_series(1, %1) g;"
            "INSERT INTO certphoto.submissions (applicant_id, photo_id, arrived_at, deadline) "
            "  SELECT a.id, (SELECT id FROM certphoto.photos), t, t + interval '48 hours' "
            "  FROM (SELECT id, now() - random() * interval '60 hours' AS t FROM certphoto.applicants) a;"
            "SET session_replication_role = origin;"
            "ANALYZE;");
        if (!q.exec(seed.arg(count))) {
            std::fprintf(stderr, "bench-queue-screen: seeding failed: %s\n",
                         qPrintable(q.lastError().text()));
            return 1;
        }
        std::printf("seeded %d pending submissions in %.1f s\n", count, ms(t) / 1000);
    }
    const QString auditor = db.makeUser(store::Role::Auditor);
    store::Connection c = db.open(auditor);
    const double rssStart = rssMb();

    std::vector<double> first, end, jump, claim, refreshRows, refreshCounts, arrival, baseCounts, basePage,
        baseOld, baseEnd;
    store::Connection su = db.superuser();
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        (void)store::queueCounts(c, {});
        baseCounts.push_back(ms(t));
        t.restart();
        (void)store::queuePageAfter(c, {}, std::nullopt, 200);
        basePage.push_back(ms(t));
        t.restart();
        (void)store::queuePageBefore(c, {}, std::nullopt, 200);
        baseEnd.push_back(ms(t));
        t.restart();
        (void)store::listQueue(c, 500);
        baseOld.push_back(ms(t));
    }

    double rssPeak = rssStart;
    for (int i = 0; i < repeats; ++i) {
        QTableView view;
        view.resize(620, 900);
        app::QueuePageModel model(std::make_unique<QueuedSource>(c));
        view.setModel(&model);
        app::layoutQueueColumns(&view, app::QueuePageModel::ExamNumber, app::QueuePageModel::Applicant,
                                app::QueuePageModel::School);
        view.show();
        QTest::qWait(20);

        QElapsedTimer t;
        t.start();
        model.setFilter({});
        waitOrDie(
            "first rows", [&] { return model.rowCount() > 0; }, 30'000);
        waitLoaded(view, model, 0, 20);
        first.push_back(ms(t));

        t.restart();
        view.scrollToBottom();
        waitLoaded(view, model, model.rowCount() - 20, model.rowCount() - 1);
        end.push_back(ms(t));

        const int row = int(QRandomGenerator::global()->bounded(model.rowCount() - 100));
        t.restart();
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        waitLoaded(view, model, row, row + 20);
        jump.push_back(ms(t));

        // Live: a colleague's claim of a row in view, then a full refresh (what an arrival or decision
        // causes).
        store::QueueEvent e;
        e.kind = store::QueueEvent::Kind::Claimed;
        e.submissionId = model.index(row, 0).data(app::QueuePageModel::SubmissionIdRole).toLongLong();
        e.holder = QStringLiteral("li.na");
        t.restart();
        model.applyEvent(e);
        view.viewport()->repaint();
        claim.push_back(ms(t));
        // A full refresh (the safety net; an arrival or a decision starts the same): the rows in view
        // first, then the counts.
        const int top = view.rowAt(0), bottom = view.rowAt(view.viewport()->height() - 1);
        const qint64 topPage = top / 200, bottomPage = (bottom < 0 ? top : bottom) / 200;
        double rowsMs = -1, countsMs = -1;
        qint64 pagesIn = 0;
        auto onPage = QObject::connect(&model, &app::QueuePageModel::pageLoaded, [&](qint64 page) {
            if (page >= topPage && page <= bottomPage && ++pagesIn == bottomPage - topPage + 1) {
                view.viewport()->repaint();
                rowsMs = ms(t);
            }
        });
        auto onCounts =
            QObject::connect(&model, &app::QueuePageModel::countsChanged, [&] { countsMs = ms(t); });
        t.restart();
        model.refresh();
        waitOrDie(
            "full refresh", [&] { return rowsMs >= 0 && countsMs >= 0 && model.pendingRequests() == 0; },
            30'000);
        QObject::disconnect(onPage);
        QObject::disconnect(onCounts);
        refreshRows.push_back(rowsMs);
        refreshCounts.push_back(countsMs);

        // Live: a new submission arrives just below the top row in view; from its event to its row painted.
        QTest::qWait(300); // not inside the burst window of the refresh above
        QSqlQuery q(su.db());
        const qint64 topId = model.index(top, 0).data(app::QueuePageModel::SubmissionIdRole).toLongLong();
        if (!q.exec(QStringLiteral(
                        "INSERT INTO certphoto.submissions (applicant_id, photo_id, arrived_at, deadline) "
                        "SELECT applicant_id, photo_id, arrived_at, deadline + interval '1 microsecond' "
                        "FROM certphoto.submissions WHERE id = %1 RETURNING id")
                        .arg(topId)) ||
            !q.next()) {
            std::fprintf(stderr, "bench-queue-screen: inserting failed: %s\n",
                         qPrintable(q.lastError().text()));
            return 1;
        }
        const qint64 newId = q.value(0).toLongLong();
        store::QueueEvent arrived;
        arrived.kind = store::QueueEvent::Kind::Arrived;
        arrived.submissionId = newId;
        t.restart();
        model.applyEvent(arrived);
        const auto idAt = [&](int r) {
            return model.index(r, 0).data(app::QueuePageModel::SubmissionIdRole).toLongLong();
        };
        if (!QTest::qWaitFor(
                [&] {
                    const bool shown = idAt(top + 1) == newId;
                    if (shown)
                        view.viewport()->repaint();
                    return shown;
                },
                30'000)) {
            std::fprintf(stderr,
                         "bench-queue-screen: the new submission %lld is not below row %d (%lld): rows %d.. "
                         "are %lld %lld %lld; %d requests pending\n",
                         newId, top, topId, top - 1, idAt(top - 1), idAt(top), idAt(top + 1),
                         model.pendingRequests());
            return 1;
        }
        arrival.push_back(ms(t));
        waitOrDie(
            "settle", [&] { return model.pendingRequests() == 0; }, 30'000);
        QTest::qWait(300); // the counts of that refresh, before the next run
        rssPeak = std::max(rssPeak, rssMb());
        std::printf("run %d: %lld rows, %lld loaded rows kept\n", i + 1, qint64(model.rowCount()),
                    model.loadedRows());
    }

    std::printf("\nqueue of %d pending submissions, page 200 rows, %d runs\n", count, repeats);
    std::printf("  resident memory: %.0f MB at start, %.0f MB peak (goal < 400 MB)\n", rssStart, rssPeak);
    print("first rows on screen (counts + first page + paint; goal 300)", stats(first));
    print("scroll to the end (page before the end + paint; goal 50)", stats(end));
    print("jump to a random row (page at an offset + paint)", stats(jump));
    print("live: a claim event changes its row (goal 50)", stats(claim));
    print("live: a new submission's row painted in view (goal 50)", stats(arrival));
    print("live: full refresh, the rows in view re-read + painted", stats(refreshRows));
    print("live: full refresh, then the counts (totals, overdue)", stats(refreshCounts));
    std::printf("baselines (the store alone, same run)\n");
    print("queueCounts", stats(baseCounts));
    print("queuePageAfter, first 200", stats(basePage));
    print("queuePageBefore, last 200", stats(baseEnd));
    print("old listQueue(500) the window used before", stats(baseOld));
    return 0;
}
