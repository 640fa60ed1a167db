#include "app_fixture.h"

#include "conninfo.h"

#include <certphoto/core/analysis.h>
#include <certphoto/core/profile.h>
#include <certphoto/synth/synth.h>

#include <map>
#include <mutex>

#include <QDir>
#include <QFile>
#include <QTest>

namespace certphoto::test {

store::IncomingSubmission analysedFace(int n) {
    const QDir faces(qEnvironmentVariable("CERTPHOTO_TEST_DATA") + QStringLiteral("/faces"));
    const QStringList files = faces.entryList(
        {QStringLiteral("portrait-plain*.jpg"), QStringLiteral("grace*.jpg")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        qFatal("no face fixtures in %s", qPrintable(faces.path()));
    QFile f(faces.filePath(files.at(n % files.size())));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    store::IncomingSubmission s = incoming(n);
    s.photo = f.readAll();
    if (n >= files.size()) // the same file twice for one applicant would be a duplicate; vary the bytes
        s.photo.append(QByteArray::number(n));
    const std::vector<std::uint8_t> bytes(s.photo.begin(), s.photo.end());
    auto profile = core::loadProfile("chsi-graduation");
    if (!profile)
        qFatal("profile: %s", profile.error().message.c_str());
    const core::Report report = core::analyze(bytes, *profile);
    s.reportJson = QByteArray::fromStdString(core::toJson(report));
    s.maskPng =
        QByteArray(reinterpret_cast<const char*>(report.maskPng.data()), qsizetype(report.maskPng.size()));
    s.coreVerdict = QString::fromLatin1(core::verdictName(report.verdict));
    s.coreVersion = QString::fromLatin1(core::coreVersion());
    s.profile = QStringLiteral("chsi-graduation");
    return s;
}

store::IncomingSubmission analysedSynth(int n, const std::string& defect) {
    // One photo per person (and defect), analysed once; later submissions reuse its report with bytes
    // made unique by a trailing comment after the image (the decoder stops at its end marker).
    static std::mutex lock;
    static std::map<std::string, store::IncomingSubmission> made;
    // Not the person in a naval cap: the synth makes her only as a head-covering case.
    const std::vector<std::string> persons = {"portrait-child", "portrait-plain-light",
                                              "portrait-plain-beige"};
    const std::string person = persons[size_t(n) % persons.size()];
    const std::string key = person + '/' + defect;
    store::IncomingSubmission base;
    {
        std::lock_guard<std::mutex> guard(lock);
        auto it = made.find(key);
        if (it == made.end()) {
            synth::Request request;
            request.person = person;
            request.background = synth::kLightBlue;
            request.defect = defect;
            request.seed = 7;
            auto photo = synth::make(request);
            if (!photo)
                qFatal("synth: %s", photo.error().message.c_str());
            store::IncomingSubmission s;
            s.photo = QByteArray(reinterpret_cast<const char*>(photo->bytes.data()),
                                 qsizetype(photo->bytes.size()));
            auto profile = core::loadProfile("chsi-graduation");
            if (!profile)
                qFatal("profile: %s", profile.error().message.c_str());
            const core::Report report = core::analyze(photo->bytes, *profile);
            s.reportJson = QByteArray::fromStdString(core::toJson(report));
            s.maskPng = QByteArray(reinterpret_cast<const char*>(report.maskPng.data()),
                                   qsizetype(report.maskPng.size()));
            s.coreVerdict = QString::fromLatin1(core::verdictName(report.verdict));
            it = made.emplace(key, s).first;
        }
        base = it->second;
    }
    store::IncomingSubmission s = incoming(n);
    s.photo = base.photo + QByteArray("synth-") + QByteArray::number(n) + QByteArray(defect.c_str());
    s.reportJson = base.reportJson;
    s.maskPng = base.maskPng;
    s.coreVerdict = base.coreVerdict;
    s.coreVersion = QString::fromLatin1(core::coreVersion());
    s.profile = QStringLiteral("chsi-graduation");
    return s;
}

void AppDb::importSynth(int count, const std::string& defect, int first) {
    auto admin = store.open(store.adminLogin);
    std::vector<store::IncomingSubmission> batch;
    for (int i = 0; i < count; ++i)
        batch.push_back(analysedSynth(first + i, defect));
    auto r = store::storeSubmissions(admin, batch);
    if (!r)
        qFatal("import failed: %s", r.error().message.c_str());
    for (const store::IntakeResult& i : *r)
        submissionIds.push_back(i.submissionId);
}

AppDb::AppDb(const QString& prefix) : store(prefix) {
    auditor = store.makeUser(store::Role::Auditor);
}

void AppDb::importFaces(int count) {
    auto admin = store.open(store.adminLogin);
    std::vector<store::IncomingSubmission> batch;
    for (int i = 0; i < count; ++i)
        batch.push_back(analysedFace(i));
    auto r = store::storeSubmissions(admin, batch);
    if (!r)
        qFatal("import failed: %s", r.error().message.c_str());
    for (const store::IntakeResult& i : *r)
        submissionIds.push_back(i.submissionId);
}

std::unique_ptr<app::Database> AppDb::connect(const QString& login, app::Session* session) const {
    const auto& server = store.scratch.server();
    auto db = std::make_unique<app::Database>(store::ConnectionSettings{
        server.connInfo(store.scratch.name(), login), QStringLiteral("pw-") + login});
    bool done = false;
    QString error;
    QObject context;
    db->run<app::Session>(
        &context, {QStringLiteral("log in"), 0, app::Retry::No},
        [](store::Connection& c) { return app::openSession(c); },
        [&](Result<app::Session> r) {
            done = true;
            if (r)
                *session = std::move(r.value());
            else
                error = QString::fromStdString(r.error().code + ": " + r.error().message);
        });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qFatal("login did not answer");
    if (!error.isEmpty())
        qFatal("login failed: %s", qPrintable(error));
    session->serverText = app::describeServer(server.connInfo(store.scratch.name(), login));
    return db;
}

} // namespace certphoto::test
