#include "billing/InvoiceService.h"
#include "storage/SettingsKeys.h"

#include "billing/InvoiceNumbering.h"
#include "billing/VerifactuService.h"

#include "common/Clock.h"
#include "storage/Settings.h"
#include "orders/EventLog.h"
#include "orders/WorkOrderService.h"
#include "storage/Database.h"
#include "workflow/WorkflowRepository.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectInvoice = QStringLiteral(
    "SELECT i.id, i.kind, i.status, i.series, coalesce(i.number, ''), i.order_id, coalesce(o.number, ''), i.customer_id, "
    "i.rectifies_id, coalesce(r.number, ''), i.rectification_reason, i.issued_at, i.operation_date, i.due_at, "
    "i.issuer_name, i.issuer_tax_id, i.issuer_address, i.customer_name, i.customer_tax_id, i.customer_address, i.notes, "
    "i.chain_index, i.previous_hash, i.hash, i.sent_at, i.version, c.name, c.tax_id, c.address, c.postcode, c.city, c.email, "
    "(SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id), "
    "i.base_cents, i.vat_cents, i.total_cents "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id LEFT JOIN work_orders o ON o.id = i.order_id "
    "LEFT JOIN invoices r ON r.id = i.rectifies_id ");

std::optional<qint64> optional64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
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
    if (i.isDraft()) {
        // A draft shows the customer as they are now; issuing copies these into the invoice.
        i.customerName = q.value(26).toString();
        i.customerTaxId = q.value(27).toString();
        QStringList address{q.value(28).toString()};
        const QString place = QStringLiteral("%1 %2").arg(q.value(29).toString(), q.value(30).toString()).trimmed();
        if (!place.isEmpty())
            address << place;
        address.removeAll(QString());
        i.customerAddress = address.join(QStringLiteral(", "));
    }
    i.customerEmail = q.value(31).toString();
    i.paid = q.value(32).toLongLong();
    if (!i.isDraft()) {
        // Totals stored at issue, so a list needs no lines; load() recomputes them from the lines.
        i.totals.base = q.value(33).toLongLong();
        i.totals.vat = q.value(34).toLongLong();
        i.totals.total = q.value(35).toLongLong();
    }
    return i;
}

} // namespace

QString InvoiceService::formatNumber(const QString &series, int year, qint64 sequence)
{
    return invoicing::formatNumber(series, year, sequence);
}

QString InvoiceService::computeHash(const Invoice &invoice)
{
    return invoicing::computeHash(invoice);
}

CompanyProfile InvoiceService::company() const
{
    CompanySettings s(m_db);
    CompanyProfile p;
    p.legalName = s.value(QString(settings::CompanyLegalName));
    p.taxId = s.value(QString(settings::CompanyTaxId));
    p.address = s.value(QString(settings::CompanyAddress));
    p.postcode = s.value(QString(settings::CompanyPostcode));
    p.city = s.value(QString(settings::CompanyCity));
    p.phone = s.value(QString(settings::CompanyPhone));
    p.email = s.value(QString(settings::CompanyEmail));
    p.iban = s.value(QString(settings::CompanyIban));
    p.paymentTerms = s.value(QString(settings::CompanyPaymentTerms));
    p.paymentDays = s.value(QString(settings::InvoicePaymentDays), QStringLiteral("30")).toInt();
    p.defaultVat = s.value(QString(settings::InvoiceDefaultVatBp), QStringLiteral("2100")).toInt();
    p.footer = s.value(QString(settings::CompanyFooter));
    p.series = s.value(QString(settings::InvoiceSeries));
    p.rectifyingSeries = s.value(QString(settings::InvoiceRectifyingSeries), QStringLiteral("R"));
    p.logoPng = QByteArray::fromBase64(s.value(QString(settings::CompanyLogoPng)).toLatin1());
    const VerifactuSettings verifactu = VerifactuService(m_db).settings();
    p.qrBaseUrl = verifactu.qrBaseUrl();
    p.qrLegend = verifactu.qrLegend();
    return p;
}

Result<void> InvoiceService::saveCompany(const CompanyProfile &p)
{
    if (p.series.trimmed() == p.rectifyingSeries.trimmed())
        return makeError(ErrorCode::Invalid, tr("Rectifying invoices need a series of their own, different from the ordinary one."));
    if (p.paymentDays < 0 || p.paymentDays > 365)
        return makeError(ErrorCode::Invalid, tr("Payment terms must be between 0 and 365 days."));
    return withTransaction(m_db, [&]() -> Result<void> {
        CompanySettings s(m_db);
        const QList<QPair<QString, QString>> values{
            {QString(settings::CompanyLegalName), p.legalName.trimmed()}, {QString(settings::CompanyTaxId), p.taxId.trimmed()},
            {QString(settings::CompanyAddress), p.address.trimmed()}, {QString(settings::CompanyPostcode), p.postcode.trimmed()},
            {QString(settings::CompanyCity), p.city.trimmed()}, {QString(settings::CompanyPhone), p.phone.trimmed()},
            {QString(settings::CompanyEmail), p.email.trimmed()}, {QString(settings::CompanyIban), p.iban.trimmed()},
            {QString(settings::CompanyPaymentTerms), p.paymentTerms}, {QString(settings::InvoicePaymentDays), QString::number(p.paymentDays)},
            {QString(settings::InvoiceDefaultVatBp), QString::number(p.defaultVat)}, {QString(settings::CompanyFooter), p.footer},
            {QString(settings::InvoiceSeries), p.series.trimmed()}, {QString(settings::InvoiceRectifyingSeries), p.rectifyingSeries.trimmed()},
            {QString(settings::CompanyLogoPng), QString::fromLatin1(p.logoPng.toBase64())}};
        for (const auto &[key, value] : values)
            if (auto r = s.setValue(key, value); !r)
                return r;
        return {};
    });
}

Result<Invoice> InvoiceService::load(const QString &where, const QVariantList &values) const
{
    auto q = m_db.run(selectInvoice + where, values);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no such invoice."));
    Invoice i = fromRow(*q);
    auto lines = m_db.run(QStringLiteral("SELECT position, description, quantity, unit_price, vat_rate, discount FROM invoice_lines "
                                         "WHERE invoice_id = ? ORDER BY position"),
                          {i.id});
    if (!lines)
        return lines.error();
    while (lines->next())
        i.lines.append({lines->value(0).toInt(), lines->value(1).toString(), lines->value(2).toLongLong(),
                        lines->value(3).toLongLong(), lines->value(4).toInt(), lines->value(5).toInt()});
    i.totals = invoicing::totals(i.lines);
    return i;
}

Result<Invoice> InvoiceService::find(Id invoiceId) const
{
    return load(QStringLiteral("WHERE i.id = ?"), {invoiceId});
}

Result<Invoice> InvoiceService::findByNumber(const QString &number) const
{
    auto found = load(QStringLiteral("WHERE i.number = ?"), {number.trimmed().toUpper()});
    if (!found && found.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, tr("There is no invoice %1.").arg(number.trimmed()));
    return found;
}

Result<QList<Invoice>> InvoiceService::list(const InvoiceFilter &f) const
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
    QString sql = selectInvoice + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    sql += QStringLiteral(" ORDER BY CASE WHEN i.status = 'draft' THEN 0 ELSE 1 END, i.chain_index DESC, i.id DESC LIMIT ? OFFSET ?");
    values << f.limit << f.offset;
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    QList<Invoice> result;
    while (q->next())
        result.append(fromRow(*q));  // drafts show their lines' sum when opened
    return result;
}

Result<QList<Payment>> InvoiceService::payments(Id invoiceId) const
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

Result<std::optional<Invoice>> InvoiceService::latestForOrder(Id orderId) const
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

Result<void> InvoiceService::writeLines(Id invoiceId, const QList<InvoiceLine> &lines)
{
    int position = 0;
    for (const auto &l : lines) {
        if (l.description.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every line of the invoice needs a description."));
        if (l.vatRate < 0 || l.vatRate > 10000 || l.discount < 0 || l.discount > 10000)
            return makeError(ErrorCode::Invalid, tr("“%1”: VAT and discount must be between 0 % and 100 %.").arg(l.description));
        auto r = m_db.run(QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, "
                                         "vat_rate, discount) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {invoiceId, position++, l.description.trimmed(), l.quantity, l.unitPrice, l.vatRate, l.discount});
        if (!r)
            return r.error();
    }
    return {};
}

Result<Invoice> InvoiceService::createFromOrder(Id orderId, const Actor &by)
{
    Id invoiceId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto existing = m_db.run(QStringLiteral("SELECT id FROM invoices WHERE order_id = ? AND status = 'draft' AND kind = 'standard' "
                                                "ORDER BY id DESC LIMIT 1"),
                                 {orderId});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            invoiceId = existing->value(0).toLongLong();
            return true;
        }
        WorkOrderService orders(m_db);
        auto order = orders.find(orderId);
        if (!order)
            return order.error();
        auto orderLines = orders.lines(orderId);
        if (!orderLines)
            return orderLines.error();
        const qint64 now = Clock::nowSecs();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, order_id, customer_id, created_at, updated_at) "
                                             "VALUES ('standard', 'draft', ?, ?, ?, ?, ?) RETURNING id"),
                              {company().series, orderId, order->customerId, now, now});
        if (!id)
            return id.error();
        invoiceId = id->toLongLong();
        QList<InvoiceLine> lines;
        for (const auto &l : *orderLines)
            lines.append({l.position, l.description, l.quantity, l.unitPrice, l.vatRate, l.discount});
        if (auto r = writeLines(invoiceId, lines); !r)
            return r.error();
        eventlog::Entry e{orderId, by, EventKind::FieldChanged, QStringLiteral("invoice"), {}, {},
                          std::nullopt, std::nullopt, {}, {{QStringLiteral("fact"), QStringLiteral("invoice_drafted")}}};
        if (auto r = eventlog::append(m_db, e, now); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    return find(invoiceId);
}

Result<Invoice> InvoiceService::createBlank(Id customerId, const Actor &)
{
    const qint64 now = Clock::nowSecs();
    auto id = withTransaction(m_db, [&]() -> Result<Id> {
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO invoices (kind, status, series, customer_id, created_at, updated_at) "
                                                   "VALUES ('standard', 'draft', ?, ?, ?, ?) RETURNING id"),
                                    {company().series, customerId, now, now});
        if (!inserted) {
            if (inserted.error().message.contains(QLatin1String("FOREIGN KEY")))
                return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(customerId));
            return inserted.error();
        }
        return inserted->toLongLong();
    });
    if (!id)
        return id.error();
    return find(*id);
}

Result<Invoice> InvoiceService::saveDraft(Id invoiceId, qint64 expectedVersion, Id customerId, const QList<InvoiceLine> &lines,
                                          const QString &notes, const QString &operationDate)
{
    if (!operationDate.isEmpty() && !QDate::fromString(operationDate, Qt::ISODate).isValid())
        return makeError(ErrorCode::Invalid, tr("The operation date must be a date (YYYY-MM-DD)."));
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto current = find(invoiceId);
        if (!current)
            return current.error();
        if (!current->isDraft())
            return makeError(ErrorCode::Forbidden, tr("Invoice %1 is issued and cannot be changed; correct it with a "
                                                      "rectifying invoice.").arg(current->number));
        auto r = m_db.run(QStringLiteral("UPDATE invoices SET customer_id = ?, notes = ?, operation_date = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ? AND status = 'draft'"),
                          {customerId, notes, operationDate, Clock::nowSecs(), invoiceId, expectedVersion});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("Someone else changed this draft meanwhile; nothing was saved. Open it again."));
        if (auto d = m_db.run(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoiceId}); !d)
            return d.error();
        if (auto w = writeLines(invoiceId, lines); !w)
            return w.error();
        return true;
    });
    if (!done)
        return done.error();
    return find(invoiceId);
}

Result<void> InvoiceService::deleteDraft(Id invoiceId, qint64 expectedVersion)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto current = find(invoiceId);
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
            return makeError(ErrorCode::Conflict, tr("Someone else changed this draft meanwhile; nothing was deleted."));
        return {};
    });
}

Result<Invoice> InvoiceService::issue(Id invoiceId, qint64 expectedVersion, const Actor &by)
{
    std::optional<Id> orderId;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto found = find(invoiceId);
        if (!found)
            return found.error();
        Invoice inv = *found;
        orderId = inv.orderId;
        if (!inv.isDraft())
            return makeError(ErrorCode::Invalid, tr("Invoice %1 is already issued.").arg(inv.number));
        if (inv.version != expectedVersion)
            return makeError(ErrorCode::Conflict, tr("Someone else changed this draft meanwhile; nothing was issued. Open it again."));
        if (inv.lines.isEmpty())
            return makeError(ErrorCode::Invalid, tr("An invoice needs at least one line."));
        const CompanyProfile issuer = company();
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

        auto r = m_db.run(QStringLiteral(
            "UPDATE invoices SET status = 'issued', series = ?, year = ?, sequence = ?, number = ?, issued_at = ?, due_at = ?, "
            "issuer_name = ?, issuer_tax_id = ?, issuer_address = ?, customer_name = ?, customer_tax_id = ?, customer_address = ?, "
            "base_cents = ?, vat_cents = ?, total_cents = ?, chain_index = ?, previous_hash = ?, hash = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ? AND status = 'draft'"),
            {inv.series, year, *sequence, inv.number, *inv.issuedAt, *inv.dueAt, inv.issuerName, inv.issuerTaxId, inv.issuerAddress,
             inv.customerName, inv.customerTaxId, inv.customerAddress, inv.totals.base, inv.totals.vat, inv.totals.total,
             inv.chainIndex, inv.previousHash, inv.hash, *inv.issuedAt, invoiceId, expectedVersion});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, tr("Someone else changed this draft meanwhile; nothing was issued. Open it again."));
        for (const auto &b : inv.totals.buckets)
            if (auto v = m_db.run(QStringLiteral("INSERT INTO invoice_vat (invoice_id, rate, base_cents, vat_cents) VALUES (?, ?, ?, ?)"),
                                  {invoiceId, b.rate, b.base, b.vat}); !v)
                return v.error();
        // VERI*FACTU: the invoice's registro de alta is committed with it, or neither is.
        if (auto record = VerifactuService(m_db).recordIssue(inv); !record)
            return record.error();
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
    return find(invoiceId);
}

Result<Invoice> InvoiceService::createRectifying(Id originalId, const QString &reason, const Actor &by)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the invoice is being corrected."));
    Id id = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto original = find(originalId);
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
                                    {company().rectifyingSeries, nullable(original->orderId), original->customerId, originalId,
                                     reason.trimmed(), now, now});
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
        QList<InvoiceLine> credit;
        for (auto l : original->lines) {
            l.quantity = -l.quantity;
            credit.append(l);
        }
        if (auto r = writeLines(id, credit); !r)
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
    return find(id);
}

Result<Invoice> InvoiceService::recordPayment(Id invoiceId, Cents amount, qint64 paidAt, const QString &method,
                                              const QString &note, const Actor &by)
{
    if (amount == 0)
        return makeError(ErrorCode::Invalid, tr("The amount paid cannot be zero."));
    std::optional<Id> orderId;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto inv = find(invoiceId);
        if (!inv)
            return inv.error();
        if (inv->isDraft())
            return makeError(ErrorCode::Invalid, tr("Issue the invoice before recording payments against it."));
        if ((inv->totals.total >= 0 && inv->paid + amount > inv->totals.total) ||
            (inv->totals.total < 0 && inv->paid + amount < inv->totals.total))
            return makeError(ErrorCode::Invalid, tr("That is more than what is owed on %1 (%2 still due).")
                                                     .arg(inv->number, money::formatEuros(inv->totals.total - inv->paid)));
        const qint64 now = Clock::nowSecs();
        auto r = m_db.run(QStringLiteral("INSERT INTO payments (invoice_id, paid_at, amount_cents, method, note, created_at, created_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {invoiceId, paidAt, amount, method.trimmed(), note.trimmed(), now, by.name});
        if (!r)
            return r.error();
        m_db.notifier().announceInvoices();
        orderId = inv->orderId;
        if (!orderId)
            return true;
        m_db.notifier().announceOrder(*orderId);
        eventlog::Entry e{*orderId, by, EventKind::FieldChanged, QStringLiteral("payment"), {}, {}, std::nullopt,
                          std::nullopt, method.trimmed(),
                          {{QStringLiteral("fact"), QStringLiteral("payment_received")},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("invoice"), inv->number}}};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        return true;
    }, Database::Durability::Full);  // money received: on disk before it is shown
    if (!done)
        return done.error();
    return find(invoiceId);
}

Result<Invoice> InvoiceService::markSent(Id invoiceId, qint64 at)
{
    auto r = withTransaction(m_db, [&]() -> Result<bool> {
        auto u = m_db.run(QStringLiteral("UPDATE invoices SET status = 'sent', sent_at = ?, updated_at = ?, version = version + 1 "
                                         "WHERE id = ? AND status <> 'draft'"),
                          {at, at, invoiceId});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return makeError(ErrorCode::Invalid, tr("Only an issued invoice can be sent."));
        return true;
    });
    if (!r)
        return r.error();
    return find(invoiceId);
}

Result<void> InvoiceService::logEmail(Id invoiceId, const QString &recipient, bool ok, const QString &message)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("INSERT INTO email_log (invoice_id, at, recipient, ok, message) VALUES (?, ?, ?, ?, ?)"),
                          {invoiceId, Clock::nowSecs(), recipient, ok ? 1 : 0, message});
        if (!r)
            return r.error();
        return {};
    });
}

Result<ChainCheck> InvoiceService::verifyChain() const
{
    ChainCheck check;
    auto ids = m_db.run(QStringLiteral("SELECT id, chain_index, previous_hash, hash, base_cents, vat_cents, total_cents "
                                       "FROM invoices WHERE chain_index IS NOT NULL ORDER BY chain_index"));
    if (!ids)
        return ids.error();
    QString previous;
    qint64 expectedIndex = 1;
    while (ids->next()) {
        auto inv = find(ids->value(0).toLongLong());
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
