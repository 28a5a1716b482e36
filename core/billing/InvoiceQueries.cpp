#include "core/billing/InvoiceQueries.h"

#include "core/billing/InvoiceRows.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"

#include <QRegularExpression>
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
    auto any = conditions(f, where, values);
    if (!any)
        return any.error();
    if (!*any)
        return QList<Invoice>{};
    return invoicerows::list(m_db, where, values, f.limit, f.offset);
}

Result<QList<Invoice>> InvoiceQueries::page(const InvoiceFilter &f, const std::optional<InvoicePageEnd> &end) const
{
    QStringList where;
    QVariantList values;
    auto any = conditions(f, where, values);
    if (!any)
        return any.error();
    if (!*any || f.limit <= 0)
        return QList<Invoice>{};
    QList<Invoice> rows;
    // Drafts first (few), newest first, through the index on the status.
    if (!end || end->draft) {
        QStringList drafts = where;
        QVariantList draftValues = values;
        drafts << QStringLiteral("i.status = 'draft'");
        if (end) {
            drafts << QStringLiteral("i.id < ?");
            draftValues << end->id;
        }
        auto page = invoicerows::listOrdered(m_db, drafts, draftValues, QStringLiteral("i.id DESC"), f.limit);
        if (!page)
            return page.error();
        rows = *page;
    }
    // Then issued ones, walking the chain's unique index backwards from where the last page ended.
    if (rows.size() < f.limit && f.status != InvoiceStatus::Draft) {
        QStringList issued = where;
        QVariantList issuedValues = values;
        issued << QStringLiteral("i.status <> 'draft'");
        if (end && !end->draft) {
            issued << QStringLiteral("i.chain_index < ?");
            issuedValues << end->chainIndex;
        }
        auto page = invoicerows::listOrdered(m_db, issued, issuedValues, QStringLiteral("i.chain_index DESC"),
                                             f.limit - static_cast<int>(rows.size()));
        if (!page)
            return page.error();
        rows += *page;
    }
    return rows;
}

Result<bool> InvoiceQueries::conditions(const InvoiceFilter &f, QStringList &where, QVariantList &values) const
{
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
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        // Each alternative reads an index: the number's (unique), the customer's, the total's.
        QStringList any;
        if (auto cents = searchedAmount(text)) {
            any << QStringLiteral("i.total_cents = ?") << QStringLiteral("i.total_cents = ?");
            values << *cents << -*cents;  // a credit note of that amount too
        }
        static const QRegularExpression numberLike(QStringLiteral("^[A-Za-z]*\\d[\\d-]*$"));
        if (numberLike.match(text).hasMatch()) {
            // A number's start, with or without its series: "2026-00" is F2026-00…, R2026-00…
            QStringList prefixes{text.toUpper()};
            if (text.front().isDigit()) {
                auto series = m_db.run(QStringLiteral("SELECT name FROM sequences WHERE name >= 'invoice:' AND name < 'invoice;'"));
                if (!series)
                    return series.error();
                while (series->next()) {
                    const QString s = series->value(0).toString().section(QLatin1Char(':'), 1, 1);
                    if (!s.isEmpty() && !prefixes.contains(s + text))
                        prefixes << s + text;
                }
            }
            for (const QString &prefix : prefixes) {
                any << QStringLiteral("(i.number >= ? AND i.number < ?)");
                values << prefix << prefix + QChar(0xFFFF);
            }
        }
        // Words of a name or a phone; not for what can only be an amount or a number ("1.234,56", "2026-00").
        const bool onlyAmountOrNumber = text.contains(QLatin1Char('-')) || text.contains(QLatin1Char(',')) ||
                                        text.contains(QLatin1Char('.'));
        auto customers = onlyAmountOrNumber && (any.size() > 0) ? Result<QList<Id>>(QList<Id>{})
                                                                : search::customers(m_db, text, 200);
        if (!customers)
            return customers.error();
        if (!customers->isEmpty()) {
            QStringList marks;
            for (Id id : *customers) {
                marks << QStringLiteral("?");
                values << id;
            }
            any << QStringLiteral("i.customer_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        if (any.isEmpty())
            return false;
        where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    return true;
}

std::optional<Cents> InvoiceQueries::searchedAmount(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.endsWith(QChar(0x20AC)))  // €
        text = text.chopped(1).trimmed();
    static const QRegularExpression amount(QStringLiteral("^\\d[\\d.,]*$"));
    if (!amount.match(text).hasMatch())
        return std::nullopt;
    // The last separator followed by one or two digits is the decimal one; any other is a thousands'.
    const qsizetype lastSep = std::max(text.lastIndexOf(QLatin1Char(',')), text.lastIndexOf(QLatin1Char('.')));
    QString whole = text, fraction;
    if (lastSep >= 0 && text.size() - lastSep - 1 <= 2 && text.size() - lastSep - 1 >= 1) {
        whole = text.left(lastSep);
        fraction = text.mid(lastSep + 1);
    } else if (lastSep == text.size() - 1) {
        return std::nullopt;
    }
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (whole.isEmpty() || whole.size() > 12)
        return std::nullopt;
    bool ok = false;
    const qint64 euros = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 cents = fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong());
    return euros * 100 + cents;
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
