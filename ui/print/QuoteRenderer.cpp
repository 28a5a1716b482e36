#include "ui/print/QuoteRenderer.h"
#include "ui/print/InvoiceRenderer.h"
#include "ui/print/PdfDocument.h"

#include <QDateTime>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ordo {

namespace {

using a4::ContentWidth;
using a4::Margin;
using a4::PageHeight;
using a4::PageWidth;
constexpr qreal FooterTop = PageHeight - Margin - 28;
constexpr qreal AcceptanceHeight = 96;

struct Column
{
    qreal width;
    Qt::Alignment align;
};

} // namespace

int QuoteRenderer::render(QPagedPaintDevice *device) const
{
    QPainter p(device);
    if (!p.isActive())
        return 0;
    const qreal scale = device->logicalDpiX() / 72.0;
    p.scale(scale, scale);
    const QLocale locale = m_text.locale();
    const Quote &q = m_quote;

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

    // The conditions' height, to keep them and the acceptance box together after the totals.
    p.setFont(base);
    const qreal conditionsHeight =
        q.conditions.trimmed().isEmpty()
            ? 0
            : p.boundingRect(QRectF(0, 0, ContentWidth, 2000), Qt::TextWordWrap, q.conditions).height() + 20;
    const qreal lineHeight = QFontMetricsF(base).height();
    QList<qreal> rowHeights;
    for (const auto &l : q.lines) {
        const QRectF r = p.boundingRect(QRectF(0, 0, columns[0].width - 6, 1000), Qt::TextWordWrap, l.description);
        rowHeights << std::max(r.height(), lineHeight) + 6;
    }
    const qreal firstTableTop = Margin + 210;
    const qreal laterTableTop = Margin + 40;
    const qreal summaryHeight = 110 + 14.0 * q.totals.buckets.size() + conditionsHeight + AcceptanceHeight + 16;
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

    const QString documentTitle = q.isPreview() ? tr("QUOTE (PREVIEW)") : tr("QUOTE");
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
        p.drawText(QRectF(PageWidth - Margin - 125, FooterTop + 3, 125, 24), Qt::AlignRight,
                   tr("Quote %1").arg(q.number) + QLatin1Char('\n') + tr("Page %1 of %2").arg(page).arg(pages));
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
        p.drawText(QRectF(Margin, Margin, ContentWidth, 16), Qt::AlignLeft, tr("%1 %2 (continued)").arg(documentTitle, q.number));
    };

    // Page 1: the company, the customer, which quote and until when.
    qreal top = Margin;
    if (!m_company.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(m_company.logoPng)) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(150, 60), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(Margin, top), size), logo);
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

    top = Margin + 92;
    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QRectF(Margin, top, ContentWidth / 2, 22), Qt::AlignLeft, documentTitle);
    p.setFont(base);
    QStringList facts;
    facts << tr("Number: %1").arg(q.number);
    facts << tr("Date: %1").arg(m_text.date(QDateTime::fromSecsSinceEpoch(q.issuedAt).toLocalTime().date()));
    facts << tr("Valid until: %1").arg(m_text.date(q.validUntil));
    facts << tr("Work order: %1").arg(q.orderNumber);
    if (!q.siteAddress.isEmpty())
        facts << tr("Work site: %1").arg(q.siteAddress);
    p.drawText(QRectF(Margin, top + 26, ContentWidth / 2, 90), Qt::AlignLeft | Qt::TextWordWrap, facts.join(QLatin1Char('\n')));

    const QRectF customerBox(PageWidth / 2 + 10, top, ContentWidth / 2 - 10, 92);
    p.setPen(rule);
    p.drawRect(customerBox);
    p.setPen(grey);
    p.setFont(small);
    p.drawText(customerBox.adjusted(8, 5, -8, -5), Qt::AlignLeft | Qt::AlignTop, tr("CUSTOMER"));
    p.setFont(bold);
    p.setPen(Qt::black);
    const QRectF nameArea = customerBox.adjusted(8, 17, -8, -5);
    QRectF nameRect = p.boundingRect(nameArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, q.customerName);
    nameRect.setHeight(std::min(nameRect.height(), 3 * QFontMetricsF(bold).height()));
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, q.customerName);
    p.setFont(base);
    QStringList details;
    if (!q.customerTaxId.isEmpty())
        details << tr("Tax ID: %1").arg(q.customerTaxId);
    if (!q.customerAddress.isEmpty())
        details << q.customerAddress;
    p.drawText(QRectF(nameArea.left(), nameRect.bottom() + 2, nameArea.width(), customerBox.bottom() - nameRect.bottom() - 6),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, details.join(QLatin1Char('\n')));
    if (!q.title.isEmpty()) {
        p.setFont(bold);
        p.drawText(QRectF(Margin, firstTableTop - 20, ContentWidth, 16), Qt::AlignLeft | Qt::AlignBottom,
                   p.fontMetrics().elidedText(q.title, Qt::ElideRight, int(ContentWidth)));
    }

    // The lines.
    int page = 1;
    y = tableHeader(firstTableTop);
    p.setFont(base);
    for (int i = 0; i < q.lines.size(); ++i) {
        if (pageOfRow[i] != page) {
            footer(page);
            device->newPage();
            ++page;
            continuation();
            y = tableHeader(laterTableTop);
            p.setFont(base);
        }
        const LineItem &l = q.lines[i];
        const QStringList cells{l.description, money::formatQuantity(l.quantity, locale), money::formatCents(l.unitPrice, locale),
                                l.discount ? money::formatRate(l.discount, locale) : QString(),
                                money::formatRate(l.vatRate, locale), money::formatCents(l.net(), locale)};
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

    // VAT per rate and the totals, drawn as on the invoice.
    y = InvoiceRenderer::drawTotals(p, y, q.totals, m_text, base, bold, tr("TOTAL"));

    // The conditions, then the box the customer signs.
    y += 12;
    if (conditionsHeight > 0) {
        p.setFont(bold);
        p.drawText(QRectF(Margin, y, ContentWidth, 14), Qt::AlignLeft, tr("Conditions"));
        y += 15;
        p.setFont(base);
        p.drawText(QRectF(Margin, y, ContentWidth, conditionsHeight), Qt::AlignLeft | Qt::TextWordWrap, q.conditions);
        y += conditionsHeight - 12;
    }
    y = std::min(y + 6, FooterTop - 10 - AcceptanceHeight);
    const QRectF box(Margin, y, ContentWidth, AcceptanceHeight);
    p.setPen(QPen(rule, 0.8));
    p.drawRect(box);
    p.setPen(Qt::black);
    p.setFont(bold);
    p.drawText(box.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop,
               tr("I accept the quote %1 (valid until %2)").arg(q.number, m_text.date(q.validUntil)));
    p.setFont(base);
    p.setPen(grey);
    const qreal third = (ContentWidth - 16) / 3;
    const QStringList labels{tr("Date"), tr("Name and ID"), tr("Signature")};
    for (int i = 0; i < labels.size(); ++i) {
        const qreal x = Margin + 8 + i * third;
        p.drawLine(QPointF(x, box.bottom() - 22), QPointF(x + third - 14, box.bottom() - 22));
        p.drawText(QRectF(x, box.bottom() - 19, third - 14, 14), Qt::AlignLeft, labels[i]);
    }
    footer(page);
    return pages;
}

QString QuoteRenderer::fileName() const
{
    return tr("Quote %1").arg(m_quote.number) + QStringLiteral(".pdf");
}

QByteArray QuoteRenderer::pdf() const
{
    return renderPdf(tr("Quote %1").arg(m_quote.number), [this](QPagedPaintDevice *device) { render(device); });
}

} // namespace ordo
