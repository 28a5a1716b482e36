#include "ui/common/Printing.h"

#include "core/common/Log.h"
#include "ui/common/MessageBox.h"
#include "ui/common/OrdoPlugin.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ordo {

namespace {

QPageLayout pdfLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool run(QWidget *parent, const PrintJob &job, const char *function)
{
    const OrdoPlugin plugin(QStringLiteral("ordo_printing"), PrintingPluginAbi);
    if (const auto go = plugin.function<OrdoPrintingRun>(function)) {
        go(parent, &job);
        return true;
    }
    const QString why = plugin.loaded()
                            ? QCoreApplication::translate("ordo::Printing", "the printing plugin lacks %1").arg(QString::fromLatin1(function))
                            : plugin.error();
    qCWarning(logUi).noquote() << "Nothing can be printed:" << why;
    MessageBox::error(parent, QCoreApplication::translate("ordo::Printing", "Print"),
                      QCoreApplication::translate("ordo::Printing", "Ordo cannot print here: %1. Reinstall Ordo; meanwhile "
                                                                    "save the document as a PDF and print that.")
                          .arg(why));
    return false;
}

} // namespace

bool printPreview(QWidget *parent, const PrintJob &job)
{
    return run(parent, job, "ordo_printing_preview");
}

bool printWithDialog(QWidget *parent, const PrintJob &job)
{
    return run(parent, job, "ordo_printing_print");
}

void prepareDocument(QTextDocument &document, const QString &html, const QSizeF &pageSize)
{
    QFont font = document.defaultFont();
    font.setPointSize(10);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(pageSize);
}

QSizeF documentPageSize(QPagedPaintDevice *device)
{
    return device->pageLayout().paintRect(QPageLayout::Point).size();
}

QSizeF documentPageSize()
{
    return pdfLayout().paintRect(QPageLayout::Point).size();
}

void printDocument(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    prepareDocument(document, html, documentPageSize(device));
    document.print(device);
}

bool writeDocumentPdf(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setPageLayout(pdfLayout());
        printDocument(html, &pdf);
    }
    return file.commit();
}

} // namespace ordo
