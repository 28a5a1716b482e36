#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace ordo {

// Paints `text` as a QR code (ISO/IEC 18004, error correction M, libqrencode) filling `modules`, the
// square of the symbol without its quiet zone: keep 4 modules of white around it. Returns false when
// the text cannot be encoded.
bool paintQrCode(QPainter &painter, const QRectF &modules, const QString &text);

} // namespace ordo
