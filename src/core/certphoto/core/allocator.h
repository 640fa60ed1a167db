#pragma once
// How the C library's allocator treats the buffers of one photo after another.

namespace certphoto::core {

// Keeps freed memory in the process for the next photo instead of handing it back to the kernel. glibc gives
// blocks over 128 KB (a photo's planes, masks, Lab copies) back at once and trims the heap top, so every
// photo's buffers page-fault in again: on these machines that was a third of an analysis (bench-core: 21 ms
// median, 14 ms with this). Call once at the start of a program that analyses or exports photos; the price is
// a resident size that stays near its peak (bounded: blocks above 32 MB are still mapped and unmapped).
// Does nothing where the C library is not glibc.
void keepFreedMemoryForReuse();

} // namespace certphoto::core
