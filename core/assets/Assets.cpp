#include "core/assets/Assets.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace ordo {

namespace {

using sqlvalues::dateFrom;
using sqlvalues::dateText;
using sqlvalues::nullableId;

const QString AssetColumns = QStringLiteral(
    "a.id, a.customer_id, c.name, a.site_id, COALESCE(s.address, ''), a.asset_type, a.model, a.specification, a.serial, "
    "a.installed_on, a.warranty_until, a.notes, a.source_order_id, COALESCE(o.number, ''), a.active, a.version "
    "FROM assets a JOIN customers c ON c.id = a.customer_id LEFT JOIN sites s ON s.id = a.site_id "
    "LEFT JOIN work_orders o ON o.id = a.source_order_id ");

Asset assetFrom(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.customerName = q.value(2).toString();
    if (!q.value(3).isNull())
        a.siteId = q.value(3).toLongLong();
    a.siteAddress = q.value(4).toString();
    a.type = q.value(5).toString();
    a.model = q.value(6).toString();
    a.specification = q.value(7).toString();
    a.serial = q.value(8).toString();
    a.installedOn = dateFrom(q.value(9).toString());
    a.warrantyUntil = dateFrom(q.value(10).toString());
    a.notes = q.value(11).toString();
    if (!q.value(12).isNull())
        a.sourceOrderId = q.value(12).toLongLong();
    a.sourceOrderNumber = q.value(13).toString();
    a.active = q.value(14).toInt() != 0;
    a.version = q.value(15).toLongLong();
    return a;
}

Result<QList<Asset>> assetList(const Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.run(QStringLiteral("SELECT ") + AssetColumns + where, values);
    if (!q)
        return q.error();
    QList<Asset> list;
    while (q->next())
        list.append(assetFrom(*q));
    return list;
}

QString firstWord(const QString &text)
{
    const QString word = text.trimmed().section(QLatin1Char(' '), 0, 0);
    return word.isEmpty() ? text.trimmed() : word;
}

} // namespace

QString toKey(AssetReason reason)
{
    switch (reason) {
    case AssetReason::Installed: return QStringLiteral("installed");
    case AssetReason::Repair: return QStringLiteral("repair");
    case AssetReason::Maintenance: return QStringLiteral("maintenance");
    case AssetReason::Service: return QStringLiteral("service");
    }
    return QStringLiteral("service");
}

std::optional<AssetReason> assetReasonFromKey(const QString &key)
{
    for (AssetReason r : {AssetReason::Installed, AssetReason::Repair, AssetReason::Maintenance, AssetReason::Service})
        if (toKey(r) == key)
            return r;
    return std::nullopt;
}

QString displayName(AssetReason reason)
{
    switch (reason) {
    case AssetReason::Installed: return AssetRegistry::tr("Installation");
    case AssetReason::Repair: return AssetRegistry::tr("Repair");
    case AssetReason::Maintenance: return AssetRegistry::tr("Maintenance");
    case AssetReason::Service: return AssetRegistry::tr("Service");
    }
    return {};
}

QString toKey(AssetHistoryEntry::Kind kind)
{
    switch (kind) {
    case AssetHistoryEntry::Kind::Registered: return QStringLiteral("registered");
    case AssetHistoryEntry::Kind::Order: return QStringLiteral("order");
    case AssetHistoryEntry::Kind::Visit: return QStringLiteral("visit");
    case AssetHistoryEntry::Kind::OrderNote: return QStringLiteral("order_note");
    case AssetHistoryEntry::Kind::AssetNote: return QStringLiteral("note");
    case AssetHistoryEntry::Kind::Photo: return QStringLiteral("photo");
    }
    return {};
}

AssetReason AssetRegistry::reasonForJobType(const QString &jobType)
{
    const QString t = jobType.trimmed().toLower();
    if (t.startsWith(QLatin1String("repar")) || t.startsWith(QLatin1String("repair")) || t.contains(QLatin1String("avería"))
        || t.contains(QLatin1String("averia")))
        return AssetReason::Repair;
    if (t.startsWith(QLatin1String("mainten")) || t.startsWith(QLatin1String("manten")) || t.startsWith(QLatin1String("revisi")))
        return AssetReason::Maintenance;
    if (t.startsWith(QLatin1String("instal")))
        return AssetReason::Installed;
    return AssetReason::Service;
}

Result<void> AssetRegistry::check(const Asset &a) const
{
    if (a.type.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An asset needs a type (window, blind, boiler…)."));
    if (a.type.size() > 200 || a.model.size() > 500 || a.specification.size() > 500 || a.serial.size() > 200
        || a.notes.size() > 20000)
        return makeError(ErrorCode::Invalid, tr("A field of the asset is too long."));
    if (a.installedOn.isValid() && a.warrantyUntil.isValid() && a.warrantyUntil < a.installedOn)
        return makeError(ErrorCode::Invalid, tr("The warranty cannot end (%1) before the installation (%2).")
                                                 .arg(QLocale().toString(a.warrantyUntil, QLocale::ShortFormat),
                                                      QLocale().toString(a.installedOn, QLocale::ShortFormat)));
    auto customer = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {a.customerId});
    if (!customer)
        return customer.error();
    if (customer->toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(a.customerId));
    if (a.siteId) {
        auto site = m_db.scalar(QStringLiteral("SELECT count(*) FROM sites WHERE id = ? AND customer_id = ?"),
                                {*a.siteId, a.customerId});
        if (!site)
            return site.error();
        if (site->toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("That site is not one of this customer's."));
    }
    return {};
}

Result<Id> AssetRegistry::insert(const Asset &a, const Actor &by, std::optional<int> line, std::optional<int> unit)
{
    const qint64 now = Clock::nowSecs();
    auto id = m_db.scalar(
        QStringLiteral("INSERT INTO assets (customer_id, site_id, asset_type, model, specification, serial, installed_on, "
                       "warranty_until, notes, source_order_id, source_line, source_unit, created_at, created_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.customerId, nullableId(a.siteId), a.type.trimmed(), a.model.trimmed(), a.specification.trimmed(),
         a.serial.trimmed(), dateText(a.installedOn), dateText(a.warrantyUntil), a.notes, nullableId(a.sourceOrderId),
         line ? QVariant(*line) : QVariant(QMetaType::fromType<int>()),
         unit ? QVariant(*unit) : QVariant(QMetaType::fromType<int>()), now, by.name, now});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Id> AssetRegistry::add(const Asset &asset, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    if (auto valid = check(asset); !valid)
        return valid.error();
    auto id = withTransaction(m_db, [&] { return insert(asset, by); });
    if (id)
        m_db.notifier().announceCustomers();
    return id;
}

Result<Asset> AssetRegistry::update(const Asset &a, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    if (auto valid = check(a); !valid)
        return valid.error();
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto q = m_db.run(QStringLiteral("UPDATE assets SET site_id = ?, asset_type = ?, model = ?, specification = ?, serial = ?, "
                                         "installed_on = ?, warranty_until = ?, notes = ?, active = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ?"),
                          {nullableId(a.siteId), a.type.trimmed(), a.model.trimmed(), a.specification.trimmed(),
                           a.serial.trimmed(), dateText(a.installedOn), dateText(a.warrantyUntil), a.notes,
                           a.active ? 1 : 0, Clock::nowSecs(), a.id, a.version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             tr("Someone else changed or removed this asset meanwhile; nothing was saved. Open it again."));
        return {};
    });
    if (!done)
        return done.error();
    m_db.notifier().announceCustomers();
    return find(a.id);
}

Result<Asset> AssetRegistry::find(Id id) const
{
    auto list = assetList(m_db, QStringLiteral("WHERE a.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no asset number %1.").arg(id));
    return list->first();
}

Result<QList<Asset>> AssetRegistry::ofCustomer(Id customerId, bool includeInactive) const
{
    return assetList(m_db,
                     includeInactive ? QStringLiteral("WHERE a.customer_id = ? ORDER BY a.id")
                                     : QStringLiteral("WHERE a.customer_id = ? AND a.active = 1 ORDER BY a.id"),
                     {customerId});
}

Result<QList<Asset>> AssetRegistry::ofSite(Id siteId) const
{
    return assetList(m_db, QStringLiteral("WHERE a.site_id = ? ORDER BY a.id"), {siteId});
}

Result<QList<Asset>> AssetRegistry::ofOrder(Id orderId) const
{
    return assetList(m_db, QStringLiteral("WHERE a.id IN (SELECT asset_id FROM asset_orders WHERE order_id = ?) ORDER BY a.id"),
                     {orderId});
}

Result<QHash<Id, AssetReason>> AssetRegistry::reasonsOf(Id orderId) const
{
    auto q = m_db.run(QStringLiteral("SELECT asset_id, reason FROM asset_orders WHERE order_id = ?"), {orderId});
    if (!q)
        return q.error();
    QHash<Id, AssetReason> reasons;
    while (q->next())
        reasons.insert(q->value(0).toLongLong(), assetReasonFromKey(q->value(1).toString()).value_or(AssetReason::Service));
    return reasons;
}

Result<QList<LineRegistration>> AssetRegistry::linesOf(Id orderId) const
{
    // A line keeps the catalogue item's description as it was picked: that is how a service is known.
    auto q = m_db.run(QStringLiteral("SELECT li.position, li.description, (SELECT MIN(ci.kind) FROM catalogue_items ci "
                                     "WHERE ci.description = li.description) FROM line_items li WHERE li.order_id = ? "
                                     "ORDER BY li.position"),
                      {orderId});
    if (!q)
        return q.error();
    QList<LineRegistration> lines;
    int shown = 0;
    while (q->next()) {
        LineRegistration l;
        l.position = ++shown;
        l.type = firstWord(q->value(1).toString());
        l.model = q->value(1).toString().trimmed();
        l.installable = q->value(2).toString() != QLatin1String("service");
        lines.append(l);
    }
    q->finish();
    auto registered = m_db.run(QStringLiteral("SELECT DISTINCT source_line FROM assets WHERE source_order_id = ?"), {orderId});
    if (!registered)
        return registered.error();
    while (registered->next()) {
        const int position = registered->value(0).toInt();
        if (position >= 1 && position <= lines.size())
            lines[position - 1].registered = true;
    }
    return lines;
}

Result<QList<Id>> AssetRegistry::registerFromOrder(Id orderId, const QList<LineRegistration> &chosen, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    if (chosen.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one line to register."));
    auto done = withTransaction(m_db, [&]() -> Result<QList<Id>> {
        auto order = m_db.run(QStringLiteral("SELECT o.number, o.customer_id, o.site_id, st.kind, st.position, o.step_entered_at, "
                                             "(SELECT MIN(w.position) FROM steps w WHERE w.workflow_version_id = o.workflow_version_id "
                                             "AND w.handler = ?) FROM work_orders o JOIN steps st ON st.id = o.step_id WHERE o.id = ?"),
                              {toKey(StepHandler::CreateInvoice), orderId});
        if (!order)
            return order.error();
        if (!order->next())
            return makeError(ErrorCode::NotFound, tr("There is no order number %1.").arg(orderId));
        const QString number = order->value(0).toString();
        const Id customerId = order->value(1).toLongLong();
        const std::optional<Id> siteId = order->value(2).isNull() ? std::nullopt : std::optional<Id>(order->value(2).toLongLong());
        // The work is completed in a finished step, or in the step that invoices it and any after it.
        const auto kind = stepKindFromKey(order->value(3).toString());
        const int position = order->value(4).toInt();
        const int invoicing = order->value(6).isNull() ? std::numeric_limits<int>::max() : order->value(6).toInt();
        qint64 completedAt = order->value(5).toLongLong();
        order->finish();
        if (!(kind == StepKind::Done || (kind == StepKind::Open && position >= invoicing)))
            return makeError(ErrorCode::Invalid,
                             tr("Order %1 is not completed: register its lines as installed once the work is done.").arg(number));
        // Installed the day the work was first completed (the move into such a step).
        auto first = m_db.scalar(QStringLiteral("SELECT MIN(e.at) FROM order_events e JOIN steps s ON s.id = e.to_step_id "
                                                "WHERE e.order_id = ? AND (s.kind = ? OR (s.kind = ? AND s.position >= ?))"),
                                 {orderId, toKey(StepKind::Done), toKey(StepKind::Open), invoicing});
        if (!first)
            return first.error();
        if (!first->isNull())
            completedAt = first->toLongLong();
        const QDate installed = QDateTime::fromSecsSinceEpoch(completedAt).toLocalTime().date();

        // Lines by their shown position (1, 2, …) with their quantity.
        auto q = m_db.run(QStringLiteral("SELECT description, quantity FROM line_items WHERE order_id = ? ORDER BY position"), {orderId});
        if (!q)
            return q.error();
        QList<QPair<QString, Milli>> rows;
        while (q->next())
            rows.append({q->value(0).toString(), q->value(1).toLongLong()});
        q->finish();

        QList<Id> ids;
        QSet<int> seen;
        for (const LineRegistration &l : chosen) {
            if (l.position < 1 || l.position > rows.size())
                return makeError(ErrorCode::Invalid, tr("Order %1 has no line %2.").arg(number).arg(l.position));
            if (seen.contains(l.position))
                return makeError(ErrorCode::Invalid, tr("Line %1 was chosen twice.").arg(l.position));
            seen.insert(l.position);
            auto before = m_db.scalar(QStringLiteral("SELECT count(*) FROM assets WHERE source_order_id = ? AND source_line = ?"),
                                      {orderId, l.position});
            if (!before)
                return before.error();
            if (before->toInt() > 0)
                return makeError(ErrorCode::Conflict, tr("Line %1 of order %2 is registered already; nothing was registered.")
                                                          .arg(l.position)
                                                          .arg(number));
            const auto &[description, quantity] = rows.at(l.position - 1);
            int units = 1;
            if (quantity > 0 && quantity % 1000 == 0 && quantity / 1000 <= MaxUnitsPerLine)
                units = int(quantity / 1000);
            Asset a;
            a.customerId = customerId;
            a.siteId = siteId;
            a.type = l.type.trimmed().isEmpty() ? firstWord(description) : l.type.trimmed();
            a.model = l.model.trimmed().isEmpty() ? description.trimmed() : l.model.trimmed();
            a.specification = l.specification;
            a.installedOn = installed;
            const int months = l.warrantyMonths < 0 ? DefaultWarrantyMonths : l.warrantyMonths;
            a.warrantyUntil = months > 0 ? installed.addMonths(months) : QDate();
            a.sourceOrderId = orderId;
            if (auto valid = check(a); !valid)
                return valid.error();
            for (int unit = 1; unit <= units; ++unit) {
                Asset one = a;
                one.serial = unit <= l.serials.size() ? l.serials.at(unit - 1) : QString();
                auto id = insert(one, by, l.position, unit);
                if (!id)
                    return id.error();
                if (auto r = m_db.run(QStringLiteral("INSERT INTO asset_orders (asset_id, order_id, reason, linked_at) VALUES (?, ?, ?, ?)"),
                                      {*id, orderId, toKey(AssetReason::Installed), Clock::nowSecs()});
                    !r)
                    return r.error();
                ids.append(*id);
            }
        }
        return ids;
    });
    if (done)
        m_db.notifier().announceCustomers();
    return done;
}

Result<void> AssetRegistry::linkOrder(Id assetId, Id orderId, AssetReason reason, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed) {
        if (!by.can(Permission::EditAllOrders) && !by.can(Permission::CreateOrders))
            return allowed.error();
    }
    return withTransaction(m_db, [&]() -> Result<void> {
        auto same = m_db.run(QStringLiteral("SELECT a.customer_id, o.customer_id FROM assets a, work_orders o WHERE a.id = ? AND o.id = ?"),
                             {assetId, orderId});
        if (!same)
            return same.error();
        if (!same->next())
            return makeError(ErrorCode::NotFound, tr("There is no such asset or order."));
        if (same->value(0).toLongLong() != same->value(1).toLongLong())
            return makeError(ErrorCode::Invalid, tr("The asset belongs to another customer than the order."));
        same->finish();
        auto r = m_db.run(QStringLiteral("INSERT INTO asset_orders (asset_id, order_id, reason, linked_at) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT (asset_id, order_id) DO UPDATE SET reason = excluded.reason"),
                          {assetId, orderId, toKey(reason), Clock::nowSecs()});
        if (!r)
            return r.error();
        return {};
    });
}

Result<void> AssetRegistry::unlinkOrder(Id assetId, Id orderId, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("DELETE FROM asset_orders WHERE asset_id = ? AND order_id = ?"), {assetId, orderId});
        if (!r)
            return r.error();
        return {};
    });
}

Result<Id> AssetRegistry::addNote(Id assetId, const QString &body, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    if (body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The note is empty."));
    if (body.size() > 20000)
        return makeError(ErrorCode::Invalid, tr("The note is too long."));
    return withTransaction(m_db, [&]() -> Result<Id> {
        if (auto a = find(assetId); !a)
            return a.error();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO asset_notes (asset_id, at, author_name, body) VALUES (?, ?, ?, ?) RETURNING id"),
                              {assetId, Clock::nowSecs(), by.name, body.trimmed()});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<Id> AssetRegistry::addPhoto(Id assetId, const QString &mime, const QByteArray &data, const QString &caption, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    if (mime != QLatin1String("image/jpeg") && mime != QLatin1String("image/png"))
        return makeError(ErrorCode::Invalid, tr("A photo must be a JPEG or PNG image."));
    if (data.isEmpty() || data.size() > MaxPhotoBytes)
        return makeError(ErrorCode::Invalid, tr("A photo must be more than nothing and at most %1 MB.").arg(MaxPhotoBytes / (1024 * 1024)));
    return withTransaction(m_db, [&]() -> Result<Id> {
        if (auto a = find(assetId); !a)
            return a.error();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO asset_photos (asset_id, mime, data, bytes, caption, taken_at, added_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {assetId, mime, QString::fromLatin1(data.toBase64()), qint64(data.size()), caption.trimmed(),
                               Clock::nowSecs(), by.name});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<AssetPhoto> AssetRegistry::photo(Id photoId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, mime, data, caption, taken_at, added_by FROM asset_photos WHERE id = ?"), {photoId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no photo number %1.").arg(photoId));
    AssetPhoto p;
    p.id = q->value(0).toLongLong();
    p.mime = q->value(1).toString();
    p.data = QByteArray::fromBase64(q->value(2).toString().toLatin1());
    p.caption = q->value(3).toString();
    p.takenAt = q->value(4).toLongLong();
    p.addedBy = q->value(5).toString();
    return p;
}

Result<QList<AssetHistoryEntry>> AssetRegistry::history(Id assetId) const
{
    auto asset = find(assetId);
    if (!asset)
        return asset.error();
    QList<AssetHistoryEntry> entries;
    using Kind = AssetHistoryEntry::Kind;

    auto registered = m_db.run(QStringLiteral("SELECT created_at, created_by FROM assets WHERE id = ?"), {assetId});
    if (!registered)
        return registered.error();
    if (registered->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::Registered;
        e.at = registered->value(0).toLongLong();
        e.text = tr("Registered: %1").arg(asset->name());
        e.detail = registered->value(1).toString();
        e.orderId = asset->sourceOrderId;
        e.orderNumber = asset->sourceOrderNumber;
        entries.append(e);
    }

    // The orders about it, each with its visits, notes and photos (all through asset_orders_by_order's twin, the key).
    auto orders = m_db.run(QStringLiteral("SELECT o.id, o.number, o.title, o.created_at, st.name, l.reason FROM asset_orders l "
                                          "JOIN work_orders o ON o.id = l.order_id JOIN steps st ON st.id = o.step_id "
                                          "WHERE l.asset_id = ?"),
                           {assetId});
    if (!orders)
        return orders.error();
    QHash<Id, QString> numbers;
    while (orders->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::Order;
        e.orderId = orders->value(0).toLongLong();
        e.orderNumber = orders->value(1).toString();
        e.text = orders->value(2).toString();
        e.at = orders->value(3).toLongLong();
        const auto reason = assetReasonFromKey(orders->value(5).toString()).value_or(AssetReason::Service);
        e.detail = displayName(reason) + QStringLiteral(" · ") + orders->value(4).toString();
        numbers.insert(*e.orderId, e.orderNumber);
        entries.append(e);
    }
    orders->finish();

    auto visits = m_db.run(QStringLiteral("SELECT ap.order_id, ap.starts_at, ap.kind, ap.status, sf.name FROM appointments ap "
                                          "JOIN staff sf ON sf.id = ap.staff_id "
                                          "WHERE ap.order_id IN (SELECT order_id FROM asset_orders WHERE asset_id = ?)"),
                           {assetId});
    if (!visits)
        return visits.error();
    while (visits->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::Visit;
        e.orderId = visits->value(0).toLongLong();
        e.orderNumber = numbers.value(*e.orderId);
        e.at = visits->value(1).toLongLong();
        const auto kind = appointmentKindFromKey(visits->value(2).toString());
        const auto status = appointmentStatusFromKey(visits->value(3).toString());
        e.text = kind ? displayName(*kind) : visits->value(2).toString();
        e.detail = visits->value(4).toString() + (status ? QStringLiteral(" · ") + displayName(*status) : QString());
        entries.append(e);
    }
    visits->finish();

    auto notes = m_db.run(QStringLiteral("SELECT n.order_id, n.at, n.author_name, n.body FROM order_notes n "
                                         "WHERE n.order_id IN (SELECT order_id FROM asset_orders WHERE asset_id = ?)"),
                          {assetId});
    if (!notes)
        return notes.error();
    while (notes->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::OrderNote;
        e.orderId = notes->value(0).toLongLong();
        e.orderNumber = numbers.value(*e.orderId);
        e.at = notes->value(1).toLongLong();
        e.detail = notes->value(2).toString();
        e.text = notes->value(3).toString();
        entries.append(e);
    }
    notes->finish();

    auto orderPhotos = m_db.run(QStringLiteral("SELECT p.id, p.order_id, p.taken_at, p.kind, p.signer FROM order_photos p "
                                               "WHERE p.order_id IN (SELECT order_id FROM asset_orders WHERE asset_id = ?)"),
                                {assetId});
    if (!orderPhotos)
        return orderPhotos.error();
    while (orderPhotos->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::Photo;
        e.photoId = orderPhotos->value(0).toLongLong();
        e.orderPhoto = true;
        e.orderId = orderPhotos->value(1).toLongLong();
        e.orderNumber = numbers.value(*e.orderId);
        e.at = orderPhotos->value(2).toLongLong();
        e.text = orderPhotos->value(3).toString() == QLatin1String("signature") ? tr("Customer's signature") : tr("Photo from the visit");
        e.detail = orderPhotos->value(4).toString();
        entries.append(e);
    }
    orderPhotos->finish();

    auto own = m_db.run(QStringLiteral("SELECT at, author_name, body FROM asset_notes WHERE asset_id = ?"), {assetId});
    if (!own)
        return own.error();
    while (own->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::AssetNote;
        e.at = own->value(0).toLongLong();
        e.detail = own->value(1).toString();
        e.text = own->value(2).toString();
        entries.append(e);
    }
    own->finish();

    auto photos = m_db.run(QStringLiteral("SELECT id, taken_at, caption, added_by FROM asset_photos WHERE asset_id = ?"), {assetId});
    if (!photos)
        return photos.error();
    while (photos->next()) {
        AssetHistoryEntry e;
        e.kind = Kind::Photo;
        e.photoId = photos->value(0).toLongLong();
        e.at = photos->value(1).toLongLong();
        e.text = photos->value(2).toString().isEmpty() ? tr("Photo") : photos->value(2).toString();
        e.detail = photos->value(3).toString();
        entries.append(e);
    }

    std::stable_sort(entries.begin(), entries.end(), [](const AssetHistoryEntry &a, const AssetHistoryEntry &b) { return a.at > b.at; });
    return entries;
}

} // namespace ordo
