#include "core/usecases/InvoiceIssuing.h"

#include "core/common/Authorization.h"

#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/storage/Database.h"

namespace ordo {

Result<Invoice> InvoiceIssuing::issueForOrder(Id orderId, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    return withTransaction(m_db, [&]() -> Result<Invoice> {
        auto draft = InvoiceDrafts(m_db).createFromOrder(orderId, by);
        if (!draft)
            return draft.error();
        return InvoiceLedger(m_db).issue(draft->id, draft->version, by);
    }, Database::Durability::Full);  // its number may be printed or mailed a second later
}

} // namespace ordo
