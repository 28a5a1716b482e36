#pragma once

#include <QDate>
#include <QTime>
#include <QHash>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace ordo {

// Local dates and wall-clock times of many instants, for code that converts hundreds of them (the
// free times of every visitor over three weeks). Each conversion through the C library checks the
// time zone file again (a stat of /etc/localtime at every call: half the time of a page of free
// times); here each local day is converted once and its instants found by arithmetic. Days whose
// length is not 24 hours (a change to or from summer time) are always converted directly, so every
// answer is the one QDateTime gives. One object per task and thread: it is not shared; the days'
// starts it converts are remembered for the thread's next ones (LocalDays.cpp).
class LocalDays final
{
public:
    // The local date of the UTC instant `secs`: QDateTime::fromSecsSinceEpoch(secs).date().
    QDate dateOf(qint64 secs);
    // Its local wall-clock time: QDateTime::fromSecsSinceEpoch(secs).time().
    QTime timeOf(qint64 secs);
    // Its offset from UTC in seconds: QDateTime::fromSecsSinceEpoch(secs).offsetFromUtc().
    int offsetOf(qint64 secs);
    // The UTC seconds of `minuteOfDay` minutes after local midnight of `day`:
    // QDateTime(day, QTime(0, 0).addSecs(minuteOfDay * 60)).toSecsSinceEpoch().
    qint64 at(const QDate &day, int minuteOfDay);

private:
    struct Day
    {
        qint64 start;   // UTC seconds of local midnight
        QDate date;
    };
    const Day *find(qint64 secs) const;
    // The start of `date` when it lasts exactly 24 hours, otherwise nothing; converted once per thread.
    std::optional<qint64> startOf(const QDate &date);
    // This thread's julian day -> startOf(), emptied first when TZ changed since the last object.
    static QHash<qint64, std::optional<qint64>> *threadStarts();

    std::vector<Day> m_days;             // days of exactly 24 hours this object placed, by start
    QHash<qint64, std::optional<qint64>> *m_starts = threadStarts();
};

} // namespace ordo
