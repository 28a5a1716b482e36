#pragma once

#include "core/common/Result.h"
#include "core/reports/WeeklyReport.h"

namespace ordo {

class Database;

// The step figures of finished weeks, computed once and kept in week_summaries for the weekly
// report's "previous week" and "4-week average" columns. Moves are recorded when they happen, so a
// finished week's history does not change; whatever rewrites history must clear week_summaries.
class WeekSummaries final
{
public:
    explicit WeekSummaries(Database &db) : m_db(db) {}

    // The kept figures of the week from `from` to `to`; nullopt when that week is not kept.
    Result<std::optional<QHash<QString, StepWeek>>> find(qint64 from, qint64 to) const;

    // Keeps what a report computed (WeeklyReport::unkeptWeeks), apart from building it, and only
    // when it costs no waiting: on a read-only connection, or while another connection holds the
    // write lock, nothing is kept (false) and a later report computes them again.
    Result<bool> keep(const QList<WeekSteps> &weeks);

private:
    Result<void> write(const WeekSteps &week);

    Database &m_db;
};

} // namespace ordo
