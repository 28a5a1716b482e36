#include "ui/orders/JobSheet.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Printing.h"
#include "core/domain/Money.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/scheduling/AppointmentService.h"

#include <QFileDialog>
#include <QLocale>

namespace ordo {

QString JobSheet::html(Database &db, Id orderId)
{
    auto order = WorkOrderService(db).find(orderId);
    if (!order)
        return {};
    auto customer = CustomerRepository(db).find(order->customerId);
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Job sheet — %1").arg(order->number).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(order->title.toHtmlEscaped(), order->description.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td width=\"25%\"><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Customer"), order->customerName);
    if (customer) {
        row(tr("Phone"), QStringList({customer->phone, customer->phone2}).join(QStringLiteral("  ")).trimmed());
        row(tr("Address"), QStringLiteral("%1, %2 %3").arg(order->siteAddress, customer->postcode, customer->city));
    }
    row(tr("Assigned to"), order->assigneeName);
    if (auto visits = AppointmentService(db).forOrder(orderId)) {
        for (const auto &v : *visits)
            if (v.appointment.status == AppointmentStatus::Planned)
                row(tr("Visit"), AppointmentService::describe(v));
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Work"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\"><tr><th width=\"20%\">%1</th>"
                           "<th>%2</th><th width=\"15%\">%3</th></tr>")
                .arg(tr("Quantity"), tr("Description"), tr("Done"));
    if (auto lines = WorkOrderService(db).lines(orderId))
        for (const auto &l : *lines)
            html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>&nbsp;</td></tr>")
                        .arg(money::formatQuantity(l.quantity, locale), l.description.toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
                           "<tr><td height=\"140\">&nbsp;</td></tr></table>").arg(tr("Notes"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\"><tr><td width=\"50%\" height=\"80\">"
                           "%1<br/><br/><br/>______________________</td><td>%2<br/><br/><br/>______________________</td></tr></table>")
                .arg(tr("Customer's signature"), tr("Technician's signature and date"));
    html += QStringLiteral("</body></html>");
    return html;
}

void JobSheet::printOrSave(QWidget *parent, Database &db, Id orderId)
{
    const int choice = MessageBox::choose(parent, tr("Job sheet"), tr("Print the job sheet, or save it as a PDF?"),
                                          {tr("Print preview…"), tr("Save as PDF…")});
    if (choice == 1) {
        const QString path = QFileDialog::getSaveFileName(parent, tr("Save job sheet"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writePdf(parent, db, orderId, path);
    } else if (choice == 0) {
        const QString page = html(db, orderId);
        printPreview(parent, {{}, false, [page](QPagedPaintDevice *device) { printDocument(page, device); }});
    }
}

bool JobSheet::writePdf(QWidget *parent, Database &db, Id orderId, const QString &pdfPath)
{
    if (!writeDocumentPdf(html(db, orderId), pdfPath)) {
        MessageBox::error(parent, tr("Job sheet"), tr("Could not write %1.").arg(pdfPath));
        return false;
    }
    return true;
}

} // namespace ordo
