#include "AssetCommands.h"

#include "CliCommands.h"

#include "core/assets/AssetLinks.h"
#include "core/assets/Assets.h"
#include "core/common/Clock.h"
#include "core/common/Csv.h"
#include "core/orders/WorkOrderService.h"
#include "core/reports/AssetStats.h"
#include "core/usecases/CsvTransfer.h"
#include "core/usecases/Maintenance.h"
#include "core/storage/Settings.h"
#include "ui/print/AssetLabels.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

namespace ordo::cli {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject assetJson(const Asset &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("customer_id"), a.customerId},
                       {QStringLiteral("customer"), a.customerName},
                       {QStringLiteral("site_id"), a.siteId ? QJsonValue(*a.siteId) : QJsonValue()},
                       {QStringLiteral("site"), a.siteAddress},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("model"), a.model},
                       {QStringLiteral("specification"), a.specification},
                       {QStringLiteral("serial"), a.serial},
                       {QStringLiteral("installed_on"), jsonDate(a.installedOn)},
                       {QStringLiteral("warranty_until"), jsonDate(a.warrantyUntil)},
                       {QStringLiteral("source_order"), a.sourceOrderNumber.isEmpty() ? QJsonValue() : QJsonValue(a.sourceOrderNumber)},
                       {QStringLiteral("active"), a.active},
                       {QStringLiteral("version"), a.version}};
}

QString assetLine(const Asset &a)
{
    QStringList parts{QString::number(a.id), a.name()};
    if (!a.specification.isEmpty())
        parts << a.specification;
    if (!a.serial.isEmpty())
        parts << Cli::tr("serial %1").arg(a.serial);
    if (a.installedOn.isValid())
        parts << Cli::tr("installed %1").arg(isoDate(a.installedOn));
    if (a.warrantyUntil.isValid())
        parts << Cli::tr("warranty until %1").arg(isoDate(a.warrantyUntil));
    if (!a.siteAddress.isEmpty())
        parts << a.siteAddress;
    return parts.join(QStringLiteral("  "));
}

// A date option: nullopt when absent, an invalid QDate when typed wrong (the caller says so).
std::optional<QDate> dateOption(const Context &c, const QString &name)
{
    if (!c.isSet(name))
        return std::nullopt;
    return QDate::fromString(c.value(name), Qt::ISODate);
}

std::optional<qint64> idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

class AssetsList final : public Command
{
public:
    AssetsList()
        : Command(QStringLiteral("assets list"), Access::Reads, 1, Cli::tr("CUSTOMER_ID [--all] [--json]"),
                  Cli::tr("a customer's assets: type, model, specification, serial, installation, warranty, site"),
                  {{QStringLiteral("all"), Cli::tr("Also the assets no longer there.")}, jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const auto customer = idArgument(c.arguments.at(0));
        if (!customer)
            return c.usage(Cli::tr("CUSTOMER_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        auto list = AssetRegistry(*c.db).ofCustomer(*customer, c.isSet(QStringLiteral("all")));
        if (!list)
            return c.fail(list.error());
        if (c.json()) {
            QJsonArray array;
            for (const Asset &a : *list)
                array.append(assetJson(a));
            return c.printJson(QJsonObject{{QStringLiteral("assets"), array}});
        }
        for (const Asset &a : *list)
            c.out << assetLine(a) << Qt::endl;
        if (list->isEmpty())
            c.out << Cli::tr("No assets.") << Qt::endl;
        return Ok;
    }
};

class AssetsAdd final : public Command
{
public:
    AssetsAdd()
        : Command(QStringLiteral("assets add"), Access::Writes, 1,
                  Cli::tr("CUSTOMER_ID --type TYPE [--site SITE_ID] [--model M] [--spec S] [--serial S] [--installed YYYY-MM-DD] "
                          "[--warranty-until YYYY-MM-DD] [--notes TEXT] [--json]"),
                  Cli::tr("adds an asset at a customer's site by hand"),
                  {{QStringLiteral("type"), Cli::tr("What it is: window, blind, boiler…"), Cli::tr("type")},
                   {QStringLiteral("site"), Cli::tr("The customer's site where it is."), Cli::tr("id")},
                   {QStringLiteral("model"), Cli::tr("Model or make."), Cli::tr("text")},
                   {QStringLiteral("spec"), Cli::tr("Size or specification."), Cli::tr("text")},
                   {QStringLiteral("serial"), Cli::tr("Serial number."), Cli::tr("text")},
                   {QStringLiteral("installed"), Cli::tr("Installation date."), Cli::tr("date")},
                   {QStringLiteral("warranty-until"), Cli::tr("Last day of the warranty."), Cli::tr("date")},
                   {QStringLiteral("notes"), Cli::tr("Notes."), Cli::tr("text")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const auto customer = idArgument(c.arguments.at(0));
        if (!customer)
            return c.usage(Cli::tr("CUSTOMER_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        Asset a;
        a.customerId = *customer;
        a.type = c.value(QStringLiteral("type"));
        a.model = c.value(QStringLiteral("model"));
        a.specification = c.value(QStringLiteral("spec"));
        a.serial = c.value(QStringLiteral("serial"));
        a.notes = c.value(QStringLiteral("notes"));
        if (c.isSet(QStringLiteral("site"))) {
            const auto site = idArgument(c.value(QStringLiteral("site")));
            if (!site)
                return c.usage(Cli::tr("--site takes a number."));
            a.siteId = *site;
        }
        for (const auto &[name, target] : {std::pair{QStringLiteral("installed"), &a.installedOn},
                                           std::pair{QStringLiteral("warranty-until"), &a.warrantyUntil}}) {
            const auto d = dateOption(c, name);
            if (d && !d->isValid())
                return c.usage(Cli::tr("--%1 takes a date such as 2026-12-31 (not “%2”).").arg(name, c.value(name)));
            if (d)
                *target = *d;
        }
        AssetRegistry assets(*c.db);
        auto id = assets.add(a, c.actor);
        if (!id)
            return c.fail(id.error());
        if (c.json())
            return c.printJson(QJsonObject{{QStringLiteral("asset"), assetJson(*assets.find(*id))}});
        c.out << Cli::tr("Asset %1 added.").arg(*id) << Qt::endl;
        return Ok;
    }
};

class AssetsRegister final : public Command
{
public:
    AssetsRegister()
        : Command(QStringLiteral("assets register"), Access::Writes, 1,
                  Cli::tr("ORDER_NUMBER [--lines N,N] [--type TYPE] [--warranty-months N] [--json]"),
                  Cli::tr("registers a completed order's lines (all, or those given, from 1) as installed at its site; a "
                          "line of 3 units makes 3 assets; a line registered before refuses the whole run"),
                  {{QStringLiteral("lines"), Cli::tr("The lines to register, from 1."), Cli::tr("list")},
                   {QStringLiteral("type"), Cli::tr("The type of every asset (otherwise the line's first word)."), Cli::tr("type")},
                   {QStringLiteral("warranty-months"), Cli::tr("Warranty from the day the work was completed (default 36)."),
                    Cli::tr("months")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        AssetRegistry assets(*c.db);
        auto all = assets.linesOf(order->id);
        if (!all)
            return c.fail(all.error());
        QList<LineRegistration> chosen;
        if (c.isSet(QStringLiteral("lines"))) {
            for (const QString &word : c.value(QStringLiteral("lines")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = word.trimmed().toInt(&ok);
                if (!ok)
                    return c.usage(Cli::tr("--lines takes line numbers such as 1,3 (not “%1”).").arg(c.value(QStringLiteral("lines"))));
                LineRegistration l;
                l.position = n;
                chosen << l;
            }
        } else {
            for (const LineRegistration &l : *all)
                if (l.installable)
                    chosen << LineRegistration{l.position, {}, {}, {}, {}, -1, true};
            if (chosen.isEmpty())
                return c.fail(Cli::tr("Order %1 has no line to register as installed (its lines are services); name them with --lines.")
                                  .arg(order->number));
        }
        for (LineRegistration &l : chosen) {
            l.type = c.value(QStringLiteral("type"));
            if (c.isSet(QStringLiteral("warranty-months"))) {
                bool ok = false;
                l.warrantyMonths = c.value(QStringLiteral("warranty-months")).toInt(&ok);
                if (!ok || l.warrantyMonths < 0 || l.warrantyMonths > 600)
                    return c.usage(Cli::tr("--warranty-months takes a number of months from 0 to 600."));
            }
        }
        auto ids = assets.registerFromOrder(order->id, chosen, c.actor);
        if (!ids)
            return c.fail(ids.error());
        if (c.json()) {
            QJsonArray array;
            for (Id id : *ids)
                array.append(assetJson(*assets.find(id)));
            return c.printJson(QJsonObject{{QStringLiteral("assets"), array}});
        }
        c.out << Cli::tr("%n asset(s) registered from %1.", nullptr, int(ids->size())).arg(order->number) << Qt::endl;
        for (Id id : *ids)
            c.out << assetLine(*assets.find(id)) << Qt::endl;
        return Ok;
    }
};

class AssetsHistory final : public Command
{
public:
    AssetsHistory()
        : Command(QStringLiteral("assets history"), Access::Reads, 1, Cli::tr("ASSET_ID [--json]"),
                  Cli::tr("every order, visit, note and photo that touched the asset, newest first"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const auto id = idArgument(c.arguments.at(0));
        if (!id)
            return c.usage(Cli::tr("ASSET_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        AssetRegistry assets(*c.db);
        auto asset = assets.find(*id);
        if (!asset)
            return c.fail(asset.error());
        auto history = assets.history(*id);
        if (!history)
            return c.fail(history.error());
        auto at = [](qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate); };
        if (c.json()) {
            QJsonArray array;
            for (const AssetHistoryEntry &e : *history)
                array.append(QJsonObject{{QStringLiteral("at"), at(e.at)},
                                         {QStringLiteral("kind"), toKey(e.kind)},
                                         {QStringLiteral("order"), e.orderNumber.isEmpty() ? QJsonValue() : QJsonValue(e.orderNumber)},
                                         {QStringLiteral("text"), e.text},
                                         {QStringLiteral("detail"), e.detail},
                                         {QStringLiteral("photo_id"), e.photoId ? QJsonValue(*e.photoId) : QJsonValue()}});
            return c.printJson(QJsonObject{{QStringLiteral("asset"), assetJson(*asset)}, {QStringLiteral("history"), array}});
        }
        c.out << assetLine(*asset) << Qt::endl;
        for (const AssetHistoryEntry &e : *history)
            c.out << QLocale().toString(QDateTime::fromSecsSinceEpoch(e.at).toLocalTime(), QLocale::ShortFormat) << "  "
                  << (e.orderNumber.isEmpty() ? QString() : e.orderNumber + QStringLiteral("  ")) << e.text
                  << (e.detail.isEmpty() ? QString() : QStringLiteral(" (") + e.detail + QLatin1Char(')')) << Qt::endl;
        return Ok;
    }
};

class AssetsLink final : public Command
{
public:
    AssetsLink()
        : Command(QStringLiteral("assets link"), Access::Writes, 2, Cli::tr("ASSET_ID ORDER_NUMBER [--reason repair|maintenance|service|installed]"),
                  Cli::tr("the order names the asset it is about (by default the reason its job type gives)"),
                  {{QStringLiteral("reason"), Cli::tr("Why the order is about it."), Cli::tr("reason")}})
    {
    }

    int run(Context &c) const override
    {
        const auto id = idArgument(c.arguments.at(0));
        if (!id)
            return c.usage(Cli::tr("ASSET_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(1));
        if (!order)
            return c.fail(order.error());
        AssetReason reason = AssetRegistry::reasonForJobType(order->jobType);
        if (c.isSet(QStringLiteral("reason"))) {
            const auto r = assetReasonFromKey(c.value(QStringLiteral("reason")));
            if (!r)
                return c.usage(Cli::tr("--reason is repair, maintenance, service or installed."));
            reason = *r;
        }
        if (auto r = AssetRegistry(*c.db).linkOrder(*id, order->id, reason, c.actor); !r)
            return c.fail(r.error());
        c.out << Cli::tr("Order %1 is about asset %2 (%3).").arg(order->number).arg(*id).arg(displayName(reason)) << Qt::endl;
        return Ok;
    }
};

class AssetsNote final : public Command
{
public:
    AssetsNote()
        : Command(QStringLiteral("assets note"), Access::Writes, 2, Cli::tr("ASSET_ID TEXT"), Cli::tr("adds a note to the asset's history"))
    {
    }

    int run(Context &c) const override
    {
        const auto id = idArgument(c.arguments.at(0));
        if (!id)
            return c.usage(Cli::tr("ASSET_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        if (auto r = AssetRegistry(*c.db).addNote(*id, c.arguments.at(1), c.actor); !r)
            return c.fail(r.error());
        c.out << Cli::tr("Note added.") << Qt::endl;
        return Ok;
    }
};

class AssetsStats final : public Command
{
public:
    AssetsStats()
        : Command(QStringLiteral("assets stats"), Access::Reads, 0, Cli::tr("[--today YYYY-MM-DD] [--json]"),
                  Cli::tr("what the history teaches: repairs per installed asset by type and model, median days to the first "
                          "repair, repairs under warranty; warranties ending in 90 days; assets past their type's typical "
                          "first-failure age with no recent service"),
                  {{QStringLiteral("today"), Cli::tr("Count from this day instead of today."), Cli::tr("date")}, jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        QDate today = Clock::today();
        if (const auto d = dateOption(c, QStringLiteral("today"))) {
            if (!d->isValid())
                return c.usage(Cli::tr("--today takes a date such as 2026-12-31."));
            today = *d;
        }
        auto stats = AssetStatistics(*c.db).compute(today);
        if (!stats)
            return c.fail(stats.error());
        if (c.json()) {
            QJsonArray models, ending, aging;
            for (const AssetFailureFigures &f : stats->byModel)
                models.append(QJsonObject{{QStringLiteral("type"), f.type},
                                          {QStringLiteral("model"), f.model},
                                          {QStringLiteral("installed"), f.installed},
                                          {QStringLiteral("repairs"), f.repairs},
                                          {QStringLiteral("assets_repaired"), f.assetsRepaired},
                                          {QStringLiteral("repairs_per_asset"), f.repairsPerAsset()},
                                          {QStringLiteral("repairs_under_warranty"), f.repairsUnderWarranty},
                                          {QStringLiteral("median_days_to_first_repair"),
                                           f.medianDaysToFirstRepair ? QJsonValue(*f.medianDaysToFirstRepair) : QJsonValue()}});
            for (const Asset &a : stats->warrantyEnding)
                ending.append(assetJson(a));
            for (const AgingAsset &g : stats->pastTypicalAge) {
                QJsonObject o = assetJson(g.asset);
                o.insert(QStringLiteral("age_days"), g.ageDays);
                o.insert(QStringLiteral("typical_first_failure_days"), g.typicalFirstFailureDays);
                aging.append(o);
            }
            return c.printJson(QJsonObject{{QStringLiteral("today"), isoDate(today)},
                                           {QStringLiteral("by_model"), models},
                                           {QStringLiteral("warranty_ending"), ending},
                                           {QStringLiteral("past_typical_age"), aging}});
        }
        c.out << Cli::tr("Repairs by type and model:") << Qt::endl;
        for (const AssetFailureFigures &f : stats->byModel)
            c.out << "  " << f.name() << ": "
                  << (f.repairs == 0 ? Cli::tr("%n installed, no repairs", nullptr, int(f.installed))
                                     : Cli::tr("%1 installed, %n repair(s) (%2 under warranty), the first after a median of %3 days",
                                               nullptr, int(f.repairs))
                                           .arg(f.installed)
                                           .arg(f.repairsUnderWarranty)
                                           .arg(f.medianDaysToFirstRepair ? QString::number(*f.medianDaysToFirstRepair)
                                                                          : QStringLiteral("–")))
                  << Qt::endl;
        c.out << Cli::tr("Warranties ending in the next 90 days:") << Qt::endl;
        for (const Asset &a : stats->warrantyEnding)
            c.out << "  " << a.customerName << "  " << assetLine(a) << Qt::endl;
        c.out << Cli::tr("Past the typical age of first failure, with no recent service:") << Qt::endl;
        for (const AgingAsset &g : stats->pastTypicalAge)
            c.out << "  " << g.asset.customerName << "  " << assetLine(g.asset) << "  "
                  << Cli::tr("%1 days old (typical first failure: %2)").arg(g.ageDays).arg(g.typicalFirstFailureDays) << Qt::endl;
        return Ok;
    }
};


class AssetsLabels final : public Command
{
public:
    AssetsLabels()
        : Command(QStringLiteral("assets labels"), Access::Reads, 1, Cli::tr("CUSTOMER_ID --out FILE.pdf [--ids ID,ID]"),
                  Cli::tr("a printable sheet of QR labels (3 × 8 on A4) for the customer's assets, or those given"),
                  {{QStringLiteral("out"), Cli::tr("The PDF file to write."), Cli::tr("file")},
                   {QStringLiteral("ids"), Cli::tr("Only these assets."), Cli::tr("list")}})
    {
    }

    bool drawsDocuments(const QCommandLineParser &) const override { return true; }

    int run(Context &c) const override
    {
        const auto customer = idArgument(c.arguments.at(0));
        if (!customer)
            return c.usage(Cli::tr("CUSTOMER_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        const QString out = c.value(QStringLiteral("out"));
        if (out.isEmpty())
            return c.usage(Cli::tr("assets labels needs --out FILE.pdf."));
        auto all = AssetRegistry(*c.db).ofCustomer(*customer);
        if (!all)
            return c.fail(all.error());
        QList<Asset> chosen = *all;
        if (c.isSet(QStringLiteral("ids"))) {
            QSet<Id> ids;
            for (const QString &word : c.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto id = idArgument(word.trimmed());
                if (!id)
                    return c.usage(Cli::tr("--ids takes asset numbers such as 4,7."));
                ids.insert(*id);
            }
            chosen.clear();
            for (const Asset &a : *all)
                if (ids.contains(a.id))
                    chosen << a;
            if (chosen.size() != ids.size())
                return c.fail(Cli::tr("Some of those assets are not this customer's."));
        }
        if (chosen.isEmpty())
            return c.fail(Cli::tr("The customer has no assets to label."));
        const QString prefix = assetLabelPrefix(*c.db);
        if (auto written = writeFile(out, AssetLabelSheet(chosen, prefix).pdf()); !written)
            return c.fail(written.error());
        c.out << Cli::tr("%n label(s) written to %1.", nullptr, int(chosen.size())).arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Ok;
    }
};

// A list from `assets stats` (warranties ending, assets past their typical age) turned into orders.
class AssetsOrder final : public Command
{
public:
    AssetsOrder()
        : Command(QStringLiteral("assets order"), Access::Writes, 1, Cli::tr("ID,ID... [--title TEXT] [--due YYYY-MM-DD]"),
                  Cli::tr("makes a maintenance order per site for the assets given (those an open order already names are "
                          "left out)"),
                  {{QStringLiteral("title"), Cli::tr("The orders' title (default: Maintenance visit)."), Cli::tr("text")},
                   {QStringLiteral("due"), Cli::tr("The day the orders are due (default: in 30 days)."), Cli::tr("date")}})
    {
    }

    int run(Context &c) const override
    {
        QList<Id> ids;
        for (const QString &word : c.arguments.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto id = idArgument(word.trimmed());
            if (!id)
                return c.usage(Cli::tr("Give the asset numbers such as 4,7 (not “%1”).").arg(c.arguments.at(0)));
            ids << *id;
        }
        QDate due = Clock::today().addDays(30);
        if (const auto d = dateOption(c, QStringLiteral("due"))) {
            if (!d->isValid())
                return c.usage(Cli::tr("--due takes a date such as 2026-12-31 (not “%1”).").arg(c.value(QStringLiteral("due"))));
            due = *d;
        }
        auto made = MaintenancePlans(*c.db).orderForAssets(ids, c.value(QStringLiteral("title")), due, c.actor);
        if (!made)
            return c.fail(made.error());
        for (const GeneratedMaintenance &g : made->orders)
            c.out << Cli::tr("%1: due %2").arg(g.orderNumber, isoDate(g.due)) << Qt::endl;
        for (Id id : made->alreadyOpen)
            c.out << Cli::tr("Asset %1: an open order already names it; none made.").arg(id) << Qt::endl;
        c.out << Cli::tr("%n order(s) made.", nullptr, int(made->orders.size())) << Qt::endl;
        return Ok;
    }
};

class MaintenancePlanAdd final : public Command
{
public:
    MaintenancePlanAdd()
        : Command(QStringLiteral("maintenance plan"), Access::Writes, 1,
                  Cli::tr("CUSTOMER_ID --title TEXT --first YYYY-MM-DD [--every MONTHS] [--asset ID] [--site ID] "
                          "[--lead-days N] [--ends YYYY-MM-DD] [--season M-M] [--job-type TEXT]"),
                  Cli::tr("a maintenance plan: an order every N months (0: once) from the first due date, made N lead days ahead "
                          "(30 by default), for one asset or all of a site's, all year or only in a season"),
                  {{QStringLiteral("title"), Cli::tr("The orders' title."), Cli::tr("text")},
                   {QStringLiteral("first"), Cli::tr("The first due date."), Cli::tr("date")},
                   {QStringLiteral("every"), Cli::tr("Months between visits (12 by default; 0: once)."), Cli::tr("months")},
                   {QStringLiteral("asset"), Cli::tr("The asset it is for."), Cli::tr("id")},
                   {QStringLiteral("site"), Cli::tr("The site it is for (all its assets)."), Cli::tr("id")},
                   {QStringLiteral("lead-days"), Cli::tr("How many days before the due date the order is made."), Cli::tr("days")},
                   {QStringLiteral("ends"), Cli::tr("No due dates after this day."), Cli::tr("date")},
                   {QStringLiteral("season"), Cli::tr("Only in these months, such as 6-9 (June to September) or 11-2."), Cli::tr("months")},
                   {QStringLiteral("job-type"), Cli::tr("The orders' job type (default: Maintenance)."), Cli::tr("text")}})
    {
    }

    int run(Context &c) const override
    {
        const auto customer = idArgument(c.arguments.at(0));
        if (!customer)
            return c.usage(Cli::tr("CUSTOMER_ID is a number (not “%1”).").arg(c.arguments.at(0)));
        MaintenancePlan p;
        p.customerId = *customer;
        p.title = c.value(QStringLiteral("title"));
        p.jobType = c.value(QStringLiteral("job-type"));
        const auto first = dateOption(c, QStringLiteral("first"));
        if (!first || !first->isValid())
            return c.usage(Cli::tr("--first takes the first due date, such as 2027-01-31."));
        p.firstDue = *first;
        if (const auto ends = dateOption(c, QStringLiteral("ends"))) {
            if (!ends->isValid())
                return c.usage(Cli::tr("--ends takes a date such as 2030-12-31."));
            p.endsOn = *ends;
        }
        for (const auto &[name, target] : {std::pair{QStringLiteral("every"), &p.everyMonths},
                                           std::pair{QStringLiteral("lead-days"), &p.leadDays}}) {
            if (!c.isSet(name))
                continue;
            bool ok = false;
            *target = c.value(name).toInt(&ok);
            if (!ok)
                return c.usage(Cli::tr("--%1 takes a whole number.").arg(name));
        }
        if (c.isSet(QStringLiteral("season"))) {
            const QStringList months = c.value(QStringLiteral("season")).split(QLatin1Char('-'));
            bool fromOk = false, toOk = false;
            if (months.size() == 2) {
                p.seasonFrom = months.at(0).trimmed().toInt(&fromOk);
                p.seasonTo = months.at(1).trimmed().toInt(&toOk);
            }
            if (!fromOk || !toOk)
                return c.usage(Cli::tr("--season takes two month numbers, such as 6-9 (June to September)."));
        }
        for (const auto &[name, target] : {std::pair{QStringLiteral("asset"), &p.assetId}, std::pair{QStringLiteral("site"), &p.siteId}}) {
            if (!c.isSet(name))
                continue;
            const auto id = idArgument(c.value(name));
            if (!id)
                return c.usage(Cli::tr("--%1 takes a number.").arg(name));
            *target = *id;
        }
        auto id = MaintenancePlans(*c.db).add(p, c.actor);
        if (!id)
            return c.fail(id.error());
        c.out << Cli::tr("Maintenance plan %1 added.").arg(*id) << Qt::endl;
        return Ok;
    }
};

class MaintenancePlansList final : public Command
{
public:
    MaintenancePlansList()
        : Command(QStringLiteral("maintenance plans"), Access::Reads, 0, Cli::tr("[--json]"), Cli::tr("the active maintenance plans"),
                  {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto plans = MaintenancePlans(*c.db).list();
        if (!plans)
            return c.fail(plans.error());
        QJsonArray array;
        for (const MaintenancePlan &p : *plans) {
            if (c.json())
                array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                         {QStringLiteral("customer_id"), p.customerId},
                                         {QStringLiteral("customer"), p.customerName},
                                         {QStringLiteral("asset_id"), p.assetId ? QJsonValue(*p.assetId) : QJsonValue()},
                                         {QStringLiteral("site_id"), p.siteId ? QJsonValue(*p.siteId) : QJsonValue()},
                                         {QStringLiteral("title"), p.title},
                                         {QStringLiteral("every_months"), p.everyMonths},
                                         {QStringLiteral("first_due"), isoDate(p.firstDue)},
                                         {QStringLiteral("ends_on"), jsonDate(p.endsOn)},
                                         {QStringLiteral("lead_days"), p.leadDays},
                                         {QStringLiteral("season_from"), p.hasSeason() ? QJsonValue(p.seasonFrom) : QJsonValue()},
                                         {QStringLiteral("season_to"), p.hasSeason() ? QJsonValue(p.seasonTo) : QJsonValue()}});
            else
                c.out << p.id << "  " << p.customerName << "  " << p.title << "  " << MaintenancePlans::scheduleText(p) << Qt::endl;
        }
        if (c.json())
            return c.printJson(QJsonObject{{QStringLiteral("plans"), array}});
        return Ok;
    }
};

class MaintenanceRunCommand final : public Command
{
public:
    MaintenanceRunCommand()
        : Command(QStringLiteral("maintenance run"), Access::Writes, 0, Cli::tr("[--until YYYY-MM-DD] [--dry-run] [--json]"),
                  Cli::tr("makes the maintenance orders due up to the date (today by default) plus each plan's lead days; "
                          "never twice for a plan and date: run it daily"),
                  {{QStringLiteral("until"), Cli::tr("Make the orders of the plans due up to this day plus their lead days."), Cli::tr("date")},
                   {QStringLiteral("dry-run"), Cli::tr("Say what would be made, making nothing.")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        QDate until = Clock::today();
        if (const auto d = dateOption(c, QStringLiteral("until"))) {
            if (!d->isValid())
                return c.usage(Cli::tr("--until takes a date such as 2026-12-31 (not “%1”).").arg(c.value(QStringLiteral("until"))));
            until = *d;
        }
        const bool dry = c.isSet(QStringLiteral("dry-run"));
        auto run = MaintenancePlans(*c.db).run(until, c.actor, dry);
        if (!run)
            return c.fail(run.error());
        if (c.json()) {
            QJsonArray made;
            for (const GeneratedMaintenance &g : run->generated)
                made.append(QJsonObject{{QStringLiteral("plan_id"), g.planId},
                                        {QStringLiteral("due"), isoDate(g.due)},
                                        {QStringLiteral("order"), g.orderNumber.isEmpty() ? QJsonValue() : QJsonValue(g.orderNumber)}});
            c.printJson(QJsonObject{{QStringLiteral("generated"), made},
                                    {QStringLiteral("already_generated"), run->alreadyGenerated},
                                    {QStringLiteral("dry_run"), dry},
                                    {QStringLiteral("problems"), QJsonArray::fromStringList(run->problems)}});
        } else {
            for (const GeneratedMaintenance &g : run->generated)
                c.out << (dry ? Cli::tr("Would make: plan %1, due %2").arg(g.planId).arg(isoDate(g.due))
                              : Cli::tr("%1: plan %2, due %3").arg(g.orderNumber).arg(g.planId).arg(isoDate(g.due)))
                      << Qt::endl;
            c.out << Cli::tr("%n maintenance order(s) made", nullptr, dry ? 0 : int(run->generated.size())) << ", "
                  << Cli::tr("%n already there.", nullptr, run->alreadyGenerated) << Qt::endl;
        }
        if (!run->problems.isEmpty()) {
            for (const QString &p : run->problems)
                c.err << p << Qt::endl;
            return Failed;
        }
        return Ok;
    }
};

// Customers, sites, assets or open orders from a spreadsheet's CSV: every row's problems on stderr,
// nothing imported unless there are none.
class ImportRows final : public Command
{
public:
    ImportRows(ImportKind kind, const QString &description)
        : Command(QStringLiteral("import ") + toKey(kind), Access::Writes, 1, Cli::tr("FILE.csv [--dry-run]"), description,
                  {{QStringLiteral("dry-run"), Cli::tr("Only check the file: list each row and its problems.")}}),
          m_kind(kind)
    {
    }

    int run(Context &c) const override
    {
        QFile file(c.arguments.at(0));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(Cli::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        const QByteArray bytes = file.read(csv::Reader::MaxBytes + 1);
        CsvTransfer transfer(*c.db);
        auto preview = transfer.preview(m_kind, bytes);
        if (!preview)
            return c.fail(preview.error());
        for (const QString &p : preview->fileProblems)
            c.err << p << Qt::endl;
        if (!preview->fileProblems.isEmpty())
            return Failed;
        for (const ImportRow &r : preview->rows)
            if (!r.problems.isEmpty())
                c.err << Cli::tr("Line %1 (%2): %3").arg(r.line).arg(r.values.value(0), r.problems.join(QLatin1Char(' '))) << Qt::endl;
        const int rows = int(preview->rows.size());
        if (c.isSet(QStringLiteral("dry-run"))) {
            c.out << read(rows) << ", " << Cli::tr("%n with problems.", nullptr, preview->problemRows()) << ' '
                  << Cli::tr("Nothing was imported (--dry-run).") << Qt::endl;
            return preview->canImport() ? Ok : Failed;
        }
        auto done = transfer.import(m_kind, bytes, c.actor);
        if (!done)
            return c.fail(done.error());
        c.out << imported(*done) << Qt::endl;
        return Ok;
    }

private:
    QString read(int n) const
    {
        switch (m_kind) {
        case ImportKind::Customers: return Cli::tr("%n customer(s) read", nullptr, n);
        case ImportKind::Sites: return Cli::tr("%n site(s) read", nullptr, n);
        case ImportKind::Assets: return Cli::tr("%n asset(s) read", nullptr, n);
        case ImportKind::Orders: return Cli::tr("%n order(s) read", nullptr, n);
        }
        return {};
    }
    QString imported(int n) const
    {
        switch (m_kind) {
        case ImportKind::Customers: return Cli::tr("%n customer(s) imported.", nullptr, n);
        case ImportKind::Sites: return Cli::tr("%n site(s) imported.", nullptr, n);
        case ImportKind::Assets: return Cli::tr("%n asset(s) imported.", nullptr, n);
        case ImportKind::Orders: return Cli::tr("%n order(s) imported.", nullptr, n);
        }
        return {};
    }

    ImportKind m_kind;
};

// Customers, sites or assets as a CSV the matching import reads back.
class ExportRows final : public Command
{
public:
    ExportRows(ImportKind kind, const QString &description)
        : Command(QStringLiteral("export ") + toKey(kind), Access::Reads, 0, Cli::tr("--out FILE.csv"), description,
                  {{QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("file")}}),
          m_kind(kind)
    {
    }

    int run(Context &c) const override
    {
        const QString out = c.value(QStringLiteral("out"));
        if (out.isEmpty())
            return c.usage(Cli::tr("export %1 needs --out FILE.csv.").arg(toKey(m_kind)));
        CsvTransfer transfer(*c.db);
        auto bytes = m_kind == ImportKind::Customers ? transfer.exportCustomers()
                     : m_kind == ImportKind::Sites   ? transfer.exportSites()
                                                     : transfer.exportAssets();
        if (!bytes)
            return c.fail(bytes.error());
        if (auto written = writeFile(out, *bytes); !written)
            return c.fail(written.error());
        c.out << Cli::tr("Written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Ok;
    }

private:
    ImportKind m_kind;
};

// The file's problems go first on stderr: scripts read its first line.
class ExportOrders final : public Command
{
public:
    ExportOrders()
        : Command(QStringLiteral("export orders"), Access::Reads, 0, Cli::tr("--out FILE.csv [--open]"),
                  Cli::tr("every order (or the open ones) as a CSV for a Spanish spreadsheet (';', decimal commas, UTF-8 with BOM)"),
                  {{QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("file")},
                   {QStringLiteral("open"), Cli::tr("Only the open orders.")}})
    {
    }

    int run(Context &c) const override
    {
        const QString out = c.value(QStringLiteral("out"));
        if (out.isEmpty())
            return c.usage(Cli::tr("export orders needs --out FILE.csv."));
        auto bytes = CsvTransfer(*c.db).exportOrders(c.isSet(QStringLiteral("open")));
        if (!bytes)
            return c.fail(bytes.error());
        if (auto written = writeFile(out, *bytes); !written)
            return c.fail(written.error());
        c.out << Cli::tr("Orders written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands assetCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<AssetsList>());
    commands.push_back(std::make_unique<AssetsAdd>());
    commands.push_back(std::make_unique<AssetsRegister>());
    commands.push_back(std::make_unique<AssetsOrder>());
    commands.push_back(std::make_unique<AssetsHistory>());
    commands.push_back(std::make_unique<AssetsLink>());
    commands.push_back(std::make_unique<AssetsNote>());
    commands.push_back(std::make_unique<AssetsStats>());
    commands.push_back(std::make_unique<AssetsLabels>());
    return commands;
}

Commands maintenanceCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<MaintenancePlanAdd>());
    commands.push_back(std::make_unique<MaintenancePlansList>());
    commands.push_back(std::make_unique<MaintenanceRunCommand>());
    return commands;
}

Commands transferCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<ImportRows>(
        ImportKind::Customers, Cli::tr("customers from a spreadsheet's CSV (';' or ',', UTF-8 or Windows-1252, headers in Spanish or "
                                       "English): every row's problems are listed and nothing is imported unless there are none")));
    commands.push_back(std::make_unique<ImportRows>(
        ImportKind::Sites, Cli::tr("customers' sites (Cliente or NIF, Dirección, Código postal, Ciudad) from a CSV, all or nothing")));
    commands.push_back(std::make_unique<ImportRows>(
        ImportKind::Assets, Cli::tr("assets (Cliente or NIF, Dirección, Tipo, Modelo, Nº de serie, Fecha de instalación, Fin de "
                                    "garantía) from a CSV, all or nothing")));
    commands.push_back(std::make_unique<ImportRows>(
        ImportKind::Orders, Cli::tr("open orders (Cliente or NIF, Dirección, Título, Paso, Fecha límite, Importe) from a CSV, all or "
                                    "nothing; each created as by hand, then moved to its step")));
    commands.push_back(std::make_unique<ExportOrders>());
    commands.push_back(std::make_unique<ExportRows>(ImportKind::Customers, Cli::tr("every customer as a CSV that import customers reads back")));
    commands.push_back(std::make_unique<ExportRows>(
        ImportKind::Sites, Cli::tr("every site but the customer's own address as a CSV that import sites reads back")));
    commands.push_back(std::make_unique<ExportRows>(ImportKind::Assets, Cli::tr("every active asset as a CSV that import assets reads back")));
    return commands;
}

} // namespace ordo::cli
