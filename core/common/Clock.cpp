#include "common/Clock.h"

namespace ordo {

std::function<QDateTime()> &Clock::source()
{
    static std::function<QDateTime()> current;
    return current;
}

QDateTime Clock::now()
{
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

} // namespace ordo
