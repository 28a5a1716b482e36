#pragma once

#include "core/billing/Mailer.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <functional>

namespace ordo {

class Database;

// Mail that a use case decided to send, kept in the database (table mail_outbox) until the mail
// server took it: written in the same transaction as what it tells about, so a booking's confirmation
// is never lost when the mail server is down, and never sent for a booking that was rolled back.
class MailOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::MailOutbox)

public:
    struct Pending
    {
        Id id = 0;
        MailMessage message;
        int attempts = 0;
        QString lastError;
        QString purpose;
    };

    // An issued invoice's e-mail, queued without its PDF: the core draws no documents, so the
    // program that sends (ordo-server) draws it when it sends, and the invoice is marked sent then.
    static QString invoicePurpose(Id invoiceId);
    using DrawInvoice = std::function<Result<QByteArray>(Id invoiceId)>;

    explicit MailOutbox(Database &db) : m_db(db) {}

    // Joins the caller's transaction.
    Result<Id> enqueue(const MailMessage &message, const QString &purpose);
    // Messages not sent yet whose next attempt is due at `now` (UTC seconds), oldest first.
    Result<QList<Pending>> due(qint64 now, int limit = 20) const;
    // Sends what is due through `send`; a failure is kept with its reason and tried again later
    // (1, 2, 4 … minutes, at most an hour). Returns how many were sent. An invoice's mail gets its PDF
    // from `drawInvoice`, and each attempt is written in the invoice's mail log; without
    // `drawInvoice` it waits for a program that can draw it.
    Result<int> deliver(const std::function<Result<void>(const MailMessage &)> &send, qint64 now, int limit = 20,
                        const DrawInvoice &drawInvoice = {});
    // Everything, newest first, for the office and the tests.
    Result<QList<Pending>> unsent() const;

private:
    Database &m_db;
};

} // namespace ordo
