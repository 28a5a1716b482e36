#include "core/common/LocalDays.h"

#include <QDateTime>

#include <algorithm>

namespace ordo {

namespace {

constexpr qint64 DaySecs = 24 * 3600;

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

std::optional<qint64> LocalDays::startOf(const QDate &date)
{
    const qint64 jd = date.toJulianDay();
    if (auto it = m_starts.constFind(jd); it != m_starts.constEnd())
        return *it;
    const qint64 start = date.startOfDay().toSecsSinceEpoch();
    // Only a day of exactly 24 hours has one offset from UTC all day long.
    const bool regular = date.addDays(1).startOfDay().toSecsSinceEpoch() - start == DaySecs;
    if (!regular) {
        m_starts.insert(jd, std::nullopt);
        return std::nullopt;
    }
    m_starts.insert(jd, start);
    auto it = std::upper_bound(m_days.begin(), m_days.end(), start, [](qint64 s, const Day &d) { return s < d.start; });
    m_days.insert(it, Day{start, date});
    return start;
}

QDate LocalDays::dateOf(qint64 secs)
{
    if (const Day *d = find(secs))
        return d->date;
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
