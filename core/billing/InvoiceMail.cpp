#include "core/billing/InvoiceMail.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceMailLog.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/common/DocumentText.h"

#include <QDateTime>

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
    // The issuer as the invoice prints it, in the customer's language.
    const CompanyProfile company = inv->printedIssuer(CompanyProfiles(db).load());
    const DocumentText text(inv->language);
    auto t = [&](const char *source) { return text.translate("ordo::InvoiceMail", source); };
    InvoiceMail mail;
    mail.invoiceId = invoiceId;
    mail.sentBy = by.name;
    MailMessage &message = mail.message;
    message.to = toOverride.isEmpty() ? inv->customerEmail : toOverride;
    message.subject = t(QT_TRANSLATE_NOOP("ordo::InvoiceMail", "Invoice %1 — %2")).arg(inv->number, company.legalName);
    const QString amount = money::formatEuros(inv->totals.total, text.locale());
    if (inv->totals.total > 0 && inv->dueAt)
        message.body = t(QT_TRANSLATE_NOOP("ordo::InvoiceMail", "Dear customer,\n\nPlease find attached invoice %1 for %2, "
                                                                 "due on %3.\n\nKind regards,\n%4"))
                           .arg(inv->number, amount,
                                text.date(QDateTime::fromSecsSinceEpoch(*inv->dueAt).toLocalTime().date()), company.legalName);
    else
        message.body = t(QT_TRANSLATE_NOOP("ordo::InvoiceMail", "Dear customer,\n\nPlease find attached invoice %1 for %2."
                                                                 "\n\nKind regards,\n%3"))
                           .arg(inv->number, amount, company.legalName);
    //: The attached PDF's file name: "Factura 2026-0034.pdf".
    message.attachmentName = t(QT_TRANSLATE_NOOP("ordo::InvoiceMail", "Invoice %1.pdf")).arg(inv->number);
    if (!company.email.isEmpty())
        message.replyTo = company.legalName.isEmpty() ? company.email
                                                      : QStringLiteral("%1 <%2>").arg(company.legalName, company.email);
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
