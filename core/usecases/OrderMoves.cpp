#include "core/usecases/OrderMoves.h"

#include "core/orders/WorkOrderService.h"
#include "core/usecases/StandardStepHandlers.h"
#include "core/workflow/WorkflowRepository.h"

namespace ordo {

OrderMoves::OrderMoves(Database &db) : m_db(db), m_engine(db, StandardStepHandlers::instance())
{
}

Result<MoveResult> OrderMoves::move(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by, const QString &note,
                                    const QVariantMap &facts)
{
    return m_engine.move(orderId, expectedVersion, toStepId, by, note, facts);
}

Result<MoveResult> OrderMoves::undoLastMove(Id orderId, qint64 expectedVersion, const Actor &by)
{
    return m_engine.undoLastMove(orderId, expectedVersion, by);
}

Result<bool> OrderMoves::advanceTo(Id orderId, const std::function<bool(const Step &)> &wanted, const Actor &by,
                                  const QVariantMap &facts, const std::function<bool(const Step &)> &leaving)
{
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    auto wf = WorkflowRepository(m_db).version(order->workflowVersionId);
    if (!wf)
        return wf.error();
    const Step *current = wf->step(order->stepId);
    if (!current || wanted(*current) || (leaving && !leaving(*current)))
        return false;
    for (const Step &s : wf->steps) {
        if (wanted(s) && wf->allows(current->id, s.id)) {
            auto moved = move(orderId, order->version, s.id, by, {}, facts);
            if (!moved)
                return moved.error();
            return true;
        }
    }
    return false;
}

Result<void> OrderMoves::check(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by) const
{
    return m_engine.check(orderId, expectedVersion, toStepId, by);
}

Result<QList<Step>> OrderMoves::allowedTargets(Id orderId) const
{
    return m_engine.allowedTargets(orderId);
}

} // namespace ordo
