#include "core/reports/ProcessEvaluation.h"

#include "core/storage/Database.h"
#include "core/storage/IntegerRows.h"
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

    // Every stay of every order of the version, kept as history is written (schema 20), read once in
    // the orders' order and counted here: a sort per figure over millions of rows in SQL cost more
    // than a minute on 500,000 orders. First the orders (their job and how they ended), then their
    // stays (entered, left, first action after entering), both in the orders' order of creation:
    // the orders from their index by creation, each one's stays from the stays' index by order
    // (CROSS JOIN: SQLite keeps that order of the loops, so neither needs a sort).
    QHash<Id, StepKind> kinds;
    if (auto k = m_db.run(QStringLiteral("SELECT id, kind FROM steps")); !k) {
        return k.error();
    } else {
        while (k->next())
            kinds.insert(k->value(0).toLongLong(), stepKindFromKey(k->value(1).toString()).value_or(StepKind::Open));
    }
    // All history: the version's orders in the order of their ids (the table itself) and every stay
    // from the stays' covering index in the same order, with no join (500,000 seeks were a third of
    // the time); the stays of other versions' orders are passed over. Since a date: the orders created
    // since then from their index by creation and each one's stays (CROSS JOIN: SQLite keeps that
    // order of the loops, so neither needs a sort).
    const bool allHistory = !since.has_value();
    const QVariant from = QVariant::fromValue<qint64>(since.value_or(std::numeric_limits<qint64>::min()));
    auto orders = allHistory ? m_db.run(QStringLiteral("SELECT o.id, o.job_type, o.is_open, o.step_id FROM work_orders o "
                                                       "WHERE o.workflow_version_id = ? ORDER BY o.id"),
                                        {versionId})
                             : m_db.run(QStringLiteral("SELECT o.id, o.job_type, o.is_open, o.step_id FROM work_orders o "
                                                       "WHERE o.workflow_version_id = ? AND o.created_at >= ? ORDER BY o.created_at, o.id"),
                                        {versionId, from});
    if (!orders)
        return orders.error();
    // The stays are read without a QVariant per value (IntegerRows): Qt's conversion of some 19 million
    // values was most of the time on 500,000 orders.
    IntegerRows stays(m_db,
                      allHistory ? QStringLiteral("SELECT st.order_id, st.step_id, st.entered_at, st.left_at, st.first_act_at "
                                                  "FROM order_stays st ORDER BY st.order_id, st.entered_at, st.id")
                                 : QStringLiteral("SELECT st.order_id, st.step_id, st.entered_at, st.left_at, st.first_act_at "
                                                  "FROM work_orders o CROSS JOIN order_stays st "
                                                  "WHERE st.order_id = o.id AND o.workflow_version_id = ? AND o.created_at >= ? "
                                                  "AND st.step_id IN (SELECT id FROM steps WHERE workflow_version_id = ?) "
                                                  "ORDER BY o.created_at, o.id, st.entered_at, st.id"),
                      allHistory ? QVariantList{} : QVariantList{versionId, from, versionId}, 5);
    if (auto started = stays.start(); !started)
        return started.error();

    const auto n = static_cast<std::size_t>(ev.steps.size());
    // Durations in seconds as 32-bit values (68 years; longer ones are clamped): millions of them are
    // kept for the medians, and half the memory is half the copying while the lists grow.
    std::vector<std::vector<qint32>> spent(n), waited(n);
    auto seconds = [](qint64 s) {
        return static_cast<qint32>(std::clamp<qint64>(s, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()));
    };
    std::vector<qint64> leads;
    struct JobCount
    {
        qint64 orders = 0, finished = 0, cancelled = 0;
    };
    QHash<QString, JobCount> jobs;
    // The order being read: its stays per step, its longest ended stay, its first and last entry.
    Id current = 0;
    QString job;
    bool finished = false, cancelled = false;
    std::vector<int> here(n, 0);
    std::vector<std::size_t> touched;
    qint64 longest = -1, firstAt = 0, lastAt = 0;
    std::size_t longestStep = 0;
    auto flush = [&] {
        if (current == 0)
            return;
        JobCount &j = jobs[job];
        ++j.orders;
        j.finished += finished ? 1 : 0;
        j.cancelled += cancelled ? 1 : 0;
        for (std::size_t i : touched) {
            StepEvaluation &s = ev.steps[static_cast<qsizetype>(i)];
            ++s.passed;
            s.returned += here[i] > 1 ? 1 : 0;
            if (finished) {
                ++s.finishedThrough;
                ++s.finishedThroughByJob[job];
            }
            here[i] = 0;
        }
        touched.clear();
        if (finished) {
            if (longest >= 0)
                ++ev.steps[static_cast<qsizetype>(longestStep)].longestHere;
            leads.push_back(lastAt - firstAt);
        }
        current = 0;
    };
    bool moreOrders = orders->next();
    while (stays.next()) {
        // Only the version's steps (other versions' stays are not read since a date, passed over here).
        const auto step = index.constFind(stays.value(1));
        if (step == index.cend())
            continue;
        const Id order = stays.value(0);
        if (order != current) {
            flush();
            if (allHistory) {
                // Both in the order of ids: an order not among the version's is passed over.
                while (moreOrders && orders->value(0).toLongLong() < order)
                    moreOrders = orders->next();
                if (!moreOrders)
                    break;
                if (orders->value(0).toLongLong() != order)
                    continue;
            } else {
                while (moreOrders && orders->value(0).toLongLong() != order)
                    moreOrders = orders->next();
                if (!moreOrders)
                    break;  // not among the version's orders (cannot happen: the same filter, the same order)
            }
            current = order;
            job = orders->value(1).toString();
            const bool closed = orders->value(2).toLongLong() == 0;
            const StepKind kind = kinds.value(orders->value(3).toLongLong(), StepKind::Open);
            finished = closed && kind == StepKind::Done;
            cancelled = closed && kind == StepKind::Cancelled;
            longest = -1;
            firstAt = lastAt = stays.value(2);
        }
        const auto i = static_cast<std::size_t>(*step);
        const qint64 at = stays.value(2);
        firstAt = std::min(firstAt, at);
        lastAt = std::max(lastAt, at);
        if (here[i]++ == 0)
            touched.push_back(i);
        if (stays.isNull(3))
            continue;
        const qint64 leftAt = stays.value(3);
        spent[i].push_back(seconds(leftAt - at));
        waited[i].push_back(seconds((stays.isNull(4) ? leftAt : stays.value(4)) - at));
        // The longest stay of the order; of equal ones the first (stays come in (entered, id) order).
        if (leftAt - at > longest) {
            longest = leftAt - at;
            longestStep = i;
        }
    }
    flush();
    if (stays.error())
        return *stays.error();

    // Nearest rank, as before: the median is rank (n + 1) / 2, the 90th percentile rank (9n + 9) / 10.
    auto rank = [](auto &values, std::size_t r) -> qint64 {
        auto at = values.begin() + static_cast<std::ptrdiff_t>(r - 1);
        std::nth_element(values.begin(), at, values.end());
        return *at;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t count = spent[i].size();
        if (count == 0)
            continue;
        StepEvaluation &s = ev.steps[static_cast<qsizetype>(i)];
        s.staysEnded = static_cast<qint64>(count);
        s.medianSeconds = rank(spent[i], (count + 1) / 2);
        s.p90Seconds = rank(spent[i], (9 * count + 9) / 10);
        s.medianWaitSeconds = rank(waited[i], (count + 1) / 2);
    }
    if (!leads.empty())
        ev.medianLeadSeconds = rank(leads, (leads.size() + 1) / 2);
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        ev.orders += it->orders;
        ev.finished += it->finished;
        ev.cancelled += it->cancelled;
        if (it->finished > 0)
            ev.finishedByJob.insert(it.key(), it->finished);
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
