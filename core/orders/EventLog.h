#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

class Database;

// The audit trail of work orders. Written only inside the transaction of the change it records.
namespace eventlog {

struct Entry
{
    Id orderId = 0;
    Actor actor;
    EventKind kind = EventKind::Created;
    QString field;
    QString oldValue;
    QString newValue;
    std::optional<Id> fromStepId;
    std::optional<Id> toStepId;
    QString note;
    // Facts beside the values, raw (keys, cents, epoch seconds, names), for the words to be made
    // when the history is shown: e.g. {"fact": "invoice_issued", "number": "2026-0001", "total": 12100}.
    QVariantMap args = {};
};

Result<void> append(Database &db, const Entry &entry, qint64 at);
Result<QList<OrderEvent>> forOrder(const Database &db, Id orderId);

} // namespace eventlog
} // namespace ordo
