#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace ordo {

// Documents are drawn in points (1/72 inch) on an A4 page of 595 × 842 with the same margins.
namespace a4 {
constexpr double PageWidth = 595;
constexpr double PageHeight = 842;
constexpr double Margin = 42;
constexpr double ContentWidth = PageWidth - 2 * Margin;
} // namespace a4

// A document drawn by `render` on A4 pages without margins (the drawing sets its own), as the
// bytes of a PDF file with `title` in its properties.
QByteArray renderPdf(const QString &title, const std::function<void(QPagedPaintDevice *)> &render);

} // namespace ordo
