#include "core/reports/Reviews.h"

#include "core/common/Authorization.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <array>

namespace ordo {

namespace {

constexpr std::array<std::pair<Cadence, const char *>, 4> cadenceKeys{{
    {Cadence::Daily, "daily"}, {Cadence::Weekly, "weekly"}, {Cadence::Monthly, "monthly"}, {Cadence::Quarterly, "quarterly"}}};
constexpr std::array<std::pair<ReviewCheck, const char *>, 6> checkKeys{{
    {ReviewCheck::InactiveOrders, "inactive_orders"}, {ReviewCheck::PastTarget, "past_target"},
    {ReviewCheck::VisitsWithoutOutcome, "visits_without_outcome"}, {ReviewCheck::Unassigned, "unassigned"},
    {ReviewCheck::UnpaidInvoices, "unpaid_invoices"}, {ReviewCheck::MissedReviews, "missed_reviews"}}};

// A review's own columns, in the order both queries select them.
const QString reviewColumns =
    QStringLiteral("r.id, r.plan_id, p.name, r.period_start, r.period_end, r.signed_at, r.signed_by, r.notes");

Review reviewFromRow(const QSqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.planId = q.value(1).toLongLong();
    r.planName = q.value(2).toString();
    r.periodStart = q.value(3).toLongLong();
    r.periodEnd = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        r.signedAt = q.value(5).toLongLong();
    r.signedBy = q.value(6).toString();
    r.notes = q.value(7).toString();
    return r;
}

QString cadenceName(Cadence c)
{
    switch (c) {
    case Cadence::Daily: return ReviewService::tr("Daily review");
    case Cadence::Weekly: return ReviewService::tr("Weekly review");
    case Cadence::Monthly: return ReviewService::tr("Monthly review");
    case Cadence::Quarterly: return ReviewService::tr("Quarterly review");
    }
    return {};
}

// "Friday 27 Nov", "viernes 27 nov": the weekday says at a glance how long ago it was.
QString dayName(const QDate &day)
{
    QString text = QLocale().toString(day, ReviewService::tr("dddd d MMM", "a review's due day"));
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);  // "nov." in Spanish
    return text;
}

} // namespace

QString DueReview::textWithMissed() const
{
    return missedBefore > 0 ? text + ReviewService::tr(" (%n earlier one(s) missed)", nullptr, missedBefore) : text;
}

QString displayName(Cadence c)
{
    switch (c) {
    case Cadence::Daily: return ReviewService::tr("Daily");
    case Cadence::Weekly: return ReviewService::tr("Weekly");
    case Cadence::Monthly: return ReviewService::tr("Monthly");
    case Cadence::Quarterly: return ReviewService::tr("Quarterly");
    }
    return {};
}

QString displayName(ReviewCheck c)
{
    switch (c) {
    case ReviewCheck::InactiveOrders: return ReviewService::tr("Orders with no activity");
    case ReviewCheck::PastTarget: return ReviewService::tr("Orders past their step's target");
    case ReviewCheck::VisitsWithoutOutcome: return ReviewService::tr("Past visits with no outcome");
    case ReviewCheck::Unassigned: return ReviewService::tr("Orders assigned to nobody");
    case ReviewCheck::UnpaidInvoices: return ReviewService::tr("Invoices unpaid past due");
    case ReviewCheck::MissedReviews: return ReviewService::tr("Reviews missed");
    }
    return {};
}

QString toKey(Cadence c)
{
    for (const auto &[v, k] : cadenceKeys)
        if (v == c)
            return QLatin1String(k);
    return {};
}

std::optional<Cadence> cadenceFromKey(const QString &key)
{
    for (const auto &[v, k] : cadenceKeys)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

QString toKey(ReviewCheck c)
{
    for (const auto &[v, k] : checkKeys)
        if (v == c)
            return QLatin1String(k);
    return {};
}

std::optional<ReviewCheck> reviewCheckFromKey(const QString &key)
{
    for (const auto &[v, k] : checkKeys)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

std::pair<qint64, qint64> ReviewService::period(Cadence cadence, qint64 at)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(at).toLocalTime().date();
    switch (cadence) {
    case Cadence::Daily: return {Clock::startOf(day), Clock::startOf(day.addDays(1))};
    case Cadence::Weekly: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {Clock::startOf(monday), Clock::startOf(monday.addDays(7))};
    }
    case Cadence::Monthly: {
        const QDate first(day.year(), day.month(), 1);
        return {Clock::startOf(first), Clock::startOf(first.addMonths(1))};
    }
    case Cadence::Quarterly: {
        const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        return {Clock::startOf(first), Clock::startOf(first.addMonths(3))};
    }
    }
    return {at, at};
}

QDate ReviewService::dueDay(Cadence cadence, qint64 periodStart)
{
    const auto [start, end] = period(cadence, periodStart);
    const QDate first = QDateTime::fromSecsSinceEpoch(start).toLocalTime().date();
    QDate day = QDateTime::fromSecsSinceEpoch(end).toLocalTime().date().addDays(-1);
    while (day > first && day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

Result<Id> ReviewService::addPlan(const ReviewPlan &plan)
{
    if (plan.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A review plan needs a name."));
    if (plan.checks.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one thing for the review to check."));
    QStringList checks;
    for (ReviewCheck c : plan.checks)
        checks << toKey(c);
    return withTransaction(m_db, [&]() -> Result<Id> {
        auto id = m_db.scalar(QStringLiteral("INSERT INTO review_plans (name, cadence, staff_id, checks, inactive_days, created_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {plan.name.trimmed(), toKey(plan.cadence), plan.staffId, checks.join(QLatin1Char(',')),
                               plan.inactiveDays, Clock::nowSecs()});
        if (!id) {
            if (id.error().message.contains(QLatin1String("FOREIGN KEY")))
                return makeError(ErrorCode::NotFound, tr("The person to do the review does not exist."));
            return id.error();
        }
        return id->toLongLong();
    });
}

Result<QList<ReviewPlan>> ReviewService::plans() const
{
    auto q = m_db.run(QStringLiteral("SELECT p.id, p.name, p.cadence, p.staff_id, s.name, p.checks, p.inactive_days "
                                     "FROM review_plans p JOIN staff s ON s.id = p.staff_id WHERE p.active = 1 ORDER BY p.id"));
    if (!q)
        return q.error();
    QList<ReviewPlan> result;
    while (q->next()) {
        ReviewPlan p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.cadence = cadenceFromKey(q->value(2).toString()).value_or(Cadence::Weekly);
        p.staffId = q->value(3).toLongLong();
        p.staffName = q->value(4).toString();
        for (const QString &k : q->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto c = reviewCheckFromKey(k))
                p.checks << *c;
        p.inactiveDays = q->value(6).toInt();
        result << p;
    }
    return result;
}

Result<QList<DueReview>> ReviewService::due(qint64 now) const
{
    auto all = plans();
    if (!all)
        return all.error();
    QList<DueReview> result;
    for (const auto &p : *all) {
        const auto [start, end] = period(p.cadence, now);
        auto signedNow = m_db.scalar(QStringLiteral("SELECT count(*) FROM reviews WHERE plan_id = ? AND period_start = ? "
                                                    "AND signed_at IS NOT NULL"),
                                     {p.id, start});
        if (!signedNow)
            return signedNow.error();
        if (signedNow->toLongLong() > 0)
            continue;
        DueReview d{p, start, end, 0, 0, {}};
        auto planStart = m_db.scalar(QStringLiteral("SELECT created_at FROM review_plans WHERE id = ?"), {p.id});
        if (!planStart)
            return planStart.error();
        const qint64 created = planStart->toLongLong();
        // Earlier periods since the plan exists, back to the last signed one, up to a year.
        qint64 at = start - 1;
        for (int i = 0; i < 366; ++i) {
            const auto [s, e] = period(p.cadence, at);
            if (e <= created)
                break;
            auto done = m_db.scalar(QStringLiteral("SELECT count(*) FROM reviews WHERE plan_id = ? AND period_start = ? "
                                                   "AND signed_at IS NOT NULL"),
                                    {p.id, s});
            if (!done || done->toLongLong() > 0)
                break;
            ++d.missedBefore;
            at = s - 1;
        }
        // Due on the last weekday of the oldest period still unsigned.
        qint64 oldest = start;
        for (int i = 0; i < d.missedBefore; ++i)
            oldest = period(p.cadence, oldest - 1).first;
        const QDate dueOn = dueDay(p.cadence, oldest);
        d.dueAt = Clock::startOf(dueOn);
        const QDate today = QDateTime::fromSecsSinceEpoch(now).toLocalTime().date();
        const QString name = p.name.isEmpty() ? cadenceName(p.cadence) : p.name;
        if (dueOn < today)
            d.text = tr("%1 pending since %2 — %3").arg(name, dayName(dueOn), p.staffName);
        else if (dueOn == today)
            d.text = tr("%1 due today — %2").arg(name, p.staffName);
        else
            d.text = tr("%1 due by %2 — %3").arg(name, dayName(dueOn), p.staffName);
        result << d;
    }
    return result;
}

Result<Review> ReviewService::find(Id reviewId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM reviews r JOIN review_plans p ON p.id = r.plan_id WHERE r.id = ?")
                          .arg(reviewColumns),
                      {reviewId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("That review does not exist."));
    Review r = reviewFromRow(*q);
    auto items = m_db.run(QStringLiteral("SELECT id, check_kind, reference, description, handled, comment, handled_by, handled_at FROM review_items "
                                         "WHERE review_id = ? ORDER BY id"),
                          {reviewId});
    if (!items)
        return items.error();
    while (items->next()) {
        ReviewItem item{items->value(0).toLongLong(),
                        reviewCheckFromKey(items->value(1).toString()).value_or(ReviewCheck::InactiveOrders),
                        items->value(2).toString(), items->value(3).toString(), items->value(4).toInt() != 0,
                        items->value(5).toString(), items->value(6).toString(), std::nullopt};
        if (!items->value(7).isNull())
            item.handledAt = items->value(7).toLongLong();
        r.items.append(item);
    }
    return r;
}

Result<QList<Review>> ReviewService::history(int limit) const
{
    auto q = m_db.run(QStringLiteral(
        "SELECT %1, (SELECT count(*) FROM review_items i WHERE i.review_id = r.id), "
        "  (SELECT count(*) FROM review_items i WHERE i.review_id = r.id AND i.handled = 1) "
        "FROM reviews r JOIN review_plans p ON p.id = r.plan_id ORDER BY r.period_start DESC, r.id DESC LIMIT ?")
        .arg(reviewColumns),
        {limit});
    if (!q)
        return q.error();
    QList<Review> out;
    while (q->next()) {
        Review r = reviewFromRow(*q);
        r.itemCount = q->value(8).toLongLong();
        r.handledCount = q->value(9).toLongLong();
        out.append(r);
    }
    return out;
}

Result<Review> ReviewService::open(Id planId, qint64 now)
{
    auto all = plans();
    if (!all)
        return all.error();
    const auto plan = std::find_if(all->begin(), all->end(), [planId](const ReviewPlan &p) { return p.id == planId; });
    if (plan == all->end())
        return makeError(ErrorCode::NotFound, tr("That review plan does not exist."));
    const auto [start, end] = period(plan->cadence, now);
    auto existing = m_db.run(QStringLiteral("SELECT id FROM reviews WHERE plan_id = ? AND period_start = ?"), {planId, start});
    if (!existing)
        return existing.error();
    if (existing->next())
        return find(existing->value(0).toLongLong());

    Id reviewId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto id = m_db.scalar(QStringLiteral("INSERT INTO reviews (plan_id, period_start, period_end, opened_at) VALUES (?, ?, ?, ?) "
                                             "RETURNING id"),
                              {planId, start, end, now});
        if (!id)
            return id.error();
        reviewId = id->toLongLong();
        auto add = [&](ReviewCheck check, const QString &sql, const QVariantList &values, auto describe) -> Result<void> {
            auto q = m_db.run(sql, values);
            if (!q)
                return q.error();
            while (q->next()) {
                auto r = m_db.run(QStringLiteral("INSERT INTO review_items (review_id, check_kind, reference, description) VALUES (?, ?, ?, ?)"),
                                  {reviewId, toKey(check), q->value(0).toString(), describe(*q)});
                if (!r)
                    return r.error();
            }
            return {};
        };
        for (ReviewCheck check : plan->checks) {
            Result<void> r;
            switch (check) {
            case ReviewCheck::InactiveOrders:
                r = add(check, QStringLiteral("SELECT o.number, c.name, o.updated_at FROM work_orders o JOIN customers c ON c.id = o.customer_id "
                                              "WHERE o.is_open = 1 AND o.updated_at < ? ORDER BY o.updated_at LIMIT 200"),
                        {now - static_cast<qint64>(plan->inactiveDays) * 86400}, [&](const QSqlQuery &q) {
                            return tr("%1 (%2): no activity for %n day(s)", nullptr, static_cast<int>((now - q.value(2).toLongLong()) / 86400))
                                .arg(q.value(0).toString(), q.value(1).toString());
                        });
                break;
            case ReviewCheck::PastTarget:
                r = add(check, QStringLiteral("SELECT o.number, s.name, o.step_entered_at, s.target_minutes FROM work_orders o "
                                              "JOIN steps s ON s.id = o.step_id WHERE o.is_open = 1 AND s.target_minutes IS NOT NULL "
                                              "AND ? - o.step_entered_at > s.target_minutes * 60 ORDER BY o.step_entered_at LIMIT 200"),
                        {now}, [&](const QSqlQuery &q) {
                            return tr("%1: in “%2” for %n day(s), past its target", nullptr,
                                      static_cast<int>((now - q.value(2).toLongLong()) / 86400))
                                .arg(q.value(0).toString(), q.value(1).toString());
                        });
                break;
            case ReviewCheck::VisitsWithoutOutcome:
                r = add(check, QStringLiteral("SELECT o.number, st.name, a.starts_at FROM appointments a JOIN work_orders o ON o.id = a.order_id "
                                              "JOIN staff st ON st.id = a.staff_id WHERE a.status = 'planned' AND a.ends_at < ? "
                                              "ORDER BY a.starts_at LIMIT 200"),
                        {now}, [&](const QSqlQuery &q) {
                            return tr("%1: visit of %2 on %3 has no outcome")
                                .arg(q.value(0).toString(), q.value(1).toString(),
                                     QLocale().toString(QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong()).toLocalTime(),
                                                        QLocale::ShortFormat));
                        });
                break;
            case ReviewCheck::Unassigned:
                r = add(check, QStringLiteral("SELECT o.number, s.name FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                              "WHERE o.is_open = 1 AND (o.assignee_id IS NULL OR o.responsible_id IS NULL) "
                                              "ORDER BY o.id LIMIT 200"),
                        {}, [&](const QSqlQuery &q) {
                            return tr("%1 in “%2” is assigned to nobody").arg(q.value(0).toString(), q.value(1).toString());
                        });
                break;
            case ReviewCheck::UnpaidInvoices:
                r = add(check, QStringLiteral("SELECT i.number, i.customer_name, i.total_cents - (SELECT coalesce(sum(p.amount_cents), 0) "
                                              "FROM payments p WHERE p.invoice_id = i.id) AS owed FROM invoices i "
                                              "WHERE i.status <> 'draft' AND i.kind = 'standard' AND i.due_at < ? "
                                              "AND i.total_cents > (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p "
                                              "WHERE p.invoice_id = i.id) ORDER BY i.due_at LIMIT 200"),
                        {now}, [&](const QSqlQuery &q) {
                            return tr("Invoice %1 (%2): %3 unpaid past its due date")
                                .arg(q.value(0).toString(), q.value(1).toString(), money::formatEuros(q.value(2).toLongLong()));
                        });
                break;
            case ReviewCheck::MissedReviews:
                r = add(check, QStringLiteral("SELECT p.name, r.period_start FROM reviews r JOIN review_plans p ON p.id = r.plan_id "
                                              "WHERE r.signed_at IS NULL AND r.period_end <= ? ORDER BY r.period_start LIMIT 50"),
                        {start}, [&](const QSqlQuery &q) {
                            return tr("%1 of %2 was never signed off")
                                .arg(q.value(0).toString(),
                                     QLocale().toString(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong()).toLocalTime().date(),
                                                        QLocale::ShortFormat));
                        });
                break;
            }
            if (!r)
                return r.error();
        }
        return true;
    });
    if (!done)
        return done.error();
    return find(reviewId);
}

Result<void> ReviewService::setItem(Id itemId, bool handled, const QString &comment)
{
    return setItem(itemId, handled, comment, Actor{});
}

Result<void> ReviewService::setItem(Id itemId, bool handled, const QString &comment, const Actor &by)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("UPDATE review_items SET handled = ?, comment = ?, handled_by = ?, handled_at = ? "
                                         "WHERE id = ? AND review_id IN (SELECT id FROM reviews WHERE signed_at IS NULL)"),
                          {handled ? 1 : 0, comment.trimmed(), by.name, Clock::nowSecs(), itemId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(ErrorCode::Invalid, tr("That item belongs to a review already signed off, or no longer exists."));
        return {};
    });
}

Result<void> ReviewService::handleItems(const QList<Id> &itemIds, const QString &comment, const Actor &by)
{
    if (itemIds.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the items to mark as handled."));
    const qint64 at = Clock::nowSecs();
    return withTransaction(m_db, [&]() -> Result<void> {
        for (Id itemId : itemIds) {
            auto r = m_db.run(QStringLiteral("UPDATE review_items SET handled = 1, comment = ?, handled_by = ?, handled_at = ? "
                                             "WHERE id = ? AND review_id IN (SELECT id FROM reviews WHERE signed_at IS NULL)"),
                              {comment.trimmed(), by.name, at, itemId});
            if (!r)
                return r.error();
            if (r->numRowsAffected() != 1)
                return makeError(ErrorCode::Invalid,
                                 tr("An item belongs to a review already signed off, or no longer exists: nothing was marked."));
        }
        return {};
    });
}

Result<std::optional<Id>> ReviewService::orderOf(const ReviewItem &item) const
{
    QString sql;
    switch (item.check) {
    case ReviewCheck::InactiveOrders:
    case ReviewCheck::PastTarget:
    case ReviewCheck::VisitsWithoutOutcome:
    case ReviewCheck::Unassigned:
        sql = QStringLiteral("SELECT id FROM work_orders WHERE number = ?");
        break;
    case ReviewCheck::UnpaidInvoices:
        sql = QStringLiteral("SELECT order_id FROM invoices WHERE number = ? AND order_id IS NOT NULL");
        break;
    case ReviewCheck::MissedReviews:
        return std::optional<Id>{};
    }
    auto q = m_db.run(sql, {item.reference});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Id>{};
    return std::optional<Id>{q->value(0).toLongLong()};
}

Result<Review> ReviewService::signOff(Id reviewId, const Actor &by, const QString &notes)
{
    if (auto allowed = authorize(by, Permission::SignReviews); !allowed)
        return allowed.error();
    auto review = find(reviewId);
    if (!review)
        return review.error();
    if (review->signedAt)
        return makeError(ErrorCode::Invalid, tr("This review was already signed off by %1.").arg(review->signedBy));
    int open = 0;
    for (const auto &item : review->items)
        if (!item.handled && item.comment.isEmpty())
            ++open;
    if (open > 0)
        return makeError(ErrorCode::Invalid, tr("%n item(s) still need to be handled or explained before signing off.", nullptr, open));
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto r = m_db.run(QStringLiteral("UPDATE reviews SET signed_at = ?, signed_by = ?, notes = ? WHERE id = ? AND signed_at IS NULL"),
                          {Clock::nowSecs(), by.name, notes.trimmed(), reviewId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("Someone else signed this review off meanwhile."));
        return true;
    });
    if (!done)
        return done.error();
    return find(reviewId);
}

} // namespace ordo
