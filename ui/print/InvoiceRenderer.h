#pragma once

#include "core/billing/Invoice.h"
#include "core/common/DocumentText.h"

#include <QByteArray>
#include <QCoreApplication>

class QFont;
class QPagedPaintDevice;
class QPainter;

namespace ordo {

// Lays out an invoice on A4 pages: company and customer data, number and dates, lines (a long
// invoice breaks across pages, repeating the table header), the VAT breakdown, totals, payment
// details and the footer with the number and "page N of M" on every page. The same drawing goes to
// a printer or to a PDF. QtGui only (no widgets), so the headless ordo-cli can write PDFs too.
// An issued invoice prints the issuer as stored when it was issued (`company` serves drafts), in the
// invoice's language (its customer's), whatever the language of the program.
class InvoiceRenderer final
{
public:
    InvoiceRenderer(const Invoice &invoice, const CompanyProfile &company)
        : m_invoice(invoice), m_company(invoice.printedIssuer(company)), m_text(invoice.language)
    {
    }

    // Paints on a printer or PDF writer already set to A4.
    int render(QPagedPaintDevice *device) const;   // returns the number of pages
    // The invoice as a PDF file's bytes.
    QByteArray pdf() const;

    // The file name a PDF of it is given: "Factura 2026-0034.pdf".
    QString fileName() const;

    // Draws the VAT per rate and the totals at the right of the page from `y` (an invoice's, or a
    // quote's, in the document's language); returns the y below them.
    static qreal drawTotals(QPainter &p, qreal y, const money::Totals &totals, const DocumentText &text,
                            const QFont &base, const QFont &bold, const QString &totalLabel);

private:
    // In the document's language, under the translation context "ordo::InvoiceRenderer".
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_text.translate("ordo::InvoiceRenderer", source, disambiguation, n);
    }

    const Invoice &m_invoice;
    const CompanyProfile m_company;
    const DocumentText m_text;
};

} // namespace ordo
