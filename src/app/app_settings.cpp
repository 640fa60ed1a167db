#include "app_settings.h"

#include <certphoto/common/setting_value.h>
#include <certphoto/store/connection.h>

#include <QCryptographicHash>
#include <QSettings>

#include <algorithm>

namespace certphoto::app {

namespace {

QSettings settings() {
    return common::settingsFile();
}

// One group per server, named by a hash: connection strings hold '/', '=' and spaces that QSettings keys
// do not keep well, and the file need not spell out every server a person ever used.
QString serverKey(const QString& server) {
    if (server.trimmed().isEmpty())
        return QStringLiteral("private");
    return QString::fromLatin1(
        QCryptographicHash::hash(server.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

const QString kSetupDone = QStringLiteral("setup/done");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDateStyle = QStringLiteral("ui/dateStyle");

const QString kAdvance = QStringLiteral("review/approveAdvances");
const QString kGridSize = QStringLiteral("review/gridPageSize");

} // namespace

QString AppSettings::keys(const QString& command) {
    return settings().value(QStringLiteral("keys/") + command).toString();
}

void AppSettings::setKeys(const QString& command, const QString& keys) {
    if (keys.isEmpty())
        settings().remove(QStringLiteral("keys/") + command);
    else
        settings().setValue(QStringLiteral("keys/") + command, keys);
}

bool AppSettings::approveAdvances() {
    return settings().value(kAdvance, false).toBool();
}

void AppSettings::setApproveAdvances(bool on) {
    settings().setValue(kAdvance, on);
}

int AppSettings::gridPageSize() {
    return std::clamp(settings().value(kGridSize, 12).toInt(), 1, 12);
}

void AppSettings::setGridPageSize(int n) {
    settings().setValue(kGridSize, std::clamp(n, 1, 12));
}

bool AppSettings::setupDone() {
    return settings().value(kSetupDone, false).toBool();
}

void AppSettings::setSetupDone(bool done) {
    settings().setValue(kSetupDone, done);
}

QString AppSettings::server() {
    return store::ConnectionSettings::savedServer().get();
}

void AppSettings::setServer(const QString& connInfo) {
    const auto& saved = store::ConnectionSettings::savedServer();
    if (connInfo.trimmed().isEmpty())
        saved.remove();
    else
        saved.set(connInfo.trimmed());
}

QString AppSettings::lastLogin(const QString& server) {
    return settings().value(QStringLiteral("login/%1/user").arg(serverKey(server))).toString();
}

void AppSettings::setLastLogin(const QString& server, const QString& login) {
    settings().setValue(QStringLiteral("login/%1/user").arg(serverKey(server)), login);
}

QString AppSettings::language() {
    const QString l = settings().value(kLanguage).toString();
    return l == u"zh" || l == u"en" ? l : QString();
}

void AppSettings::setLanguage(const QString& language) {
    if (language == u"zh" || language == u"en")
        settings().setValue(kLanguage, language);
    else
        settings().remove(kLanguage);
}

DateStyle AppSettings::dateStyle() {
    return settings().value(kDateStyle).toString() == u"system" ? DateStyle::System : DateStyle::Iso;
}

void AppSettings::setDateStyle(DateStyle style) {
    settings().setValue(kDateStyle,
                        style == DateStyle::System ? QStringLiteral("system") : QStringLiteral("iso"));
}

QString AppSettings::fileName() {
    return settings().fileName();
}

} // namespace certphoto::app
