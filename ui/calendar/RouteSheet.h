#pragma once

#include "core/domain/Types.h"
#include "core/scheduling/AppointmentService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>

namespace ordo {

// The route sheets of one or several people for some days, as one document: each person starts
// on a new page, and a visit is never split across two pages (when it would be, its day goes on
// on the next page with the table's heading again).
class RouteSheet
{
    Q_DECLARE_TR_FUNCTIONS(ordo::RouteSheet)

public:
    // `people` in the order they are printed; those with no visit on the days are left out.
    RouteSheet(QList<StaffMember> people, QList<CalendarEntry> entries, QList<QDate> days);

    // The people with at least one visit on the days.
    QList<StaffMember> printedPeople() const;
    // The document laid out for pages of `pageSize` points (see ordo::documentPageSize()).
    QString html(const QSizeF &pageSize) const;

private:
    struct Stop
    {
        const StaffMember *person;
        QDate day;
        const CalendarEntry *entry;
    };
    QList<Stop> stops() const;
    QString html(const QList<Stop> &stops, const QList<int> &breaks) const;

    QList<StaffMember> m_people;
    QList<CalendarEntry> m_entries;
    QList<QDate> m_days;
};

} // namespace ordo
