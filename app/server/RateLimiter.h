#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace ordo::server {

// A token bucket per key (a client's address, a phone number): `burst` requests at once, then
// `perMinute` a minute. Memory stays bounded: past `maxKeys` keys, the full (idle) buckets are
// forgotten first, then those with the most tokens left (a key being limited now is kept).
// Safe to share between the server's threads.
class RateLimiter final
{
public:
    RateLimiter(double perMinute, int burst, int maxKeys = 10000);

    // Whether a request for `key` at `nowMs` (a monotonic clock, milliseconds) may go on; it takes a token.
    bool allow(const QString &key, qint64 nowMs);
    // The token `allow` took, back: the request it let through came to nothing (a form refused).
    void giveBack(const QString &key);
    int keyCount() const
    {
        std::lock_guard lock(m_mutex);
        return int(m_buckets.size());
    }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    void evict(qint64 nowMs);

    double m_perMs;
    int m_burst;
    int m_maxKeys;
    QHash<QString, Bucket> m_buckets;
    mutable std::mutex m_mutex;
};

} // namespace ordo::server
