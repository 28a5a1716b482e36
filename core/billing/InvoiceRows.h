#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QVariantList>

namespace ordo {

class Database;

// How an invoice is read from its tables and how a draft's lines are written: shared by the classes
// of billing/ that read invoices (InvoiceQueries) and write drafts (InvoiceDrafts, InvoiceLedger's
// rectifying drafts). Not meant for front ends: they ask InvoiceQueries.
namespace invoicerows {

// The invoice that `where` (after the FROM clause: "WHERE i.id = ?") finds, with its lines and the
// totals they add up to; NotFound when there is none.
Result<Invoice> load(Database &db, const QString &where, const QVariantList &values);
// Invoices without lines, in the order a list shows them (drafts first, then the latest issued).
Result<QList<Invoice>> list(Database &db, const QStringList &where, QVariantList values, int limit, int offset);
// The same rows in the order `orderBy` ("i.id DESC"), without an offset: for keyset paging.
Result<QList<Invoice>> listOrdered(Database &db, const QStringList &where, QVariantList values, const QString &orderBy, int limit);
// Appends the lines to the invoice's, numbered from 0, after checking what every line needs.
Result<void> writeLines(Database &db, Id invoiceId, const QList<LineItem> &lines);
// An optional id or time as an SQL value (NULL when absent).
QVariant nullable(const std::optional<qint64> &value);

} // namespace invoicerows
} // namespace ordo
