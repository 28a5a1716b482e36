#include "core/reports/WeeklyReport.h"
#include "core/common/Collation.h"

#include "core/common/Clock.h"
#include "core/reports/WeekSummaries.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace ordo {

std::optional<std::pair<int, int>> WeeklyReportBuilder::parseWeek(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{1,2})$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    // 28 December is always in the last ISO week of its year.
    if (week < 1 || week > QDate(year, 12, 28).weekNumber())
        return std::nullopt;
    return std::make_pair(year, week);
}

QDate WeeklyReportBuilder::mondayOf(int isoYear, int isoWeek)
{
    // 4 January is always in week 1.
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (isoWeek - 1));
}

Result<WeeklyReport> WeeklyReportBuilder::build(int isoYear, int isoWeek) const
{
    WeeklyReport r;
    r.isoYear = isoYear;
    r.isoWeek = isoWeek;
    const QDate monday = mondayOf(isoYear, isoWeek);
    r.from = Clock::startOf(monday);
    r.to = Clock::startOf(monday.addDays(7));

    Error failure;
    bool failed = false;
    auto scalar = [&](const QString &sql, const QVariantList &values) -> qint64 {
        auto v = m_db.scalar(sql, values);
        if (!v) {
            failed = true;
            failure = v.error();
            return 0;
        }
        return v->toLongLong();
    };
    // One figure for the week, the week before and the average of the four weeks before that.
    auto trend = [&](const QString &sql) {
        Trend t;
        auto range = [&](int weeksBack) {
            const QDate m = monday.addDays(-7 * weeksBack);
            return scalar(sql, {Clock::startOf(m), Clock::startOf(m.addDays(7))});
        };
        t.value = range(0);
        t.previous = range(1);
        qint64 sum = t.previous;
        for (int w = 2; w <= 4; ++w)
            sum += range(w);
        t.fourWeekAverage = money::divideRounded(sum, 4);
        return t;
    };

    r.received = trend(QStringLiteral("SELECT count(*) FROM work_orders WHERE created_at >= ? AND created_at < ?"));
    // Completed and cancelled: closed orders by when they reached their final step (a closing step
    // has no way out, so that moment is the closing one). Read from the index of closed orders.
    auto closingSteps = [&](const char *kind) {
        QStringList ids;
        auto q = m_db.run(QStringLiteral("SELECT id FROM steps WHERE kind = ?"), {QString::fromLatin1(kind)});
        if (!q) {
            failed = true;
            failure = q.error();
            return QStringLiteral("0");
        }
        while (q->next())
            ids << QString::number(q->value(0).toLongLong());
        return ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(','));
    };
    const QString doneSteps = closingSteps("done");
    const QString cancelledSteps = closingSteps("cancelled");
    const QString closedInto = QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE is_open = 0 AND step_id IN (%1) AND step_entered_at >= ? AND step_entered_at < ?");
    r.completed = trend(closedInto.arg(doneSteps));
    r.cancelled = trend(closedInto.arg(cancelledSteps));
    // Open at the end: open now and created before it, plus those closed since then.
    r.openAtEnd = scalar(QStringLiteral("SELECT count(*) FROM work_orders WHERE is_open = 1 AND created_at < ?"), {r.to}) +
                  scalar(QStringLiteral("SELECT count(*) FROM work_orders WHERE is_open = 0 AND step_id IN (%1, %2) "
                                        "AND step_entered_at >= ? AND created_at < ?")
                             .arg(doneSteps, cancelledSteps),
                         {r.to, r.to});
    // The chain's last invoice issued before the end: invoices are chained as they are issued, so
    // the latest issued is the chain's last (one seek of the index by issue time, however many
    // invoices came after the week).
    if (auto chain = m_db.run(QStringLiteral("SELECT number, hash FROM invoices WHERE chain_index IS NOT NULL AND issued_at < ? "
                                             "ORDER BY issued_at DESC, chain_index DESC LIMIT 1"),
                              {r.to});
        !chain) {
        failed = true;
        failure = chain.error();
    } else if (chain->next()) {
        r.chainNumber = chain->value(0).toString();
        r.chainHash = chain->value(1).toString();
    }
    r.invoiced = trend(QStringLiteral("SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE status <> 'draft' "
                                      "AND issued_at >= ? AND issued_at < ?"));
    r.collected = trend(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE paid_at >= ? AND paid_at < ?"));
    // Owed at the end of the week: what was invoiced by then less what was paid by then (a payment
    // never precedes its invoice); rectifying invoices and their payments are left out, as before.
    // Sums up to the end of the week come from the figures kept per day (ledger_days), so they cost
    // the same after years of invoices: the kept days before the week's last UTC day, plus that last
    // part-day read live.
    const LedgerTotals by = ledgerTotals(r.to, failed, failure);
    const qint64 invoicedBy = by.invoiced;
    const qint64 paidBy = by.paid -
                          scalar(QStringLiteral("SELECT coalesce(sum(p.amount_cents), 0) FROM invoices i JOIN payments p "
                                                "ON p.invoice_id = i.id WHERE i.kind = 'rectifying' AND i.issued_at < ? AND p.paid_at < ?"),
                                 {r.to, r.to});
    r.outstanding = invoicedBy - paidBy;
    // Of which overdue: invoices due before the end, less what was paid on them by then, that is all
    // that was paid by then less what was paid on invoices not yet due (few: read by due date).
    const qint64 dueBy = by.due;
    const qint64 paidOnNotDue = scalar(QStringLiteral("SELECT coalesce(sum(p.amount_cents), 0) FROM invoices i JOIN payments p "
                                                      "ON p.invoice_id = i.id WHERE i.kind = 'standard' AND i.due_at >= ? "
                                                      "AND p.paid_at < ?"),
                                       {r.to, r.to});
    r.overdue = dueBy - (paidBy - paidOnNotDue);
    if (failed)
        return failure;

    // Day by day, for the charts: each row's time falls into one of the seven local days (DST-safe bounds).
    QString bucket = QStringLiteral("CASE");
    for (int d = 1; d < 7; ++d)
        bucket += QStringLiteral(" WHEN {col} < %1 THEN %2").arg(Clock::startOf(monday.addDays(d))).arg(d - 1);
    bucket += QStringLiteral(" ELSE 6 END");
    for (int d = 0; d < 7; ++d)
        r.days.append({monday.addDays(d), 0, 0, 0, 0});
    auto perDay = m_db.run(
        QStringLiteral(
            "SELECT 0, %1, count(*) FROM work_orders WHERE created_at >= :f AND created_at < :t GROUP BY 2 "
            "UNION ALL SELECT 1, %2, count(*) FROM work_orders WHERE is_open = 0 AND step_id IN (:done) "
            "  AND step_entered_at >= :f AND step_entered_at < :t GROUP BY 2 "
            "UNION ALL SELECT 2, %3, sum(total_cents) FROM invoices WHERE status <> 'draft' AND issued_at >= :f "
            "  AND issued_at < :t GROUP BY 2 "
            "UNION ALL SELECT 3, %4, sum(amount_cents) FROM payments WHERE paid_at >= :f AND paid_at < :t GROUP BY 2")
            .arg(QString(bucket).replace(QLatin1String("{col}"), QLatin1String("created_at")),
                 QString(bucket).replace(QLatin1String("{col}"), QLatin1String("step_entered_at")),
                 QString(bucket).replace(QLatin1String("{col}"), QLatin1String("issued_at")),
                 QString(bucket).replace(QLatin1String("{col}"), QLatin1String("paid_at")))
            .replace(QLatin1String(":done"), doneSteps)
            .replace(QLatin1String(":f"), QString::number(r.from))
            .replace(QLatin1String(":t"), QString::number(r.to)));
    if (!perDay)
        return perDay.error();
    while (perDay->next()) {
        const int day = perDay->value(1).toInt();
        if (day < 0 || day > 6)
            continue;
        DayFigures &f = r.days[day];
        const qint64 v = perDay->value(2).toLongLong();
        switch (perDay->value(0).toInt()) {
        case 0: f.received = v; break;
        case 1: f.completed = v; break;
        case 2: f.invoiced = v; break;
        default: f.collected = v; break;
        }
    }

    // Steps of the current map, matched by name so that older versions' orders count too; this
    // week live, the four before from their kept summaries.
    auto wf = WorkflowRepository(m_db).defaultLatest();
    if (!wf)
        return wf.error();
    QHash<QString, int> index;
    for (const auto &s : wf->steps) {
        index.insert(s.name, static_cast<int>(r.steps.size()));
        StepFigures f;
        f.stepId = s.id;
        f.name = s.name;
        f.targetMinutes = s.targetMinutes;
        r.steps.append(f);
    }
    auto thisWeek = stepWeek(r.from, r.to);
    if (!thisWeek)
        return thisWeek.error();
    for (auto it = thisWeek->cbegin(); it != thisWeek->cend(); ++it) {
        if (!index.contains(it.key()))
            continue;
        StepFigures &f = r.steps[index.value(it.key())];
        f.entered.value = it->entered;
        f.stays = it->stays;
        f.medianSeconds.value = it->median;
        f.p90Seconds.value = it->p90;
    }
    QList<qint64> enteredSum(r.steps.size(), 0), medianSum(r.steps.size(), 0), p90Sum(r.steps.size(), 0);
    QList<int> timedWeeks(r.steps.size(), 0);
    for (int w = 1; w <= 4; ++w) {
        const QDate m = monday.addDays(-7 * w);
        auto past = pastStepWeek(Clock::startOf(m), Clock::startOf(m.addDays(7)), r.unkeptWeeks);
        if (!past)
            return past.error();
        for (auto it = past->cbegin(); it != past->cend(); ++it) {
            if (!index.contains(it.key()))
                continue;
            const int i = index.value(it.key());
            if (w == 1) {
                r.steps[i].entered.previous = it->entered;
                r.steps[i].medianSeconds.previous = it->median;
                r.steps[i].p90Seconds.previous = it->p90;
            }
            enteredSum[i] += it->entered;
            if (it->stays > 0) {
                medianSum[i] += it->median;
                p90Sum[i] += it->p90;
                ++timedWeeks[i];
            }
        }
    }
    for (int i = 0; i < r.steps.size(); ++i) {
        r.steps[i].entered.fourWeekAverage = money::divideRounded(enteredSum[i], 4);
        if (timedWeeks[i] > 0) {
            r.steps[i].medianSeconds.fourWeekAverage = money::divideRounded(medianSum[i], timedWeeks[i]);
            r.steps[i].p90Seconds.fourWeekAverage = money::divideRounded(p90Sum[i], timedWeeks[i]);
        }
    }
    const qint64 now = std::min(Clock::nowSecs(), r.to);
    // Per step, a range of the open orders' index by step and entry (no order read): with 12,000
    // open orders, joining each to its step cost 7 ms.
    auto stuck = m_db.run(QStringLiteral("SELECT s.name, sum((SELECT count(*) FROM work_orders o WHERE o.is_open = 1 "
                                         "AND o.step_id = s.id AND o.step_entered_at < CAST(? AS BIGINT) - s.target_minutes * 60)) "
                                         "FROM steps s WHERE s.target_minutes IS NOT NULL GROUP BY s.name"),
                          {now});
    if (!stuck)
        return stuck.error();
    while (stuck->next())
        if (index.contains(stuck->value(0).toString()))
            r.steps[index.value(stuck->value(0).toString())].pastTargetNow = stuck->value(1).toLongLong();

    // People who go out: visits, jobs finished, revenue of their orders, for this week and the four
    // before; each grouped by person and week in one pass (never a query per person).
    QString week = QStringLiteral("CASE");
    for (int w = 0; w < 4; ++w)
        week += QStringLiteral(" WHEN {col} >= %1 THEN %2").arg(Clock::startOf(monday.addDays(-7 * w))).arg(w);
    week += QStringLiteral(" ELSE 4 END");
    const QString fiveWeeksAgo = QString::number(Clock::startOf(monday.addDays(-28)));
    QHash<Id, std::array<std::array<qint64, 5>, 3>> perWeek;  // person → figure → week
    auto perPerson = m_db.run(
        QStringLiteral(
            "SELECT 0, staff_id, %1, count(*) FROM appointments WHERE starts_at >= :f AND starts_at < :t "
            "  AND status <> 'cancelled' GROUP BY staff_id, 3 "
            "UNION ALL SELECT 1, assignee_id, %2, count(*) FROM work_orders WHERE is_open = 0 AND step_id IN (:done) "
            "  AND step_entered_at >= :f AND step_entered_at < :t AND assignee_id IS NOT NULL GROUP BY assignee_id, 3 "
            "UNION ALL SELECT 2, o.assignee_id, %3, sum(i.total_cents) FROM invoices i JOIN work_orders o ON o.id = i.order_id "
            "  WHERE i.status <> 'draft' AND i.issued_at >= :f AND i.issued_at < :t AND o.assignee_id IS NOT NULL "
            "  GROUP BY o.assignee_id, 3")
            .arg(QString(week).replace(QLatin1String("{col}"), QLatin1String("starts_at")),
                 QString(week).replace(QLatin1String("{col}"), QLatin1String("step_entered_at")),
                 QString(week).replace(QLatin1String("{col}"), QLatin1String("i.issued_at")))
            .replace(QLatin1String(":done"), doneSteps)
            .replace(QLatin1String(":f"), fiveWeeksAgo)
            .replace(QLatin1String(":t"), QString::number(r.to)));
    if (!perPerson)
        return perPerson.error();
    while (perPerson->next()) {
        auto &figures = perWeek[perPerson->value(1).toLongLong()];
        const int figure = std::clamp(perPerson->value(0).toInt(), 0, 2);
        const int w = std::clamp(perPerson->value(2).toInt(), 0, 4);
        figures[static_cast<std::size_t>(figure)][static_cast<std::size_t>(w)] += perPerson->value(3).toLongLong();
    }
    auto trendOf = [](const std::array<qint64, 5> &weeks) {
        return Trend{weeks[0], weeks[1], money::divideRounded(weeks[1] + weeks[2] + weeks[3] + weeks[4], 4)};
    };
    QHash<Id, PersonFigures> people;
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
        PersonFigures &p = people[it.key()];
        p.visits = trendOf((*it)[0]);
        p.jobsCompleted = trendOf((*it)[1]);
        p.revenue = trendOf((*it)[2]);
    }
    auto staff = m_db.run(QStringLiteral("SELECT id, name FROM staff WHERE role IN ('sales', 'technician') ORDER BY name"));
    if (!staff)
        return staff.error();
    while (staff->next()) {
        const Id id = staff->value(0).toLongLong();
        if (!people.contains(id))
            continue;
        PersonFigures p = people.value(id);
        p.staffId = id;
        p.name = staff->value(1).toString();
        if (p.visits.value || p.jobsCompleted.value || p.revenue.value)
            r.people.append(p);
    }
    collation::sortBy(r.people, [](const PersonFigures &p) -> const QString & { return p.name; });

    auto overdue = m_db.run(QStringLiteral("SELECT o.number, c.name, s.name, o.due_at FROM work_orders o "
                                           "JOIN customers c ON c.id = o.customer_id JOIN steps s ON s.id = o.step_id "
                                           "WHERE o.is_open = 1 AND o.due_at < ? ORDER BY o.due_at, o.id LIMIT 10"),
                            {r.to});
    if (!overdue)
        return overdue.error();
    while (overdue->next())
        r.oldestOverdue.append({overdue->value(0).toString(), overdue->value(1).toString(), overdue->value(2).toString(),
                                overdue->value(3).toLongLong()});
    return r;
}

WeeklyReportBuilder::LedgerTotals WeeklyReportBuilder::ledgerTotals(qint64 to, bool &failed, Error &failure) const
{
    LedgerTotals t;
    const qint64 lastDay = to - ((to % 86400) + 86400) % 86400;  // 00:00 UTC of the day `to` falls in
    auto kept = m_db.run(QStringLiteral("SELECT coalesce(sum(invoiced_cents), 0), coalesce(sum(due_cents), 0), "
                                        "coalesce(sum(paid_cents), 0) FROM ledger_days WHERE day < ?"),
                         {lastDay});
    if (!kept || !kept->next()) {
        failed = true;
        failure = kept ? makeError(ErrorCode::Storage, tr("The kept figures could not be read.")) : kept.error();
        return t;
    }
    t.invoiced = kept->value(0).toLongLong();
    t.due = kept->value(1).toLongLong();
    t.paid = kept->value(2).toLongLong();
    kept->finish();
    // The last part-day, live, each from an index range. Due: the later of issue and due day is in it.
    auto live = m_db.run(QStringLiteral(
        "SELECT (SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE kind = 'standard' AND issued_at >= :d AND issued_at < :t), "
        "(SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE kind = 'standard' AND issued_at >= :d AND issued_at < :t "
        "  AND due_at < :t), "
        "(SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE kind = 'standard' AND due_at >= :d AND due_at < :t "
        "  AND +issued_at < :d), "  // +: read by the due date (a day's range), not by every issue before it
        "(SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE paid_at >= :d AND paid_at < :t)")
                             .replace(QLatin1String(":d"), QString::number(lastDay))
                             .replace(QLatin1String(":t"), QString::number(to)));
    if (!live || !live->next()) {
        failed = true;
        failure = live ? makeError(ErrorCode::Storage, tr("The kept figures could not be read.")) : live.error();
        return t;
    }
    t.invoiced += live->value(0).toLongLong();
    t.due += live->value(1).toLongLong() + live->value(2).toLongLong();
    t.paid += live->value(3).toLongLong();
    return t;
}

Result<QHash<QString, StepWeek>> WeeklyReportBuilder::stepWeek(qint64 from, qint64 to) const
{
    QHash<QString, StepWeek> result;
    // Both from the kept stays (schema 20): entries by when they began, stays by when they ended.
    auto entered = m_db.run(QStringLiteral("SELECT s.name, count(*) FROM order_stays st JOIN steps s ON s.id = st.step_id "
                                           "WHERE st.entered_at >= ? AND st.entered_at < ? GROUP BY s.name"),
                            {from, to});
    if (!entered)
        return entered.error();
    while (entered->next())
        result[entered->value(0).toString()].entered = entered->value(1).toLongLong();

    // Time spent in each step by the stays that ended in the week: median and 90th percentile
    // (nearest rank: ranks (n + 1) / 2 and (9n + 9) / 10), by step name so that older versions' steps
    // count with today's. The week's stays come from one index range; ranked here (a few thousand
    // numbers) rather than by two window sorts over the step names in SQL.
    QHash<Id, QString> names;
    auto steps = m_db.run(QStringLiteral("SELECT id, name FROM steps"));
    if (!steps)
        return steps.error();
    while (steps->next())
        names.insert(steps->value(0).toLongLong(), steps->value(1).toString());
    auto stays = m_db.run(QStringLiteral("SELECT step_id, left_at - entered_at FROM order_stays WHERE left_at >= ? AND left_at < ?"),
                          {from, to});
    if (!stays)
        return stays.error();
    QHash<QString, std::vector<qint64>> spent;
    while (stays->next()) {
        const auto name = names.constFind(stays->value(0).toLongLong());
        if (name != names.cend())
            spent[*name].push_back(stays->value(1).toLongLong());
    }
    for (auto it = spent.begin(); it != spent.end(); ++it) {
        std::vector<qint64> &values = it.value();
        const std::size_t n = values.size();
        auto rank = [&values](std::size_t r) {
            auto at = values.begin() + static_cast<std::ptrdiff_t>(r - 1);
            std::nth_element(values.begin(), at, values.end());
            return *at;
        };
        StepWeek &w = result[it.key()];
        w.stays = static_cast<qint64>(n);
        w.median = rank((n + 1) / 2);
        w.p90 = rank((9 * n + 9) / 10);
    }
    return result;
}

Result<QHash<QString, StepWeek>> WeeklyReportBuilder::pastStepWeek(qint64 from, qint64 to, QList<WeekSteps> &unkept) const
{
    if (to > Clock::nowSecs())
        return stepWeek(from, to);  // not over yet
    auto kept = WeekSummaries(m_db).find(from, to);
    if (!kept)
        return kept.error();
    if (*kept)
        return **kept;
    auto computed = stepWeek(from, to);
    if (computed)
        unkept.append({from, to, *computed});
    return computed;
}

} // namespace ordo
