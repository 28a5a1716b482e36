#include "usecases/OrderMoves.h"

#include "usecases/StandardStepHandlers.h"

namespace ordo {

OrderMoves::OrderMoves(Database &db) : m_engine(db, StandardStepHandlers::instance())
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

Result<void> OrderMoves::check(Id orderId, qint64 expectedVersion, Id toStepId) const
{
    return m_engine.check(orderId, expectedVersion, toStepId);
}

Result<QList<Step>> OrderMoves::allowedTargets(Id orderId) const
{
    return m_engine.allowedTargets(orderId);
}

} // namespace ordo
