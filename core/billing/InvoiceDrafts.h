#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What a draft's editor changes.
struct DraftContent
{
    Id customerId = 0;
    QList<LineItem> lines;
    QString notes;
    QString operationDate;     // ISO date; empty: the issue date
    bool simplified = false;
    InvoiceBilling billing = InvoiceBilling::Whole;
};

// Drafts, the invoices that can still change: made from an order or blank, edited, deleted.
// Issuing one (and drafting a rectifying invoice) is InvoiceLedger's.
class InvoiceDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceDrafts)

public:
    explicit InvoiceDrafts(Database &db) : m_db(db) {}

    // The order's open draft when it has one; otherwise a new draft with the order's lines, its
    // operation date the day the work was completed, simplified when the customer has no tax ID and
    // the total allows it. An order is invoiced once (Whole) unless a part or an advance is chosen;
    // a cancelled order is not invoiced.
    Result<Invoice> createFromOrder(Id orderId, const Actor &by, InvoiceBilling billing = InvoiceBilling::Whole);
    Result<Invoice> createBlank(Id customerId, const Actor &by);
    // Replaces the draft's customer, lines, notes and operation date; a Conflict when someone else
    // saved it since `expectedVersion` was read.
    Result<Invoice> save(Id invoiceId, qint64 expectedVersion, Id customerId, const QList<LineItem> &lines,
                         const QString &notes, const QString &operationDate, const Actor &by);
    Result<Invoice> save(Id invoiceId, qint64 expectedVersion, const DraftContent &content, const Actor &by);
    Result<void> remove(Id invoiceId, qint64 expectedVersion, const Actor &by);

    // The day an order's work was completed (it entered the step that drafts the invoice, or its
    // last visit ended), as an ISO date; empty when unknown.
    Result<QString> workCompletedOn(Id orderId) const;

private:
    Database &m_db;
};

} // namespace ordo
