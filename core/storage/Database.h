#pragma once

#include "core/common/ChangeNotifier.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <optional>
#include <memory>

namespace ordo {

class SqliteStatements;

// One open Ordo database: one connection, owned by the thread that opened it.
//
// Everything SQLite-specific (pragmas, BEGIN IMMEDIATE, the file checks) lives here and in the
// dialect switch below, so that the rest of the core writes portable SQL for a later PostgreSQL driver.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Database)

public:
    // CreateIfMissing: a new (or empty) file becomes an Ordo database. MustExist: an Ordo database
    // that is there already, upgraded if older. ReadOnly: an existing, current Ordo database read
    // without writing a byte (no migration, no seed, no pragma that writes): for workers and for
    // commands that only read.
    enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };
    // Full: the commit is on disk before Ordo says it is done (issued invoices, payments). Normal:
    // WAL with synchronous=NORMAL, where a power cut may lose the last commits but never the file.
    enum class Durability { Normal, Full };
    enum class Dialect { SQLite, PostgreSQL };

    // How long a connection waits for another process's write before it gives up (every connection
    // to an Ordo file, Ordo's own C-API ones included).
    static constexpr int BusyTimeoutMs = 5000;
    // The start of the log line (category ordo.storage) when a write begins while a statement of
    // the same connection is still open: such a write fails "busy" at once beside another's save.
    // The test programs fail their run on it.
    static constexpr const char *OpenStatementWarning = "a write begins while a statement is still open:";
    // The schema version this Ordo writes (defined in Database.cpp beside the migrations' count, so
    // that a new migration does not rebuild everything that includes this header).
    static const int CurrentSchemaVersion;

    // `path` is an SQLite file, or an office server's PostgreSQL database as a libpq-style URI
    // (postgresql://user@server/database, see ServerAddress). A password given in the URI is
    // remembered for this process only (workers reopen the same database) and never shown.
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    static bool isServer(const QString &path);

    // Where a database lives when the user has not chosen one: ordo.sqlite in the user's data folder.
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The file's path, or the server's URI without its password (what windows and lists show).
    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const;

    // Prepares, binds and runs one statement; the query comes back forward-only and positioned
    // before the first row. Every failure becomes an Error naming what was being done.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // Long reads on a worker's own connection stop soon after `*stop` turns true (the statement
    // then fails). The flag must outlive the connection. SQLite: a progress handler.
    void setStopFlag(const std::atomic<bool> *stop);
    // The same, for statements expected to return exactly one row (a count, an id from RETURNING...).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    // Turns the portable DDL placeholders ({pk}) into this dialect's syntax.
    QString ddl(QString sql) const;

    // True inside a user action's transaction (inside a commit group: inside one of its actions).
    bool inTransaction() const { return m_inTransaction && (!m_group || m_groupAction); }

    // Group commit (SQLite): the actions of several people that arrived together (the server's
    // bookings pressed at the same moment) share one transaction and one COMMIT, which writes each
    // page they touched once instead of once per action. While the group is open, each action's
    // Transaction (and so each use case's withTransaction) is a savepoint: kept when the action
    // succeeds, rolled back to when it fails, so every action is still all or nothing, and the
    // actions after it see what it wrote, as they would after its commit. Nothing of the group is
    // on disk nor visible to other connections before commitGroup(); when that fails, or when the
    // database undid the whole transaction on its own (a full disk), nothing of any action was
    // saved, and every one of them must be told so. groupsCommits(): false on PostgreSQL, which
    // gathers commits itself; there each action keeps its own transaction.
    bool groupsCommits() const { return m_dialect == Dialect::SQLite && !m_readOnly; }
    Result<void> beginGroup();
    Result<void> commitGroup();
    void rollbackGroup();   // nothing of the group is kept
    bool inGroup() const { return m_group; }
    bool isReadOnly() const { return m_readOnly; }
    // A write that must be durable inside a transaction that began as Normal: the COMMIT is
    // followed by a synced write, so the whole transaction is on disk before Ordo reports it.
    void requireDurableCommit()
    {
        if (!m_fullSync)
            m_syncAfterCommit = true;
    }

    // Turns a driver error into the words a user needs: a full disk, a file Ordo cannot write to,
    // a database busy with another Ordo; anything else keeps the driver's text after `context`.
    Error driverError(const QString &context, const QSqlError &error) const;

    // For bulk loads (demo data, imports): a larger page cache while on; back to the default when off.
    void setBulkMode(bool on);

    // A value read from tables that rarely change (the staff, the process maps), kept on this
    // connection while their change counter stays the same: change_counters' row `counter`, bumped
    // by triggers at every write to those tables from any process (so the counter is one tiny read
    // where the value may be hundreds of rows). Everything kept is forgotten at a rollback (a
    // counter moved by a change that was then undone may move again to the same number).
    // `load` returns Result<T>; `key` names the value (one type per key).
    template <class T, class Load>
    Result<T> kept(const QString &counter, const QString &key, Load &&load) const
    {
        auto n = changeCount(counter);
        if (!n)
            return n.error();
        if (const auto found = m_kept.constFind(key); found != m_kept.constEnd() && found->counter == counter && found->count == *n)
            return *static_cast<const T *>(found->value.get());
        Result<T> loaded = load();
        if (loaded)
            m_kept.insert(key, Kept{counter, *n, std::make_shared<const T>(*loaded)});
        return loaded;
    }

    // Committed changes are announced here (by the service that made them, after COMMIT).
    ChangeNotifier &notifier() const { return *m_notifier; }

private:
    friend class Transaction;
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openServer(const QString &uri, OpenMode mode);
    Result<int> inspectServer(OpenMode mode);

    Result<void> configure();
    Result<void> migrate();
    enum class Wait { UpToTimeout, No };
    // Ok(false): with Wait::No, another connection holds the write lock now.
    Result<bool> beginWrite(Durability durability, Wait wait = Wait::UpToTimeout);
    Result<bool> beginServerWrite(Wait wait);
    Error serverError(const QString &context, const QSqlError &error) const;
    Result<void> commit();
    void rollback();
    void setSynchronous(bool full);
    Result<qint64> changeCount(const QString &counter) const;
    // PostgreSQL: a statement with values, prepared on the server once per connection and executed
    // by name since (see DatabaseServer.cpp); nullopt when it is not kept (too many kept already).
    std::optional<Result<QSqlQuery>> runKeptOnServer(const QString &sql, const QVariantList &values) const;

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    bool m_group = false;         // a commit group is open (m_inTransaction is then true throughout)
    bool m_groupAction = false;   // ...and one of its actions, in its savepoint
    bool m_groupBroken = false;   // an action's savepoint could not be rolled back to
    bool m_readOnly = false;
    bool m_fullSync = false;
    bool m_syncAfterCommit = false;
    std::unique_ptr<ChangeNotifier> m_notifier = std::make_unique<ChangeNotifier>();
    // SQLite: each statement prepared once and kept for its next run (see SqliteStatements).
    std::shared_ptr<SqliteStatements> m_statements;
    // PostgreSQL: the statements prepared on the server for this connection, by their text; kept
    // only once the schema is current (a migration's DDL would change what they return).
    bool m_keepServerStatements = false;
    mutable QHash<QString, QString> m_serverStatements;
    struct Kept
    {
        QString counter;
        qint64 count = 0;
        std::shared_ptr<const void> value;
    };
    mutable QHash<QString, Kept> m_kept;
};

// A write transaction for one user action: begin() takes the write lock at once (BEGIN IMMEDIATE on
// SQLite, so a busy database waits its timeout instead of failing half-way); anything not committed
// is rolled back when the guard goes out of scope.
class Transaction final
{
public:
    explicit Transaction(Database &db, Database::Durability durability = Database::Durability::Normal)
        : m_db(db), m_durability(durability)
    {
    }
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin();
    // For writes that may as well be left for later (a cache): takes the write lock only if nobody
    // holds it now, never waiting for another writer. false when someone does (nothing begun).
    Result<bool> tryBegin();
    Result<void> commit();

private:
    Database &m_db;
    Database::Durability m_durability;
    bool m_active = false;
};

// Runs `write` inside the caller's transaction when one is open, or in a transaction of its own that
// commits only when `write` succeeds. `write` returns a Result. A Full write inside the caller's
// Normal transaction makes that transaction's COMMIT durable too.
template<typename F>
auto withTransaction(Database &db, F write, Database::Durability durability = Database::Durability::Normal)
    -> decltype(write())
{
    if (db.inTransaction()) {
        if (durability == Database::Durability::Full)
            db.requireDurableCommit();
        return write();
    }
    Transaction tx(db, durability);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto result = write();
    if (!result)
        return result;
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

// Qt binds a null QString as SQL NULL; Ordo's text columns are NOT NULL DEFAULT '', so an empty text
// is bound as '' and only a typed null QVariant means NULL.
QVariant sqlValue(const QVariant &value);

// Builds a storage error with a translated context ("Could not save the order") and the driver's text.
Error storageError(const QString &context, const QString &driverText);

} // namespace ordo
