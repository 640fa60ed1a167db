// certphoto: the reviewer workstation.
#include "app_controller.h"
#include "app_options.h"
#include "app_settings.h"
#include "date_format.h"
#include "icons.h"
#include "quit_on_signal.h"

#include <certphoto/common/logging.h>
#include <certphoto/core/allocator.h>

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[]) {
    certphoto::core::keepFreedMemoryForReuse(); // a photo after another without page faults
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("certphoto"));
    QApplication::setApplicationName(QStringLiteral("certphoto"));
    QApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));
    QApplication::setWindowIcon(certphoto::app::applicationIcon());
    // --help and --version exit here, before the logger starts (nothing to flush).
    const certphoto::app::AppOptions options = certphoto::app::parseOptions(app);
    certphoto::logging::init(QStringLiteral("certphoto"));
    // --lang, else the language chosen in the settings, else the system's.
    certphoto::app::installTranslators(
        app, options.language.isEmpty() ? certphoto::app::AppSettings::language() : options.language);
    certphoto::app::useDateStyle(certphoto::app::AppSettings::dateStyle());
    certphoto::logging::info(QStringLiteral("certphoto %1 starting").arg(QStringLiteral(CERTPHOTO_VERSION)));

    int rc = 0;
    certphoto::app::QuitOnSignal quitOnSignal;
    {
        certphoto::app::AppController controller(options);
        QObject::connect(&controller, &certphoto::app::AppController::quit, &app, &QApplication::quit,
                         Qt::QueuedConnection);
        controller.start();
        rc = QApplication::exec();
    } // the controller gives back leases and lets the private cluster go before logging stops
    certphoto::logging::info(QStringLiteral("certphoto exiting"));
    certphoto::logging::shutdown();
    return rc;
}
