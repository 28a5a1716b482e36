#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

namespace ordo {

class Database;

// Issuing an order's invoice in one step, as scripts do (ordo-cli invoice issue): the order's open
// draft, or a new one made from its lines, numbered and chained, in one transaction. A refusal (no
// company data, a customer without a tax ID) leaves nothing behind: no new draft, no number used.
class InvoiceIssuing final
{
public:
    explicit InvoiceIssuing(Database &db) : m_db(db) {}

    Result<Invoice> issueForOrder(Id orderId, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
