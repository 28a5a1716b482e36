#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QDate>

namespace ordo {

class Database;

// Why an order was about an asset: what the failure figures and the history read.
enum class AssetReason { Installed, Repair, Maintenance, Service };
QString toKey(AssetReason reason);
std::optional<AssetReason> assetReasonFromKey(const QString &key);
QString displayName(AssetReason reason);

// One thing installed at a customer's site (a window, a blind, a boiler) with its service history.
struct Asset
{
    Id id = 0;
    Id customerId = 0;
    QString customerName;             // read only
    std::optional<Id> siteId;
    QString siteAddress;              // read only
    QString type;                     // "Ventana", "Persiana", "Caldera"
    QString model;
    QString specification;            // size or specification: "120×100 oscilobatiente"
    QString serial;
    QDate installedOn;                // may be null (unknown)
    QDate warrantyUntil;              // may be null (none)
    QString notes;
    std::optional<Id> sourceOrderId;  // the order it was installed by, when registered from one
    QString sourceOrderNumber;        // read only
    bool active = true;               // removed from the site: kept for its history
    qint64 version = 1;

    bool underWarrantyOn(const QDate &day) const { return warrantyUntil.isValid() && day <= warrantyUntil; }
    // "Ventana PVC oscilobatiente 120×140" (the model when it names the type), or "Caldera Vaillant".
    QString name() const { return displayName(type, model); }
    static QString displayName(const QString &type, const QString &model)
    {
        return model.startsWith(type, Qt::CaseInsensitive) ? model : QStringList{type, model}.join(QLatin1Char(' ')).trimmed();
    }
};

// One line of a completed order to register as installed. A line of a whole quantity (3 windows)
// becomes that many assets, up to MaxUnitsPerLine; any other quantity (12.5 m² of glass) one asset.
struct LineRegistration
{
    int position = 0;                 // the line's position in the order (from 1, as shown)
    QString type;                     // empty: the line's first word ("Ventana PVC 120×100" → "Ventana")
    QString model;                    // empty: the line's description
    QString specification;
    QStringList serials;              // one per unit, when known
    int warrantyMonths = -1;          // -1: AssetRegistry::DefaultWarrantyMonths
    // What linesOf() says: false for a service the price catalogue lists as such (labour, travel,
    // removal of the old window), which is registered only when chosen by hand.
    bool installable = true;
    bool registered = false;          // what linesOf() says: its assets exist already
};

// Something that happened to an asset, for its history (newest first).
struct AssetHistoryEntry
{
    enum class Kind { Registered, Order, Visit, OrderNote, AssetNote, Photo };
    Kind kind = Kind::Order;
    qint64 at = 0;                    // UTC seconds
    std::optional<Id> orderId;
    QString orderNumber;
    QString text;                     // the order's title, the visit's kind and person, the note
    QString detail;                   // the order's step and reason, the note's author
    std::optional<Id> photoId;        // an asset photo (asset_photos) or, for orders, order_photos
    bool orderPhoto = false;
};
QString toKey(AssetHistoryEntry::Kind kind);

struct AssetPhoto
{
    Id id = 0;
    QString mime;
    QByteArray data;
    QString caption;
    qint64 takenAt = 0;
    QString addedBy;
};

// Assets at customers' sites: added by hand or registered in one step from a completed order's
// lines, linked to the orders that are about them, with notes and photos. Editing needs the
// permission "Edit customers" (an asset belongs to the customer's record).
class AssetRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AssetRegistry)

public:
    explicit AssetRegistry(Database &db) : m_db(db) {}

    static constexpr int DefaultWarrantyMonths = 36;  // the legal guarantee of goods in Spain since 2022
    static constexpr int MaxUnitsPerLine = 50;
    static constexpr qint64 MaxPhotoBytes = 8 * 1024 * 1024;
    // The company setting with the start of the address a label's QR code opens on the technician's
    // phone ("https://ordo.example.es/tech/asset/"); the asset's number is appended. Read it through
    // assetLabelPrefix() (core/assets/AssetLinks.h), which falls back to the server's public address.
    static constexpr QLatin1String LabelUrlSetting{"assets.label_url"};

    Result<Id> add(const Asset &asset, const Actor &by);
    // Saves an edited asset; another version in the database is a conflict and saves nothing.
    Result<Asset> update(const Asset &asset, const Actor &by);
    Result<Asset> find(Id id) const;
    Result<QList<Asset>> ofCustomer(Id customerId, bool includeInactive = false) const;
    Result<QList<Asset>> ofSite(Id siteId) const;
    Result<QList<Asset>> ofOrder(Id orderId) const;
    // The assets an order names and why (asset id → reason).
    Result<QHash<Id, AssetReason>> reasonsOf(Id orderId) const;

    // "Register these as installed": the chosen lines of a finished order become assets at the
    // order's site, installed on the day the order was finished, each linked to the order. A line
    // registered before is refused (nothing is registered). One transaction.
    Result<QList<Id>> registerFromOrder(Id orderId, const QList<LineRegistration> &lines, const Actor &by);
    // Every line of the order, as registerFromOrder would take them with no choices made, each marked
    // installable unless the catalogue lists its description as a service.
    Result<QList<LineRegistration>> linesOf(Id orderId) const;

    // An order names an asset it is about (a new repair, a maintenance visit). The asset must be the
    // order's customer's. Naming it again only changes the reason.
    Result<void> linkOrder(Id assetId, Id orderId, AssetReason reason, const Actor &by);
    Result<void> unlinkOrder(Id assetId, Id orderId, const Actor &by);

    Result<Id> addNote(Id assetId, const QString &body, const Actor &by);
    Result<Id> addPhoto(Id assetId, const QString &mime, const QByteArray &data, const QString &caption, const Actor &by);
    Result<AssetPhoto> photo(Id photoId) const;

    // Every order about the asset (with its visits, notes and photos), its own notes and photos,
    // and its registration; newest first.
    Result<QList<AssetHistoryEntry>> history(Id assetId) const;

    // The reason an order of this job type gives when it names an asset ("Reparación" → Repair).
    static AssetReason reasonForJobType(const QString &jobType);

private:
    Result<void> check(const Asset &asset) const;
    Result<Id> insert(const Asset &asset, const Actor &by, std::optional<int> line = {}, std::optional<int> unit = {});

    Database &m_db;
};

} // namespace ordo
