#include "core/billing/InvoiceQueries.h"

#include "core/billing/InvoiceRows.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace ordo {

Result<Invoice> InvoiceQueries::find(Id invoiceId) const
{
    return invoicerows::load(m_db, QStringLiteral("WHERE i.id = ?"), {invoiceId});
}

Result<Invoice> InvoiceQueries::findByNumber(const QString &number) const
{
    auto found = invoicerows::load(m_db, QStringLiteral("WHERE i.number = ?"), {number.trimmed().toUpper()});
    if (!found && found.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, tr("There is no invoice %1.").arg(number.trimmed()));
    return found;
}

Result<QList<Invoice>> InvoiceQueries::list(const InvoiceFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.status) {
        where << QStringLiteral("i.status = ?");
        values << toKey(*f.status);
    }
    if (f.customerId) {
        where << QStringLiteral("i.customer_id = ?");
        values << *f.customerId;
    }
    if (f.orderId) {
        where << QStringLiteral("i.order_id = ?");
        values << *f.orderId;
    }
    if (f.unpaidOnly)
        where << QStringLiteral("i.status <> 'draft' AND i.total_cents > (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p "
                                "WHERE p.invoice_id = i.id)");
    return invoicerows::list(m_db, where, values, f.limit, f.offset);
}

Result<std::optional<Invoice>> InvoiceQueries::latestForOrder(Id orderId) const
{
    auto id = m_db.run(QStringLiteral("SELECT id FROM invoices WHERE order_id = ? AND kind = 'standard' ORDER BY id DESC LIMIT 1"),
                       {orderId});
    if (!id)
        return id.error();
    if (!id->next())
        return std::optional<Invoice>();
    auto found = find(id->value(0).toLongLong());
    if (!found)
        return found.error();
    return std::optional<Invoice>(*found);
}

} // namespace ordo
