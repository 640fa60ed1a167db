// Not a test: messages per second through the relay (take, HTTP to a local gateway, mark) beside the same
// run's baseline of the HTTP requests alone (no database), so the relay's own cost shows.
//   CERTPHOTO_TEST_PG_ENV=build/pgtest.env bench-sms [MESSAGES] [RUNS]
// (start the cluster first: scripts/pg-test-cluster start build/pgtest.env)
#include "fake_gateway.h"
#include "outbox_fixture.h"

#include <certphoto/common/logging.h>
#include <certphoto/relay/gateway.h>
#include <certphoto/relay/relay.h>
#include <certphoto/store/outbox.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace certphoto;
using namespace certphoto::test;

namespace {

relay::GatewayConfig configFor(const FakeGateway& gw) {
    auto c = relay::parseGatewayConfig(
        QStringLiteral(
            R"({"kind":"http","url":"%1","body":{"to":"{phone}","content":"{text}"},"timeout_ms":5000})")
            .arg(gw.url())
            .toUtf8());
    if (!c)
        qFatal("config: %s", c.error().message.c_str());
    return *c;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    logging::init(QStringLiteral("bench-sms"), logging::Level::Warning);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    std::vector<double> relayRates, baseRates;
    for (int run = 0; run < runs; ++run) {
        FakeGateway gw;
        auto gateway = relay::makeGateway(configFor(gw));
        // Baseline: the same number of requests, no database.
        store::OutboxMessage m;
        m.recipient = QStringLiteral("13800000000");
        m.text = QStringLiteral("【证照审核】考生，您提交的证件照片审核成功，无需再次提交。");
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            m.outboxId = 1'000'000 + i;
            if (gateway->send(m).kind != relay::SendOutcome::Kind::Sent)
                qFatal("baseline send failed");
        }
        baseRates.push_back(n * 1000.0 / std::max<qint64>(1, t.elapsed()));

        StoreDb db(QStringLiteral("bench"));
        makeOutbox(db, n);
        auto conn = db.open(db.adminLogin);
        relay::RelayOptions options;
        options.batch = 50;
        options.once = true;
        relay::Relay r(conn, *gateway, options);
        t.restart();
        auto counts = r.run([] { return false; });
        const qint64 ms = std::max<qint64>(1, t.elapsed());
        if (!counts || counts->sent != n)
            qFatal("relay run: sent %lld of %d", counts ? static_cast<long long>(counts->sent) : -1LL, n);
        relayRates.push_back(n * 1000.0 / ms);
        std::printf("run %d: relay %.0f msg/s, HTTP alone %.0f req/s\n", run + 1, relayRates.back(),
                    baseRates.back());
        std::fflush(stdout);
    }
    const auto [rmin, rmax] = std::minmax_element(relayRates.begin(), relayRates.end());
    const auto [bmin, bmax] = std::minmax_element(baseRates.begin(), baseRates.end());
    std::printf("%d messages x %d runs: relay median %.0f msg/s (%.0f-%.0f); HTTP alone median %.0f req/s "
                "(%.0f-%.0f)\n",
                n, runs, median(relayRates), *rmin, *rmax, median(baseRates), *bmin, *bmax);
    logging::shutdown();
    return 0;
}
