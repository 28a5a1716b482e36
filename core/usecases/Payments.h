#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// Recording a payment as the front desk does: the payment (synced to disk before it is shown), and
// when it pays the invoice in full, the order waiting for it moves on to the step that finishes it,
// all in one transaction.
class Payments final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Payments)

public:
    explicit Payments(Database &db) : m_db(db) {}

    Result<Invoice> record(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                           const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
