#pragma once

#include "core/assets/Assets.h"
#include "core/common/Result.h"
#include "core/usecases/FieldWork.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// An asset as the technician's phone shows it: the asset, and its history newest first.
struct FieldAsset
{
    Asset asset;
    QList<AssetHistoryEntry> history;
};

struct FieldAssetOutcome
{
    bool applied = false;
    bool duplicate = false;           // this key was received before: nothing done again
    Id assetId = 0;                   // the asset noted on, photographed or registered
    Id appointmentId = 0;             // the visit the action was recorded with
};

// The assets on the technician's phone (issues 18 and 21): the page a label's QR code opens, and
// what the technician adds on site — a note or a photo of an asset, or a new asset registered at a
// job's site ("created from the technician's phone") and linked to the job.
//
// Who sees what: a technician sees an asset of a customer for whom they have (or had) a visit that
// was not cancelled — the same jobs the phone's API lets them open, never another customer's. Its
// history is shown whole (earlier orders by others too: that is what the page is for). Technicians
// have no permission to edit customers; the phone's actions on such an asset are made in their name
// with that permission, as the map issues an invoice in their name (FieldWork).
//
// Each action comes with the phone's idempotency key and is applied once, recorded in field_actions
// beside the job actions (same key space): with the visit it was done on — the job's, when the phone
// sent one of theirs at the same customer, else their visit at that customer nearest in time.
class FieldAssets final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::FieldAssets)

public:
    static constexpr qsizetype MaxPhotoBytes = FieldWork::MaxPhotoBytes;   // 3 MB, as a job's photos
    static constexpr qsizetype MaxNoteChars = FieldWork::MaxNoteChars;

    // asset_note {assetId, text}, asset_photo {assetId, data (base64 JPEG or PNG), caption},
    // asset_new {type, model, specification, serial, installedOn, warrantyUntil} (with the job's
    // appointmentId; warrantyUntil left out: AssetRegistry::DefaultWarrantyMonths from installedOn).
    static bool handles(const QString &actionType);

    explicit FieldAssets(Database &db) : m_db(db) {}

    // One asset and its history; NotFound when there is none, NotPermitted when not theirs to see.
    Result<FieldAsset> asset(Id staffId, Id assetId) const;
    Result<FieldAssetOutcome> apply(Id staffId, const FieldAction &action);
    // A photo in the asset's history: its own (asset_photos) or, with `ofVisit`, one taken on a visit
    // of an order about the asset (order_photos). Type and bytes.
    Result<std::pair<QByteArray, QByteArray>> photo(Id staffId, Id assetId, Id photoId, bool ofVisit) const;

private:
    Result<void> visible(Id staffId, const Asset &asset) const;
    // The visit an action on the asset is recorded with (see above).
    Result<std::pair<Id, Id>> visitFor(Id staffId, const Asset &asset, Id hint) const;

    Database &m_db;
};

} // namespace ordo
