#include "core/storage/DatabaseCopy.h"

#include "core/storage/BulkInsert.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

namespace ordo {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Tables that the SQLite search engine keeps for itself: rebuilt on the server from the rows.
bool isSearchTable(const QString &name)
{
    return name.startsWith(QLatin1String("order_search")) || name.startsWith(QLatin1String("customer_search"));
}

} // namespace

Result<QStringList> DatabaseCopy::tablesInOrder() const
{
    auto q = m_source.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                         "ORDER BY name"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next())
        if (!isSearchTable(q->value(0).toString()))
            tables << q->value(0).toString();
    q->finish();
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : tables) {
        auto fk = m_source.run(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
        if (!fk)
            return fk.error();
        while (fk->next())
            if (fk->value(0).toString() != table)
                parents[table].insert(fk->value(0).toString());
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString &table : tables) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(table))
                ready = ready && (placed.contains(parent) || !tables.contains(parent));
            if (ready) {
                ordered << table;
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed)
            return makeError(ErrorCode::Storage, tr("The tables' foreign keys form a cycle; the database cannot be copied."));
    }
    return ordered;
}

Result<QStringList> DatabaseCopy::sourceColumns(const QString &table) const
{
    auto q = m_source.run(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q->next())
        columns << q->value(0).toString();
    return columns;
}

Result<QStringList> DatabaseCopy::targetColumns(const QString &table) const
{
    auto q = m_target.run(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = ? ORDER BY ordinal_position"),
                          {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q->next())
        columns << q->value(0).toString();
    return columns;
}

Result<void> DatabaseCopy::checkTargetEmpty() const
{
    if (m_target.dialect() != Database::Dialect::PostgreSQL)
        return makeError(ErrorCode::Invalid, tr("The office's database must be moved to a PostgreSQL server "
                                                "(postgresql://user@server/database)."));
    if (m_source.dialect() != Database::Dialect::SQLite)
        return makeError(ErrorCode::Invalid, tr("The database to move must be an Ordo SQLite file."));
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return makeError(ErrorCode::Invalid, tr("The file is at database version %1 and the server at %2: open the file "
                                                "once with this Ordo to upgrade it first.")
                                                 .arg(m_source.schemaVersion())
                                                 .arg(m_target.schemaVersion()));
    for (const char *table : {"work_orders", "customers", "staff", "invoices", "workflows", "appointments"}) {
        auto n = m_target.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            return makeError(ErrorCode::Invalid,
                             tr("The server's database %1 is not empty (%2 has %3 rows): an office is moved into a new, "
                                "empty database only, never merged. Nothing was copied.")
                                 .arg(m_target.path(), QLatin1String(table))
                                 .arg(n->toLongLong()));
    }
    return {};
}

Result<QList<CopiedTable>> DatabaseCopy::copy(const std::function<void(const QString &)> &progress)
{
    if (auto r = checkTargetEmpty(); !r)
        return r.error();
    auto tables = tablesInOrder();
    if (!tables)
        return tables.error();
    for (const QString &table : *tables) {
        auto columns = targetColumns(table);
        if (!columns)
            return columns.error();
        if (columns->isEmpty())
            return makeError(ErrorCode::Storage, tr("The server's database has no table %1: it is not of this Ordo's "
                                                    "version.").arg(table));
    }

    Transaction tx(m_target, Database::Durability::Full);
    if (auto r = tx.begin(); !r)
        return r.error();
    // Rows as they were stored: the guards of issued invoices and the counters' and search triggers
    // stay off while copying (inside this transaction only), the search is rebuilt afterwards.
    for (const QString &table : *tables)
        if (auto r = m_target.run(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table))); !r)
            return r.error();
    // What the migrations wrote into the new database (settings, counters, permissions) gives way
    // to the office's own rows.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it)
        if (auto r = m_target.run(QStringLiteral("DELETE FROM %1").arg(quoted(*it))); !r)
            return r.error();

    for (const QString &table : *tables) {
        if (progress)
            progress(table);
        auto from = sourceColumns(table);
        if (!from)
            return from.error();
        auto to = targetColumns(table);
        if (!to)
            return to.error();
        QStringList columns;
        for (const QString &c : *from)
            if (to->contains(c))
                columns << c;
        QStringList names;
        for (const QString &c : columns)
            names << quoted(c);
        auto rows = m_source.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QLatin1Char(',')), quoted(table)));
        if (!rows)
            return rows.error();
        // Many rows per INSERT: one round trip to the server for each batch, not for each row.
        const int perRow = static_cast<int>(columns.size());
        const int batch = qMax(1, qMin(500, 30000 / qMax(1, perRow)));
        const QString tuple = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        QVariantList values;
        int pending = 0;
        auto flush = [&]() -> Result<void> {
            if (pending == 0)
                return {};
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(quoted(table), names.join(QLatin1Char(',')),
                                         QStringList(pending, tuple).join(QLatin1Char(',')));
            if (auto r = m_target.run(sql, values); !r)
                return makeError(r.error().code, tr("Copying %1 failed: %2").arg(table, r.error().message));
            values.clear();
            pending = 0;
            return {};
        };
        while (rows->next()) {
            for (int i = 0; i < perRow; ++i)
                values << rows->value(i);
            if (++pending == batch)
                if (auto r = flush(); !r)
                    return r.error();
        }
        if (auto r = flush(); !r)
            return r.error();
    }

    for (const QString &table : *tables)
        if (auto r = m_target.run(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table))); !r)
            return r.error();
    // New rows get ids after the copied ones.
    if (auto r = syncIdentities(m_target); !r)
        return r.error();
    for (const char *sql : {"SELECT ordo_index_customers(ARRAY(SELECT id FROM customers))",
                            "SELECT ordo_index_orders(ARRAY(SELECT id FROM work_orders))"})
        if (auto r = m_target.run(QString::fromLatin1(sql)); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    QList<CopiedTable> counts;
    for (const QString &table : *tables) {
        auto a = m_source.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
        if (!a)
            return a.error();
        auto b = m_target.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
        if (!b)
            return b.error();
        counts.append({table, a->toLongLong(), b->toLongLong()});
    }
    return counts;
}

} // namespace ordo
