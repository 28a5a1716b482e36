#include "core/billing/MailOutbox.h"

#include "core/billing/InvoiceMailLog.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace ordo {

Result<Id> MailOutbox::enqueue(const MailMessage &m, const QString &purpose)
{
    if (m.to.trimmed().isEmpty() || !m.to.contains(QLatin1Char('@')))
        return makeError(ErrorCode::Invalid, tr("There is no e-mail address to send it to."));
    const qint64 now = Clock::nowSecs();
    return withTransaction(m_db, [&]() -> Result<Id> {
        auto id = m_db.scalar(QStringLiteral("INSERT INTO mail_outbox (created_at, purpose, to_address, reply_to, subject, body, "
                                             "attachment_name, attachment_type, attachment, next_attempt_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {now, purpose, m.to, m.replyTo, m.subject, m.body, m.attachmentName, QString::fromLatin1(m.attachmentType),
                               QString::fromLatin1(m.attachment.toBase64()), now});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

namespace {

QList<MailOutbox::Pending> readPending(QSqlQuery &q)
{
    QList<MailOutbox::Pending> out;
    while (q.next()) {
        MailOutbox::Pending p;
        p.id = q.value(0).toLongLong();
        p.message.to = q.value(1).toString();
        p.message.replyTo = q.value(2).toString();
        p.message.subject = q.value(3).toString();
        p.message.body = q.value(4).toString();
        p.message.attachmentName = q.value(5).toString();
        p.message.attachmentType = q.value(6).toString().toLatin1();
        p.message.attachment = QByteArray::fromBase64(q.value(7).toString().toLatin1());
        p.attempts = q.value(8).toInt();
        p.lastError = q.value(9).toString();
        p.purpose = q.value(10).toString();
        out << p;
    }
    return out;
}

const char *pendingColumns = "id, to_address, reply_to, subject, body, attachment_name, attachment_type, attachment, attempts, last_error, purpose";

// The invoice an invoice's mail is about, or 0.
Id invoiceOf(const QString &purpose)
{
    if (!purpose.startsWith(QLatin1String("invoice:")))
        return 0;
    return purpose.mid(8).toLongLong();
}

} // namespace

Result<QList<MailOutbox::Pending>> MailOutbox::due(qint64 now, int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY "
                                     "next_attempt_at, id LIMIT ?").arg(QLatin1String(pendingColumns)),
                      {now, limit});
    if (!q)
        return q.error();
    return readPending(*q);
}

Result<QList<MailOutbox::Pending>> MailOutbox::unsent() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM mail_outbox WHERE sent_at IS NULL ORDER BY id DESC").arg(QLatin1String(pendingColumns)));
    if (!q)
        return q.error();
    return readPending(*q);
}

QString MailOutbox::invoicePurpose(Id invoiceId)
{
    return QStringLiteral("invoice:%1").arg(invoiceId);
}

Result<int> MailOutbox::deliver(const std::function<Result<void>(const MailMessage &)> &send, qint64 now, int limit,
                                const DrawInvoice &drawInvoice)
{
    auto pending = due(now, limit);
    if (!pending)
        return pending.error();
    int sent = 0;
    for (const Pending &p : *pending) {
        const Id invoiceId = invoiceOf(p.purpose);
        if (invoiceId && !drawInvoice)
            continue;
        MailMessage message = p.message;
        Result<void> result;
        if (invoiceId) {
            auto pdf = drawInvoice(invoiceId);
            if (pdf) {
                message.attachment = *pdf;
                message.attachmentType = "application/pdf";
            } else {
                result = pdf.error();
            }
        }
        // The mail server is talked to outside any transaction: a slow server holds no lock.
        if (result)
            result = send(message);
        auto saved = withTransaction(m_db, [&]() -> Result<void> {
            if (invoiceId) {
                // The office sees every attempt with the invoice, and when it went.
                InvoiceMailLog log(m_db);
                if (auto r = log.logEmail(invoiceId, message.to, result.ok(), result ? QString() : result.error().message,
                                          tr("Ordo (automatic)"));
                    !r)
                    return r.error();
                if (result)
                    if (auto r = log.markSent(invoiceId, Clock::nowSecs()); !r)
                        return r.error();
            }
            if (result) {
                if (auto r = m_db.run(QStringLiteral("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = '' "
                                                     "WHERE id = ? AND sent_at IS NULL"),
                                      {Clock::nowSecs(), p.id});
                    !r)
                    return r.error();
                return {};
            }
            const qint64 wait = std::min<qint64>(3600, 60LL << std::min(p.attempts, 6));
            if (auto r = m_db.run(QStringLiteral("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                                                 "WHERE id = ? AND sent_at IS NULL"),
                                  {result.error().message, now + wait, p.id});
                !r)
                return r.error();
            return {};
        });
        if (!saved)
            return saved.error();
        if (result)
            ++sent;
    }
    return sent;
}

} // namespace ordo
