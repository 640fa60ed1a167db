// Grabs the first start as a new person sees it: the first-run dialog (both choices), the settings and
// the About dialog, and a sheet of the icons, in one language per run.
//   QT_QPA_PLATFORM=offscreen certphoto-setup-screenshots --lang zh|en OUTDIR
// With the pg fixture's env in CERTPHOTO_TEST_PG_ENV the About dialog shows a real server's versions.
#include "about_dialog.h"
#include "app_fixture.h"
#include "app_options.h"
#include "first_run_dialog.h"
#include "icons.h"
#include "settings_dialog.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace certphoto;

namespace {

bool save(QWidget* w, const QString& path) {
    w->show();
    QTest::qWait(200);
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = app.arguments();
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("en");
    const QString out = args.last();
    QDir().mkpath(out);
    logging::init(QStringLiteral("setup-screenshots"));
    app::installTranslators(app, lang);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    bool ok = true;

    {
        app::FirstRunDialog local;
        ok &= save(&local, out + QStringLiteral("/first-run-local-%1.png").arg(lang));
    }
    {
        app::FirstRunDialog team;
        team.findChild<QRadioButton*>(QStringLiteral("teamChoice"))->setChecked(true);
        team.findChild<QLineEdit*>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("db.exam-office.example"));
        team.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("li.wei"));
        team.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("xxxxxxxx"));
        ok &= save(&team, out + QStringLiteral("/first-run-team-%1.png").arg(lang));
        // Test connection against a host that is not there: the answer in words.
        team.findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("/nonexistent"));
        team.testConnection();
        QTest::qWait(3000);
        team.findChild<QLineEdit*>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("db.exam-office.example"));
        ok &= save(&team, out + QStringLiteral("/first-run-team-tested-%1.png").arg(lang));
    }
    {
        app::SettingsDialog settings;
        ok &= save(&settings, out + QStringLiteral("/settings-%1.png").arg(lang));
    }
    {
        std::optional<test::AppDb> db;
        std::unique_ptr<app::Database> worker;
        app::Session session;
        if (!qEnvironmentVariable("CERTPHOTO_TEST_PG_ENV").isEmpty()) {
            db.emplace(QStringLiteral("shot"));
            worker = db->connect(db->auditor, &session);
        }
        app::AboutDialog about(worker.get(), worker ? QStringLiteral("certphoto@db.exam-office.example")
                                                    : QStringLiteral("—"));
        QTest::qWait(worker ? 1500 : 100);
        ok &= save(&about, out + QStringLiteral("/about-%1.png").arg(lang));
    }
    if (lang == u"en") {
        QWidget sheet;
        auto* grid = new QGridLayout(&sheet);
        for (int id = 0; id <= int(app::IconId::Quit); ++id) {
            auto* big = new QLabel;
            big->setPixmap(app::icon(app::IconId(id)).pixmap(QSize(48, 48)));
            auto* small = new QLabel;
            small->setPixmap(app::icon(app::IconId(id)).pixmap(QSize(16, 16)));
            auto* name = new QLabel(QFileInfo(app::iconResource(app::IconId(id))).baseName());
            grid->addWidget(big, (id / 6) * 2, (id % 6) * 2);
            grid->addWidget(small, (id / 6) * 2, (id % 6) * 2 + 1);
            grid->addWidget(name, (id / 6) * 2 + 1, (id % 6) * 2, 1, 2);
        }
        auto* appIcon = new QLabel;
        appIcon->setPixmap(app::applicationIcon().pixmap(QSize(128, 128)));
        grid->addWidget(appIcon, 0, 12, 4, 1);
        ok &= save(&sheet, out + QStringLiteral("/icons.png"));
    }
    logging::shutdown();
    return ok ? 0 : 1;
}
