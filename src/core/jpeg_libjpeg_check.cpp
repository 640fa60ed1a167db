// The scan-data check through libjpeg itself: decode the coefficients only (no dequantising, no IDCT) with
// an error manager of our own that keeps the warnings OpenCV drops. libjpeg repairs damage with a warning
// and goes on; any warning of the "corrupt data" kind makes the file Corrupt. Huffman and arithmetic coding,
// sequential and progressive, 8 and 12 bit: whatever libjpeg reads, it checks.
#include <certphoto/core/detail/jpeg_entropy.h>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>
#include <string>

#include <jpeglib.h>
// After jpeglib.h: its configuration decides which messages (arithmetic coding) jerror.h declares.
#include <jerror.h>

namespace certphoto::core::detail {
namespace {

// Everything the handlers touch is plain data: longjmp must not skip a destructor.
struct ErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    int code = 0; // first corrupt-data warning (or the error), libjpeg's message code
    char message[JMSG_LENGTH_MAX] = {};
    int scan = 0;               // where it was seen
    unsigned row = 0, rows = 0; // iMCU row of rows
    int marker = 0;             // the marker the decoder ran into, if any
};

bool isDamage(int code) {
    switch (code) {
    case JWRN_ARITH_BAD_CODE:
    case JWRN_BOGUS_PROGRESSION:
    case JWRN_EXTRANEOUS_DATA:
    case JWRN_HIT_MARKER:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_JPEG_EOF:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
        return true;
    default: // JFIF revision, Adobe transform, ICC: about metadata, not the picture
        return false;
    }
}

void remember(j_common_ptr c, ErrorManager& m) {
    m.code = m.pub.msg_code;
    m.pub.format_message(c, m.message);
    if (!c->is_decompressor)
        return;
    auto* d = reinterpret_cast<j_decompress_ptr>(c);
    m.scan = d->input_scan_number;
    m.row = d->input_iMCU_row;
    m.rows = d->total_iMCU_rows;
    m.marker = d->unread_marker;
}

void onMessage(j_common_ptr c, int level) {
    auto& m = *reinterpret_cast<ErrorManager*>(c->err);
    if (level >= 0)
        return; // trace messages
    ++m.pub.num_warnings;
    if (m.code == 0 && isDamage(m.pub.msg_code))
        remember(c, m);
}

[[noreturn]] void onError(j_common_ptr c) {
    auto& m = *reinterpret_cast<ErrorManager*>(c->err);
    if (m.code == 0)
        remember(c, m);
    std::longjmp(m.jump, 1);
}

std::string markerName(int marker) {
    if (marker == 0xD9)
        return "end-of-image marker";
    if (marker >= 0xD0 && marker <= 0xD7)
        return "restart marker RST" + std::to_string(marker - 0xD0);
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", unsigned(marker));
    return std::string("marker ") + buf;
}

// What people read: the old check's words where libjpeg's mean the same, and where in the picture.
std::string describe(const ErrorManager& m) {
    std::string where = " in scan " + std::to_string(m.scan);
    if (m.rows > 0)
        where += " near MCU row " + std::to_string(m.row + 1 > m.rows ? m.rows : m.row + 1) + " of " +
                 std::to_string(m.rows);
    switch (m.code) {
    case JWRN_HUFF_BAD_CODE:
        return "invalid Huffman code" + where;
    case JWRN_ARITH_BAD_CODE:
        return "invalid arithmetic code" + where;
    case JWRN_HIT_MARKER:
        return "data ends early (" + markerName(m.marker) + ")" + where;
    case JWRN_JPEG_EOF:
        return "data ends early (end of file)" + where;
    case JWRN_MUST_RESYNC: {
        // "Corrupt JPEG data: found marker 0xd3 instead of RST5"
        const char* rst = std::strstr(m.message, "RST");
        return std::string("restart marker ") + (rst ? rst : "RST?") + " missing (found " +
               markerName(m.marker) + ")" + where;
    }
    case JWRN_EXTRANEOUS_DATA: {
        unsigned bytes = 0;
        std::sscanf(m.message, "Corrupt JPEG data: %u", &bytes);
        return std::to_string(bytes) + " bytes of extra data after the last MCU of scan " +
               std::to_string(m.scan);
    }
    case JERR_NO_BACKING_STORE:
    case JERR_OUT_OF_MEMORY:
        return "data ends early: the frame claims more blocks than the file can hold";
    default:
        return m.message + where;
    }
}

enum class Stage { Header, Coefficients, TooLarge, Done };

// libjpeg's part, alone in its frame: between setjmp and a longjmp only `stage` (volatile) changes here.
Stage decodeCoefficients(jpeg_decompress_struct& cinfo, ErrorManager& err, const std::uint8_t* data,
                         std::size_t size, std::int64_t maxPixels) {
    volatile Stage stage = Stage::Header;
    if (setjmp(err.jump) != 0)
        return stage;
    // A valid scan spends at least one bit per block, and a block's coefficients take 128 bytes: more
    // memory than 1 KiB per byte of file (plus tables) cannot be a real picture. libjpeg then fails
    // ("backing store") instead of allocating what a forged frame header claims.
    cinfo.mem->max_memory_to_use = static_cast<long>(size) * 1024 + 8L * 1024 * 1024;
    jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
    jpeg_read_header(&cinfo, TRUE);
    if (std::int64_t(cinfo.image_width) * cinfo.image_height > maxPixels)
        return Stage::TooLarge;
    stage = Stage::Coefficients;
    jpeg_read_coefficients(&cinfo); // every scan, to the end-of-image marker
    jpeg_finish_decompress(&cinfo);
    return Stage::Done;
}

} // namespace

JpegEntropyCheck checkJpegLibjpeg(const std::uint8_t* data, std::size_t size, std::int64_t maxPixels) {
    JpegEntropyCheck out;
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8) {
        out.detail = "not a JPEG";
        return out;
    }
    jpeg_decompress_struct cinfo;
    ErrorManager err;
    cinfo.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = onError;
    err.pub.emit_message = onMessage;
    jpeg_create_decompress(&cinfo);
    const Stage stage = decodeCoefficients(cinfo, err, data, size, maxPixels);
    out.scans = cinfo.input_scan_number;
    if (stage == Stage::TooLarge) {
        out.detail = "frame larger than the pixel limit";
    } else if (err.code == 0 && stage == Stage::Done) {
        out.result = JpegEntropyCheck::Result::Valid;
    } else if (stage == Stage::Header && !isDamage(err.code)) {
        // libjpeg cannot read the headers (or the precision is not 8 bit): the structural walk in
        // image_file.cpp says what is wrong with them.
        out.detail = std::string("not checked: ") + err.message;
    } else {
        out.result = JpegEntropyCheck::Result::Corrupt;
        out.truncated = err.code == JWRN_JPEG_EOF;
        out.detail = "JPEG data is corrupt: " + describe(err);
    }
    jpeg_destroy_decompress(&cinfo); // frees every pool, also after a longjmp
    return out;
}

} // namespace certphoto::core::detail
