#include "ui/print/InvoiceRenderer.h"
#include "ui/print/PdfDocument.h"
#include "ui/print/QrCode.h"

#include "core/billing/TaxCauses.h"
#include "core/billing/Verifactu.h"

#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ordo {

namespace {

using a4::ContentWidth;
using a4::Margin;
using a4::PageHeight;
using a4::PageWidth;
constexpr qreal FooterTop = PageHeight - Margin - 28;

struct Column
{
    qreal width;
    Qt::Alignment align;
};

} // namespace

int InvoiceRenderer::render(QPagedPaintDevice *device) const
{
    QPainter p(device);
    if (!p.isActive())
        return 0;
    // Work in points whatever the device resolution.
    const qreal scale = device->logicalDpiX() / 72.0;
    p.scale(scale, scale);
    const QLocale locale = m_text.locale();
    const Invoice &inv = m_invoice;
    auto date = [&](qint64 utc) { return m_text.date(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date()); };
    const bool rectifying = inv.kind == InvoiceKind::Rectifying;
    // A simplified invoice without the customer's tax ID does not name them (art. 7.1).
    const bool showCustomer = !inv.simplified || !inv.customerTaxId.trimmed().isEmpty();

    // Font sizes in pixels of the scaled painter, that is, in points on paper.
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPixelSize(9);
    QFont small = base;
    small.setPixelSize(7);
    QFont bold = base;
    bold.setBold(true);
    QFont title = base;
    title.setPixelSize(16);
    title.setBold(true);
    const QColor grey(0x55, 0x5f, 0x66);
    const QColor rule(0xb0, 0xbe, 0xc5);

    const QList<Column> columns{{ContentWidth - 345, Qt::AlignLeft}, {55, Qt::AlignRight}, {85, Qt::AlignRight},
                                {45, Qt::AlignRight}, {60, Qt::AlignRight}, {100, Qt::AlignRight}};
    const QStringList headers{tr("Description"), tr("Qty."), tr("Unit price"), tr("Disc."), tr("VAT"), tr("Amount")};

    // The legal mention of every reason a line carries no VAT (or the customer pays it), once each.
    QStringList causes;
    for (const auto &l : inv.lines) {
        const QString cause = taxcause::effective(l, m_company.zeroVatCause);
        if (!cause.isEmpty() && !causes.contains(cause))
            causes << cause;
    }

    // Line heights first, to know the number of pages before drawing "page N of M".
    p.setFont(base);
    const qreal lineHeight = QFontMetricsF(base).height();
    QList<qreal> rowHeights;
    for (const auto &l : inv.lines) {
        const QRectF r = p.boundingRect(QRectF(0, 0, columns[0].width - 6, 1000), Qt::TextWordWrap, l.description);
        rowHeights << std::max(r.height(), lineHeight) + 6;
    }
    // VERI*FACTU: every issued invoice carries its QR code at the top left; the header moves down for it.
    const bool withQr = !inv.isDraft() && inv.issuedAt && !m_company.qrBaseUrl.isEmpty();
    const qreal qrShift = withQr ? 34 : 0;
    const qreal firstTableTop = Margin + 210 + qrShift;
    const qreal laterTableTop = Margin + 40;
    const qreal summaryHeight = 170 + 14.0 * inv.totals.buckets.size() + 24.0 * causes.size() + (rectifying ? 30 : 0);
    QList<int> pageOfRow;
    int pages = 1;
    qreal y = firstTableTop + 20;
    for (int i = 0; i < rowHeights.size(); ++i) {
        if (y + rowHeights[i] > FooterTop - 10) {
            ++pages;
            y = laterTableTop + 20;
        }
        pageOfRow << pages;
        y += rowHeights[i];
    }
    const bool summaryOnNewPage = y + summaryHeight > FooterTop - 10;
    if (summaryOnNewPage)
        ++pages;

    auto documentTitle = [&]() {
        if (rectifying)
            return inv.simplified ? tr("RECTIFYING SIMPLIFIED INVOICE") : tr("RECTIFYING INVOICE");
        if (inv.isDraft())
            return inv.simplified ? tr("DRAFT SIMPLIFIED INVOICE") : tr("DRAFT INVOICE");
        return inv.simplified ? tr("SIMPLIFIED INVOICE") : tr("INVOICE");
    };
    const QString numberText = inv.number.isEmpty() ? tr("(not issued)") : inv.number;
    auto footer = [&](int page) {
        p.setFont(small);
        p.setPen(grey);
        p.drawLine(QPointF(Margin, FooterTop), QPointF(PageWidth - Margin, FooterTop));
        QStringList left{m_company.legalName, tr("Tax ID %1").arg(m_company.taxId), m_company.fullAddress()};
        if (!m_company.footer.isEmpty())
            left << m_company.footer;
        left.removeAll(QString());
        p.drawText(QRectF(Margin, FooterTop + 3, ContentWidth - 130, 26), Qt::AlignLeft | Qt::TextWordWrap,
                   left.join(QStringLiteral(" · ")));
        // The number and the page on every page, so that a loose page is still identified.
        p.drawText(QRectF(PageWidth - Margin - 125, FooterTop + 3, 125, 24), Qt::AlignRight,
                   tr("Invoice %1").arg(numberText) + QLatin1Char('\n') + tr("Page %1 of %2").arg(page).arg(pages));
    };
    auto tableHeader = [&](qreal top) {
        p.setFont(bold);
        p.setPen(Qt::black);
        p.fillRect(QRectF(Margin, top, ContentWidth, 18), QColor(0xec, 0xef, 0xf1));
        qreal x = Margin;
        for (int c = 0; c < columns.size(); ++c) {
            p.drawText(QRectF(x + 3, top, columns[c].width - 6, 18), columns[c].align | Qt::AlignVCenter, headers[c]);
            x += columns[c].width;
        }
        return top + 20;
    };
    auto continuation = [&]() {
        p.setFont(bold);
        p.setPen(grey);
        p.drawText(QRectF(Margin, Margin, ContentWidth, 16), Qt::AlignLeft, tr("%1 %2 (continued)").arg(documentTitle(), numberText));
    };

    // Page 1: who, to whom, which and when.
    qreal top = Margin;
    qreal logoLeft = Margin;
    if (withQr) {
        // 32 mm (AEAT: 30 to 40 mm), error correction M, "QR tributario:" above it and the mode's legend below.
        constexpr qreal QrSide = 32 / 25.4 * 72;
        const QString url = verifactu::qrUrl(m_company.qrBaseUrl, verifactu::normalizeNif(inv.issuerTaxId), inv.number,
                                             QDateTime::fromSecsSinceEpoch(*inv.issuedAt).toLocalTime().date(), inv.totals.total);
        p.setPen(Qt::black);
        p.setFont(small);
        p.drawText(QRectF(Margin, top, 140, 10), Qt::AlignLeft, tr("Tax QR code:"));
        // Below the label, clear of it by the code's quiet zone (4 modules).
        paintQrCode(p, QRectF(Margin, top + 20, QrSide, QrSide), url);
        if (!m_company.qrLegend.isEmpty()) {
            // Beside the code, at its foot: the logo (if any) takes the space beside its top.
            const qreal x = Margin + QrSide + 10;
            QFont legendBold = small;
            legendBold.setBold(true);
            p.setFont(legendBold);
            p.drawText(QRectF(x, top + QrSide - 10, 150, 10), Qt::AlignLeft, QStringLiteral("VERI*FACTU"));
            p.setFont(small);
            // The stored legend says that there is one (the mode at issue); its words are the document's.
            p.drawText(QRectF(x, top + QrSide, 150, 20), Qt::AlignLeft | Qt::TextWordWrap,
                       m_text.translate("ordo::VerifactuService", "Invoice verifiable at the AEAT's electronic office"));
        }
        logoLeft = Margin + QrSide + 10;
    }
    if (!m_company.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(m_company.logoPng)) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(withQr ? 110 : 150, withQr ? 50 : 60), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(logoLeft, top), size), logo);
        }
    }
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(PageWidth / 2, top, ContentWidth / 2, 14), Qt::AlignRight, m_company.legalName);
    p.setFont(base);
    p.setPen(grey);
    QStringList issuer{tr("Tax ID: %1").arg(m_company.taxId), m_company.address,
                       QStringLiteral("%1 %2").arg(m_company.postcode, m_company.city).trimmed()};
    if (!m_company.phone.isEmpty())
        issuer << tr("Phone: %1").arg(m_company.phone);
    if (!m_company.email.isEmpty())
        issuer << m_company.email;
    issuer.removeAll(QString());
    p.drawText(QRectF(PageWidth / 2, top + 14, ContentWidth / 2, 70), Qt::AlignRight, issuer.join(QLatin1Char('\n')));

    top = Margin + 92 + qrShift;
    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QRectF(Margin, top, ContentWidth / 2, 22), Qt::AlignLeft, documentTitle());
    p.setFont(base);
    QStringList facts;
    facts << tr("Number: %1").arg(numberText);
    if (inv.issuedAt)
        facts << tr("Issue date: %1").arg(date(*inv.issuedAt));
    // The operation date when it is not the issue date (art. 6.1.g).
    const QDate operation = QDate::fromString(inv.operationDate, Qt::ISODate);
    if (operation.isValid() && (!inv.issuedAt || operation != QDateTime::fromSecsSinceEpoch(*inv.issuedAt).toLocalTime().date()))
        facts << tr("Operation date: %1").arg(m_text.date(operation));
    if (inv.dueAt && inv.totals.total > 0)
        facts << tr("Due date: %1").arg(date(*inv.dueAt));
    if (!inv.orderNumber.isEmpty())
        facts << tr("Work order: %1").arg(inv.orderNumber);
    if (rectifying)
        facts << tr("Rectifies: %1 of %2").arg(inv.rectifiesNumber, inv.rectifiesIssuedAt ? date(*inv.rectifiesIssuedAt) : QString());
    p.drawText(QRectF(Margin, top + 26, ContentWidth / 2, 80), Qt::AlignLeft, facts.join(QLatin1Char('\n')));

    // The customer box: a long name wraps, and the tax ID and address follow it.
    const QRectF customerBox(PageWidth / 2 + 10, top, ContentWidth / 2 - 10, 92);
    p.setPen(rule);
    p.drawRect(customerBox);
    p.setPen(grey);
    p.setFont(small);
    p.drawText(customerBox.adjusted(8, 5, -8, -5), Qt::AlignLeft | Qt::AlignTop, tr("CUSTOMER"));
    if (showCustomer) {
        p.setFont(bold);
        p.setPen(Qt::black);
        const QRectF nameArea = customerBox.adjusted(8, 17, -8, -5);
        QRectF nameRect = p.boundingRect(nameArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, inv.customerName);
        nameRect.setHeight(std::min(nameRect.height(), 3 * QFontMetricsF(bold).height()));
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, inv.customerName);
        p.setFont(base);
        QStringList details;
        if (!inv.customerTaxId.isEmpty())
            details << tr("Tax ID: %1").arg(inv.customerTaxId);
        if (!inv.customerAddress.isEmpty())
            details << inv.customerAddress;
        p.drawText(QRectF(nameArea.left(), nameRect.bottom() + 2, nameArea.width(), customerBox.bottom() - nameRect.bottom() - 6),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, details.join(QLatin1Char('\n')));
    } else {
        p.setFont(base);
        p.setPen(grey);
        p.drawText(customerBox.adjusted(8, 17, -8, -5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Simplified invoice: the customer is not identified."));
    }

    // Lines, breaking across pages with the header repeated.
    int page = 1;
    y = tableHeader(firstTableTop);
    p.setFont(base);
    for (int i = 0; i < inv.lines.size(); ++i) {
        if (pageOfRow[i] != page) {
            footer(page);
            device->newPage();
            ++page;
            continuation();
            y = tableHeader(laterTableTop);
            p.setFont(base);
        }
        const LineItem &l = inv.lines[i];
        const QString cause = taxcause::effective(l, m_company.zeroVatCause);
        const QString vat = cause.isEmpty() ? money::formatRate(l.vatRate, locale) : taxcause::shortLabel(cause, m_text);
        const QStringList cells{l.description, money::formatQuantity(l.quantity, locale), money::formatCents(l.unitPrice, locale),
                                l.discount ? money::formatRate(l.discount, locale) : QString(), vat,
                                money::formatCents(l.net(), locale)};
        p.setPen(Qt::black);
        qreal x = Margin;
        for (int c = 0; c < columns.size(); ++c) {
            p.drawText(QRectF(x + 3, y + 2, columns[c].width - 6, rowHeights[i]), columns[c].align | Qt::AlignTop | Qt::TextWordWrap,
                       cells[c]);
            x += columns[c].width;
        }
        y += rowHeights[i];
        p.setPen(QPen(rule, 0.5));
        p.drawLine(QPointF(Margin, y - 1), QPointF(PageWidth - Margin, y - 1));
    }
    if (summaryOnNewPage) {
        footer(page);
        device->newPage();
        ++page;
        continuation();
        y = laterTableTop;
    }

    // VAT broken down per rate, then the totals; every amount right-aligned.
    y = drawTotals(p, y, inv.totals, m_text, base, bold, inv.simplified ? tr("TOTAL (VAT included)") : tr("TOTAL"));

    // Notes: why lines carry no VAT, the rectification, how to pay.
    y += 14;
    p.setFont(base);
    p.setPen(Qt::black);
    QStringList notes;
    for (const QString &cause : causes)
        notes << taxcause::legalMention(cause, m_text);
    if (rectifying) {
        const QString original = inv.rectifiesIssuedAt ? tr("%1 of %2").arg(inv.rectifiesNumber, date(*inv.rectifiesIssuedAt))
                                                        : inv.rectifiesNumber;
        notes << (inv.rectificationMethod == RectificationMethod::Substitution
                      ? tr("Rectifying invoice (Real Decreto 1619/2012, art. 15) replacing invoice %1. Reason: %2")
                      : tr("Rectifying invoice (Real Decreto 1619/2012, art. 15) correcting invoice %1 by the difference. "
                           "Reason: %2"))
                     .arg(original, inv.rectificationReason);
    }
    if (!m_company.iban.isEmpty() && inv.totals.total > 0)
        notes << tr("Payment by bank transfer to IBAN %1.").arg(m_company.iban);
    if (!m_company.paymentTerms.isEmpty())
        notes << m_company.paymentTerms;
    if (!inv.notes.isEmpty())
        notes << inv.notes;
    p.drawText(QRectF(Margin, y, ContentWidth, FooterTop - y - 6), Qt::AlignLeft | Qt::TextWordWrap, notes.join(QLatin1Char('\n')));
    footer(page);
    return pages;
}

QString InvoiceRenderer::fileName() const
{
    return tr("Invoice %1").arg(m_invoice.number.isEmpty() ? tr("draft") : m_invoice.number) + QStringLiteral(".pdf");
}

QByteArray InvoiceRenderer::pdf() const
{
    return renderPdf(tr("Invoice %1").arg(m_invoice.number), [this](QPagedPaintDevice *device) { render(device); });
}

qreal InvoiceRenderer::drawTotals(QPainter &p, qreal y, const money::Totals &totals, const DocumentText &text,
                                  const QFont &base, const QFont &bold, const QString &totalLabel)
{
    const auto tr = [&text](const char *source) { return text.translate("ordo::InvoiceRenderer", source); };
    const QLocale locale = text.locale();
    const QColor rule(0xb0, 0xbe, 0xc5);
    y += 12;
    p.setFont(bold);
    p.setPen(Qt::black);
    const qreal sx = PageWidth - Margin - 280;
    p.drawText(QRectF(sx, y, 110, 14), Qt::AlignRight, tr("Taxable base"));
    p.drawText(QRectF(sx + 110, y, 70, 14), Qt::AlignRight, tr("VAT rate"));
    p.drawText(QRectF(sx + 180, y, 100, 14), Qt::AlignRight, tr("VAT"));
    y += 16;
    p.setFont(base);
    for (const auto &b : totals.buckets) {
        p.drawText(QRectF(sx, y, 110, 14), Qt::AlignRight, money::formatEuros(b.base, locale));
        p.drawText(QRectF(sx + 110, y, 70, 14), Qt::AlignRight, money::formatRate(b.rate, locale));
        p.drawText(QRectF(sx + 180, y, 100, 14), Qt::AlignRight, money::formatEuros(b.vat, locale));
        y += 14;
    }
    y += 6;
    p.setPen(QPen(rule, 0.8));
    p.drawLine(QPointF(sx, y), QPointF(PageWidth - Margin, y));
    y += 4;
    p.setPen(Qt::black);
    auto total = [&](const QString &label, Cents amount, const QFont &font) {
        p.setFont(font);
        p.drawText(QRectF(sx, y, 160, 16), Qt::AlignLeft, label);
        p.drawText(QRectF(sx + 160, y, 120, 16), Qt::AlignRight, money::formatEuros(amount, locale));
        y += 16;
    };
    total(tr("Total taxable base"), totals.base, base);
    total(tr("Total VAT"), totals.vat, base);
    QFont big = bold;
    big.setPixelSize(11);
    total(totalLabel, totals.total, big);
    return y;
}

} // namespace ordo
