#include "core/scheduling/AppointmentService.h"

#include "core/orders/OrderAccess.h"

#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/orders/EventText.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectEntry = QStringLiteral(
    "SELECT a.id, a.order_id, a.staff_id, a.starts_at, a.ends_at, a.kind, a.status, a.notes, a.version, "
    "o.number, o.title, c.name, c.phone, coalesce(si.address, c.address), coalesce(si.postcode, c.postcode), "
    "coalesce(si.city, c.city), s.name, s.colour "
    "FROM appointments a JOIN work_orders o ON o.id = a.order_id JOIN customers c ON c.id = o.customer_id "
    "LEFT JOIN sites si ON si.id = o.site_id JOIN staff s ON s.id = a.staff_id ");

CalendarEntry fromRow(const QSqlQuery &q)
{
    CalendarEntry e;
    e.appointment.id = q.value(0).toLongLong();
    e.appointment.orderId = q.value(1).toLongLong();
    e.appointment.staffId = q.value(2).toLongLong();
    e.appointment.startsAt = q.value(3).toLongLong();
    e.appointment.endsAt = q.value(4).toLongLong();
    e.appointment.kind = appointmentKindFromKey(q.value(5).toString()).value_or(AppointmentKind::Estimate);
    e.appointment.status = appointmentStatusFromKey(q.value(6).toString()).value_or(AppointmentStatus::Planned);
    e.appointment.notes = q.value(7).toString();
    e.version = q.value(8).toLongLong();
    e.orderNumber = q.value(9).toString();
    e.orderTitle = q.value(10).toString();
    e.customer = q.value(11).toString();
    e.phone = q.value(12).toString();
    e.address = q.value(13).toString();
    e.postcode = q.value(14).toString();
    e.city = q.value(15).toString();
    e.staffName = q.value(16).toString();
    e.staffColour = q.value(17).toString();
    return e;
}

QString timeText(qint64 utc)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().time(), QLocale::ShortFormat);
}

QString thisVisit()
{
    //: The subject of "%1 was changed by someone else meanwhile…"
    return AppointmentService::tr("This visit");
}

} // namespace

std::optional<std::pair<qint64, qint64>> workingWindow(const StaffMember &member, const QDate &localDate, LocalDays &days)
{
    if (!(member.hours.days & (1 << (localDate.dayOfWeek() - 1))))
        return std::nullopt;
    return std::make_pair(days.at(localDate, member.hours.startMinute),
                          days.at(localDate, std::min(member.hours.endMinute, 24 * 60 - 1)));
}

std::optional<std::pair<qint64, qint64>> workingWindow(const StaffMember &member, const QDate &localDate)
{
    LocalDays days;
    return workingWindow(member, localDate, days);
}

QString ScheduleCheck::describe(const QString &staffName) const
{
    QStringList parts;
    for (const auto &c : clashes)
        parts << AppointmentService::tr("%1 already has %2 (%3, %4) from %5 to %6.")
                     .arg(staffName, displayName(c.appointment.kind).toLower(), c.orderNumber, c.customer,
                          timeText(c.appointment.startsAt), timeText(c.appointment.endsAt));
    if (outsideHours)
        parts << AppointmentService::tr("It is outside %1's working hours.").arg(staffName);
    return parts.join(QLatin1Char(' '));
}

QVariantMap AppointmentService::visitFacts(const CalendarEntry &e)
{
    return {{QStringLiteral("kind"), toKey(e.appointment.kind)},
            {QStringLiteral("staff"), e.staffName},
            {QStringLiteral("starts"), e.appointment.startsAt},
            {QStringLiteral("ends"), e.appointment.endsAt}};
}

QString AppointmentService::describe(const CalendarEntry &e)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).toLocalTime();
    return tr("%1 with %2, %3 %4–%5")
        .arg(displayName(e.appointment.kind), e.staffName,
             QLocale().toString(start.date(), QStringLiteral("ddd dd/MM/yy")), timeText(e.appointment.startsAt),
             timeText(e.appointment.endsAt));
}

Result<ScheduleCheck> AppointmentService::check(Id staffId, qint64 startsAt, qint64 endsAt, Id ignoreAppointmentId) const
{
    ScheduleCheck result;
    auto q = m_db.run(selectEntry + QStringLiteral("WHERE a.staff_id = ? AND a.starts_at < ? AND a.starts_at > ? AND a.ends_at > ? "
                                                   "AND a.status <> 'cancelled' AND a.id <> ? ORDER BY a.starts_at"),
                      {staffId, endsAt, startsAt - MaxVisitSeconds, startsAt, ignoreAppointmentId});
    if (!q)
        return q.error();
    while (q->next())
        result.clashes.append(fromRow(*q));
    auto member = StaffRepository(m_db).find(staffId);
    if (!member)
        return member.error();
    const QDate day = QDateTime::fromSecsSinceEpoch(startsAt).toLocalTime().date();
    const auto window = workingWindow(*member, day);
    result.outsideHours = !window || startsAt < window->first || endsAt > window->second;
    return result;
}

Result<CalendarEntry> AppointmentService::find(Id appointmentId) const
{
    auto q = m_db.run(selectEntry + QStringLiteral("WHERE a.id = ?"), {appointmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("That appointment no longer exists."));
    return fromRow(*q);
}

Result<QList<CalendarEntry>> AppointmentService::range(qint64 from, qint64 to, const QList<Id> &staffIds) const
{
    QString sql = selectEntry + QStringLiteral("WHERE a.starts_at < ? AND a.starts_at > ? AND a.ends_at > ? ");
    QVariantList values{to, from - MaxVisitSeconds, from};
    if (!staffIds.isEmpty()) {
        QStringList marks;
        for (Id id : staffIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral("AND a.staff_id IN (%1) ").arg(marks.join(QLatin1Char(',')));
    }
    auto q = m_db.run(sql + QStringLiteral("ORDER BY a.starts_at, a.id"), values);
    if (!q)
        return q.error();
    QList<CalendarEntry> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QList<CalendarEntry>> AppointmentService::forOrder(Id orderId) const
{
    auto q = m_db.run(selectEntry + QStringLiteral("WHERE a.order_id = ? ORDER BY a.starts_at, a.id"), {orderId});
    if (!q)
        return q.error();
    QList<CalendarEntry> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QList<CalendarEntry>> AppointmentService::upcomingForOrder(Id orderId, qint64 from) const
{
    auto q = m_db.run(selectEntry + QStringLiteral("WHERE a.order_id = ? AND a.status = 'planned' AND a.starts_at > ? "
                                                   "ORDER BY a.starts_at, a.id"),
                      {orderId, from});
    if (!q)
        return q.error();
    QList<CalendarEntry> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<int> AppointmentService::cancelUpcoming(Id orderId, qint64 from, const Actor &by)
{
    int cancelled = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto upcoming = upcomingForOrder(orderId, from);
        if (!upcoming)
            return upcoming.error();
        for (const CalendarEntry &e : *upcoming) {
            if (auto r = setStatus(e.appointment.id, e.version, AppointmentStatus::Cancelled, by); !r)
                return r.error();
            ++cancelled;
        }
        return true;
    });
    if (!done)
        return done.error();
    return cancelled;
}

Result<CalendarEntry> AppointmentService::create(const AppointmentDraft &d, const Actor &by, bool confirmed)
{
    if (auto allowed = authorizeVisit(by, d.staffId); !allowed)
        return allowed.error();
    if (d.endsAt <= d.startsAt)
        return makeError(ErrorCode::Invalid, tr("An appointment must end after it starts."));
    if (d.endsAt - d.startsAt > MaxVisitSeconds)
        return makeError(ErrorCode::Invalid, tr("A visit cannot last more than 24 hours: book one visit per day."));
    Id id = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto staff = StaffRepository(m_db).find(d.staffId);
        if (!staff)
            return staff.error();
        if (d.kind == AppointmentKind::Estimate || d.kind == AppointmentKind::Installation) {
            auto site = m_db.run(QStringLiteral("SELECT o.number, coalesce(si.postcode, c.postcode) FROM work_orders o "
                                                "JOIN customers c ON c.id = o.customer_id LEFT JOIN sites si ON si.id = o.site_id "
                                                "WHERE o.id = ?"),
                                 {d.orderId});
            if (!site)
                return site.error();
            if (!site->next())
                return makeError(ErrorCode::NotFound, tr("That work order no longer exists."));
            if (site->value(1).toString().trimmed().isEmpty())
                return makeError(ErrorCode::Invalid,
                                 tr("%1 has no site address with a postcode: an estimate or installation visit needs "
                                    "it (who goes there depends on it). Add the address to the order first.")
                                     .arg(site->value(0).toString()));
        }
        auto check = this->check(d.staffId, d.startsAt, d.endsAt);
        if (!check)
            return check.error();
        if (!confirmed && !check->ok())
            return makeError(ErrorCode::Conflict, check->describe(staff->name));
        const qint64 now = Clock::nowSecs();
        auto inserted = m_db.scalar(QStringLiteral("INSERT INTO appointments (order_id, staff_id, starts_at, ends_at, kind, "
                                                   "status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', "
                                                   "?, ?, ?) RETURNING id"),
                                    {d.orderId, d.staffId, d.startsAt, d.endsAt, toKey(d.kind), d.notes, now, now});
        if (!inserted) {
            if (inserted.error().message.contains(QLatin1String("FOREIGN KEY")))
                return makeError(ErrorCode::NotFound, tr("That work order no longer exists."));
            return inserted.error();
        }
        id = inserted->toLongLong();
        auto entry = find(id);
        if (!entry)
            return entry.error();
        QVariantMap facts = visitFacts(*entry);
        facts.insert(QStringLiteral("fact"), QStringLiteral("visit_booked"));
        eventlog::Entry e{d.orderId, by, EventKind::FieldChanged, QStringLiteral("appointment"), {}, {},
                          std::nullopt, std::nullopt, {}, facts};
        if (auto r = eventlog::append(m_db, e, now); !r)
            return r.error();
        if (auto r = m_db.run(QStringLiteral("UPDATE work_orders SET updated_at = ? WHERE id = ?"), {now, d.orderId}); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(d.orderId);
    return find(id);
}

Result<CalendarEntry> AppointmentService::reschedule(Id appointmentId, qint64 expectedVersion, Id staffId, qint64 startsAt,
                                                     qint64 endsAt, const Actor &by, bool confirmed)
{
    if (endsAt <= startsAt)
        return makeError(ErrorCode::Invalid, tr("An appointment must end after it starts."));
    if (endsAt - startsAt > MaxVisitSeconds)
        return makeError(ErrorCode::Invalid, tr("A visit cannot last more than 24 hours: book one visit per day."));
    Id orderId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto before = find(appointmentId);
        if (!before)
            return before.error();
        orderId = before->appointment.orderId;
        if (auto allowed = authorizeVisit(by, before->appointment.staffId); !allowed)
            return allowed.error();
        if (auto allowed = authorizeVisit(by, staffId); !allowed)
            return allowed.error();
        if (before->version != expectedVersion)
            return concurrentEdit(thisVisit(), NotDone::Moved);
        auto staff = StaffRepository(m_db).find(staffId);
        if (!staff)
            return staff.error();
        auto check = this->check(staffId, startsAt, endsAt, appointmentId);
        if (!check)
            return check.error();
        if (!confirmed && !check->ok())
            return makeError(ErrorCode::Conflict, check->describe(staff->name));
        const qint64 now = Clock::nowSecs();
        const VersionedUpdate update{"appointments", appointmentId, expectedVersion,
                                     {{"staff_id", staffId}, {"starts_at", startsAt}, {"ends_at", endsAt}, {"updated_at", now}}};
        if (auto r = updateVersioned(m_db, update, thisVisit(), NotDone::Moved); !r)
            return r.error();
        auto after = find(appointmentId);
        if (!after)
            return after.error();
        QVariantMap facts = visitFacts(*after);
        facts.insert(QStringLiteral("fact"), QStringLiteral("visit_moved"));
        facts.insert(QStringLiteral("before"), visitFacts(*before));
        eventlog::Entry e{orderId, by, EventKind::FieldChanged, QStringLiteral("appointment"), {}, {},
                          std::nullopt, std::nullopt, {}, facts};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(orderId);
    return find(appointmentId);
}

Result<CalendarEntry> AppointmentService::setStatus(Id appointmentId, qint64 expectedVersion, AppointmentStatus status,
                                                    const Actor &by)
{
    Id orderId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto before = find(appointmentId);
        if (!before)
            return before.error();
        orderId = before->appointment.orderId;
        if (auto allowed = authorizeVisit(by, before->appointment.staffId); !allowed)
            return allowed.error();
        const qint64 now = Clock::nowSecs();
        const VersionedUpdate update{"appointments", appointmentId, expectedVersion,
                                     {{"status", toKey(status)}, {"updated_at", now}}};
        if (auto r = updateVersioned(m_db, update, thisVisit()); !r)
            return r.error();
        eventlog::Entry e{orderId, by, EventKind::FieldChanged, QStringLiteral("appointment_status"),
                          toKey(before->appointment.status), toKey(status), std::nullopt, std::nullopt, {},
                          visitFacts(*before)};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(orderId);
    return find(appointmentId);
}

} // namespace ordo
