// The sentences the window shows for store errors (store_error_text.h), without a database:
// - every error code returned in src/store and src/app, found by reading the sources at test time
//   (makeError("…"), errorFrom's `code = QStringLiteral("…")`, RAISE 'certphoto:<code>: …' in the
//   migrations), has its own sentence, so a new store code without one fails here;
// - no listed code is stale (each is still returned somewhere);
// - the sentence never carries the store's raw (English, libpq) message;
// - with the zh_CN translation loaded every sentence is Chinese, with no English words left in it.
#include "app_options.h"
#include "store_error_text.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace certphoto;
using app::StoreErrorWhere;

namespace {

// Raw texts as the store hands them over: its own English words and libpq's.
const char* const kRaw[] = {
    "cannot connect to the database: connection to server on socket \"/tmp/pg/.s.PGSQL.5432\" failed: "
    "FATAL:  password authentication failed for user \"alice\"",
    "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally",
    "certphoto:lease.held_by_other: another auditor (bob) holds this submission",
};

struct Scan {
    std::set<std::string> codes;
    QStringList dynamicSites; // makeError(<not a literal>, …) in src/store
    QString error;
};

Scan scanSources() {
    Scan scan;
    const QString root = qEnvironmentVariable("CERTPHOTO_SOURCE_DIR");
    if (root.isEmpty() || !QFile::exists(root + QStringLiteral("/src/store"))) {
        scan.error = QStringLiteral("CERTPHOTO_SOURCE_DIR (set by CMake for the tests) does not lead to "
                                    "src/store: '%1'")
                         .arg(root);
        return scan;
    }
    static const QRegularExpression literal(QStringLiteral("makeError\\(\\s*\"([a-z_]+\\.[a-z_.]+)\""));
    static const QRegularExpression dynamic(QStringLiteral("makeError\\(\\s*[^\"\\s)]"));
    static const QRegularExpression assigned(
        QStringLiteral("\\bcode\\s*=\\s*QStringLiteral\\(\"([a-z_]+\\.[a-z_.]+)\"\\)"));
    static const QRegularExpression raised(QStringLiteral("certphoto:([a-z_]+\\.[a-z_.]+):"));
    for (const QString& part : {QStringLiteral("src/store"), QStringLiteral("src/app")}) {
        QDirIterator it(root + u'/' + part,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.sql")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                scan.error = QStringLiteral("cannot read ") + path;
                return scan;
            }
            const QString text = QString::fromUtf8(f.readAll());
            const bool sql = path.endsWith(QLatin1String(".sql"));
            for (const QRegularExpression* re : {&literal, &assigned, &raised}) {
                if ((re == &raised) != sql)
                    continue;
                for (auto m = re->globalMatch(text); m.hasNext();)
                    scan.codes.insert(m.next().captured(1).toStdString());
            }
            if (part == u"src/store" && !sql)
                for (auto m = dynamic.globalMatch(text); m.hasNext(); m.next())
                    scan.dynamicSites << path.mid(root.size() + 1);
        }
    }
    return scan;
}

bool hasCjk(const QString& s) {
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// English words left in a Chinese sentence, after the names that stay as they are (program, package and
// command names, and the code the generic sentence shows).
QString englishLeft(QString s, const std::string& code) {
    for (const char* keep : {"certphoto-admin upgrade", "libqt6sql6-psql", "PostgreSQL", "postgresql",
                             "certphoto", "root", "pg_"})
        s.remove(QLatin1String(keep));
    s.remove(QString::fromStdString(code));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    const auto m = word.match(s);
    return m.hasMatch() ? m.captured(0) : QString();
}

void removeTranslators() {
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestStoreErrors : public QObject {
    Q_OBJECT
private slots:
    void everyCodeReturnedInTheSourcesHasASentence() {
        const Scan scan = scanSources();
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        // The scanner itself works: codes from each kind of site are found.
        for (const char* known :
             {"db.connection", "db.permission", "decision.exists", "schema.too_old", "lease.lost",
              "lease.held_by_other", "intake.bad_id_number", "session.no_role"})
            QVERIFY2(scan.codes.count(known), known);
        QVERIFY2(scan.codes.size() >= 40, qPrintable(QString::number(scan.codes.size())));
        // The only makeError whose code is not written out is errorFrom's, whose codes are the
        // `code = QStringLiteral(…)` lines read above. A new one needs its codes listed here by hand.
        QCOMPARE(scan.dynamicSites, QStringList{QStringLiteral("src/store/detail/sql.cpp")});

        QStringList missing;
        for (const std::string& code : scan.codes)
            if (!app::hasStoreErrorText(code))
                missing << QString::fromStdString(code);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("store error codes without a sentence in src/app/"
                                           "store_error_text.cpp: ") +
                            missing.join(QStringLiteral(", "))));
        QStringList stale;
        for (const std::string& code : app::storeErrorCodes())
            if (!scan.codes.count(code))
                stale << QString::fromStdString(code);
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("listed but returned nowhere: ") +
                                             stale.join(QStringLiteral(", "))));
    }

    void sentencesAreNotTheFallbackAndNeverTheRawMessage() {
        QSet<QString> seen;
        for (const std::string& code : app::storeErrorCodes()) {
            for (const char* raw : kRaw) {
                const QString text = app::storeErrorText(makeError(code, raw));
                QVERIFY2(text != app::storeErrorFallbackText(code), code.c_str());
                QVERIFY2(!text.contains(QString::fromStdString(code)), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("FATAL")) && !text.contains(QLatin1String("socket")) &&
                             !text.contains(QLatin1String("alice")) && !text.contains(QLatin1String("bob")),
                         qPrintable(text));
            }
            seen.insert(app::storeErrorText(makeError(code, {})));
        }
        // One sentence per code (two codes sharing a sentence would be a copy-paste slip).
        QCOMPARE(qsizetype(seen.size()), qsizetype(app::storeErrorCodes().size()));
        // A code nobody wrote a sentence for: the generic one, naming the code, not the message.
        const QString unknown = app::storeErrorText(makeError("queue.new_thing", kRaw[0]));
        QCOMPARE(unknown, app::storeErrorFallbackText("queue.new_thing"));
        QVERIFY(unknown.contains(QLatin1String("queue.new_thing")));
        QVERIFY(!unknown.contains(QLatin1String("password authentication")));
    }

    void atTheLoginAWrongPasswordIsToldApartFromAnUnreachableServer() {
        // The store tells the two apart (db.auth against db.connection; tested on a real server in
        // store.private_cluster); the window words them differently.
        const QString wrongPassword =
            app::storeErrorText(makeError("db.auth", kRaw[0]), StoreErrorWhere::Login);
        QVERIFY2(wrongPassword.contains(QLatin1String("password is wrong")), qPrintable(wrongPassword));
        const QString unreachable = app::storeErrorText(
            makeError("db.connection", "cannot connect to the database: could not translate host name"),
            StoreErrorWhere::Login);
        QVERIFY2(unreachable.contains(QLatin1String("cannot be reached")), qPrintable(unreachable));
        // While working, a db.connection failure is the lost connection.
        QVERIFY(app::storeErrorText(makeError("db.connection", kRaw[0]))
                    .contains(QLatin1String("connection to the database server was lost")));
        // Codes other than db.connection read the same at the login.
        QCOMPARE(app::storeErrorText(makeError("schema.too_old", kRaw[2]), StoreErrorWhere::Login),
                 app::storeErrorText(makeError("schema.too_old", {})));
    }

    void inChineseEverySentenceIsChinese() {
        QCOMPARE(app::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh")),
                 QStringLiteral("zh"));
        struct Case {
            Error error;
            StoreErrorWhere where;
        };
        std::vector<Case> cases;
        for (const std::string& code : app::storeErrorCodes())
            for (const char* raw : kRaw)
                cases.push_back({makeError(code, raw), StoreErrorWhere::Working});
        cases.push_back({makeError("db.connection", kRaw[0]), StoreErrorWhere::Login});
        cases.push_back(
            {makeError("db.connection", "could not translate host name"), StoreErrorWhere::Login});
        cases.push_back({makeError("queue.new_thing", kRaw[0]), StoreErrorWhere::Working});
        for (const Case& c : cases) {
            const QString text = app::storeErrorText(c.error, c.where);
            QVERIFY2(hasCjk(text), qPrintable(QString::fromStdString(c.error.code) + u' ' + text));
            const QString english = englishLeft(text, c.error.code);
            QVERIFY2(english.isEmpty(), qPrintable(text + QStringLiteral(" — English left: ") + english));
            QVERIFY2(!text.contains(QString::fromStdString(c.error.message)), qPrintable(text));
        }
        // What the login dialog shows for a wrong password, frame and all.
        const QString shown =
            QCoreApplication::translate("certphoto::app::AppController", "Could not log in. %1")
                .arg(app::storeErrorText(makeError("db.auth", kRaw[0]), StoreErrorWhere::Login));
        QVERIFY2(shown.startsWith(QStringLiteral("登录失败")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("用户名或密码")), qPrintable(shown));
        QVERIFY2(englishLeft(shown, {}).isEmpty(), qPrintable(shown));
        // The frames around the sentences in the review loop are translated too.
        for (const char* frame : {"Could not claim a submission. %1", "Not saved. %1",
                                  "Not saved. %1 Press the key again to retry.",
                                  "The claim on this submission could not be renewed. %1"}) {
            const QString t = QCoreApplication::translate("certphoto::app::ReviewSession", frame);
            QVERIFY2(hasCjk(t) && t.contains(QLatin1String("%1")), frame);
        }
        for (const char* frame : {"The private database on this computer could not start. %1"}) {
            const QString t = QCoreApplication::translate("certphoto::app::AppController", frame);
            QVERIFY2(hasCjk(t) && t.contains(QLatin1String("%1")), frame);
        }
        removeTranslators();
        QVERIFY(!hasCjk(app::storeErrorText(makeError("lease.lost", {}))));
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
