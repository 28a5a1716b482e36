#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct ChainCheck
{
    qint64 checked = 0;
    QString firstBroken;     // number of the first invoice whose record does not match its hash
    bool ok() const { return firstBroken.isEmpty(); }
};

// The ledger of issued invoices: issuing a draft with a gapless number per series and year taken
// inside the issuing transaction, rectifying an issued invoice (issued ones never change), and the
// hash chain over every issued invoice in issue order (InvoiceNumbering.h has the rules themselves).
class InvoiceLedger final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceLedger)

public:
    explicit InvoiceLedger(Database &db) : m_db(db) {}

    Result<Invoice> issue(Id invoiceId, qint64 expectedVersion, const Actor &by);
    // A draft in the rectifying series that credits the original in full (its lines negated);
    // edit it for a partial correction before issuing.
    Result<Invoice> createRectifying(Id originalId, const QString &reason, const Actor &by);

    Result<ChainCheck> verifyChain() const;

private:
    Result<void> checkIssuable(const Invoice &draft, qint64 expectedVersion, const CompanyProfile &issuer) const;
    Result<void> writeIssued(const Invoice &issued, int year, qint64 sequence, qint64 expectedVersion,
                             const QString &issuedBy);

    Database &m_db;
};

} // namespace ordo
