#include "core/billing/InvoiceMail.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceMailLog.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"

namespace ordo {

namespace {

// The translation context stays "ordo::InvoiceMail", as before.
class InvoiceMailText
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceMail)
};

} // namespace

Result<InvoiceMail> prepareInvoiceMail(Database &db, Id invoiceId, const QByteArray &pdf, const Actor &by,
                                       const QString &toOverride)
{
    if (auto allowed = authorize(by, Permission::SendInvoices); !allowed)
        return allowed.error();
    auto inv = InvoiceQueries(db).find(invoiceId);
    if (!inv)
        return inv.error();
    if (inv->isDraft())
        return makeError(ErrorCode::Invalid, InvoiceMailText::tr("Issue the invoice before sending it."));
    const CompanyProfile company = CompanyProfiles(db).load();
    InvoiceMail mail;
    mail.invoiceId = invoiceId;
    mail.sentBy = by.name;
    MailMessage &message = mail.message;
    message.to = toOverride.isEmpty() ? inv->customerEmail : toOverride;
    message.subject = InvoiceMailText::tr("Invoice %1 — %2").arg(inv->number, company.legalName);
    message.body = InvoiceMailText::tr("Dear customer,\n\nPlease find attached invoice %1 for %2, due on %3.\n\n"
                                       "Kind regards,\n%4")
                       .arg(inv->number, money::formatEuros(inv->totals.total),
                            inv->dueAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*inv->dueAt).toLocalTime().date(),
                                                            QLocale::ShortFormat)
                                       : QString(),
                            company.legalName);
    message.attachmentName = QStringLiteral("%1.pdf").arg(inv->number);
    message.attachment = pdf;
    mail.smtp = SmtpSettings::load(db);
    auto key = SmtpSettings::passwordKey(db);
    if (!key)
        return key.error();
    mail.passwordKey = *key;
    if (mail.smtp.from.isEmpty() && !company.email.isEmpty())
        mail.smtp.from = QStringLiteral("%1 <%2>").arg(company.legalName, company.email);
    return mail;
}

Result<void> transmitInvoiceMail(const InvoiceMail &mail)
{
    return Mailer(mail.smtp).send(mail.message);
}

Result<void> recordInvoiceMail(Database &db, const InvoiceMail &mail, const Result<void> &sent)
{
    InvoiceMailLog log(db);
    // The attempt is kept whatever happened, so that nobody wonders whether it went.
    if (auto logged = log.logEmail(mail.invoiceId, mail.message.to, sent.ok(), sent ? QString() : sent.error().message, mail.sentBy); !logged)
        return logged.error();
    if (!sent)
        return sent.error();
    auto marked = log.markSent(mail.invoiceId, Clock::nowSecs());
    if (!marked)
        return marked.error();
    return {};
}

Result<void> sendInvoice(Database &db, SecretStore &secrets, Id invoiceId, const QByteArray &pdf, const Actor &by,
                         const QString &toOverride)
{
    auto mail = prepareInvoiceMail(db, invoiceId, pdf, by, toOverride);
    if (!mail)
        return mail.error();
    if (auto password = mail->smtp.takePassword(readSecretNow(secrets, mail->passwordKey), secrets.location()); !password)
        return recordInvoiceMail(db, *mail, password);
    return recordInvoiceMail(db, *mail, transmitInvoiceMail(*mail));
}

} // namespace ordo
