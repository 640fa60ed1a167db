#include "server_probe.h"

#include "store_error_text.h"

#include <certphoto/store/migrations.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace certphoto::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ServerProbe", text);
}

ProbeFacts probe(const store::ConnectionSettings& settings) {
    ProbeFacts facts;
    auto c = store::Connection::open(settings, QStringLiteral("probe"));
    if (!c) {
        facts.connectError = c.error();
        return facts;
    }
    auto info = store::serverInfo(*c);
    if (!info) {
        facts.connectError = info.error();
        return facts;
    }
    facts.info = *info;
    if (facts.info.schemaVersion > 0)
        if (auto ok = store::checkSchema(*c); !ok)
            facts.schemaError = ok.error();
    return facts;
} // the connection closes here, on the thread that opened it

} // namespace

ProbeAnswer answerFor(const ProbeFacts& facts) {
    ProbeAnswer a;
    if (facts.connectError) {
        const Error& e = *facts.connectError;
        a.kind = e.code == "db.auth"         ? ProbeAnswer::Kind::WrongPassword
                 : e.code == "db.connection" ? ProbeAnswer::Kind::Unreachable
                                             : ProbeAnswer::Kind::Other;
        a.text = storeErrorText(e, StoreErrorWhere::Login);
        return a;
    }
    if (facts.info.schemaVersion == 0) {
        a.kind = ProbeAnswer::Kind::NotCertphoto;
        a.text = tr("The server answers (PostgreSQL %1), but this database is not a certphoto database: it "
                    "holds no certphoto schema. Check the database name, or ask the administrator to set it "
                    "up with \"certphoto-admin upgrade\".")
                     .arg(facts.info.serverVersion);
        return a;
    }
    if (facts.schemaError) {
        a.kind = facts.schemaError->code == "schema.too_old"   ? ProbeAnswer::Kind::SchemaTooOld
                 : facts.schemaError->code == "schema.too_new" ? ProbeAnswer::Kind::SchemaTooNew
                                                               : ProbeAnswer::Kind::Other;
        a.text = storeErrorText(*facts.schemaError, StoreErrorWhere::Login);
        return a;
    }
    a.kind = ProbeAnswer::Kind::Usable;
    a.text = tr("Connected: PostgreSQL %1, certphoto schema version %2. This server can be used.")
                 .arg(facts.info.serverVersion)
                 .arg(facts.info.schemaVersion);
    return a;
}

void probeServer(QObject* receiver, const store::ConnectionSettings& settings,
                 std::function<void(ProbeAnswer)> done) {
    auto* watcher = new QFutureWatcher<ProbeFacts>(receiver);
    QObject::connect(watcher, &QFutureWatcher<ProbeFacts>::finished, receiver, [watcher, done] {
        const ProbeFacts facts = watcher->result();
        watcher->deleteLater();
        done(answerFor(facts));
    });
    watcher->setFuture(QtConcurrent::run([settings] { return probe(settings); }));
}

} // namespace certphoto::app
