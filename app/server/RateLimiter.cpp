#include "RateLimiter.h"

#include <algorithm>
#include <vector>

namespace ordo::server {

RateLimiter::RateLimiter(double perMinute, int burst, int maxKeys)
    : m_perMs(std::max(0.0, perMinute) / 60000.0), m_burst(std::max(1, burst)), m_maxKeys(std::max(1, maxKeys))
{
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    if (nowMs > bucket.lastMs) {
        bucket.tokens = std::min<double>(m_burst, bucket.tokens + double(nowMs - bucket.lastMs) * m_perMs);
        bucket.lastMs = nowMs;
    }
}

bool RateLimiter::allow(const QString &key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            evict(nowMs);
        it = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    }
    refill(*it, nowMs);
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

void RateLimiter::giveBack(const QString &key)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_buckets.find(key); it != m_buckets.end())
        it->tokens = std::min(double(m_burst), it->tokens + 1.0);
}

void RateLimiter::evict(qint64 nowMs)
{
    // A bucket that has refilled is the same as no bucket: forget those first.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, nowMs);
        if (it->tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() < m_maxKeys)
        return;
    // Still full (requests from many addresses at once): forget the half with the most tokens left.
    // Forgetting a bucket refills it, so the keys being limited now are the last to go.
    struct Entry
    {
        double tokens;
        qint64 lastMs;
        QString key;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(m_buckets.size()));
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        entries.push_back({it->tokens, it->lastMs, it.key()});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.tokens != b.tokens ? a.tokens > b.tokens : a.lastMs < b.lastMs;
    });
    for (size_t i = 0; i < entries.size() / 2 + 1; ++i)
        m_buckets.remove(entries[i].key);
}

} // namespace ordo::server
