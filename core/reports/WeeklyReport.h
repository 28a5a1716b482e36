#pragma once

#include "common/Result.h"
#include "domain/Money.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>

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
    qint64 entered = 0;              // orders that entered the step during the week
    qint64 stays = 0;                // stays in the step that ended during the week
    qint64 medianSeconds = 0;        // of those stays
    qint64 p90Seconds = 0;
    qint64 pastTargetNow = 0;        // open orders in the step longer than its target at the week's end
};

struct PersonFigures
{
    Id staffId = 0;
    QString name;
    qint64 visits = 0;               // appointments during the week, not cancelled
    qint64 jobsCompleted = 0;        // their orders finished during the week
    Cents revenue = 0;               // invoices issued during the week for their orders
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
};

class WeeklyReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WeeklyReportBuilder)

public:
    explicit WeeklyReportBuilder(Database &db) : m_db(db) {}

    // "2026-W48" → the year and week; nullopt when it is not an ISO week.
    static std::optional<std::pair<int, int>> parseWeek(const QString &text);
    static QDate mondayOf(int isoYear, int isoWeek);

    Result<WeeklyReport> build(int isoYear, int isoWeek) const;

private:
    Database &m_db;
};

} // namespace ordo
