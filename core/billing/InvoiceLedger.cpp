#include "core/billing/InvoiceLedger.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/InvoiceRows.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ordo {

namespace {

QString thisDraft()
{
    //: The subject of "%1 was changed by someone else meanwhile…"
    return InvoiceLedger::tr("This draft");
}

} // namespace

Result<void> InvoiceLedger::checkIssuable(const Invoice &inv, qint64 expectedVersion, const CompanyProfile &issuer) const
{
    if (!inv.isDraft())
        return makeError(ErrorCode::Invalid, tr("Invoice %1 is already issued.").arg(inv.number));
    if (inv.version != expectedVersion)
        return concurrentEdit(thisDraft(), NotDone::Issued);
    if (inv.lines.isEmpty())
        return makeError(ErrorCode::Invalid, tr("An invoice needs at least one line."));
    QStringList missing;
    if (issuer.legalName.trimmed().isEmpty())
        missing << tr("the company's legal name");
    if (issuer.taxId.trimmed().isEmpty())
        missing << tr("the company's tax ID (NIF/CIF)");
    if (issuer.address.trimmed().isEmpty())
        missing << tr("the company's address");
    if (!missing.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Before issuing invoices, fill in %1 in Settings › Company.")
                                                 .arg(QLocale().createSeparatedList(missing)));
    QStringList customerMissing;
    if (inv.customerTaxId.trimmed().isEmpty())
        customerMissing << tr("tax ID (NIF)");
    if (inv.customerAddress.trimmed().isEmpty())
        customerMissing << tr("address");
    if (!customerMissing.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1 has no %2: add it to the customer before issuing the invoice.")
                                                 .arg(inv.customerName, QLocale().createSeparatedList(customerMissing)));
    if (inv.kind == InvoiceKind::Rectifying && inv.rectificationReason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A rectifying invoice needs the reason for the correction."));
    return {};
}

Result<void> InvoiceLedger::writeIssued(const Invoice &inv, int year, qint64 sequence, qint64 expectedVersion,
                                        const QString &issuedBy)
{
    const VersionedUpdate update{
        "invoices", inv.id, expectedVersion,
        {{"status", QStringLiteral("issued")}, {"series", inv.series}, {"year", year}, {"sequence", sequence},
         {"number", inv.number}, {"issued_at", *inv.issuedAt}, {"due_at", *inv.dueAt}, {"issuer_name", inv.issuerName},
         {"issuer_tax_id", inv.issuerTaxId}, {"issuer_address", inv.issuerAddress}, {"customer_name", inv.customerName},
         {"customer_tax_id", inv.customerTaxId}, {"customer_address", inv.customerAddress}, {"base_cents", inv.totals.base},
         {"vat_cents", inv.totals.vat}, {"total_cents", inv.totals.total}, {"chain_index", inv.chainIndex},
         {"previous_hash", inv.previousHash}, {"hash", inv.hash}, {"updated_at", *inv.issuedAt}, {"issued_by", issuedBy}},
        "status = 'draft'"};
    if (auto r = updateVersioned(m_db, update, thisDraft(), NotDone::Issued); !r)
        return r.error();
    for (const auto &b : inv.totals.buckets)
        if (auto v = m_db.run(QStringLiteral("INSERT INTO invoice_vat (invoice_id, rate, base_cents, vat_cents) VALUES (?, ?, ?, ?)"),
                              {inv.id, b.rate, b.base, b.vat}); !v)
            return v.error();
    // VERI*FACTU: the invoice's registro de alta is committed with it, or neither is.
    if (auto record = VerifactuService(m_db).recordIssue(inv); !record)
        return record.error();
    return {};
}

Result<Invoice> InvoiceLedger::issue(Id invoiceId, qint64 expectedVersion, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    std::optional<Id> orderId;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto found = InvoiceQueries(m_db).find(invoiceId);
        if (!found)
            return found.error();
        Invoice inv = *found;
        orderId = inv.orderId;
        const CompanyProfile issuer = CompanyProfiles(m_db).load();
        if (auto ok = checkIssuable(inv, expectedVersion, issuer); !ok)
            return ok.error();

        // The number comes from the counter of the series and year, in this same transaction:
        // if anything below fails, the counter goes back too and no number is lost.
        const QDateTime now = Clock::now();
        const int year = now.toLocalTime().date().year();
        const QString series = inv.kind == InvoiceKind::Rectifying ? issuer.rectifyingSeries : issuer.series;
        auto sequence = invoicing::takeNumber(m_db, series, year);
        if (!sequence)
            return sequence.error();
        auto tail = invoicing::chainTail(m_db);
        if (!tail)
            return tail.error();
        inv.series = series;
        inv.number = invoicing::formatNumber(series, year, *sequence);
        inv.issuedAt = now.toSecsSinceEpoch();
        inv.dueAt = *inv.issuedAt + static_cast<qint64>(issuer.paymentDays) * 86400;
        inv.issuerName = issuer.legalName.trimmed();
        inv.issuerTaxId = issuer.taxId.trimmed();
        inv.issuerAddress = issuer.fullAddress();
        inv.totals = invoicing::totals(inv.lines);
        invoicing::seal(inv, *tail);
        if (auto written = writeIssued(inv, year, *sequence, expectedVersion, by.name); !written)
            return written.error();
        if (inv.orderId) {
            eventlog::Entry e{*inv.orderId, by, EventKind::FieldChanged, QStringLiteral("invoice"), {}, inv.number,
                              std::nullopt, std::nullopt, {},
                              {{QStringLiteral("fact"), QStringLiteral("invoice_issued")},
                               {QStringLiteral("number"), inv.number},
                               {QStringLiteral("total"), inv.totals.total}}};
            if (auto logged = eventlog::append(m_db, e, *inv.issuedAt); !logged)
                return logged.error();
        }
        return true;
    }, Database::Durability::Full);  // its number may be printed or mailed a second later
    if (!done)
        return done.error();
    if (orderId)
        m_db.notifier().announceOrder(*orderId);
    return InvoiceQueries(m_db).find(invoiceId);
}

Result<Invoice> InvoiceLedger::createRectifying(Id originalId, const QString &reason, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the invoice is being corrected."));
    Id id = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto original = InvoiceQueries(m_db).find(originalId);
        if (!original)
            return original.error();
        if (original->isDraft())
            return makeError(ErrorCode::Invalid, tr("A draft can simply be edited; only issued invoices are rectified."));
        if (original->kind == InvoiceKind::Rectifying)
            return makeError(ErrorCode::Invalid, tr("%1 is itself a rectifying invoice; rectify the original invoice.")
                                                     .arg(original->number));
        const qint64 now = Clock::nowSecs();
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, order_id, customer_id, rectifies_id, "
                                                   "rectification_reason, created_at, updated_at) VALUES ('rectifying', 'draft', ?, "
                                                   "?, ?, ?, ?, ?, ?) RETURNING id"),
                                    {CompanyProfiles(m_db).load().rectifyingSeries, invoicerows::nullable(original->orderId),
                                     original->customerId, originalId, reason.trimmed(), now, now});
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
        QList<LineItem> credit;
        for (auto l : original->lines) {
            l.quantity = -l.quantity;
            credit.append(l);
        }
        if (auto r = invoicerows::writeLines(m_db, id, credit); !r)
            return r.error();
        if (original->orderId) {
            eventlog::Entry e{*original->orderId, by, EventKind::FieldChanged, QStringLiteral("invoice"), {}, {},
                              std::nullopt, std::nullopt, reason.trimmed(),
                              {{QStringLiteral("fact"), QStringLiteral("rectifying_drafted")},
                               {QStringLiteral("original"), original->number}}};
            if (auto logged = eventlog::append(m_db, e, now); !logged)
                return logged.error();
        }
        return true;
    });
    if (!done)
        return done.error();
    return InvoiceQueries(m_db).find(id);
}

Result<ChainCheck> InvoiceLedger::verifyChain() const
{
    ChainCheck check;
    auto ids = m_db.run(QStringLiteral("SELECT id, chain_index, previous_hash, hash, base_cents, vat_cents, total_cents "
                                       "FROM invoices WHERE chain_index IS NOT NULL ORDER BY chain_index"));
    if (!ids)
        return ids.error();
    const InvoiceQueries invoices(m_db);
    QString previous;
    qint64 expectedIndex = 1;
    while (ids->next()) {
        auto inv = invoices.find(ids->value(0).toLongLong());
        if (!inv)
            return inv.error();
        ++check.checked;
        // The stored totals must be what the lines add up to, and the hash what the record hashes to.
        const bool totalsMatch = ids->value(4).toLongLong() == inv->totals.base && ids->value(5).toLongLong() == inv->totals.vat &&
                                 ids->value(6).toLongLong() == inv->totals.total;
        const bool linked = inv->chainIndex == expectedIndex && inv->previousHash == previous;
        if (!totalsMatch || !linked || invoicing::computeHash(*inv) != inv->hash) {
            check.firstBroken = inv->number.isEmpty() ? tr("(record %1)").arg(inv->id) : inv->number;
            return check;
        }
        previous = inv->hash;
        ++expectedIndex;
    }
    return check;
}

} // namespace ordo
