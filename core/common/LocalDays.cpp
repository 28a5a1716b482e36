#include "core/common/LocalDays.h"

#include <QDateTime>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

namespace ordo {

namespace {

constexpr qint64 DaySecs = 24 * 3600;

// The start of each local day already converted in this thread (julian day -> UTC seconds of local
// midnight, or nothing when the day is not 24 hours long), for every LocalDays of the thread: a
// booking's check and each page of free times would otherwise convert the same ten days again,
// some 30 calls into the C library each. Forgotten when TZ changes (the server sets it once at
// start, the tests too). A change of /etc/localtime under a running program is not seen until it
// restarts, as for the zone Qt keeps.
struct KnownStarts
{
    std::optional<std::string> zone;   // TZ when the starts were converted; nothing: unset
    QHash<qint64, std::optional<qint64>> starts;
};

thread_local KnownStarts knownStarts;

} // namespace

const LocalDays::Day *LocalDays::find(qint64 secs) const
{
    // The last day starting at or before `secs`, if `secs` falls within it.
    auto it = std::upper_bound(m_days.begin(), m_days.end(), secs, [](qint64 s, const Day &d) { return s < d.start; });
    if (it == m_days.begin())
        return nullptr;
    --it;
    return secs < it->start + DaySecs ? &*it : nullptr;
}

QHash<qint64, std::optional<qint64>> *LocalDays::threadStarts()
{
    const char *tz = std::getenv("TZ");
    const std::optional<std::string> zone = tz ? std::optional<std::string>(tz) : std::nullopt;
    // Some fifty years of days at most: a program that asked for them all starts again.
    if (knownStarts.zone != zone || knownStarts.starts.size() > 20000) {
        knownStarts.starts.clear();
        knownStarts.zone = zone;
    }
    return &knownStarts.starts;
}

std::optional<qint64> LocalDays::startOf(const QDate &date)
{
    const qint64 jd = date.toJulianDay();
    std::optional<qint64> start;
    if (auto it = m_starts->constFind(jd); it != m_starts->constEnd()) {
        start = *it;
    } else {
        const qint64 midnight = date.startOfDay().toSecsSinceEpoch();
        // Only a day of exactly 24 hours has one offset from UTC all day long.
        if (date.addDays(1).startOfDay().toSecsSinceEpoch() - midnight == DaySecs)
            start = midnight;
        m_starts->insert(jd, start);
    }
    if (start && !find(*start)) {
        auto it = std::upper_bound(m_days.begin(), m_days.end(), *start, [](qint64 s, const Day &d) { return s < d.start; });
        m_days.insert(it, Day{*start, date});
    }
    return start;
}

QDate LocalDays::dateOf(qint64 secs)
{
    if (const Day *d = find(secs))
        return d->date;
    // A day next to one already known, found from the days' starts this thread has converted
    // before (local time is at most a day away from UTC).
    if (const Day *near = m_days.empty() ? nullptr : &m_days.front()) {
        const qint64 guess = near->date.toJulianDay() + (secs - near->start) / DaySecs;
        for (qint64 jd : {guess, guess - 1, guess + 1}) {
            const QDate candidate = QDate::fromJulianDay(jd);
            if (const auto start = startOf(candidate); start && secs >= *start && secs < *start + DaySecs)
                return candidate;
        }
    }
    const QDate date = QDateTime::fromSecsSinceEpoch(secs).date();
    startOf(date);
    return date;
}

QTime LocalDays::timeOf(qint64 secs)
{
    if (const Day *d = find(secs))
        return QTime(0, 0).addSecs(static_cast<int>(secs - d->start));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs);
    startOf(local.date());
    return local.time();
}

int LocalDays::offsetOf(qint64 secs)
{
    if (const Day *d = find(secs))
        return static_cast<int>(d->date.startOfDay(Qt::UTC).toSecsSinceEpoch() - d->start);
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs);
    startOf(local.date());
    return local.offsetFromUtc();
}

qint64 LocalDays::at(const QDate &day, int minuteOfDay)
{
    if (minuteOfDay >= 0 && minuteOfDay < 24 * 60) {
        if (const auto start = startOf(day))
            return *start + minuteOfDay * 60LL;
    }
    return QDateTime(day, QTime(0, 0).addSecs(minuteOfDay * 60)).toSecsSinceEpoch();
}

} // namespace ordo
