#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace ordo {

// A document drawn by `render` on A4 pages without margins (the drawing sets its own), as the
// bytes of a PDF file with `title` in its properties.
QByteArray renderPdf(const QString &title, const std::function<void(QPagedPaintDevice *)> &render);

} // namespace ordo
