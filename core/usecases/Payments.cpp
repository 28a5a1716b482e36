#include "usecases/Payments.h"

#include "billing/InvoiceService.h"
#include "orders/WorkOrderService.h"
#include "storage/Database.h"
#include "usecases/OrderMoves.h"
#include "workflow/WorkflowRepository.h"

namespace ordo {

Result<Invoice> Payments::record(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                                 const Actor &by)
{
    std::optional<Invoice> result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        InvoiceService invoices(m_db);
        auto paid = invoices.recordPayment(invoiceId, amount, paidAt, method, note, by);
        if (!paid)
            return paid.error();
        result = *paid;
        // Paid in full: an order waiting for its payment moves on to the step that finishes it.
        if (!paid->orderId || paid->paid != paid->totals.total || paid->kind != InvoiceKind::Standard)
            return true;
        // …only from a step that waits for the payment, to the step that finishes the order.
        auto order = WorkOrderService(m_db).find(*paid->orderId);
        if (!order)
            return order.error();
        auto wf = WorkflowRepository(m_db).version(order->workflowVersionId);
        if (!wf)
            return wf.error();
        const Step *current = wf->step(order->stepId);
        if (!current || current->exitRequires != ExitRequirement::PaidInvoice)
            return true;
        auto moved = OrderMoves(m_db).advanceTo(order->id, [](const Step &s) { return s.kind == StepKind::Done; }, by,
                                                {{QStringLiteral("reason"), QStringLiteral("paid_in_full")}});
        if (!moved)
            return moved.error();
        return true;
    }, Database::Durability::Full);  // money received: on disk before it is shown
    if (!done)
        return done.error();
    return *result;
}

} // namespace ordo
