#pragma once

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <list>
#include <memory>
#include <unordered_set>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDriver;

namespace ordo {

class CachedStatementResult;

// The statements of one SQLite connection, prepared once and run again with new values.
//
// Parsing and planning the same SQL at every call was a third of a booking's time (and of most
// user actions): ~40 statements, each prepared and thrown away. Here each statement text keeps
// its prepared statement; run() hands it out inside a QSqlQuery (so callers read rows as before),
// and when the last copy of that QSqlQuery is gone the statement is reset and kept for the next
// run of the same text. A text still being read by a caller when it is run again (a nested read
// of the same list) gets a statement of its own. At most `capacity` idle statements are kept, the
// least recently used thrown away first. PRAGMAs are never kept (they act when prepared).
//
// Values are bound and read as Qt's QSQLITE driver does (integers as qint64, NULL as a null
// QString, text as QString, blobs as QByteArray), so the rest of the core sees no difference.
class SqliteStatements final : public std::enable_shared_from_this<SqliteStatements>
{
public:
    SqliteStatements(sqlite3 *db, const QSqlDriver *driver, int capacity = 200);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Prepares (or takes the kept statement for) `sql`, binds `values` in order and runs its first
    // step. false with `error` set (SQLite's code as native code, as the Qt driver gives it).
    // `prepareFailed` (optional) says the statement could not even be prepared.
    bool run(const QString &sql, const QVariantList &values, QSqlQuery &query, QSqlError &error,
             bool *prepareFailed = nullptr);

    // Before the connection closes: every statement is finalized, those still held by a query
    // too (such a query then reads no more rows), as Qt's driver does with its own.
    void close();

private:
    friend class CachedStatementResult;
    struct Idle
    {
        QString sql;
        sqlite3_stmt *statement;
    };
    // A statement its query no longer needs: reset and kept (or finalized when closed or too many).
    void giveBack(const QString &sql, sqlite3_stmt *statement);
    sqlite3_stmt *take(const QString &sql);

    sqlite3 *m_db;
    const QSqlDriver *m_driver;
    int m_capacity;
    bool m_closed = false;
    // Most recently used at the front.
    std::list<Idle> m_idle;
    QMultiHash<QString, std::list<Idle>::iterator> m_bySql;
    std::unordered_set<CachedStatementResult *> m_held;
};

} // namespace ordo
