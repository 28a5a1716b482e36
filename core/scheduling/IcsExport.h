#pragma once

#include "core/scheduling/AppointmentService.h"

#include <QByteArray>

namespace ordo {

// An iCalendar (RFC 5545) file of appointments, for a technician's or salesperson's phone: times in
// UTC, stable UIDs (the same appointment keeps its UID when re-exported), escaped text, lines folded
// at 75 octets, CRLF line ends.
QByteArray exportIcs(const QList<CalendarEntry> &entries, const QString &calendarName, qint64 stampUtc);

// Escapes TEXT values (backslash, semicolon, comma, newline).
QString icsEscape(const QString &text);
// Folds one content line (already escaped) into 75-octet pieces joined by CRLF + space.
QByteArray icsFold(const QByteArray &line);

} // namespace ordo
