#pragma once

#include "core/billing/Mailer.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

class Database;

// An invoice's e-mail, ready to go: what is read from the database before the (slow) sending.
struct InvoiceMail
{
    Id invoiceId = 0;
    MailMessage message;
    SmtpSettings smtp;             // without the password, until the front end has asked its store
    SecretKey passwordKey;         // where the password is in the program's SecretStore
    QString sentBy;
};

// Sends an issued invoice to its customer with the PDF attached, with the mail password from
// `secrets` (waiting for it: see readSecretNow). Every attempt is logged with the invoice; a failure
// leaves it issued (it can be retried), a success marks it sent with the time.
Result<void> sendInvoice(Database &db, SecretStore &secrets, Id invoiceId, const QByteArray &pdf, const Actor &by,
                         const QString &toOverride = {});

// The same in parts, so that a window can send in a worker thread: prepare and record on the
// database's thread, ask the store for mail.passwordKey and hand its answer to
// mail.smtp.takePassword (a failure there is recorded like a failed sending), transmit (no
// database) anywhere.
Result<InvoiceMail> prepareInvoiceMail(Database &db, Id invoiceId, const QByteArray &pdf, const Actor &by,
                                       const QString &toOverride = {});
Result<void> transmitInvoiceMail(const InvoiceMail &mail);
Result<void> recordInvoiceMail(Database &db, const InvoiceMail &mail, const Result<void> &sent);

} // namespace ordo
