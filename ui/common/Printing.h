#pragma once

#include <QSizeF>
#include <QString>

class QPrinter;
class QTextDocument;

namespace ordo {

// Prints an HTML document (route sheets, job sheets) laid out on the printer's page, so that
// tables fill the width of the sheet.
void printDocument(const QString &html, QPrinter *printer);
// The same to a PDF file (A4, 15 mm margins); false when the file could not be written.
bool writeDocumentPdf(const QString &html, const QString &path);

// The printable area of the PDF's page in points, and of a printer's page.
QSizeF documentPageSize();
QSizeF documentPageSize(QPrinter *printer);
// Sets up a document as printDocument lays it out (font, HTML, page size), so that a caller can
// see where its content falls on the pages before printing.
void prepareDocument(QTextDocument &document, const QString &html, const QSizeF &pageSize);

} // namespace ordo
