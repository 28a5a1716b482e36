#pragma once

#include "core/common/Result.h"
#include "core/domain/Money.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace ordo {

class Database;

// A figure of the week beside the previous week and the average of the four weeks before it.
struct Trend
{
    qint64 value = 0;
    qint64 previous = 0;
    qint64 fourWeekAverage = 0;
};

struct StepFigures
{
    Id stepId = 0;
    QString name;
    std::optional<qint64> targetMinutes;
    Trend entered;                   // orders that entered the step
    qint64 stays = 0;                // stays in the step that ended during the week
    Trend medianSeconds;             // of the stays that ended; the average is that of the weekly medians
    Trend p90Seconds;
    qint64 pastTargetNow = 0;        // open orders in the step longer than its target at the week's end
};

struct PersonFigures
{
    Id staffId = 0;
    QString name;
    Trend visits;                    // appointments, not cancelled
    Trend jobsCompleted;             // their orders finished
    Trend revenue;                   // cents of invoices issued for their orders
};

// One day of the week, for the flow and revenue charts.
struct DayFigures
{
    QDate day;
    qint64 received = 0;
    qint64 completed = 0;
    Cents invoiced = 0;
    Cents collected = 0;
};

struct OverdueOrder
{
    QString number;
    QString customer;
    QString step;
    qint64 dueAt = 0;
};

// Step figures of one week, by step name.
struct StepWeek
{
    qint64 entered = 0;
    qint64 stays = 0;
    qint64 median = 0;
    qint64 p90 = 0;
};

// A finished week's step figures (Monday 00:00 to the next, local, in UTC seconds).
struct WeekSteps
{
    qint64 from = 0;
    qint64 to = 0;
    QHash<QString, StepWeek> steps;
};

// The owner's weekly report for one ISO week, every figure aggregated in SQL.
struct WeeklyReport
{
    int isoYear = 0;
    int isoWeek = 0;
    qint64 from = 0;                 // UTC seconds of Monday 00:00 local
    qint64 to = 0;                   // UTC seconds of the next Monday 00:00 local
    Trend received;
    Trend completed;
    Trend cancelled;
    qint64 openAtEnd = 0;
    Trend invoiced;                  // cents
    Trend collected;                 // cents
    Cents outstanding = 0;           // issued by the week's end and not yet paid then
    Cents overdue = 0;               // of which past due
    QList<DayFigures> days;          // Monday to Sunday
    QList<StepFigures> steps;
    QList<PersonFigures> people;
    QList<OverdueOrder> oldestOverdue;
    // Where the invoice chain ended when the week ended: printed, so that a later rewrite of the
    // invoices can be found from paper (ordo-cli invoice verify --anchor NUMBER=HASH).
    QString chainNumber;
    QString chainHash;
    // Finished weeks before this one whose step figures were not kept yet and were computed for
    // it: WeekSummaries::keep() keeps them for the next report (building a report never writes).
    QList<WeekSteps> unkeptWeeks;
};

// Builds the report by reading only: no write transaction, so it never waits for another writer or
// holds one up, and works on a read-only connection.
class WeeklyReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WeeklyReportBuilder)

public:
    explicit WeeklyReportBuilder(Database &db) : m_db(db) {}

    // "2026-W48" → the year and week; nullopt when it is not an ISO week.
    static std::optional<std::pair<int, int>> parseWeek(const QString &text);
    static QDate mondayOf(int isoYear, int isoWeek);

    Result<WeeklyReport> build(int isoYear, int isoWeek) const;

    // Standard invoices issued, of them those due, and payments made, all before `to` (cents), from
    // the figures kept per day plus the last part-day read live: what the full sums over every
    // invoice and payment give, at a cost that does not grow with history.
    struct LedgerTotals
    {
        qint64 invoiced = 0;
        qint64 due = 0;
        qint64 paid = 0;
    };
    LedgerTotals ledgerTotals(qint64 to, bool &failed, Error &failure) const;

private:
    Result<QHash<QString, StepWeek>> stepWeek(qint64 from, qint64 to) const;
    // A past week's step figures: kept ones when there are, otherwise computed now and added to
    // `unkept` (for WeekSummaries::keep()).
    Result<QHash<QString, StepWeek>> pastStepWeek(qint64 from, qint64 to, QList<WeekSteps> &unkept) const;

    Database &m_db;
};

} // namespace ordo
