#include <certphoto/store/migrations.h>

#include "detail/sql.h"

#include <certphoto/common/logging.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace certphoto::store {

namespace {

// Before schema 10 the upgrade lock was this advisory lock, which any login can take too; it is still
// taken while the owner-only table certphoto.migration_lock does not exist yet (a new or old database).
constexpr qint64 kMigrationLock = 0x63657274'70686f74; // "certphot"

struct Migration {
    int version = 0;
    QString file;
    QString sql;
    QString checksum; // SHA-256 of the file's bytes, hex
    int oldestClient = 0;
};

// "-- certphoto:oldest-client N": clients that know schema N or later still work after this migration
// (it only adds). Without the line a migration is taken to need clients that know it.
int oldestClientOf(const QString& sql, int version) {
    static const QRegularExpression line(QStringLiteral("^-- certphoto:oldest-client (\\d+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    const auto m = line.match(sql);
    return m.hasMatch() ? std::min(m.captured(1).toInt(), version) : version;
}

// The migrations shipped in the library (Qt resource), by number: 0001_name.sql is version 1.
const std::vector<Migration>& bundled() {
    static const std::vector<Migration> all = [] {
        static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        std::map<int, QString> byVersion;
        const QDir dir(QStringLiteral(":/certphoto/migrations"));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = numbered.match(name);
            if (m.hasMatch())
                byVersion[m.captured(1).toInt()] = dir.filePath(name);
        }
        std::vector<Migration> out;
        for (const auto& [v, f] : byVersion) {
            QFile file(f);
            Migration m;
            m.version = v;
            m.file = QFileInfo(f).fileName();
            if (!file.open(QIODevice::ReadOnly)) {
                out.push_back(std::move(m)); // no sql: applyNext refuses it (schema.missing_migration)
                continue;
            }
            const QByteArray bytes = file.readAll();
            m.sql = QString::fromUtf8(bytes);
            m.checksum =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            m.oldestClient = oldestClientOf(m.sql, v);
            out.push_back(std::move(m));
        }
        return out;
    }();
    return all;
}

const Migration* bundledVersion(int version) {
    for (const Migration& m : bundled())
        if (m.version == version)
            return &m;
    return nullptr;
}

// What the database says about its schema.
struct SchemaState {
    int version = 0;
    int oldestClient = 0;     // the oldest client version that can use it
    bool bookkeeping = false; // schema_version has the checksum columns (schema 10 on)
    std::map<int, QString> checksums;
};

// Whether certphoto.<name> exists, read from pg_class with the statement's snapshot. Not to_regclass: a
// backend that waited for the upgrade lock can keep a stale (negative) catalog cache entry and not see the
// schema another upgrader has just committed.
QString tableExists(const char* name) {
    return QStringLiteral(
               "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE n.nspname = 'certphoto' AND c.relname = '%1')")
        .arg(QLatin1String(name));
}

Result<bool> exists(Connection& c, const QString& sql, const QString& what) {
    auto q = detail::run(c, sql, {}, what);
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<SchemaState> readState(Connection& c) {
    SchemaState s;
    auto table = exists(c, tableExists("schema_version"), QStringLiteral("reading the schema version"));
    if (!table)
        return table.error();
    if (!*table)
        return s;
    auto columns =
        exists(c,
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = "
                              "a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                              "n.nspname = 'certphoto' AND c.relname = 'schema_version' AND "
                              "a.attname = 'checksum' AND NOT a.attisdropped)"),
               QStringLiteral("reading the schema version"));
    if (!columns)
        return columns.error();
    s.bookkeeping = *columns;
    auto q = detail::run(
        c,
        s.bookkeeping ? QStringLiteral("SELECT version, checksum, coalesce(oldest_client, version) "
                                       "FROM certphoto.schema_version")
                      : QStringLiteral("SELECT version, NULL::text, version FROM certphoto.schema_version"),
        {}, QStringLiteral("reading the schema version"));
    if (!q)
        return q.error();
    while (q->next()) {
        const int v = q->value(0).toInt();
        s.version = std::max(s.version, v);
        s.oldestClient = std::max(s.oldestClient, q->value(2).toInt());
        if (!q->value(1).isNull())
            s.checksums[v] = q->value(1).toString();
    }
    return s;
}

Error schemaTooNew(int current, int known) {
    return makeError(
        "schema.too_new",
        QStringLiteral("the database schema is version %1, newer than this program knows (%2), and "
                       "it no longer works with this program: update the program")
            .arg(current)
            .arg(known)
            .toStdString());
}

// A migration file this program ships must be the one the database applied.
Result<void> verifyChecksums(const SchemaState& s) {
    for (const auto& [version, recorded] : s.checksums) {
        const Migration* m = bundledVersion(version);
        if (m && !m->checksum.isEmpty() && m->checksum != recorded)
            return makeError(
                "schema.checksum_mismatch",
                QStringLiteral("migration %1 in the database is not the file %2 this program "
                               "ships (checksum %3…, this program's %4…): the schema was changed "
                               "by hand or by another build; ask the administrator")
                    .arg(version)
                    .arg(m->file, recorded.left(12), m->checksum.left(12))
                    .toStdString());
    }
    return {};
}

// Takes the upgrade lock for the current transaction.
Result<void> lockForUpgrade(Connection& c) {
    const QString what = QStringLiteral("waiting for the migration lock");
    auto table = exists(c, tableExists("migration_lock"), what);
    if (!table)
        return table.error();
    if (!*table) {
        auto r = detail::run(c, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock}, what);
        if (!r)
            return r.error();
        // Another upgrader may have created the table while we waited: then it holds that lock.
        table = exists(c, tableExists("migration_lock"), what);
        if (!table)
            return table.error();
    }
    if (*table) {
        auto r = detail::runScript(
            c, QStringLiteral("LOCK TABLE certphoto.migration_lock IN ACCESS EXCLUSIVE MODE"), what);
        if (!r)
            return r.error();
    }
    return {};
}

// Records a migration just applied (and, the first time the columns exist, the earlier ones: their
// files are this program's, which is all that can be said about migrations applied before schema 10).
Result<void> record(Connection& c, const Migration& m) {
    auto inserted = detail::runScript(
        c, QStringLiteral("INSERT INTO certphoto.schema_version (version) VALUES (%1)").arg(m.version),
        QStringLiteral("recording migration %1").arg(m.version));
    if (!inserted)
        return inserted;
    auto state = readState(c);
    if (!state)
        return state.error();
    if (!state->bookkeeping)
        return {};
    for (const Migration& done : bundled()) {
        if (done.version > m.version)
            break;
        if (done.version != m.version && state->checksums.count(done.version))
            continue;
        auto r =
            detail::run(c,
                        QStringLiteral("UPDATE certphoto.schema_version SET checksum = ?, oldest_client = ? "
                                       "WHERE version = ? AND (checksum IS NULL OR version = ?)"),
                        {done.checksum, done.oldestClient, done.version, m.version},
                        QStringLiteral("recording migration %1").arg(done.version));
        if (!r)
            return r.error();
    }
    return {};
}

enum class Step { Applied, UpToDate };

// One migration in one transaction, under the lock, after reading the state again.
Result<Step> applyNext(Connection& c, int upTo) {
    QSqlDatabase db = c.db();
    if (!db.transaction())
        return detail::errorFrom(db.lastError(), db, QStringLiteral("starting a migration"));
    auto fail = [&db](Error e) -> Result<Step> {
        db.rollback();
        return e;
    };
    if (auto locked = lockForUpgrade(c); !locked)
        return fail(locked.error());
    auto state = readState(c);
    if (!state)
        return fail(state.error());
    if (auto same = verifyChecksums(*state); !same)
        return fail(same.error());
    const int known = knownSchemaVersion();
    if (state->version > known) {
        db.rollback();
        if (state->oldestClient > known)
            return schemaTooNew(state->version, known);
        return Step::UpToDate; // newer, but made to work with this program: nothing to do here
    }
    const Migration* next = nullptr;
    for (const Migration& m : bundled())
        if (m.version > state->version && m.version <= upTo) {
            next = &m;
            break;
        }
    if (!next) {
        db.rollback();
        return Step::UpToDate;
    }
    if (next->sql.isEmpty())
        return fail(makeError("schema.missing_migration",
                              ("cannot read the bundled migration " + next->file).toStdString()));
    auto applied = detail::runScript(c, next->sql, QStringLiteral("migration %1").arg(next->version));
    if (!applied)
        return fail(applied.error());
    if (auto recorded = record(c, *next); !recorded)
        return fail(recorded.error());
    if (!db.commit())
        return detail::errorFrom(db.lastError(), db,
                                 QStringLiteral("committing migration %1").arg(next->version));
    logging::info(
        QStringLiteral("store: applied schema migration %1 (%2)").arg(next->version).arg(next->file));
    return Step::Applied;
}

} // namespace

int knownSchemaVersion() {
    const auto& all = bundled();
    return all.empty() ? 0 : all.back().version;
}

Result<int> schemaVersion(Connection& c) {
    auto s = readState(c);
    if (!s)
        return s.error();
    return s->version;
}

Result<int> upgradeSchema(Connection& c, int upTo) {
    const int known = knownSchemaVersion();
    const int target = upTo <= 0 ? known : std::min(upTo, known);
    for (;;) {
        auto step = applyNext(c, target);
        if (!step)
            return step.error();
        if (*step == Step::UpToDate)
            break;
    }
    return schemaVersion(c);
}

Result<void> checkSchema(Connection& c) {
    auto s = readState(c);
    if (!s)
        return s.error();
    const int known = knownSchemaVersion();
    if (s->version < known)
        return makeError(
            "schema.too_old",
            QStringLiteral("the database schema is version %1, older than this program needs (%2): "
                           "an administrator must run \"certphoto-admin upgrade\"")
                .arg(s->version)
                .arg(known)
                .toStdString());
    if (auto same = verifyChecksums(*s); !same)
        return same;
    if (s->version > known && s->oldestClient > known)
        return schemaTooNew(s->version, known);
    return {};
}

} // namespace certphoto::store
