#include "core/billing/Invoice.h"

#include <QCoreApplication>

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

PaymentState Invoice::paymentState(qint64 now) const
{
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

} // namespace ordo
