#include "core/billing/InvoiceNumbering.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

namespace ordo::invoicing {

QString counterName(const QString &series, int year)
{
    return QStringLiteral("invoice:%1:%2").arg(series).arg(year);
}

QString formatNumber(const QString &series, int year, qint64 sequence)
{
    return QStringLiteral("%1%2-%3").arg(series).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<qint64> takeNumber(Database &db, const QString &series, int year)
{
    return Counters(db).take(series, year);
}

Counters::Counters(Database &db) : m_db(db), m_bump(db.connection())
{
    m_bump.setForwardOnly(true);
    m_prepared = m_bump.prepare(QStringLiteral("UPDATE sequences SET value = value + 1 WHERE name = ? RETURNING value"));
}

Result<qint64> Counters::take(const QString &series, int year)
{
    if (!m_prepared)
        return m_db.driverError(Database::tr("Could not prepare a database statement"), m_bump.lastError());
    const QString counter = counterName(series, year);
    m_bump.bindValue(0, counter);
    if (!m_bump.exec())
        return m_db.driverError(Database::tr("A database statement failed"), m_bump.lastError());
    const bool counted = m_bump.next();
    const qint64 value = counted ? m_bump.value(0).toLongLong() : 1;
    m_bump.finish();
    // The first number of a series and year: its counter starts.
    if (!counted)
        if (auto r = m_db.run(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, 1)"), {counter}); !r)
            return r.error();
    return value;
}

Result<ChainLink> chainTail(const Database &db)
{
    auto chain = db.run(QStringLiteral("SELECT chain_index, hash FROM invoices WHERE chain_index IS NOT NULL "
                                       "ORDER BY chain_index DESC LIMIT 1"));
    if (!chain)
        return chain.error();
    if (!chain->next())
        return ChainLink{};
    return ChainLink{chain->value(0).toLongLong(), chain->value(1).toString()};
}

ChainLink seal(Invoice &invoice, const ChainLink &previous)
{
    invoice.chainIndex = previous.index + 1;
    invoice.previousHash = previous.hash;
    invoice.hash = computeHash(invoice);
    return {invoice.chainIndex, invoice.hash};
}

QString computeHash(const Invoice &i)
{
    QStringList parts{i.number, toKey(i.kind), i.series, QString::number(i.issuedAt.value_or(0)), i.operationDate,
                      QString::number(i.dueAt.value_or(0)), i.issuerName, i.issuerTaxId, i.issuerAddress, i.customerName,
                      i.customerTaxId, i.customerAddress, i.rectifiesNumber, i.rectificationReason, i.notes};
    const bool v2 = i.hashVersion >= 2;
    for (const auto &l : i.lines) {
        QString line = QStringLiteral("%1|%2|%3|%4|%5").arg(l.description).arg(l.quantity).arg(l.unitPrice).arg(l.vatRate).arg(l.discount);
        if (v2)
            line += QLatin1Char('|') + l.taxCause;
        parts << line;
    }
    parts << QString::number(i.totals.base) << QString::number(i.totals.vat) << QString::number(i.totals.total)
          << QString::number(i.chainIndex) << i.previousHash;
    if (v2) {
        // Since version 2 the hash also covers whom and what the invoice is for, how it was issued,
        // the issuer's stored profile and the VAT breakdown as kept.
        parts << QString::number(i.customerId) << (i.orderId ? QString::number(*i.orderId) : QString())
              << (i.simplified ? QStringLiteral("simplified") : QStringLiteral("full")) << toKey(i.billing)
              << (i.kind == InvoiceKind::Rectifying ? toKey(i.rectificationMethod) : QString()) << i.language
              << i.issuerProfileId << i.issuedBy;
        for (const auto &b : i.totals.buckets)
            parts << QStringLiteral("vat|%1|%2|%3").arg(b.rate).arg(b.base).arg(b.vat);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<IssuedInvoice>> wholeInvoiceOf(const Database &db, Id orderId)
{
    auto q = db.run(QStringLiteral("SELECT id, number FROM invoices WHERE order_id = ? AND kind = 'standard' AND billing = 'whole' "
                                   "AND status <> 'draft'"),
                    {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IssuedInvoice>();
    return std::optional<IssuedInvoice>(IssuedInvoice{q->value(0).toLongLong(), q->value(1).toString()});
}

Error alreadyInvoiced(const QString &orderNumber, const QString &invoiceNumber)
{
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("ordo::InvoiceLedger",
                                                 "Order %1 is already invoiced (%2). To correct that invoice, rectify it; to "
                                                 "invoice another part of the job or an advance, say so.")
                         .arg(orderNumber, invoiceNumber));
}

Error cancelledOrder(const QString &orderNumber)
{
    return makeError(ErrorCode::Invalid, QCoreApplication::translate("ordo::InvoiceLedger",
                                                                     "Order %1 was cancelled: there is nothing to invoice.")
                                             .arg(orderNumber));
}

QString profileId(const QByteArray &printedJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(printedJson, QCryptographicHash::Sha256).toHex());
}

Result<QString> storeIssuerProfile(Database &db, const CompanyProfile &issuer, qint64 now)
{
    const QByteArray json = issuer.printedJson();
    const QString id = profileId(json);
    // Kept once per distinct content: a thousand invoices of the same company share one row.
    if (auto r = db.run(QStringLiteral("INSERT INTO issuer_profiles (id, data, created_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (id) DO NOTHING"),
                        {id, QString::fromUtf8(json), now});
        !r)
        return r.error();
    return id;
}

money::Totals totals(const QList<LineItem> &lines)
{
    QList<money::LineInput> in;
    in.reserve(lines.size());
    for (const auto &l : lines)
        in.append({l.quantity, l.unitPrice, l.vatRate, l.discount});
    return money::totals(in);
}

} // namespace ordo::invoicing
