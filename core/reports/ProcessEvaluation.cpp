#include "core/reports/ProcessEvaluation.h"

#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace ordo {

namespace {

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100.0));
}

} // namespace

QString toKey(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Slow:
        return QStringLiteral("slow");
    case FindingKind::Bottleneck:
        return QStringLiteral("bottleneck");
    case FindingKind::Skipped:
        return QStringLiteral("skipped");
    case FindingKind::Unused:
        return QStringLiteral("unused");
    case FindingKind::Returned:
        return QStringLiteral("returned");
    case FindingKind::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

double ProcessEvaluation::skippedShare(const StepEvaluation &step) const
{
    return finished ? 1.0 - double(step.finishedThrough) / double(finished) : 0.0;
}

double ProcessEvaluation::skippedShare(const StepEvaluation &step, const QString &jobType) const
{
    const qint64 total = finishedByJob.value(jobType);
    return total ? 1.0 - double(step.finishedThroughByJob.value(jobType)) / double(total) : 0.0;
}

double ProcessEvaluation::longestShare(const StepEvaluation &step) const
{
    return finished ? double(step.longestHere) / double(finished) : 0.0;
}

QString ProcessEvaluator::duration(qint64 seconds)
{
    const QLocale locale;
    if (seconds >= 24 * 3600) {
        const qint64 tenths = (seconds * 10 + 43200) / 86400;
        if (tenths % 10 == 0)
            return tr("%n day(s)", nullptr, static_cast<int>(tenths / 10));
        return tr("%1 days").arg(locale.toString(tenths / 10.0, 'f', 1));
    }
    if (seconds >= 3600)
        return tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
}

Result<QList<VersionSummary>> ProcessEvaluator::versions() const
{
    // No index on the version of an order: with one, the planner would take it for the board's
    // open orders instead of the open-orders index. One pass counts every version's orders.
    auto q = m_db.run(QStringLiteral(
        "SELECT v.id, v.workflow_id, w.name, v.version, v.created_at, v.note, coalesce(n.orders, 0) "
        "FROM workflow_versions v JOIN workflows w ON w.id = v.workflow_id "
        "LEFT JOIN (SELECT workflow_version_id, count(*) AS orders FROM work_orders GROUP BY workflow_version_id) n "
        "ON n.workflow_version_id = v.id ORDER BY w.id, v.version DESC"));
    if (!q)
        return q.error();
    QList<VersionSummary> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
                    q->value(4).toLongLong(), q->value(5).toString(), q->value(6).toLongLong()});
    return out;
}

Result<ProcessEvaluation> ProcessEvaluator::evaluate(Id versionId, const FindingThresholds &thresholds,
                                                     std::optional<qint64> since) const
{
    auto wf = WorkflowRepository(m_db).version(versionId);
    if (!wf)
        return wf.error();
    ProcessEvaluation ev;
    ev.version = {wf->id, wf->workflowId, wf->workflowName, wf->version, 0, QString(), 0};
    ev.since = since;
    QHash<Id, int> index;
    for (const Step &s : wf->steps) {
        index.insert(s.id, static_cast<int>(ev.steps.size()));
        StepEvaluation se;
        se.stepId = s.id;
        se.name = s.name;
        se.kind = s.kind;
        se.targetMinutes = s.targetMinutes;
        ev.steps.append(se);
    }

    // One statement: every stay of every order of the version (kept as history is written, schema
    // 20: entered, left, first action after entering), then each figure as a tagged row. `stays` is
    // used by every part, so it is materialized once. Portable SQL: window functions, CASE instead of
    // two-argument min().
    const QString sql = QStringLiteral(
        "WITH stays AS MATERIALIZED ("
        "  SELECT st.id, st.order_id, st.step_id, st.entered_at AS at, st.left_at, st.left_at - st.entered_at AS spent, "
        "    coalesce(st.first_act_at, st.left_at) - st.entered_at AS waited, o.job_type, "
        "    CASE WHEN fs.kind = 'done' AND o.is_open = 0 THEN 1 ELSE 0 END AS finished, "
        "    CASE WHEN fs.kind = 'cancelled' AND o.is_open = 0 THEN 1 ELSE 0 END AS cancelled "
        "  FROM order_stays st JOIN work_orders o ON o.id = st.order_id JOIN steps fs ON fs.id = o.step_id "
        "  WHERE st.step_id IN (SELECT id FROM steps WHERE workflow_version_id = :v) "
        "  AND o.workflow_version_id = :v AND o.created_at >= :since), "
        "ranked AS ("
        "  SELECT step_id, spent, waited, "
        "    ROW_NUMBER() OVER (PARTITION BY step_id ORDER BY spent) AS rs, "
        "    ROW_NUMBER() OVER (PARTITION BY step_id ORDER BY waited) AS rw, "
        "    COUNT(*) OVER (PARTITION BY step_id) AS n "
        "  FROM stays WHERE left_at IS NOT NULL), "
        "per_order AS ("
        "  SELECT order_id, step_id, count(*) AS c, max(finished) AS finished, max(job_type) AS job_type "
        "  FROM stays GROUP BY order_id, step_id), "
        "longest AS ("
        "  SELECT step_id, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY spent DESC, at, id) AS r "
        "  FROM stays WHERE finished = 1 AND left_at IS NOT NULL), "
        "leads AS ("
        "  SELECT max(at) - min(at) AS lead, ROW_NUMBER() OVER (ORDER BY max(at) - min(at)) AS r, COUNT(*) OVER () AS n "
        "  FROM stays WHERE finished = 1 GROUP BY order_id) "
        "SELECT 'time', step_id, '', max(n), max(CASE WHEN rs = (n + 1) / 2 THEN spent END), "
        "  max(CASE WHEN rs = (9 * n + 9) / 10 THEN spent END), max(CASE WHEN rw = (n + 1) / 2 THEN waited END) "
        "  FROM ranked GROUP BY step_id "
        "UNION ALL SELECT 'passed', step_id, '', count(*), sum(CASE WHEN c > 1 THEN 1 ELSE 0 END), 0, 0 "
        "  FROM per_order GROUP BY step_id "
        "UNION ALL SELECT 'job_step', step_id, job_type, count(*), 0, 0, 0 FROM per_order WHERE finished = 1 "
        "  GROUP BY step_id, job_type "
        "UNION ALL SELECT 'longest', step_id, '', count(*), 0, 0, 0 FROM longest WHERE r = 1 GROUP BY step_id "
        "UNION ALL SELECT 'lead', 0, '', max(n), max(CASE WHEN r = (n + 1) / 2 THEN lead END), 0, 0 FROM leads "
        "UNION ALL SELECT 'orders', 0, job_type, count(DISTINCT order_id), "
        "  count(DISTINCT CASE WHEN finished = 1 THEN order_id END), "
        "  count(DISTINCT CASE WHEN cancelled = 1 THEN order_id END), 0 FROM stays GROUP BY job_type");
    auto q = m_db.run(QString(sql)
                          .replace(QLatin1String(":since"), QString::number(since.value_or(std::numeric_limits<qint64>::min())))
                          .replace(QLatin1String(":v"), QString::number(versionId)));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString tag = q->value(0).toString();
        const Id stepId = q->value(1).toLongLong();
        const QString job = q->value(2).toString();
        const qint64 a = q->value(3).toLongLong();
        const qint64 b = q->value(4).toLongLong();
        const qint64 c = q->value(5).toLongLong();
        const qint64 d = q->value(6).toLongLong();
        if (tag == QLatin1String("lead")) {
            ev.medianLeadSeconds = b;
            continue;
        }
        if (tag == QLatin1String("orders")) {
            ev.orders += a;
            ev.finished += b;
            ev.cancelled += c;
            if (b > 0)
                ev.finishedByJob.insert(job, b);
            continue;
        }
        if (!index.contains(stepId))
            continue;
        StepEvaluation &s = ev.steps[index.value(stepId)];
        if (tag == QLatin1String("time")) {
            s.staysEnded = a;
            s.medianSeconds = b;
            s.p90Seconds = c;
            s.medianWaitSeconds = d;
        } else if (tag == QLatin1String("passed")) {
            s.passed = a;
            s.returned = b;
        } else if (tag == QLatin1String("job_step")) {
            s.finishedThrough += a;
            s.finishedThroughByJob.insert(job, a);
        } else if (tag == QLatin1String("longest")) {
            s.longestHere = a;
        }
    }

    auto summary = m_db.run(QStringLiteral("SELECT v.created_at, v.note FROM workflow_versions v WHERE v.id = ?"), {versionId});
    if (!summary)
        return summary.error();
    if (summary->next()) {
        ev.version.createdAt = summary->value(0).toLongLong();
        ev.version.note = summary->value(1).toString();
    }
    ev.version.orders = ev.orders;
    ev.findings = findings(ev, thresholds);
    return ev;
}

QList<Finding> ProcessEvaluator::findings(const ProcessEvaluation &ev, const FindingThresholds &t)
{
    QList<Finding> out;
    if (ev.finished < t.minimumOrders)
        return out;
    for (const StepEvaluation &s : ev.steps) {
        // Closing steps and "on hold" are where orders end or wait by design, not steps to remove.
        if (s.kind != StepKind::Open)
            continue;
        const double longestShare = ev.longestShare(s);
        const qint64 targetSecs = s.targetMinutes ? *s.targetMinutes * 60 : 0;
        bool slow = false;
        if (s.staysEnded >= t.minimumOrders && targetSecs > 0 &&
            static_cast<double>(s.medianSeconds) > t.slowOverTarget * static_cast<double>(targetSecs)) {
            slow = true;
            Finding f{FindingKind::Slow, s.stepId, s.name, QString(), longestShare, QString()};
            f.text = longestShare >= 0.1
                         ? tr("%1: median %2, target %3; %4 % of orders wait here longest.")
                               .arg(s.name, duration(s.medianSeconds), duration(targetSecs), percent(longestShare))
                         : tr("%1: median %2, target %3.").arg(s.name, duration(s.medianSeconds), duration(targetSecs));
            out.append(f);
        } else if (s.staysEnded >= t.minimumOrders && longestShare >= t.bottleneckShare) {
            Finding f{FindingKind::Bottleneck, s.stepId, s.name, QString(), longestShare, QString()};
            f.text = tr("%1: %2 % of orders wait here longest (median %3).")
                         .arg(s.name, percent(longestShare), duration(s.medianSeconds));
            out.append(f);
        }
        if (!slow && s.staysEnded >= t.minimumOrders && targetSecs > 0 &&
            s.medianWaitSeconds > static_cast<qint64>(t.waitingOfTarget * static_cast<double>(targetSecs))) {
            Finding f{FindingKind::Waiting, s.stepId, s.name, QString(),
                      double(s.medianWaitSeconds) / double(std::max<qint64>(1, s.medianSeconds)), QString()};
            f.text = tr("%1: orders wait a median %2 before anyone acts (target for the whole step %3).")
                         .arg(s.name, duration(s.medianWaitSeconds), duration(targetSecs));
            out.append(f);
        }
        if (s.passed == 0) {
            Finding f{FindingKind::Unused, s.stepId, s.name, QString(), 1.0, QString()};
            f.text = tr("%1 was not used by any of the %n finished order(s): it could be removed.", nullptr,
                        static_cast<int>(ev.finished))
                         .arg(s.name);
            out.append(f);
            continue;
        }
        // Skips per kind of job: a step most repairs go around is a step repairs do not need.
        QStringList jobs = ev.finishedByJob.keys();
        std::sort(jobs.begin(), jobs.end());
        for (const QString &job : jobs) {
            if (ev.finishedByJob.value(job) < t.minimumOrders)
                continue;
            const double skipped = ev.skippedShare(s, job);
            if (skipped < t.skippedShare)
                continue;
            Finding f{FindingKind::Skipped, s.stepId, s.name, job, skipped, QString()};
            f.text = job.isEmpty() ? tr("%1 is skipped by %2 % of orders.").arg(s.name, percent(skipped))
                                   : tr("%1 is skipped by %2 % of %3 orders.").arg(s.name, percent(skipped), job);
            out.append(f);
        }
        if (s.passed >= t.minimumOrders && s.returnedShare() >= t.returnedShare) {
            Finding f{FindingKind::Returned, s.stepId, s.name, QString(), s.returnedShare(), QString()};
            f.text = tr("%1: %2 % of orders came back to this step after leaving it.").arg(s.name, percent(s.returnedShare()));
            out.append(f);
        }
    }
    // The most telling first: slow steps and bottlenecks by share, then the rest in map order.
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        auto rank = [](FindingKind k) { return k == FindingKind::Slow ? 0 : k == FindingKind::Bottleneck ? 1 : 2; };
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        return rank(a.kind) < 2 && a.share > b.share;
    });
    return out;
}

} // namespace ordo
