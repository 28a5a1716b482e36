#include "ui/calendar/RouteSheet.h"

#include "ui/common/Printing.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QLocale>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace ordo {

namespace {

QString timeText(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

QDate localDay(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date();
}

} // namespace

RouteSheet::RouteSheet(QList<StaffMember> people, QList<CalendarEntry> entries, QList<QDate> days)
    : m_people(std::move(people)), m_entries(std::move(entries)), m_days(std::move(days))
{
    m_entries.removeIf([](const CalendarEntry &e) { return e.appointment.status == AppointmentStatus::Cancelled; });
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
        return a.appointment.startsAt < b.appointment.startsAt;
    });
}

QList<RouteSheet::Stop> RouteSheet::stops() const
{
    QList<Stop> out;
    for (const StaffMember &person : m_people)
        for (const QDate &day : m_days)
            for (const CalendarEntry &e : m_entries)
                if (e.appointment.staffId == person.id && localDay(e.appointment.startsAt) == day)
                    out.append({&person, day, &e});
    return out;
}

QList<StaffMember> RouteSheet::printedPeople() const
{
    QList<StaffMember> out;
    for (const Stop &s : stops())
        if (out.isEmpty() || out.last().id != s.person->id)
            out << *s.person;
    return out;
}

QString RouteSheet::html(const QList<Stop> &stops, const QList<int> &breaks) const
{
    const QLocale locale;
    const QString header = QStringLiteral("<tr><th width=\"17%\">%1</th><th width=\"35%\">%2</th><th width=\"24%\">%3</th>"
                                          "<th width=\"25%\">%4</th></tr>")
                               .arg(tr("Time"), tr("Customer and address"), tr("Job"), tr("Notes and signature"));
    const QString tableStart = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    const QString pageBreak = QStringLiteral(" style=\"page-break-before: always\"");
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    const StaffMember *person = nullptr;
    QDate day;
    bool open = false;
    for (int i = 0; i < stops.size(); ++i) {
        const Stop &s = stops[i];
        const bool newPerson = person != s.person;
        const bool newDay = newPerson || day != s.day;
        const bool broken = breaks.contains(i);
        if (newDay || broken) {
            if (open)
                html += QStringLiteral("</table>");
            if (newPerson)
                html += QStringLiteral("<h2%1>%2</h2>")
                            .arg(person ? pageBreak : QString(), tr("Route sheet — %1").arg(s.person->name.toHtmlEscaped()));
            const QString dayName = locale.toString(s.day, QLocale::LongFormat);
            html += QStringLiteral("<h3%1>%2</h3>")
                        .arg(broken && !newPerson ? pageBreak : QString(),
                             (newDay ? dayName : tr("%1 (continued)").arg(dayName)).toHtmlEscaped());
            html += tableStart + header;
            open = true;
            person = s.person;
            day = s.day;
        }
        const CalendarEntry *e = s.entry;
        html += QStringLiteral("<tr><td valign=\"top\">%1–%2<br/>%3</td>"
                               "<td valign=\"top\"><b>%4</b><br/>%5<br/>%6 %7<br/>%8</td>"
                               "<td valign=\"top\">%9<br/>%10<br/><i>%11</i></td>"
                               "<td height=\"90\">&nbsp;<br/><br/><br/>%12 ______________</td></tr>")
                    .arg(timeText(e->appointment.startsAt), timeText(e->appointment.endsAt),
                         displayName(e->appointment.kind).toHtmlEscaped(), e->customer.toHtmlEscaped(),
                         e->address.toHtmlEscaped(), e->postcode.toHtmlEscaped(), e->city.toHtmlEscaped(),
                         tr("Phone: %1").arg(e->phone).toHtmlEscaped(), e->orderNumber.toHtmlEscaped(),
                         e->orderTitle.toHtmlEscaped(), e->appointment.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")))
                    .arg(tr("Signature:"));
    }
    if (open)
        html += QStringLiteral("</table>");
    if (stops.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No visits on these days.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

QString RouteSheet::html(const QSizeF &pageSize) const
{
    const QList<Stop> all = stops();
    QList<int> breaks;
    // Qt splits a table row that starts near the bottom of a page. Lay the document out as it will
    // be printed, find the first visit that crosses a page's end, start its day again on the next
    // page, and repeat (each round moves one visit; a visit taller than a page is left as it is).
    for (int round = 0; round <= all.size(); ++round) {
        const QString text = html(all, breaks);
        QTextDocument document;
        prepareDocument(document, text, pageSize);
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const qreal pageHeight = document.pageSize().height();
        int stop = 0;
        int split = -1;
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            for (int row = 1; row < table->rows() && split < 0; ++row, ++stop) {
                qreal top = 1e12;
                qreal bottom = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    top = std::min(top, layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top());
                    bottom = std::max(bottom, layout->blockBoundingRect(document.findBlock(cell.lastPosition())).bottom());
                }
                const bool crosses = std::floor(top / pageHeight) != std::floor((bottom - 0.5) / pageHeight);
                if (crosses && bottom - top < pageHeight * 0.8 && !breaks.contains(stop))
                    split = stop;
            }
            if (split >= 0)
                break;
        }
        if (split < 0)
            return text;
        breaks << split;
    }
    return html(all, breaks);
}

} // namespace ordo
