#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QSqlQuery>
#include <QString>

namespace ordo {

class Database;

// What makes an issued invoice legal, in one place for InvoiceLedger::issue and for whatever else
// issues invoices (the demo company): the gapless number per series and year, and the hash chain
// over every issued invoice in issue order.
namespace invoicing {

// The name of a series' counter for a year in the `sequences` table.
QString counterName(const QString &series, int year);
// "2026-0042"; with series "R", "R2026-0003".
QString formatNumber(const QString &series, int year, qint64 sequence);
// Takes the next number of the series and year (1 for the first). Call it inside the write
// transaction that issues the invoice: if anything after it fails, the counter goes back too and no
// number is lost.
Result<qint64> takeNumber(Database &db, const QString &series, int year);

// The same for many invoices issued in one transaction (the demo company's thousands), on one
// prepared statement.
class Counters final
{
public:
    explicit Counters(Database &db);
    Result<qint64> take(const QString &series, int year);

private:
    Database &m_db;
    QSqlQuery m_bump;
    bool m_prepared = false;
};

// Where the chain ends: the last issued invoice's index and hash (0 and nothing before the first).
struct ChainLink
{
    qint64 index = 0;
    QString hash;
};
Result<ChainLink> chainTail(const Database &db);
// Puts a complete invoice (number, dates, parties, lines and totals set) after `previous` in the
// chain: its chain index, the previous hash, and its own hash. Returns the chain's new end.
ChainLink seal(Invoice &invoice, const ChainLink &previous);
// SHA-256 (hex) over the invoice's legal content and the previous invoice's hash.
QString computeHash(const Invoice &invoice);

// One invoice per job: the order's whole invoice (not a partial or advance one) already issued, if
// any, and the refusals every way of invoicing an order gives, worded once.
struct IssuedInvoice
{
    Id id = 0;
    QString number;
};
Result<std::optional<IssuedInvoice>> wholeInvoiceOf(const Database &db, Id orderId);
Error alreadyInvoiced(const QString &orderNumber, const QString &invoiceNumber);
Error cancelledOrder(const QString &orderNumber);

// The issuer's printed profile, kept once per distinct content (issuer_profiles); its id is the
// SHA-256 of its JSON, so a changed profile no longer matches its id.
QString profileId(const QByteArray &printedJson);
Result<QString> storeIssuerProfile(Database &db, const CompanyProfile &issuer, qint64 now);

// The totals of these lines, per VAT rate and in all.
money::Totals totals(const QList<LineItem> &lines);

} // namespace invoicing
} // namespace ordo
