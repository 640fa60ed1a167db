// bench-synth: how long makeDemoPhoto takes (median, p95) beside the baseline of encoding one 480x640 JPEG,
// measured in the same run on one thread. Times are the thread's CPU time, so other processes on a shared
// machine do not inflate them (wall time under load is longer). Not a ctest test; numbers in
// docs/accuracy.md.

#include <certphoto/synth/synth.h>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
struct Clock {
    using time_point = double;
    static double now() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
};

double ms(double a, double b) {
    return b - a;
}

void report(const char* what, std::vector<double> t) {
    std::sort(t.begin(), t.end());
    std::printf("%-34s n=%zu  median %.2f ms  p95 %.2f ms  min %.2f ms\n", what, t.size(), t[t.size() / 2],
                t[t.size() * 95 / 100], t.front());
}
} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::max(20, std::atoi(argv[1])) : 500;
    auto t0 = Clock::now();
    std::vector<std::string> people; // those who make compliant photos (not the one in her own cap)
    for (const std::string& person : certphoto::synth::persons()) // decodes the embedded portraits once
        if (!certphoto::synth::compliantBackgrounds(person).empty())
            people.push_back(person);
    std::printf("loading %zu portraits: %.0f ms (once per process)\n", people.size(), ms(t0, Clock::now()));

    std::vector<double> demo, compliant, encode;
    for (int i = 0; i < n; ++i) {
        auto a = Clock::now();
        auto d = certphoto::synth::makeDemoPhoto(static_cast<std::uint64_t>(i));
        demo.push_back(ms(a, Clock::now()));
        certphoto::synth::Request r;
        r.person = people[static_cast<std::size_t>(i) % people.size()];
        r.seed = static_cast<std::uint64_t>(i);
        a = Clock::now();
        auto p = certphoto::synth::make(r);
        compliant.push_back(ms(a, Clock::now()));
        // Baseline: one JPEG encode of the same size of picture.
        cv::Mat img = cv::imdecode(p->bytes, cv::IMREAD_COLOR);
        std::vector<std::uint8_t> out;
        a = Clock::now();
        cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, 90});
        encode.push_back(ms(a, Clock::now()));
    }
    report("makeDemoPhoto (mixed)", demo);
    report("make (compliant, chsi-graduation)", compliant);
    report("baseline: one JPEG encode 480x640", encode);
    return 0;
}
