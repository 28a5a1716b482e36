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
    // What a 0 % line that names no reason is (VerifactuService's setting; TaxCauses.h).
    QString zeroVatCause = QStringLiteral("E1");
    // Simplified invoices (Real Decreto 1619/2012, art. 4): their series and the most they may total.
    QString simplifiedSeries = QStringLiteral("S");
    Cents simplifiedLimit = 40000;

    QString fullAddress() const;
    // What an issued invoice keeps of its issuer: everything printed (not the series or the limits).
    QByteArray printedJson() const;
    static CompanyProfile fromPrintedJson(const QByteArray &json);
};


// How much of an order an invoice bills: the whole job (one per order), or explicitly a part of it or
// an advance (anticipo), of which there may be several.
enum class InvoiceBilling { Whole, Partial, Advance };
QString toKey(InvoiceBilling billing);
InvoiceBilling billingFromKey(const QString &key);
QString displayName(InvoiceBilling billing);

// A rectifying invoice (art. 15) either replaces the original (substitution: its lines are the
// corrected invoice) or states the difference (its lines are what changes, usually negative).
enum class RectificationMethod { Difference, Substitution };
QString toKey(RectificationMethod method);   // "I", "S": as VERI*FACTU names them

// How a payment was made: transfer, card, cash, bizum, cheque, direct_debit.
QStringList paymentMethods();
QString paymentMethodName(const QString &key);

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
    // Since schema 11.
    bool simplified = false;                         // factura simplificada (art. 4 and 7)
    InvoiceBilling billing = InvoiceBilling::Whole;
    RectificationMethod rectificationMethod = RectificationMethod::Difference;
    std::optional<qint64> rectifiesIssuedAt;         // the original's issue time, printed with its number
    bool rectifiesSimplified = false;
    Cents rectifiesBase = 0, rectifiesVat = 0;       // the original's totals (a substitution states them)
    QString language = QStringLiteral("es");         // the document's language: the customer's
    QString issuerProfileId;                         // the stored issuer profile (issued invoices)
    std::optional<CompanyProfile> issuerProfile;     // what was printed at issue, when stored
    int hashVersion = 2;
    QList<money::VatBucket> storedVat;               // the VAT breakdown rows kept at issue

    bool isDraft() const { return status == InvoiceStatus::Draft; }
    // Drafts owe nothing yet: they are Unpaid, never Paid.
    PaymentState paymentState(qint64 now) const;
    // The issuer as this invoice prints it: what was stored at issue, or for a draft (and invoices
    // issued before schema 11, for what was not stored) today's company settings.
    CompanyProfile printedIssuer(const CompanyProfile &current) const;
};

} // namespace ordo
