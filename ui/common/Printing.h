#pragma once

#include <QSizeF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

namespace ordo {

// What is printed: pages painted on the printer by the same renderers that write the PDFs.
struct PrintJob
{
    QString title;            // the preview window's title (empty: Qt's own)
    bool a4FullPage = false;  // A4 and the whole sheet: the renderer places its own margins
    std::function<void(QPagedPaintDevice *)> paint;
};

// Qt Print Support's preview (with its print button) and print dialog. They come from the printing
// plugin (ordo_printing, see OrdoPlugin), loaded when first asked for: Qt Print Support is not
// loaded at every start of ordo for the few times a day something is printed. Without the plugin
// the user is told why, and false is returned.
bool printPreview(QWidget *parent, const PrintJob &job);
bool printWithDialog(QWidget *parent, const PrintJob &job);

// The plugin's functions, looked up by these C names; the number changes whenever PrintJob does.
inline constexpr int PrintingPluginAbi = 1;
extern "C" {
using OrdoPrintingRun = int (*)(QWidget *parent, const PrintJob *job);  // the dialog's result
}

// Prints an HTML document (route sheets, job sheets) laid out on the device's page, so that tables
// fill the width of the sheet.
void printDocument(const QString &html, QPagedPaintDevice *device);
// The same to a PDF file (A4, 15 mm margins); false when the file could not be written.
bool writeDocumentPdf(const QString &html, const QString &path);

// The printable area of the PDF's page in points, and of a device's page.
QSizeF documentPageSize();
QSizeF documentPageSize(QPagedPaintDevice *device);
// Sets up a document as printDocument lays it out (font, HTML, page size), so that a caller can
// see where its content falls on the pages before printing.
void prepareDocument(QTextDocument &document, const QString &html, const QSizeF &pageSize);

} // namespace ordo
