#pragma once

#include <QDateTime>

#include <functional>

namespace ordo {

// The one source of "now" for the core, in UTC. Tests and the demo generator pin it.
class Clock final
{
public:
    static QDateTime now();
    static qint64 nowSecs() { return now().toSecsSinceEpoch(); }
    // The local day of "now", and the UTC seconds at which a local day starts.
    static QDate today() { return now().toLocalTime().date(); }
    static qint64 startOf(const QDate &day) { return QDateTime(day, QTime(0, 0)).toSecsSinceEpoch(); }

    // Replaces "now" until the returned guard is destroyed.
    class Override final
    {
    public:
        explicit Override(std::function<QDateTime()> source);
        explicit Override(const QDateTime &fixed);
        ~Override();
        Q_DISABLE_COPY_MOVE(Override)

    private:
        std::function<QDateTime()> m_previous;
    };

    // The same for the calling thread only, ahead of any Override: for work done in a worker thread
    // (the demo company in the desktop) while the other threads keep their "now".
    class ThreadOverride final
    {
    public:
        explicit ThreadOverride(const QDateTime &fixed);
        ~ThreadOverride();
        Q_DISABLE_COPY_MOVE(ThreadOverride)

    private:
        std::function<QDateTime()> m_previous;
    };

private:
    static std::function<QDateTime()> &source();
    static std::function<QDateTime()> &threadSource();
};

} // namespace ordo
