// bench-core: median and p95 of the whole analysis of a 480x640 JPEG (decode included), beside decode alone
// on the same bytes, in the same run, one thread. Not a test: it prints numbers for docs/core-benchmark.md.
//   bench-core [runs]   (CERTPHOTO_DATA_DIR and CERTPHOTO_TEST_DATA as in the test suite)
#include "core_test_util.h"

#include <certphoto/core/analysis.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Stats { double median, p95, min; };

template <class F> Stats measure(int runs, F&& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.front()};
}

} // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    cv::setNumThreads(1); // one core: the target is per photo on one core
    auto bytes = coretest::encodeJpeg(coretest::framePortrait().image, 90);
    auto profile = coretest::chsi();
    for (int i = 0; i < 10; ++i) (void)certphoto::core::analyze(bytes, profile); // warm-up (model load)
    volatile int sink = 0;
    Stats decode = measure(runs, [&] { sink = sink + cv::imdecode(bytes, cv::IMREAD_COLOR).cols; });
    Stats full = measure(runs, [&] { sink = sink + int(certphoto::core::analyze(bytes, profile).findings.size()); });
    std::printf("photo: 480x640 JPEG, %zu bytes, %d runs, 1 thread\n", bytes.size(), runs);
    std::printf("decode only      median %6.2f ms  p95 %6.2f ms  min %6.2f ms\n", decode.median, decode.p95, decode.min);
    std::printf("analyze (full)   median %6.2f ms  p95 %6.2f ms  min %6.2f ms\n", full.median, full.p95, full.min);
    std::printf("analysis beyond decode: median %.2f ms\n", full.median - decode.median);
    return 0;
}
