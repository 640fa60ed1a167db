// Grabs what a person sees: the login dialog, the review window with a photo and its overlays, the
// reason picker, a saved decision and its undo, the cheat sheet, the keys editor and a grid page with an
// exception marked, in one language per run. Usage (with the pg fixture's env in CERTPHOTO_TEST_PG_ENV):
//   QT_QPA_PLATFORM=offscreen certphoto-app-screenshots --lang zh|en OUTDIR
// or, on a database filled by certphoto-demo, as one of its auditors (files named *-demo-<lang>.png):
//   QT_QPA_PLATFORM=offscreen certphoto-app-screenshots --lang zh --connect "host=... dbname=...
//   user=demo_auditor1" OUTDIR
#include "app_fixture.h"

#include "app_options.h"
#include "grid_dialog.h"
#include "grid_page.h"
#include "key_dialogs.h"
#include "login_dialog.h"
#include "main_window.h"
#include "queue_page_model.h"
#include "reason_dialog.h"
#include "review_actions.h"
#include "review_session.h"
#include "verdict_text.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QDir>
#include <QTest>

#include <optional>

using namespace certphoto;

namespace {

bool save(QWidget* w, const QString& path) {
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("en");
    const QString out = args.last();
    QDir().mkpath(out);
    logging::init(QStringLiteral("app-screenshots"));
    app::installTranslators(app, lang);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    bool ok = true;
    if (args.indexOf(QStringLiteral("--connect")) < 0) {
        app::LoginDialog login({}, {}, QStringLiteral("wang.li"));
        login.show();
        (void)QTest::qWaitForWindowExposed(&login);
        ok &= save(&login, out + QStringLiteral("/login-%1.png").arg(lang));
    }
    const int connectAt = int(args.indexOf(QStringLiteral("--connect")));
    const QString connInfo =
        connectAt > 0 && connectAt + 1 < args.size() ? args.at(connectAt + 1) : QString();
    const QString suffix = connInfo.isEmpty() ? lang : QStringLiteral("demo-") + lang;
    {
        std::optional<test::AppDb> db;
        app::Session session;
        std::unique_ptr<app::Database> worker;
        if (connInfo.isEmpty()) {
            db.emplace(QStringLiteral("shots"));
            db->importFaces(8);
            db->importSynth(14, std::string(), 100); // photos the core passes, for the grid page
            worker = db->connect(db->auditor, &session);
        } else {
            worker = std::make_unique<app::Database>(store::ConnectionSettings{connInfo, {}});
            bool done = false;
            QObject context;
            worker->run<app::Session>(
                &context, {QStringLiteral("log in"), 0, app::Retry::No},
                [](store::Connection& c) { return app::openSession(c); },
                [&](Result<app::Session> r) {
                    done = true;
                    if (r)
                        session = std::move(r.value());
                    else
                        qFatal("login: %s", r.error().message.c_str());
                });
            (void)QTest::qWaitFor([&] { return done; }, 20'000);
            session.serverText = QStringLiteral("demo");
        }
        app::MainWindow window(worker.get(), session);
        window.resize(1440, 860);
        window.show();
        QApplication::setActiveWindow(&window);
        (void)QTest::qWaitForWindowActive(&window);
        (void)QTest::qWaitFor([&] { return window.queueModel()->rowAt(7) != nullptr; }, 20'000);
        ok &= save(&window, out + QStringLiteral("/queue-%1.png").arg(suffix));
        // The grace-hopper fixture (glasses) is the first by deadline.
        QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_N);
        (void)QTest::qWaitFor(
            [&] { return window.review()->state() == app::ReviewSession::State::Reviewing; }, 20'000);
        (void)QTest::qWaitFor([&] { return window.review()->hasPreloaded(); }, 20'000);
        QTest::qWait(500); // the queue refresh after the claim
        ok &= save(&window, out + QStringLiteral("/review-%1.png").arg(suffix));
        QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_R);
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5'000);
        if (auto* dialog = qobject_cast<app::ReasonDialog*>(QApplication::activeModalWidget())) {
            QTest::qWait(100);
            ok &= save(dialog, out + QStringLiteral("/reasons-%1.png").arg(suffix));
            if (dialog->selectedCodes().isEmpty()) {
                QTest::keyClicks(nullptr, QStringLiteral("jewellery"));
                QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_1);
            }
            QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Return);
            // Saved: the banner offers the undo while its grace period runs.
            (void)QTest::qWaitFor(
                [&] { return window.review()->state() == app::ReviewSession::State::Decided; }, 20'000);
            QTest::qWait(300);
            ok &= save(&window, out + QStringLiteral("/review-decided-%1.png").arg(suffix));
            QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Z, Qt::ControlModifier);
            (void)QTest::qWaitFor(
                [&] { return window.review()->state() == app::ReviewSession::State::Reviewing; }, 20'000);
            QTest::qWait(300);
            ok &= save(&window, out + QStringLiteral("/review-undone-%1.png").arg(suffix));
        }
        QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Question);
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5'000);
        if (QWidget* sheet = QApplication::activeModalWidget()) {
            QTest::qWait(100);
            ok &= save(sheet, out + QStringLiteral("/cheat-sheet-%1.png").arg(suffix));
            sheet->close();
        }
        {
            app::KeysDialog keys;
            keys.resize(760, 560);
            keys.show();
            (void)QTest::qWaitForWindowExposed(&keys);
            ok &= save(&keys, out + QStringLiteral("/keys-%1.png").arg(suffix));
        }
        if (connInfo.isEmpty()) {
            QApplication::setActiveWindow(&window);
            (void)QTest::qWaitForWindowActive(&window);
            QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_P);
            (void)QTest::qWaitFor([&] { return window.reviewActions()->grid() != nullptr; }, 5'000);
            if (app::GridDialog* grid = window.reviewActions()->grid()) {
                (void)QTest::qWaitFor([&] { return grid->page()->state() == app::GridPage::State::Showing; },
                                      30'000);
                QApplication::setActiveWindow(grid);
                (void)QTest::qWaitForWindowActive(grid);
                QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_3);
                QTest::qWait(300);
                ok &= save(grid, out + QStringLiteral("/grid-%1.png").arg(suffix));
                QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Escape);
                (void)QTest::qWaitFor([&] { return window.reviewActions()->grid() == nullptr; }, 5'000);
            }
        }
        window.close();
        (void)QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000);
    }
    logging::shutdown();
    return ok ? 0 : 1;
}
