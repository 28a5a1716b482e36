#pragma once

#include "core/common/Result.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <unordered_map>
#include <utility>
#include <vector>

// The demo generator's own tools: its random numbers, its calendar, and its staff. Inside ordo_demo
// only.
namespace ordo::demo {

// SplitMix64: small, fast and the same on every platform (std distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(1000) < percent * 10; }
    // Roughly normal, mean 0, deviation 1 (sum of uniforms).
    double gaussian()
    {
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += static_cast<double>(next() >> 11) / 9007199254740992.0;
        return (sum - 2.0) * 1.7320508;
    }
    template<typename Array>
    auto pick(const Array &array) -> decltype(array[0])
    {
        return array[static_cast<std::size_t>(below(static_cast<int>(array.size())))];
    }

private:
    quint64 m_state;
};

// Indexes of the default process map's steps (DefaultWorkflow.cpp).
enum StepIndex { Call, EstimateVisit, QuoteSent, QuoteAccepted, InstallScheduled, InProgress, WorkDone, Invoiced,
                 Paid, OnHold, Cancelled, StepCount };
enum class Job { Installation, Repair, Maintenance };

constexpr qint64 Minute = 60;
constexpr qint64 HourSecs = 3600;
constexpr qint64 DaySecs = 86400;

struct SizeProfile
{
    qint64 orders;
    int spanDays;
    int targetActive;
};

SizeProfile profile(DemoSize size);

// Lower-case ASCII letters and digits of `text`, accents dropped: for e-mail addresses.
QString asciiFold(const QString &text);

// Local wall-clock time in Madrid to UTC seconds, one offset per day (read at noon, so exact for any
// time after the 02:00-03:00 change).
class LocalDays
{
public:
    LocalDays(const QDate &first, int count);
    int count() const { return static_cast<int>(m_midnightUtc.size()); }
    qint64 at(int day, int minuteOfDay) const
    {
        day = std::clamp(day, 0, count() - 1);
        return m_midnightUtc[static_cast<std::size_t>(day)] + minuteOfDay * Minute;
    }
    // People work 08:00-19:00: a moment outside those hours moves to the next morning.
    qint64 officeHours(qint64 utc, Rng &rng) const;
    int dayOf(qint64 utc) const
    {
        // Good enough for picking the next working day: offsets are at most two hours.
        return static_cast<int>((utc - m_midnightUtc.front()) / DaySecs);
    }
    bool weekend(int day) const { return m_first.addDays(day).dayOfWeek() >= 6; }
    int year(int day) const { return m_first.addDays(day).year(); }

private:
    QDate m_first;
    std::vector<qint64> m_midnightUtc;
};

// Who is busy when, so that the demo never double-books anyone (as Ordo itself would not).
class Diary
{
public:
    // The first free start at or after `wantedMinute` on `day` (or a later working day) for
    // `duration` minutes within 08:00-`lastMinute`; books it and returns (day, minute).
    std::pair<int, int> book(Id staff, int day, int wantedMinute, int duration, int lastMinute, const LocalDays &days);

private:
    static quint64 key(Id staff, int day) { return (static_cast<quint64>(staff) << 32) | static_cast<quint32>(day); }
    std::unordered_map<quint64, std::vector<std::pair<int, int>>> m_busy;
};

struct Person
{
    Id id;
    QString name;
};

struct StaffPools
{
    QList<Person> reception;
    QList<Person> sales;
    QList<QStringList> salesTerritory;
    QList<Person> technicians;
    QList<Person> admin;
    Person owner;

    qint64 count() const { return reception.size() + sales.size() + technicians.size() + admin.size() + 1; }
};

// Enough hands for `orders` over the demo's span that visits do not pile up.
Result<StaffPools> createStaff(Database &db, qint64 orders, double ordersPerDay, Rng &rng);

} // namespace ordo::demo
