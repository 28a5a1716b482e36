#include "core/storage/SearchIndex.h"

#include "core/storage/Database.h"

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

namespace {

// Row ids of `table` matching an FTS5 query (already built), in `order`.
Result<QList<Id>> matching(const Database &db, const QLatin1String &table, const QString &query, const QLatin1String &order,
                           int limit)
{
    if (query.isEmpty())
        return QList<Id>{};
    auto q = db.run(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY %2 LIMIT ?").arg(table, order), {query, limit});
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// PostgreSQL: every word of `text` as a prefix ('word':*), all of them required.
QString prefixQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('\'') + word + QStringLiteral("':*");
    return terms.join(QStringLiteral(" & "));
}

Result<QList<Id>> idsOf(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// The query is written into the statement (not joined as a function in FROM) so that the planner
// estimates how many rows match: a rare phone fragment is read from the GIN index, a common word by
// walking the order's index until the page is full (a join made it walk every row for a rare one).
// `order` may name the query as QUERY (ts_rank(words, QUERY)).
Result<QList<Id>> serverMatching(const Database &db, const QLatin1String &table, const QString &tsquery,
                                 const QLatin1String &column, const QString &order, int limit)
{
    if (tsquery.isEmpty())
        return QList<Id>{};
    const QString query = QStringLiteral("to_tsquery('simple', unaccent(lower(?)))");
    QVariantList values{tsquery};
    for (int i = 0; i < order.count(QLatin1String("QUERY")); ++i)
        values << tsquery;
    values << limit;
    return idsOf(db.run(QStringLiteral("SELECT id FROM %1 WHERE %2 @@ %3 ORDER BY %4 LIMIT ?")
                            .arg(table, column, query, QString(order).replace(QLatin1String("QUERY"), query)),
                        values));
}

} // namespace

Result<QList<Id>> customers(const Database &db, const QString &text, int limit)
{
    if (db.dialect() == Database::Dialect::PostgreSQL)
        return serverMatching(db, QLatin1String("customer_search"), prefixQuery(text), QLatin1String("words"),
                              QStringLiteral("ts_rank(words, QUERY) DESC, id"), limit);
    return matching(db, QLatin1String("customer_search"), ftsQuery(text), QLatin1String("rank"), limit);
}

Result<QList<Id>> customersWithPhone(const Database &db, const QString &digits, int limit)
{
    // The bare-digits form of every phone is a word of the index: an exact, quoted term in that column.
    QString clean;
    for (const QChar c : digits)
        if (c.isDigit())
            clean += c;
    if (clean.isEmpty())
        return QList<Id>{};
    if (db.dialect() == Database::Dialect::PostgreSQL)
        return serverMatching(db, QLatin1String("customer_search"), clean, QLatin1String("phones"), QStringLiteral("id"), limit);
    return matching(db, QLatin1String("customer_search"), QStringLiteral("phones : \"%1\"").arg(clean), QLatin1String("rowid"),
                    limit);
}

Result<bool> tidy(Database &db, int pages)
{
    if (db.dialect() != Database::Dialect::SQLite)
        return false;
    // Only when nobody else is writing: it can always wait for the next time (a desktop holding
    // the lock would otherwise keep the server's writer, and the bookings behind it, waiting).
    Transaction tx(db);
    auto begun = tx.tryBegin();
    if (!begun || !*begun)
        return begun ? Result<bool>(false) : Result<bool>(begun.error());
    bool merged = false;
    for (const QString &index : {QStringLiteral("order_search"), QStringLiteral("customer_search")}) {
        auto before = db.scalar(QStringLiteral("SELECT total_changes()"));
        if (!before)
            return before.error();
        // A positive count merges only where FTS5 finds enough pieces of one size ("usermerge").
        if (auto r = db.run(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('merge', ?)").arg(index), {pages}); !r)
            return r.error();
        auto after = db.scalar(QStringLiteral("SELECT total_changes()"));
        if (!after)
            return after.error();
        // FTS5's documented sign of work done: two changes or more (a merge with nothing to do writes nothing).
        merged = merged || after->toLongLong() - before->toLongLong() >= 2;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return merged;
}

BulkIndexing::BulkIndexing(Database &db) : m_db(db)
{
    // On the server the triggers stay: a failed statement would end the caller's transaction there.
    if (m_db.dialect() != Database::Dialect::SQLite)
        return;
    auto sql = m_db.run(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                       "('order_search_insert', 'customer_search_insert') ORDER BY name"));
    if (!sql)
        return;
    while (sql->next())
        m_triggerSql << sql->value(0).toString();
    for (const QString &name : {QStringLiteral("order_search_insert"), QStringLiteral("customer_search_insert")})
        (void)m_db.run(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
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
    const QStringList rebuild =
        QStringList{QStringLiteral("DELETE FROM order_search"),
                    QStringLiteral("INSERT INTO order_search (rowid, number, customer, phones, address, title, "
                                   "description) SELECT id, number, customer, phones, address, title, "
                                   "description FROM order_search_source"),
                    QStringLiteral("DELETE FROM customer_search"),
                    QStringLiteral("INSERT INTO customer_search (rowid, name, phones, email, address) "
                                   "SELECT id, name, phones, email, address FROM customer_search_source"),
                    // One piece each, as a database in use for years has after its merges: a bulk
                    // insert leaves a dozen, which the next writes would merge all at once.
                    QStringLiteral("INSERT INTO order_search (order_search) VALUES ('optimize')"),
                    QStringLiteral("INSERT INTO customer_search (customer_search) VALUES ('optimize')")} +
        m_triggerSql;
    for (const QString &sql : rebuild) {
        if (auto r = m_db.run(sql); !r)
            return r.error();
    }
    return {};
}

Result<QList<Id>> orders(const Database &db, const QString &text, int limit)
{
    if (db.dialect() == Database::Dialect::PostgreSQL)
        return serverMatching(db, QLatin1String("order_search"), prefixQuery(text), QLatin1String("words"), QStringLiteral("id DESC"), limit);
    return matching(db, QLatin1String("order_search"), ftsQuery(text), QLatin1String("rowid DESC"), limit);
}

} // namespace ordo::search
