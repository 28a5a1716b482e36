#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ordo {

class Database;

// One prepared INSERT run for many rows, for the demo generator and imports. On SQLite it binds through
// the C API (Qt's binding costs more than SQLite's insert itself); on other drivers through QSqlQuery.
// Use inside a transaction.
class BulkInsert final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::BulkInsert)

public:
    BulkInsert(const Database &db, const QString &sql);
    ~BulkInsert();
    Q_DISABLE_COPY_MOVE(BulkInsert)

    template<typename... Values>
    Result<void> operator()(const Values &...values)
    {
        int i = 0;
        (bind(i++, values), ...);
        return exec();
    }

private:
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, const QString &value);
    void bind(int index, const std::optional<qint64> &value);
    Result<void> exec();

    QString m_sql;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    QString m_prepareError;
};

// After rows were written with their own ids (demo data, a copied office): on PostgreSQL each
// identity counter is set past the highest id of its table, so that the next row gets a free id.
// SQLite needs nothing (an INTEGER PRIMARY KEY continues after the largest id).
Result<void> syncIdentities(Database &db);

} // namespace ordo
