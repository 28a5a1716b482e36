#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// How one step of one workflow version behaved, over every order of that version.
struct StepEvaluation
{
    Id stepId = 0;
    QString name;
    StepKind kind = StepKind::Open;
    std::optional<qint64> targetMinutes;
    qint64 passed = 0;              // orders that entered the step at least once
    qint64 returned = 0;            // of those, orders that entered it more than once
    qint64 staysEnded = 0;          // stays that ended with a move out
    qint64 medianSeconds = 0;       // time in the step, stays that ended
    qint64 p90Seconds = 0;
    qint64 medianWaitSeconds = 0;   // from entering until the first thing someone did on the order
    qint64 finishedThrough = 0;     // finished orders that went through the step
    qint64 longestHere = 0;         // finished orders whose longest stay was in this step
    // Finished orders per job type that went through the step ("Repair" → 3); the totals are in the evaluation.
    QHash<QString, qint64> finishedThroughByJob;

    double returnedShare() const { return passed ? double(returned) / double(passed) : 0.0; }
};

enum class FindingKind { Slow, Bottleneck, Skipped, Unused, Returned, Waiting };

// A plain-language conclusion drawn from the figures, with the step it is about.
struct Finding
{
    FindingKind kind = FindingKind::Slow;
    Id stepId = 0;
    QString stepName;
    QString jobType;                // for skips: the kind of job that skips the step
    double share = 0.0;             // 0..1, the share that justifies it (skipped, returned, waited longest)
    QString text;
};

struct VersionSummary
{
    Id versionId = 0;
    Id workflowId = 0;
    QString workflowName;
    int version = 0;
    qint64 createdAt = 0;
    QString note;
    qint64 orders = 0;
};

struct ProcessEvaluation
{
    VersionSummary version;
    std::optional<qint64> since;    // only orders received from then on; none: all of them
    qint64 orders = 0;              // orders on this version
    qint64 finished = 0;            // reached a done step
    qint64 cancelled = 0;
    qint64 medianLeadSeconds = 0;   // from the call to the done step, finished orders
    QHash<QString, qint64> finishedByJob;
    QList<StepEvaluation> steps;    // in map order
    QList<Finding> findings;        // most important first

    // Shares of the finished orders, 0..1: those that went around the step (of one job type, when
    // given), and those whose longest stay was in it.
    double skippedShare(const StepEvaluation &step) const;
    double skippedShare(const StepEvaluation &step, const QString &jobType) const;
    double longestShare(const StepEvaluation &step) const;
};

// Thresholds for findings. Below MinimumOrders finished orders (or stays) nothing is concluded.
struct FindingThresholds
{
    qint64 minimumOrders = 10;
    double slowOverTarget = 1.1;    // a step is slow when its median exceeds the target by more than 10 %
    double skippedShare = 0.5;      // a job type skips a step this often → "is skipped by"
    double returnedShare = 0.15;    // orders come back to a step this often
    double bottleneckShare = 0.3;   // this share of orders spend their longest stay here
    double waitingOfTarget = 0.75;   // median wait before anyone acts, as a share of the target
};

// Process evaluation: for each step of a workflow version, how many orders passed, how long they
// stayed, how many skipped it or came back to it and how long they waited before someone acted;
// then findings in plain words, so that the owner can add or remove a step with evidence.
// Aggregated in SQL in one statement per version.
class ProcessEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ProcessEvaluator)

public:
    explicit ProcessEvaluator(Database &db) : m_db(db) {}

    // Every version of every workflow, newest first, with how many orders each holds.
    Result<QList<VersionSummary>> versions() const;
    // `since`: only the orders received from then on (the last months say more about how the company
    // works now, and read a fraction of a long history).
    Result<ProcessEvaluation> evaluate(Id versionId, const FindingThresholds &thresholds = {},
                                       std::optional<qint64> since = std::nullopt) const;

    static QList<Finding> findings(const ProcessEvaluation &evaluation, const FindingThresholds &thresholds);
    // "6.2 days", "5 hours", "40 minutes".
    static QString duration(qint64 seconds);

private:
    Database &m_db;
};

QString toKey(FindingKind kind);

} // namespace ordo
