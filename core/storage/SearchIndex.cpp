#include "storage/SearchIndex.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace ordo::search {

QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

BulkIndexing::BulkIndexing(Database &db) : m_db(db)
{
    auto sql = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'order_search_insert'"));
    if (!sql)
        return;
    m_triggerSql = sql->toString();
    if (!m_db.run(QStringLiteral("DROP TRIGGER order_search_insert")))
        m_triggerSql.clear();
}

BulkIndexing::~BulkIndexing()
{
    (void)finish();
}

Result<void> BulkIndexing::finish()
{
    if (m_done || m_triggerSql.isEmpty())
        return {};
    m_done = true;
    for (const QString &sql : {QStringLiteral("DELETE FROM order_search"),
                               QStringLiteral("INSERT INTO order_search (rowid, number, customer, phones, address, title, "
                                              "description) SELECT id, number, customer, phones, address, title, "
                                              "description FROM order_search_source"),
                               m_triggerSql}) {
        if (auto r = m_db.run(sql); !r)
            return r.error();
    }
    return {};
}

Result<QList<Id>> orders(const Database &db, const QString &text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return QList<Id>{};
    auto q = db.run(QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ? ORDER BY rowid DESC LIMIT ?"),
                    {query, limit});
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace ordo::search
