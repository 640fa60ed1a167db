#include <certphoto/core/allocator.h>

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace certphoto::core {

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    // Fixed values turn glibc's sliding thresholds off: allocations up to 32 MB (its maximum) come from the
    // heap, and up to 64 MB of free memory at its top stays there.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

} // namespace certphoto::core
