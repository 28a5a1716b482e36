#include "core/storage/StatementTrace.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"

#include <sqlite3.h>

#include <cstring>

namespace ordo {

StatementTrace::StatementTrace(const Database &db) : m_db(sqliteHandle(db))
{
    if (m_db)
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementTrace::caught, this);
}

StatementTrace::~StatementTrace()
{
    if (m_db)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

void StatementTrace::start()
{
    m_statements.clear();
    m_recording = true;
}

QStringList StatementTrace::stop()
{
    m_recording = false;
    return std::exchange(m_statements, {});
}

int StatementTrace::caught(unsigned, void *context, void *statement, void *text)
{
    auto *self = static_cast<StatementTrace *>(context);
    if (!self->m_recording)
        return 0;
    // A trigger's program is announced as "-- TRIGGER name" on the statement that fired it: that
    // statement was caught already, and replaying it again would do its work twice.
    if (const char *sql = static_cast<const char *>(text); sql && std::strncmp(sql, "-- TRIGGER ", 11) == 0)
        return 0;
    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        self->m_statements.append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace ordo
