#include "history.h"

#include "people.h"

#include <certphoto/common/privacy.h>
#include <certphoto/store/history.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>
#include <random>

namespace certphoto::demo {

namespace {

struct DemoAuditor {
    const char* login;
    double medianSeconds; // handling time on screen
    double dailyVolume;   // decisions on a full working day
    int overrulePercent;  // approves this share of the photos the core failed
};

// demo_auditor3 overrules the core far more than the other two.
const DemoAuditor kAuditors[] = {
    {"demo_auditor1", 18, 130, 8},
    {"demo_auditor2", 26, 100, 12},
    {"demo_auditor3", 22, 115, 40},
};

// Decisions per hour of an office day (Shanghai): 8:30 start, a dip at lunch, a few after 18:00.
const int kHourWeights[24] = {0, 0, 0, 0, 0, 0, 0, 0, 3, 9, 10, 8, 2, 5, 9, 9, 8, 5, 1, 0, 0, 0, 0, 0};

// What auditors reject a photo for that the core cannot see.
const char* const kUnseen[] = {"ears.hidden",    "jewellery",          "hair.covering", "head.covering",
                               "glasses.tinted", "photo.not_standard", "makeup",        "photo.reprint"};

constexpr int kBatch = 500;

int pickWeighted(std::mt19937_64& rng, const int* weights, int n) {
    int total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    int r = std::uniform_int_distribution<int>(0, total - 1)(rng);
    for (int i = 0; i < n; ++i) {
        r -= weights[i];
        if (r < 0)
            return i;
    }
    return n - 1;
}

bool chance(std::mt19937_64& rng, int percent) {
    return std::uniform_int_distribution<int>(0, 99)(rng) < percent;
}

} // namespace

QStringList failingReasonCodes(const QByteArray& reportJson) {
    QStringList out;
    const QJsonArray checks = QJsonDocument::fromJson(reportJson).object().value(u"checks").toArray();
    for (const QJsonValue& v : checks) {
        const QJsonObject o = v.toObject();
        const QString reason = o.value(u"reason").toString();
        if (o.value(u"status").toString() == QLatin1String("fail") && !reason.isEmpty() &&
            !out.contains(reason))
            out << reason;
    }
    return out;
}

int fillHistory(store::Connection& c, int days, std::uint64_t seed,
                const std::vector<HistoryTemplate>& templates, const std::vector<SchoolShare>& schools,
                const QDateTime& now, HistoryStats& stats) {
    if (days <= 0 || templates.empty() || schools.empty())
        return 0;
    std::mt19937_64 rng(seed * 0xD1B54A32D192ED03ULL + 0x48157ULL);
    std::vector<int> schoolWeights;
    for (const auto& s : schools)
        schoolWeights.push_back(s.weight);
    const QDate todayShanghai = now.addSecs(8 * 3600).date();
    std::vector<store::HistoryDecision> batch;
    auto flush = [&]() -> bool {
        if (batch.empty())
            return true;
        auto done = store::importDecidedHistory(c, batch);
        if (!done) {
            std::fprintf(stderr, "certphoto-demo: storing the history failed: %s\n",
                         privacy::scrub(QString::fromStdString(done.error().message)).toUtf8().constData());
            return false;
        }
        stats.recorded += *done;
        batch.clear();
        return true;
    };

    for (int back = days; back >= 1; --back) {
        const QDate day = todayShanghai.addDays(-back);
        const bool weekend = day.dayOfWeek() >= 6;
        // A few days the queue ran behind (an exam office's deadline week): decisions a day later than usual.
        const bool behind = (day.toJulianDay() + static_cast<qint64>(seed)) % 9 == 4;
        for (std::size_t ai = 0; ai < std::size(kAuditors); ++ai) {
            const DemoAuditor& a = kAuditors[ai];
            if (weekend ? !chance(rng, 25) : !chance(rng, 95))
                continue; // off that day
            const double volume = a.dailyVolume * (weekend ? 0.3 : 1.0) *
                                  std::uniform_real_distribution<double>(0.8, 1.15)(rng);
            const int n = static_cast<int>(volume);
            for (int i = 0; i < n; ++i) {
                const int hour = pickWeighted(rng, kHourWeights, 24);
                const int second = std::uniform_int_distribution<int>(0, 3599)(rng);
                // Shanghai is UTC+8 all year.
                const QDateTime decided = QDateTime(day, QTime(hour, 0), Qt::UTC).addSecs(second - 8 * 3600);
                // Arrival to decision: hours usually, more than a day when the queue ran behind.
                std::lognormal_distribution<double> wait(std::log(behind ? 26.0 : 5.0), behind ? 0.35 : 0.9);
                const double hours = std::min(behind ? 60.0 : 40.0, std::max(0.1, wait(rng)));
                const QDateTime arrived = decided.addSecs(-static_cast<qint64>(hours * 3600));

                const HistoryTemplate& t =
                    templates[std::uniform_int_distribution<std::size_t>(0, templates.size() - 1)(rng)];
                store::HistoryDecision h;
                bool approve;
                if (t.coreVerdict == QLatin1String("fail"))
                    approve = chance(rng, a.overrulePercent);
                else if (t.coreVerdict == QLatin1String("review"))
                    approve = chance(rng, 70);
                else
                    approve = chance(rng, 93);
                h.decision = approve ? store::Decision::Approve : store::Decision::Reject;
                if (!approve) {
                    // Mostly what the core found; else something it cannot see (or, rarely, "other").
                    if (!t.failingCodes.isEmpty() && chance(rng, 85)) {
                        h.reasonCodes = t.failingCodes.mid(0, std::min<qsizetype>(2, t.failingCodes.size()));
                    } else if (chance(rng, 4)) {
                        h.reasonCodes = {QStringLiteral("other")};
                        h.note = QStringLiteral("照片上有水印");
                    } else {
                        h.reasonCodes = {QString::fromLatin1(
                            kUnseen[std::uniform_int_distribution<int>(0, std::size(kUnseen) - 1)(rng)])};
                    }
                }
                std::lognormal_distribution<double> onScreen(std::log(a.medianSeconds), 0.55);
                h.secondsSpent = static_cast<int>(std::clamp(onScreen(rng), 3.0, 600.0));

                const Person person = makePerson(rng);
                h.school = schools[static_cast<std::size_t>(pickWeighted(
                                       rng, schoolWeights.data(), static_cast<int>(schoolWeights.size())))]
                               .name;
                // From (seed, day, auditor, i): a second run skips the entries it recorded before.
                h.examNumber = QStringLiteral("H%1%2%3%4")
                                   .arg(seed % 1000, 3, 10, QLatin1Char('0'))
                                   .arg(day.toString(QStringLiteral("yyMMdd")))
                                   .arg(ai + 1)
                                   .arg(i, 4, 10, QLatin1Char('0'));
                h.applicantName = person.name;
                h.idNumber = person.idNumber;
                h.level = person.level;
                h.phone = person.phone;
                h.arrivedAt = arrived;
                h.decidedAt = std::min(decided, now.addSecs(-60));
                if (h.arrivedAt > h.decidedAt)
                    h.arrivedAt = h.decidedAt;
                h.likeSubmission = t.submissionId;
                h.auditor = QString::fromLatin1(a.login);
                batch.push_back(std::move(h));
                ++stats.planned;
                if (batch.size() == kBatch && !flush())
                    return 1;
            }
        }
        std::fprintf(stderr, "history %d/%d days\n", days - back + 1, days);
    }
    return flush() ? 0 : 1;
}

} // namespace certphoto::demo
