// How long "next" takes for the auditor: from the key to the photo on screen, with the next submission
// preloaded in the background and without (claim + load + decode on the worker). Baseline in the same run:
// decoding the same photos alone. A benchmark, not a test. Needs the pg fixture's env file:
//   scripts/pg-test-cluster start /tmp/pg.env
//   CERTPHOTO_TEST_PG_ENV=/tmp/pg.env CERTPHOTO_TEST_DATA=tests/data
//   CERTPHOTO_DATA_DIR=<build>/share/certphoto QT_QPA_PLATFORM=offscreen <build>/tests/app/bench-app-next [N]
//   (the variables on the same line)
#include "app_fixture.h"

#include "main_window.h"
#include "photo_view.h"
#include "review_session.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace certphoto;
using State = app::ReviewSession::State;

namespace {

struct Stats {
    double median = 0, p95 = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))]};
}

// Times `rounds` next+approve cycles; returns the key-to-shown times in ms.
std::vector<double> cycle(app::MainWindow& window, int rounds, bool preload) {
    app::ReviewSession* review = window.review();
    review->setPreloadEnabled(preload);
    std::vector<double> out;
    for (int i = 0; i < rounds; ++i) {
        if (preload && !QTest::qWaitFor([&] { return review->hasPreloaded(); }, 20'000))
            qFatal("no preload");
        QElapsedTimer t;
        t.start();
        review->next();
        if (!QTest::qWaitFor([&] { return review->state() == State::Reviewing; }, 20'000))
            qFatal("no claim");
        window.repaint(); // the photo painted with its overlays: what the auditor waits for
        out.push_back(double(t.nsecsElapsed()) / 1e6);
        review->approve();
        if (!QTest::qWaitFor([&] { return review->state() == State::Decided; }, 20'000))
            qFatal("not decided");
    }
    return out;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(5, atoi(argv[1])) : 40;
    logging::init(QStringLiteral("bench-app-next"));
    {
        test::AppDb db(QStringLiteral("bench"));
        db.importFaces(2 * rounds + 4);
        app::Session session;
        auto worker = db.connect(db.auditor, &session);
        app::MainWindow window(worker.get(), session);
        window.resize(1440, 860);
        window.show();

        // Baseline: decoding the photos alone (what the worker does after the claim).
        std::vector<double> decode;
        for (int i = 0; i < rounds; ++i) {
            QByteArray bytes = test::analysedFace(i).photo;
            QElapsedTimer t;
            t.start();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            decode.push_back(double(t.nsecsElapsed()) / 1e6);
            if (image.isNull())
                qFatal("decode failed");
        }
        const Stats cold = stats(cycle(window, rounds, false));
        const Stats warm = stats(cycle(window, rounds, true));
        // Baseline: painting the window alone, the photo already there.
        std::vector<double> paint;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            window.repaint();
            paint.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Stats painted = stats(paint);
        const Stats base = stats(decode);
        std::printf("key-to-photo, %d rounds each (ms)\n", rounds);
        std::printf("  without preload (claim+load+decode on the worker): median %.1f  p95 %.1f\n",
                    cold.median, cold.p95);
        std::printf("  with the next one preloaded:                       median %.1f  p95 %.1f\n",
                    warm.median, warm.p95);
        std::printf("  baseline, decoding the photo alone:                median %.1f  p95 %.1f\n",
                    base.median, base.p95);
        std::printf("  baseline, repainting the window alone:             median %.1f  p95 %.1f\n",
                    painted.median, painted.p95);
        window.close();
        (void)QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000);
    }
    logging::shutdown();
    return 0;
}
