#pragma once

#include "core/billing/Invoice.h"
#include "core/billing/Quote.h"
#include "core/common/DocumentText.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace ordo {

// Lays out a quote (presupuesto) on A4 pages as InvoiceRenderer does an invoice: the company's
// header and logo, the customer, the number, date and validity, the lines (breaking across pages
// with the header repeated), the VAT per rate and the totals, the conditions, and a box for the
// customer's acceptance (date, name, signature). A preview says so in its title. In the quote's
// language (its customer's). QtGui only, so that ordo-cli can write it headless.
class QuoteRenderer final
{
public:
    QuoteRenderer(const Quote &quote, const CompanyProfile &company)
        : m_quote(quote), m_company(company), m_text(quote.language)
    {
    }

    int render(QPagedPaintDevice *device) const;   // the number of pages
    QByteArray pdf() const;
    QString fileName() const;                       // "Presupuesto OT-2026-00012-P1.pdf"

private:
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_text.translate("ordo::QuoteRenderer", source, disambiguation, n);
    }

    const Quote &m_quote;
    const CompanyProfile m_company;
    const DocumentText m_text;
};

} // namespace ordo
