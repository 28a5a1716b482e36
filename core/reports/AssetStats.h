#pragma once

#include "core/assets/Assets.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What the assets' history teaches, per type and model.
struct AssetFailureFigures
{
    QString type;
    QString model;
    int installed = 0;                        // active assets of this type and model
    int repairs = 0;                          // orders about them that were repairs
    int assetsRepaired = 0;                   // assets with at least one repair
    int repairsUnderWarranty = 0;             // repairs opened on or before the asset's warranty end
    std::optional<qint64> medianDaysToFirstRepair;  // from installation to the first repair's order

    double repairsPerAsset() const { return installed ? double(repairs) / installed : 0.0; }
    QString name() const { return Asset::displayName(type, model); }
};

// An asset that has outlived the typical age at which its type first fails, with no repair and no
// order about it in the last year: a candidate for a maintenance visit.
struct AgingAsset
{
    Asset asset;
    qint64 ageDays = 0;
    qint64 typicalFirstFailureDays = 0;       // the median for its type
};

struct AssetStats
{
    QDate today;
    QList<AssetFailureFigures> byModel;       // most repairs per asset first
    QList<Asset> warrantyEnding;              // warranties ending within `warrantyDays`, soonest first
    QList<AgingAsset> pastTypicalAge;         // oldest beyond the typical age first
};

class AssetStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AssetStatistics)

public:
    explicit AssetStatistics(Database &db) : m_db(db) {}

    // A type's typical first-failure age is a median over this many first repairs at least.
    static constexpr int MinRepairsForTypicalAge = 3;

    Result<AssetStats> compute(const QDate &today, int warrantyDays = 90) const;

private:
    Database &m_db;
};

} // namespace ordo
