#include "ui/print/QrCode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace ordo {

bool paintQrCode(QPainter &painter, const QRectF &modules, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                         &QRcode_free);
    if (!code)
        return false;
    const int n = code->width;
    const qreal size = std::min(modules.width(), modules.height()) / n;
    // One path for every dark module, filled once: no hairline seams between neighbours in a PDF.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n;) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && (code->data[y * n + x] & 1))
                ++x;
            path.addRect(QRectF(modules.left() + start * size, modules.top() + y * size, (x - start) * size, size));
        }
    }
    const qreal quiet = 4 * size;
    painter.fillRect(QRectF(modules.topLeft(), QSizeF(n * size, n * size)).adjusted(-quiet, -quiet, quiet, quiet), Qt::white);
    painter.fillPath(path, Qt::black);
    return true;
}

} // namespace ordo
