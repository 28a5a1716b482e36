#include "core/workflow/WorkflowEngine.h"

#include "core/orders/OrderAccess.h"

#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"
#include "core/workflow/StepHandlers.h"
#include "core/workflow/Responsibility.h"
#include "core/workflow/WorkflowRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ordo {

namespace {

struct OrderState
{
    QString number;
    Id workflowVersionId = 0;
    Id stepId = 0;
    std::optional<Id> responsibleId;
    std::optional<Id> assigneeId;
    qint64 version = 0;
    qint64 stepEnteredAt = 0;
};

std::optional<Id> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Id>(v.toLongLong());
}

Result<OrderState> loadState(const Database &db, Id orderId)
{
    auto q = db.run(QStringLiteral("SELECT number, workflow_version_id, step_id, responsible_id, assignee_id, version, "
                                   "step_entered_at FROM work_orders WHERE id = ?"),
                    {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, WorkflowEngine::tr("There is no work order with id %1.").arg(orderId));
    return OrderState{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                      optionalId(q->value(3)), optionalId(q->value(4)), q->value(5).toLongLong(),
                      q->value(6).toLongLong()};
}

QString staffName(const Database &db, std::optional<Id> id)
{
    if (!id)
        return {};
    auto name = db.scalar(QStringLiteral("SELECT name FROM staff WHERE id = ?"), {*id});
    return name ? name->toString() : QString();
}

QString orderName(const QString &number)
{
    //: The subject of "%1 was changed by someone else meanwhile…"
    return WorkflowEngine::tr("Order %1").arg(number);
}

QString quoted(const QString &text)
{
    return WorkflowEngine::tr("“%1”").arg(text);
}

} // namespace

Result<MoveResult> WorkflowEngine::move(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by,
                                        const QString &note, const QVariantMap &facts)
{
    return apply(orderId, expectedVersion, toStepId, by, note, facts, Rule::FollowMap);
}

Result<MoveResult> WorkflowEngine::moveByRule(Id orderId, qint64 expectedVersion, const RuleMove &move, const Actor &by)
{
    auto state = loadState(m_db, orderId);
    if (!state)
        return state.error();
    Rule rule = move.pastTheMap ? Rule::PastTheMap : Rule::FollowMap;
    if (state->stepId == move.toStepId) {
        if (!move.assignee)
            return makeError(ErrorCode::Invalid, tr("%1 is already there.").arg(state->number));
        rule = Rule::Stay;
    }
    return apply(orderId, expectedVersion, move.toStepId, by, {}, move.facts, rule, move.assignee);
}

Result<MoveResult> WorkflowEngine::undoLastMove(Id orderId, qint64 expectedVersion, const Actor &by)
{
    return apply(orderId, expectedVersion, std::nullopt, by, {}, {{QStringLiteral("reason"), QStringLiteral("undo")}},
                 Rule::UndoLastMove);
}

struct WorkflowEngine::Plan
{
    OrderState state;
    WorkflowVersion workflow;
    Step from;
    Step to;
    // Undo: when the order had entered the step it goes back to, as the undone move recorded it.
    std::optional<qint64> restoredEnteredAt;
};

Result<WorkflowEngine::Plan> WorkflowEngine::plan(Id orderId, qint64 expectedVersion, std::optional<Id> toStepId,
                                                  Rule rule) const
{
    auto state = loadState(m_db, orderId);
    if (!state)
        return state.error();
    if (state->version != expectedVersion)
        return concurrentEdit(orderName(state->number), NotDone::Moved);

    std::optional<qint64> restoredEnteredAt;
    if (rule == Rule::UndoLastMove) {
        auto last = m_db.run(QStringLiteral("SELECT from_step_id, to_step_id, args FROM order_events WHERE order_id = ? "
                                            "AND kind = 'step_moved' ORDER BY id DESC LIMIT 1"),
                             {orderId});
        if (!last)
            return last.error();
        if (!last->next() || last->value(1).toLongLong() != state->stepId)
            return makeError(ErrorCode::Invalid, tr("%1 has no move to undo.").arg(state->number));
        toStepId = last->value(0).toLongLong();
        // Moves record when the order had entered the step they took it out of (older ones did not:
        // their undo starts the clock again, as it always did).
        const QVariant entered = QJsonDocument::fromJson(last->value(2).toString().toUtf8())
                                     .object()
                                     .toVariantMap()
                                     .value(QStringLiteral("left_entered_at"));
        if (entered.isValid() && entered.toLongLong() > 0)
            restoredEnteredAt = entered.toLongLong();
    }
    auto wf = WorkflowRepository(m_db).version(state->workflowVersionId);
    if (!wf)
        return wf.error();
    const Step *from = wf->step(state->stepId);
    const Step *to = wf->step(*toStepId);
    if (!from)
        return makeError(ErrorCode::Storage, tr("%1 is in a step that its process map does not have.").arg(state->number));
    if (!to)
        return makeError(ErrorCode::NotFound, tr("The process map of %1 (“%2”, version %3) has no such step.")
                                                  .arg(state->number, wf->workflowName)
                                                  .arg(wf->version));
    if (from->id == to->id && rule != Rule::Stay)
        return makeError(ErrorCode::Invalid, tr("%1 is already in %2.").arg(state->number, quoted(to->name)));
    if (rule == Rule::FollowMap && !wf->allows(from->id, to->id)) {
        QStringList allowed;
        for (const auto &s : wf->steps)
            if (wf->allows(from->id, s.id))
                allowed << quoted(s.name);
        const QString reason = allowed.isEmpty()
            ? tr("%1 cannot leave %2: the process map has no way out of that step.").arg(state->number, quoted(from->name))
            : tr("%1 cannot go from %2 to %3: the process map does not allow it. From %2 it can go to %4.")
                  .arg(state->number, quoted(from->name), quoted(to->name), QLocale().createSeparatedList(allowed));
        return makeError(ErrorCode::Forbidden, reason);
    }
    if (rule == Rule::PastTheMap && (!isActive(from->kind) || !(to->kind == StepKind::Open || to->kind == StepKind::Done)))
        return makeError(ErrorCode::Forbidden, tr("%1 cannot go from %2 to %3.")
                                                   .arg(state->number, quoted(from->name), quoted(to->name)));

    // Some steps cannot be left for the next one without the invoice (pausing or cancelling can).
    if ((rule == Rule::FollowMap || rule == Rule::PastTheMap) && from->exitRequires != ExitRequirement::None &&
        (to->kind == StepKind::Open || to->kind == StepKind::Done)) {
        auto invoice = m_db.run(QStringLiteral(
            "SELECT i.number, i.total_cents, (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id) "
            "FROM invoices i WHERE i.order_id = ? AND i.kind = 'standard' AND i.status <> 'draft' ORDER BY i.id DESC LIMIT 1"),
            {orderId});
        if (!invoice)
            return invoice.error();
        const bool issued = invoice->next();
        if (!issued)
            return makeError(ErrorCode::Forbidden, tr("%1 cannot leave %2 before its invoice is issued.")
                                                       .arg(state->number, quoted(from->name)));
        if (from->exitRequires == ExitRequirement::PaidInvoice && invoice->value(2).toLongLong() < invoice->value(1).toLongLong())
            return makeError(ErrorCode::Forbidden, tr("%1 cannot leave %2 before invoice %3 is paid (%4 still due).")
                                                       .arg(state->number, quoted(from->name), invoice->value(0).toString(),
                                                            money::formatEuros(invoice->value(1).toLongLong() -
                                                                               invoice->value(2).toLongLong())));
    }
    return Plan{*state, *wf, *from, *to, restoredEnteredAt};
}

Result<void> WorkflowEngine::check(Id orderId, qint64 expectedVersion, Id toStepId, const Actor &by) const
{
    if (auto allowed = authorizeOrder(m_db, by, orderId); !allowed)
        return allowed;
    auto planned = plan(orderId, expectedVersion, toStepId, Rule::FollowMap);
    if (!planned)
        return planned.error();
    return {};
}

Result<MoveResult> WorkflowEngine::apply(Id orderId, qint64 expectedVersion, std::optional<Id> toStepId,
                                         const Actor &by, const QString &note, const QVariantMap &facts, Rule rule,
                                         std::optional<Id> newAssignee)
{
    if (auto allowed = authorizeOrder(m_db, by, orderId); !allowed)
        return allowed.error();
    MoveResult result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto planned = plan(orderId, expectedVersion, toStepId, rule);
        if (!planned)
            return planned.error();
        const OrderState *state = &planned->state;
        const Step *from = &planned->from;
        const Step *to = &planned->to;

        // A step that assigns automatically gives the order to the best person for its role, unless
        // someone with that role already has it.
        const bool moves = rule != Rule::Stay;
        const bool byTheMap = rule == Rule::FollowMap || rule == Rule::PastTheMap;
        std::optional<Id> assignee = newAssignee ? newAssignee : state->assigneeId;
        QString assignedBecause;
        if (!newAssignee && to->handler == StepHandler::AutoAssign && byTheMap) {
            const Role role = to->responsibleRole.value_or(Role::Technician);
            bool keep = false;
            if (assignee) {
                auto current = m_db.scalar(QStringLiteral("SELECT role FROM staff WHERE id = ? AND active = 1"), {*assignee});
                keep = current && current->toString() == toKey(role);
            }
            if (!keep) {
                auto chosen = m_handlers.chooseAssignee(m_db, orderId, *to);
                if (!chosen)
                    return chosen.error();
                if (*chosen) {
                    assignee = (*chosen)->staffId;
                    assignedBecause = (*chosen)->explanation;
                }
            }
        }

        auto responsible = resolveResponsible(m_db, *to, assignee, state->responsibleId);
        if (!responsible)
            return responsible.error();
        // Staying in its step, the order changes hands only to the new assignee when the step's role
        // is theirs; nobody else is picked just because the assignee changed.
        if (!moves && *responsible != assignee && !to->responsibleStaffId)
            *responsible = state->responsibleId;

        const qint64 at = Clock::nowSecs();
        VersionedUpdate update{
            "work_orders", orderId, expectedVersion,
            {{"responsible_id", *responsible ? QVariant(**responsible) : QVariant(QMetaType::fromType<qint64>())},
             {"assignee_id", assignee ? QVariant(*assignee) : QVariant(QMetaType::fromType<qint64>())},
             {"updated_at", at}}};
        // An undo gives the order back the time it had already spent in the step it returns to.
        const qint64 enteredAt = planned->restoredEnteredAt.value_or(at);
        if (moves) {
            update.set.append({"step_id", to->id});
            update.set.append({"is_open", isActive(to->kind) ? 1 : 0});
            update.set.append({"step_entered_at", enteredAt});
        }
        if (auto updated = updateVersioned(m_db, update, orderName(state->number), NotDone::Moved); !updated)
            return updated.error();

        if (moves) {
            // Kept so that undoing this move can give the order back its time in the step it leaves.
            QVariantMap recorded = facts;
            recorded.insert(QStringLiteral("left_entered_at"), state->stepEnteredAt);
            if (planned->restoredEnteredAt)
                recorded.insert(QStringLiteral("entered_at"), *planned->restoredEnteredAt);
            eventlog::Entry moved{orderId, by, EventKind::StepMoved, QStringLiteral("step"), from->name, to->name,
                                  from->id, to->id, note.trimmed(), recorded};
            if (auto r = eventlog::append(m_db, moved, at); !r)
                return r.error();
        }
        if (assignee != state->assigneeId) {
            eventlog::Entry assigned{orderId, by, EventKind::Assigned, QStringLiteral("assignee"),
                                     staffName(m_db, state->assigneeId), staffName(m_db, assignee), std::nullopt,
                                     std::nullopt, assignedBecause};
            if (auto r = eventlog::append(m_db, assigned, at); !r)
                return r.error();
        }
        if (*responsible != state->responsibleId) {
            eventlog::Entry handedOver{orderId, by, EventKind::Assigned, QStringLiteral("responsible"),
                                       staffName(m_db, state->responsibleId), staffName(m_db, *responsible),
                                       std::nullopt, std::nullopt, {}};
            if (auto r = eventlog::append(m_db, handedOver, at); !r)
                return r.error();
        }
        // What the step does on entry (the invoice's draft, …), in the same transaction.
        if (byTheMap) {
            if (auto r = m_handlers.entered(m_db, orderId, *to, by); !r)
                return r.error();
        }
        result.fromStepName = from->name;
        result.previousResponsibleId = state->responsibleId;
        m_db.notifier().announceOrder(orderId);  // held until COMMIT
        return true;
    });
    if (!done)
        return done.error();
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    result.order = std::move(*order);
    return result;
}

Result<QList<Step>> WorkflowEngine::allowedTargets(Id orderId) const
{
    auto state = loadState(m_db, orderId);
    if (!state)
        return state.error();
    auto wf = WorkflowRepository(m_db).version(state->workflowVersionId);
    if (!wf)
        return wf.error();
    QList<Step> targets;
    for (const auto &s : wf->steps)
        if (wf->allows(state->stepId, s.id))
            targets.append(s);
    return targets;
}

} // namespace ordo
