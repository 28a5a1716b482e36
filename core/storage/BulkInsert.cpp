#include "core/storage/BulkInsert.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"

#include <QSqlError>

#include <sqlite3.h>

namespace ordo {

BulkInsert::BulkInsert(const Database &db, const QString &sql) : m_sql(sql)
{
    m_sqlite = sqliteHandle(db);
    if (m_sqlite) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return;
    }
    m_query.emplace(db.connection());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_prepareError = m_query->lastError().text();
}

BulkInsert::~BulkInsert()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void BulkInsert::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else if (m_query)
        m_query->bindValue(index, value);
}

void BulkInsert::bind(int index, const QString &value)
{
    if (m_statement)
        sqlite3_bind_text16(m_statement, index + 1, value.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(value.utf16()),
                            static_cast<int>(value.size() * 2), SQLITE_TRANSIENT);
    else if (m_query)
        m_query->bindValue(index, sqlValue(value));
}

void BulkInsert::bind(int index, const std::optional<qint64> &value)
{
    if (value) {
        bind(index, *value);
        return;
    }
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else if (m_query)
        m_query->bindValue(index, QVariant(QMetaType::fromType<qint64>()));
}

Result<void> BulkInsert::exec()
{
    if (!m_prepareError.isEmpty())
        return storageError(tr("Could not prepare a bulk insert"), m_prepareError);
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return storageError(tr("Could not write a row"), QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        return {};
    }
    if (!m_query->exec())
        return storageError(tr("Could not write a row"), m_query->lastError().text());
    return {};
}

Result<void> syncIdentities(Database &db)
{
    if (db.dialect() != Database::Dialect::PostgreSQL)
        return {};
    auto identities = db.run(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                            "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (!identities)
        return identities.error();
    QList<QPair<QString, QString>> columns;
    while (identities->next())
        columns.append({identities->value(0).toString(), identities->value(1).toString()});
    identities->finish();
    for (const auto &[table, column] : columns)
        if (auto r = db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(\"%2\"), 0) + 1, false) "
                                           "FROM \"%1\"")
                                .arg(table, column));
            !r)
            return r.error();
    return {};
}

} // namespace ordo
