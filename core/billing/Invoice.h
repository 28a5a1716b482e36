#pragma once

#include "core/domain/Money.h"
#include "core/domain/Types.h"

#include <QDate>

namespace ordo {

enum class InvoiceKind { Standard, Rectifying };
enum class InvoiceStatus { Draft, Issued, Sent };
// What the customer still owes, derived from payments and the due date.
enum class PaymentState { Unpaid, PartlyPaid, Paid, Overdue };

QString toKey(InvoiceKind kind);
QString toKey(InvoiceStatus status);
QString toKey(PaymentState state);
QString displayName(InvoiceStatus status);
QString displayName(PaymentState state);

struct Payment
{
    Id id = 0;
    qint64 paidAt = 0;
    Cents amount = 0;
    QString method;
    QString note;
};

struct Invoice
{
    Id id = 0;
    InvoiceKind kind = InvoiceKind::Standard;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString series;
    QString number;                    // empty while a draft
    std::optional<Id> orderId;
    QString orderNumber;
    Id customerId = 0;
    std::optional<Id> rectifiesId;
    QString rectifiesNumber;
    QString rectificationReason;
    std::optional<qint64> issuedAt;
    QString operationDate;             // ISO date, when it differs from the issue date
    std::optional<qint64> dueAt;
    QString issuerName, issuerTaxId, issuerAddress;
    QString customerName, customerTaxId, customerAddress;  // copied at issue; live values while a draft
    QString customerEmail;
    QString notes;
    QList<LineItem> lines;             // the same kind of line as an order's (domain/Types.h)
    money::Totals totals;
    Cents paid = 0;
    qint64 chainIndex = 0;
    QString previousHash;
    QString hash;
    std::optional<qint64> sentAt;
    QString issuedBy;   // who issued it (since schema 10; empty before)
    qint64 version = 0;

    bool isDraft() const { return status == InvoiceStatus::Draft; }
    PaymentState paymentState(qint64 now) const;
};

// The issuer's data as printed on every invoice (company settings).
struct CompanyProfile
{
    QString legalName;
    QString taxId;
    QString address;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString iban;
    QString paymentTerms;      // free text printed under the totals
    int paymentDays = 30;
    BasisPoints defaultVat = 2100;
    QString footer;
    QString series;            // "" → 2026-0001; "A" → A2026-0001
    QString rectifyingSeries = QStringLiteral("R");
    QByteArray logoPng;
    // VERI*FACTU: where the QR code of every invoice points, and the legend beside it (read-only here:
    // VerifactuService keeps them).
    QString qrBaseUrl;
    QString qrLegend;

    QString fullAddress() const;
};

} // namespace ordo
