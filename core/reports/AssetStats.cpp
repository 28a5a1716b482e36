#include "core/reports/AssetStats.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace ordo {

namespace {

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QDate localDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().date();
}

} // namespace

Result<AssetStats> AssetStatistics::compute(const QDate &today, int warrantyDays) const
{
    AssetStats stats;
    stats.today = today;
    const QString Repair = toKey(AssetReason::Repair);

    // Installed per type and model (SQL aggregate).
    auto installed = m_db.run(QStringLiteral("SELECT asset_type, model, count(*) FROM assets WHERE active = 1 "
                                             "GROUP BY asset_type, model"));
    if (!installed)
        return installed.error();
    QHash<QPair<QString, QString>, AssetFailureFigures> figures;
    while (installed->next()) {
        AssetFailureFigures f;
        f.type = installed->value(0).toString();
        f.model = installed->value(1).toString();
        f.installed = installed->value(2).toInt();
        figures.insert({f.type, f.model}, f);
    }
    installed->finish();

    // Repairs per type and model, and those opened within the warranty (SQL aggregate).
    auto repairs = m_db.run(QStringLiteral("SELECT a.asset_type, a.model, count(*), count(DISTINCT a.id) "
                                           "FROM asset_orders l JOIN assets a ON a.id = l.asset_id "
                                           "JOIN work_orders o ON o.id = l.order_id WHERE l.reason = ? AND a.active = 1 "
                                           "GROUP BY a.asset_type, a.model"),
                            {Repair});
    if (!repairs)
        return repairs.error();
    while (repairs->next()) {
        auto &f = figures[{repairs->value(0).toString(), repairs->value(1).toString()}];
        f.repairs = repairs->value(2).toInt();
        f.assetsRepaired = repairs->value(3).toInt();
    }
    repairs->finish();

    // Each repaired asset's first repair, and every repair with its warranty: the medians and the
    // warranty test need the dates (warranty ends are calendar days, compared in local time).
    auto firsts = m_db.run(QStringLiteral("SELECT a.id, a.asset_type, a.model, a.installed_on, a.warranty_until, o.created_at "
                                          "FROM asset_orders l JOIN assets a ON a.id = l.asset_id "
                                          "JOIN work_orders o ON o.id = l.order_id WHERE l.reason = ? AND a.active = 1 "
                                          "ORDER BY a.id, o.created_at"),
                           {Repair});
    if (!firsts)
        return firsts.error();
    QHash<QPair<QString, QString>, QList<qint64>> daysByModel;
    QHash<QString, QList<qint64>> daysByType;
    Id last = 0;
    while (firsts->next()) {
        const Id id = firsts->value(0).toLongLong();
        const QPair<QString, QString> key{firsts->value(1).toString(), firsts->value(2).toString()};
        const QDate installedOn = QDate::fromString(firsts->value(3).toString(), Qt::ISODate);
        const QDate warranty = QDate::fromString(firsts->value(4).toString(), Qt::ISODate);
        const QDate opened = localDate(firsts->value(5).toLongLong());
        if (warranty.isValid() && opened <= warranty)
            ++figures[key].repairsUnderWarranty;
        if (id == last)
            continue;
        last = id;
        if (installedOn.isValid() && installedOn <= opened) {
            daysByModel[key] << installedOn.daysTo(opened);
            daysByType[key.first] << installedOn.daysTo(opened);
        }
    }
    firsts->finish();
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        if (const auto days = daysByModel.value(it.key()); !days.isEmpty())
            it->medianDaysToFirstRepair = median(days);
        stats.byModel << *it;
    }
    std::sort(stats.byModel.begin(), stats.byModel.end(), [](const AssetFailureFigures &a, const AssetFailureFigures &b) {
        if (a.repairsPerAsset() != b.repairsPerAsset())
            return a.repairsPerAsset() > b.repairsPerAsset();
        return std::tie(a.type, a.model) < std::tie(b.type, b.model);
    });

    // Warranties ending soon: ISO dates compare as text.
    AssetRegistry registry(m_db);
    auto ending = m_db.run(QStringLiteral("SELECT id FROM assets WHERE active = 1 AND warranty_until >= ? AND warranty_until <= ? "
                                          "ORDER BY warranty_until, id"),
                           {today.toString(Qt::ISODate), today.addDays(warrantyDays).toString(Qt::ISODate)});
    if (!ending)
        return ending.error();
    QList<Id> endingIds;
    while (ending->next())
        endingIds << ending->value(0).toLongLong();
    ending->finish();
    for (Id id : endingIds) {
        auto a = registry.find(id);
        if (!a)
            return a.error();
        stats.warrantyEnding << *a;
    }

    // Past the typical first-failure age of their type, never repaired, nothing in the last year.
    QHash<QString, qint64> typical;
    for (auto it = daysByType.cbegin(); it != daysByType.cend(); ++it)
        if (it->size() >= MinRepairsForTypicalAge)
            typical.insert(it.key(), median(*it));
    if (!typical.isEmpty()) {
        const qint64 yearAgo = QDateTime(today.addYears(-1), QTime(0, 0)).toSecsSinceEpoch();
        auto quiet = m_db.run(QStringLiteral("SELECT a.id, a.asset_type, a.installed_on FROM assets a WHERE a.active = 1 "
                                             "AND a.installed_on <> '' AND NOT EXISTS (SELECT 1 FROM asset_orders l "
                                             "JOIN work_orders o ON o.id = l.order_id WHERE l.asset_id = a.id "
                                             "AND (l.reason = ? OR o.created_at >= ?))"),
                              {Repair, yearAgo});
        if (!quiet)
            return quiet.error();
        QList<std::tuple<Id, qint64, qint64>> candidates;
        while (quiet->next()) {
            const QString type = quiet->value(1).toString();
            if (!typical.contains(type))
                continue;
            const qint64 age = QDate::fromString(quiet->value(2).toString(), Qt::ISODate).daysTo(today);
            if (age > typical.value(type))
                candidates.append({quiet->value(0).toLongLong(), age, typical.value(type)});
        }
        quiet->finish();
        std::sort(candidates.begin(), candidates.end(),
                  [](const auto &a, const auto &b) { return std::get<1>(a) - std::get<2>(a) > std::get<1>(b) - std::get<2>(b); });
        for (const auto &[id, age, usual] : candidates) {
            auto a = registry.find(id);
            if (!a)
                return a.error();
            stats.pastTypicalAge << AgingAsset{*a, age, usual};
        }
    }
    return stats;
}

} // namespace ordo
