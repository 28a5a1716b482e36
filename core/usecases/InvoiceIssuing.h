#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

namespace ordo {

class Database;

// Issuing an order's invoice in one step, as scripts do (ordo-cli invoice issue): the order's open
// draft, or a new one made from its lines, numbered and chained, in one transaction. A refusal (no
// company data, a customer without a tax ID) leaves nothing behind: no new draft, no number used.
//
// An order is invoiced once: asked again for the whole job (a retry after a crash, a second click),
// it answers with the invoice already issued and issues nothing. A part of the job or an advance
// must be asked for explicitly.
struct IssueRequest
{
    InvoiceBilling billing = InvoiceBilling::Whole;
    Cents advance = 0;                 // the advance's taxable base (Advance only)
};

class InvoiceIssuing final
{
public:
    explicit InvoiceIssuing(Database &db) : m_db(db) {}

    // `alreadyIssued` (when given) says whether the answer is an invoice issued before.
    Result<Invoice> issueForOrder(Id orderId, const Actor &by, const IssueRequest &request = {},
                                  bool *alreadyIssued = nullptr);

private:
    Database &m_db;
};

} // namespace ordo
