// The printing plugin: Qt Print Support's preview and print dialog, loaded by printPreview and
// printWithDialog when something is first printed (ui/common/Printing.h says why it is apart).
#include "ui/common/Printing.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

void setUp(QPrinter &printer, const ordo::PrintJob &job)
{
    if (job.a4FullPage) {
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
    }
}

} // namespace

extern "C" {

Q_DECL_EXPORT int ordo_printing_abi()
{
    return ordo::PrintingPluginAbi;
}

Q_DECL_EXPORT int ordo_printing_preview(QWidget *parent, const ordo::PrintJob *job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, *job);
    QPrintPreviewDialog preview(&printer, parent);
    if (!job->title.isEmpty())
        preview.setWindowTitle(job->title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [job](QPrinter *p) {
        if (job->paint)
            job->paint(p);
    });
    return preview.exec();
}

Q_DECL_EXPORT int ordo_printing_print(QWidget *parent, const ordo::PrintJob *job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, *job);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QDialog::Rejected;
    if (job->paint)
        job->paint(&printer);
    return QDialog::Accepted;
}

} // extern "C"
