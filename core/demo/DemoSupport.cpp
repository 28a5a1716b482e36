#include "core/demo/DemoSupport.h"

#include "core/demo/DemoData.h"
#include "core/people/StaffRepository.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace ordo::demo {

SizeProfile profile(DemoSize size)
{
    switch (size) {
    case DemoSize::Small: return {50, 120, 25};
    case DemoSize::Medium: return {5000, 3 * 365, 500};
    case DemoSize::Large: return {100000, 4 * 365, 3000};
    case DemoSize::Huge: return {500000, 10 * 365, 3000};
    }
    return {50, 120, 25};
}

QString asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            folded += c.toLower();
    return folded;
}

LocalDays::LocalDays(const QDate &first, int count)
    : m_first(first)
{
    QTimeZone tz("Europe/Madrid");
    if (!tz.isValid())
        tz = QTimeZone::systemTimeZone();
    m_midnightUtc.reserve(count);
    for (int d = 0; d < count; ++d) {
        const QDate date = first.addDays(d);
        const QDateTime noon(date, QTime(12, 0), tz);
        m_midnightUtc.push_back(QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - tz.offsetFromUtc(noon));
    }
}

qint64 LocalDays::officeHours(qint64 utc, Rng &rng) const
{
    const int day = dayOf(utc);
    const qint64 minute = (utc - at(day, 0)) / Minute;
    if (minute < 8 * 60)
        return at(day, 8 * 60 + rng.below(90));
    if (minute >= 19 * 60)
        return at(day + 1, 8 * 60 + rng.below(90));
    return utc;
}

std::pair<int, int> Diary::book(Id staff, int day, int wantedMinute, int duration, int lastMinute, const LocalDays &days)
{
    for (int d = day; d < day + 120; ++d) {
        if (days.weekend(d))
            continue;
        auto &taken = m_busy[key(staff, d)];
        auto free = [&](int start) {
            return std::none_of(taken.begin(), taken.end(), [&](const std::pair<int, int> &b) {
                return b.first < start + duration && b.second > start;
            });
        };
        // The wanted time if free, else the first free time of that day, else the next days.
        const int first = d == day && wantedMinute + duration <= lastMinute && free(wantedMinute) ? wantedMinute : -1;
        int start = first;
        for (int s = 8 * 60; start < 0 && s + duration <= lastMinute; s += 30)
            if (free(s))
                start = s;
        if (start >= 0) {
            taken.emplace_back(start, start + duration);
            return {d, start};
        }
    }
    return {day, wantedMinute};  // four months fully booked: never with the staff created above
}

namespace {

// Adds staff members one after the other, each with the next colour of the palette.
class StaffAdder
{
public:
    StaffAdder(Database &db, Rng &rng) : m_repo(db), m_rng(rng) {}

    Result<Person> add(const QString &name, Role role, QStringList territory = {}, QStringList skills = {})
    {
        static const QStringList palette{QStringLiteral("#1e88e5"), QStringLiteral("#e53935"), QStringLiteral("#43a047"),
                                         QStringLiteral("#fb8c00"), QStringLiteral("#8e24aa"), QStringLiteral("#00897b"),
                                         QStringLiteral("#6d4c41"), QStringLiteral("#3949ab"), QStringLiteral("#c0ca33"),
                                         QStringLiteral("#d81b60")};
        StaffMember m;
        m.name = name;
        m.role = role;
        m.colour = palette[m_colour++ % palette.size()];
        m.territory = std::move(territory);
        m.skills = std::move(skills);
        m.email = asciiFold(name.section(QLatin1Char(' '), 0, 0)) + QStringLiteral("@ventanassol.es");
        if (role == Role::Technician)
            m.hours = WorkingHours{0b0011111, 8 * 60, 16 * 60};
        auto id = m_repo.add(m);
        if (!id)
            return id.error();
        return Person{*id, name};
    }
    // The named person for the first ones, random names for the others.
    QString name(int i, const QStringList &named)
    {
        if (i < named.size())
            return named[i];
        return QString::fromUtf8(m_rng.pick(data::firstNames)) + QLatin1Char(' ') + QString::fromUtf8(m_rng.pick(data::surnames));
    }

private:
    StaffRepository m_repo;
    Rng &m_rng;
    int m_colour = 0;
};

Result<void> addAll(QList<Person> &pool, int count, const std::function<Result<Person>(int)> &add)
{
    for (int i = 0; i < count; ++i) {
        auto p = add(i);
        if (!p)
            return p.error();
        pool.append(*p);
    }
    return {};
}

} // namespace

Result<StaffPools> createStaff(Database &db, qint64 orders, double ordersPerDay, Rng &rng)
{
    StaffAdder staff(db, rng);
    StaffPools pools;
    // Enough hands that visits do not pile up: a salesperson does a few estimates a day, a
    // technician about one installation; about half the calls become an installation.
    const int receptionists = 1 + static_cast<int>(orders / 100000);
    const int salesReps = 2 + static_cast<int>(ordersPerDay / 3);
    const int technicians = 2 + static_cast<int>(ordersPerDay);
    const int admins = 1 + static_cast<int>(orders / 200000);
    const QStringList prefixes{QStringLiteral("280"), QStringLiteral("281"), QStringLiteral("282")};

    Result<void> added = addAll(pools.reception, receptionists, [&](int i) {
        return staff.add(staff.name(i, {QStringLiteral("Lucía Romero")}), Role::Reception);
    });
    if (added)
        added = addAll(pools.sales, salesReps, [&](int i) {
            // Most sites are in the city (280xx): three of every five extra people cover it.
            QStringList territory = i == 0 ? QStringList{prefixes[0]}
                                  : i == 1 ? QStringList{prefixes[1], prefixes[2]}
                                           : QStringList{prefixes[i % 5 < 3 ? 0 : i % 5 - 2]};
            pools.salesTerritory.append(territory);
            return staff.add(staff.name(i, {QStringLiteral("Javier Ruiz"), QStringLiteral("Ana Torres")}), Role::Sales,
                             territory, {QStringLiteral("estimate")});
        });
    if (added)
        added = addAll(pools.technicians, technicians, [&](int i) {
            QStringList skills{QStringLiteral("pvc"), QStringLiteral("aluminium")};
            if (i % 2 == 0)
                skills << QStringLiteral("blinds");
            return staff.add(staff.name(i, {QStringLiteral("Rubén Molina"), QStringLiteral("Sergio Castro")}),
                             Role::Technician, {}, skills);
        });
    if (added)
        added = addAll(pools.admin, admins, [&](int i) { return staff.add(staff.name(i, {QStringLiteral("Marta Sanz")}), Role::Admin); });
    if (!added)
        return added.error();
    auto owner = staff.add(QStringLiteral("Pilar Navarro"), Role::Owner);
    if (!owner)
        return owner.error();
    pools.owner = *owner;
    return pools;
}

} // namespace ordo::demo
