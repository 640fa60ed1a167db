// See jpeg_entropy.h. Decoding follows ITU-T T.81 (Annex C tables, Annex F sequential, Annex G progressive)
// and libjpeg-turbo's jdhuff.c/jdphuff.c, whose "Corrupt JPEG data" warnings are what this turns into
// failures. Where libjpeg accepts something silently that a conforming encoder never writes, this accepts it
// too (a false reject hits a real applicant): pad bits of any value, a stray RST after a scan's last MCU,
// an EOB run reaching past the end of a scan, sequential scans with odd Ss/Se/Ah/Al.
#include <certphoto/core/detail/jpeg_entropy.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace certphoto::core::detail {
namespace {

constexpr int kLookBits = 10;

struct HuffTable {
    bool defined = false;
    std::int32_t maxCode[17] = {};   // largest code of each length, -1 if none
    std::int32_t valOffset[17] = {}; // symbol index = valOffset[len] + code
    std::uint8_t vals[256] = {};
    std::uint16_t look[1 << kLookBits] = {}; // (length << 8) | symbol for codes <= kLookBits bits; 0 = longer
    // Code and extra bits in one look-up, where both fit in kLookBits: bits 0-4 their length (0 = not
    // here), 5-8 the run, 9-12 the size, 16-31 the coefficient's value (int16).
    std::uint32_t fast[1 << kLookBits] = {};
};

// The canonical code of T.81 Annex C. False when the counts over-fill the code space (a code of all ones
// included), which libjpeg refuses too.
bool buildTable(HuffTable& t, const std::uint8_t counts[16], const std::uint8_t* vals, int n, bool isDc) {
    t = HuffTable{};
    std::copy(vals, vals + n, t.vals);
    std::int32_t code = 0;
    int k = 0;
    for (int len = 1; len <= 16; ++len) {
        int c = counts[len - 1];
        if (code + c >= (std::int32_t(1) << len))
            return false;
        t.valOffset[len] = k - code;
        t.maxCode[len] = c ? code + c - 1 : -1;
        if (len <= kLookBits)
            for (int j = 0; j < c; ++j) {
                int first = (code + j) << (kLookBits - len);
                std::fill_n(t.look + first, 1 << (kLookBits - len), std::uint16_t((len << 8) | vals[k + j]));
            }
        code = (code + c) << 1;
        k += c;
    }
    for (int i = 0; i < (1 << kLookBits); ++i) {
        if (!t.look[i])
            continue;
        int len = t.look[i] >> 8, sym = t.look[i] & 0xFF;
        int run = isDc ? 0 : sym >> 4, size = isDc ? sym : sym & 15;
        if (size > 15 || len + size > kLookBits)
            continue;
        int v = (i >> (kLookBits - len - size)) & ((1 << size) - 1);
        int value = size == 0 ? 0 : v < (1 << (size - 1)) ? v - (1 << size) + 1 : v;
        t.fast[i] = std::uint32_t(len + size) | std::uint32_t(run) << 5 | std::uint32_t(size) << 9 |
                    std::uint32_t(std::uint16_t(std::int16_t(value))) << 16;
    }
    t.defined = true;
    return true;
}

// T.81 Annex K.3: libjpeg falls back to these when a baseline file has no DHT (Motion-JPEG frames).
const std::uint8_t kStdDcLumaCounts[16] = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
const std::uint8_t kStdDcChromaCounts[16] = {0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
const std::uint8_t kStdDcVals[12] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
const std::uint8_t kStdAcLumaCounts[16] = {0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d};
const std::uint8_t kStdAcLumaVals[162] = {
    0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22,
    0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33,
    0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34,
    0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76,
    0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96,
    0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5,
    0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4,
    0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1,
    0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa};
const std::uint8_t kStdAcChromaCounts[16] = {0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77};
const std::uint8_t kStdAcChromaVals[162] = {
    0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13,
    0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0, 0x15, 0x62,
    0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26, 0x27, 0x28, 0x29,
    0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54,
    0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75,
    0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94,
    0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3,
    0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2,
    0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea,
    0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa};

// Bits of one entropy-coded segment (up to the next marker), with 0xFF00 unstuffed. Past the segment's end
// it yields zero bits, as libjpeg does, but counts them: consuming one means the data ended early.
class BitReader {
public:
    BitReader(const std::uint8_t* d, std::size_t size) : d_(d), size_(size) {}

    void start(std::size_t pos) {
        pos_ = pos;
        acc_ = 0;
        n_ = 0;
        phantom_ = 0;
        ended_ = false;
        markerAt_ = size_;
    }
    // At least 32 bits buffered: enough for a code (<= 16) and its extra bits (<= 15).
    void need32() {
        if (n_ < 32)
            fill();
    }
    std::uint32_t take(int k) { // 0 <= k <= 16, after need32()
        n_ -= k;
        return std::uint32_t(acc_ >> n_) & ((std::uint32_t(1) << k) - 1);
    }
    std::uint32_t get(int k) { // 0 <= k <= 16
        if (n_ < k)
            fill();
        return take(k);
    }
    // The table's combined entry for the next bits (after need32()), consumed; 0 if there is none.
    std::uint32_t fast(const HuffTable& t) {
        std::uint32_t e = t.fast[std::uint32_t(acc_ >> (n_ - kLookBits)) & ((1u << kLookBits) - 1)];
        n_ -= int(e & 31);
        return e;
    }
    // One Huffman code, after need32(); -1 if the bits are no code of the table.
    int decode(const HuffTable& t) {
        std::uint32_t p = std::uint32_t(acc_ >> (n_ - 16)) & 0xFFFF;
        std::uint16_t e = t.look[p >> (16 - kLookBits)];
        if (e) {
            n_ -= e >> 8;
            return e & 0xFF;
        }
        for (int len = kLookBits + 1; len <= 16; ++len) {
            std::int32_t code = std::int32_t(p >> (16 - len));
            if (code <= t.maxCode[len]) {
                n_ -= len;
                return t.vals[t.valOffset[len] + code];
            }
        }
        return -1;
    }
    bool overrun() const { return n_ < phantom_; }
    int realBitsLeft() const { return n_ - phantom_; }
    // The segment's last real bits are in the buffer: a code that fails here may just run into the end.
    bool nearEnd() const { return ended_ && n_ - phantom_ < 16; }
    // After a segment's last MCU: true when at most 7 pad bits are left before the marker.
    bool atSegmentEnd() {
        fill();
        return ended_ && n_ - phantom_ < 8;
    }
    std::size_t markerAt() const { return markerAt_; } // the marker's first 0xFF (or the buffer's end)
    std::size_t pos() const { return pos_; }

private:
    void fill() {
        // Eight bytes at once when none of them is 0xFF (no stuffing, no marker): the common case.
        const int bytes = (64 - n_) / 8; // room in the buffer
        if (bytes > 0 && !ended_ && pos_ + 8 <= size_) {
            std::uint64_t w;
            std::memcpy(&w, d_ + pos_, 8);
            if constexpr (std::endian::native == std::endian::little)
                w = __builtin_bswap64(w); // the bytes in reading order, first byte highest
            const std::uint64_t x = ~w;   // a 0xFF byte is a zero byte of x
            if (((x - 0x0101010101010101u) & ~x & 0x8080808080808080u) == 0) {
                acc_ = bytes == 8 ? w : (acc_ << (8 * bytes)) | (w >> (64 - 8 * bytes));
                n_ += 8 * bytes;
                pos_ += std::size_t(bytes);
                return;
            }
        }
        while (n_ <= 56) {
            std::uint8_t b = 0;
            if (!ended_) {
                if (pos_ >= size_) {
                    ended_ = true;
                    markerAt_ = size_;
                } else if (d_[pos_] != 0xFF) {
                    b = d_[pos_++];
                } else if (pos_ + 1 < size_ && d_[pos_ + 1] == 0x00) {
                    b = 0xFF;
                    pos_ += 2;
                } else {
                    ended_ = true;
                    markerAt_ = pos_;
                }
            }
            if (ended_)
                phantom_ += 8;
            acc_ = (acc_ << 8) | b;
            n_ += 8;
        }
    }

    const std::uint8_t* d_;
    std::size_t size_, pos_ = 0, markerAt_ = 0;
    std::uint64_t acc_ = 0;
    int n_ = 0, phantom_ = 0;
    bool ended_ = false;
};

// The magnitude of the coefficient coded by `s` extra bits `v` (T.81 F.2.2.1 EXTEND).
std::int64_t magnitude(int s, std::uint32_t v) {
    return v < (std::uint32_t(1) << (s - 1)) ? (std::int64_t(1) << s) - 1 - v : v;
}

struct Component {
    int id = 0, h = 1, v = 1, tq = 0;
    // The quantisers (zig-zag order), taken at the component's first scan as libjpeg does; 0 = not known.
    bool latched = false;
    std::uint16_t quant[64] = {};
    std::int64_t dcLimit = 0;           // largest |quantised DC| 8-bit samples can give
    std::uint16_t acLimit[64] = {};     // largest |quantised AC| (zig-zag order), 0xFFFF = not known
    int blocksW = 0, blocksH = 0;       // the component's own blocks (non-interleaved scans)
    bool dcSeen = false;                // a progressive DC first scan decoded completely
    std::vector<std::uint64_t> nonzero; // progressive: bit k = AC coefficient k (zig-zag) already nonzero
};

struct ScanComp {
    Component* c = nullptr;
    const HuffTable* dc = nullptr;
    const HuffTable* ac = nullptr;
    std::int64_t pred = 0; // DC predictor
};

unsigned be16(const std::uint8_t* d, std::size_t i) {
    return (unsigned(d[i]) << 8) | d[i + 1];
}

// Bits [from, to] of a mask.
std::uint64_t band(int from, int to) {
    std::uint64_t hi = to >= 63 ? ~std::uint64_t(0) : (std::uint64_t(1) << (to + 1)) - 1;
    return hi & ~((std::uint64_t(1) << from) - 1);
}

class Checker {
public:
    Checker(const std::uint8_t* d, std::size_t size, std::int64_t maxPixels)
        : d_(d), size_(size), maxPixels_(maxPixels), bits_(d, size) {}

    JpegEntropyCheck run();

private:
    enum class Step { Ok, Corrupt, NotChecked };

    Step walk();
    Step frame(std::size_t at, unsigned len, unsigned marker);
    Step huffmanTables(std::size_t at, unsigned len);
    void quantTables(std::size_t at, unsigned len);
    bool dcValue(BitReader& bits, ScanComp& sc); // one DC difference; false: corrupt, why_ set
    Step scan(std::size_t at, unsigned len, std::size_t& next);
    Step decodeScan(std::size_t dataStart, std::size_t& next);
    bool decodeMcu(std::int64_t mcu); // false: corrupt, why_ set
    bool seqBlock(ScanComp& sc);
    bool acInRange(const Component& c, int k, int s, std::uint32_t v, int al); // false: why_ set
    std::string endedWhy();
    bool acFirstBlock(const ScanComp& sc, std::uint64_t& nz);
    bool acRefineBlock(const ScanComp& sc, std::uint64_t& nz);

    Step corrupt(const std::string& what) {
        out_.detail = "JPEG data is corrupt: " + what;
        return Step::Corrupt;
    }
    Step notChecked(const std::string& why) {
        out_.detail = why;
        return Step::NotChecked;
    }
    std::string where(std::int64_t mcu) const {
        return " in scan " + std::to_string(scanNo_) + " near MCU row " + std::to_string(mcu / mcusX_ + 1) +
               " of " + std::to_string(mcusY_);
    }

    const std::uint8_t* d_;
    std::size_t size_;
    std::int64_t maxPixels_;
    BitReader bits_;
    JpegEntropyCheck out_;

    std::unique_ptr<HuffTable[]> tables_ = std::make_unique<HuffTable[]>(8); // DC 0-3, AC 4-7
    std::uint16_t quant_[4][64] = {}; // the quantisation tables (zig-zag order), 0 = not defined
    unsigned restartInterval_ = 0;

    bool haveFrame_ = false, progressive_ = false;
    int width_ = 0, height_ = 0, hMax_ = 1, vMax_ = 1;
    std::vector<Component> comps_;

    // The scan being decoded.
    int scanNo_ = 0;
    ScanComp scanComps_[4];
    int nScanComps_ = 0;
    int ss_ = 0, se_ = 63, ah_ = 0, al_ = 0;
    std::int64_t mcusX_ = 1, mcusY_ = 1;
    std::uint32_t eobRun_ = 0;
    std::string why_;
};

JpegEntropyCheck Checker::run() {
    Step step = walk();
    out_.result = step == Step::Ok        ? JpegEntropyCheck::Result::Valid
                  : step == Step::Corrupt ? JpegEntropyCheck::Result::Corrupt
                                          : JpegEntropyCheck::Result::NotChecked;
    return out_;
}

Checker::Step Checker::walk() {
    std::size_t i = 2; // after SOI
    while (i < size_) {
        if (d_[i] != 0xFF)
            return corrupt("bytes between segments");
        while (i < size_ && d_[i] == 0xFF)
            ++i;
        if (i >= size_)
            break;
        unsigned marker = d_[i++];
        if (marker == 0xD9)
            return out_.scans > 0 ? Step::Ok : notChecked("no scan");
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // libjpeg skips these outside a scan
        if (i + 2 > size_)
            break;
        unsigned len = be16(d_, i);
        if (len < 2 || i + len > size_)
            break;
        Step step = Step::Ok;
        std::size_t next = i + len;
        if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2)
            step = frame(i, len, marker);
        else if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            step = notChecked("arithmetic-coded, lossless or hierarchical JPEG (SOF" +
                              std::to_string(marker - 0xC0) + ")");
        else if (marker == 0xC4)
            step = huffmanTables(i, len);
        else if (marker == 0xDB)
            quantTables(i, len);
        else if (marker == 0xDD)
            restartInterval_ = len >= 4 ? be16(d_, i + 2) : 0;
        else if (marker == 0xDA)
            step = scan(i, len, next);
        if (step != Step::Ok)
            return step;
        i = next;
    }
    return notChecked("no end-of-image marker");
}

Checker::Step Checker::frame(std::size_t at, unsigned len, unsigned marker) {
    if (haveFrame_)
        return notChecked("more than one frame header");
    if (len < 8)
        return notChecked("short frame header");
    int precision = d_[at + 2];
    height_ = int(be16(d_, at + 3));
    width_ = int(be16(d_, at + 5));
    int n = d_[at + 7];
    if (precision != 8)
        return notChecked(std::to_string(precision) + "-bit JPEG");
    if (width_ <= 0 || height_ <= 0 || std::int64_t(width_) * height_ > maxPixels_)
        return notChecked("frame size not checked");
    if (n < 1 || n > 4 || len < 8u + 3u * unsigned(n))
        return notChecked(std::to_string(n) + "-component frame");
    comps_.resize(std::size_t(n));
    for (int c = 0; c < n; ++c) {
        Component& k = comps_[std::size_t(c)];
        k.id = d_[at + 8 + 3 * c];
        k.h = d_[at + 9 + 3 * c] >> 4;
        k.v = d_[at + 9 + 3 * c] & 15;
        k.tq = d_[at + 10 + 3 * c];
        if (k.h < 1 || k.h > 4 || k.v < 1 || k.v > 4)
            return notChecked("sampling factors out of range");
        hMax_ = std::max(hMax_, k.h);
        vMax_ = std::max(vMax_, k.v);
    }
    for (Component& k : comps_) {
        int w = int((std::int64_t(width_) * k.h + hMax_ - 1) / hMax_);
        int h = int((std::int64_t(height_) * k.v + vMax_ - 1) / vMax_);
        k.blocksW = (w + 7) / 8;
        k.blocksH = (h + 7) / 8;
    }
    progressive_ = marker == 0xC2;
    haveFrame_ = true;
    return Step::Ok;
}

Checker::Step Checker::huffmanTables(std::size_t at, unsigned len) {
    std::size_t i = at + 2, end = at + len;
    while (i < end) {
        if (i + 17 > end)
            return corrupt("Huffman table segment too short");
        unsigned tc = d_[i] >> 4, th = d_[i] & 15;
        if (tc > 1 || th > 3)
            return corrupt("Huffman table with an invalid class or number");
        int n = 0;
        for (int k = 0; k < 16; ++k)
            n += d_[i + 1 + std::size_t(k)];
        if (n > 256 || i + 17 + std::size_t(n) > end)
            return corrupt("Huffman table longer than its segment");
        if (!buildTable(tables_[tc * 4 + th], d_ + i + 1, d_ + i + 17, n, tc == 0))
            return corrupt("invalid Huffman table");
        i += 17 + std::size_t(n);
    }
    return Step::Ok;
}

void Checker::quantTables(std::size_t at, unsigned len) {
    // Kept for the range of coefficient values only; a broken table is libjpeg's to refuse.
    std::size_t i = at + 2, end = at + len;
    while (i < end) {
        unsigned pq = d_[i] >> 4, tq = d_[i] & 15;
        std::size_t size = pq ? 128 : 64;
        if (i + 1 + size > end || tq > 3)
            return;
        for (std::size_t k = 0; k < 64; ++k)
            quant_[tq][k] = std::uint16_t(pq ? be16(d_, i + 1 + 2 * k) : d_[i + 1 + k]);
        i += 1 + size;
    }
}

Checker::Step Checker::scan(std::size_t at, unsigned len, std::size_t& next) {
    if (!haveFrame_)
        return notChecked("scan before frame header");
    ++scanNo_;
    if (len < 3)
        return corrupt("scan header too short in scan " + std::to_string(scanNo_));
    int n = d_[at + 2];
    if (n < 1 || n > 4 || len != 6u + 2u * unsigned(n))
        return corrupt("invalid scan header in scan " + std::to_string(scanNo_));
    nScanComps_ = n;
    int blocksPerMcu = 0;
    for (int c = 0; c < n; ++c) {
        int id = d_[at + 3 + 2 * c];
        unsigned td = d_[at + 4 + 2 * c] >> 4, ta = d_[at + 4 + 2 * c] & 15;
        Component* comp = nullptr;
        for (Component& k : comps_)
            if (k.id == id)
                comp = &k;
        if (!comp)
            return corrupt("scan " + std::to_string(scanNo_) + " names a component the frame does not have");
        for (int p = 0; p < c; ++p)
            if (scanComps_[p].c == comp)
                return corrupt("scan " + std::to_string(scanNo_) + " names a component twice");
        scanComps_[c] = {comp, td < 4 ? &tables_[td] : nullptr, ta < 4 ? &tables_[4 + ta] : nullptr, 0};
        if (!comp->latched) {
            comp->latched = true;
            if (comp->tq < 4)
                std::copy(quant_[comp->tq], quant_[comp->tq] + 64, comp->quant);
            // 8-bit samples level-shifted by 128 give a DC coefficient (T.81 A.3.3, libjpeg's scaling) in
            // [-1024, 1016], so |quantised DC| <= 1024 / q rounded. Allowed: 16 more (two grey levels of
            // the block's mean) and one quantiser step, for encoders that round or overshoot differently.
            int q = comp->quant[0];
            comp->dcLimit = q > 0 ? (1024 + 16 + q - 1) / q + 1 : 0;
            // |AC| <= 1024 likewise (T.81 F.1.2.2: categories 1-10). The allowance is wide: encoders that
            // overshoot clipped pixels to reduce ringing raise AC values a little.
            for (int k = 1; k < 64; ++k)
                comp->acLimit[k] =
                    comp->quant[k] ? std::uint16_t((1024 + 256 + comp->quant[k]) / comp->quant[k]) : 0xFFFF;
        }
        blocksPerMcu += n == 1 ? 1 : comp->h * comp->v;
    }
    ss_ = d_[at + 3 + 2 * n];
    se_ = d_[at + 4 + 2 * n];
    ah_ = d_[at + 5 + 2 * n] >> 4;
    al_ = d_[at + 5 + 2 * n] & 15;
    if (blocksPerMcu > 10)
        return corrupt("too many blocks per MCU in scan " + std::to_string(scanNo_));
    if (progressive_) {
        // libjpeg's own limits (jdphuff.c): anything else stops the decoder.
        bool bad = ss_ == 0 ? se_ != 0 : (se_ < ss_ || se_ > 63 || n != 1);
        if ((ah_ != 0 && al_ != ah_ - 1) || al_ > 13)
            bad = true;
        if (bad)
            return corrupt("invalid progressive scan parameters in scan " + std::to_string(scanNo_));
    } else {
        ss_ = 0; // libjpeg decodes a sequential scan as 0..63 whatever the header says
        se_ = 63;
        ah_ = al_ = 0;
    }
    // Only the tables this scan uses must exist (libjpeg ignores the DC number of an AC scan and so on).
    // Unset slots 0 and 1 get the standard tables, as libjpeg does for Motion-JPEG frames without DHT.
    const bool needDc = (!progressive_ || ss_ == 0) && ah_ == 0;
    const bool needAc = !progressive_ || ss_ > 0;
    for (int c = 0; c < n; ++c) {
        ScanComp& sc = scanComps_[c];
        for (int cls = 0; cls < 2; ++cls) {
            if (!(cls == 0 ? needDc : needAc))
                continue;
            const HuffTable* t = cls == 0 ? sc.dc : sc.ac;
            if (!t)
                return corrupt("invalid Huffman table number in scan " + std::to_string(scanNo_));
            std::ptrdiff_t no = t - tables_.get() - cls * 4;
            if (!t->defined && no < 2) {
                if (cls == 0)
                    buildTable(tables_[no], no == 0 ? kStdDcLumaCounts : kStdDcChromaCounts, kStdDcVals, 12,
                               true);
                else
                    buildTable(tables_[4 + no], no == 0 ? kStdAcLumaCounts : kStdAcChromaCounts,
                               no == 0 ? kStdAcLumaVals : kStdAcChromaVals, 162, false);
            }
            if (!t->defined)
                return corrupt("scan " + std::to_string(scanNo_) +
                               " uses a Huffman table that is not defined");
        }
    }
    if (n == 1) {
        mcusX_ = scanComps_[0].c->blocksW;
        mcusY_ = scanComps_[0].c->blocksH;
    } else {
        mcusX_ = (std::int64_t(width_) + 8 * hMax_ - 1) / (8 * hMax_);
        mcusY_ = (std::int64_t(height_) + 8 * vMax_ - 1) / (8 * vMax_);
    }
    if (progressive_ && ss_ > 0) {
        Component& k = *scanComps_[0].c;
        // The DC scan proved the bytes hold these blocks (one code of >= 1 bit each): only then allocate.
        if (!k.dcSeen)
            return corrupt("AC scan before the DC scan of its component (scan " + std::to_string(scanNo_) +
                           ")");
        if (k.nonzero.empty())
            k.nonzero.assign(std::size_t(k.blocksW) * std::size_t(k.blocksH), 0);
    }
    Step s = decodeScan(at + len, next);
    if (s == Step::Ok) {
        ++out_.scans;
        if (progressive_ && ss_ == 0 && ah_ == 0)
            for (int c = 0; c < n; ++c)
                scanComps_[c].c->dcSeen = true;
    }
    return s;
}

// Why a segment's data ended before its last MCU, from the marker that ended it.
std::string Checker::endedWhy() {
    std::size_t j = bits_.markerAt();
    while (j < size_ && d_[j] == 0xFF)
        ++j;
    if (j >= size_) {
        out_.truncated = true;
        return "the file ends inside the scan data";
    }
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", unsigned(d_[j]));
    if (d_[j] == 0xD9)
        return "data ends early (end-of-image marker)";
    if (d_[j] >= 0xD0 && d_[j] <= 0xD7)
        return "data ends early (restart marker RST" + std::to_string(d_[j] - 0xD0) + ")";
    return std::string("data ends early (marker ") + hex + " inside the scan)";
}

Checker::Step Checker::decodeScan(std::size_t dataStart, std::size_t& next) {
    const std::int64_t total = mcusX_ * mcusY_;
    bits_.start(dataStart);
    eobRun_ = 0;
    for (ScanComp& sc : scanComps_)
        sc.pred = 0;
    int restarts = 0;
    for (std::int64_t mcu = 0; mcu < total; ++mcu) {
        if (restartInterval_ && mcu > 0 && mcu % restartInterval_ == 0) {
            if (!bits_.atSegmentEnd())
                return corrupt("data where restart marker RST" + std::to_string(restarts & 7) + " should be" +
                               where(mcu));
            std::size_t j = bits_.markerAt();
            while (j < size_ && d_[j] == 0xFF)
                ++j;
            unsigned expected = 0xD0 + unsigned(restarts & 7);
            if (j >= size_ || d_[j] != expected)
                return corrupt("restart marker RST" + std::to_string(restarts & 7) + " missing" + where(mcu));
            ++restarts;
            bits_.start(j + 1);
            eobRun_ = 0;
            for (ScanComp& sc : scanComps_)
                sc.pred = 0;
        }
        if (!decodeMcu(mcu))
            return corrupt((bits_.overrun() || bits_.nearEnd() ? endedWhy() : why_) + where(mcu));
        if (bits_.overrun())
            return corrupt(endedWhy() + where(mcu));
    }
    if (!bits_.atSegmentEnd()) {
        // Count the bytes between the last MCU and the next marker, for the message.
        std::size_t extra = std::size_t(bits_.realBitsLeft() / 8), j = bits_.pos();
        while (j < size_ && !(d_[j] == 0xFF && (j + 1 >= size_ || d_[j + 1] != 0x00))) {
            j += d_[j] == 0xFF ? 2 : 1;
            ++extra;
        }
        return corrupt(std::to_string(extra) + " bytes of extra data after the last MCU of scan " +
                       std::to_string(scanNo_));
    }
    next = bits_.markerAt();
    return Step::Ok;
}

bool Checker::decodeMcu(std::int64_t mcu) {
    // Progressive DC scans and sequential scans may interleave components; AC scans never do.
    const bool single = nScanComps_ == 1;
    if (!progressive_) {
        for (int c = 0; c < nScanComps_; ++c) {
            int blocks = single ? 1 : scanComps_[c].c->h * scanComps_[c].c->v;
            for (int b = 0; b < blocks; ++b)
                if (!seqBlock(scanComps_[c]))
                    return false;
        }
        return true;
    }
    if (ss_ == 0) {
        for (int c = 0; c < nScanComps_; ++c) {
            int blocks = single ? 1 : scanComps_[c].c->h * scanComps_[c].c->v;
            for (int b = 0; b < blocks; ++b) {
                if (ah_ != 0) {
                    bits_.get(1); // DC refinement: one raw bit
                    continue;
                }
                if (!dcValue(bits_, scanComps_[c]))
                    return false;
            }
        }
        return true;
    }
    std::uint64_t& nz = scanComps_[0].c->nonzero[std::size_t(mcu)];
    return ah_ == 0 ? acFirstBlock(scanComps_[0], nz) : acRefineBlock(scanComps_[0], nz);
}

inline bool Checker::dcValue(BitReader& bits, ScanComp& sc) {
    bits.need32();
    if (std::uint32_t e = bits.fast(*sc.dc)) {
        sc.pred += std::int16_t(e >> 16);
    } else {
        int s = bits.decode(*sc.dc);
        if (s < 0 || s > 15) {
            why_ = s < 0 ? "invalid Huffman code" : "invalid DC coefficient size";
            return false;
        }
        if (s) {
            std::int64_t v = bits.take(s);
            sc.pred += v < (std::int64_t(1) << (s - 1)) ? v - (std::int64_t(1) << s) + 1 : v;
        }
    }
    // The predictor is the block's DC >> Al (a progressive first scan sends only the high bits).
    const std::int64_t limit = sc.c->dcLimit, step = std::int64_t(1) << al_;
    if (limit > 0 && (sc.pred * step > limit || sc.pred * step + step - 1 < -limit)) {
        why_ = "DC value outside what 8-bit samples can give";
        return false;
    }
    return true;
}

bool Checker::acInRange(const Component& c, int k, int s, std::uint32_t v, int al) {
    if (magnitude(s, v) > std::int64_t(c.acLimit[k] >> al)) {
        why_ = "AC value outside what 8-bit samples can give";
        return false;
    }
    return true;
}

bool Checker::seqBlock(ScanComp& sc) {
    // A local copy of the reader keeps its state in registers through the loop; written back on return.
    BitReader bits = bits_;
    struct WriteBack {
        BitReader& to;
        const BitReader& from;
        ~WriteBack() { to = from; }
    } writeBack{bits_, bits};
    if (!dcValue(bits, sc))
        return false;
    const HuffTable& table = *sc.ac;
    const std::uint16_t* limit = sc.c->acLimit;
    for (int k = 1; k < 64; ++k) {
        bits.need32();
        int r, s;
        std::int64_t mag;
        if (std::uint32_t e = bits.fast(table)) {
            r = int(e >> 5) & 15;
            s = int(e >> 9) & 15;
            mag = std::abs(std::int16_t(e >> 16));
        } else {
            int sym = bits.decode(table);
            if (sym < 0) {
                why_ = "invalid Huffman code";
                return false;
            }
            r = sym >> 4;
            s = sym & 15;
            mag = s ? magnitude(s, bits.take(s)) : 0;
        }
        if (s) {
            k += r;
            if (k > 63) {
                why_ = "run of zeros past coefficient 63";
                return false;
            }
            if (mag > limit[k]) {
                why_ = "AC value outside what 8-bit samples can give";
                return false;
            }
        } else if (r == 15) {
            k += 15;
            if (k > 63) {
                why_ = "run of zeros past coefficient 63";
                return false;
            }
        } else {
            break; // end of block
        }
    }
    return true;
}

bool Checker::acFirstBlock(const ScanComp& sc, std::uint64_t& nz) {
    if (eobRun_ > 0) {
        --eobRun_;
        return true;
    }
    for (int k = ss_; k <= se_; ++k) {
        bits_.need32();
        int sym = bits_.decode(*sc.ac);
        if (sym < 0) {
            why_ = "invalid Huffman code";
            return false;
        }
        int r = sym >> 4, s = sym & 15;
        if (s) {
            k += r;
            if (k > se_) {
                why_ = "run of zeros past the end of the band";
                return false;
            }
            if (!acInRange(*sc.c, k, s, bits_.take(s), al_))
                return false;
            nz |= std::uint64_t(1) << k;
        } else if (r == 15) {
            k += 15;
            if (k > se_) {
                why_ = "run of zeros past the end of the band";
                return false;
            }
        } else {
            eobRun_ = (std::uint32_t(1) << r) + bits_.get(r) - 1;
            break;
        }
    }
    return true;
}

bool Checker::acRefineBlock(const ScanComp& sc, std::uint64_t& nz) {
    int k = ss_;
    if (eobRun_ == 0) {
        for (; k <= se_; ++k) {
            bits_.need32();
            int sym = bits_.decode(*sc.ac);
            if (sym < 0) {
                why_ = "invalid Huffman code";
                return false;
            }
            int r = sym >> 4, s = sym & 15;
            if (s) {
                if (s != 1) {
                    why_ = "invalid refinement code";
                    return false;
                }
                bits_.get(1); // the new coefficient's sign
            } else if (r != 15) {
                eobRun_ = (std::uint32_t(1) << r) + bits_.get(r);
                break; // the rest of this block is handled as part of the EOB run
            }
            // Skip r zero coefficients (already-nonzero ones take a correction bit each), landing on the
            // zero coefficient that becomes nonzero (s != 0) or past the 16th zero (ZRL).
            bool landed = false;
            for (; k <= se_; ++k) {
                if (nz >> k & 1) {
                    bits_.get(1);
                } else if (r == 0) {
                    landed = true;
                    break;
                } else {
                    --r;
                }
            }
            if (!landed) {
                why_ = "run of zeros past the end of the band";
                return false;
            }
            if (s)
                nz |= std::uint64_t(1) << k;
        }
    }
    if (eobRun_ > 0) {
        // Correction bits for the coefficients of the band already nonzero, none new.
        int corrections = k <= se_ ? std::popcount(nz & band(k, se_)) : 0;
        while (corrections > 0) {
            int take = std::min(corrections, 16);
            bits_.get(take);
            corrections -= take;
        }
        --eobRun_;
    }
    return true;
}

} // namespace

JpegEntropyCheck checkJpegEntropy(const std::uint8_t* data, std::size_t size, std::int64_t maxPixels) {
    if (!data || size < 4 || data[0] != 0xFF || data[1] != 0xD8) {
        JpegEntropyCheck out;
        out.detail = "not a JPEG";
        return out;
    }
    Checker checker(data, size, maxPixels);
    return checker.run();
}

} // namespace certphoto::core::detail
