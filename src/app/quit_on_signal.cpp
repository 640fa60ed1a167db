// The self-pipe pattern: a signal handler may only do async-signal-safe things, so it writes the signal's
// number into a socket, and the event loop reads it and quits like any other event.
#include "quit_on_signal.h"

#include <certphoto/common/logging.h>

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace certphoto::app {

namespace {

int pipeFds[2] = {-1, -1};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int number) {
    const unsigned char byte = static_cast<unsigned char>(number);
    // Nothing to do on failure: a full socket already holds a signal the loop will read.
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[0], &byte, 1);
}

} // namespace

QuitOnSignal::QuitOnSignal(QObject* parent) : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeFds) != 0) {
        logging::warning(QStringLiteral("signals: no socket pair; SIGTERM will end the program abruptly"));
        return;
    }
    notifier_ = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &QuitOnSignal::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : kSignals)
        ::sigaction(number, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal() {
    if (!notifier_)
        return;
    for (int number : kSignals)
        std::signal(number, SIG_DFL);
    delete notifier_;
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
}

void QuitOnSignal::readSignal() {
    unsigned char byte = 0;
    if (::read(pipeFds[1], &byte, 1) != 1)
        return;
    logging::info(QStringLiteral("signal %1: closing as if the window were closed").arg(int(byte)));
    emit received(int(byte));
    QCoreApplication::quit();
}

} // namespace certphoto::app
