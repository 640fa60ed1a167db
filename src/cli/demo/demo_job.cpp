#include "demo_job.h"

#include "history.h"
#include "people.h"

#include <certphoto/common/logging.h>
#include <certphoto/common/privacy.h>
#include <certphoto/intake/analysis.h>
#include <certphoto/store/admin.h>
#include <certphoto/store/intake.h>
#include <certphoto/store/tool_database.h>
#include <certphoto/store/users.h>
#include <certphoto/synth/synth.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>
#include <array>
#include <cstdio>
#include <future>
#include <numeric>

namespace certphoto::demo {

namespace {

struct DemoSchool {
    const char16_t* name;
    const char* profile;
    int deadlineHours;
    int weight;       // share of the applicants
    const char* code; // prefix of its exam/student numbers
};

// Receivers as they appear in the notices: universities registering graduates with CHSI, and self-study
// exam offices (自考办) with their own profiles; one promises 24 hours.
const std::array<DemoSchool, 6> kSchools = {{
    {u"华北理工学院", "chsi-graduation", 48, 25, "2021101"},
    {u"江南师范大学", "chsi-graduation", 48, 20, "2021203"},
    {u"西京医科大学", "chsi-graduation", 24, 10, "2021305"},
    {u"北京市高等教育自学考试办公室", "selfstudy-degree-2020", 48, 20, "0115"},
    {u"上海市自学考试办公室", "selfstudy-degree", 48, 15, "0231"},
    {u"广东省自学考试委员会办公室", "selfstudy-degree-2020", 24, 10, "0344"},
}};

constexpr int kBatch = 250;

struct Prepared {
    std::vector<store::IncomingSubmission> submissions;
    double photoMs = 0, analysisMs = 0;
};

void say(const QString& text) {
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

std::size_t schoolFor(std::mt19937_64& rng) {
    int total = 0;
    for (const auto& s : kSchools)
        total += s.weight;
    int r = std::uniform_int_distribution<int>(0, total - 1)(rng);
    for (std::size_t i = 0; i < kSchools.size(); ++i) {
        r -= kSchools[i].weight;
        if (r < 0)
            return i;
    }
    return 0;
}

// Applicants [first, first + n): the person, the school, the arrival and the photo come from (seed, index)
// alone, so a second run with the same seed makes the same submissions (arrival times move with "now").
Prepared prepare(const DemoOptions& options, int first, int n, const QDateTime& now) {
    Prepared out;
    out.submissions.resize(static_cast<std::size_t>(n));
    std::vector<QString> profiles(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) {
        const int i = first + k;
        std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(i));
        const Person person = makePerson(rng);
        const DemoSchool& school = kSchools[schoolFor(rng)];
        store::IncomingSubmission& s = out.submissions[static_cast<std::size_t>(k)];
        s.applicantName = person.name;
        s.idNumber = person.idNumber;
        s.phone = person.phone;
        s.level = person.level;
        s.school = QString::fromUtf16(school.name);
        // The seed is part of the number: another seed invents other applicants, never the ones a person may
        // have approved already (a new photo for them would be refused and roll the batch back).
        s.examNumber =
            QString::fromLatin1(school.code) + QStringLiteral("%1%2")
                                                   .arg(options.seed % 1000, 3, 10, QLatin1Char('0'))
                                                   .arg(i + 1, 6, 10, QLatin1Char('0'));
        // Spread over the school's own promise, more in the daytime (China time) than at night, and a little
        // past it (1/20 of the window): a queue being kept up with, a few photos at risk and a few overdue.
        // (Spread over 48 h for every school, a quarter of the demo queue opened overdue.)
        const qint64 window = qint64(school.deadlineHours) * 3600 * 21 / 20;
        qint64 secondsAgo = std::uniform_int_distribution<qint64>(0, window - 1)(rng);
        const int hourShanghai = now.addSecs(-secondsAgo + 8 * 3600).time().hour();
        if (hourShanghai < 7 && std::uniform_int_distribution<int>(0, 2)(rng) != 0)
            secondsAgo = (secondsAgo + 9 * 3600) % window;
        s.arrivedAt = now.addSecs(-secondsAgo);
        s.profile = QString::fromLatin1(school.profile);
        profiles[static_cast<std::size_t>(k)] = s.profile;
    }

    QElapsedTimer t;
    t.start();
    std::vector<int> indices(static_cast<std::size_t>(n));
    std::iota(indices.begin(), indices.end(), 0);
    std::vector<QByteArray> photos(static_cast<std::size_t>(n));
    QtConcurrent::blockingMap(indices, [&](int k) {
        // Made for the school's profile: its compliant files land in that profile's size range.
        const auto photo =
            synth::makeDemoPhoto(options.seed * 1000003ULL + static_cast<std::uint64_t>(first + k),
                                 profiles[static_cast<std::size_t>(k)].toStdString());
        photos[static_cast<std::size_t>(k)] = QByteArray(reinterpret_cast<const char*>(photo.jpeg.data()),
                                                         static_cast<qsizetype>(photo.jpeg.size()));
    });
    out.photoMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    t.restart();
    auto analyses = intake::analyzePhotos(photos, profiles);
    out.analysisMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    for (std::size_t k = 0; k < out.submissions.size(); ++k) {
        out.submissions[k].photo = std::move(photos[k]);
        if (analyses)
            intake::attach(out.submissions[k], std::move((*analyses)[k]));
    }
    if (!analyses)
        logging::error(QStringLiteral("demo photos stored without a report: %1")
                           .arg(QString::fromStdString(analyses.error().message)));
    return out;
}

void createDemoUsers(store::Connection& c) {
    struct DemoUser {
        const char* login;
        store::Role role;
    };
    const DemoUser users[] = {{"demo_auditor1", store::Role::Auditor},
                              {"demo_auditor2", store::Role::Auditor},
                              {"demo_auditor3", store::Role::Auditor},
                              {"demo_supervisor", store::Role::Supervisor}};
    say(QStringLiteral("demo users (login / password, shown this once):"));
    for (const auto& u : users) {
        // Random from the system's generator, never from the seed: the same seed on another installation
        // must not give the same working password. A second run leaves existing users as they are.
        static const char letters[] = "abcdefghjkmnpqrstuvwxyz23456789";
        QString password;
        for (int i = 0; i < 12; ++i)
            password += QLatin1Char(letters[QRandomGenerator::system()->bounded(int(sizeof letters - 1))]);
        const QString login = QString::fromLatin1(u.login);
        auto made = store::createUser(c, login, password, u.role);
        if (made)
            say(QStringLiteral("  %1 / %2  (%3)").arg(login, password, store::roleGroupName(u.role)));
        else if (made.error().code == "user.exists")
            say(QStringLiteral("  %1  (%2, existed already; its password is unchanged)")
                    .arg(login, store::roleGroupName(u.role)));
        else
            say(QStringLiteral("  %1: not created: %2")
                    .arg(login, QString::fromStdString(made.error().message)));
    }
}

} // namespace

int runDemo(const DemoOptions& options) {
    QElapsedTimer total;
    total.start();
    store::ToolDatabase db;
    if (auto opened = store::openToolDatabase(db, options.database, QStringLiteral("demo"), true); !opened) {
        std::fprintf(stderr, "certphoto-demo: %s\n",
                     privacy::scrub(QString::fromStdString(opened.error().message)).toUtf8().constData());
        return 3;
    }
    store::Connection& c = *db.connection;
    for (const auto& s : kSchools) {
        auto made = store::upsertSchool(c, QString::fromUtf16(s.name), QString::fromLatin1(s.profile),
                                        s.deadlineHours);
        if (!made) {
            std::fprintf(stderr, "certphoto-demo: %s\n", made.error().message.c_str());
            return 1;
        }
    }
    say(QStringLiteral("%1 schools ready").arg(kSchools.size()));
    if (options.createUsers)
        createDemoUsers(c);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    int counts[4] = {0, 0, 0, 0};
    std::vector<HistoryTemplate> templates; // the first batch: the history copies their photos and reports
    double photoMs = 0, analysisMs = 0, storeMs = 0;
    // The next batch is made and analyzed on the thread pool while this thread stores the previous one.
    auto next = std::async(std::launch::async, prepare, options, 0, std::min(kBatch, options.count), now);
    for (int first = 0; first < options.count; first += kBatch) {
        Prepared batch = next.get();
        const int following = first + kBatch;
        if (following < options.count)
            next = std::async(std::launch::async, prepare, options, following,
                              std::min(kBatch, options.count - following), now);
        photoMs += batch.photoMs;
        analysisMs += batch.analysisMs;
        QElapsedTimer t;
        t.start();
        auto stored = store::storeSubmissions(c, batch.submissions);
        storeMs += static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!stored) {
            std::fprintf(stderr, "certphoto-demo: storing submissions %d-%d failed: %s\n", first + 1,
                         first + static_cast<int>(batch.submissions.size()),
                         privacy::scrub(QString::fromStdString(stored.error().message)).toUtf8().constData());
            if (next.valid())
                next.wait();
            return 1;
        }
        for (const auto& r : *stored)
            ++counts[static_cast<int>(r.outcome)];
        for (std::size_t k = 0; first == 0 && k < stored->size(); ++k)
            if (!batch.submissions[k].coreVerdict.isEmpty())
                templates.push_back({(*stored)[k].submissionId, batch.submissions[k].coreVerdict,
                                     failingReasonCodes(batch.submissions[k].reportJson)});
        std::fprintf(stderr, "stored %d/%d\n", first + static_cast<int>(batch.submissions.size()),
                     options.count);
    }
    if (options.historyDays > 0) {
        QElapsedTimer t;
        t.start();
        std::vector<SchoolShare> shares;
        for (const auto& s : kSchools)
            shares.push_back({QString::fromUtf16(s.name), s.weight});
        HistoryStats history;
        if (fillHistory(c, options.historyDays, options.seed, templates, shares, now, history) != 0)
            return 1;
        say(QStringLiteral("history: %1 past days, %2 decisions recorded (%3 planned) in %4 s")
                .arg(options.historyDays)
                .arg(history.recorded)
                .arg(history.planned)
                .arg(static_cast<double>(t.nsecsElapsed()) / 1e9, 0, 'f', 1));
    }
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    say(QStringLiteral("submissions: created %1, replaced %2, next attempt %3, duplicate %4")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]));
    say(QStringLiteral(
            "%1 submissions in %2 s (making photos %3 s, analyzing %4 s — both on all cores, overlapped "
            "with storing %5 s)")
            .arg(options.count)
            .arg(seconds, 0, 'f', 1)
            .arg(photoMs / 1000, 0, 'f', 1)
            .arg(analysisMs / 1000, 0, 'f', 1)
            .arg(storeMs / 1000, 0, 'f', 1));
    logging::info(
        QStringLiteral("demo data: %1 submissions in %2 s").arg(options.count).arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace certphoto::demo
