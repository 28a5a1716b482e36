#include "core/usecases/InvoiceIssuing.h"

#include "core/common/Authorization.h"

#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ordo {

Result<Invoice> InvoiceIssuing::issueForOrder(Id orderId, const Actor &by, const IssueRequest &request, bool *alreadyIssued)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    if (alreadyIssued)
        *alreadyIssued = false;
    if (request.billing == InvoiceBilling::Advance && request.advance <= 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("ordo::InvoiceIssuing", "Say how much the advance is."));
    return withTransaction(m_db, [&]() -> Result<Invoice> {
        if (request.billing == InvoiceBilling::Whole) {
            // Inside the write transaction: two processes asking at once get one invoice.
            auto issued = m_db.run(QStringLiteral("SELECT id FROM invoices WHERE order_id = ? AND kind = 'standard' "
                                                  "AND billing = 'whole' AND status <> 'draft'"),
                                   {orderId});
            if (!issued)
                return issued.error();
            if (issued->next()) {
                const Id id = issued->value(0).toLongLong();
                issued->finish();
                if (alreadyIssued)
                    *alreadyIssued = true;
                return InvoiceQueries(m_db).find(id);
            }
        }
        InvoiceDrafts drafts(m_db);
        auto draft = drafts.createFromOrder(orderId, by, request.billing);
        if (!draft)
            return draft.error();
        if (request.billing == InvoiceBilling::Advance && !draft->lines.isEmpty()) {
            DraftContent content{draft->customerId, draft->lines, draft->notes, draft->operationDate, draft->simplified,
                                 draft->billing};
            content.lines.first().unitPrice = request.advance;
            draft = drafts.save(draft->id, draft->version, content, by);
            if (!draft)
                return draft.error();
        }
        return InvoiceLedger(m_db).issue(draft->id, draft->version, by);
    }, Database::Durability::Full);  // its number may be printed or mailed a second later
}

} // namespace ordo
