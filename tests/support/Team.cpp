#include "support/Team.h"

#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"

namespace ordo::test {

Result<Team> makeTeam(Database &db)
{
    StaffRepository staff(db);
    std::optional<Error> failed;
    auto add = [&](const char *name, Role role, QStringList territory = {}) -> Id {
        if (failed)
            return 0;
        StaffMember m;
        m.name = QString::fromUtf8(name);
        m.role = role;
        m.territory = std::move(territory);
        auto id = staff.add(m);
        if (!id) {
            failed = id.error();
            return 0;
        }
        return *id;
    };
    Team t;
    t.lucia = add("Lucía Romero", Role::Reception);
    t.javier = add("Javier Ruiz", Role::Sales, {QStringLiteral("280")});
    t.ana = add("Ana Torres", Role::Sales, {QStringLiteral("281"), QStringLiteral("282")});
    t.ruben = add("Rubén Molina", Role::Technician);
    t.sergio = add("Sergio Castro", Role::Technician);
    t.marta = add("Marta Sanz", Role::Admin);
    t.pilar = add("Pilar Navarro", Role::Owner);
    if (failed)
        return *failed;
    return t;
}

Result<Invoice> makeMailableInvoice(Database &db)
{
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    company.email = QStringLiteral("facturas@ventanassol.es");
    if (auto saved = CompanyProfiles(db).save(company); !saved)
        return saved.error();
    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("12345678Z");
    c.address = QStringLiteral("Calle Mayor 12");
    c.email = QStringLiteral("carmen@example.es");
    auto customer = CustomerRepository(db).add(c);
    if (!customer)
        return customer.error();
    NewWorkOrder n;
    n.customerId = *customer;
    n.title = QStringLiteral("Windows");
    n.lines = {{0, 0, QStringLiteral("Window"), 1000, 38500, 2100, 0}};
    const Actor pilar{std::nullopt, QStringLiteral("Pilar")};
    auto order = WorkOrderService(db).create(n, pilar);
    if (!order)
        return order.error();
    auto draft = InvoiceDrafts(db).createFromOrder(order->id, pilar);
    if (!draft)
        return draft.error();
    return InvoiceLedger(db).issue(draft->id, draft->version, pilar);
}

WorkflowEdit editOf(const WorkflowVersion &version)
{
    WorkflowEdit e;
    e.workflowId = version.workflowId;
    e.steps = version.steps;
    auto indexOf = [&](Id stepId) {
        for (int i = 0; i < version.steps.size(); ++i)
            if (version.steps[i].id == stepId)
                return i;
        return -1;
    };
    for (const auto &t : version.transitions)
        e.transitions.append({indexOf(t.fromStepId), indexOf(t.toStepId)});
    for (int i = 0; i < version.steps.size(); ++i)
        if (version.steps[i].id == version.initialStepId)
            e.initialIndex = i;
    return e;
}

Result<WorkflowVersion> makeMaintenanceMap(Database &db)
{
    WorkflowDraft draft;
    draft.name = QStringLiteral("Maintenance");
    draft.jobType = QStringLiteral("Maintenance");
    Step call;
    call.name = QStringLiteral("Call received");
    Step done;
    done.name = QStringLiteral("Done");
    done.kind = StepKind::Done;
    draft.steps = {call, done};
    draft.transitions = {{0, 1}};
    auto id = withTransaction(db, [&] { return WorkflowRepository(db).insertVersion(0, draft, Actor{}); });
    if (!id)
        return id.error();
    return WorkflowRepository(db).version(*id);
}

} // namespace ordo::test
