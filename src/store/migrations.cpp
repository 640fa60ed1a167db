#include <certphoto/store/migrations.h>

#include "internal/sql.h"

#include <certphoto/common/logging.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace certphoto::store {

namespace {

// Any constant will do, as long as every certphoto client uses the same one.
constexpr qint64 kMigrationLock = 0x63657274'70686f74; // "certphot"

struct Migration {
    int version = 0;
    QString file;
};

// The migrations shipped in the library (Qt resource), by number: 0001_name.sql is version 1.
std::vector<Migration> bundled() {
    static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    std::map<int, QString> byVersion;
    const QDir dir(QStringLiteral(":/certphoto/migrations"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = numbered.match(name);
        if (m.hasMatch())
            byVersion[m.captured(1).toInt()] = dir.filePath(name);
    }
    std::vector<Migration> out;
    for (const auto& [v, f] : byVersion)
        out.push_back({v, f});
    return out;
}

class AdvisoryLock {
public:
    explicit AdvisoryLock(Connection& c) : c_(c) {}
    Result<void> take() {
        auto r = detail::run(c_, QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLock},
                             QStringLiteral("waiting for the migration lock"));
        if (!r)
            return r.error();
        held_ = true;
        return {};
    }
    ~AdvisoryLock() {
        if (held_)
            (void)detail::run(c_, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLock});
    }

private:
    Connection& c_;
    bool held_ = false;
};

} // namespace

int knownSchemaVersion() {
    const auto all = bundled();
    return all.empty() ? 0 : all.back().version;
}

Result<int> schemaVersion(Connection& c) {
    auto exists = detail::run(c, QStringLiteral("SELECT to_regclass('certphoto.schema_version') IS NOT NULL"),
                              {}, QStringLiteral("reading the schema version"));
    if (!exists)
        return exists.error();
    if (!exists->next() || !exists->value(0).toBool())
        return 0;
    auto v = detail::run(c, QStringLiteral("SELECT coalesce(max(version), 0) FROM certphoto.schema_version"),
                         {}, QStringLiteral("reading the schema version"));
    if (!v)
        return v.error();
    return v->next() ? v->value(0).toInt() : 0;
}

namespace {
Error schemaTooNew(int current, int known) {
    return makeError("schema.too_new",
                     QStringLiteral("the database schema is version %1, newer than this program knows (%2): "
                                    "update the program")
                         .arg(current)
                         .arg(known)
                         .toStdString());
}
} // namespace

Result<int> upgradeSchema(Connection& c) {
    AdvisoryLock lock(c);
    if (auto r = lock.take(); !r)
        return r.error();
    auto current = schemaVersion(c);
    if (!current)
        return current.error();
    const int known = knownSchemaVersion();
    if (*current > known)
        return schemaTooNew(*current, known);
    for (const Migration& m : bundled()) {
        if (m.version <= *current)
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError("schema.missing_migration",
                             ("cannot read the bundled migration " + m.file).toStdString());
        const QString sql = QString::fromUtf8(f.readAll());
        QSqlDatabase db = c.db();
        if (!db.transaction())
            return detail::errorFrom(db.lastError(), db,
                                     QStringLiteral("starting migration %1").arg(m.version));
        auto applied = detail::runScript(c, sql, QStringLiteral("migration %1").arg(m.version));
        if (applied)
            applied = detail::runScript(
                c,
                QStringLiteral("INSERT INTO certphoto.schema_version (version) VALUES (%1)").arg(m.version),
                QStringLiteral("recording migration %1").arg(m.version));
        if (!applied) {
            db.rollback();
            return applied.error();
        }
        if (!db.commit())
            return detail::errorFrom(db.lastError(), db,
                                     QStringLiteral("committing migration %1").arg(m.version));
        logging::info(QStringLiteral("store: applied schema migration %1").arg(m.version));
    }
    return known;
}

Result<void> checkSchema(Connection& c) {
    auto current = schemaVersion(c);
    if (!current)
        return current.error();
    const int known = knownSchemaVersion();
    if (*current < known)
        return makeError(
            "schema.too_old",
            QStringLiteral("the database schema is version %1, older than this program needs (%2): "
                           "an administrator must run \"certphoto-admin upgrade\"")
                .arg(*current)
                .arg(known)
                .toStdString());
    if (*current > known)
        return schemaTooNew(*current, known);
    return {};
}

} // namespace certphoto::store
