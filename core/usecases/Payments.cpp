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
        // Paid in full: an order waiting for its payment moves on to the step that finishes it.
        if (!paid->orderId || paid->paid != paid->totals.total || paid->kind != InvoiceKind::Standard)
            return true;
        // …only from a step that waits for the payment, to the step that finishes the order.
        auto moved = OrderMoves(m_db).advanceTo(
            *paid->orderId, [](const Step &s) { return s.kind == StepKind::Done; }, by,
            {{QStringLiteral("reason"), QStringLiteral("paid_in_full")}},
            [](const Step &s) { return s.exitRequires == ExitRequirement::PaidInvoice; });
        if (!moved)
            return moved.error();
        return true;
    }, Database::Durability::Full);  // money received: on disk before it is shown
    if (!done)
        return done.error();
    return *result;
}

} // namespace ordo
