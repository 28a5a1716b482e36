#include "billing/InvoiceMail.h"

#include "billing/InvoiceService.h"
#include "common/Clock.h"

namespace ordo {

namespace {

class InvoiceMail
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceMail)
};

} // namespace

Result<void> sendInvoice(Database &db, Id invoiceId, const QByteArray &pdf, const QString &toOverride)
{
    InvoiceService invoices(db);
    auto inv = invoices.find(invoiceId);
    if (!inv)
        return inv.error();
    if (inv->isDraft())
        return makeError(ErrorCode::Invalid, InvoiceMail::tr("Issue the invoice before sending it."));
    const CompanyProfile company = invoices.company();
    MailMessage message;
    message.to = toOverride.isEmpty() ? inv->customerEmail : toOverride;
    message.subject = InvoiceMail::tr("Invoice %1 — %2").arg(inv->number, company.legalName);
    message.body = InvoiceMail::tr("Dear customer,\n\nPlease find attached invoice %1 for %2, due on %3.\n\n"
                                   "Kind regards,\n%4")
                       .arg(inv->number, money::formatEuros(inv->totals.total),
                            inv->dueAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*inv->dueAt).toLocalTime().date(),
                                                            QLocale::ShortFormat)
                                       : QString(),
                            company.legalName);
    message.attachmentName = QStringLiteral("%1.pdf").arg(inv->number);
    message.attachment = pdf;
    SmtpSettings smtp = SmtpSettings::load(db);
    if (smtp.from.isEmpty() && !company.email.isEmpty())
        smtp.from = QStringLiteral("%1 <%2>").arg(company.legalName, company.email);
    const Result<void> sent = Mailer(smtp).send(message);
    // The attempt is kept whatever happened, so that nobody wonders whether it went.
    if (auto logged = invoices.logEmail(invoiceId, message.to, sent.ok(), sent ? QString() : sent.error().message); !logged)
        return logged.error();
    if (!sent)
        return sent.error();
    auto marked = invoices.markSent(invoiceId, Clock::nowSecs());
    if (!marked)
        return marked.error();
    return {};
}

} // namespace ordo
