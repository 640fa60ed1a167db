// Issue 10's review-loop figures, against the real database (a benchmark, not a test):
//  1. decision key to the next photo fully painted, over N decisions (approve-and-advance: A saves the
//     decision and shows the next, preloaded and decoded), beside N plain "next" keys and the baseline of
//     the same run: repainting the window with a photo already decoded;
//  2. decisions per minute for a scripted person working through 60 photos the core passed, one at a time
//     against grid mode, on the same photos (two scratch databases made alike), with the person's looking
//     time scripted (LOOK_MS per photo alone, GLANCE_MS per photo in the grid plus PAGE_MS per page) and
//     without it (machine time only).
// Needs the pg fixture's env file:
//   scripts/pg-test-cluster start /tmp/pg.env
//   CERTPHOTO_TEST_PG_ENV=/tmp/pg.env CERTPHOTO_TEST_DATA=../tests/data
//   CERTPHOTO_DATA_DIR=$PWD/share/certphoto QT_QPA_PLATFORM=offscreen tests/app/bench-review-loop [N=200]
//   [LOOK_MS=800] [GLANCE_MS=250] [PAGE_MS=600]
#include "app_fixture.h"
#include "app_settings.h"

#include "grid_dialog.h"
#include "grid_page.h"
#include "main_window.h"
#include "review_actions.h"
#include "review_session.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace certphoto;
using State = app::ReviewSession::State;

namespace {

struct Stats {
    double median = 0, p95 = 0, min = 0, max = 0, mad = 0;
};

Stats stats(std::vector<double> v) {
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    Stats s{v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))], v.front(), v.back(),
            0};
    std::vector<double> dev;
    for (double x : v)
        dev.push_back(std::fabs(x - s.median));
    std::sort(dev.begin(), dev.end());
    s.mad = dev[dev.size() / 2];
    return s;
}

void print(const char* what, const Stats& s) {
    std::printf("  %-58s median %6.2f  p95 %6.2f  (min %.2f, max %.2f, MAD %.2f) ms\n", what, s.median, s.p95,
                s.min, s.max, s.mad);
}

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QTest::keyClick(static_cast<QWidget*>(nullptr), k, mods);
}

void wait(const std::function<bool()>& done, const char* what) {
    if (!QTest::qWaitFor(done, 30'000))
        qFatal("timed out: %s", what);
}

bool activate(QWidget& w) {
    w.show();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}

// The window's key-to-painted time for `rounds` decisions (approve-and-advance) or plain next keys.
std::vector<double> keyToPainted(app::MainWindow& window, int rounds, bool decide) {
    app::ReviewSession* review = window.review();
    std::vector<double> out;
    for (int i = 0; i < rounds; ++i) {
        wait([&] { return review->state() == State::Reviewing && review->preloadedCount() >= 1; }, "preload");
        const qint64 was = review->current()->detail.submissionId;
        QElapsedTimer t;
        t.start();
        key(decide ? Qt::Key_A : Qt::Key_N);
        wait(
            [&] {
                return review->state() == State::Reviewing && review->current()->detail.submissionId != was;
            },
            "next shown");
        window.repaint(); // painted with the photo and its overlays: what the auditor waits for
        out.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return out;
}

struct Rate {
    double seconds = 0;
    int decisions = 0;
    double perMinute() const { return seconds > 0 ? decisions * 60.0 / seconds : 0; }
};

// One at a time: look at the photo, A (approve-and-advance).
Rate oneAtATime(test::AppDb& db, int lookMs) {
    app::Session session;
    auto worker = db.connect(db.auditor, &session);
    app::AppSettings::setApproveAdvances(true);
    app::MainWindow window(worker.get(), session);
    window.resize(1440, 860);
    if (!activate(window))
        qFatal("window not active");
    app::ReviewSession* review = window.review();
    QElapsedTimer t;
    t.start();
    int decided = 0;
    QObject::connect(review, &app::ReviewSession::decisionSaved, [&] { ++decided; });
    key(Qt::Key_N);
    while (decided < 60) {
        wait([&] { return review->state() == State::Reviewing || review->state() == State::Empty; }, "shown");
        if (review->state() == State::Empty)
            break;
        QTest::qWait(lookMs);
        const int before = decided;
        key(Qt::Key_A);
        wait([&] { return decided > before; }, "decided");
    }
    Rate r{double(t.nsecsElapsed()) / 1e9, decided};
    window.close();
    wait([&] { return worker->pendingJobs() == 0; }, "closed");
    return r;
}

// Grid mode: P, glance over the page, Enter; the next page follows by itself.
Rate gridMode(test::AppDb& db, int glanceMs, int pageMs) {
    app::Session session;
    auto worker = db.connect(db.auditor, &session);
    app::MainWindow window(worker.get(), session);
    window.resize(1440, 860);
    if (!activate(window))
        qFatal("window not active");
    QElapsedTimer t;
    t.start();
    key(Qt::Key_P);
    wait([&] { return window.reviewActions()->grid() != nullptr; }, "grid");
    app::GridDialog* grid = window.reviewActions()->grid();
    activate(*grid);
    int decided = 0;
    QObject::connect(grid->page(), &app::GridPage::decisionSaved, [&] { ++decided; });
    while (decided < 60) {
        wait(
            [&] {
                const auto s = grid->page()->state();
                return s == app::GridPage::State::Showing || s == app::GridPage::State::Empty;
            },
            "page");
        if (grid->page()->state() == app::GridPage::State::Empty)
            break;
        grid->repaint();
        QTest::qWait(pageMs + glanceMs * int(grid->page()->items().size()));
        const int before = decided, n = int(grid->page()->items().size());
        key(Qt::Key_Return);
        wait([&] { return decided >= before + n; }, "page approved");
    }
    Rate r{double(t.nsecsElapsed()) / 1e9, decided};
    key(Qt::Key_Escape);
    window.close();
    wait([&] { return worker->pendingJobs() == 0; }, "closed");
    return r;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, atoi(argv[1])) : 200;
    const int lookMs = argc > 2 ? atoi(argv[2]) : 800;
    const int glanceMs = argc > 3 ? atoi(argv[3]) : 250;
    const int pageMs = argc > 4 ? atoi(argv[4]) : 600;
    logging::init(QStringLiteral("bench-review-loop"));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    {
        // 1. Key to painted.
        test::AppDb db(QStringLiteral("benchloop"));
        db.importSynth(2 * rounds + 8);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::AppSettings::setApproveAdvances(true);
        app::MainWindow window(worker.get(), session);
        window.resize(1440, 860);
        if (!activate(window))
            qFatal("window not active");
        key(Qt::Key_N);
        wait([&] { return window.review()->state() == State::Reviewing; }, "first claim");
        const Stats decided = stats(keyToPainted(window, rounds, true));
        const Stats next = stats(keyToPainted(window, rounds, false));
        std::vector<double> paint;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            window.repaint();
            paint.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf(
            "key to the next photo painted, %d each (photos 480x640 from certphoto_synth, real reports)\n",
            rounds);
        print("decision key A (approve-and-advance: saved, next shown)", decided);
        print("next key N (the preloaded, decoded one shown)", next);
        print("baseline: repainting the window, photo already decoded", stats(paint));
        window.close();
        wait([&] { return worker->pendingJobs() == 0; }, "closed");
    }
    {
        // 2. Decisions per minute on the same 60 photos the core passed.
        for (int look : {0, 1}) {
            test::AppDb one(QStringLiteral("benchone"));
            one.importSynth(60);
            test::AppDb gridDb(QStringLiteral("benchgrid"));
            gridDb.importSynth(60);
            const Rate a = oneAtATime(one, look ? lookMs : 0);
            const Rate g = gridMode(gridDb, look ? glanceMs : 0, look ? pageMs : 0);
            if (look)
                std::printf(
                    "scripted person (look %d ms per photo alone; grid: %d ms per photo + %d ms per page)\n",
                    lookMs, glanceMs, pageMs);
            else
                std::printf("machine only (no looking time)\n");
            std::printf("  one at a time: %d decisions in %.1f s = %.0f per minute\n", a.decisions, a.seconds,
                        a.perMinute());
            std::printf("  grid of 12:    %d decisions in %.1f s = %.0f per minute\n", g.decisions, g.seconds,
                        g.perMinute());
        }
    }
    logging::shutdown();
    return 0;
}
