#include "core/usecases/OrderMoves.h"

#include "core/orders/WorkOrderService.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
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

Result<void> OrderMoves::imported(Id orderId, Id toStepId, const Actor &by)
{
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    RuleMove move{toStepId, {{QStringLiteral("reason"), QStringLiteral("imported")}}, std::nullopt, true};
    auto moved = m_engine.moveByRule(orderId, order->version, move, by);
    if (!moved)
        return moved.error();
    return {};
}

namespace {

// The step that waits for an issued invoice to be paid: the one whose handler sends the invoice,
// else the first open step that cannot be left unpaid.
const Step *invoicedStep(const WorkflowVersion &wf)
{
    for (const Step &s : wf.steps)
        if (s.handler == StepHandler::SendInvoice && s.kind == StepKind::Open)
            return &s;
    for (const Step &s : wf.steps)
        if (s.exitRequires == ExitRequirement::PaidInvoice && s.kind == StepKind::Open)
            return &s;
    return nullptr;
}

// The finished step an order reaches when paid: the one the map leads to from the invoiced step,
// else the first finished step of the map.
const Step *paidStep(const WorkflowVersion &wf)
{
    if (const Step *invoiced = invoicedStep(wf))
        for (const Step &s : wf.steps)
            if (s.kind == StepKind::Done && wf.allows(invoiced->id, s.id))
                return &s;
    for (const Step &s : wf.steps)
        if (s.kind == StepKind::Done)
            return &s;
    return nullptr;
}

int positionOf(const WorkflowVersion &wf, Id stepId)
{
    for (int i = 0; i < wf.steps.size(); ++i)
        if (wf.steps[i].id == stepId)
            return i;
    return -1;
}

} // namespace

Result<bool> OrderMoves::invoiceIssued(Id orderId, const QString &invoiceNumber, const Actor &by)
{
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    if (!isActive(order->stepKind))
        return false;
    auto wf = WorkflowRepository(m_db).version(order->workflowVersionId);
    if (!wf)
        return wf.error();
    const Step *target = invoicedStep(*wf);
    if (!target || target->id == order->stepId)
        return false;
    // Already past it (a map whose invoiced step comes before where the order is now): leave it.
    const Step *current = wf->step(order->stepId);
    if (current && current->kind == StepKind::Open && positionOf(*wf, current->id) > positionOf(*wf, target->id))
        return false;
    RuleMove move{target->id,
                  {{QStringLiteral("reason"), QStringLiteral("invoice_issued")}, {QStringLiteral("invoice"), invoiceNumber}},
                  std::nullopt, true};
    auto moved = m_engine.moveByRule(orderId, order->version, move, by);
    if (!moved)
        return moved.error();
    return true;
}

Result<bool> OrderMoves::paidInFull(Id orderId, const QString &invoiceNumber, const Actor &by)
{
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    if (!isActive(order->stepKind))
        return false;
    auto wf = WorkflowRepository(m_db).version(order->workflowVersionId);
    if (!wf)
        return wf.error();
    const Step *target = paidStep(*wf);
    if (!target)
        return false;
    RuleMove move{target->id,
                  {{QStringLiteral("reason"), QStringLiteral("paid_in_full")}, {QStringLiteral("invoice"), invoiceNumber}},
                  std::nullopt, true};
    auto moved = m_engine.moveByRule(orderId, order->version, move, by);
    if (!moved)
        return moved.error();
    return true;
}

Result<bool> OrderMoves::visitBooked(Id orderId, Id staffId, AppointmentKind kind, const Actor &by)
{
    if (kind != AppointmentKind::Installation && kind != AppointmentKind::Repair)
        return false;
    auto order = WorkOrderService(m_db).find(orderId);
    if (!order)
        return order.error();
    if (!isActive(order->stepKind))
        return false;
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM staff WHERE id = ?"), {staffId});
    if (!role)
        return role.error();
    const std::optional<Role> bookedRole = roleFromKey(role->toString());
    auto wf = WorkflowRepository(m_db).version(order->workflowVersionId);
    if (!wf)
        return wf.error();
    const Step *current = wf->step(order->stepId);
    if (!current)
        return false;
    // On to the next open step of the map owned by the booked person's role, unless the order is in
    // one already (a visit rebooked, or a second day of work).
    const Step *target = nullptr;
    if (!(current->kind == StepKind::Open && current->responsibleRole == bookedRole)) {
        for (const Step &s : wf->steps) {
            if (s.kind == StepKind::Open && s.responsibleRole == bookedRole && wf->allows(current->id, s.id) &&
                positionOf(*wf, s.id) > positionOf(*wf, current->id)) {
                target = &s;
                break;
            }
        }
    }
    if (!target && order->assigneeId == staffId)
        return false;
    RuleMove move{target ? target->id : current->id,
                  {{QStringLiteral("reason"), QStringLiteral("visit_booked")}}, staffId, false};
    auto moved = m_engine.moveByRule(orderId, order->version, move, by);
    if (!moved)
        return moved.error();
    return true;
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
