#pragma once
// The entropy-coded data of a Huffman JPEG decoded to its last bit, without dequantising or IDCT.
//
// libjpeg repairs damage inside the scan data with a warning ("Corrupt JPEG data: bad Huffman code",
// "premature end of data segment", "found marker 0x.. instead of RST.") that OpenCV does not pass on, so a
// photo with a smeared band decodes "fine". This walks the segments itself and, for baseline, extended
// sequential and progressive Huffman frames (SOF0, SOF1, SOF2; 8-bit, 1-4 components), decodes every block
// of every scan: each Huffman code must exist, runs must stay inside the block (or band), restart markers
// must come in sequence exactly every restart interval, every scan must hold exactly the blocks the frame
// needs, and nothing but up to 7 padding bits may follow the last block before the next marker.
// Arithmetic-coded, lossless, hierarchical and 12-bit frames are not checked (NotChecked).
//
// Bounded: one pass over the bytes, no reads past them, loops bounded by the data; memory is fixed except
// one 64-bit mask per block of a progressive frame's AC-coded components, allocated only after a DC scan
// has shown (one Huffman code per block, at least one bit each) that the bytes really hold that many blocks.

#include <cstddef>
#include <cstdint>
#include <string>

namespace certphoto::core::detail {

struct JpegEntropyCheck {
    enum class Result { Valid, Corrupt, NotChecked };
    Result result = Result::NotChecked;
    // Corrupt: what is wrong and where, for people ("JPEG data is corrupt: invalid Huffman code in scan 1
    // near MCU row 37 of 40"); NotChecked: why the data was not checked.
    std::string detail;
    int scans = 0;          // scans decoded completely
    bool truncated = false; // Corrupt because the file ends inside the scan data (nothing wrong before)
};

// `data` is a whole JPEG file (from SOI). Pixel counts above `maxPixels` by the frame header are not checked.
JpegEntropyCheck checkJpegEntropy(const std::uint8_t* data, std::size_t size, std::int64_t maxPixels);

} // namespace certphoto::core::detail
