#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// Money received against issued invoices.
class InvoicePayments final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoicePayments)

public:
    explicit InvoicePayments(Database &db) : m_db(db) {}

    // Records money received (never more than is owed) and notes it in the order's history. Moving
    // the order on once the invoice is paid is the use case's (usecases/Payments.h).
    Result<Invoice> record(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                           const Actor &by);
    // The invoice's payments, oldest first.
    Result<QList<Payment>> list(Id invoiceId) const;

private:
    Database &m_db;
};

} // namespace ordo
