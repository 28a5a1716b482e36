#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

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

// Issuing invoices as the office does: the number taken and the order moved on to the step of its
// map that waits for the payment ("Invoiced"), in one transaction. A refusal (no company data, a
// customer without a tax ID) leaves nothing behind: no new draft, no number used, no move.
class InvoiceIssuing final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceIssuing)

public:
    explicit InvoiceIssuing(Database &db) : m_db(db) {}

    // A draft issued (the desktop's invoice dialog): its order, if any, moves on.
    Result<Invoice> issue(Id invoiceId, qint64 expectedVersion, const Actor &by);
    // The order's open draft, or a new one made from its lines, issued (ordo-cli invoice issue).
    // `alreadyIssued` (when given) says whether the answer is an invoice issued before.
    Result<Invoice> issueForOrder(Id orderId, const Actor &by, const IssueRequest &request = {},
                                  bool *alreadyIssued = nullptr);

    // Would issuing this draft now be refused for the data it prints (the company's or the
    // customer's tax ID missing or mistyped, an address missing)? The reason in the user's words,
    // to show before asking "Issue it now?"; nothing is written.
    Result<void> readyToIssue(Id invoiceId) const;

private:
    Result<Invoice> issueInTransaction(Id invoiceId, qint64 expectedVersion, const Actor &by);

    Database &m_db;
};

} // namespace ordo
