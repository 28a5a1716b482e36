#include "core/storage/SqliteHandle.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>

#include <sqlite3.h>

namespace ordo {

sqlite3 *sqliteHandle(const Database &db)
{
    if (db.dialect() != Database::Dialect::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteConnection::SqliteConnection(const QString &path, Mode mode) : m_path(path)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    m_code = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) & 0xFF;
    m_opened = m_code == SQLITE_OK;
    if (m_db)
        sqlite3_busy_timeout(m_db, Database::BusyTimeoutMs);
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

QString SqliteConnection::driverText() const
{
    // sqlite3_errmsg() describes the latest call on the connection, which may be a later success.
    if (m_db && (sqlite3_errcode(m_db) & 0xFF) == m_code)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    return QString::fromUtf8(sqlite3_errstr(m_code));
}

Error SqliteConnection::error() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_code) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotOrdoDatabase, tr("%1 is not an Ordo database: it is not a database file at all.").arg(file));
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged, tr("%1 is damaged (database says: %2).").arg(file, driverText()));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Conflict, tr("%1 is busy: another program holds it. Try again in a moment.").arg(file));
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull, tr("The disk holding %1 is full. Free some space and try again.").arg(file));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return makeError(ErrorCode::Io, tr("Ordo cannot read %1 (database says: %2). Check the permissions of the file and "
                                           "of its folder.")
                                            .arg(file, driverText()));
    default:
        return makeError(ErrorCode::Io, tr("%1 could not be read (database says: %2).").arg(file, driverText()));
    }
}

void SqliteConnection::leaveFileAsItIs()
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    sqlite3_file_control(m_db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

void SqliteConnection::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

std::optional<QStringList> SqliteConnection::column(const QString &sql, const QString &bound) const
{
    if (!m_opened)
        return std::nullopt;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_code = rc & 0xFF;
        return std::nullopt;
    }
    if (!bound.isNull()) {
        const QByteArray text = bound.toUtf8();
        sqlite3_bind_text(stmt, 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    QStringList rows;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        rows << (text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        m_code = rc & 0xFF;
        return std::nullopt;
    }
    return rows;
}

bool SqliteConnection::exec(const QString &sql) const
{
    if (!m_opened)
        return false;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) & 0xFF;
    if (rc != SQLITE_OK) {
        m_code = rc;
        return false;
    }
    return true;
}

} // namespace ordo
