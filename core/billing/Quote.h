#pragma once

#include "core/domain/Money.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>

namespace ordo {

// What became of a quote given to the customer.
enum class QuoteState { Issued, Sent, Accepted, Rejected };
QString toKey(QuoteState state);   // "issued", "sent", "accepted", "rejected": stored, never translated
QuoteState quoteStateFromKey(const QString &key);
QString displayName(QuoteState state);

// A quote (presupuesto) as it was issued: the order's lines and the customer's data copied at
// issue, so that changing the order afterwards does not change what the customer was offered.
// Each order numbers its quotes 1, 2, 3 … (a new version after the customer asked for changes).
// A quote with id 0 is a preview: nothing of it is recorded.
struct Quote
{
    Id id = 0;
    Id orderId = 0;
    QString orderNumber;
    int version = 0;                 // 1, 2 … per order
    QString number;                  // "OT-2026-00012-P2": the order's number and the version
    Id customerId = 0;
    QString customerName, customerTaxId, customerAddress, customerEmail;
    QString siteAddress;
    QString title;                   // the job, as the order names it
    QList<LineItem> lines;
    money::Totals totals;            // per VAT rate, as invoices sum them (invoicing::totals)
    QDate validUntil;
    QString conditions;
    QString language = QStringLiteral("es");   // the customer's: the document's language
    qint64 issuedAt = 0;
    QString issuedBy;
    QuoteState state = QuoteState::Issued;
    std::optional<qint64> sentAt;
    QString sentTo;
    // The customer's answer: when they gave it, who (the customer's person), and who recorded it.
    QDate decidedOn;
    QString decidedBy;
    QString recordedBy;
    std::optional<qint64> recordedAt;
    QString decisionNote;

    bool isPreview() const { return id == 0; }
    bool isDecided() const { return state == QuoteState::Accepted || state == QuoteState::Rejected; }
    // Past its validity on `day` (the day after the last valid day).
    bool expiredOn(const QDate &day) const { return validUntil.isValid() && day > validUntil; }
};

} // namespace ordo
