#include "core/storage/IntegerRows.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"

#include <sqlite3.h>

namespace ordo {

IntegerRows::IntegerRows(const Database &db, const QString &sql, const QVariantList &values, int columns)
    : m_db(db), m_sql(sql), m_bound(values), m_columns(columns),
      m_values(static_cast<std::size_t>(columns), 0), m_nulls(static_cast<std::size_t>(columns), true)
{
    m_sqlite = sqliteHandle(db);
}

IntegerRows::~IntegerRows()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<void> IntegerRows::start()
{
    if (!m_sqlite) {
        auto q = m_db.run(m_sql, m_bound);
        if (!q)
            return q.error();
        m_query.emplace(std::move(*q));
        return {};
    }
    const QByteArray utf8 = m_sql.toUtf8();
    if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        return storageError(tr("Could not prepare a database statement"), QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    if (sqlite3_column_count(m_statement) != m_columns)
        return storageError(tr("Could not prepare a database statement"),
                            QStringLiteral("%1 columns expected").arg(m_columns));
    for (int i = 0; i < m_bound.size(); ++i) {
        const QVariant &v = m_bound.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool ||
                   v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt) {
            rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble());
        } else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return storageError(tr("A database statement failed"), QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    }
    return {};
}

bool IntegerRows::next()
{
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            for (int c = 0; c < m_columns; ++c) {
                const bool null = sqlite3_column_type(m_statement, c) == SQLITE_NULL;
                m_nulls[static_cast<std::size_t>(c)] = null;
                m_values[static_cast<std::size_t>(c)] = null ? 0 : sqlite3_column_int64(m_statement, c);
            }
            return true;
        }
        if (rc != SQLITE_DONE)
            m_error = storageError(tr("A database statement failed"), QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    if (!m_query || !m_query->next())
        return false;
    for (int c = 0; c < m_columns; ++c) {
        const QVariant v = m_query->value(c);
        m_nulls[static_cast<std::size_t>(c)] = v.isNull();
        m_values[static_cast<std::size_t>(c)] = v.isNull() ? 0 : v.toLongLong();
    }
    return true;
}

} // namespace ordo
