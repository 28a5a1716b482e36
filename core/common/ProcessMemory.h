#pragma once

namespace ordo {

// Peak resident memory of this process so far, in MB (VmHWM on Linux; 0 where it cannot be read).
// For `ordo --quit-when-painted` and ordo-bench.
double peakMemoryMb();

} // namespace ordo
