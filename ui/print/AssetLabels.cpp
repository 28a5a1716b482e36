#include "ui/print/AssetLabels.h"

#include "ui/print/PdfDocument.h"
#include "ui/print/QrCode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ordo {

QString AssetLabelSheet::codeFor(const Asset &asset) const
{
    return m_prefix.isEmpty() ? QStringLiteral("ORDO-ASSET:%1").arg(asset.id) : m_prefix + QString::number(asset.id);
}

int AssetLabelSheet::render(QPagedPaintDevice *device) const
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    // Drawn in points: the device's resolution scaled to 72 per inch.
    const double scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const double labelWidth = a4::PageWidth / Columns;
    const double labelHeight = a4::PageHeight / Rows;
    const double pad = 8;
    QFont plain(QStringLiteral("DejaVu Sans"));
    plain.setPixelSize(8);
    QFont bold = plain;
    bold.setPixelSize(9);
    bold.setBold(true);
    int pages = m_assets.isEmpty() ? 0 : 1;
    for (int i = 0; i < m_assets.size(); ++i) {
        const int onPage = i % (Columns * Rows);
        if (i > 0 && onPage == 0) {
            device->newPage();
            ++pages;
        }
        const Asset &a = m_assets.at(i);
        const QRectF label(onPage % Columns * labelWidth, onPage / Columns * labelHeight, labelWidth, labelHeight);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.3, Qt::DotLine));
        painter.drawRect(label);  // where to cut when printed on plain paper
        const double qrSide = labelHeight - 2 * pad - 12;
        const QRectF qr(label.left() + pad - 2, label.top() + (labelHeight - qrSide) / 2, qrSide, qrSide);
        paintQrCode(painter, qr.adjusted(4, 4, -4, -4), codeFor(a));
        QRectF text(qr.right() + 4, label.top() + pad, label.right() - qr.right() - pad - 4, labelHeight - 2 * pad);
        painter.setPen(Qt::black);
        // Up to `lines` lines of `s`, wrapped at spaces; what does not fit ends in an ellipsis.
        auto line = [&](const QFont &font, const QString &s, int lines = 1) {
            if (s.isEmpty())
                return;
            painter.setFont(font);
            const QFontMetricsF m(font);
            QStringList wrapped{QString()};
            for (const QString &word : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString candidate = wrapped.last().isEmpty() ? word : wrapped.last() + QLatin1Char(' ') + word;
                if (m.horizontalAdvance(candidate) <= text.width() || wrapped.last().isEmpty())
                    wrapped.last() = candidate;
                else
                    wrapped << word;
            }
            if (wrapped.size() > lines) {
                wrapped = wrapped.mid(0, lines);
                wrapped.last() += QStringLiteral(" …");
            }
            for (const QString &l : wrapped) {
                painter.drawText(QPointF(text.left(), text.top() + m.ascent()), m.elidedText(l, Qt::ElideRight, text.width()));
                text.setTop(text.top() + m.height());
            }
            text.setTop(text.top() + 1);
        };
        line(bold, a.name(), 3);
        line(plain, a.specification);
        line(plain, a.serial.isEmpty() ? QString() : tr("S/N %1").arg(a.serial));
        line(plain, a.customerName);
        line(plain, a.siteAddress, 2);
        line(bold, tr("Asset %1").arg(a.id));
    }
    return pages;
}

QByteArray AssetLabelSheet::pdf() const
{
    return renderPdf(tr("Asset labels"), [this](QPagedPaintDevice *device) { render(device); });
}

} // namespace ordo
