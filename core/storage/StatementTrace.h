#pragma once

#include <QStringList>

struct sqlite3;

namespace ordo {

class Database;

// Catches the statements a connection runs between start() and stop(), bound values written in,
// as SQLite runs them: to measure them again (ordo-bench) or to ask for their plans (tests).
// Does nothing on another engine (valid() is false).
class StatementTrace final
{
public:
    explicit StatementTrace(const Database &db);
    ~StatementTrace();
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    bool valid() const { return m_db != nullptr; }
    void start();
    QStringList stop();

private:
    static int caught(unsigned, void *context, void *statement, void *);

    sqlite3 *m_db = nullptr;
    bool m_recording = false;
    QStringList m_statements;
};

} // namespace ordo
