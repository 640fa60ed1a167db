// certphoto: the reviewer workstation.
#include "app_controller.h"
#include "app_options.h"
#include "quit_on_signal.h"

#include <certphoto/common/logging.h>

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("certphoto"));
    QApplication::setApplicationName(QStringLiteral("certphoto"));
    QApplication::setApplicationVersion(QStringLiteral(CERTPHOTO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certphoto.png")));
    // --help and --version exit here, before the logger starts (nothing to flush).
    const certphoto::app::AppOptions options = certphoto::app::parseOptions(app);
    certphoto::logging::init(QStringLiteral("certphoto"));
    certphoto::app::installTranslators(app, options.language);
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
