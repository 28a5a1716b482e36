#pragma once

#include "core/common/LocalDays.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// An appointment with what the calendar and the route sheet show about it.
struct CalendarEntry
{
    Appointment appointment;
    qint64 version = 0;
    QString orderNumber;
    QString orderTitle;
    QString customer;
    QString phone;
    QString address;        // the site, else the customer's address
    QString postcode;
    QString city;
    QString staffName;
    QString staffColour;
};

// Why a booking needs a second look: it overlaps another booking of the same person, or falls
// outside their working hours. The user may confirm it; nothing is saved over another booking silently.
struct ScheduleCheck
{
    QList<CalendarEntry> clashes;
    bool outsideHours = false;
    bool ok() const { return clashes.isEmpty() && !outsideHours; }
    QString describe(const QString &staffName) const;
};

struct AppointmentDraft
{
    Id orderId = 0;
    Id staffId = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    AppointmentKind kind = AppointmentKind::Estimate;
    QString notes;
};

// Visits in the calendar. Every change is also written to the order's history.
class AppointmentService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AppointmentService)

public:
    // A visit lasts at most a day (a longer job is one visit per day). The bound lets every calendar
    // query read an index range on the start, whatever the years of history before it.
    static constexpr qint64 MaxVisitSeconds = 24 * 3600;

    explicit AppointmentService(Database &db) : m_db(db) {}

    Result<ScheduleCheck> check(Id staffId, qint64 startsAt, qint64 endsAt, Id ignoreAppointmentId = 0) const;
    // An estimate or installation visit needs the site's address with its postcode at least (the
    // automatic assignment by territory depends on it): refused (Invalid) without.
    // With confirmed false, a clash or a time outside working hours is refused (Conflict) with the reason.
    Result<CalendarEntry> create(const AppointmentDraft &draft, const Actor &by, bool confirmed = false);
    // Moves or resizes a booking, possibly to another person. expectedVersion guards against a concurrent change.
    Result<CalendarEntry> reschedule(Id appointmentId, qint64 expectedVersion, Id staffId, qint64 startsAt, qint64 endsAt,
                                     const Actor &by, bool confirmed = false);
    Result<CalendarEntry> setStatus(Id appointmentId, qint64 expectedVersion, AppointmentStatus status, const Actor &by);

    Result<CalendarEntry> find(Id appointmentId) const;
    // Bookings overlapping [from, to), by start; empty staff list: everyone.
    Result<QList<CalendarEntry>> range(qint64 from, qint64 to, const QList<Id> &staffIds = {}) const;

    // The bookings of one order, by start.
    Result<QList<CalendarEntry>> forOrder(Id orderId) const;
    // Its planned visits that start after `from` (epoch seconds), by start.
    Result<QList<CalendarEntry>> upcomingForOrder(Id orderId, qint64 from) const;
    // Cancels those visits (each one written to the order's history); how many were cancelled.
    Result<int> cancelUpcoming(Id orderId, qint64 from, const Actor &by);

    // "Estimate visit with Javier Ruiz, Tue 24/11/26 10:00-11:00", for histories and messages.
    static QString describe(const CalendarEntry &entry);
    // A visit as facts for the order's history: kind key, person, start and end (epoch seconds).
    static QVariantMap visitFacts(const CalendarEntry &e);

private:
    Database &m_db;
};

// Working hours of a person on the local date of `utcSeconds`: [start, end) as UTC seconds, or
// nullopt when that is not a working day for them. Daylight-saving days are handled by the local clock.
std::optional<std::pair<qint64, qint64>> workingWindow(const StaffMember &member, const QDate &localDate);
// The same, with the local days of a task that asks for many (each day converted once).
std::optional<std::pair<qint64, qint64>> workingWindow(const StaffMember &member, const QDate &localDate, LocalDays &days);

} // namespace ordo
