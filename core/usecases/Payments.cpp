#include "core/usecases/Payments.h"

#include "core/billing/InvoicePayments.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"

namespace ordo {

Result<Invoice> Payments::record(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                                 const Actor &by)
{
    std::optional<Invoice> result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto paid = InvoicePayments(m_db).record(invoiceId, amount, paidAt, method, note, by);
        if (!paid)
            return paid.error();
        result = *paid;
        // Paid in full: the order is done.
        if (!paid->orderId || paid->paid != paid->totals.total || paid->kind != InvoiceKind::Standard)
            return true;
        // Wherever it waited for it, as the map says: the map's finished step.
        auto moved = OrderMoves(m_db).paidInFull(*paid->orderId, paid->number, by);
        if (!moved)
            return moved.error();
        return true;
    }, Database::Durability::Full);  // money received: on disk before it is shown
    if (!done)
        return done.error();
    return *result;
}

} // namespace ordo
