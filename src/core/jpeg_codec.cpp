// JPEG encoding and decoding through libjpeg(-turbo) with BGR pixels (jpeg_codec.h).
#include <certphoto/core/detail/jpeg_codec.h>

#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

namespace certphoto::core::detail {

namespace {

struct ErrorExit {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
};

void onError(j_common_ptr info) {
    std::longjmp(reinterpret_cast<ErrorExit*>(info->err)->jump, 1);
}

void quiet(j_common_ptr, int) {}

struct Warned {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    int warnings = 0;
    char first[JMSG_LENGTH_MAX] = {};
};

void onWarning(j_common_ptr info, int level) {
    auto* w = reinterpret_cast<Warned*>(info->err);
    if (level < 0 && w->warnings++ == 0)
        info->err->format_message(info, w->first);
}

void onDecodeError(j_common_ptr info) {
    auto* w = reinterpret_cast<Warned*>(info->err);
    info->err->format_message(info, w->first);
    std::longjmp(w->jump, 1);
}

} // namespace

std::vector<std::uint8_t> encodeJpeg(const cv::Mat& bgr, int quality) {
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    jpeg_compress_struct cinfo{};
    ErrorExit err{};
    cinfo.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = onError;
    err.mgr.emit_message = quiet;
    unsigned char* out = nullptr;
    unsigned long size = 0;
    // Nothing with a destructor lives between here and a longjmp.
    if (setjmp(err.jump)) {
        jpeg_destroy_compress(&cinfo);
        std::free(out);
        return {};
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, &out, &size);
    cinfo.image_width = JDIMENSION(bgr.cols);
    cinfo.image_height = JDIMENSION(bgr.rows);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_EXT_BGR;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(bgr.ptr<uchar>(int(cinfo.next_scanline)));
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    std::vector<std::uint8_t> bytes(out, out + size);
    jpeg_destroy_compress(&cinfo);
    std::free(out);
    return bytes;
}

cv::Mat decodeJpeg(const std::vector<std::uint8_t>& bytes, std::int64_t maxPixels, std::string& why) {
    jpeg_decompress_struct cinfo{};
    Warned err{};
    cinfo.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = onDecodeError;
    err.mgr.emit_message = onWarning;
    cv::Mat out; // assigned before the jump can happen; a Mat survives longjmp as a plain handle here
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&cinfo);
        why = std::string("the JPEG decoder failed: ") + err.first;
        return {};
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&cinfo, TRUE);
    if (std::int64_t(cinfo.image_width) * cinfo.image_height > maxPixels || cinfo.num_components != 3) {
        why = cinfo.num_components != 3 ? "not a 3-component JPEG" : "over the pixel limit";
        jpeg_destroy_decompress(&cinfo);
        return {};
    }
    cinfo.out_color_space = JCS_EXT_BGR;
    jpeg_start_decompress(&cinfo);
    out.create(int(cinfo.output_height), int(cinfo.output_width), CV_8UC3);
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = out.ptr<uchar>(int(cinfo.output_scanline));
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    if (err.warnings > 0) {
        why = std::string("the JPEG decoder warned: ") + err.first;
        return {};
    }
    return out;
}

} // namespace certphoto::core::detail
