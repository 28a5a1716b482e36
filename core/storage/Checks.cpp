#include "storage/Checks.h"

#include "storage/Database.h"

namespace ordo {

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

    auto integrity = m_db.run(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << tr("Damaged storage: %1").arg(line);
    }

    auto foreignKeys = m_db.run(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next())
        report.problems << tr("Row %1 of %2 points to a missing row of %3.")
                               .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                                    foreignKeys->value(2).toString());

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
    return report;
}

} // namespace ordo
