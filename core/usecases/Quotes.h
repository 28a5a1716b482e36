#pragma once

#include "core/billing/Quote.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What the office may change on a quote before issuing it; empty values take the company's defaults
// (Settings: quote.validity_days, 30 unless set; quote.conditions).
struct QuoteTerms
{
    QDate validUntil;
    QString conditions;
    bool conditionsSet = false;   // an empty text chosen on purpose (no conditions printed)
};

// A customer's answer to a quote, as the office records it.
struct QuoteDecision
{
    QDate on;                 // the day the customer answered (today when not given)
    QString person;           // who of the customer's side accepted or refused
    QString note;
    bool evenIfExpired = false;   // the office was asked and wants it recorded past the validity
};

// Quotes (presupuestos) from an order's lines: previewed (nothing written), issued (numbered per
// order and kept as issued), e-mailed through the mail outbox, and the customer's answer recorded.
// Sending moves the order to its map's "quote sent" step and an acceptance to "quote accepted",
// where the map allows it from where the order is; everything is in the order's history.
class Quotes final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Quotes)

public:
    explicit Quotes(Database &db) : m_db(db) {}

    // The company's defaults for a new quote issued today.
    QuoteTerms defaultTerms() const;
    Result<void> setDefaults(int validityDays, const QString &conditions, const Actor &by);

    // The quote as it would be issued now, numbered as the next one: nothing is recorded.
    Result<Quote> preview(Id orderId, const QuoteTerms &terms = {}) const;
    // Records the quote as previewed, with the next number of the order.
    Result<Quote> issue(Id orderId, const QuoteTerms &terms, const Actor &by);

    Result<Quote> find(Id quoteId) const;
    Result<Quote> findByNumber(const QString &number) const;   // "OT-2026-00012-P2"
    Result<QList<Quote>> forOrder(Id orderId) const;   // newest first

    // Queues the quote's e-mail with its PDF in the mail outbox (to the customer's address unless
    // `to` is given), marks it sent and moves the order on. Returns the outbox message's id.
    Result<Id> send(Id quoteId, const QByteArray &pdf, const Actor &by, const QString &to = {});

    // The customer accepted it: refused if it was answered before, and, past its validity, unless
    // the office says so (decision.evenIfExpired: ask first, with expiredOn()).
    Result<Quote> accept(Id quoteId, const QuoteDecision &decision, const Actor &by);
    // The customer refused it.
    Result<Quote> reject(Id quoteId, const QuoteDecision &decision, const Actor &by);

private:
    Result<Quote> decide(Id quoteId, QuoteState state, const QuoteDecision &decision, const Actor &by);
    Result<Quote> build(Id orderId, const QuoteTerms &terms) const;

    Database &m_db;
};

} // namespace ordo
