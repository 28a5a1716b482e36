#pragma once

#include "common/Result.h"
#include "domain/Types.h"

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
};

Result<void> append(Database &db, const Entry &entry, qint64 at);
Result<QList<OrderEvent>> forOrder(const Database &db, Id orderId);

} // namespace eventlog
} // namespace ordo
