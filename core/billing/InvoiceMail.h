#pragma once

#include "billing/Mailer.h"
#include "common/Result.h"
#include "domain/Types.h"

namespace ordo {

class Database;

// An invoice's e-mail, ready to go: what is read from the database before the (slow) sending.
struct InvoiceMail
{
    Id invoiceId = 0;
    MailMessage message;
    SmtpSettings smtp;
    QString sentBy;
};

// Sends an issued invoice to its customer with the PDF attached. Every attempt is logged with the
// invoice; a failure leaves it issued (it can be retried), a success marks it sent with the time.
Result<void> sendInvoice(Database &db, Id invoiceId, const QByteArray &pdf, const Actor &by, const QString &toOverride = {});

// The same in three parts, so that a window can send in a worker thread: prepare and record on the
// database's thread, transmit (no database) anywhere.
Result<InvoiceMail> prepareInvoiceMail(Database &db, Id invoiceId, const QByteArray &pdf, const Actor &by,
                                       const QString &toOverride = {});
Result<void> transmitInvoiceMail(const InvoiceMail &mail);
Result<void> recordInvoiceMail(Database &db, const InvoiceMail &mail, const Result<void> &sent);

} // namespace ordo
