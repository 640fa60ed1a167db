// Every check's reason code as docs/reason-codes.md writes it down: the profiles' pairs, the database's
// reason table and SMS wording, and the core's list of codes must all agree with that table.
#include "store_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/reason_codes.h>
#include <certphoto/store/decisions.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

using namespace certphoto;
using namespace certphoto::test;

namespace {

struct DocRow {
    QString reason;
    QString labelZh;
    QString sms;
};

QString unquote(QString cell) {
    cell = cell.trimmed();
    static const QRegularExpression code(QStringLiteral("^`([^`]+)`"));
    const auto m = code.match(cell);
    return m.hasMatch() ? m.captured(1) : cell;
}

// The first table under "## The table": check -> row.
QMap<QString, DocRow> docTable(QString* error) {
    QFile f(QStringLiteral(CERTPHOTO_SOURCE_DIR "/docs/reason-codes.md"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read docs/reason-codes.md");
        return {};
    }
    QMap<QString, DocRow> out;
    bool inSection = false;
    bool inTable = false;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line == QLatin1String("## The table");
        if (!inSection)
            continue;
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        inTable = true;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 7 || cells[1].trimmed() == QLatin1String("check") || cells[1].startsWith(u"---"))
            continue;
        const QString check = unquote(cells[1]);
        if (out.contains(check))
            *error = QStringLiteral("check %1 twice in the table").arg(check);
        out.insert(check, {unquote(cells[2]), cells[3].trimmed(), cells[4].trimmed()});
    }
    if (out.isEmpty())
        *error = QStringLiteral("no table found under '## The table'");
    return out;
}

} // namespace

class TestReasonTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { logging::init(QStringLiteral("test-store-reason-table")); }
    void cleanupTestCase() { logging::shutdown(); }

    void profilesFollowTheTable() {
        QString error;
        const auto table = docTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(table.size() >= 20);
        const QDir dir(QStringLiteral(CERTPHOTO_SOURCE_DIR "/src/core/profiles"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 4);
        int pairs = 0;
        QStringList wrong;
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject rules =
                QJsonDocument::fromJson(f.readAll()).object().value(u"rules").toObject();
            QVERIFY2(!rules.isEmpty(), qPrintable(name));
            for (auto it = rules.begin(); it != rules.end(); ++it) {
                const QString reason = it.value().toObject().value(u"reason").toString();
                if (reason.isEmpty())
                    continue;
                ++pairs;
                if (!table.contains(it.key()))
                    wrong
                        << QStringLiteral("%1: check %2 is not in docs/reason-codes.md").arg(name, it.key());
                else if (table[it.key()].reason != reason)
                    wrong << QStringLiteral("%1: %2 -> %3, the table says %4")
                                 .arg(name, it.key(), reason, table[it.key()].reason);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(pairs >= 30);
        // The fixed names of this round.
        QCOMPARE(table.value(QStringLiteral("eyes.line")).reason, QStringLiteral("head.position"));
        QCOMPARE(table.value(QStringLiteral("eyes.open")).reason, QStringLiteral("eyes.closed"));
        QCOMPARE(table.value(QStringLiteral("glare.spots")).reason, QStringLiteral("face.shine"));
        QCOMPARE(table.value(QStringLiteral("mouth.closed")).reason, QStringLiteral("mouth.teeth"));
        QCOMPARE(table.value(QStringLiteral("head.covering")).reason, QStringLiteral("head.covering"));
        QCOMPARE(table.value(QStringLiteral("glasses.tinted")).reason, QStringLiteral("glasses.tinted"));
    }

    void tableCodesAreTheDatabaseAndTheCore() {
        QString error;
        const auto table = docTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreDb db(QStringLiteral("rt"));
        auto a = db.open(db.makeUser(store::Role::Auditor));
        auto codes = store::listReasonCodes(a);
        VERIFY_OK(codes);
        QMap<QString, store::ReasonCode> byCode;
        for (const auto& r : *codes)
            byCode.insert(r.code, r);
        QVERIFY(byCode.contains(QStringLiteral("eyes.closed")));
        QVERIFY(byCode.contains(QStringLiteral("face.shine")));
        QCOMPARE(byCode[QStringLiteral("eyes.closed")].smsText, QStringLiteral("双眼未自然睁开"));
        QCOMPARE(byCode[QStringLiteral("face.shine")].smsText, QStringLiteral("面部反光"));
        QVERIFY(!byCode[QStringLiteral("eyes")].smsText.contains(QStringLiteral("睁开")));
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QString& code = it->reason;
            QVERIFY2(byCode.contains(code),
                     qPrintable(it.key() + QStringLiteral(" -> unknown code ") + code));
            QVERIFY2(core::isKnownReasonCode(code.toStdString()),
                     qPrintable(code + " is not in the core's list"));
            QCOMPARE(it->labelZh, byCode[code].labelZh);
            QCOMPARE(it->sms, byCode[code].smsText);
            // What a check reports is something the core detects (the queue's filter offers it).
            QVERIFY2(byCode[code].detectable, qPrintable(code));
        }
        // glasses.glare is what glare.spots names when the glare is on the lenses of glasses found.
        QVERIFY(byCode[QStringLiteral("glasses.glare")].detectable);
    }
};

QTEST_GUILESS_MAIN(TestReasonTable)
#include "tst_reason_table.moc"
