#pragma once

#include "core/common/Result.h"
#include "core/workflow/WorkflowRepository.h"

namespace ordo {

class Database;

// The process of a window-installation company, from the first call to the paid invoice, in the
// user's language: Llamada recibida → ... → Cobrado, with En espera and Cancelado from every open step.
WorkflowDraft defaultWorkflowDraft();
// A repair or maintenance company's: the call, the technician's visit, the invoice, paid — no quote.
WorkflowDraft repairsWorkflowDraft();
// The least a process needs to invoice a job, to build one's own upon in Process.
WorkflowDraft blankWorkflowDraft();

// Writes the default workflow into a new database (called by the first migration, inside its transaction).
Result<void> seedDefaultWorkflow(Database &db);

} // namespace ordo
