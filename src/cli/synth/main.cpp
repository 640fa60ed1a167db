// certphoto-synth: certificate photos made by code from the shipped portraits.
//   certphoto-synth corpus --out DIR [--profile NAME]   labelled accuracy corpus + labels.csv
//   certphoto-synth demo --out DIR [--count N] [--seed S]  demo photos + labels.csv
//   certphoto-synth sheet --out FILE.png [--profile NAME]  contact sheet of compliant and defect photos
//   certphoto-synth prepare-masks PORTRAIT MASK.png        the one-off cut-out step (grabCut)

#include "prepare_masks.h"

#include <certphoto/synth/synth.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace certphoto;

namespace {

int usage() {
    std::fprintf(stderr, "usage: certphoto-synth corpus --out DIR [--profile NAME]\n"
                         "       certphoto-synth demo --out DIR [--count N] [--seed S]\n"
                         "       certphoto-synth sheet --out FILE.png [--profile NAME]\n"
                         "       certphoto-synth prepare-masks PORTRAIT MASK.png\n");
    return 2;
}

bool writeFile(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(f);
}

std::string fixed(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

int corpusCommand(const fs::path& out, const std::string& profile) {
    auto cases = synth::corpus(profile);
    if (!cases) {
        std::fprintf(stderr, "certphoto-synth: %s\n", cases.error().message.c_str());
        return 1;
    }
    fs::create_directories(out);
    std::ofstream csv(out / "labels.csv");
    csv << "file,person,kind,check,strength,variant,profile,crown_y,eye_y,face_width,face_centre_x\n";
    for (const synth::Case& c : *cases) {
        if (!writeFile(out / c.file, c.photo.bytes)) {
            std::fprintf(stderr, "certphoto-synth: cannot write %s\n", (out / c.file).c_str());
            return 1;
        }
        bool compliant = c.photo.defect.empty();
        csv << c.file << ',' << c.photo.person << ',' << (compliant ? "compliant" : "defect") << ','
            << c.photo.defect << ',' << (compliant ? "" : synth::toString(c.photo.strength)) << ','
            << c.photo.variant << ',' << profile << ',';
        // Where the person really is (after a framing defect); empty when nobody is in the photo.
        const synth::Placement& at = c.photo.actual;
        if (at.faceWidth > 0)
            csv << fixed(at.crownY) << ',' << fixed((at.eyeLeftY + at.eyeRightY) / 2) << ','
                << fixed(at.faceWidth) << ',' << fixed(at.faceCentreX) << '\n';
        else
            csv << ",,,\n";
    }
    std::printf("%zu cases written to %s\n", cases->size(), out.c_str());
    return csv ? 0 : 1;
}

int demoCommand(const fs::path& out, int count, std::uint64_t seed) {
    fs::create_directories(out);
    std::ofstream csv(out / "labels.csv");
    csv << "file,label\n";
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) {
        synth::DemoPhoto p = synth::makeDemoPhoto(seed + static_cast<std::uint64_t>(i));
        char name[64];
        std::snprintf(name, sizeof name, "demo-%05d.jpg", i + 1);
        if (!writeFile(out / name, p.jpeg))
            return 1;
        csv << name << ',' << p.label << '\n';
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%d demo photos written to %s in %.0f ms (%.2f ms each)\n", count, out.c_str(), ms,
                count ? ms / count : 0.0);
    return 0;
}

// A grid of thumbnails with their labels, for people to look at.
int sheetCommand(const fs::path& out, const std::string& profile) {
    std::vector<synth::Request> wanted;
    for (const std::string& person : synth::persons()) {
        if (synth::compliantBackgrounds(person, profile).empty())
            continue;
        synth::Request r;
        r.person = person;
        r.profile = profile;
        wanted.push_back(r);
    }
    const synth::Rgb bgs[] = {synth::kWhite, synth::kLightGrey};
    int dark = 0; // people in dark clothes: fine on white and grey
    for (const std::string& person : synth::persons())
        if (dark < 2 && synth::compliantBackgrounds(person, profile).size() == 3) {
            synth::Request r;
            r.person = person;
            r.background = bgs[dark++];
            r.profile = profile;
            r.mirrored = true;
            wanted.push_back(r);
        }
    int i = 0;
    for (const std::string& d : synth::defects()) {
        if (d == "file.format" || d == "image.decode" || d == "file.size")
            continue;
        for (synth::Strength st : {synth::Strength::Clear, synth::Strength::Borderline}) {
            synth::Request r;
            r.person = synth::persons()[static_cast<std::size_t>(i++) % synth::persons().size()];
            r.defect = d;
            r.strength = st;
            r.profile = profile;
            r.seed = static_cast<std::uint64_t>(i);
            wanted.push_back(r);
        }
    }
    const int tw = 180, th = 240 + 28, cols = 8;
    const int rows = (static_cast<int>(wanted.size()) + cols - 1) / cols;
    cv::Mat sheet(rows * th, cols * tw, CV_8UC3, cv::Scalar(60, 60, 60));
    for (std::size_t k = 0; k < wanted.size(); ++k) {
        auto photo = synth::make(wanted[k]);
        if (!photo)
            continue;
        cv::Mat img = cv::imdecode(photo->bytes, cv::IMREAD_COLOR);
        if (img.empty())
            continue;
        cv::resize(img, img, {tw - 4, 240 - 4 * 240 / tw}, 0, 0, cv::INTER_AREA);
        int x = static_cast<int>(k % cols) * tw, y = static_cast<int>(k / cols) * th;
        img.copyTo(sheet(cv::Rect(x + 2, y + 2, img.cols, img.rows)));
        std::string label = photo->label();
        cv::putText(sheet, label.substr(0, 26), {x + 3, y + 240 + 10}, cv::FONT_HERSHEY_SIMPLEX, 0.36,
                    cv::Scalar(255, 255, 255), 1, cv::LINE_AA);
        if (label.size() > 26)
            cv::putText(sheet, label.substr(26, 26), {x + 3, y + 240 + 23}, cv::FONT_HERSHEY_SIMPLEX, 0.36,
                        cv::Scalar(255, 255, 255), 1, cv::LINE_AA);
    }
    if (!cv::imwrite(out.string(), sheet)) {
        std::fprintf(stderr, "certphoto-synth: cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("contact sheet of %zu photos written to %s\n", wanted.size(), out.c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        return usage();
    const std::string cmd = argv[1];
    if (cmd == "prepare-masks") {
        if (argc != 4)
            return usage();
        return synthcli::prepareMask(argv[2], argv[3]);
    }
    std::map<std::string, std::string> opt{
        {"--profile", "chsi-graduation"}, {"--count", "100"}, {"--seed", "1"}};
    for (int i = 2; i < argc; ++i) {
        std::string key = argv[i];
        if (!opt.count(key) && key != "--out")
            return usage();
        if (i + 1 >= argc)
            return usage();
        opt[key] = argv[++i];
    }
    if (!opt.count("--out"))
        return usage();
    try {
        if (cmd == "corpus")
            return corpusCommand(opt["--out"], opt["--profile"]);
        if (cmd == "demo")
            return demoCommand(opt["--out"], std::stoi(opt["--count"]), std::stoull(opt["--seed"]));
        if (cmd == "sheet")
            return sheetCommand(opt["--out"], opt["--profile"]);
    } catch (const std::invalid_argument&) {
        std::fprintf(stderr, "certphoto-synth: --count and --seed take numbers\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "certphoto-synth: %s\n", e.what());
        return 1;
    }
    return usage();
}
