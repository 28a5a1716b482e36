#include "core/people/StaffRepository.h"
#include "core/common/Collation.h"

#include "core/common/Clock.h"
#include "core/people/Accounts.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"
#include "core/common/Authorization.h"

#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectStaff = QStringLiteral(
    "SELECT id, name, role, colour, active, skills, territory, work_days, work_start, work_end, email, phone, version "
    "FROM staff ");

QStringList splitList(const QString &text)
{
    QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

StaffMember fromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.role = roleFromKey(q.value(2).toString()).value_or(Role::Reception);
    m.colour = q.value(3).toString();
    m.active = q.value(4).toInt() != 0;
    m.skills = splitList(q.value(5).toString());
    m.territory = splitList(q.value(6).toString());
    m.hours.days = q.value(7).toInt();
    m.hours.startMinute = q.value(8).toInt();
    m.hours.endMinute = q.value(9).toInt();
    m.email = q.value(10).toString();
    m.phone = q.value(11).toString();
    m.version = q.value(12).toLongLong();
    return m;
}

} // namespace

Result<Id> StaffRepository::add(const StaffMember &m)
{
    if (m.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A staff member needs a name."));
    if (m.hours.endMinute <= m.hours.startMinute)
        return makeError(ErrorCode::Invalid, tr("Working hours must end after they start."));

    return withTransaction(m_db, [&]() -> Result<Id> {
        const qint64 now = Clock::nowSecs();
        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO staff (name, role, colour, active, skills, territory, work_days, work_start, "
                           "work_end, email, phone, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {m.name.trimmed(), toKey(m.role), m.colour.isEmpty() ? QStringLiteral("#607d8b") : m.colour,
             m.active ? 1 : 0, m.skills.join(QLatin1Char(',')), m.territory.join(QLatin1Char(',')), m.hours.days,
             m.hours.startMinute, m.hours.endMinute, m.email, m.phone, now, now});
        if (!id)
            return id.error();
        // Everyone on the staff can be given a way into Ordo (the desk, the phone): an account
        // without a password until the owner sets one.
        if (auto account = Accounts::createFor(m_db, id->toLongLong(), m.name.trimmed()); !account)
            return account.error();
        return id->toLongLong();
    });
}

Result<StaffMember> StaffRepository::update(const StaffMember &m)
{
    if (m.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A staff member needs a name."));
    if (m.hours.endMinute <= m.hours.startMinute)
        return makeError(ErrorCode::Invalid, tr("Working hours must end after they start."));
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        const VersionedUpdate update{"staff", m.id, m.version,
                                     {{"name", m.name.trimmed()}, {"role", toKey(m.role)}, {"colour", m.colour},
                                      {"active", m.active ? 1 : 0}, {"skills", m.skills.join(QLatin1Char(','))},
                                      {"territory", m.territory.join(QLatin1Char(','))}, {"work_days", m.hours.days},
                                      {"work_start", m.hours.startMinute}, {"work_end", m.hours.endMinute},
                                      {"email", m.email}, {"phone", m.phone}, {"updated_at", Clock::nowSecs()}}};
        //: The subject of "%1 was changed by someone else meanwhile…"
        if (auto r = updateVersioned(m_db, update, tr("The record of %1").arg(m.name.trimmed())); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceStaff();
    return find(m.id);
}

Result<QList<StaffMember>> StaffRepository::list(bool activeOnly) const
{
    // Read again only when someone changed the staff (a booking asks three times).
    return m_db.kept<QList<StaffMember>>(QStringLiteral("staff"), activeOnly ? QStringLiteral("staff.active") : QStringLiteral("staff.all"),
                                         [&] { return read(activeOnly); });
}

Result<QList<StaffMember>> StaffRepository::read(bool activeOnly) const
{
    auto q = m_db.run(selectStaff + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                      QStringLiteral("ORDER BY name"));
    if (!q)
        return q.error();
    QList<StaffMember> result;
    while (q->next())
        result.append(fromRow(*q));
    // A few dozen people: sorted here the Spanish way, which SQL's byte order is not ("Á" after "z").
    collation::sortBy(result, [](const StaffMember &m) -> const QString & { return m.name; });
    return result;
}

Result<StaffMember> StaffRepository::find(Id id) const
{
    auto q = m_db.run(selectStaff + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no staff member number %1.").arg(id));
    return fromRow(*q);
}

Result<StaffMember> StaffRepository::findByName(const QString &name) const
{
    auto q = m_db.run(selectStaff + QStringLiteral("WHERE lower(name) = lower(?) ORDER BY active DESC, id"),
                      {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("Nobody on the staff is called “%1”.").arg(name.trimmed()));
    StaffMember first = fromRow(*q);
    if (q->next())
        return makeError(ErrorCode::Invalid,
                         tr("More than one staff member is called “%1”; use the full name.").arg(name.trimmed()));
    return first;
}

Result<Id> StaffRepository::add(const StaffMember &member, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageStaff); !allowed)
        return allowed.error();
    return add(member);
}

Result<StaffMember> StaffRepository::update(const StaffMember &member, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageStaff); !allowed)
        return allowed.error();
    return update(member);
}

} // namespace ordo
