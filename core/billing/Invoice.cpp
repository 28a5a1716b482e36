#include "core/billing/Invoice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ordo {

QString toKey(InvoiceKind kind)
{
    return kind == InvoiceKind::Rectifying ? QStringLiteral("rectifying") : QStringLiteral("standard");
}

QString toKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return QStringLiteral("draft");
    case InvoiceStatus::Issued: return QStringLiteral("issued");
    case InvoiceStatus::Sent: return QStringLiteral("sent");
    }
    return {};
}

QString toKey(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid: return QStringLiteral("unpaid");
    case PaymentState::PartlyPaid: return QStringLiteral("partly_paid");
    case PaymentState::Paid: return QStringLiteral("paid");
    case PaymentState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString displayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return QCoreApplication::translate("ordo::Billing", "Draft");
    case InvoiceStatus::Issued: return QCoreApplication::translate("ordo::Billing", "Issued");
    case InvoiceStatus::Sent: return QCoreApplication::translate("ordo::Billing", "Sent");
    }
    return {};
}

QString displayName(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid: return QCoreApplication::translate("ordo::Billing", "Unpaid");
    case PaymentState::PartlyPaid: return QCoreApplication::translate("ordo::Billing", "Partly paid");
    case PaymentState::Paid: return QCoreApplication::translate("ordo::Billing", "Paid", "invoice");
    case PaymentState::Overdue: return QCoreApplication::translate("ordo::Billing", "Overdue");
    }
    return {};
}

QString toKey(InvoiceBilling billing)
{
    switch (billing) {
    case InvoiceBilling::Whole: return QStringLiteral("whole");
    case InvoiceBilling::Partial: return QStringLiteral("partial");
    case InvoiceBilling::Advance: return QStringLiteral("advance");
    }
    return {};
}

InvoiceBilling billingFromKey(const QString &key)
{
    if (key == QLatin1String("partial"))
        return InvoiceBilling::Partial;
    if (key == QLatin1String("advance"))
        return InvoiceBilling::Advance;
    return InvoiceBilling::Whole;
}

QString displayName(InvoiceBilling billing)
{
    switch (billing) {
    case InvoiceBilling::Whole: return QCoreApplication::translate("ordo::Billing", "The whole job");
    case InvoiceBilling::Partial: return QCoreApplication::translate("ordo::Billing", "Part of the job");
    case InvoiceBilling::Advance: return QCoreApplication::translate("ordo::Billing", "Advance payment");
    }
    return {};
}

QStringList paymentMethods()
{
    return {QStringLiteral("transfer"), QStringLiteral("card"), QStringLiteral("cash"), QStringLiteral("bizum"),
            QStringLiteral("cheque"), QStringLiteral("direct_debit")};
}

QString paymentMethodName(const QString &key)
{
    if (key == QLatin1String("transfer"))
        return QCoreApplication::translate("ordo::Billing", "Bank transfer");
    if (key == QLatin1String("card"))
        return QCoreApplication::translate("ordo::Billing", "Card");
    if (key == QLatin1String("cash"))
        return QCoreApplication::translate("ordo::Billing", "Cash");
    if (key == QLatin1String("bizum"))
        return QStringLiteral("Bizum");
    if (key == QLatin1String("cheque"))
        return QCoreApplication::translate("ordo::Billing", "Cheque");
    if (key == QLatin1String("direct_debit"))
        return QCoreApplication::translate("ordo::Billing", "Direct debit");
    return key;
}

QString toKey(RectificationMethod method)
{
    return method == RectificationMethod::Substitution ? QStringLiteral("S") : QStringLiteral("I");
}

PaymentState Invoice::paymentState(qint64 now) const
{
    if (isDraft())
        return PaymentState::Unpaid;
    // A credit note (negative total) is settled when refunded; zero totals owe nothing.
    const Cents owed = totals.total;
    if (owed == 0 || (owed > 0 ? paid >= owed : paid <= owed))
        return PaymentState::Paid;
    if (dueAt && *dueAt < now && !isDraft())
        return PaymentState::Overdue;
    return paid != 0 ? PaymentState::PartlyPaid : PaymentState::Unpaid;
}

QString CompanyProfile::fullAddress() const
{
    QStringList parts{address};
    const QString place = QStringLiteral("%1 %2").arg(postcode, city).trimmed();
    if (!place.isEmpty())
        parts << place;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QByteArray CompanyProfile::printedJson() const
{
    // QJsonObject keeps its keys sorted: the same profile always gives the same bytes.
    const QJsonObject o{{QStringLiteral("legal_name"), legalName}, {QStringLiteral("tax_id"), taxId},
                        {QStringLiteral("address"), address},      {QStringLiteral("postcode"), postcode},
                        {QStringLiteral("city"), city},            {QStringLiteral("phone"), phone},
                        {QStringLiteral("email"), email},          {QStringLiteral("iban"), iban},
                        {QStringLiteral("payment_terms"), paymentTerms}, {QStringLiteral("footer"), footer},
                        {QStringLiteral("logo_png"), QString::fromLatin1(logoPng.toBase64())},
                        {QStringLiteral("qr_base_url"), qrBaseUrl}, {QStringLiteral("qr_legend"), qrLegend},
                        {QStringLiteral("zero_vat_cause"), zeroVatCause}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

CompanyProfile CompanyProfile::fromPrintedJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CompanyProfile p;
    p.legalName = o.value(QStringLiteral("legal_name")).toString();
    p.taxId = o.value(QStringLiteral("tax_id")).toString();
    p.address = o.value(QStringLiteral("address")).toString();
    p.postcode = o.value(QStringLiteral("postcode")).toString();
    p.city = o.value(QStringLiteral("city")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.email = o.value(QStringLiteral("email")).toString();
    p.iban = o.value(QStringLiteral("iban")).toString();
    p.paymentTerms = o.value(QStringLiteral("payment_terms")).toString();
    p.footer = o.value(QStringLiteral("footer")).toString();
    p.logoPng = QByteArray::fromBase64(o.value(QStringLiteral("logo_png")).toString().toLatin1());
    p.qrBaseUrl = o.value(QStringLiteral("qr_base_url")).toString();
    p.qrLegend = o.value(QStringLiteral("qr_legend")).toString();
    p.zeroVatCause = o.value(QStringLiteral("zero_vat_cause")).toString();
    return p;
}

CompanyProfile Invoice::printedIssuer(const CompanyProfile &current) const
{
    if (isDraft())
        return current;
    if (issuerProfile)
        return *issuerProfile;
    // Issued before profiles were stored: the name, tax ID and address kept with the invoice, and
    // nothing printed that was not kept (no IBAN, terms or logo of today's company).
    CompanyProfile p;
    p.legalName = issuerName;
    p.taxId = issuerTaxId;
    p.address = issuerAddress;
    p.qrBaseUrl = current.qrBaseUrl;
    p.qrLegend = current.qrLegend;
    p.zeroVatCause = current.zeroVatCause;
    return p;
}

} // namespace ordo
