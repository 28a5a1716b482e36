#pragma once

#include "workflow/WorkflowEngine.h"

namespace ordo {

// Moving an order as a user does (board, Move to…, ordo-cli, the server): the workflow engine with
// Ordo's step handlers, so that entering a step does what the step says in the same transaction.
class OrderMoves final
{
public:
    explicit OrderMoves(Database &db);

    Result<MoveResult> move(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by, const QString &note = {},
                            const QVariantMap &facts = {});
    Result<MoveResult> undoLastMove(Id orderId, qint64 expectedVersion, const Actor &by);
    // May it move there now, and if not, why not: nothing is written.
    Result<void> check(Id orderId, qint64 expectedVersion, Id toStepId) const;
    Result<QList<Step>> allowedTargets(Id orderId) const;

private:
    WorkflowEngine m_engine;
};

} // namespace ordo
