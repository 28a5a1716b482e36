#include "core/billing/InvoiceDrafts.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/InvoiceRows.h"
#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ordo {

namespace {

QString thisDraft()
{
    //: The subject of "%1 was changed by someone else meanwhile…"
    return InvoiceDrafts::tr("This draft");
}

} // namespace

Result<QString> InvoiceDrafts::workCompletedOn(Id orderId) const
{
    // Entering the step whose handler drafts the invoice is "the work is done" in every map; an order
    // invoiced from elsewhere takes the end of its last visit that has ended.
    auto q = m_db.run(QStringLiteral(
        "SELECT coalesce((SELECT max(e.at) FROM order_events e JOIN steps s ON s.id = e.to_step_id "
        "                 WHERE e.order_id = ? AND s.handler = 'create_invoice'), "
        "                (SELECT max(a.ends_at) FROM appointments a WHERE a.order_id = ? AND a.status <> 'cancelled' "
        "                 AND a.ends_at <= ?))"),
        {orderId, orderId, Clock::nowSecs()});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QString();
    return QDateTime::fromSecsSinceEpoch(q->value(0).toLongLong()).toLocalTime().date().toString(Qt::ISODate);
}

Result<Invoice> InvoiceDrafts::createFromOrder(Id orderId, const Actor &by, InvoiceBilling billing)
{
    if (auto allowed = authorize(by, Permission::DraftInvoices); !allowed)
        return allowed.error();
    Id invoiceId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        WorkOrderService orders(m_db);
        auto order = orders.find(orderId);
        if (!order)
            return order.error();
        if (order->stepKind == StepKind::Cancelled)
            return invoicing::cancelledOrder(order->number);
        auto existing = m_db.run(QStringLiteral("SELECT id FROM invoices WHERE order_id = ? AND status = 'draft' AND kind = 'standard' "
                                                "ORDER BY id DESC LIMIT 1"),
                                 {orderId});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            invoiceId = existing->value(0).toLongLong();
            return true;
        }
        if (billing == InvoiceBilling::Whole) {
            auto issued = invoicing::wholeInvoiceOf(m_db, orderId);
            if (!issued)
                return issued.error();
            if (*issued)
                return invoicing::alreadyInvoiced(order->number, (*issued)->number);
        }
        auto orderLines = orders.lines(orderId);
        if (!orderLines)
            return orderLines.error();
        QList<LineItem> lines = *orderLines;
        const CompanyProfile company = CompanyProfiles(m_db).load();
        if (billing == InvoiceBilling::Advance) {
            LineItem advance;
            advance.description = tr("Advance payment for order %1").arg(order->number);
            advance.quantity = 1000;
            advance.unitPrice = 0;
            advance.vatRate = company.defaultVat;
            lines = {advance};
        }
        auto completed = workCompletedOn(orderId);
        if (!completed)
            return completed.error();
        // A customer without a tax ID gets a simplified invoice when the total allows one.
        auto taxId = m_db.scalar(QStringLiteral("SELECT tax_id FROM customers WHERE id = ?"), {order->customerId});
        if (!taxId)
            return taxId.error();
        const bool simplified = taxId->toString().trimmed().isEmpty() &&
                                invoicing::totals(lines).total <= company.simplifiedLimit;
        const qint64 now = Clock::nowSecs();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, order_id, customer_id, created_at, "
                                             "updated_at, operation_date, simplified, billing) "
                                             "VALUES ('standard', 'draft', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {simplified ? company.simplifiedSeries : company.series, orderId, order->customerId, now, now,
                               billing == InvoiceBilling::Advance ? QString() : *completed, simplified ? 1 : 0, toKey(billing)});
        if (!id)
            return id.error();
        invoiceId = id->toLongLong();
        if (auto r = invoicerows::writeLines(m_db, invoiceId, lines); !r)
            return r.error();
        eventlog::Entry e{orderId, by, EventKind::FieldChanged, QStringLiteral("invoice"), {}, {},
                          std::nullopt, std::nullopt, {}, {{QStringLiteral("fact"), QStringLiteral("invoice_drafted")}}};
        if (auto r = eventlog::append(m_db, e, now); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    return InvoiceQueries(m_db).find(invoiceId);
}

Result<Invoice> InvoiceDrafts::createBlank(Id customerId, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::DraftInvoices); !allowed)
        return allowed.error();
    const qint64 now = Clock::nowSecs();
    auto id = withTransaction(m_db, [&]() -> Result<Id> {
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, customer_id, created_at, updated_at) "
                                                   "VALUES ('standard', 'draft', ?, ?, ?, ?) RETURNING id"),
                                    {CompanyProfiles(m_db).load().series, customerId, now, now});
        if (!inserted) {
            if (inserted.error().message.contains(QLatin1String("FOREIGN KEY")))
                return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(customerId));
            return inserted.error();
        }
        return inserted->toLongLong();
    });
    if (!id)
        return id.error();
    return InvoiceQueries(m_db).find(*id);
}

Result<Invoice> InvoiceDrafts::save(Id invoiceId, qint64 expectedVersion, Id customerId, const QList<LineItem> &lines,
                                    const QString &notes, const QString &operationDate, const Actor &by)
{
    auto current = InvoiceQueries(m_db).find(invoiceId);
    if (!current)
        return current.error();
    return save(invoiceId, expectedVersion,
                DraftContent{customerId, lines, notes, operationDate, current->simplified, current->billing}, by);
}

Result<Invoice> InvoiceDrafts::save(Id invoiceId, qint64 expectedVersion, const DraftContent &content, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::DraftInvoices); !allowed)
        return allowed.error();
    if (!content.operationDate.isEmpty() && !QDate::fromString(content.operationDate, Qt::ISODate).isValid())
        return makeError(ErrorCode::Invalid, tr("The operation date must be a date (YYYY-MM-DD)."));
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto current = InvoiceQueries(m_db).find(invoiceId);
        if (!current)
            return current.error();
        if (!current->isDraft())
            return makeError(ErrorCode::Forbidden, tr("Invoice %1 is issued and cannot be changed; correct it with a "
                                                      "rectifying invoice.").arg(current->number));
        const bool rectifying = current->kind == InvoiceKind::Rectifying;
        const VersionedUpdate update{"invoices", invoiceId, expectedVersion,
                                     {{"customer_id", content.customerId}, {"notes", content.notes},
                                      {"operation_date", content.operationDate},
                                      {"simplified", rectifying ? (current->simplified ? 1 : 0) : (content.simplified ? 1 : 0)},
                                      {"billing", toKey(rectifying ? current->billing : content.billing)},
                                      {"updated_at", Clock::nowSecs()}},
                                     "status = 'draft'"};
        if (auto r = updateVersioned(m_db, update, thisDraft()); !r)
            return r.error();
        if (auto d = m_db.run(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoiceId}); !d)
            return d.error();
        if (auto w = invoicerows::writeLines(m_db, invoiceId, content.lines); !w)
            return w.error();
        return true;
    });
    if (!done)
        return done.error();
    return InvoiceQueries(m_db).find(invoiceId);
}

Result<void> InvoiceDrafts::remove(Id invoiceId, qint64 expectedVersion, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::DraftInvoices); !allowed)
        return allowed;
    return withTransaction(m_db, [&]() -> Result<void> {
        auto current = InvoiceQueries(m_db).find(invoiceId);
        if (!current)
            return current.error();
        if (!current->isDraft())
            return makeError(ErrorCode::Forbidden, tr("Invoice %1 is issued and cannot be deleted; a rectifying invoice "
                                                      "cancels it.").arg(current->number));
        auto r = m_db.run(QStringLiteral("DELETE FROM invoices WHERE id = ? AND version = ? AND status = 'draft'"),
                          {invoiceId, expectedVersion});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return concurrentEdit(thisDraft(), NotDone::Deleted);
        return {};
    });
}

} // namespace ordo
