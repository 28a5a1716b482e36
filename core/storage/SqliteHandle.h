#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace ordo {

class Database;

// The SQLite connection under a Database, for the few places that use the C API directly (bulk
// inserts, stop flags, statement traces); null for another engine.
sqlite3 *sqliteHandle(const Database &db);

// A connection of Ordo's own to a file through SQLite's C API, apart from any Database: to look at a
// file before opening it, to verify, copy or restore backups, and for checks that need a connection
// of their own. The same library as Qt's QSQLITE driver, so SQLite's lock bookkeeping for the process
// sees it (never QFile on a database file: see DESIGN.md). It never creates the file, waits
// Database::BusyTimeoutMs for other writers, and closes when it goes out of scope.
class SqliteConnection final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::SqliteConnection)

public:
    enum class Mode { ReadOnly, ReadWrite };

    explicit SqliteConnection(const QString &path, Mode mode = Mode::ReadOnly);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    bool ok() const { return m_opened; }
    sqlite3 *handle() const { return m_db; }
    // The SQLite result code (primary, without the extended bits) of the open when it failed, or of
    // the last statement that failed; and SQLite's words for it.
    int code() const { return m_code; }
    QString driverText() const;
    // What code() means for the user, naming the file: NotOrdoDatabase (not a database at all),
    // Damaged, Conflict (busy), DiskFull, or Io (permissions, anything else).
    Error error() const;

    // Closing then leaves the file exactly as it is: no checkpoint, and the WAL stays (for probes and
    // checks of a file that other programs may have open).
    void leaveFileAsItIs();
    void setBusyTimeout(int ms);

    // Runs one statement (with one text bound to its parameter, if given) and returns the first
    // column of every row; nullopt when it failed (code() says why).
    std::optional<QStringList> column(const QString &sql, const QString &bound = {}) const;
    // Runs statements that return no rows; false when one failed (code() says why).
    bool exec(const QString &sql) const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_opened = false;
    mutable int m_code = 0;
};

} // namespace ordo
