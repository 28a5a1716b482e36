#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"
#include "core/workflow/WorkflowEditor.h"

namespace ordo {
class Database;
}

namespace ordo::test {

// Staff of Ventanas Sol as in SCENARIOS.md; their ids by first name.
struct Team
{
    Id lucia = 0, javier = 0, ana = 0, ruben = 0, sergio = 0, marta = 0, pilar = 0;
};

// Adds the team (each with the account a new person gets). Free of any test framework, so that
// Catch tests (addTeam in TestDatabase.h) and QtTest programs share one list of people.
Result<Team> makeTeam(Database &db);


// Ventanas Sol's fiscal data and e-mail, a customer with an e-mail address, and one issued invoice
// for her ("Windows", 1 × 385.00 € + 21 % VAT), as a mailing test needs it.
Result<Invoice> makeMailableInvoice(Database &db);

// A process map as an edit that changes nothing yet: its steps, and its transitions by index.
WorkflowEdit editOf(const WorkflowVersion &version);

// A second process map, "Maintenance": "Call received" (the default map's first step has that name
// too) then "Done". Its first version.
Result<WorkflowVersion> makeMaintenanceMap(Database &db);

} // namespace ordo::test
