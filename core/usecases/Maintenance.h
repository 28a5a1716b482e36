#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>

namespace ordo {

class Database;
struct NewWorkOrder;

// Recurring work for one asset, or for a customer's site (all its assets): every N months from the
// first due date, or once on a fixed date (everyMonths = 0), optionally only in a season: the months
// from seasonFrom to seasonTo (wrapping past December: 11 to 2 is November to February). Air
// conditioning every month from June to September; a boiler every year in October (a yearly plan
// whose first date is in the season).
struct MaintenancePlan
{
    Id id = 0;
    Id customerId = 0;
    QString customerName;        // read only
    std::optional<Id> siteId;
    std::optional<Id> assetId;
    QString title;               // the generated orders' title: "Revisión anual de caldera"
    QString jobType;             // empty: "Maintenance" in the company's language
    int everyMonths = 12;        // 0: once, on firstDue
    QDate firstDue;
    QDate endsOn;                // null: no end
    int leadDays = 30;           // the order is made this many days before the due date
    int seasonFrom = 0;          // 1–12, with seasonTo; 0 and 0: all year
    int seasonTo = 0;
    bool active = true;

    bool hasSeason() const { return seasonFrom > 0 && seasonTo > 0; }
    bool inSeason(const QDate &day) const
    {
        if (!hasSeason())
            return true;
        const int m = day.month();
        return seasonFrom <= seasonTo ? m >= seasonFrom && m <= seasonTo : m >= seasonFrom || m <= seasonTo;
    }
    qint64 version = 1;
};

// An order a run made (or, with dryRun, would make).
struct GeneratedMaintenance
{
    Id planId = 0;
    QDate due;
    Id orderId = 0;              // 0 in a dry run
    QString orderNumber;
};

struct MaintenanceRun
{
    QList<GeneratedMaintenance> generated;
    int alreadyGenerated = 0;    // due dates in the window whose order exists from an earlier run
    QStringList problems;        // plans that could not make their order (the others still did)
};

// What "turn this list into orders" made: one order per site, and the assets left out because an
// open order already names them.
struct AssetOrdersMade
{
    QList<GeneratedMaintenance> orders;  // planId 0; due is the day asked for
    QList<Id> alreadyOpen;
};

namespace maintenance {
// The plan's due dates up to `until` (inclusive), from its first due date, each counted from that
// first date (31 January + 1 month = 28 or 29 February, + 2 months = 31 March: never a chain that
// drifts to the 28th), within its end date and its season (dates outside it are skipped).
QList<QDate> dueDates(const MaintenancePlan &plan, const QDate &until);
// When a generated order is due: 09:00 local time of the due day, in UTC seconds (right on both
// sides of a daylight-saving change).
qint64 dueAt(const QDate &day);
} // namespace maintenance

class MaintenancePlans final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::MaintenancePlans)

public:
    explicit MaintenancePlans(Database &db) : m_db(db) {}

    static constexpr int MaxLeadDays = 366;
    static constexpr int MaxEveryMonths = 120;

    Result<Id> add(const MaintenancePlan &plan, const Actor &by);
    // "Every 3 months from 15/06/2026, June to September", "Once on 01/10/2027" (the user's language).
    static QString scheduleText(const MaintenancePlan &plan);
    Result<MaintenancePlan> update(const MaintenancePlan &plan, const Actor &by);
    Result<MaintenancePlan> find(Id id) const;
    // Every plan (customerId 0) or a customer's, active ones unless includeInactive.
    Result<QList<MaintenancePlan>> list(Id customerId = 0, bool includeInactive = false) const;

    // Makes the orders of every active plan whose due date is at most `until` + the plan's lead days
    // and not before the day the plan was made: each order in the map's first step, moved on to the
    // step that books the visit (with that step's handlers), due at 09:00 on the due date, naming
    // the plan's asset (or the site's assets). A plan and due date make one order, ever: a second
    // run (or two at once) finds it made and makes nothing. Each order in its own transaction.
    Result<MaintenanceRun> run(const QDate &until, const Actor &by, bool dryRun = false);

    // One step from a list of "What the history teaches" (warranties ending, assets past their
    // typical age): an order per site (or per customer, for assets without a site) naming its
    // assets, due at 09:00 on `due`, in the map's first step moved on to the step that books the
    // visit. An asset that an open order already names is left out (listed), never ordered twice.
    // All the orders in one transaction: all are made, or none.
    Result<AssetOrdersMade> orderForAssets(const QList<Id> &assetIds, const QString &title, const QDate &due, const Actor &by);

private:
    Result<void> check(const MaintenancePlan &plan) const;
    Result<std::optional<Id>> siteOf(const MaintenancePlan &plan) const;
    Result<GeneratedMaintenance> generate(const MaintenancePlan &plan, const QDate &due, const Actor &by);
    Result<WorkOrder> makeOrderAbout(const NewWorkOrder &n, const QList<Id> &about, const Actor &by);

    Database &m_db;
};

} // namespace ordo
