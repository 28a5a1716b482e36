#include "core/workflow/DefaultWorkflow.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace ordo {

namespace {

constexpr qint64 Hour = 60;
constexpr qint64 Day = 24 * Hour;

Step step(const QString &name, StepKind kind, Role role, std::optional<qint64> target,
          StepHandler handler = StepHandler::Manual)
{
    Step s;
    s.name = name;
    s.kind = kind;
    s.responsibleRole = role;
    s.targetMinutes = target;
    s.handler = handler;
    return s;
}

} // namespace

namespace {

class DefaultWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DefaultWorkflow)
};

} // namespace

WorkflowDraft defaultWorkflowDraft()
{
    WorkflowDraft d;
    d.name = DefaultWorkflow::tr("Window installation");
    d.jobType = DefaultWorkflow::tr("Installation");
    d.note = DefaultWorkflow::tr("Default process created with the database");

    enum Index { Call, EstimateVisit, QuoteSent, QuoteAccepted, InstallScheduled, InProgress, WorkDone, Invoiced,
                 Paid, OnHold, Cancelled };
    d.steps = {
        step(DefaultWorkflow::tr("Call received"), StepKind::Open, Role::Reception, 4 * Hour),
        step(DefaultWorkflow::tr("Estimate visit scheduled"), StepKind::Open, Role::Sales, 3 * Day, StepHandler::ScheduleVisit),
        step(DefaultWorkflow::tr("Quote sent"), StepKind::Open, Role::Reception, 3 * Day),
        step(DefaultWorkflow::tr("Quote accepted"), StepKind::Open, Role::Reception, 2 * Day, StepHandler::ScheduleVisit),
        step(DefaultWorkflow::tr("Installation scheduled"), StepKind::Open, Role::Technician, 10 * Day),
        step(DefaultWorkflow::tr("In progress"), StepKind::Open, Role::Technician, 2 * Day),
        step(DefaultWorkflow::tr("Work completed"), StepKind::Open, Role::Admin, 2 * Day, StepHandler::CreateInvoice),
        step(DefaultWorkflow::tr("Invoiced"), StepKind::Open, Role::Admin, 30 * Day, StepHandler::SendInvoice),
        step(DefaultWorkflow::tr("Paid"), StepKind::Done, Role::Admin, std::nullopt),
        step(DefaultWorkflow::tr("On hold"), StepKind::OnHold, Role::Reception, 14 * Day),
        step(DefaultWorkflow::tr("Cancelled"), StepKind::Cancelled, Role::Reception, std::nullopt),
    };
    d.steps[WorkDone].exitRequires = ExitRequirement::IssuedInvoice;  // the invoice is issued before it is "invoiced"
    d.steps[Invoiced].exitRequires = ExitRequirement::PaidInvoice;    // and paid before the order is done
    d.initialIndex = Call;
    d.transitions = {
        {Call, EstimateVisit},
        {Call, QuoteSent},             // a quote given by phone, without a visit
        {Call, InstallScheduled},      // a repair that needs no quote
        {EstimateVisit, QuoteSent},
        {QuoteSent, EstimateVisit},    // the customer wants a second visit
        {QuoteSent, QuoteAccepted},
        {QuoteAccepted, InstallScheduled},
        {InstallScheduled, InProgress},
        {InProgress, InstallScheduled}, // another day is needed
        {InProgress, WorkDone},
        {WorkDone, Invoiced},
        {Invoiced, Paid},
    };
    for (int open = Call; open <= Invoiced; ++open) {
        d.transitions.append({open, OnHold});
        d.transitions.append({open, Cancelled});
        d.transitions.append({OnHold, open});
    }
    d.transitions.append({OnHold, Cancelled});
    return d;
}

namespace {

// On hold and Cancelled from every open step, back from On hold to where the order was.
void addHoldAndCancel(WorkflowDraft &d, int lastOpen, int onHold, int cancelled)
{
    for (int open = 0; open <= lastOpen; ++open) {
        if (onHold >= 0) {
            d.transitions.append({open, onHold});
            d.transitions.append({onHold, open});
        }
        d.transitions.append({open, cancelled});
    }
    if (onHold >= 0)
        d.transitions.append({onHold, cancelled});
}

} // namespace

WorkflowDraft repairsWorkflowDraft()
{
    WorkflowDraft d;
    d.name = DefaultWorkflow::tr("Repairs");
    d.jobType = DefaultWorkflow::tr("Repair");
    d.note = DefaultWorkflow::tr("Repairs process chosen when the company was set up");
    enum Index { Call, VisitScheduled, InProgress, WorkDone, Invoiced, Paid, OnHold, Cancelled };
    d.steps = {
        step(DefaultWorkflow::tr("Call received"), StepKind::Open, Role::Reception, 4 * Hour),
        step(DefaultWorkflow::tr("Visit scheduled"), StepKind::Open, Role::Technician, 3 * Day, StepHandler::ScheduleVisit),
        step(DefaultWorkflow::tr("In progress"), StepKind::Open, Role::Technician, 1 * Day),
        step(DefaultWorkflow::tr("Work completed"), StepKind::Open, Role::Admin, 2 * Day, StepHandler::CreateInvoice),
        step(DefaultWorkflow::tr("Invoiced"), StepKind::Open, Role::Admin, 30 * Day, StepHandler::SendInvoice),
        step(DefaultWorkflow::tr("Paid"), StepKind::Done, Role::Admin, std::nullopt),
        step(DefaultWorkflow::tr("On hold"), StepKind::OnHold, Role::Reception, 14 * Day),
        step(DefaultWorkflow::tr("Cancelled"), StepKind::Cancelled, Role::Reception, std::nullopt),
    };
    d.steps[WorkDone].exitRequires = ExitRequirement::IssuedInvoice;
    d.steps[Invoiced].exitRequires = ExitRequirement::PaidInvoice;
    d.initialIndex = Call;
    d.transitions = {
        {Call, VisitScheduled}, {VisitScheduled, InProgress}, {InProgress, VisitScheduled},  // another day is needed
        {InProgress, WorkDone}, {WorkDone, Invoiced}, {Invoiced, Paid},
    };
    addHoldAndCancel(d, Invoiced, OnHold, Cancelled);
    return d;
}

WorkflowDraft blankWorkflowDraft()
{
    WorkflowDraft d;
    d.name = DefaultWorkflow::tr("Our process");
    d.note = DefaultWorkflow::tr("Minimal process chosen when the company was set up");
    enum Index { Call, WorkDone, Invoiced, Paid, Cancelled };
    d.steps = {
        step(DefaultWorkflow::tr("Call received"), StepKind::Open, Role::Reception, 1 * Day),
        step(DefaultWorkflow::tr("Work completed"), StepKind::Open, Role::Admin, 2 * Day, StepHandler::CreateInvoice),
        step(DefaultWorkflow::tr("Invoiced"), StepKind::Open, Role::Admin, 30 * Day, StepHandler::SendInvoice),
        step(DefaultWorkflow::tr("Paid"), StepKind::Done, Role::Admin, std::nullopt),
        step(DefaultWorkflow::tr("Cancelled"), StepKind::Cancelled, Role::Reception, std::nullopt),
    };
    d.steps[WorkDone].exitRequires = ExitRequirement::IssuedInvoice;
    d.steps[Invoiced].exitRequires = ExitRequirement::PaidInvoice;
    d.initialIndex = Call;
    d.transitions = {{Call, WorkDone}, {WorkDone, Invoiced}, {Invoiced, Paid}};
    addHoldAndCancel(d, Invoiced, -1, Cancelled);
    return d;
}

Result<void> seedDefaultWorkflow(Database &db)
{
    auto id = WorkflowRepository(db).insertVersion(
        0, defaultWorkflowDraft(), Actor{std::nullopt, QStringLiteral("Ordo")});
    if (!id)
        return id.error();
    return {};
}

} // namespace ordo
