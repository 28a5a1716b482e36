#pragma once

#include "billing/Invoice.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct InvoiceFilter
{
    std::optional<InvoiceStatus> status;
    std::optional<Id> customerId;
    std::optional<Id> orderId;
    bool unpaidOnly = false;
    int limit = 200;
    int offset = 0;
};

struct ChainCheck
{
    qint64 checked = 0;
    QString firstBroken;     // number of the first invoice whose record does not match its hash
    bool ok() const { return firstBroken.isEmpty(); }
};

// Invoices: drafts from orders (editable), issue with a gapless number per series and year taken
// inside the issuing transaction, immutability once issued, rectifying invoices in their own series,
// payments, and a hash chain over every issued invoice in issue order.
class InvoiceService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceService)

public:
    explicit InvoiceService(Database &db) : m_db(db) {}

    CompanyProfile company() const;
    Result<void> saveCompany(const CompanyProfile &profile);

    // The order's open draft when it has one; otherwise a new draft with the order's lines.
    Result<Invoice> createFromOrder(Id orderId, const Actor &by);
    Result<Invoice> createBlank(Id customerId, const Actor &by);
    Result<Invoice> saveDraft(Id invoiceId, qint64 expectedVersion, Id customerId, const QList<InvoiceLine> &lines,
                              const QString &notes, const QString &operationDate);
    Result<void> deleteDraft(Id invoiceId, qint64 expectedVersion);
    Result<Invoice> issue(Id invoiceId, qint64 expectedVersion, const Actor &by);
    // A draft in the rectifying series that credits the original in full (its lines negated);
    // edit it for a partial correction before issuing.
    Result<Invoice> createRectifying(Id originalId, const QString &reason, const Actor &by);
    // Records money received. When the invoice is then paid in full and its order waits in a step
    // that needs a paid invoice, the order moves on to the finished step.
    Result<Invoice> recordPayment(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                                  const Actor &by);
    Result<Invoice> markSent(Id invoiceId, qint64 at);
    Result<void> logEmail(Id invoiceId, const QString &recipient, bool ok, const QString &message);

    Result<Invoice> find(Id invoiceId) const;
    Result<Invoice> findByNumber(const QString &number) const;
    Result<QList<Invoice>> list(const InvoiceFilter &filter) const;      // without lines
    Result<QList<Payment>> payments(Id invoiceId) const;
    Result<std::optional<Invoice>> latestForOrder(Id orderId) const;

    Result<ChainCheck> verifyChain() const;
    // The same as invoicing::computeHash and invoicing::formatNumber (InvoiceNumbering.h).
    static QString computeHash(const Invoice &invoice);
    static QString formatNumber(const QString &series, int year, qint64 sequence);

private:
    Result<Invoice> load(const QString &where, const QVariantList &values) const;
    Result<void> writeLines(Id invoiceId, const QList<InvoiceLine> &lines);

    Database &m_db;
};

} // namespace ordo
