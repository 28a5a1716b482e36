#pragma once

#include <cstddef>

namespace ordo {

// Peak resident memory of this process so far, in MB (VmHWM on Linux; 0 where it cannot be read).
// For `ordo --quit-when-painted` and ordo-bench.
double peakMemoryMb();

// Pages this process has touched for the first time so far (minor page faults; 0 where unknown).
// For `ordo --quit-when-painted` and ordo-bench: on a virtual machine each costs 15-30 µs.
long pageFaults();

// Asks the kernel to back the next `bytes` of the heap with large (2 MB) pages where it can, before
// the program fills it. Each small page touched for the first time costs a page fault (15-30 µs each
// on a virtual machine); a desktop start touches ~3,000 of them (the window's picture alone is
// 1,000). Blocks up to 16 MB (a full-HD window's picture) come from that heap too. Only virtual
// space is reserved: memory is used as it is touched. Does nothing where it is not Linux with glibc,
// or when the heap did not grow where it was asked to (another allocator, no room for it).
// Returns how many bytes of the heap were asked for in large pages (0: none).
std::size_t reserveHeapInLargePages(std::size_t bytes);
// Once the start is over (the window painted): the heap as glibc keeps it by default again, for a
// program open all day: blocks over 128 kB are mapped on their own again when the heap has no room
// for them, the heap's unused top is returned and is returned again as it frees, and the heap is no
// longer asked for in large pages (a large page found by compacting memory can stall a busy machine).
void settleHeap();

} // namespace ordo
