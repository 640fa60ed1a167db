// A client the fault tests can kill: it claims a submission (or joins the private cluster), says so on
// stdout, and waits to be killed with SIGKILL, like a workstation that crashed.
//   store-test-helper claim CONNINFO
//   store-test-helper hold-cluster DATA_ROOT
#include <certphoto/common/logging.h>
#include <certphoto/store/private_cluster.h>
#include <certphoto/store/queue.h>

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    certphoto::logging::init(QStringLiteral("store-test-helper"));
    if (args.at(1) == QLatin1String("claim")) {
        auto c = certphoto::store::Connection::open({args.at(2), {}}, QStringLiteral("helper"));
        if (!c)
            return 1;
        auto lease = certphoto::store::claimNext(*c);
        if (!lease || !lease->has_value())
            return 1;
        std::printf("%lld\n", static_cast<long long>((*lease)->submissionId));
    } else if (args.at(1) == QLatin1String("hold-cluster")) {
        auto cluster = certphoto::store::PrivateCluster::acquire(args.at(2));
        if (!cluster) {
            std::fprintf(stderr, "%s\n", cluster.error().message.c_str());
            return 1;
        }
        std::printf("ready\n");
        std::fflush(stdout);
        QThread::sleep(600);
        return 0;
    } else {
        return 2;
    }
    std::fflush(stdout);
    QThread::sleep(600); // killed long before
    return 0;
}
