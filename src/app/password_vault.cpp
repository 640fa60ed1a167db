#include "password_vault.h"

#include <certphoto/common/logging.h>

#include <qt6keychain/keychain.h>

namespace certphoto::app {

namespace {

const QString kService = QStringLiteral("certphoto");

PasswordVault::Answer answerOf(const QKeychain::Job* job) {
    PasswordVault::Answer a;
    switch (job->error()) {
    case QKeychain::NoError:
        a.outcome = PasswordVault::Outcome::Done;
        return a;
    case QKeychain::EntryNotFound:
        a.outcome = PasswordVault::Outcome::NotFound;
        return a;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        a.outcome = PasswordVault::Outcome::NoKeychain;
        a.message =
            PasswordVault::tr("No keychain service is running on this computer, so the password is not "
                              "kept: you will be asked for it at each login.");
        break;
    default:
        // QtKeychain reports a missing D-Bus session or Secret Service as OtherError on Linux.
        a.outcome = PasswordVault::Outcome::NoKeychain;
        a.message = PasswordVault::tr("The system keychain could not be used, so the password is not kept: "
                                      "you will be asked for it at each login.");
        break;
    }
    // The keychain's own text names the backend, never the password.
    logging::info(QStringLiteral("keychain: %1 (%2)").arg(job->errorString()).arg(int(job->error())));
    return a;
}

template <class Job> Job* makeJob(QObject* parent, const QString& key) {
    auto* job = new Job(kService, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a file next to the settings
    job->setKey(key);
    return job;
}

} // namespace

PasswordVault::PasswordVault(QObject* parent) : QObject(parent) {}

QString PasswordVault::keyFor(const QString& server, const QString& login) {
    return login + QLatin1Char('@') + server.trimmed();
}

void PasswordVault::store(const QString& server, const QString& login, const QString& password,
                          std::function<void(Answer)> done) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(this, keyFor(server, login));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) { done(answerOf(j)); });
    job->start();
}

void PasswordVault::fetch(const QString& server, const QString& login, std::function<void(Answer)> done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, keyFor(server, login));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        Answer a = answerOf(j);
        if (a.outcome == Outcome::Done)
            a.password = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        done(a);
    });
    job->start();
}

void PasswordVault::forget(const QString& server, const QString& login, std::function<void(Answer)> done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(this, keyFor(server, login));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) { done(answerOf(j)); });
    job->start();
}

} // namespace certphoto::app
