// bench-core: median and p95 of the whole analysis of a 480x640 JPEG (decode included), beside decode alone
// and the JPEG entropy-data check alone (jpeg_entropy.cpp, part of the analysis) on the same bytes, and one
// forward() of the face model with OpenCV's layers beside the core's kernels (face_net.cpp; the analysis runs
// two), in the same run, one thread. Not a test: it prints numbers for docs/core-benchmark.md.
//   bench-core [runs] [--allocator-defaults]   (CERTPHOTO_DATA_DIR and CERTPHOTO_TEST_DATA as in the test
//   suite)
#include "core_test_util.h"

#include <certphoto/core/allocator.h>
#include <certphoto/core/analysis.h>
#include <certphoto/core/detail/face_detector.h>
#include <certphoto/core/detail/face_net.h>
#include <certphoto/core/detail/face_points.h>
#include <certphoto/core/detail/image_file.h>
#include <certphoto/core/detail/jpeg_entropy.h>
#include <certphoto/core/profile.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace {

struct Stats {
    double median, p95, min, cpuMedian;
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall time, and this thread's CPU time: on a machine shared with other work the CPU time shows what one
// photo costs when the core is not waiting for its turn.
template <class F> Stats measure(int runs, F&& f) {
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        double c0 = threadCpuMs();
        auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.front(),
            cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    // As the programs run (certphoto, -import, -check, -export); the C library's defaults for the baseline.
    const bool allocatorDefaults = argc > 2 && std::string(argv[2]) == "--allocator-defaults";
    if (!allocatorDefaults)
        certphoto::core::keepFreedMemoryForReuse();
    cv::setNumThreads(1); // one core: the target is per photo on one core
    auto bytes = coretest::encodeJpeg(coretest::framePortrait().image, 90);
    auto profile = coretest::chsi();
    for (int i = 0; i < 10; ++i)
        (void)certphoto::core::analyze(bytes, profile); // warm-up (model load)
    volatile int sink = 0;
    Stats decode = measure(runs, [&] { sink = sink + cv::imdecode(bytes, cv::IMREAD_COLOR).cols; });
    Stats entropy = measure(runs, [&] {
        using namespace certphoto::core::detail;
        sink = sink + checkJpegEntropy(bytes.data(), bytes.size(), kMaxPixels).scans;
    });
    Stats full =
        measure(runs, [&] { sink = sink + int(certphoto::core::analyze(bytes, profile).findings.size()); });
    // The precise points alone (eye centres, lids, lips: face_points.cpp), on the face the detector found.
    Stats points{0, 0, 0, 0};
    {
        using namespace certphoto::core::detail;
        cv::Mat photo = cv::imdecode(bytes, cv::IMREAD_COLOR);
        auto faces = FaceDetector::forThisThread()->detect(photo);
        if (faces.size() == 1)
            points =
                measure(runs, [&] { sink = sink + int(locateFacePoints(photo, faces.front()).eyeDist); });
    }

    // The face model alone on the photo squeezed to 128x128 (the layers' cost does not depend on the pixels).
    using certphoto::core::detail::Kernels;
    const std::string model = certphoto::core::findDataFile("models/blazeface-front-128.onnx");
    cv::Mat rgb;
    cv::resize(cv::imdecode(bytes, cv::IMREAD_COLOR), rgb, {128, 128}, 0, 0, cv::INTER_AREA);
    cv::cvtColor(rgb, rgb, cv::COLOR_BGR2RGB);
    rgb.convertTo(rgb, CV_32F, 2.0 / 255.0, -1.0);
    const int dims[] = {1, 128, 128, 3};
    const cv::Mat blob(4, dims, CV_32F, rgb.data);
    auto forward = [&](Kernels kernels) {
        cv::dnn::Net net = certphoto::core::detail::readFaceNet(model, kernels);
        const auto outNames = net.getUnconnectedOutLayersNames();
        std::vector<cv::Mat> outs;
        return measure(runs, [&] {
            net.setInput(blob);
            net.forward(outs, outNames);
        });
    };
    Stats netOpenCV = forward(Kernels::OpenCV), netOwn = forward(Kernels::Own);
    std::printf("photo: 480x640 JPEG, %zu bytes, %d runs, 1 thread, allocator: %s\n", bytes.size(), runs,
                allocatorDefaults ? "glibc defaults" : "freed memory kept for reuse");
    std::printf(
        "decode only      median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (thread CPU median %6.2f ms)\n",
        decode.median, decode.p95, decode.min, decode.cpuMedian);
    std::printf(
        "jpeg data check  median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (thread CPU median %6.2f ms)\n",
        entropy.median, entropy.p95, entropy.min, entropy.cpuMedian);
    std::printf(
        "analyze (full)   median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (thread CPU median %6.2f ms)\n",
        full.median, full.p95, full.min, full.cpuMedian);
    std::printf("face points      median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (thread CPU median %6.2f ms; "
                "part of analyze)\n",
                points.median, points.p95, points.min, points.cpuMedian);
    std::printf("analysis beyond decode: median %.2f ms; analysis / decode: %.1f (wall), %.1f (thread CPU)\n",
                full.median - decode.median, full.median / decode.median, full.cpuMedian / decode.cpuMedian);
    std::printf(
        "face model, OpenCV's layers      median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (one forward())\n",
        netOpenCV.median, netOpenCV.p95, netOpenCV.min);
    std::printf("face model, the core's kernels   median %6.2f ms  p95 %6.2f ms  min %6.2f ms  (as analyze() "
                "runs it)\n",
                netOwn.median, netOwn.p95, netOwn.min);
    return 0;
}
