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
    // The order's invoice was issued (inside the issuing transaction): the order goes on to the
    // step of its map that waits for the payment (the step that sends the invoice, or else the one
    // that cannot be left unpaid), from whatever open or paused step it was in. Steps are found by
    // what they do, never by their names. Returns whether it moved.
    Result<bool> invoiceIssued(Id orderId, const QString &invoiceNumber, const Actor &by);
    // The order's invoices are paid in full (inside the payment's transaction): the order goes on to
    // its map's finished step, from whatever open or paused step it was in. Returns whether it moved.
    Result<bool> paidInFull(Id orderId, const QString &invoiceNumber, const Actor &by);
    // An order imported from a spreadsheet (inside the import's transaction) goes from its map's
    // first step to the open step the file names, even where the map draws no arrow from there; the
    // step's handlers run as for any move, and the history says it was the import.
    Result<void> imported(Id orderId, Id toStepId, const Actor &by);
    // A visit was booked with `staffId` (inside the booking's transaction). An installation or a
    // repair gives the order to that person, and the order goes on to the next step of the map
    // (among those it may go to from here) owned by their role, e.g. "Installation scheduled";
    // the responsible person follows the map. Returns whether anything changed.
    Result<bool> visitBooked(Id orderId, Id staffId, AppointmentKind kind, const Actor &by);

    // May it move there now, and if not, why not: nothing is written.
    Result<void> check(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by = Actor{}) const;
    Result<QList<Step>> allowedTargets(Id orderId) const;

private:
    Database &m_db;
    WorkflowEngine m_engine;
};

} // namespace ordo
