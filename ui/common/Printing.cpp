#include "ui/common/Printing.h"

#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace ordo {

void printDocument(const QString &html, QPrinter *printer)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSize(10);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(printer->pageRect(QPrinter::Point).size());
    document.print(printer);
}

bool writeDocumentPdf(const QString &html, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printDocument(html, &printer);
    return printer.printerState() != QPrinter::Error;
}

} // namespace ordo
