#include "core/billing/InvoiceLedger.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/InvoiceRows.h"
#include "core/billing/TaxCauses.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"

#include <QCryptographicHash>
#include <QHash>
#include <QDateTime>
#include <QSet>

#include <array>
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
    const money::Totals totals = invoicing::totals(inv.lines);
    if (inv.kind == InvoiceKind::Standard && totals.total < 0)
        return makeError(ErrorCode::Invalid, tr("An invoice cannot total less than zero. To give money back, rectify the "
                                                "invoice that charged it."));
    if (inv.simplified) {
        // Art. 4: a simplified invoice up to the limit; art. 7: no customer data needed.
        if (inv.kind == InvoiceKind::Standard && totals.total > issuer.simplifiedLimit)
            return makeError(ErrorCode::Invalid, tr("A simplified invoice may total at most %1 (this one: %2). Issue a full "
                                                    "invoice with the customer's tax ID and address.")
                                                     .arg(money::formatEuros(issuer.simplifiedLimit),
                                                          money::formatEuros(totals.total)));
    } else {
        QStringList customerMissing;
        if (inv.customerTaxId.trimmed().isEmpty())
            customerMissing << tr("tax ID (NIF)");
        if (inv.customerAddress.trimmed().isEmpty())
            customerMissing << tr("address");
        if (!customerMissing.isEmpty()) {
            QString message = tr("%1 has no %2: add it to the customer before issuing the invoice.")
                                  .arg(inv.customerName, QLocale().createSeparatedList(customerMissing));
            if (inv.kind == InvoiceKind::Standard && totals.total <= issuer.simplifiedLimit)
                message += QLatin1Char(' ') + tr("Or issue it as a simplified invoice (up to %1), which needs neither.")
                                                  .arg(money::formatEuros(issuer.simplifiedLimit));
            return makeError(ErrorCode::Invalid, message);
        }
    }
    if (inv.kind == InvoiceKind::Rectifying && inv.rectificationReason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A rectifying invoice needs the reason for the correction."));
    return {};
}

Result<void> InvoiceLedger::checkOrderInvoicing(const Invoice &inv) const
{
    if (inv.kind != InvoiceKind::Standard || !inv.orderId)
        return {};
    auto order = m_db.run(QStringLiteral("SELECT o.number, s.kind FROM work_orders o JOIN steps s ON s.id = o.step_id WHERE o.id = ?"),
                          {*inv.orderId});
    if (!order)
        return order.error();
    if (order->next() && order->value(1).toString() == QLatin1String("cancelled"))
        return invoicing::cancelledOrder(order->value(0).toString());
    if (inv.billing != InvoiceBilling::Whole)
        return {};
    auto issued = invoicing::wholeInvoiceOf(m_db, *inv.orderId);
    if (!issued)
        return issued.error();
    if (*issued)
        return invoicing::alreadyInvoiced(inv.orderNumber, (*issued)->number);
    return {};
}

Result<Cents> InvoiceLedger::remainingOf(Id originalId) const
{
    auto original = m_db.scalar(QStringLiteral("SELECT total_cents FROM invoices WHERE id = ? AND status <> 'draft'"), {originalId});
    if (!original)
        return original.error();
    Cents remaining = original->toLongLong();
    // In issue order: a substitution replaces what the invoice amounts to, a difference adds to it.
    auto q = m_db.run(QStringLiteral("SELECT rectification_method, total_cents FROM invoices WHERE rectifies_id = ? "
                                     "AND status <> 'draft' ORDER BY chain_index"),
                      {originalId});
    if (!q)
        return q.error();
    while (q->next())
        remaining = q->value(0).toString() == QLatin1String("S") ? q->value(1).toLongLong() : remaining + q->value(1).toLongLong();
    return remaining;
}

Result<void> InvoiceLedger::checkRectification(const Invoice &inv) const
{
    if (inv.kind != InvoiceKind::Rectifying || !inv.rectifiesId)
        return {};
    auto remaining = remainingOf(*inv.rectifiesId);
    if (!remaining)
        return remaining.error();
    const Cents total = invoicing::totals(inv.lines).total;
    const Cents after = inv.rectificationMethod == RectificationMethod::Substitution ? total : *remaining + total;
    if (after < 0) {
        if (*remaining == 0)
            return makeError(ErrorCode::Invalid, tr("Invoice %1 has already been rectified down to zero: there is nothing "
                                                    "left to credit.").arg(inv.rectifiesNumber));
        return makeError(ErrorCode::Invalid, tr("This would credit %1, more than what remains of invoice %2 (%3).")
                                                 .arg(money::formatEuros(-total), inv.rectifiesNumber,
                                                      money::formatEuros(*remaining)));
    }
    return {};
}

Result<void> InvoiceLedger::writeIssued(const Invoice &inv, int year, qint64 sequence, qint64 expectedVersion)
{
    const VersionedUpdate update{
        "invoices", inv.id, expectedVersion,
        {{"status", QStringLiteral("issued")}, {"series", inv.series}, {"year", year}, {"sequence", sequence},
         {"number", inv.number}, {"issued_at", *inv.issuedAt}, {"due_at", *inv.dueAt}, {"issuer_name", inv.issuerName},
         {"issuer_tax_id", inv.issuerTaxId}, {"issuer_address", inv.issuerAddress}, {"customer_name", inv.customerName},
         {"customer_tax_id", inv.customerTaxId}, {"customer_address", inv.customerAddress}, {"base_cents", inv.totals.base},
         {"vat_cents", inv.totals.vat}, {"total_cents", inv.totals.total}, {"chain_index", inv.chainIndex},
         {"previous_hash", inv.previousHash}, {"hash", inv.hash}, {"updated_at", *inv.issuedAt}, {"issued_by", inv.issuedBy},
         {"operation_date", inv.operationDate}, {"language", inv.language}, {"issuer_profile", inv.issuerProfileId},
         {"hash_version", inv.hashVersion}},
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
        if (auto ok = checkOrderInvoicing(inv); !ok)
            return ok.error();
        if (auto ok = checkRectification(inv); !ok)
            return ok.error();

        // The number comes from the counter of the series and year, in this same transaction:
        // if anything below fails, the counter goes back too and no number is lost.
        const QDateTime now = Clock::now();
        const QDate issueDate = now.toLocalTime().date();
        const int year = issueDate.year();
        const QString series = inv.kind == InvoiceKind::Rectifying ? issuer.rectifyingSeries
                             : inv.simplified                      ? issuer.simplifiedSeries
                                                                   : issuer.series;
        auto sequence = invoicing::takeNumber(m_db, series, year);
        if (!sequence)
            return sequence.error();
        auto tail = invoicing::chainTail(m_db);
        if (!tail)
            return tail.error();
        auto profile = invoicing::storeIssuerProfile(m_db, issuer, now.toSecsSinceEpoch());
        if (!profile)
            return profile.error();
        inv.series = series;
        inv.number = invoicing::formatNumber(series, year, *sequence);
        inv.issuedAt = now.toSecsSinceEpoch();
        inv.dueAt = *inv.issuedAt + static_cast<qint64>(issuer.paymentDays) * 86400;
        inv.issuerName = issuer.legalName.trimmed();
        inv.issuerTaxId = issuer.taxId.trimmed();
        inv.issuerAddress = issuer.fullAddress();
        inv.issuerProfileId = *profile;
        inv.issuedBy = by.name;
        inv.hashVersion = 2;
        // The operation date is printed when it is not the issue date (art. 6.1.g).
        if (QDate::fromString(inv.operationDate, Qt::ISODate) == issueDate)
            inv.operationDate.clear();
        inv.totals = invoicing::totals(inv.lines);
        invoicing::seal(inv, *tail);
        if (auto written = writeIssued(inv, year, *sequence, expectedVersion); !written)
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
    return createRectifying(originalId, Rectification{reason, RectificationMethod::Difference, {}, std::nullopt}, by);
}

Result<Invoice> InvoiceLedger::createRectifying(Id originalId, const Rectification &how, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    const QString reason = how.reason.trimmed();
    if (reason.isEmpty())
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
        QList<LineItem> lines;
        if (how.method == RectificationMethod::Substitution) {
            lines = original->lines;  // the corrected invoice, edited before it is issued
        } else if (how.amount) {
            if (*how.amount <= 0)
                return makeError(ErrorCode::Invalid, tr("The amount to credit must be more than zero."));
            if (original->totals.buckets.size() != 1)
                return makeError(ErrorCode::Invalid, tr("%1 has lines at several VAT rates: choose the lines to credit "
                                                        "instead of an amount.").arg(original->number));
            LineItem credit;
            credit.description = tr("Reduction on invoice %1").arg(original->number);
            credit.quantity = -1000;
            credit.unitPrice = *how.amount;
            credit.vatRate = original->totals.buckets.first().rate;
            credit.taxCause = original->lines.first().taxCause;
            lines = {credit};
        } else {
            for (auto l : original->lines) {
                if (!how.lines.isEmpty() && !how.lines.contains(l.position))
                    continue;
                l.quantity = -l.quantity;
                lines.append(l);
            }
            if (lines.isEmpty())
                return makeError(ErrorCode::Invalid, tr("Choose at least one line of %1 to credit.").arg(original->number));
        }
        auto remaining = remainingOf(originalId);
        if (!remaining)
            return remaining.error();
        if (how.method == RectificationMethod::Difference && *remaining + invoicing::totals(lines).total < 0) {
            if (*remaining == 0)
                return makeError(ErrorCode::Invalid, tr("Invoice %1 has already been rectified down to zero: there is "
                                                        "nothing left to credit.").arg(original->number));
            return makeError(ErrorCode::Invalid, tr("This would credit %1, more than what remains of invoice %2 (%3).")
                                                     .arg(money::formatEuros(-invoicing::totals(lines).total), original->number,
                                                          money::formatEuros(*remaining)));
        }
        const qint64 now = Clock::nowSecs();
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, order_id, customer_id, rectifies_id, "
                                                   "rectification_reason, created_at, updated_at, rectification_method, simplified, "
                                                   "billing, operation_date) "
                                                   "VALUES ('rectifying', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                    {CompanyProfiles(m_db).load().rectifyingSeries, invoicerows::nullable(original->orderId),
                                     original->customerId, originalId, reason, now, now, toKey(how.method),
                                     original->simplified ? 1 : 0, toKey(original->billing), original->operationDate});
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
        if (auto r = invoicerows::writeLines(m_db, id, lines); !r)
            return r.error();
        if (original->orderId) {
            eventlog::Entry e{*original->orderId, by, EventKind::FieldChanged, QStringLiteral("invoice"), {}, {},
                              std::nullopt, std::nullopt, reason,
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

Result<ChainAnchor> InvoiceLedger::chainEnd() const
{
    auto q = m_db.run(QStringLiteral("SELECT number, hash FROM invoices WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return ChainAnchor{};
    return ChainAnchor{q->value(0).toString(), q->value(1).toString(), {}};
}

Result<ChainAnchor> InvoiceLedger::recordAnchor(const QString &source)
{
    return withTransaction(m_db, [&]() -> Result<ChainAnchor> {
        auto q = m_db.run(QStringLiteral("SELECT chain_index, number, hash FROM invoices WHERE chain_index IS NOT NULL "
                                         "ORDER BY chain_index DESC LIMIT 1"));
        if (!q)
            return q.error();
        if (!q->next())
            return ChainAnchor{};
        ChainAnchor anchor{q->value(1).toString(), q->value(2).toString(), source};
        const qint64 index = q->value(0).toLongLong();
        q->finish();
        if (auto r = m_db.run(QStringLiteral("INSERT INTO chain_anchors (at, chain_index, invoice_number, hash, source) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {Clock::nowSecs(), index, anchor.number, anchor.hash, source});
            !r)
            return r.error();
        return anchor;
    });
}

Result<ChainCheck> InvoiceLedger::verifyChain(const QList<ChainAnchor> &givenAnchors) const
{
    ChainCheck check;
    auto broken = [&](const QString &number, const QString &problem) {
        if (check.firstBroken.isEmpty())
            check.firstBroken = number;
        check.problems << problem;
    };

    // 1. The numbering: every number from 1 to each counter's value is an issued invoice.
    auto counters = m_db.run(QStringLiteral("SELECT name, value FROM sequences WHERE name LIKE 'invoice:%' ORDER BY name"));
    if (!counters)
        return counters.error();
    QList<QPair<QString, qint64>> series;
    while (counters->next())
        series.append({counters->value(0).toString(), counters->value(1).toLongLong()});
    for (const auto &[name, value] : series) {
        const QString code = name.section(QLatin1Char(':'), 1, 1);
        const int year = name.section(QLatin1Char(':'), 2, 2).toInt();
        auto numbers = m_db.run(QStringLiteral("SELECT sequence FROM invoices WHERE series = ? AND year = ? AND sequence IS NOT NULL"),
                                {code, year});
        if (!numbers)
            return numbers.error();
        QSet<qint64> present;
        while (numbers->next())
            present.insert(numbers->value(0).toLongLong());
        for (qint64 n = 1; n <= value; ++n)
            if (!present.contains(n)) {
                const QString number = invoicing::formatNumber(code, year, n);
                broken(number, tr("Invoice %1 is missing: its number was given, and the invoice is no longer there.").arg(number));
            }
        for (qint64 n : present)
            if (n > value) {
                const QString number = invoicing::formatNumber(code, year, n);
                broken(number, tr("Invoice %1 has a number its series never gave.").arg(number));
            }
    }

    // 2. The chain, each invoice's totals and stored VAT breakdown, its issuer profile.
    auto rows = m_db.run(QStringLiteral("SELECT id, base_cents, vat_cents, total_cents FROM invoices WHERE chain_index IS NOT NULL "
                                        "ORDER BY chain_index"));
    if (!rows)
        return rows.error();
    QList<std::array<qint64, 4>> stored;
    while (rows->next())
        stored.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                       rows->value(3).toLongLong()});
    const InvoiceQueries invoices(m_db);
    QString previous;
    qint64 expectedIndex = 1;
    QHash<qint64, QPair<QString, QString>> byIndex;   // chain index → number, hash
    QSet<QString> soundProfiles;
    for (const auto &row : stored) {
        auto inv = invoices.find(row[0]);
        if (!inv)
            return inv.error();
        ++check.checked;
        const QString number = inv->number.isEmpty() ? tr("(record %1)").arg(inv->id) : inv->number;
        byIndex.insert(inv->chainIndex, {inv->number, inv->hash});
        if (inv->chainIndex != expectedIndex) {
            // Something was taken out before this one: said once, not as "altered".
            broken(number, tr("The chain has a hole before %1: %n invoice(s) taken out.", nullptr,
                              static_cast<int>(inv->chainIndex - expectedIndex)).arg(number));
            previous = inv->previousHash;
        } else if (inv->previousHash != previous) {
            broken(number, tr("%1 does not follow the invoice before it in the chain.").arg(number));
        }
        const bool totalsMatch = row[1] == inv->totals.base && row[2] == inv->totals.vat && row[3] == inv->totals.total;
        bool vatMatch = inv->storedVat.size() == inv->totals.buckets.size();
        for (int b = 0; vatMatch && b < inv->storedVat.size(); ++b)
            vatMatch = inv->storedVat[b].rate == inv->totals.buckets[b].rate && inv->storedVat[b].base == inv->totals.buckets[b].base &&
                       inv->storedVat[b].vat == inv->totals.buckets[b].vat;
        if (!totalsMatch || !vatMatch || invoicing::computeHash(*inv) != inv->hash)
            broken(number, tr("%1 was altered after it was issued.").arg(number));
        // Each stored profile is checked once (a thousand invoices share one), on the bytes as stored.
        if (!inv->issuerProfileId.isEmpty() && !soundProfiles.contains(inv->issuerProfileId)) {
            auto data = m_db.scalar(QStringLiteral("SELECT data FROM issuer_profiles WHERE id = ?"), {inv->issuerProfileId});
            const bool sound = data && !data->isNull() && invoicing::profileId(data->toString().toUtf8()) == inv->issuerProfileId;
            if (!sound)
                broken(number, tr("The company data printed on %1 was altered after it was issued.").arg(number));
            else
                soundProfiles.insert(inv->issuerProfileId);
        }
        check.lastNumber = inv->number;
        check.lastHash = inv->hash;
        previous = inv->hash;
        expectedIndex = inv->chainIndex + 1;
    }

    // 3. The VERI*FACTU records say the same number, date and amounts as the invoices.
    auto records = m_db.run(QStringLiteral(
        "SELECT r.invoice_number, r.amount_total, r.quota_total, i.number, i.total_cents, i.vat_cents FROM verifactu_records r "
        "LEFT JOIN invoices i ON i.id = r.invoice_id WHERE r.kind = 'alta'"));
    if (!records)
        return records.error();
    while (records->next()) {
        const QString number = records->value(0).toString();
        if (records->value(3).toString() != number ||
            verifactu::amount(records->value(4).toLongLong()) != records->value(1).toString() ||
            verifactu::amount(records->value(5).toLongLong()) != records->value(2).toString())
            broken(number, tr("%1 no longer matches its VERI*FACTU record.").arg(number));
    }

    // 4. The VERI*FACTU chain of each issuer: numbered without holes, each record after the one
    // before it, each Huella what its fields hash to.
    auto chain = m_db.run(QStringLiteral(
        "SELECT issuer_nif, chain_index, kind, invoice_number, issue_date, invoice_type, quota_total, amount_total, "
        "previous_huella, generated_at, huella FROM verifactu_records ORDER BY issuer_nif, chain_index"));
    if (!chain)
        return chain.error();
    QString issuer, previousHuella;
    qint64 expectedRecord = 1;
    while (chain->next()) {
        if (chain->value(0).toString() != issuer) {
            issuer = chain->value(0).toString();
            previousHuella.clear();
            expectedRecord = 1;
        }
        const qint64 index = chain->value(1).toLongLong();
        const QString number = chain->value(3).toString();
        const auto kind = chain->value(2).toString() == QLatin1String("anulacion") ? verifactu::RecordKind::Anulacion
                                                                                   : verifactu::RecordKind::Alta;
        const QString huella = chain->value(10).toString();
        if (index != expectedRecord)
            broken(number, tr("The VERI*FACTU chain of %1 has a hole before record %2 (%3).").arg(issuer).arg(index).arg(number));
        else if (chain->value(8).toString() != previousHuella)
            broken(number, tr("The VERI*FACTU record %1 of %2 (%3) does not follow the record before it.").arg(index).arg(issuer, number));
        const QString input = verifactu::huellaInput(kind, issuer, number, chain->value(4).toString(), chain->value(5).toString(),
                                                     chain->value(6).toString(), chain->value(7).toString(),
                                                     chain->value(8).toString(), chain->value(9).toString());
        if (verifactu::sha256Hex(input) != huella)
            broken(number, tr("The VERI*FACTU record %1 of %2 (%3) was altered: its Huella does not match.").arg(index).arg(issuer, number));
        previousHuella = huella;
        expectedRecord = index + 1;
    }

    // 5. The anchors: recorded here after backups, and given (printed reports, backup files).
    QList<QPair<qint64, ChainAnchor>> anchors;
    auto recorded = m_db.run(QStringLiteral("SELECT chain_index, invoice_number, hash, source, at FROM chain_anchors ORDER BY id"));
    if (!recorded)
        return recorded.error();
    while (recorded->next())
        anchors.append({recorded->value(0).toLongLong(),
                        {recorded->value(1).toString(), recorded->value(2).toString(),
                         tr("%1 of %2").arg(recorded->value(3).toString(),
                                            QLocale().toString(QDateTime::fromSecsSinceEpoch(recorded->value(4).toLongLong())
                                                                   .toLocalTime(), QLocale::ShortFormat))}});
    for (const auto &given : givenAnchors)
        anchors.append({-1, given});
    for (const auto &[index, anchor] : anchors) {
        QString hashNow;
        bool found = false;
        for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it)
            if (it->first == anchor.number && (index < 0 || it.key() == index)) {
                hashNow = it->second;
                found = true;
            }
        const QString wanted = anchor.hash.trimmed().toLower();
        if (!found || wanted.size() < 12 || !hashNow.startsWith(wanted))
            broken(anchor.number, tr("The chain no longer matches what was recorded (%1): %2 had the hash %3.")
                                      .arg(anchor.source, anchor.number, wanted.left(16)));
    }
    return check;
}

} // namespace ordo
