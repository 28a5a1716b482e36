#pragma once

#include "core/workflow/WorkflowEngine.h"

#include <functional>

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
    // Moves the order one step on, to the first step of its map (in map order) that `wanted` accepts
    // and the map allows from where it is; nothing happens (and no error) when there is none or when
    // the current step is already one that `wanted` accepts. Returns whether it moved.
    // With `leaving`, only from a step it accepts.
    Result<bool> advanceTo(Id orderId, const std::function<bool(const Step &)> &wanted, const Actor &by,
                           const QVariantMap &facts = {}, const std::function<bool(const Step &)> &leaving = {});
    // May it move there now, and if not, why not: nothing is written.
    Result<void> check(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by = Actor{}) const;
    Result<QList<Step>> allowedTargets(Id orderId) const;

private:
    Database &m_db;
    WorkflowEngine m_engine;
};

} // namespace ordo
