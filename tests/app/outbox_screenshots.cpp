// Grabs the admin's SMS outbox view with messages in every state, in one language per run:
//   QT_QPA_PLATFORM=offscreen CERTPHOTO_TEST_PG_ENV=... certphoto-outbox-screenshots --lang zh|en OUTDIR
// writes OUTDIR/outbox-<lang>.png (and outbox-failed-<lang>.png, the failed rows only).
#include "app_fixture.h"
#include "outbox_fixture.h"

#include "app_options.h"
#include "outbox_dialog.h"
#include "outbox_model.h"

#include <certphoto/common/logging.h>
#include <certphoto/store/outbox.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTest>

using namespace certphoto;

namespace {

bool save(QWidget* w, const QString& path) {
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// 24 messages: 15 sent, 3 refused, 2 waiting for an answer after a temporary failure, 1 being sent,
// 2 held back by send_after, 1 due.
void fillOutbox(const test::StoreDb& db) {
    const auto ids = test::makeOutbox(db, 24);
    auto relay = db.open(db.adminLogin);
    if (!store::setOutboxRetryPolicy(relay, {30, 3600, 8, 120}))
        qFatal("policy");
    auto batch = store::takeOutboxBatch(relay, 21);
    if (!batch || batch->messages.size() != 21)
        qFatal("take");
    const QStringList refusals{QStringLiteral("HTTP 400: {\"code\":\"InvalidPhoneNumber\"}"),
                               QStringLiteral("HTTP 403: {\"code\":\"BlacklistedNumber\"}"),
                               QStringLiteral("exit 65: number unreachable")};
    for (size_t i = 0; i < 21; ++i) {
        const qint64 id = ids[i];
        if (i < 15)
            (void)store::markOutboxSent(relay, id, batch->leaseToken,
                                        QStringLiteral("HTTP 200: {\"message_id\":\"gw-%1\"}").arg(id));
        else if (i < 18)
            (void)store::markOutboxFailed(relay, id, batch->leaseToken, store::FailureKind::Permanent,
                                          refusals[int(i - 15)]);
        else if (i < 20)
            (void)store::markOutboxFailed(relay, id, batch->leaseToken, store::FailureKind::Temporary,
                                          QStringLiteral("HTTP 503: gateway busy"));
    }
    // ids[20] stays taken (being sent); two are held back, as an undo grace period would.
    const QString err = test::execAll(
        db.scratch.superuserConnection(),
        QStringLiteral(
            "UPDATE certphoto.sms_outbox SET send_after = now() + interval '10 minutes' WHERE id IN (%1, %2)")
            .arg(ids[21])
            .arg(ids[22]));
    if (!err.isEmpty())
        qFatal("send_after: %s", qPrintable(err));
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("en");
    const QString out = args.last();
    QDir().mkpath(out);
    logging::init(QStringLiteral("outbox-screenshots"));
    app::installTranslators(app, lang);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    bool ok = true;
    {
        test::AppDb db(QStringLiteral("oshots"));
        fillOutbox(db.store);
        app::Session session;
        auto worker = db.connect(db.store.adminLogin, &session);
        app::OutboxDialog dialog(worker.get());
        dialog.resize(1280, 700);
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        (void)QTest::qWaitFor([&] { return dialog.loaded(); }, 20'000);
        QTest::qWait(200);
        ok &= save(&dialog, out + QStringLiteral("/outbox-%1.png").arg(lang));
        auto* filter = dialog.findChild<QComboBox*>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(2); // failed
        (void)QTest::qWaitFor([&] { return dialog.inFlight() == 0 && dialog.model()->rowCount() == 3; },
                              20'000);
        QTest::qWait(200);
        ok &= save(&dialog, out + QStringLiteral("/outbox-failed-%1.png").arg(lang));
        dialog.close();
        (void)QTest::qWaitFor([&] { return worker->pendingJobs() == 0; }, 20'000);
    }
    logging::shutdown();
    return ok ? 0 : 1;
}
