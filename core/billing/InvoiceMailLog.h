#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What became of an issued invoice's e-mail: every attempt logged, and the invoice marked sent once
// one succeeded. The sending itself is InvoiceMail.h's.
class InvoiceMailLog final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceMailLog)

public:
    explicit InvoiceMailLog(Database &db) : m_db(db) {}

    Result<Invoice> markSent(Id invoiceId, qint64 at);
    Result<void> logEmail(Id invoiceId, const QString &recipient, bool ok, const QString &message,
                          const QString &sentBy = {});

private:
    Database &m_db;
};

} // namespace ordo
