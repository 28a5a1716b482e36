#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct InvoiceFilter
{
    std::optional<InvoiceStatus> status;
    std::optional<Id> customerId;
    std::optional<Id> orderId;
    bool unpaidOnly = false;
    // What the user typed: an invoice number or its start ("2026-00", "F2026-0012"), a customer's
    // name or phone (words, accents ignored: "lopez"), or an amount ("1.234,56", "1234.56").
    // Each is looked up through an index; an invoice matching any of them is listed.
    QString search;
    int limit = 200;
    int offset = 0;
};

// Where a page of the invoices list ended (see InvoiceQueries::page): the last invoice shown.
struct InvoicePageEnd
{
    bool draft = true;        // still among the drafts, which come first
    Id id = 0;                // the last draft's id
    qint64 chainIndex = 0;    // the last issued invoice's place in the chain
};

// Reading invoices (drafts and issued ones): one by id or number, a filtered page of them, an order's
// latest. Writes are in InvoiceDrafts, InvoiceLedger, InvoicePayments and InvoiceMailLog.
class InvoiceQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceQueries)

public:
    explicit InvoiceQueries(Database &db) : m_db(db) {}

    Result<Invoice> find(Id invoiceId) const;
    Result<Invoice> findByNumber(const QString &number) const;
    Result<QList<Invoice>> list(const InvoiceFilter &filter) const;      // without lines
    // One page of `filter.limit` invoices in the list's order (drafts newest first, then issued ones
    // by their place in the chain, newest first), after `end` (none: the first page). Keyset paging
    // through indexes (drafts by status, issued ones by chain index): what a page costs does not
    // grow with the years of invoices behind it. `filter.offset` is not used.
    Result<QList<Invoice>> page(const InvoiceFilter &filter, const std::optional<InvoicePageEnd> &end = std::nullopt) const;
    static InvoicePageEnd endOf(const Invoice &last) { return {last.isDraft(), last.id, last.chainIndex}; }
    // The order's latest standard invoice (draft or issued), if it has one.
    Result<std::optional<Invoice>> latestForOrder(Id orderId) const;

    // An amount as typed in the search, in cents: "1.234,56", "1234.56", "1234,5", "1234"; none when
    // the text is not only digits and separators.
    static std::optional<Cents> searchedAmount(const QString &text);

private:
    // The filter's conditions (status, customer, order, unpaid, search); false: nothing can match.
    Result<bool> conditions(const InvoiceFilter &filter, QStringList &where, QVariantList &values) const;

    Database &m_db;
};

} // namespace ordo
