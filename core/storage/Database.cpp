#include "core/storage/Database.h"

#include "core/common/Paths.h"

#include "core/storage/Backup.h"
#include "core/storage/FileSystem.h"
#include "core/storage/Migrations.h"
#include "core/common/Log.h"
#include "core/storage/SqliteHandle.h"
#include "core/storage/SqliteStatements.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>

#include <sqlite3.h>

namespace ordo {

const int Database::CurrentSchemaVersion = 26;

namespace {

QAtomicInteger<quint64> connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("ordo-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

constexpr int BusyTimeoutMs = Database::BusyTimeoutMs;
// 'ORDO' in the SQLite header's application id, so other tools can tell what the file is.
constexpr int SqliteApplicationId = 0x4F52444F;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Looks at an existing file through SQLite only, on a read-only connection of its own, and says
// whether Ordo may open it: the schema version found, 0 for an empty file or an empty database.
//
// Never QFile: SQLite's POSIX locks belong to the process, and closing any other descriptor of the
// file drops every lock this process holds on it (a worker opening a second connection would then
// let another process delete the WAL under the first connection). SQLite's own connections share
// the locks and defer closing such descriptors.
Result<int> inspectExisting(const QString &path)
{
    const SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    // What the file is, with what to do about it when Ordo cannot open it.
    auto failure = [&]() -> Error {
        Error e = c.error();
        if (e.code == ErrorCode::NotOrdoDatabase)
            e.message += QLatin1Char(' ') + Database::tr("Open the .sqlite file that Ordo created, or create a new database.");
        else if (e.code == ErrorCode::Damaged)
            e.message += QLatin1Char(' ') + Database::tr("Restore it from a backup; the file was left as it was.");
        return e;
    };
    const auto objects = c.column(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return failure();
    if (objects->value(0).toInt() == 0)
        return 0;

    const auto app = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"));
    if (!app && c.code() != SQLITE_ERROR)  // SQLITE_ERROR: no meta table, another program's file
        return failure();
    if (!app || app->value(0) != QLatin1String("ordo"))
        return makeError(ErrorCode::NotOrdoDatabase,
                         Database::tr("%1 is a database of another program, not of Ordo. It was left as it was.").arg(shown(path)));
    const auto found = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!found)
        return failure();
    const int version = found->value(0).toInt();
    if (version > Database::CurrentSchemaVersion)
        return makeError(ErrorCode::NewerDatabase,
                         Database::tr("%1 was written by a newer version of Ordo (database version %2; this Ordo "
                                      "reads up to %3). Update Ordo to open it; the file was not changed.")
                             .arg(shown(path))
                             .arg(version)
                             .arg(Database::CurrentSchemaVersion));
    return version;
}

// SQLite needs to create its -wal and -shm files beside the database, and to lock them: a folder
// Ordo cannot write to, or one on a network share, is refused for writing with the reason.
Result<void> checkWritableFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return makeError(ErrorCode::Io, Database::tr("The folder %1 does not exist.").arg(shown(folder)));
    if (info.exists() && !info.isWritable())
        return makeError(ErrorCode::Io, Database::tr("Ordo cannot write to %1: the file is read-only. Ordo needs to write "
                                                     "to its database; check the file's permissions.")
                                            .arg(shown(path)));
    if (!folderInfo.isWritable())
        return makeError(ErrorCode::Io,
                         Database::tr("Ordo cannot write to the folder %1: SQLite keeps its journal files beside the "
                                      "database. Check the folder's permissions.")
                             .arg(shown(folder)));
    const FileSystemInfo fs = fileSystemOf(folder);
    if (fs.network)
        return makeError(ErrorCode::Io,
                         Database::tr("%1 is on a network share (%2). Several programs writing one database file over "
                                      "the network can corrupt it, so Ordo does not open it there. Keep the database on "
                                      "this PC's own disk; for several PCs use Ordo's PostgreSQL set-up. A network "
                                      "share is a good place for backups only.")
                             .arg(shown(path), fs.name));
    return {};
}

} // namespace

QVariant sqlValue(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    // Flags are INTEGER 0/1 columns: PostgreSQL compares no integer with a boolean.
    if (value.typeId() == QMetaType::Bool)
        return value.isNull() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value.toBool() ? 1 : 0);
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
    // Qt's driver closes with sqlite3_close, which fails while a statement is left unfinalized.
    if (m_statements)
        m_statements->close();
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
    return paths::defaultDatabase();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Io, tr("No database file was given."));
    if (isServer(path))
        return openServer(path.trimmed(), mode);

    const QFileInfo info(path);
    int foundVersion = 0;
    bool existed = info.exists();
    if (existed && info.isDir())
        return makeError(ErrorCode::Io, tr("%1 is a folder, not a database file.").arg(shown(path)));
    if (!existed && mode != OpenMode::CreateIfMissing)
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(shown(path)));
    if (mode != OpenMode::ReadOnly) {
        if (auto r = checkWritableFolder(path); !r)
            return r.error();
    }
    if (existed) {
        auto inspected = inspectExisting(path);
        if (!inspected)
            return inspected.error();
        foundVersion = *inspected;
        if (foundVersion == 0 && mode != OpenMode::CreateIfMissing)
            return makeError(ErrorCode::NotOrdoDatabase,
                             tr("%1 is empty: it is not an Ordo database. It was left as it was.").arg(shown(path)));
        if (mode == OpenMode::ReadOnly && foundVersion < CurrentSchemaVersion)
            return makeError(ErrorCode::NotOrdoDatabase,
                             tr("%1 was written by an older version of Ordo and must be upgraded first: open it once "
                                "in Ordo. It was left as it was.")
                                 .arg(shown(path)));
    }

    std::unique_ptr<Database> db(new Database(newConnectionName(), info.absoluteFilePath()));
    db->m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(db->m_path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (db->m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        c.setConnectOptions(options);
        if (!c.open())
            return makeError(ErrorCode::Io, tr("%1 could not be opened: %2").arg(shown(path), c.lastError().text()));
        if (sqlite3 *handle = sqliteHandle(*db))
            db->m_statements = std::make_shared<SqliteStatements>(handle, c.driver());
    }
    db->m_schemaVersion = foundVersion;
    if (db->m_readOnly)
        return db;
    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(); !r)
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
    // A database being created has nothing to lose. On PostgreSQL each upgrade step is one transaction
    // with its DDL (transactional there): a failed step leaves the database exactly as it was.
    bool backedUp = m_schemaVersion == 0 || m_dialect == Dialect::PostgreSQL;
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
        auto current = scalar(m_dialect == Dialect::SQLite
                                  ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")
                                  : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                                   "AND tablename = 'meta'"));
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
        if (step.toVersion == 1 && m_dialect == Dialect::SQLite) {
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
    // ROLLBACK TO a savepoint may undo a change counter's move: nothing kept is trusted after it.
    if (sql.startsWith(QLatin1String("ROLLBACK"), Qt::CaseInsensitive))
        m_kept.clear();
    if (m_statements) {
        QSqlQuery kept;
        QSqlError error;
        bool notPrepared = false;
        if (m_statements->run(sql, values, kept, error, &notPrepared))
            return kept;
        return driverError(notPrepared ? tr("Could not prepare a database statement") : tr("A database statement failed"), error);
    }
    QSqlQuery q(connection());
    // Forward-only on SQLite (rows read as they are stepped). QPSQL reads a forward-only result
    // row by row from the socket, which loses it when another statement runs before the last row:
    // there the whole result is fetched, so that reading one result while running another works as
    // on SQLite.
    q.setForwardOnly(m_dialect == Dialect::SQLite);
    // PostgreSQL prepares only queries and data changes (no DDL, no SET): a statement without
    // values goes as it is.
    if (m_dialect == Dialect::PostgreSQL && values.isEmpty()) {
        if (!q.exec(sql))
            return driverError(tr("A database statement failed"), q.lastError());
        return q;
    }
    if (m_dialect == Dialect::PostgreSQL)
        if (auto kept = runKeptOnServer(sql, values))
            return std::move(*kept);
    if (!q.prepare(sql))
        return driverError(tr("Could not prepare a database statement"), q.lastError());
    for (const auto &v : values)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return driverError(tr("A database statement failed"), q.lastError());
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

Error Database::driverError(const QString &context, const QSqlError &error) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF;
    if (numeric && m_dialect == Dialect::SQLite) {
        switch (code) {
        case SQLITE_FULL:
            return makeError(ErrorCode::DiskFull, tr("The disk holding %1 is full: nothing was saved. Free some space "
                                                     "and try again.")
                                                      .arg(shown(m_path)));
        case SQLITE_READONLY:
            if (m_readOnly)
                return makeError(ErrorCode::Io, tr("%1 is open only for reading here; nothing was saved.").arg(shown(m_path)));
            return makeError(ErrorCode::Io, tr("Ordo cannot write to %1: the file or its folder is read-only. Nothing "
                                               "was saved; check the permissions.")
                                                .arg(shown(m_path)));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return makeError(ErrorCode::Conflict, tr("The database is busy: another Ordo is saving. Try again in a moment."));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return makeError(ErrorCode::Damaged, tr("%1 is damaged (database says: %2). Restore it from a backup.")
                                                     .arg(shown(m_path), error.databaseText()));
        case SQLITE_IOERR:
            return makeError(ErrorCode::Io, tr("The disk holding %1 failed to read or write (database says: %2).")
                                                .arg(shown(m_path), error.databaseText()));
        default:
            break;
        }
    }
    if (m_dialect == Dialect::PostgreSQL)
        return serverError(context, error);
    return storageError(context, error.text());
}

void Database::setSynchronous(bool full)
{
    if (m_dialect != Dialect::SQLite)
        return;
    QSqlQuery q(connection());
    if (!q.exec(full ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL")))
        qCWarning(logStorage) << "Could not change the sync level:" << q.lastError().text();
    m_fullSync = full;
}

Result<bool> Database::beginWrite(Durability durability, Wait wait)
{
    if (m_group) {
        // One action of a commit group: a savepoint inside the group's transaction.
        Q_ASSERT(!m_groupAction);
        sqlite3 *handle = sqliteHandle(*this);
        // SQLite undoes a whole transaction on some errors (a full disk): the actions after that
        // must not run outside it, each committing on its own.
        if (!handle || sqlite3_get_autocommit(handle))
            return makeError(ErrorCode::Io, tr("Could not save the changes; nothing was saved"));
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SAVEPOINT ordo_action")))
            return driverError(tr("Could not start saving"), q.lastError());
        m_groupAction = true;
        if (durability == Durability::Full)
            requireDurableCommit();
        return true;
    }
    Q_ASSERT(!m_inTransaction);
    if (m_readOnly)
        return makeError(ErrorCode::Io, tr("%1 is open only for reading here; nothing was saved.").arg(shown(m_path)));
    // SQLite refuses to change the sync level inside a transaction: it is set before BEGIN.
    if (durability == Durability::Full)
        setSynchronous(true);
    if (m_dialect == Dialect::PostgreSQL) {
        auto begun = beginServerWrite(wait);
        // The same promise as SQLite's synchronous=NORMAL: a Normal commit does not wait for the
        // server's disk (a power cut may lose the last ones, never the database); Full ones do.
        if (begun && *begun && durability == Durability::Normal) {
            QSqlQuery q(connection());
            if (!q.exec(QStringLiteral("SET LOCAL synchronous_commit = off")))
                qCWarning(logStorage) << "Could not set the commit's durability:" << q.lastError().text();
        }
        return begun;
    }
    const QString begin = QStringLiteral("BEGIN IMMEDIATE");
    // A statement of this connection still open (a query not read to its end, still alive) keeps
    // the file as it was when it started: the write would then fail "busy" at once whenever another
    // connection saved meanwhile, without waiting. Said in the log, with the statement, to be fixed
    // where it is left open.
    // The walk is over this connection's prepared statements only (a few dozen): cheap beside BEGIN.
    sqlite3 *const own = sqliteHandle(*this);
    if (own) {
        for (sqlite3_stmt *open = sqlite3_next_stmt(own, nullptr); open; open = sqlite3_next_stmt(own, open))
            if (sqlite3_stmt_busy(open))
                qCWarning(logStorage).noquote() << OpenStatementWarning << sqlite3_sql(open);
    }
    sqlite3 *handle = wait == Wait::No ? own : nullptr;
    if (handle)
        sqlite3_busy_timeout(handle, 0);
    QSqlQuery q(connection());
    const bool begun = q.exec(begin);
    if (handle)
        sqlite3_busy_timeout(handle, BusyTimeoutMs);
    if (!begun) {
        if (m_fullSync)
            setSynchronous(false);
        if (handle && (q.lastError().nativeErrorCode().toInt() & 0xFF) == SQLITE_BUSY)
            return false;
        return driverError(tr("Could not start saving"), q.lastError());
    }
    m_inTransaction = true;
    m_syncAfterCommit = false;
    m_notifier->hold();
    return true;
}

Result<void> Database::commit()
{
    QSqlQuery q(connection());
    if (m_group) {
        // An action of a commit group: kept in the group's transaction, saved by commitGroup().
        Q_ASSERT(m_groupAction);
        if (!q.exec(QStringLiteral("RELEASE ordo_action"))) {
            const Error e = driverError(tr("Could not save the changes; nothing was saved"), q.lastError());
            rollback();
            return e;
        }
        m_groupAction = false;
        return {};
    }
    if (m_syncAfterCommit && m_dialect == Dialect::PostgreSQL) {
        // A durable write inside a Normal transaction: this commit waits for the server's disk.
        m_syncAfterCommit = false;
        if (!q.exec(QStringLiteral("SET LOCAL synchronous_commit = on")))
            qCWarning(logStorage) << "Could not make a commit durable:" << q.lastError().text();
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = driverError(tr("Could not save the changes; nothing was saved"), q.lastError());
        rollback();
        return e;
    }
    m_inTransaction = false;
    if (m_syncAfterCommit && m_dialect == Dialect::SQLite) {
        // Syncing the WAL puts every frame before it on disk too: one synced write after a Normal
        // COMMIT makes that COMMIT durable.
        m_syncAfterCommit = false;
        setSynchronous(true);
        QSqlQuery sync(connection());
        if (!sync.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('durable_commits', '1') "
                                      "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")))
            qCWarning(logStorage) << "Could not make a commit durable:" << sync.lastError().text();
    }
    if (m_fullSync)
        setSynchronous(false);
    m_notifier->release();
    return {};
}

Result<void> Database::beginGroup()
{
    Q_ASSERT(!m_inTransaction && !m_group);
    if (!groupsCommits())
        return makeError(ErrorCode::Invalid, tr("Could not start saving"));
    auto begun = beginWrite(Durability::Normal);
    if (!begun)
        return begun.error();
    m_group = true;
    m_groupAction = false;
    m_groupBroken = false;
    return {};
}

Result<void> Database::commitGroup()
{
    Q_ASSERT(m_group && !m_groupAction);
    m_group = false;
    sqlite3 *handle = sqliteHandle(*this);
    if (m_groupBroken || !handle || sqlite3_get_autocommit(handle)) {
        // An action could not be undone alone, or SQLite undid the whole transaction (a full
        // disk): whatever is left is not what the actions were told, so none of it is kept.
        rollback();
        return makeError(ErrorCode::Io, tr("Could not save the changes; nothing was saved"));
    }
    return commit();
}

void Database::rollbackGroup()
{
    m_group = false;
    m_groupAction = false;
    rollback();
}

Result<qint64> Database::changeCount(const QString &counter) const
{
    auto n = scalar(QStringLiteral("SELECT n FROM change_counters WHERE name = ?"), {counter});
    if (!n)
        return n.error();
    return n->toLongLong();
}

void Database::rollback()
{
    m_kept.clear();
    if (m_group) {
        // An action of a commit group: what it wrote goes, the actions before it stay.
        if (!m_groupAction)
            return;
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("ROLLBACK TO ordo_action")) || !q.exec(QStringLiteral("RELEASE ordo_action")))
            m_groupBroken = true;   // nothing of the group may be committed now
        m_groupAction = false;
        return;
    }
    if (!m_inTransaction)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_syncAfterCommit = false;
    if (m_fullSync)
        setSynchronous(false);
    m_notifier->discard();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::begin()
{
    auto r = m_db.beginWrite(m_durability);
    if (!r)
        return r.error();
    m_active = true;
    return {};
}

Result<bool> Transaction::tryBegin()
{
    auto r = m_db.beginWrite(m_durability, Database::Wait::No);
    m_active = r.ok() && *r;
    return r;
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    m_active = false;
    return m_db.commit();
}

} // namespace ordo
