#include "core/common/ProcessMemory.h"

#include <catch2/catch.hpp>

#include <QFile>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdlib>

using namespace ordo;

namespace {

// The sizes, in kB, of this process's mappings whose VmFlags carry `flag` ("hg": asked for in large
// pages; "nh": asked not to be), from /proc/self/smaps.
QList<qint64> mappingsFlagged(const QByteArray &flag)
{
    QList<qint64> sizes;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return sizes;
    qint64 size = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (line.startsWith("Size:"))
            size = line.mid(5).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("VmFlags:") && line.mid(8).split(' ').contains(flag))
            sizes << size;
    }
    return sizes;
}

bool anyAtLeast(const QList<qint64> &sizes, qint64 kb)
{
    return std::any_of(sizes.cbegin(), sizes.cend(), [kb](qint64 s) { return s >= kb; });
}

} // namespace

TEST_CASE("the desktop's start asks for its heap in large pages, and gives glibc its ways back after", "[memory]")
{
#if defined(__linux__) && defined(__GLIBC__)
    const std::size_t advised = reserveHeapInLargePages(std::size_t(32) << 20);
    REQUIRE(advised >= (std::size_t(28) << 20));  // 32 MB less what aligning to 2 MB pages cuts
    CHECK(anyAtLeast(mappingsFlagged("hg"), qint64(advised / 1024)));
    CHECK(reserveHeapInLargePages(std::size_t(32) << 20) == 0);  // once

    // A block of a megabyte comes from that heap while the start lasts...
    const int mappedBefore = static_cast<int>(mallinfo2().hblks);
    void *during = std::malloc(1 << 20);
    CHECK(static_cast<int>(mallinfo2().hblks) == mappedBefore);
    std::free(during);

    // The rest of the 32 MB is the heap's free top, kept while the start lasts...
    CHECK(mallinfo2().keepcost >= advised / 2);

    // ...and given back to the system afterwards, with the large pages no longer asked for.
    settleHeap();
    CHECK_FALSE(anyAtLeast(mappingsFlagged("hg"), qint64(advised / 1024)));
    CHECK(mallinfo2().keepcost < (std::size_t(1) << 20));
#else
    WARN("Only on Linux with glibc: elsewhere the heap is left as the system keeps it.");
    CHECK(reserveHeapInLargePages(std::size_t(32) << 20) == 0);
#endif
}
