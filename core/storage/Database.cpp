#include "storage/Database.h"

#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/SqliteHandle.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>

#include <sqlite3.h>

namespace ordo {

namespace {

QAtomicInteger<quint64> connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("ordo-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

constexpr int BusyTimeoutMs = 5000;
// 'ORDO' in the SQLite header's application id, so other tools can tell what the file is.
constexpr int SqliteApplicationId = 0x4F52444F;

// Looks at a SQLite file read-only, without writing a byte to it, and says whether Ordo may open it.
// Returns the schema version found (0 for an empty database).
Result<int> inspectExisting(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Database::tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    const qint64 size = file.size();
    file.close();
    if (size == 0)
        return 0;
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotOrdoDatabase,
                         Database::tr("%1 is not an Ordo database: it is not a database file at all. "
                                      "Open the .sqlite file that Ordo created, or create a new database.")
                             .arg(QDir::toNativeSeparators(path)));

    int version = 0;
    Error failure;
    bool failed = false;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        auto refuse = [&](const QString &why, ErrorCode code = ErrorCode::NotOrdoDatabase) {
            failed = true;
            failure = makeError(code, why);
        };
        if (!db.open()) {
            refuse(Database::tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                refuse(Database::tr("%1 is damaged or not a database: %2")
                           .arg(QDir::toNativeSeparators(path), q.lastError().text()));
            } else if (q.value(0).toInt() > 0) {
                QSqlQuery meta(db);
                meta.setForwardOnly(true);
                const bool hasMeta =
                    meta.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')"));
                QString app;
                while (hasMeta && meta.next()) {
                    if (meta.value(0).toString() == QLatin1String("application"))
                        app = meta.value(1).toString();
                    else
                        version = meta.value(1).toInt();
                }
                if (app != QLatin1String("ordo"))
                    refuse(Database::tr("%1 is a database of another program, not of Ordo. It was left as it was.")
                               .arg(QDir::toNativeSeparators(path)));
                else if (version > Database::CurrentSchemaVersion)
                    refuse(Database::tr("%1 was written by a newer version of Ordo (database version %2; this Ordo "
                                        "reads up to %3). Update Ordo to open it; the file was not changed.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(version)
                               .arg(Database::CurrentSchemaVersion),
                           ErrorCode::NewerDatabase);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (failed)
        return failure;
    return version;
}

} // namespace

QVariant sqlValue(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

Error storageError(const QString &context, const QString &driverText)
{
    if (driverText.trimmed().isEmpty())
        return makeError(ErrorCode::Storage, context);
    return makeError(ErrorCode::Storage, Database::tr("%1 (database says: %2)").arg(context, driverText.trimmed()));
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_inTransaction)
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ordo.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Io, tr("No database file was given."));

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    int foundVersion = 0;
    if (info.exists()) {
        if (info.isDir())
            return makeError(ErrorCode::Io, tr("%1 is a folder, not a database file.").arg(shown));
        auto inspected = inspectExisting(path);
        if (!inspected)
            return inspected.error();
        foundVersion = *inspected;
        if (!info.isWritable())
            return makeError(ErrorCode::Io,
                             tr("%1 is read-only. Ordo needs to write to its database; check the file's permissions.")
                                 .arg(shown));
    } else {
        if (mode == OpenMode::MustExist)
            return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(shown));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return makeError(ErrorCode::Io, tr("The folder %1 does not exist.")
                                                .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!folder.isWritable())
            return makeError(ErrorCode::Io, tr("Ordo cannot create files in %1; check the folder's permissions.")
                                                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database(newConnectionName(), info.absoluteFilePath()));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(db->m_path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!c.open())
            return makeError(ErrorCode::Io, tr("%1 could not be opened: %2").arg(shown, c.lastError().text()));
    }
    db->m_schemaVersion = foundVersion;
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(); !r)
        return r.error();
    if (auto r = seedNewDatabase(*db); !r)
        return r.error();
    return db;
}

Result<void> Database::configure()
{
    // journal_mode=WAL lets readers go on while one writer commits; NORMAL sync is safe with WAL
    // (a power cut loses at most the last commits, never the file).
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = run(QLatin1String(pragma)); !r)
            return r.error();
    }
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storageError(tr("Could not switch the database to write-ahead logging"), mode->toString());
    return {};
}

Result<void> Database::migrate()
{
    bool backedUp = m_schemaVersion == 0;  // a database being created has nothing to lose
    for (const auto &step : migrations()) {
        if (step.toVersion <= m_schemaVersion)
            continue;
        // An existing database is backed up before it is upgraded: no backup, no upgrade.
        if (!std::exchange(backedUp, true)) {
            if (auto b = Backup::beforeMigration(*this, m_schemaVersion); !b)
                return makeError(b.error().code, tr("The database was not upgraded, because the backup before the "
                                                    "upgrade failed: %1").arg(b.error().message));
        }
        Transaction tx(*this);
        if (auto r = tx.begin(); !r)
            return r.error();
        // Another process may have upgraded the file while we waited for the write lock.
        auto current = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'"));
        if (!current)
            return current.error();
        if (current->toInt() > 0) {
            auto v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
            if (v && v->toInt() >= step.toVersion) {
                m_schemaVersion = v->toInt();
                continue;
            }
        }
        if (auto r = step.apply(*this); !r)
            return makeError(r.error().code, tr("Could not upgrade the database to version %1: %2")
                                                  .arg(step.toVersion)
                                                  .arg(r.error().message));
        if (step.toVersion == 1) {
            if (auto r = run(QStringLiteral("PRAGMA application_id = %1").arg(SqliteApplicationId)); !r)
                return r.error();
        }
        auto stamp = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                         {QString::number(step.toVersion)});
        if (!stamp)
            return stamp.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        m_schemaVersion = step.toVersion;
    }
    return {};
}

void Database::setBulkMode(bool on)
{
    if (m_dialect != Dialect::SQLite)
        return;
    // Negative cache_size is in KiB: 256 MiB keeps the indexes of a 500k-order load in memory.
    QSqlQuery q(connection());
    q.exec(on ? QStringLiteral("PRAGMA cache_size = -262144") : QStringLiteral("PRAGMA cache_size = -2000"));
}

QString Database::ddl(QString sql) const
{
    const QLatin1String pk = m_dialect == Dialect::SQLite ? QLatin1String("INTEGER PRIMARY KEY")
                                                          : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    return sql.replace(QLatin1String("{pk}"), pk);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(tr("Could not prepare a database statement"), q.lastError().text());
    for (const auto &v : values)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return storageError(tr("A database statement failed"), q.lastError().text());
    return q;
}

void Database::setStopFlag(const std::atomic<bool> *stop)
{
    sqlite3 *db = sqliteHandle(*this);
    if (!db)
        return;
    sqlite3_progress_handler(
        db, 20000, [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool> *>(stop));
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("The database returned no row where one was expected."));
    return q->value(0);
}

Result<void> Database::beginWrite()
{
    Q_ASSERT(!m_inTransaction);
    const QString begin = m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    QSqlQuery q(connection());
    if (!q.exec(begin)) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) || text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
            return makeError(ErrorCode::Conflict,
                             tr("The database is busy: another Ordo is saving. Try again in a moment."));
        return storageError(tr("Could not start saving"), text);
    }
    m_inTransaction = true;
    return {};
}

Result<void> Database::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString text = q.lastError().text();
        rollback();
        return storageError(tr("Could not save the changes; nothing was saved"), text);
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::begin()
{
    auto r = m_db.beginWrite();
    m_active = r.ok();
    return r;
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    m_active = false;
    return m_db.commit();
}

} // namespace ordo
