#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;
class StepHandlers;

struct MoveResult
{
    WorkOrder order;                 // as it is after the move
    QString fromStepName;
    std::optional<Id> previousResponsibleId;
};

// A move that one of Ordo's rules makes, not a person choosing the column: the invoice issued moves
// the order to the step that waits for its payment, a visit booked gives it to the person booked.
struct RuleMove
{
    Id toStepId = 0;             // may be the order's own step: then only the assignee changes
    QVariantMap facts;           // why, kept raw in the history ({"reason": "invoice_issued"})
    std::optional<Id> assignee;  // who has the order from now on (the installer booked); none: as it is
    // Forward to `toStepId` from any open or paused step even where the map draws no arrow from
    // there (an invoice issued while the order was still "in progress"); the exit requirements of
    // the step it leaves still hold.
    bool pastTheMap = false;
};

// Moves work orders through their process map. A move succeeds only along an allowed transition of
// the order's own workflow version, sets the new step's responsible person, and writes the order
// and its events in one transaction; anything else changes nothing.
class WorkflowEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WorkflowEngine)

public:
    // The step handlers run what a step does when an order enters it (see StepHandlers).
    WorkflowEngine(Database &db, StepHandlers &handlers) : m_db(db), m_handlers(handlers) {}

    // expectedVersion is the order's version as the caller last saw it: a different one means
    // someone else changed the order meanwhile, and the move is refused as a conflict.
    // `note` is what the person typed; `facts` why the move was made when a rule made it (e.g.
    // {"reason": "paid_in_full"}), kept raw in the history and worded when shown.
    Result<MoveResult> move(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by,
                            const QString &note = {}, const QVariantMap &facts = {});

    // A move made by a rule (see RuleMove), in the caller's transaction when one is open.
    Result<MoveResult> moveByRule(Id orderId, qint64 expectedVersion, const RuleMove &move, const Actor &by);

    // Undoes the order's last move: back to the step it came from, even where the map has no way
    // back, but only while that move is still the order's latest change. Recorded as a move of its own.
    Result<MoveResult> undoLastMove(Id orderId, qint64 expectedVersion, const Actor &by);

    // Would move() take the order there now? Answers with the same words as move() refusing, and
    // writes nothing: for a board that shows why a column refuses a card before anything is dropped.
    // With an actor, a move this person may not make is refused too, naming the missing permission.
    Result<void> check(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by = Actor{}) const;

    // The steps an order may go to from where it is now, in map order.
    Result<QList<Step>> allowedTargets(Id orderId) const;

private:
    enum class Rule { FollowMap, UndoLastMove, PastTheMap, Stay };
    Result<MoveResult> apply(Id orderId, qint64 expectedVersion, std::optional<Id> toStepId, const Actor &by,
                             const QString &note, const QVariantMap &facts, Rule rule,
                             std::optional<Id> newAssignee = std::nullopt);

    struct Plan;
    Result<Plan> plan(Id orderId, qint64 expectedVersion, std::optional<Id> toStepId, Rule rule) const;

    Database &m_db;
    StepHandlers &m_handlers;
};

} // namespace ordo
