#include "core/billing/InvoiceNumbering.h"

#include "core/storage/Database.h"

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
    for (const auto &l : i.lines)
        parts << QStringLiteral("%1|%2|%3|%4|%5").arg(l.description).arg(l.quantity).arg(l.unitPrice).arg(l.vatRate).arg(l.discount);
    parts << QString::number(i.totals.base) << QString::number(i.totals.vat) << QString::number(i.totals.total)
          << QString::number(i.chainIndex) << i.previousHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
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
