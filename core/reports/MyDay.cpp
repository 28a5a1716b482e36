#include "core/reports/MyDay.h"

#include "core/billing/Invoice.h"
#include "core/common/Clock.h"
#include "core/reports/Reviews.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ordo {

namespace {

// How long something has waited, in the words an office uses: days, else hours.
QString waited(qint64 seconds)
{
    if (seconds >= 86400)
        return MyDayReport::tr("%n day(s)", nullptr, int(seconds / 86400));
    return MyDayReport::tr("%n hour(s)", nullptr, std::max(1, int(seconds / 3600)));
}

QString hourOf(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString dayOf(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime().date(), QStringLiteral("ddd d MMM"));
}

QString titleOf(const QString &number, const QString &customer)
{
    return customer.isEmpty() ? number : QStringLiteral("%1 · %2").arg(number, customer);
}

void keepFirst(QList<MyDayItem> &items, int limit)
{
    std::stable_sort(items.begin(), items.end(), [](const MyDayItem &a, const MyDayItem &b) { return a.at < b.at; });
    if (items.size() > limit)
        items.resize(limit);
}

} // namespace

Result<MyDay> MyDayReport::load(const Actor &who, qint64 now, int limit) const
{
    MyDay day;
    day.day = QDateTime::fromSecsSinceEpoch(now).toLocalTime().date();
    if (!who.staffId)
        return day;
    const Id me = *who.staffId;
    limit = std::max(1, limit);

    // Orders the person answers for, past the step's target or their due date (the open orders'
    // index by responsible person: what is open today, not the history).
    auto late = m_db.run(QStringLiteral("SELECT o.id, o.number, c.name, o.title, s.name, o.step_entered_at, s.target_minutes, o.due_at "
                                        "FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                        "JOIN customers c ON c.id = o.customer_id "
                                        "WHERE o.is_open = 1 AND o.responsible_id = ? AND "
                                        "((s.target_minutes IS NOT NULL AND o.step_entered_at + s.target_minutes * 60 < ?) "
                                        "OR (o.due_at IS NOT NULL AND o.due_at < ?))"),
                         {me, now, now});
    if (!late)
        return late.error();
    while (late->next()) {
        MyDayItem item;
        item.kind = MyDayItem::Kind::OverdueOrder;
        item.id = item.orderId = late->value(0).toLongLong();
        item.title = titleOf(late->value(1).toString(), late->value(2).toString());
        const QString step = late->value(4).toString();
        const qint64 targetEnd = late->value(6).isNull() ? 0 : late->value(5).toLongLong() + late->value(6).toLongLong() * 60;
        const qint64 dueAt = late->value(7).isNull() ? 0 : late->value(7).toLongLong();
        QStringList why;
        if (targetEnd && targetEnd < now)
            why << tr("%1 past the target in %2").arg(waited(now - targetEnd), step);
        if (dueAt && dueAt < now)
            why << tr("due on %1").arg(dayOf(dueAt));
        item.detail = late->value(3).toString() + QStringLiteral(" — ") + why.join(QStringLiteral("; "));
        item.at = std::min(targetEnd && targetEnd < now ? targetEnd : now, dueAt && dueAt < now ? dueAt : now);
        day.overdue << item;
    }
    day.overdueTotal = int(day.overdue.size());
    keepFirst(day.overdue, limit);

    // The person's visits of the day, in order.
    const qint64 from = Clock::startOf(day.day);
    const qint64 to = Clock::startOf(day.day.addDays(1));
    auto visits = AppointmentService(m_db).range(from, to, {me});
    if (!visits)
        return visits.error();
    for (const CalendarEntry &v : *visits) {
        if (v.appointment.status == AppointmentStatus::Cancelled)
            continue;
        MyDayItem item;
        item.kind = MyDayItem::Kind::Visit;
        item.id = v.appointment.id;
        item.orderId = v.appointment.orderId;
        item.title = titleOf(v.orderNumber, v.customer);
        QStringList parts{QStringLiteral("%1–%2").arg(hourOf(v.appointment.startsAt), hourOf(v.appointment.endsAt)),
                          displayName(v.appointment.kind)};
        const QString where = QStringList{v.address, v.city}.join(QStringLiteral(", "));
        if (!v.address.isEmpty())
            parts << where;
        if (v.appointment.status == AppointmentStatus::Done)
            parts << tr("done");
        item.detail = parts.join(QStringLiteral(" · "));
        item.at = v.appointment.startsAt;
        day.visits << item;
    }

    // Reviews assigned to the person whose period has no signed review yet.
    day.showsReviews = who.can(Permission::SignReviews);
    auto due = ReviewService(m_db).due(now);
    if (!due)
        return due.error();
    for (const DueReview &r : *due) {
        if (r.plan.staffId != me)
            continue;
        MyDayItem item;
        item.kind = MyDayItem::Kind::Review;
        item.id = r.plan.id;
        item.title = r.plan.name;
        item.detail = r.missedBefore > 0 ? tr("due since %1 (%n earlier one(s) missed)", nullptr, r.missedBefore).arg(dayOf(r.periodStart))
                                         : tr("due since %1").arg(dayOf(r.periodStart));
        item.at = r.periodStart;
        day.reviews << item;
        day.showsReviews = true;
    }

    // Invoices: the office's, for who issues them or records what is paid.
    day.showsInvoices = who.can(Permission::IssueInvoices) || who.can(Permission::RecordPayments);
    if (!day.showsInvoices)
        return day;
    if (who.can(Permission::IssueInvoices)) {
        auto drafts = m_db.run(QStringLiteral("SELECT i.id, i.order_id, o.number, c.name, i.total_cents, i.created_at "
                                              "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                              "LEFT JOIN work_orders o ON o.id = i.order_id "
                                              "WHERE i.status = 'draft' ORDER BY i.created_at LIMIT ?"),
                               {limit});
        if (!drafts)
            return drafts.error();
        while (drafts->next()) {
            MyDayItem item;
            item.kind = MyDayItem::Kind::InvoiceToIssue;
            item.id = drafts->value(0).toLongLong();
            item.orderId = drafts->value(1).toLongLong();
            item.title = titleOf(drafts->value(2).isNull() ? tr("Draft invoice") : drafts->value(2).toString(), drafts->value(3).toString());
            item.detail = tr("%1 · a draft for %2").arg(money::formatEuros(drafts->value(4).toLongLong(), QLocale()),
                                                       waited(now - drafts->value(5).toLongLong()));
            item.at = drafts->value(5).toLongLong();
            day.toIssue << item;
        }
        auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'"));
        if (!count)
            return count.error();
        day.toIssueTotal = count->toInt();
    }
    // Past due and not paid in full, due in the last twelve months (through the index by kind and due date).
    auto unpaid = m_db.run(QStringLiteral("SELECT i.id, i.order_id, i.number, i.customer_name, i.total_cents, i.due_at, "
                                          "(SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id) "
                                          "FROM invoices i WHERE i.kind = 'standard' AND i.due_at >= ? AND i.due_at < ? "
                                          "AND i.status <> 'draft' ORDER BY i.due_at"),
                           {now - 365 * 86400LL, now});
    if (!unpaid)
        return unpaid.error();
    while (unpaid->next()) {
        const Cents total = unpaid->value(4).toLongLong();
        const Cents paid = unpaid->value(6).toLongLong();
        if (total <= 0 || paid >= total)
            continue;
        ++day.toChaseTotal;
        if (day.toChase.size() >= limit)
            continue;
        MyDayItem item;
        item.kind = MyDayItem::Kind::InvoiceToChase;
        item.id = unpaid->value(0).toLongLong();
        item.orderId = unpaid->value(1).toLongLong();
        item.title = titleOf(unpaid->value(2).toString(), unpaid->value(3).toString());
        const qint64 dueAt = unpaid->value(5).toLongLong();
        item.detail = tr("%1 owed · due on %2, %3 ago").arg(money::formatEuros(total - paid, QLocale()), dayOf(dueAt), waited(now - dueAt));
        item.at = dueAt;
        day.toChase << item;
    }
    return day;
}

} // namespace ordo
