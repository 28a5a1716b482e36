#include "core/usecases/Reassignment.h"

#include "core/common/Authorization.h"

#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Database.h"

namespace ordo {

Result<ReassignReport> Reassignment::personLeaves(Id leaving, Id successor, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageStaff); !allowed)
        return allowed.error();
    if (leaving == successor)
        return makeError(ErrorCode::Invalid, tr("Choose someone else to take over the work."));
    ReassignReport report;
    QList<Id> touched;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        StaffRepository staff(m_db);
        auto from = staff.find(leaving);
        if (!from)
            return from.error();
        auto to = staff.find(successor);
        if (!to)
            return to.error();
        if (!to->active)
            return makeError(ErrorCode::Invalid, tr("%1 no longer works here; choose someone active.").arg(to->name));
        const qint64 now = Clock::nowSecs();
        const QString why = tr("%1 left the company").arg(from->name);

        auto orders = m_db.run(QStringLiteral("SELECT id, assignee_id = ?, responsible_id = ? FROM work_orders "
                                              "WHERE is_open = 1 AND (assignee_id = ? OR responsible_id = ?)"),
                               {leaving, leaving, leaving, leaving});
        if (!orders)
            return orders.error();
        struct Row
        {
            Id id;
            bool assignee;
            bool responsible;
        };
        QList<Row> rows;
        while (orders->next())
            rows.append({orders->value(0).toLongLong(), orders->value(1).toInt() != 0, orders->value(2).toInt() != 0});
        for (const Row &r : rows) {
            auto u = m_db.run(QStringLiteral("UPDATE work_orders SET assignee_id = CASE WHEN assignee_id = ? THEN ? ELSE assignee_id END, "
                                             "responsible_id = CASE WHEN responsible_id = ? THEN ? ELSE responsible_id END, "
                                             "updated_at = ?, version = version + 1 WHERE id = ?"),
                              {leaving, successor, leaving, successor, now, r.id});
            if (!u)
                return u.error();
            for (const auto &[field, changed] : {std::pair{QStringLiteral("assignee"), r.assignee},
                                                 std::pair{QStringLiteral("responsible"), r.responsible}}) {
                if (!changed)
                    continue;
                eventlog::Entry e{r.id, by, EventKind::Assigned, field, from->name, to->name, std::nullopt, std::nullopt, why};
                if (auto logged = eventlog::append(m_db, e, now); !logged)
                    return logged.error();
            }
            touched << r.id;
            ++report.orders;
        }

        AppointmentService appointments(m_db);
        auto future = appointments.range(now, Q_INT64_C(4102444800), {leaving});  // until 2100
        if (!future)
            return future.error();
        for (const auto &v : *future) {
            if (v.appointment.status != AppointmentStatus::Planned || v.appointment.startsAt < now)
                continue;
            auto check = appointments.check(successor, v.appointment.startsAt, v.appointment.endsAt, v.appointment.id);
            if (!check)
                return check.error();
            if (!check->clashes.isEmpty())
                report.clashes << tr("%1 (%2)").arg(AppointmentService::describe(v), v.orderNumber);
            auto moved = appointments.reschedule(v.appointment.id, v.version, successor, v.appointment.startsAt,
                                                 v.appointment.endsAt, by, true);
            if (!moved)
                return moved.error();
            ++report.appointments;
        }

        StaffMember inactive = *from;
        inactive.active = false;
        if (auto r = staff.update(inactive); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    for (Id id : touched)
        m_db.notifier().announceOrder(id);
    m_db.notifier().announceStaff();
    return report;
}

} // namespace ordo
