#include "core/storage/Checks.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"

#include "core/common/Log.h"

#include <QSet>
#include <QTemporaryDir>

namespace ordo {

namespace {

// What a database of this version must hold: the objects (name → table, index, trigger or view) of a
// new SQLite database made by this Ordo, built once.
const QMap<QString, QString> &referenceObjects()
{
    static const QMap<QString, QString> objects = [] {
        QMap<QString, QString> found;
        QTemporaryDir dir;
        auto fresh = Database::open(dir.filePath(QStringLiteral("reference.sqlite")));
        if (!fresh) {
            qCWarning(logStorage) << "Could not build the reference schema:" << fresh.error().message;
            return found;
        }
        auto q = (*fresh)->run(QStringLiteral("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
        while (q && q->next())
            found.insert(q->value(0).toString(), q->value(1).toString());
        return found;
    }();
    return objects;
}

} // namespace

// Each object `expected` names that is not in `present` with its kind, as a problem.
void DatabaseChecks::reportMissing(const QMap<QString, QString> &expected, const QMap<QString, QString> &present,
                                   CheckReport &report)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (present.value(it.key()) == it.value())
            continue;
        if (it.value() == QLatin1String("table"))
            report.problems << tr("The table %1 is missing.").arg(it.key());
        else if (it.value() == QLatin1String("index"))
            report.problems << tr("The index %1 is missing.").arg(it.key());
        else if (it.value() == QLatin1String("trigger"))
            report.problems << tr("The trigger %1 is missing.").arg(it.key());
        else
            report.problems << tr("The view %1 is missing.").arg(it.key());
    }
}

const QStringList &DatabaseChecks::tables()
{
    static const QStringList names{
        QStringLiteral("staff"),        QStringLiteral("customers"),    QStringLiteral("sites"),
        QStringLiteral("workflows"),    QStringLiteral("workflow_versions"), QStringLiteral("steps"),
        QStringLiteral("transitions"),  QStringLiteral("work_orders"),  QStringLiteral("line_items"),
        QStringLiteral("order_notes"),  QStringLiteral("appointments"), QStringLiteral("order_events"),
        QStringLiteral("invoices"),     QStringLiteral("invoice_lines"), QStringLiteral("payments"),
    };
    return names;
}

Result<QList<TableCount>> DatabaseChecks::tableCounts() const
{
    QList<TableCount> counts;
    for (const auto &table : tables()) {
        // Table names come from the fixed list above, never from input.
        auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!n)
            return n.error();
        counts.append({table, n->toLongLong()});
    }
    return counts;
}

Result<CheckReport> DatabaseChecks::check() const
{
    CheckReport report;
    if (m_db.dialect() == Database::Dialect::PostgreSQL)
        return checkServer();

    auto integrity = m_db.run(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    // One row per problem, though a row may hold several lines: each line is one problem.
    while (integrity->next()) {
        const QStringList lines = integrity->value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                report.problems << tr("Damaged storage: %1").arg(line.trimmed());
        }
    }
    if (!report.problems.isEmpty())
        return report;  // Ordo's own rules read through damaged pages would only add noise

    if (auto r = checkSchema(report); !r)
        return r.error();
    if (auto r = checkSearchIndexes(report); !r)
        return r.error();
    if (auto r = checkInvoiceCounters(report); !r)
        return r.error();

    auto foreignKeys = m_db.run(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next())
        report.problems << tr("Row %1 of %2 points to a missing row of %3.")
                               .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                                    foreignKeys->value(2).toString());
    if (auto r = checkRules(report); !r)
        return r.error();
    return report;
}

// PostgreSQL keeps its own storage sound (page checksums, WAL) and enforces foreign keys always:
// what is left to check is that Ordo's tables, views and indexes are all there (as on a new SQLite
// database of this version, whose search tables and triggers are SQLite's own), that each search
// index holds every order and customer, and Ordo's own rules.
Result<CheckReport> DatabaseChecks::checkServer() const
{
    CheckReport report;
    // SQLite's own search tables and every trigger are of SQLite's kind: PostgreSQL has its twins.
    QMap<QString, QString> expected;
    const QMap<QString, QString> &reference = referenceObjects();
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        if (it.value() != QLatin1String("trigger") && !it.key().startsWith(QLatin1String("order_search"))
            && !it.key().startsWith(QLatin1String("customer_search")))
            expected.insert(it.key(), it.value());
    auto q = m_db.run(QStringLiteral(
        "SELECT tablename, 'table' FROM pg_tables WHERE schemaname = current_schema() "
        "UNION ALL SELECT indexname, 'index' FROM pg_indexes WHERE schemaname = current_schema() "
        "UNION ALL SELECT viewname, 'view' FROM pg_views WHERE schemaname = current_schema()"));
    if (!q)
        return q.error();
    QMap<QString, QString> present;
    while (q->next())
        present.insert(q->value(0).toString(), q->value(1).toString());
    reportMissing(expected, present, report);
    if (!report.problems.isEmpty())
        return report;
    for (const auto &[index, table] : {std::pair{"order_search", "work_orders"}, std::pair{"customer_search", "customers"}}) {
        auto missing = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM %2 s WHERE s.id = t.id)")
                                       .arg(QLatin1String(table), QLatin1String(index)));
        if (!missing)
            return missing.error();
        if (missing->toLongLong() > 0)
            report.problems << tr("The search index %1 misses %2 rows: it can be rebuilt from the orders and customers.")
                                   .arg(QLatin1String(index))
                                   .arg(missing->toLongLong());
    }
    if (auto r = checkInvoiceCounters(report); !r)
        return r.error();
    if (auto r = checkRules(report); !r)
        return r.error();
    return report;
}

Result<void> DatabaseChecks::checkRules(CheckReport &report) const
{
    struct Rule
    {
        const char *sql;
        const char *problem;
    };
    static const Rule rules[] = {
        {"SELECT o.number FROM work_orders o JOIN steps s ON s.id = o.step_id "
         "WHERE s.workflow_version_id <> o.workflow_version_id LIMIT 50",
         QT_TRANSLATE_NOOP("ordo::DatabaseChecks", "%1 is in a step of another process map version.")},
        {"SELECT o.number FROM work_orders o JOIN steps s ON s.id = o.step_id "
         "WHERE o.is_open <> (CASE WHEN s.kind IN ('open', 'on_hold') THEN 1 ELSE 0 END) LIMIT 50",
         QT_TRANSLATE_NOOP("ordo::DatabaseChecks", "%1 is marked open or closed against the kind of its step.")},
        {"SELECT o.number FROM work_orders o WHERE o.is_open = 1 AND o.responsible_id IS NULL LIMIT 50",
         QT_TRANSLATE_NOOP("ordo::DatabaseChecks", "%1 is open but nobody is responsible for it.")},
        {"SELECT o.number FROM work_orders o WHERE NOT EXISTS "
         "(SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.kind = 'created') LIMIT 50",
         QT_TRANSLATE_NOOP("ordo::DatabaseChecks", "%1 has no creation record in its history.")},
        {"SELECT o.number FROM work_orders o WHERE NOT EXISTS (SELECT 1 FROM sequences q "
         "WHERE q.name = 'work_order:' || substr(o.number, 4, 4) AND q.value >= CAST(substr(o.number, 9) AS INTEGER)) "
         "LIMIT 50",
         QT_TRANSLATE_NOOP("ordo::DatabaseChecks", "%1 is ahead of the numbering counter of its year.")},
    };
    for (const auto &rule : rules) {
        auto q = m_db.run(QString::fromUtf8(rule.sql));
        if (!q)
            return q.error();
        while (q->next())
            report.problems << tr(rule.problem).arg(q->value(0).toString());
    }
    return {};
}

Result<void> DatabaseChecks::checkSchema(CheckReport &report) const
{
    auto q = m_db.run(QStringLiteral("SELECT name, type FROM sqlite_master"));
    if (!q)
        return q.error();
    QMap<QString, QString> present;
    while (q->next())
        present.insert(q->value(0).toString(), q->value(1).toString());
    reportMissing(referenceObjects(), present, report);
    return {};
}

Result<void> DatabaseChecks::checkSearchIndexes(CheckReport &report) const
{
    auto q = m_db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    if (tables.isEmpty())
        return {};
    // FTS5's integrity check is written as an INSERT, which a read-only connection refuses. It runs
    // on a connection of its own inside a transaction that is rolled back, which neither checkpoints
    // nor removes the WAL when it closes: the file is left exactly as it was.
    SqliteConnection c(m_db.path(), SqliteConnection::Mode::ReadWrite);
    if (!c.ok()) {
        report.notes << tr("The search indexes were not checked: %1 cannot be opened for writing.").arg(m_db.path());
        return {};
    }
    c.leaveFileAsItIs();
    if (!c.exec(QStringLiteral("BEGIN"))) {
        report.notes << tr("The search indexes could not be checked: %1").arg(c.driverText());
        return {};
    }
    for (const QString &table : tables) {
        // Names come from sqlite_master of an Ordo database; quoted all the same.
        const QString quoted = QLatin1Char('"') + QString(table).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        if (c.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(quoted)))
            continue;
        if (c.error().code == ErrorCode::Conflict)
            report.notes << tr("The search index %1 was not checked: another program was saving. Run the check again.")
                                .arg(table);
        else
            report.problems << tr("The search index %1 is damaged (%2): it can be rebuilt from the orders and customers.")
                                   .arg(table, c.driverText());
    }
    (void)c.exec(QStringLiteral("ROLLBACK"));
    return {};
}

Result<void> DatabaseChecks::checkInvoiceCounters(CheckReport &report) const
{
    // Each series and year: the counter stands at the last number given, and every number from 1
    // up to it belongs to exactly one invoice.
    auto q = m_db.run(QStringLiteral(
        "SELECT q.name, q.value, (SELECT count(*) FROM invoices i WHERE 'invoice:' || i.series || ':' || i.year = q.name "
        "AND i.sequence IS NOT NULL), (SELECT max(i.sequence) FROM invoices i WHERE 'invoice:' || i.series || ':' || "
        "i.year = q.name AND i.sequence IS NOT NULL) FROM sequences q WHERE q.name LIKE 'invoice:%' "
        "UNION ALL SELECT 'invoice:' || i.series || ':' || i.year, NULL, count(*), max(i.sequence) FROM invoices i "
        "WHERE i.sequence IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sequences q WHERE q.name = 'invoice:' || i.series "
        "|| ':' || i.year) GROUP BY i.series, i.year"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString name = q->value(0).toString();
        const QString series = name.section(QLatin1Char(':'), 1, -2);
        const QString year = name.section(QLatin1Char(':'), -1);
        const QString label = series.isEmpty() ? year : QStringLiteral("%1 %2").arg(series, year);
        const qint64 issued = q->value(2).toLongLong();
        const qint64 last = q->value(3).toLongLong();
        if (q->value(1).isNull()) {
            report.problems << tr("Invoices of series %1 were issued up to number %2, but the series has no counter.")
                                   .arg(label)
                                   .arg(last);
            continue;
        }
        const qint64 counter = q->value(1).toLongLong();
        if (counter != last && last == 0)
            report.problems << tr("The counter of invoice series %1 stands at %2, but no invoice of it was issued.")
                                   .arg(label)
                                   .arg(counter);
        else if (counter != last)
            report.problems << tr("The counter of invoice series %1 stands at %2, but the last invoice issued is number %3.")
                                   .arg(label)
                                   .arg(counter)
                                   .arg(last);
        if (issued != last)
            report.problems << tr("Invoice series %1 has gaps or repeats: %2 invoices for the numbers 1 to %3.")
                                   .arg(label)
                                   .arg(issued)
                                   .arg(last);
    }
    return {};
}

} // namespace ordo
