#include "ui/print/PdfDocument.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>

namespace ordo {

QByteArray renderPdf(const QString &title, const std::function<void(QPagedPaintDevice *)> &render)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Ordo"));
        render(&writer);
    }
    return bytes;
}

} // namespace ordo
