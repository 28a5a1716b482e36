#pragma once

#include "core/billing/Invoice.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace ordo {

// Lays out an invoice on A4 pages: company and customer data, number and dates, lines (a long
// invoice breaks across pages, repeating the table header), the VAT breakdown, totals, payment
// details and the footer with "page N of M". The same drawing goes to a printer or to a PDF.
// QtGui only (no widgets), so the headless ordo-cli can write PDFs too.
class InvoiceRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::InvoiceRenderer)

public:
    InvoiceRenderer(const Invoice &invoice, const CompanyProfile &company) : m_invoice(invoice), m_company(company) {}

    // Paints on a printer or PDF writer already set to A4.
    int render(QPagedPaintDevice *device) const;   // returns the number of pages
    // The invoice as a PDF file's bytes.
    QByteArray pdf() const;

private:
    const Invoice &m_invoice;
    const CompanyProfile &m_company;
};

} // namespace ordo
