// JPEG encoding through libjpeg(-turbo) with BGR input (jpeg_encode.h).
#include <certphoto/core/detail/jpeg_encode.h>

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

} // namespace certphoto::core::detail
