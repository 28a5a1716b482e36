#pragma once

#include <QString>

class QPrinter;

namespace ordo {

// Prints an HTML document (route sheets, job sheets) laid out on the printer's page, so that
// tables fill the width of the sheet.
void printDocument(const QString &html, QPrinter *printer);
// The same to a PDF file; false when the file could not be written.
bool writeDocumentPdf(const QString &html, const QString &path);

} // namespace ordo
