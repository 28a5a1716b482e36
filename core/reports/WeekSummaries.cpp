#include "core/reports/WeekSummaries.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

namespace ordo {

Result<std::optional<QHash<QString, StepWeek>>> WeekSummaries::find(qint64 from, qint64 to) const
{
    auto kept = m_db.run(QStringLiteral("SELECT count(*) FROM week_summaries WHERE week_start = ? AND week_end = ?"), {from, to});
    if (!kept)
        return kept.error();
    if (!kept->next() || kept->value(0).toLongLong() == 0)
        return std::optional<QHash<QString, StepWeek>>();
    QHash<QString, StepWeek> result;
    auto q = m_db.run(QStringLiteral("SELECT step_name, entered, stays, median_seconds, p90_seconds FROM week_step_figures "
                                     "WHERE week_start = ?"),
                      {from});
    if (!q)
        return q.error();
    while (q->next())
        result.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                                               q->value(4).toLongLong()});
    return std::optional<QHash<QString, StepWeek>>(result);
}

Result<bool> WeekSummaries::keep(const QList<WeekSteps> &weeks)
{
    if (weeks.isEmpty() || m_db.isReadOnly())
        return false;
    if (m_db.inTransaction()) {
        for (const auto &week : weeks)
            if (auto r = write(week); !r)
                return r.error();
        return true;
    }
    Transaction tx(m_db);
    auto begun = tx.tryBegin();
    if (!begun || !*begun)
        return begun;
    for (const auto &week : weeks)
        if (auto r = write(week); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<void> WeekSummaries::write(const WeekSteps &week)
{
    auto marked = m_db.run(QStringLiteral("INSERT INTO week_summaries (week_start, week_end, computed_at) VALUES (?, ?, ?) "
                                          "ON CONFLICT (week_start) DO NOTHING"),
                           {week.from, week.to, Clock::nowSecs()});
    if (!marked)
        return marked.error();
    if (marked->numRowsAffected() != 1)
        return {};  // someone else kept it first
    for (auto it = week.steps.cbegin(); it != week.steps.cend(); ++it) {
        auto row = m_db.run(QStringLiteral("INSERT INTO week_step_figures (week_start, step_name, entered, stays, "
                                           "median_seconds, p90_seconds) VALUES (?, ?, ?, ?, ?, ?)"),
                            {week.from, it.key(), it->entered, it->stays, it->median, it->p90});
        if (!row)
            return row.error();
    }
    return {};
}

} // namespace ordo
