#include "core/usecases/FieldAssets.h"

#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace ordo {

namespace {

const QString NoteAction = QStringLiteral("asset_note");
const QString PhotoAction = QStringLiteral("asset_photo");
const QString NewAction = QStringLiteral("asset_new");

// JPEG or PNG by their first bytes (what AssetRegistry keeps); empty for anything else.
QString imageType(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

// "2026-11-24" or nothing; anything else is refused.
std::optional<QDate> dateOf(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2200)
        return std::nullopt;
    return d;
}

} // namespace

bool FieldAssets::handles(const QString &actionType)
{
    return actionType == NoteAction || actionType == PhotoAction || actionType == NewAction;
}

Result<void> FieldAssets::visible(Id staffId, const Asset &asset) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM appointments ap JOIN work_orders o ON o.id = ap.order_id "
                                        "WHERE ap.staff_id = ? AND o.customer_id = ? AND ap.status <> ?"),
                         {staffId, asset.customerId, toKey(AppointmentStatus::Cancelled)});
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return makeError(ErrorCode::NotPermitted, tr("Asset %1 is at a customer you have no job with.").arg(asset.id));
    return {};
}

Result<std::pair<Id, Id>> FieldAssets::visitFor(Id staffId, const Asset &asset, Id hint) const
{
    auto q = m_db.run(QStringLiteral("SELECT ap.id, ap.order_id FROM appointments ap JOIN work_orders o ON o.id = ap.order_id "
                                     "WHERE ap.staff_id = ? AND o.customer_id = ? AND ap.status <> ? "
                                     "ORDER BY CASE WHEN ap.id = ? THEN 0 ELSE 1 END, abs(ap.starts_at - ?), ap.id LIMIT 1"),
                      {staffId, asset.customerId, toKey(AppointmentStatus::Cancelled), hint, Clock::nowSecs()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotPermitted, tr("Asset %1 is at a customer you have no job with.").arg(asset.id));
    return std::pair<Id, Id>{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Result<FieldAsset> FieldAssets::asset(Id staffId, Id assetId) const
{
    AssetRegistry registry(m_db);
    auto found = registry.find(assetId);
    if (!found)
        return found.error();
    if (auto ok = visible(staffId, *found); !ok)
        return ok.error();
    auto history = registry.history(assetId);
    if (!history)
        return history.error();
    return FieldAsset{*found, *history};
}

Result<FieldAssetOutcome> FieldAssets::apply(Id staffId, const FieldAction &action)
{
    if (action.key.trimmed().isEmpty() || action.key.size() > 100)
        return makeError(ErrorCode::Invalid, tr("The action has no key: update the app."));
    if (!handles(action.type))
        return makeError(ErrorCode::Invalid, tr("Unknown action “%1”: update the app.").arg(action.type.left(40)));
    auto actor = Accounts(m_db).actorFor(staffId);
    if (!actor)
        return actor.error();
    // The phone's actions on an asset the technician may see are made in their name with the
    // permission the office needs for it (see the class comment).
    Actor onSite = *actor;
    onSite.permissions.set(Permission::EditCustomers);
    const qint64 received = Clock::nowSecs();
    const qint64 at = action.at > received - 14 * 86400 && action.at <= received + 600 ? action.at : received;
    const QVariantMap &p = action.payload;

    FieldAssetOutcome outcome;
    Id orderId = 0;
    std::optional<std::pair<ErrorCode, QString>> refusal;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto before = m_db.run(QStringLiteral("SELECT outcome, message, appointment_id, kind FROM field_actions "
                                              "WHERE staff_id = ? AND idempotency_key = ?"),
                               {staffId, action.key});
        if (!before)
            return before.error();
        if (before->next()) {
            // Sent before (a retry, a phone that was offline): answered as then, nothing done again.
            outcome.duplicate = true;
            if (before->value(0).toString() != QLatin1String("applied"))
                return makeError(before->value(0).toString() == QLatin1String("forbidden") ? ErrorCode::NotPermitted : ErrorCode::Conflict,
                                 before->value(1).toString());
            outcome.appointmentId = before->value(2).toLongLong();
            outcome.assetId = before->value(3).toString() == NewAction ? before->value(1).toString().toLongLong()
                                                                       : p.value(QStringLiteral("assetId")).toLongLong();
            return true;
        }

        AssetRegistry registry(m_db);
        QString message;
        if (action.type == NewAction) {
            AppointmentService appointments(m_db);
            auto visit = appointments.find(action.appointmentId);
            if (!visit)
                return visit.error();
            WorkOrderService orders(m_db);
            auto order = orders.find(visit->appointment.orderId);
            if (!order)
                return order.error();
            // Refused because the office changed the visit: kept as refused (a retry gets the same
            // answer) and, unless it is someone else's visit now, told to the office in the order.
            auto refuse = [&](ErrorCode code, const QString &why) -> Result<bool> {
                refusal = {code, why};
                if (code != ErrorCode::NotPermitted)
                    if (auto r = orders.addNote(order->id, *actor, tr("Not applied from the phone (a new asset, %1 %2): %3")
                                                                       .arg(p.value(QStringLiteral("type")).toString().left(60),
                                                                            p.value(QStringLiteral("model")).toString().left(80), why));
                        !r)
                        return r.error();
                auto r = m_db.run(QStringLiteral("INSERT INTO field_actions (staff_id, idempotency_key, appointment_id, order_id, kind, "
                                                 "done_at, received_at, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {staffId, action.key, action.appointmentId, order->id, action.type, at, received,
                                   code == ErrorCode::NotPermitted ? QStringLiteral("forbidden") : QStringLiteral("refused"), why});
                if (!r)
                    return r.error();
                orderId = order->id;
                return true;
            };
            if (visit->appointment.staffId != staffId)
                return refuse(ErrorCode::NotPermitted,
                              tr("This visit is not yours (any more): the office gave it to %1.").arg(visit->staffName));
            if (visit->appointment.status == AppointmentStatus::Cancelled)
                return refuse(ErrorCode::Conflict, tr("The office cancelled this visit."));
            if (!isActive(order->stepKind))
                return refuse(ErrorCode::Conflict, tr("Order %1 is closed (%2): call the office.").arg(order->number, order->stepName));
            Asset a;
            a.customerId = order->customerId;
            a.siteId = order->siteId;
            a.type = p.value(QStringLiteral("type")).toString().trimmed();
            a.model = p.value(QStringLiteral("model")).toString().trimmed();
            a.specification = p.value(QStringLiteral("specification")).toString().trimmed();
            a.serial = p.value(QStringLiteral("serial")).toString().trimmed();
            const auto installed = dateOf(p.value(QStringLiteral("installedOn")));
            const auto warranty = dateOf(p.value(QStringLiteral("warrantyUntil")));
            if (!installed || !warranty)
                return makeError(ErrorCode::Invalid, tr("A date is not a date such as 2026-11-24: update the app."));
            if (installed->isValid() && *installed > Clock::today())
                return makeError(ErrorCode::Invalid, tr("The installation cannot be in the future."));
            a.installedOn = *installed;
            a.warrantyUntil = *warranty;
            if (!p.contains(QStringLiteral("warrantyUntil")) && installed->isValid())
                a.warrantyUntil = installed->addMonths(AssetRegistry::DefaultWarrantyMonths);
            a.notes = tr("Created from the technician's phone.");
            auto id = registry.add(a, onSite);
            if (!id)
                return id.error();
            // Why the job is about it: an installation installed it, a repair repairs it.
            const AssetReason reason = visit->appointment.kind == AppointmentKind::Installation ? AssetReason::Installed
                                       : visit->appointment.kind == AppointmentKind::Repair    ? AssetReason::Repair
                                                                                               : AssetRegistry::reasonForJobType(order->jobType);
            if (auto linked = registry.linkOrder(*id, order->id, reason, onSite); !linked)
                return linked.error();
            auto registered = registry.find(*id);
            if (!registered)
                return registered.error();
            if (auto r = orders.addNote(order->id, *actor, tr("Asset %1 registered from the phone: %2.").arg(*id).arg(registered->name())); !r)
                return r.error();
            outcome.assetId = *id;
            outcome.appointmentId = action.appointmentId;
            orderId = order->id;
            message = QString::number(*id);   // a replay answers with the same asset
        } else {
            const Id assetId = p.value(QStringLiteral("assetId")).toLongLong();
            auto asset = registry.find(assetId);
            if (!asset)
                return asset.error();
            if (auto ok = visible(staffId, *asset); !ok)
                return ok.error();
            auto visit = visitFor(staffId, *asset, action.appointmentId);
            if (!visit)
                return visit.error();
            if (action.type == NoteAction) {
                const QString text = p.value(QStringLiteral("text")).toString().trimmed();
                if (text.isEmpty() || text.size() > MaxNoteChars)
                    return makeError(ErrorCode::Invalid, tr("A note has between 1 and %1 characters.").arg(MaxNoteChars));
                if (auto r = registry.addNote(assetId, text, onSite); !r)
                    return r.error();
            } else {
                const QByteArray data = QByteArray::fromBase64(p.value(QStringLiteral("data")).toString().toLatin1());
                const QString mime = imageType(data);
                if (data.isEmpty() || data.size() > MaxPhotoBytes || mime.isEmpty())
                    return makeError(ErrorCode::Invalid, tr("Only photos (JPEG or PNG) up to 3 MB can be kept."));
                if (auto r = registry.addPhoto(assetId, mime, data, p.value(QStringLiteral("caption")).toString().left(200), onSite); !r)
                    return r.error();
            }
            outcome.assetId = assetId;
            outcome.appointmentId = visit->first;
            orderId = visit->second;
        }
        if (auto r = m_db.run(QStringLiteral("INSERT INTO field_actions (staff_id, idempotency_key, appointment_id, order_id, kind, "
                                             "done_at, received_at, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, 'applied', ?)"),
                              {staffId, action.key, outcome.appointmentId, orderId, action.type, at, received, message});
            !r)
            return r.error();
        outcome.applied = true;
        return true;
    });
    if (!done)
        return done.error();
    if (refusal) {
        m_db.notifier().announceOrder(orderId);  // the office's note
        return makeError(refusal->first, refusal->second);
    }
    if (outcome.applied) {
        m_db.notifier().announceCustomers();
        if (action.type == NewAction)
            m_db.notifier().announceOrder(orderId);   // the note in the order's history
    }
    return outcome;
}

Result<std::pair<QByteArray, QByteArray>> FieldAssets::photo(Id staffId, Id assetId, Id photoId, bool ofVisit) const
{
    auto found = AssetRegistry(m_db).find(assetId);
    if (!found)
        return found.error();
    if (auto ok = visible(staffId, *found); !ok)
        return ok.error();
    auto q = ofVisit ? m_db.run(QStringLiteral("SELECT p.mime, p.data FROM order_photos p JOIN asset_orders l ON l.order_id = p.order_id "
                                               "WHERE p.id = ? AND l.asset_id = ?"),
                                {photoId, assetId})
                     : m_db.run(QStringLiteral("SELECT mime, data FROM asset_photos WHERE id = ? AND asset_id = ?"), {photoId, assetId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no such photo of this asset."));
    return std::pair{q->value(0).toString().toLatin1(), QByteArray::fromBase64(q->value(1).toString().toLatin1())};
}

} // namespace ordo
