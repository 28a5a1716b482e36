#include "core/scheduling/IcsExport.h"

#include <QDateTime>

namespace ordo {

QString icsEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case ';': out += QStringLiteral("\\;"); break;
        case ',': out += QStringLiteral("\\,"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

QByteArray icsFold(const QByteArray &line)
{
    QByteArray out;
    int used = 0;
    int limit = 75;
    for (qsizetype i = 0; i < line.size();) {
        // Never split a UTF-8 sequence: measure the whole character first.
        const auto byte = static_cast<unsigned char>(line[i]);
        const int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : 4;
        if (used + length > limit) {
            out += "\r\n ";
            used = 0;
            limit = 74;  // the leading space counts
        }
        out += line.mid(i, length);
        used += length;
        i += length;
    }
    return out;
}

namespace {

QByteArray utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void line(QByteArray &out, const QByteArray &name, const QString &value)
{
    out += icsFold(name + ':' + value.toUtf8());
    out += "\r\n";
}

} // namespace

QByteArray exportIcs(const QList<CalendarEntry> &entries, const QString &calendarName, qint64 stampUtc)
{
    QByteArray out;
    line(out, "BEGIN", QStringLiteral("VCALENDAR"));
    line(out, "VERSION", QStringLiteral("2.0"));
    line(out, "PRODID", QStringLiteral("-//Ordo//Work orders//EN"));
    line(out, "CALSCALE", QStringLiteral("GREGORIAN"));
    line(out, "METHOD", QStringLiteral("PUBLISH"));
    line(out, "X-WR-CALNAME", icsEscape(calendarName));
    for (const auto &e : entries) {
        line(out, "BEGIN", QStringLiteral("VEVENT"));
        line(out, "UID", QStringLiteral("appointment-%1@ordo").arg(e.appointment.id));
        out += "DTSTAMP:" + utc(stampUtc) + "\r\n";
        out += "DTSTART:" + utc(e.appointment.startsAt) + "\r\n";
        out += "DTEND:" + utc(e.appointment.endsAt) + "\r\n";
        line(out, "SEQUENCE", QString::number(e.version));
        line(out, "SUMMARY", icsEscape(QStringLiteral("%1 — %2").arg(displayName(e.appointment.kind), e.customer)));
        QStringList place{e.address};
        if (!e.postcode.isEmpty() || !e.city.isEmpty())
            place << QStringLiteral("%1 %2").arg(e.postcode, e.city).trimmed();
        line(out, "LOCATION", icsEscape(place.join(QStringLiteral(", "))));
        QStringList description{QStringLiteral("%1 — %2").arg(e.orderNumber, e.orderTitle)};
        if (!e.phone.isEmpty())
            description << QCoreApplication::translate("ordo::IcsExport", "Phone: %1").arg(e.phone);
        if (!e.appointment.notes.isEmpty())
            description << e.appointment.notes;
        line(out, "DESCRIPTION", icsEscape(description.join(QLatin1Char('\n'))));
        line(out, "STATUS", e.appointment.status == AppointmentStatus::Cancelled ? QStringLiteral("CANCELLED")
                                                                                  : QStringLiteral("CONFIRMED"));
        line(out, "END", QStringLiteral("VEVENT"));
    }
    line(out, "END", QStringLiteral("VCALENDAR"));
    return out;
}

} // namespace ordo
