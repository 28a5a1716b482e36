#include "core/common/ProcessMemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__linux__) && defined(__GLIBC__)
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace ordo {

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

long pageFaults()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_minflt;
#endif
    return 0;
}

#if defined(__linux__) && defined(__GLIBC__)
namespace {
// The part of the heap asked for in large pages, for settleHeap().
std::uintptr_t reservedFrom = 0;
std::uintptr_t reservedTo = 0;
} // namespace
#endif

std::size_t reserveHeapInLargePages(std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::uintptr_t large = std::uintptr_t(2) << 20;
    if (reservedTo != 0)
        return 0;
    // Blocks up to 16 MB from the heap (not each its own mapping, faulted in small pages), and the
    // heap kept once grown (freeing is then reuse, not a new round of faults); settleHeap() undoes it.
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    // Grow the heap by `bytes` at once: a block larger than all the heap's free memory together
    // cannot come from it, so the heap grows for it, by `bytes` more.
    const std::size_t probeSize = std::min<std::size_t>(mallinfo2().fordblks + (std::size_t(256) << 10), std::size_t(15) << 20);
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    mallopt(M_TOP_PAD, static_cast<int>(bytes));
    void *probe = std::malloc(probeSize);
    mallopt(M_TOP_PAD, 128 << 10);  // glibc's own
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    // Only when the heap grew by that much and the probe lies at its top (it began in the old top's
    // free space at the lowest): else (brk refused and glibc mapped memory elsewhere, another
    // allocator) the range would mean nothing.
    if (probe && before != std::uintptr_t(-1) && after >= before + bytes && at + probeSize <= after &&
        at + probeSize >= before) {
        const auto from = (at + large - 1) & ~(large - 1);
        const auto to = after & ~(large - 1);
        if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0) {
            reservedFrom = from;
            reservedTo = to;
        }
    }
    std::free(probe);
    return reservedTo - reservedFrom;
#else
    (void)bytes;
    return 0;
#endif
}

void settleHeap()
{
#if defined(__linux__) && defined(__GLIBC__)
    if (reservedTo == 0)
        return;
    mallopt(M_MMAP_THRESHOLD, 128 << 10);
    mallopt(M_TRIM_THRESHOLD, 128 << 10);
    madvise(reinterpret_cast<void *>(reservedFrom), reservedTo - reservedFrom, MADV_NOHUGEPAGE);
    malloc_trim(0);
    reservedFrom = reservedTo = 0;
#endif
}

} // namespace ordo
