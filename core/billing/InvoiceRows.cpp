#include "core/billing/InvoiceRows.h"

#include "core/billing/InvoiceNumbering.h"
#include "core/billing/TaxCauses.h"
#include "core/common/DocumentText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace ordo::invoicerows {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceRows)
};

const QString selectInvoice = QStringLiteral(
    "SELECT i.id, i.kind, i.status, i.series, coalesce(i.number, ''), i.order_id, coalesce(o.number, ''), i.customer_id, "
    "i.rectifies_id, coalesce(r.number, ''), i.rectification_reason, i.issued_at, i.operation_date, i.due_at, "
    "i.issuer_name, i.issuer_tax_id, i.issuer_address, i.customer_name, i.customer_tax_id, i.customer_address, i.notes, "
    "i.chain_index, i.previous_hash, i.hash, i.sent_at, i.version, c.name, c.tax_id, c.address, c.postcode, c.city, c.email, "
    "(SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id), "
    "i.base_cents, i.vat_cents, i.total_cents, i.issued_by, "
    "i.simplified, i.billing, i.rectification_method, i.language, c.language, i.issuer_profile, i.hash_version, "
    "r.issued_at, r.simplified, r.base_cents, r.vat_cents "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id LEFT JOIN work_orders o ON o.id = i.order_id "
    "LEFT JOIN invoices r ON r.id = i.rectifies_id ");

std::optional<qint64> optional64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// A draft shows the customer as they are now; issuing copies these into the invoice.
void liveCustomer(Invoice &i, const QSqlQuery &q)
{
    i.customerName = q.value(26).toString();
    i.customerTaxId = q.value(27).toString();
    QStringList address{q.value(28).toString()};
    const QString place = QStringLiteral("%1 %2").arg(q.value(29).toString(), q.value(30).toString()).trimmed();
    if (!place.isEmpty())
        address << place;
    address.removeAll(QString());
    i.customerAddress = address.join(QStringLiteral(", "));
}

Invoice fromRow(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString() == QLatin1String("rectifying") ? InvoiceKind::Rectifying : InvoiceKind::Standard;
    const QString status = q.value(2).toString();
    i.status = status == QLatin1String("sent") ? InvoiceStatus::Sent
             : status == QLatin1String("issued") ? InvoiceStatus::Issued
                                                  : InvoiceStatus::Draft;
    i.series = q.value(3).toString();
    i.number = q.value(4).toString();
    i.orderId = optional64(q.value(5));
    i.orderNumber = q.value(6).toString();
    i.customerId = q.value(7).toLongLong();
    i.rectifiesId = optional64(q.value(8));
    i.rectifiesNumber = q.value(9).toString();
    i.rectificationReason = q.value(10).toString();
    i.issuedAt = optional64(q.value(11));
    i.operationDate = q.value(12).toString();
    i.dueAt = optional64(q.value(13));
    i.issuerName = q.value(14).toString();
    i.issuerTaxId = q.value(15).toString();
    i.issuerAddress = q.value(16).toString();
    i.customerName = q.value(17).toString();
    i.customerTaxId = q.value(18).toString();
    i.customerAddress = q.value(19).toString();
    i.notes = q.value(20).toString();
    i.chainIndex = q.value(21).toLongLong();
    i.previousHash = q.value(22).toString();
    i.hash = q.value(23).toString();
    i.sentAt = optional64(q.value(24));
    i.version = q.value(25).toLongLong();
    if (i.isDraft())
        liveCustomer(i, q);
    i.customerEmail = q.value(31).toString();
    i.paid = q.value(32).toLongLong();
    if (!i.isDraft()) {
        // Totals stored at issue, so a list needs no lines; load() recomputes them from the lines.
        i.totals.base = q.value(33).toLongLong();
        i.totals.vat = q.value(34).toLongLong();
        i.totals.total = q.value(35).toLongLong();
    }
    i.issuedBy = q.value(36).toString();
    i.simplified = q.value(37).toInt() != 0;
    i.billing = billingFromKey(q.value(38).toString());
    i.rectificationMethod = q.value(39).toString() == QLatin1String("S") ? RectificationMethod::Substitution
                                                                           : RectificationMethod::Difference;
    // A draft speaks its customer's language; an issued invoice the one it was issued in.
    i.language = DocumentText::normalize(i.isDraft() || q.value(40).toString().isEmpty() ? q.value(41).toString()
                                                                                        : q.value(40).toString());
    i.issuerProfileId = q.value(42).toString();
    i.hashVersion = q.value(43).toInt();
    i.rectifiesIssuedAt = optional64(q.value(44));
    i.rectifiesSimplified = q.value(45).toInt() != 0;
    i.rectifiesBase = q.value(46).toLongLong();
    i.rectifiesVat = q.value(47).toLongLong();
    return i;
}

} // namespace

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

Result<Invoice> load(Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.run(selectInvoice + where, values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Text::tr("There is no such invoice."));
    Invoice i = fromRow(*q);
    auto lines = db.run(QStringLiteral("SELECT id, position, description, quantity, unit_price, vat_rate, discount, tax_cause "
                                       "FROM invoice_lines WHERE invoice_id = ? ORDER BY position"),
                        {i.id});
    if (!lines)
        return lines.error();
    while (lines->next())
        i.lines.append({lines->value(0).toLongLong(), lines->value(1).toInt(), lines->value(2).toString(),
                        lines->value(3).toLongLong(), lines->value(4).toLongLong(), lines->value(5).toInt(),
                        lines->value(6).toInt(), lines->value(7).toString()});
    i.totals = invoicing::totals(i.lines);
    if (!i.isDraft()) {
        auto vat = db.run(QStringLiteral("SELECT rate, base_cents, vat_cents FROM invoice_vat WHERE invoice_id = ? ORDER BY rate DESC"),
                          {i.id});
        if (!vat)
            return vat.error();
        while (vat->next())
            i.storedVat.append({vat->value(0).toInt(), vat->value(1).toLongLong(), vat->value(2).toLongLong()});
    }
    if (!i.issuerProfileId.isEmpty()) {
        auto profile = db.run(QStringLiteral("SELECT data FROM issuer_profiles WHERE id = ?"), {i.issuerProfileId});
        if (!profile)
            return profile.error();
        if (profile->next())
            i.issuerProfile = CompanyProfile::fromPrintedJson(profile->value(0).toByteArray());
    }
    return i;
}

namespace {

Result<QList<Invoice>> selectRows(Database &db, const QStringList &where, QVariantList values, const QString &tail);

} // namespace

Result<QList<Invoice>> list(Database &db, const QStringList &where, QVariantList values, int limit, int offset)
{
    values << limit << offset;
    return selectRows(db, where, values,
                  QStringLiteral(" ORDER BY CASE WHEN i.status = 'draft' THEN 0 ELSE 1 END, i.chain_index DESC, i.id DESC LIMIT ? OFFSET ?"));
}

Result<QList<Invoice>> listOrdered(Database &db, const QStringList &where, QVariantList values, const QString &orderBy, int limit)
{
    values << limit;
    return selectRows(db, where, values, QStringLiteral(" ORDER BY %1 LIMIT ?").arg(orderBy));
}

namespace {

Result<QList<Invoice>> selectRows(Database &db, const QStringList &where, QVariantList values, const QString &tail)
{
    QString sql = selectInvoice + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    sql += tail;
    auto q = db.run(sql, values);
    if (!q)
        return q.error();
    QList<Invoice> result;
    while (q->next())
        result.append(fromRow(*q));
    q->finish();
    // The VAT breakdown of the page: stored at issue for issued invoices, from the lines for the few
    // drafts; a query per 500 invoices, not one per invoice.
    QHash<Id, qsizetype> at;
    for (qsizetype i = 0; i < result.size(); ++i)
        at.insert(result[i].id, i);
    for (qsizetype from = 0; from < result.size(); from += 500) {
        QStringList marks;
        QVariantList ids;
        for (qsizetype i = from; i < std::min(result.size(), from + 500); ++i) {
            marks << QStringLiteral("?");
            ids << result[i].id;
        }
        const QString in = marks.join(QLatin1Char(','));
        auto vat = db.run(QStringLiteral("SELECT invoice_id, rate, base_cents, vat_cents FROM invoice_vat WHERE invoice_id IN (%1) "
                                         "ORDER BY invoice_id, rate DESC").arg(in), ids);
        if (!vat)
            return vat.error();
        while (vat->next())
            result[at.value(vat->value(0).toLongLong())].totals.buckets.append(
                {vat->value(1).toInt(), vat->value(2).toLongLong(), vat->value(3).toLongLong()});
        auto lines = db.run(QStringLiteral("SELECT l.invoice_id, l.quantity, l.unit_price, l.vat_rate, l.discount FROM invoice_lines l "
                                           "JOIN invoices i ON i.id = l.invoice_id WHERE i.status = 'draft' AND l.invoice_id IN (%1) "
                                           "ORDER BY l.invoice_id, l.position").arg(in), ids);
        if (!lines)
            return lines.error();
        QHash<Id, QList<money::LineInput>> draftLines;
        while (lines->next())
            draftLines[lines->value(0).toLongLong()].append({lines->value(1).toLongLong(), lines->value(2).toLongLong(),
                                                             lines->value(3).toInt(), lines->value(4).toInt()});
        for (auto it = draftLines.cbegin(); it != draftLines.cend(); ++it)
            result[at.value(it.key())].totals = money::totals(it.value());
    }
    return result;
}

} // namespace

Result<void> writeLines(Database &db, Id invoiceId, const QList<LineItem> &lines)
{
    int position = 0;
    for (const auto &l : lines) {
        if (l.description.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, Text::tr("Every line of the invoice needs a description."));
        if (l.vatRate < 0 || l.vatRate > 10000 || l.discount < 0 || l.discount > 10000)
            return makeError(ErrorCode::Invalid, Text::tr("“%1”: VAT and discount must be between 0 % and 100 %.").arg(l.description));
        if (!taxcause::isValid(l.taxCause))
            return makeError(ErrorCode::Invalid, Text::tr("“%1”: unknown reason for the VAT (%2).").arg(l.description, l.taxCause));
        if (taxcause::needsZeroRate(l.taxCause) && l.vatRate != 0)
            return makeError(ErrorCode::Invalid, Text::tr("“%1” is %2: its VAT rate must be 0 %.")
                                                     .arg(l.description, taxcause::displayName(l.taxCause)));
        auto r = db.run(QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, "
                                       "vat_rate, discount, tax_cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {invoiceId, position++, l.description.trimmed(), l.quantity, l.unitPrice, l.vatRate, l.discount,
                         l.taxCause});
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace ordo::invoicerows
