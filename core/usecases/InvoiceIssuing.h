#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

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
    Result<Invoice> issueForOrder(Id orderId, const Actor &by);

    // Would issuing this draft now be refused for the data it prints (the company's or the
    // customer's tax ID missing or mistyped, an address missing)? The reason in the user's words,
    // to show before asking "Issue it now?"; nothing is written.
    Result<void> readyToIssue(Id invoiceId) const;

private:
    Result<Invoice> issueInTransaction(Id invoiceId, qint64 expectedVersion, const Actor &by);

    Database &m_db;
};

} // namespace ordo
