#include "core/common/ProcessMemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__linux__) && defined(__GLIBC__)
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

void reserveHeapInLargePages(std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::uintptr_t large = std::uintptr_t(2) << 20;
    // Blocks up to 16 MB from the heap (not each its own mapping, faulted in small pages), and the
    // heap kept once grown (freeing is then reuse, not a new round of faults).
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    // Grow the heap by `bytes` at once: the next block the heap cannot hold brings that much more.
    mallopt(M_TOP_PAD, static_cast<int>(bytes));
    void *probe = std::malloc(256 << 10);
    mallopt(M_TOP_PAD, 1 << 20);
    if (!probe)
        return;
    const auto from = (reinterpret_cast<std::uintptr_t>(probe) + large - 1) & ~(large - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(large - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    std::free(probe);
#else
    (void)bytes;
#endif
}

} // namespace ordo
