#include "core/orders/EventLog.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ordo::eventlog {

namespace {

QVariant nullableId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<void> append(Database &db, const Entry &e, qint64 at)
{
    Q_ASSERT(db.inTransaction());
    // Never '' from now on: an empty object still says "facts, worded when shown".
    const QString args = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(e.args)).toJson(QJsonDocument::Compact));
    auto r = db.run(QStringLiteral("INSERT INTO order_events (order_id, at, actor_id, actor_name, kind, field, "
                                   "old_value, new_value, from_step_id, to_step_id, note, args) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.orderId, at, nullableId(e.actor.staffId), e.actor.name, toKey(e.kind), e.field, e.oldValue,
                     e.newValue, nullableId(e.fromStepId), nullableId(e.toStepId), e.note, args});
    if (!r)
        return r.error();
    return {};
}

Result<QList<OrderEvent>> forOrder(const Database &db, Id orderId)
{
    auto q = db.run(QStringLiteral("SELECT id, order_id, at, actor_id, actor_name, kind, field, old_value, new_value, "
                                   "note, args FROM order_events WHERE order_id = ? ORDER BY at, id"),
                    {orderId});
    if (!q)
        return q.error();
    QList<OrderEvent> events;
    while (q->next()) {
        OrderEvent e;
        e.id = q->value(0).toLongLong();
        e.orderId = q->value(1).toLongLong();
        e.at = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            e.actorId = q->value(3).toLongLong();
        e.actorName = q->value(4).toString();
        e.kind = eventKindFromKey(q->value(5).toString()).value_or(EventKind::Note);
        e.field = q->value(6).toString();
        e.oldValue = q->value(7).toString();
        e.newValue = q->value(8).toString();
        e.note = q->value(9).toString();
        const QString args = q->value(10).toString();
        e.facts = !args.isEmpty();
        if (e.facts)
            e.args = QJsonDocument::fromJson(args.toUtf8()).object().toVariantMap();
        events.append(e);
    }
    return events;
}

} // namespace ordo::eventlog
