#include "core/common/Clock.h"

namespace ordo {

std::function<QDateTime()> &Clock::source()
{
    static std::function<QDateTime()> current;
    return current;
}

std::function<QDateTime()> &Clock::threadSource()
{
    thread_local std::function<QDateTime()> current;
    return current;
}

QDateTime Clock::now()
{
    if (const auto &t = threadSource())
        return t().toUTC();
    const auto &s = source();
    return s ? s().toUTC() : QDateTime::currentDateTimeUtc();
}

Clock::Override::Override(std::function<QDateTime()> source) : m_previous(Clock::source())
{
    Clock::source() = std::move(source);
}

Clock::Override::Override(const QDateTime &fixed) : Override([fixed] { return fixed; }) {}

Clock::Override::~Override()
{
    Clock::source() = std::move(m_previous);
}

Clock::ThreadOverride::ThreadOverride(const QDateTime &fixed) : m_previous(Clock::threadSource())
{
    Clock::threadSource() = [fixed] { return fixed; };
}

Clock::ThreadOverride::~ThreadOverride()
{
    Clock::threadSource() = std::move(m_previous);
}

} // namespace ordo
