#include "core/billing/InvoicePayments.h"

#include "core/common/Authorization.h"

#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace ordo {

Result<Invoice> InvoicePayments::record(Id invoiceId, Cents amount, qint64 paidAt, const QString &method, const QString &note,
                                        const Actor &by)
{
    if (auto allowed = authorize(by, Permission::RecordPayments); !allowed)
        return allowed.error();
    // Amounts are what changed hands, always positive: money received on an invoice, or given back
    // on a rectifying invoice that credits the customer (a refund).
    if (amount <= 0)
        return makeError(ErrorCode::Invalid, tr("The amount paid must be more than zero."));
    if (QDateTime::fromSecsSinceEpoch(paidAt).toLocalTime().date() > Clock::today())
        return makeError(ErrorCode::Invalid, tr("A payment cannot be dated on a day still to come (%1).")
                                                 .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(paidAt).toLocalTime().date(),
                                                                         QLocale::ShortFormat)));
    const QString methodKey = method.trimmed().isEmpty() ? QStringLiteral("transfer") : method.trimmed().toLower();
    if (!paymentMethods().contains(methodKey))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a way of paying Ordo knows: use one of %2.")
                                                 .arg(method, paymentMethods().join(QStringLiteral(", "))));

    std::optional<Id> orderId;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto inv = InvoiceQueries(m_db).find(invoiceId);
        if (!inv)
            return inv.error();
        if (inv->isDraft())
            return makeError(ErrorCode::Invalid, tr("Issue the invoice before recording payments against it."));
        const bool refund = inv->totals.total < 0;
        if (refund && inv->kind != InvoiceKind::Rectifying)
            return makeError(ErrorCode::Invalid, tr("Money is given back only against a rectifying invoice."));
        const Cents signedAmount = refund ? -amount : amount;
        if (refund ? inv->paid + signedAmount < inv->totals.total : inv->paid + signedAmount > inv->totals.total) {
            if (refund)
                return makeError(ErrorCode::Invalid, tr("That is more than what is to be refunded on %1 (%2 still to refund).")
                                                         .arg(inv->number, money::formatEuros(inv->paid - inv->totals.total)));
            return makeError(ErrorCode::Invalid, tr("That is more than what is owed on %1 (%2 still due).")
                                                     .arg(inv->number, money::formatEuros(inv->totals.total - inv->paid)));
        }
        const qint64 now = Clock::nowSecs();
        auto r = m_db.run(QStringLiteral("INSERT INTO payments (invoice_id, paid_at, amount_cents, method, note, created_at, created_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {invoiceId, paidAt, signedAmount, methodKey, note.trimmed(), now, by.name});
        if (!r)
            return r.error();
        m_db.notifier().announceInvoices();
        orderId = inv->orderId;
        if (!orderId)
            return true;
        m_db.notifier().announceOrder(*orderId);
        eventlog::Entry e{*orderId, by, EventKind::FieldChanged, QStringLiteral("payment"), {}, {}, std::nullopt,
                          std::nullopt, QString(),
                          {{QStringLiteral("fact"), QStringLiteral("payment_received")},
                           {QStringLiteral("method"), methodKey},
                           {QStringLiteral("amount"), signedAmount},
                           {QStringLiteral("invoice"), inv->number}}};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        return true;
    }, Database::Durability::Full);  // money received: on disk before it is shown
    if (!done)
        return done.error();
    return InvoiceQueries(m_db).find(invoiceId);
}

Result<QList<Payment>> InvoicePayments::list(Id invoiceId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, paid_at, amount_cents, method, note FROM payments WHERE invoice_id = ? ORDER BY paid_at, id"),
                      {invoiceId});
    if (!q)
        return q.error();
    QList<Payment> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                       q->value(4).toString()});
    return result;
}

} // namespace ordo
