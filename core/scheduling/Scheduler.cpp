#include "core/scheduling/Scheduler.h"
#include "core/storage/SettingsKeys.h"

#include "core/common/Clock.h"
#include "core/storage/Settings.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Database.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

namespace ordo {

namespace {

constexpr qint64 Minute = 60;
constexpr int SlotStepMinutes = 30;

struct Busy
{
    qint64 start;
    qint64 end;
};

QString territoryText(const QStringList &prefixes)
{
    QStringList shown;
    for (const QString &p : prefixes)
        shown << p + QString(5 - std::min<int>(5, static_cast<int>(p.size())), QLatin1Char('x'));
    return shown.join(QStringLiteral(", "));
}

bool covers(const StaffMember &m, const QString &postcode)
{
    for (const QString &prefix : m.territory)
        if (!prefix.isEmpty() && postcode.startsWith(prefix))
            return true;
    return false;
}

bool hasSkills(const StaffMember &m, const QStringList &skills)
{
    for (const QString &skill : skills)
        if (!m.skills.contains(skill, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

Role roleFor(AppointmentKind kind)
{
    return kind == AppointmentKind::Installation || kind == AppointmentKind::Repair ? Role::Technician : Role::Sales;
}

namespace {

// The four rules in one statement, with CompanySettings::flag's meaning: a missing or empty value
// is the default.
Result<AssignmentPolicy> readPolicy(Database &db)
{
    const QStringList keys{QString(settings::AssignmentTerritory), QString(settings::AssignmentLeastLoaded),
                           QString(settings::AssignmentRoundRobin), QString(settings::AssignmentSkills)};
    QHash<QString, QString> stored;
    auto q = db.run(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?)"),
                    {keys.at(0), keys.at(1), keys.at(2), keys.at(3)});
    if (!q)
        return q.error();
    while (q->next())
        stored.insert(q->value(0).toString(), q->value(1).toString());
    const auto flag = [&](const QString &key, bool fallback) {
        const QString v = stored.value(key);
        return v.isEmpty() ? fallback : v == QLatin1String("1");
    };
    AssignmentPolicy p;
    p.territory = flag(keys.at(0), true);
    p.leastLoaded = flag(keys.at(1), true);
    p.roundRobin = flag(keys.at(2), false);
    p.skills = flag(keys.at(3), true);
    return p;
}

} // namespace

AssignmentPolicy AssignmentPolicy::load(Database &db)
{
    // Kept on the connection while nobody changes the settings (every online booking reads them
    // twice inside its transaction); a read that failed gives the defaults and is not kept.
    auto kept = db.kept<AssignmentPolicy>(QStringLiteral("settings"), QStringLiteral("assignment.policy"), [&] { return readPolicy(db); });
    return kept ? *kept : AssignmentPolicy{};
}

Result<void> AssignmentPolicy::save(Database &db) const
{
    return withTransaction(db, [&]() -> Result<void> {
        CompanySettings s(db);
        for (const auto &[key, on] : {std::pair{settings::AssignmentTerritory, territory},
                                      std::pair{settings::AssignmentLeastLoaded, leastLoaded},
                                      std::pair{settings::AssignmentRoundRobin, roundRobin},
                                      std::pair{settings::AssignmentSkills, skills}}) {
            if (auto r = s.setValue(QString(key), on ? QStringLiteral("1") : QStringLiteral("0")); !r)
                return r;
        }
        return {};
    });
}

Result<QList<Proposal>> Scheduler::propose(const SlotRequest &request, const AssignmentPolicy &policy) const
{
    const Role role = roleFor(request.kind);
    QList<StaffMember> read;
    if (request.activeStaff.isEmpty()) {
        auto staff = StaffRepository(m_db).list(true);
        if (!staff)
            return staff.error();
        read = *staff;
    }
    // Const: walking a list shared with the caller's must not copy its 195 people (a booking's
    // check of its time did, every time).
    const QList<StaffMember> &active = request.activeStaff.isEmpty() ? read : request.activeStaff;
    QList<StaffMember> people;
    for (const auto &m : active)
        if (m.role == role && (request.staffIds.isEmpty() || request.staffIds.contains(m.id)))
            people << m;
    if (people.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Nobody active has the role %1 to send.").arg(displayName(role)));

    const qint64 now = Clock::nowSecs();
    const qint64 after = std::max(request.after ? request.after : now, now);
    LocalDays days;   // hundreds of visits and working days below: each local day converted once
    const QDate firstDay = days.dateOf(after);
    const QDate lastDay = firstDay.addDays(request.days);
    // The whole weeks touched, for "visits this week".
    const QDate weekStart = firstDay.addDays(1 - firstDay.dayOfWeek());
    const qint64 rangeFrom = days.at(weekStart, 0);
    const qint64 rangeTo = days.at(lastDay.addDays(8 - lastDay.dayOfWeek()), 0);

    QList<Id> ids;
    for (const auto &m : people)
        ids << m.id;
    // The visits of those people over the weeks concerned; only the staff's index, not the
    // calendar's view of them.
    const QString visits = QStringLiteral("FROM appointments WHERE starts_at < ? AND starts_at > ? AND ends_at > ? "
                                          "AND status <> 'cancelled' AND staff_id IN (%1)");
    QVariantList values{rangeTo, rangeFrom - AppointmentService::MaxVisitSeconds, rangeFrom};
    QStringList marks;
    for (Id id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString those = visits.arg(marks.join(QLatin1Char(',')));
    std::map<Id, QList<Busy>> busy;
    std::map<std::pair<Id, qint64>, int> perDay;   // (staff, local julian day) -> visits
    std::map<std::pair<Id, qint64>, int> perWeek;  // (staff, julian day of Monday) -> visits
    std::set<Id> clashing;                         // one time asked for: who has a visit over it
    const qint64 duration = request.durationMinutes * Minute;
    if (request.onlyStartingAt) {
        // A booking's check of one time: the same visits, but SQLite counts them per person (over
        // the time, that day, that week) instead of handing each one of the week's hundreds over.
        const qint64 at = request.onlyStartingAt;
        const QDate day = days.dateOf(at);
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        const QString counted = QStringLiteral("SELECT staff_id, count(CASE WHEN starts_at < ? AND ends_at > ? THEN 1 END), "
                                         "count(CASE WHEN starts_at >= ? AND starts_at < ? THEN 1 END), "
                                         "count(CASE WHEN starts_at >= ? AND starts_at < ? THEN 1 END) %1 GROUP BY staff_id");
        QVariantList countedValues{at + duration, at, days.at(day, 0), days.at(day.addDays(1), 0), days.at(monday, 0),
                                   days.at(monday.addDays(7), 0)};
        countedValues << values;
        auto counts = m_db.run(counted.arg(those), countedValues);
        if (!counts)
            return counts.error();
        while (counts->next()) {
            const Id staffId = counts->value(0).toLongLong();
            if (counts->value(1).toLongLong() > 0)
                clashing.insert(staffId);
            perDay[{staffId, day.toJulianDay()}] = counts->value(2).toInt();
            perWeek[{staffId, monday.toJulianDay()}] = counts->value(3).toInt();
        }
    } else {
        auto booked = m_db.run(QStringLiteral("SELECT staff_id, starts_at, ends_at ") + those, values);
        if (!booked)
            return booked.error();
        while (booked->next()) {
            const Id staffId = booked->value(0).toLongLong();
            const qint64 startsAt = booked->value(1).toLongLong();
            busy[staffId].append({startsAt, booked->value(2).toLongLong()});
            const QDate d = days.dateOf(startsAt);
            ++perDay[{staffId, d.toJulianDay()}];
            ++perWeek[{staffId, d.addDays(1 - d.dayOfWeek()).toJulianDay()}];
        }
    }

    // Round robin: who was booked longest ago goes first.
    std::map<Id, qint64> lastBooked;
    if (policy.roundRobin) {
        // One index seek per candidate (staff, latest booking), not a pass over every visit ever booked.
        for (Id id : ids) {
            auto q = m_db.run(QStringLiteral("SELECT max(created_at) FROM appointments WHERE staff_id = ?"), {id});
            if (!q)
                return q.error();
            if (q->next() && !q->value(0).isNull())
                lastBooked[id] = q->value(0).toLongLong();
        }
    }
    QList<Id> rotation = ids;
    std::stable_sort(rotation.begin(), rotation.end(), [&](Id a, Id b) { return lastBooked[a] < lastBooked[b]; });

    QList<Proposal> proposals;
    for (const auto &m : people) {
        const bool inTerritory = covers(m, request.postcode);
        const bool skilled = hasSkills(m, request.skills);
        const QList<Busy> &taken = busy[m.id];
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            const auto window = workingWindow(m, day, days);
            if (!window)
                continue;
            qint64 start = window->first;
            // Round the first candidate up to the slot grid, not before "after".
            while (start < after)
                start += SlotStepMinutes * Minute;
            QList<qint64> freeStarts;
            for (; start + duration <= window->second; start += SlotStepMinutes * Minute) {
                // One time asked for (a booking's check): the others need no look at the visits.
                if (request.onlyStartingAt && start != request.onlyStartingAt)
                    continue;
                const bool clash = request.onlyStartingAt ? clashing.count(m.id) > 0
                                                          : std::any_of(taken.begin(), taken.end(), [&](const Busy &b) {
                                                                return b.start < start + duration && b.end > start;
                                                            });
                if (!clash) {
                    freeStarts << start;
                    if (!request.everySlot)
                        break;
                }
            }
            for (const qint64 free : freeStarts) {
                if (request.onlyStartingAt && free != request.onlyStartingAt)
                    continue;
                Proposal p;
                p.staffId = m.id;
                p.staffName = m.name;
                p.staffColour = m.colour;
                p.startsAt = free;
                p.endsAt = free + duration;
                p.coversPostcode = inTerritory;
                p.hasSkills = skilled;
                p.visitsThatDay = perDay[{m.id, day.toJulianDay()}];
                p.visitsThatWeek = perWeek[{m.id, day.addDays(1 - day.dayOfWeek()).toJulianDay()}];
                // Sooner is better; each rule adds what the company asked for.
                const qint64 hoursAway = (p.startsAt - after) / 3600;
                p.score = 1000 - static_cast<int>(std::min<qint64>(hoursAway, 900));
                if (policy.territory && !request.postcode.isEmpty())
                    p.score += inTerritory ? 400 : -400;
                if (policy.skills && !request.skills.isEmpty())
                    p.score += skilled ? 200 : -600;
                if (policy.leastLoaded)
                    p.score -= 25 * p.visitsThatWeek + 10 * p.visitsThatDay;
                if (policy.roundRobin)
                    p.score -= 30 * static_cast<int>(rotation.indexOf(m.id));

                proposals << p;
            }
        }
    }
    // Best first (a page that lists times asks for no order: it sorts by time itself).
    if (request.explain || proposals.size() > request.maxProposals)
        std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal &a, const Proposal &b) {
            return a.score != b.score ? a.score > b.score : a.startsAt < b.startsAt;
        });
    if (proposals.size() > request.maxProposals)
        proposals.resize(request.maxProposals);
    // The reasons in words only for the proposals given back (a booking's check keeps one of dozens).
    if (request.explain) {
        std::map<Id, const StaffMember *> byId;
        for (const auto &m : people)
            byId[m.id] = &m;
        for (Proposal &p : proposals) {
            const StaffMember &m = *byId.at(p.staffId);
            QStringList why;
            why << tr("free %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(p.startsAt).toLocalTime(),
                                                         QStringLiteral("dddd d MMM HH:mm")));
            if (!request.postcode.isEmpty()) {
                if (p.coversPostcode)
                    why << tr("covers %1").arg(territoryText(m.territory));
                else if (!m.territory.isEmpty())
                    why << tr("outside their area (%1)").arg(territoryText(m.territory));
            }
            if (!request.skills.isEmpty() && !p.hasSkills)
                why << tr("lacks a skill asked for");
            why << tr("%n visit(s) that day", nullptr, p.visitsThatDay);
            why << tr("%n this week", nullptr, p.visitsThatWeek);
            p.explanation = tr("%1: %2").arg(m.name, why.join(QStringLiteral(", ")));
        }
    }
    return proposals;
}

Result<std::optional<Proposal>> Scheduler::chooseAssignee(Role role, const QString &postcode, const AssignmentPolicy &policy) const
{
    SlotRequest request;
    request.kind = role == Role::Technician ? AppointmentKind::Installation : AppointmentKind::Estimate;
    if (role != Role::Technician && role != Role::Sales) {
        // Office roles have no visits: the least loaded person by open orders.
        auto q = m_db.run(QStringLiteral("SELECT s.id, s.name, s.colour FROM staff s WHERE s.role = ? AND s.active = 1 ORDER BY "
                                         "(SELECT count(*) FROM work_orders w WHERE w.assignee_id = s.id AND w.is_open = 1), s.id LIMIT 1"),
                          {toKey(role)});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<Proposal>();
        Proposal p;
        p.staffId = q->value(0).toLongLong();
        p.staffName = q->value(1).toString();
        p.staffColour = q->value(2).toString();
        p.explanation = tr("%1: fewest open orders among %2").arg(p.staffName, displayName(role));
        return std::optional<Proposal>(p);
    }
    request.postcode = postcode;
    request.maxProposals = 1;
    auto proposals = propose(request, policy);
    if (!proposals) {
        if (proposals.error().code == ErrorCode::NotFound)
            return std::optional<Proposal>();
        return proposals.error();
    }
    if (proposals->isEmpty())
        return std::optional<Proposal>();
    return std::optional<Proposal>(proposals->first());
}

} // namespace ordo
