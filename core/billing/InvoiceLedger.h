#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// A point of the chain recorded somewhere else than the invoice rows (a backup, a printed weekly
// report, a person's note): the invoice at that point must still have this number and hash.
struct ChainAnchor
{
    QString number;
    QString hash;      // the whole hash or its first characters (at least 12), as printed
    QString source;    // where it was recorded, for the message
};

struct ChainCheck
{
    qint64 checked = 0;
    QString firstBroken;     // number of the first invoice whose record does not match its hash
    QStringList problems;    // everything found, in the reader's language, first broken first
    QString lastNumber, lastHash;   // where the chain ends now (to record as an anchor)
    bool ok() const { return problems.isEmpty(); }
};

// How a rectifying invoice corrects the original (art. 15 of Real Decreto 1619/2012).
struct Rectification
{
    QString reason;
    RectificationMethod method = RectificationMethod::Difference;
    // By difference: the positions of the original's lines to credit (empty: all of them), or an
    // amount of taxable base to credit instead (originals with one VAT rate).
    QList<int> lines;
    std::optional<Cents> amount;
};

// The ledger of issued invoices: issuing a draft with a gapless number per series and year taken
// inside the issuing transaction, rectifying an issued invoice (issued ones never change), and the
// hash chain over every issued invoice in issue order (InvoiceNumbering.h has the rules themselves).
class InvoiceLedger final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceLedger)

public:
    explicit InvoiceLedger(Database &db) : m_db(db) {}

    // Everything printed comes from what this stores: the issuer's profile as it is now, the
    // customer's data, the lines, the operation date (kept only when it is not the issue date).
    Result<Invoice> issue(Id invoiceId, qint64 expectedVersion, const Actor &by);
    // A draft in the rectifying series. By difference its lines are the original's (or the chosen
    // ones) negated, or one line for the amount; by substitution a copy of the original to correct.
    // Refused when the credit would exceed what remains of the original.
    Result<Invoice> createRectifying(Id originalId, const Rectification &how, const Actor &by);
    Result<Invoice> createRectifying(Id originalId, const QString &reason, const Actor &by);
    // What the original invoice amounts to after the rectifying invoices issued so far.
    Result<Cents> remainingOf(Id originalId) const;

    // The numbering (no number missing from a series), the chain, the stored totals and VAT
    // breakdown, the issuer profiles, the VERI*FACTU records and the anchors recorded in the
    // database (backups) and given here (a printed weekly report's, a backup file's).
    Result<ChainCheck> verifyChain(const QList<ChainAnchor> &anchors = {}) const;
    // Records where the chain ends now, so that a later rewrite of it shows (called after a backup).
    Result<ChainAnchor> recordAnchor(const QString &source);
    // Where the chain ends (nothing before the first invoice).
    Result<ChainAnchor> chainEnd() const;

private:
    Result<void> checkIssuable(const Invoice &draft, qint64 expectedVersion, const CompanyProfile &issuer) const;
    Result<void> checkOrderInvoicing(const Invoice &draft) const;
    Result<void> checkRectification(const Invoice &draft) const;
    Result<void> writeIssued(const Invoice &issued, int year, qint64 sequence, qint64 expectedVersion);

    Database &m_db;
};

} // namespace ordo
