#include "ui/common/Printing.h"

#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace ordo {

namespace {

void setUpPdf(QPrinter &printer)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

} // namespace

void prepareDocument(QTextDocument &document, const QString &html, const QSizeF &pageSize)
{
    QFont font = document.defaultFont();
    font.setPointSize(10);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(pageSize);
}

QSizeF documentPageSize(QPrinter *printer)
{
    return printer->pageRect(QPrinter::Point).size();
}

QSizeF documentPageSize()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPdf(printer);
    return documentPageSize(&printer);
}

void printDocument(const QString &html, QPrinter *printer)
{
    QTextDocument document;
    prepareDocument(document, html, documentPageSize(printer));
    document.print(printer);
}

bool writeDocumentPdf(const QString &html, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPdf(printer);
    printer.setOutputFileName(path);
    printDocument(html, &printer);
    return printer.printerState() != QPrinter::Error;
}

} // namespace ordo
