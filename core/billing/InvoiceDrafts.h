#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// Drafts, the invoices that can still change: made from an order or blank, edited, deleted.
// Issuing one (and drafting a rectifying invoice) is InvoiceLedger's.
class InvoiceDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceDrafts)

public:
    explicit InvoiceDrafts(Database &db) : m_db(db) {}

    // The order's open draft when it has one; otherwise a new draft with the order's lines.
    Result<Invoice> createFromOrder(Id orderId, const Actor &by);
    Result<Invoice> createBlank(Id customerId, const Actor &by);
    // Replaces the draft's customer, lines, notes and operation date; a Conflict when someone else
    // saved it since `expectedVersion` was read.
    Result<Invoice> save(Id invoiceId, qint64 expectedVersion, Id customerId, const QList<LineItem> &lines,
                         const QString &notes, const QString &operationDate, const Actor &by);
    Result<void> remove(Id invoiceId, qint64 expectedVersion, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
