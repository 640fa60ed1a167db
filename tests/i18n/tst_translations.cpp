// The .ts files are the only source of translations. This test refreshes a copy of each with lupdate over
// the same sources the build translates (so a tr() string missing from the file shows up as unfinished),
// then fails on any Chinese message that is unfinished or empty, and on any translation that drops or adds
// a placeholder (%1, %n) of its source.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

std::vector<Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    std::vector<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && current.source.isNull() && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, QString(), QString(), {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.push_back(xml.readElementText());
                }
                if (current.translations.isEmpty())
                    current.translations.push_back(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.push_back(current);
            current = Message{};
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QString describe(const Message& m) {
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

// A copy of the committed file, refreshed by lupdate from the build's lupdate project.
QString refreshed(const QTemporaryDir& dir, const QString& tsName) {
    const QString copy = dir.filePath(tsName);
    QFile::copy(QStringLiteral(CERTPHOTO_TS_DIR "/") + tsName, copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(CERTPHOTO_LUPDATE),
                  {QStringLiteral("-project"), QStringLiteral(CERTPHOTO_LUPDATE_PROJECT),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qFatal("lupdate failed: %s", lupdate.readAllStandardError().constData());
    return copy;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void chineseIsComplete() {
        QTemporaryDir dir;
        const auto messages = readTs(refreshed(dir, QStringLiteral("certphoto_zh_CN.ts")));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        for (const auto& m : messages) {
            const bool empty = std::all_of(m.translations.begin(), m.translations.end(),
                                           [](const QString& t) { return t.trimmed().isEmpty(); });
            if (m.type == QLatin1String("unfinished") || empty)
                unfinished << describe(m);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without Chinese (translate them in "
                                           "translations/certphoto_zh_CN.ts):\n  %2")
                                .arg(unfinished.size())
                                .arg(unfinished.join(QStringLiteral("\n  ")))));
    }

    void placeholdersSurvive_data() {
        QTest::addColumn<QString>("ts");
        QTest::newRow("zh_CN") << QStringLiteral("certphoto_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("certphoto_en.ts");
    }
    void placeholdersSurvive() {
        QFETCH(QString, ts);
        QStringList wrong;
        for (const auto& m : readTs(QStringLiteral(CERTPHOTO_TS_DIR "/") + ts)) {
            const auto expected = placeholders(m.source);
            for (const QString& t : m.translations) {
                if (t.isEmpty())
                    continue; // untranslated English: Qt shows the source
                auto found = placeholders(t);
                // A numerus form may leave %n out (a form for exactly one thing), never add one.
                if (found != expected && !(found + QSet<QString>{QStringLiteral("%n")} == expected))
                    wrong << QStringLiteral("%1 → \"%2\"").arg(describe(m), t.left(80));
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("placeholders differ:\n  ") + wrong.join(QStringLiteral("\n  "))));
    }

    // The test itself can fail: a message made unfinished and one with a dropped %1 are both caught.
    void catchesAnUnfinishedMessageAndADroppedPlaceholder() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"zh_CN\"><context>"
                "<name>X</name><message><source>Save %1</source><translation>保存</translation></message>"
                "<message><source>Open</source><translation type=\"unfinished\"></translation></message>"
                "</context></TS>");
        f.close();
        const auto messages = readTs(path);
        QCOMPARE(messages.size(), std::size_t(2));
        QCOMPARE(messages[0].context, QStringLiteral("X"));
        QVERIFY(placeholders(messages[0].source) != placeholders(messages[0].translations.front()));
        QCOMPARE(messages[1].type, QStringLiteral("unfinished"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
