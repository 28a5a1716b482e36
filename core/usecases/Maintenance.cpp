#include "core/usecases/Maintenance.h"

#include "core/assets/Assets.h"
#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/DocumentText.h"
#include "core/common/Log.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"
#include "core/usecases/OrderMoves.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ordo {

namespace {

using sqlvalues::dateFrom;
using sqlvalues::dateText;
using sqlvalues::nullableId;

const QString PlanColumns = QStringLiteral(
    "p.id, p.customer_id, c.name, p.site_id, p.asset_id, p.title, p.job_type, p.every_months, p.first_due, p.ends_on, "
    "p.lead_days, p.active, p.version, p.created_at, p.season_from, p.season_to "
    "FROM maintenance_plans p JOIN customers c ON c.id = p.customer_id ");

MaintenancePlan planFrom(const QSqlQuery &q, qint64 *createdAt = nullptr)
{
    MaintenancePlan p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.customerName = q.value(2).toString();
    if (!q.value(3).isNull())
        p.siteId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        p.assetId = q.value(4).toLongLong();
    p.title = q.value(5).toString();
    p.jobType = q.value(6).toString();
    p.everyMonths = q.value(7).toInt();
    p.firstDue = dateFrom(q.value(8).toString());
    p.endsOn = dateFrom(q.value(9).toString());
    p.leadDays = q.value(10).toInt();
    p.active = q.value(11).toInt() != 0;
    p.version = q.value(12).toLongLong();
    if (createdAt)
        *createdAt = q.value(13).toLongLong();
    p.seasonFrom = q.value(14).toInt();
    p.seasonTo = q.value(15).toInt();
    return p;
}

} // namespace

QList<QDate> maintenance::dueDates(const MaintenancePlan &plan, const QDate &until)
{
    QList<QDate> dates;
    if (!plan.firstDue.isValid() || !until.isValid())
        return dates;
    const QDate last = plan.endsOn.isValid() && plan.endsOn < until ? plan.endsOn : until;
    if (plan.everyMonths <= 0) {
        if (plan.firstDue <= last && plan.inSeason(plan.firstDue))
            dates.append(plan.firstDue);
        return dates;
    }
    for (int k = 0;; ++k) {
        const QDate d = plan.firstDue.addMonths(k * plan.everyMonths);  // from the first date: no drift
        if (!d.isValid() || d > last || k > 100000)
            break;
        if (plan.inSeason(d))
            dates.append(d);
    }
    return dates;
}

qint64 maintenance::dueAt(const QDate &day)
{
    return QDateTime(day, QTime(9, 0)).toSecsSinceEpoch();
}

Result<void> MaintenancePlans::check(const MaintenancePlan &p) const
{
    if (p.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A maintenance plan needs a title (it becomes the orders' title)."));
    if (!p.firstDue.isValid())
        return makeError(ErrorCode::Invalid, tr("A maintenance plan needs its first due date."));
    if (p.everyMonths < 0 || p.everyMonths > MaxEveryMonths)
        return makeError(ErrorCode::Invalid, tr("A plan repeats every 1 to %1 months, or 0 for once.").arg(MaxEveryMonths));
    if (p.leadDays < 0 || p.leadDays > MaxLeadDays)
        return makeError(ErrorCode::Invalid, tr("The orders are made between 0 and %1 days ahead.").arg(MaxLeadDays));
    if (p.endsOn.isValid() && p.endsOn < p.firstDue)
        return makeError(ErrorCode::Invalid, tr("The plan cannot end before its first due date."));
    const bool noSeason = p.seasonFrom == 0 && p.seasonTo == 0;
    if (!noSeason && (p.seasonFrom < 1 || p.seasonFrom > 12 || p.seasonTo < 1 || p.seasonTo > 12))
        return makeError(ErrorCode::Invalid, tr("A season runs from one month (1 to 12) to another, or the plan has none."));
    if (!p.inSeason(p.firstDue))
        return makeError(ErrorCode::Invalid, tr("The first due date must fall in the plan's season."));
    auto customer = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {p.customerId});
    if (!customer)
        return customer.error();
    if (customer->toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(p.customerId));
    if (p.assetId) {
        auto asset = m_db.scalar(QStringLiteral("SELECT count(*) FROM assets WHERE id = ? AND customer_id = ?"), {*p.assetId, p.customerId});
        if (!asset)
            return asset.error();
        if (asset->toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("That asset is not one of this customer's."));
    }
    if (p.siteId) {
        auto site = m_db.scalar(QStringLiteral("SELECT count(*) FROM sites WHERE id = ? AND customer_id = ?"), {*p.siteId, p.customerId});
        if (!site)
            return site.error();
        if (site->toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("That site is not one of this customer's."));
    }
    return {};
}

QString MaintenancePlans::scheduleText(const MaintenancePlan &p)
{
    const QLocale locale;
    const QString format = fullYearDateFormat(locale);  // a plan looks years ahead
    const QString first = locale.toString(p.firstDue, format);
    QString text = p.everyMonths > 0 ? tr("Every %n month(s) from %1", nullptr, p.everyMonths).arg(first) : tr("Once on %1").arg(first);
    if (p.hasSeason())
        text = tr("%1, %2 to %3")
                   .arg(text, locale.standaloneMonthName(p.seasonFrom, QLocale::LongFormat),
                        locale.standaloneMonthName(p.seasonTo, QLocale::LongFormat));
    if (p.endsOn.isValid())
        text = tr("%1, until %2").arg(text, locale.toString(p.endsOn, format));
    return text;
}

Result<std::optional<Id>> MaintenancePlans::siteOf(const MaintenancePlan &p) const
{
    if (p.siteId || !p.assetId)
        return p.siteId;
    // An asset's plan works where the asset is (on every save: an edit must not lose it).
    auto s = m_db.scalar(QStringLiteral("SELECT site_id FROM assets WHERE id = ?"), {*p.assetId});
    if (!s)
        return s.error();
    return s->isNull() ? std::optional<Id>() : std::optional<Id>(s->toLongLong());
}

Result<Id> MaintenancePlans::add(const MaintenancePlan &p, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (auto valid = check(p); !valid)
        return valid.error();
    return withTransaction(m_db, [&]() -> Result<Id> {
        auto site = siteOf(p);
        if (!site)
            return site.error();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO maintenance_plans (customer_id, site_id, asset_id, title, job_type, every_months, "
                                             "first_due, ends_on, lead_days, season_from, season_to, active, created_at, created_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {p.customerId, nullableId(*site), nullableId(p.assetId), p.title.trimmed(), p.jobType.trimmed(),
                               p.everyMonths, dateText(p.firstDue), dateText(p.endsOn), p.leadDays, p.seasonFrom, p.seasonTo,
                               p.active ? 1 : 0, Clock::nowSecs(), by.name});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<MaintenancePlan> MaintenancePlans::update(const MaintenancePlan &p, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (auto valid = check(p); !valid)
        return valid.error();
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto site = siteOf(p);
        if (!site)
            return site.error();
        auto q = m_db.run(QStringLiteral("UPDATE maintenance_plans SET site_id = ?, asset_id = ?, title = ?, job_type = ?, every_months = ?, "
                                         "first_due = ?, ends_on = ?, lead_days = ?, season_from = ?, season_to = ?, active = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ?"),
                          {nullableId(*site), nullableId(p.assetId), p.title.trimmed(), p.jobType.trimmed(), p.everyMonths,
                           dateText(p.firstDue), dateText(p.endsOn), p.leadDays, p.seasonFrom, p.seasonTo, p.active ? 1 : 0, p.id,
                           p.version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("Someone else changed this maintenance plan meanwhile; nothing was saved."));
        return {};
    });
    if (!done)
        return done.error();
    return find(p.id);
}

Result<MaintenancePlan> MaintenancePlans::find(Id id) const
{
    auto q = m_db.run(QStringLiteral("SELECT ") + PlanColumns + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no maintenance plan number %1.").arg(id));
    return planFrom(*q);
}

Result<QList<MaintenancePlan>> MaintenancePlans::list(Id customerId, bool includeInactive) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (customerId) {
        where += QStringLiteral(" AND p.customer_id = ?");
        values << customerId;
    }
    if (!includeInactive)
        where += QStringLiteral(" AND p.active = 1");
    auto q = m_db.run(QStringLiteral("SELECT ") + PlanColumns + where + QStringLiteral(" ORDER BY p.id"), values);
    if (!q)
        return q.error();
    QList<MaintenancePlan> plans;
    while (q->next())
        plans.append(planFrom(*q));
    return plans;
}

Result<WorkOrder> MaintenancePlans::makeOrderAbout(const NewWorkOrder &n, const QList<Id> &about, const Actor &by)
{
    auto order = WorkOrderService(m_db).create(n, by);
    if (!order)
        return order.error();
    AssetRegistry assets(m_db);
    Actor system = by;
    system.permissions = Permissions::all();  // naming the assets is part of making the order
    for (Id assetId : about)
        if (auto r = assets.linkOrder(assetId, order->id, AssetReason::Maintenance, system); !r)
            return r.error();
    // Into the map with its handlers: on to the step that books the visit, where the map has one.
    auto moved = OrderMoves(m_db).advanceTo(order->id, [](const Step &s) { return s.handler == StepHandler::ScheduleVisit; }, by);
    if (!moved)
        return moved.error();
    return order;
}

Result<AssetOrdersMade> MaintenancePlans::orderForAssets(const QList<Id> &assetIds, const QString &title, const QDate &due,
                                                        const Actor &by)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (assetIds.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the assets to make orders for."));
    if (!due.isValid())
        return makeError(ErrorCode::Invalid, tr("Say the day the orders are due."));
    const QString jobTitle = title.trimmed().isEmpty() ? tr("Maintenance visit") : title.trimmed();
    return withTransaction(m_db, [&]() -> Result<AssetOrdersMade> {
        AssetOrdersMade made;
        AssetRegistry assets(m_db);
        // Per site (or per customer without a site), in the order of the list.
        QList<QPair<QPair<Id, Id>, QList<Asset>>> groups;
        QSet<Id> seen;
        for (Id id : assetIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto asset = assets.find(id);
            if (!asset)
                return asset.error();
            if (!asset->active)
                return makeError(ErrorCode::Invalid, tr("%1 (asset %2) was removed from its site; no order is made for it.")
                                                         .arg(asset->name())
                                                         .arg(id));
            auto open = m_db.scalar(QStringLiteral("SELECT count(*) FROM asset_orders ao JOIN work_orders o ON o.id = ao.order_id "
                                                   "WHERE ao.asset_id = ? AND o.is_open = 1"),
                                    {id});
            if (!open)
                return open.error();
            if (open->toLongLong() > 0) {
                made.alreadyOpen << id;
                continue;
            }
            const QPair<Id, Id> key{asset->customerId, asset->siteId.value_or(0)};
            auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == key; });
            if (group == groups.end())
                groups.append({key, {*asset}});
            else
                group->second.append(*asset);
        }
        for (const auto &[key, about] : groups) {
            NewWorkOrder n;
            n.customerId = key.first;
            if (key.second)
                n.siteId = key.second;
            n.title = jobTitle;
            n.jobType = tr("Maintenance");
            n.dueAt = maintenance::dueAt(due);
            QStringList names;
            QList<Id> ids;
            for (const Asset &a : about) {
                names << a.name();
                ids << a.id;
            }
            n.description = tr("Asked for from what the history teaches: %1.").arg(names.join(QStringLiteral(", ")));
            auto order = makeOrderAbout(n, ids, by);
            if (!order)
                return order.error();
            made.orders.append({0, due, order->id, order->number});
        }
        return made;
    });
}

Result<GeneratedMaintenance> MaintenancePlans::generate(const MaintenancePlan &plan, const QDate &due, const Actor &by)
{
    return withTransaction(m_db, [&]() -> Result<GeneratedMaintenance> {
        GeneratedMaintenance g{plan.id, due, 0, {}};
        // The claim first: a second run, or one running at the same time, finds the key taken.
        auto claimed = m_db.run(QStringLiteral("INSERT INTO maintenance_runs (plan_id, due_on, generated_at) VALUES (?, ?, ?) "
                                               "ON CONFLICT (plan_id, due_on) DO NOTHING RETURNING id"),
                                {plan.id, dateText(due), Clock::nowSecs()});
        if (!claimed)
            return claimed.error();
        if (!claimed->next())
            return g;  // made before
        const Id runId = claimed->value(0).toLongLong();
        claimed->finish();

        NewWorkOrder n;
        n.customerId = plan.customerId;
        n.siteId = plan.siteId;
        n.title = plan.title;
        n.jobType = plan.jobType.isEmpty() ? tr("Maintenance") : plan.jobType;
        n.dueAt = maintenance::dueAt(due);
        n.description = tr("Planned maintenance due on %1.").arg(QLocale().toString(due, QLocale::LongFormat));
        // The assets it is about: the plan's own, or every active one at the site (or the customer's).
        AssetRegistry assets(m_db);
        QList<Id> about;
        if (plan.assetId) {
            about << *plan.assetId;
        } else {
            auto all = plan.siteId ? assets.ofSite(*plan.siteId) : assets.ofCustomer(plan.customerId);
            if (!all)
                return all.error();
            for (const Asset &a : *all)
                if (a.active)
                    about << a.id;
        }
        auto order = makeOrderAbout(n, about, by);
        if (!order)
            return order.error();
        if (auto r = m_db.run(QStringLiteral("UPDATE maintenance_runs SET order_id = ? WHERE id = ?"), {order->id, runId}); !r)
            return r.error();
        g.orderId = order->id;
        g.orderNumber = order->number;
        return g;
    });
}

Result<MaintenanceRun> MaintenancePlans::run(const QDate &until, const Actor &by, bool dryRun)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (!until.isValid())
        return makeError(ErrorCode::Invalid, tr("The run needs a valid date."));
    // The plans and what was made for them, read first (the writes come one order at a time).
    auto q = m_db.run(QStringLiteral("SELECT ") + PlanColumns + QStringLiteral("WHERE p.active = 1 ORDER BY p.id"));
    if (!q)
        return q.error();
    QList<QPair<MaintenancePlan, QDate>> plans;
    while (q->next()) {
        qint64 createdAt = 0;
        MaintenancePlan p = planFrom(*q, &createdAt);
        plans.append({p, QDateTime::fromSecsSinceEpoch(createdAt).toLocalTime().date()});
    }
    q->finish();

    MaintenanceRun result;
    for (const auto &[plan, madeOn] : plans) {
        const QList<QDate> dates = maintenance::dueDates(plan, until.addDays(plan.leadDays));
        QSet<QString> made;
        auto runs = m_db.run(QStringLiteral("SELECT due_on FROM maintenance_runs WHERE plan_id = ?"), {plan.id});
        if (!runs)
            return runs.error();
        while (runs->next())
            made.insert(runs->value(0).toString());
        runs->finish();
        for (const QDate &due : dates) {
            if (due < madeOn)
                continue;  // a plan made today does not catch up on the years before it
            if (made.contains(dateText(due))) {
                ++result.alreadyGenerated;
                continue;
            }
            if (dryRun) {
                result.generated.append({plan.id, due, 0, {}});
                continue;
            }
            auto g = generate(plan, due, by);
            if (!g) {
                qCWarning(logStorage) << "maintenance plan" << plan.id << due << g.error().message;
                result.problems << tr("Plan %1 (%2), due %3: %4")
                                       .arg(plan.id)
                                       .arg(plan.customerName, QLocale().toString(due, QLocale::ShortFormat), g.error().message);
                continue;
            }
            if (g->orderId == 0)
                ++result.alreadyGenerated;
            else
                result.generated.append(*g);
        }
    }
    if (!result.generated.isEmpty() && !dryRun)
        m_db.notifier().announceOrdersReset();
    return result;
}

} // namespace ordo
