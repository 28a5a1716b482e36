#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ordo {

class Database;

// A SELECT whose columns are all integers (or NULL), read row by row without a QVariant per value:
// for the reports that count millions of rows (the process evaluation reads every stay of every
// order). On SQLite it steps the statement through the C API, on another engine through a
// forward-only QSqlQuery. Values are read as 64-bit integers; NULL reads as 0 and isNull() says so.
class IntegerRows final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::IntegerRows)

public:
    IntegerRows(const Database &db, const QString &sql, const QVariantList &values, int columns);
    ~IntegerRows();
    Q_DISABLE_COPY_MOVE(IntegerRows)

    // Runs the statement; the error says why it could not (it is then empty).
    Result<void> start();
    // The next row; false after the last one, or when reading failed (error() then says why).
    bool next();
    qint64 value(int column) const { return m_values[static_cast<std::size_t>(column)]; }
    bool isNull(int column) const { return m_nulls[static_cast<std::size_t>(column)]; }
    const std::optional<Error> &error() const { return m_error; }

private:
    const Database &m_db;
    QString m_sql;
    QVariantList m_bound;
    int m_columns;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    std::vector<qint64> m_values;
    std::vector<bool> m_nulls;
    std::optional<Error> m_error;
};

} // namespace ordo
