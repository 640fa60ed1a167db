// The synth makes what it says: 480x640 JPEGs with the person where the recorded geometry puts them, each
// defect changing what it should, the same bytes for the same seed.

#include <certphoto/synth/synth.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace certphoto::synth;
using certphoto::Result;

namespace {

cv::Mat decode(const std::vector<std::uint8_t>& bytes) {
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

bool isJpeg(const std::vector<std::uint8_t>& b) {
    return b.size() > 4 && b[0] == 0xFF && b[1] == 0xD8 && b[b.size() - 2] == 0xFF && b[b.size() - 1] == 0xD9;
}

Photo makeOk(const Request& r) {
    Result<Photo> p = make(r);
    if (!p)
        qFatal("make failed: %s", p.error().message.c_str());
    return p.value();
}

Request request(const std::string& person, const std::string& defect = {}, Strength st = Strength::Clear,
                std::uint64_t seed = 7) {
    Request r;
    r.person = person;
    r.defect = defect;
    r.strength = st;
    r.seed = seed;
    return r;
}

double dist(const cv::Vec3b& a, Rgb c) {
    return std::hypot(a[2] - c.r, a[1] - c.g, a[0] - c.b);
}

// The first row (from the top) where the pixels over the face centre stop being the background colour.
// (over the middle half of the face, as the crown was recorded).
int firstPersonRow(const cv::Mat& img, int cx, int halfWidth, Rgb bg) {
    for (int y = 0; y < img.rows; ++y) {
        int hits = 0;
        for (int x = cx - halfWidth; x <= cx + halfWidth; ++x)
            hits += dist(img.at<cv::Vec3b>(y, x), bg) > 60;
        if (hits >= 3)
            return y;
    }
    return -1;
}

double sharpness(const cv::Mat& img) {
    cv::Mat g, lap;
    cv::cvtColor(img, g, cv::COLOR_BGR2GRAY);
    cv::Laplacian(g, lap, CV_64F);
    cv::Scalar m, s;
    cv::meanStdDev(lap, m, s);
    return s[0] * s[0];
}

cv::Rect faceBox(const Placement& p) {
    int w = cvRound(p.faceWidth * 0.8);
    return {cvRound(p.faceCentreX - w / 2.0), cvRound(p.eyeLeftY - 0.1 * w), w, cvRound(0.6 * w)};
}

} // namespace

class TestSynth : public QObject {
    Q_OBJECT
private slots:
    void portraitsAreEmbedded() {
        QCOMPARE(static_cast<int>(persons().size()), 5);
        QVERIFY(!make(request("nobody")).ok());
        QVERIFY(!make(request(persons()[0], "no.such.check")).ok());
        Request r = request(persons()[0]);
        r.profile = "no-such-profile";
        QVERIFY(!make(r).ok());
        QVERIFY(!corpus("no-such-profile").ok());
    }

    // Every person on every accepted background: a 480x640 JPEG of CHSI's usual size with the face inside
    // every band of the frame, and the pixels agree with the recorded crown.
    void compliantPhotosAreFramed() {
        int framed = 0;
        for (const std::string& person : persons())
            for (Rgb bg : compliantBackgrounds(person))
                for (std::uint64_t seed : {1u, 2u, 3u}) {
                    ++framed;
                    Request r = request(person, {}, Strength::Clear, seed);
                    r.background = bg;
                    Photo p = makeOk(r);
                    const std::string what = person + " seed " + std::to_string(seed);
                    QVERIFY2(isJpeg(p.bytes), what.c_str());
                    QVERIFY2(p.bytes.size() >= 20 * 1024 && p.bytes.size() <= 40 * 1024, what.c_str());
                    cv::Mat img = decode(p.bytes);
                    QCOMPARE(img.cols, 480);
                    QCOMPARE(img.rows, 640);
                    const Placement& at = p.placement;
                    QVERIFY2(at.crownY >= 50 && at.crownY <= 110, what.c_str());
                    QVERIFY2(at.eyeLeftY >= 200 && at.eyeLeftY <= 300 && at.eyeRightY >= 200 &&
                                 at.eyeRightY <= 300,
                             what.c_str());
                    QVERIFY2(at.faceWidth >= 180 && at.faceWidth <= 300, what.c_str());
                    QVERIFY2(std::abs(at.faceCentreX - 240) <= 8, what.c_str());
                    QVERIFY2(at.chinY > at.eyeLeftY + 0.3 * at.faceWidth, what.c_str());
                    // The corners are the background colour; the hair starts where the geometry says.
                    QVERIFY2(dist(img.at<cv::Vec3b>(5, 5), bg) < 8, what.c_str());
                    QVERIFY2(dist(img.at<cv::Vec3b>(5, 474), bg) < 8, what.c_str());
                    int top = firstPersonRow(img, cvRound(at.faceCentreX), cvRound(at.faceWidth / 4), bg);
                    QVERIFY2(std::abs(top - at.crownY) <= 6, (what + ": crown at " + std::to_string(top) +
                                                              ", recorded " + std::to_string(at.crownY))
                                                                 .c_str());
                }
        QCOMPARE(framed,
                 3 * (3 + 3 + 1 + 1 + 1)); // two people on three backgrounds, three in light clothes on blue
        QCOMPARE(static_cast<int>(compliantBackgrounds("portrait-child").size()), 1);
        QVERIFY(compliantBackgrounds("nobody").empty());
    }

    void sameSeedSameBytes() {
        Request r = request(persons()[1], "head.tilt", Strength::Clear, 42);
        QVERIFY(makeOk(r).bytes == makeOk(r).bytes);
        Request other = r;
        other.seed = 43;
        QVERIFY(makeOk(r).bytes != makeOk(other).bytes);
        QVERIFY(makeDemoPhoto(9).jpeg == makeDemoPhoto(9).jpeg);
        QCOMPARE(makeDemoPhoto(9).label, makeDemoPhoto(9).label);
    }

    // Geometric defects move the person out of the band by the recorded transform.
    void geometricDefects() {
        for (const std::string& person : persons()) {
            const std::string what = person;
            Photo tilt = makeOk(request(person, "head.tilt"));
            double roll = std::atan2(tilt.actual.eyeRightY - tilt.actual.eyeLeftY,
                                     tilt.actual.eyeRightX - tilt.actual.eyeLeftX) *
                          180 / CV_PI;
            QVERIFY2(std::abs(roll) >= 8.5, what.c_str());
            Photo tiltB = makeOk(request(person, "head.tilt", Strength::Borderline));
            roll = std::atan2(tiltB.actual.eyeRightY - tiltB.actual.eyeLeftY,
                              tiltB.actual.eyeRightX - tiltB.actual.eyeLeftX) *
                   180 / CV_PI;
            QVERIFY2(std::abs(roll) >= 4 && std::abs(roll) <= 5, what.c_str());

            for (Strength st : {Strength::Clear, Strength::Borderline}) {
                Photo size = makeOk(request(person, "head.size", st));
                QVERIFY2(size.actual.faceWidth < 180 || size.actual.faceWidth > 300, what.c_str());
                Photo eyes = makeOk(request(person, "eyes.line", st));
                QVERIFY2((eyes.actual.eyeLeftY + eyes.actual.eyeRightY) / 2 > 300, what.c_str());
                QVERIFY2(eyes.actual.crownY >= 50 && eyes.actual.crownY <= 110, what.c_str());
                for (std::uint64_t seed = 1; seed <= 6; ++seed) {
                    Photo pos = makeOk(request(person, "head.position", st, seed));
                    const Placement& a = pos.actual;
                    QVERIFY2(a.crownY < 50 || a.crownY > 110 || std::abs(a.faceCentreX - 240) >= 40,
                             what.c_str());
                }
            }
        }
    }

    // Pixel defects change the pixels they should, compared with the compliant photo of the same seed.
    void pixelDefects() {
        const std::string person = "portrait-plain-light";
        Photo base = makeOk(request(person));
        cv::Mat ok = decode(base.bytes);
        cv::Rect face = faceBox(base.placement);
        auto photo = [&](const std::string& d, Strength st = Strength::Clear) {
            return decode(makeOk(request(person, d, st)).bytes);
        };

        QVERIFY(dist(photo("background.color").at<cv::Vec3b>(5, 5), kLightBlue) > 60);
        QVERIFY(dist(photo("background.color", Strength::Borderline).at<cv::Vec3b>(5, 5), kLightBlue) > 25);

        QVERIFY(sharpness(photo("image.sharpness")) < sharpness(ok) / 4);
        QVERIFY(sharpness(photo("image.sharpness", Strength::Borderline)) < sharpness(ok) / 1.5);

        cv::Scalar okMean = cv::mean(ok(face)), expo = cv::mean(photo("image.exposure")(face));
        QVERIFY(std::abs((expo[0] + expo[1] + expo[2]) - (okMean[0] + okMean[1] + okMean[2])) / 3 > 40);

        cv::Mat side = photo("lighting.balance");
        cv::Rect l = face, r = face; // the outer quarters of the face: the cheeks
        l.width = r.width = face.width / 4;
        r.x += face.width * 3 / 4;
        double ratioL = cv::mean(side(l))[1] / cv::mean(ok(l))[1],
               ratioR = cv::mean(side(r))[1] / cv::mean(ok(r))[1];
        QVERIFY2(std::min(ratioL, ratioR) < 0.65 && std::max(ratioL, ratioR) > 0.95,
                 (std::to_string(ratioL) + " / " + std::to_string(ratioR)).c_str());

        cv::Scalar cast = cv::mean(photo("image.color")(face));
        double okRb = okMean[2] - okMean[0], castRb = cast[2] - cast[0], castG = cast[1] - okMean[1];
        QVERIFY(std::abs(castRb - okRb) > 25 || std::abs(castG) > 15);

        auto whiteInFace = [&](const cv::Mat& img) {
            cv::Mat g;
            cv::cvtColor(img(face), g, cv::COLOR_BGR2GRAY);
            return cv::countNonZero(g > 245);
        };
        QVERIFY(whiteInFace(photo("glare.spots")) > whiteInFace(ok) + 30);

        // Clothes: the bottom middle of the frame turns to the background colour.
        cv::Vec3b clothes = photo("clothing.contrast").at<cv::Vec3b>(620, 240);
        const double before = dist(ok.at<cv::Vec3b>(620, 240), kLightBlue), after = dist(clothes, kLightBlue);
        QVERIFY(before > 80);
        QVERIFY2(after < 60 && after < before / 3,
                 (std::to_string(before) + " -> " + std::to_string(after)).c_str());

        // Background not uniform: its spread over the top corners and the lower sides grows.
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            cv::Mat bgu =
                decode(makeOk(request(person, "background.uniformity", Strength::Clear, seed)).bytes);
            cv::Mat diff;
            cv::absdiff(bgu, ok, diff);
            QVERIFY(cv::mean(diff)[0] + cv::mean(diff)[1] + cv::mean(diff)[2] > 6);
        }

        // Nobody / two people.
        cv::Mat none = photo("face.count");
        cv::Scalar m, s;
        cv::meanStdDev(none, m, s);
        QVERIFY(s[0] < 2 && s[1] < 2 && s[2] < 2);
        cv::Mat two = photo("face.count", Strength::Borderline);
        QVERIFY(dist(two.at<cv::Vec3b>(200, 130), kLightBlue) > 60); // a face left of centre
        QVERIFY(dist(two.at<cv::Vec3b>(220, 350), kLightBlue) > 60); // and one right of it
    }

    void fileDefects() {
        const std::string person = persons()[0];
        auto bytes = [&](const std::string& d, Strength st = Strength::Clear,
                         const std::string& profile = "chsi-graduation") {
            Request r = request(person, d, st);
            r.profile = profile;
            return makeOk(r).bytes;
        };
        auto png = bytes("file.format");
        QVERIFY(png.size() > 8 && png[0] == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        auto webp = bytes("file.format", Strength::Borderline);
        QVERIFY(!(webp[0] == 0xFF && webp[1] == 0xD8));
        QVERIFY(bytes("file.size").size() < 10 * 1024);
        QVERIFY(bytes("file.size", Strength::Borderline).size() < 20 * 1024);
        auto big = bytes("file.size", Strength::Clear, "selfstudy-degree-2020");
        QVERIFY(big.size() > 2 * 1024 * 1024 && isJpeg(big));
        QCOMPARE(decode(big).cols, 480); // still a good picture, only too big
        auto small = bytes("file.size", Strength::Clear, "selfstudy-degree");
        QVERIFY(small.size() < 30 * 1024);
        cv::Mat dims = decode(bytes("image.dimensions"));
        QVERIFY(dims.cols != 480 || dims.rows != 640);
        cv::Mat dimsB = decode(bytes("image.dimensions", Strength::Borderline));
        QVERIFY(!dimsB.empty() && (dimsB.cols != 480 || dimsB.rows != 640));
        for (Strength st : {Strength::Clear, Strength::Borderline}) {
            auto cut = bytes("image.decode", st);
            QVERIFY(cut[0] == 0xFF && cut[1] == 0xD8 && !isJpeg(cut));
        }
        // The 2020 profile's compliant files are 100 KB - 2 MB.
        Request r = request(person);
        r.profile = "selfstudy-degree-2020";
        auto p2020 = makeOk(r).bytes;
        QVERIFY(isJpeg(p2020) && p2020.size() >= 100 * 1024 && p2020.size() <= 2 * 1024 * 1024);
        QCOMPARE(decode(p2020).rows, 640);
    }

    void demoMix() {
        int compliant = 0;
        std::set<std::string> kinds;
        std::map<std::string, int> corner;
        for (std::uint64_t seed = 0; seed < 400; ++seed) {
            DemoPhoto d = makeDemoPhoto(seed);
            QVERIFY(!d.jpeg.empty());
            if (d.label == "compliant") {
                ++compliant;
                cv::Mat img = decode(d.jpeg);
                cv::Vec3b c = img.at<cv::Vec3b>(3, 3);
                corner[std::to_string(c[2] / 32) + "," + std::to_string(c[0] / 32)]++;
            } else {
                kinds.insert(d.label.substr(0, d.label.find(':')));
            }
        }
        QVERIFY2(compliant >= 200 && compliant <= 280, std::to_string(compliant).c_str()); // ~60 %
        QVERIFY(kinds.size() >= 12);
        QVERIFY(kinds.count("head.tilt") && kinds.count("image.sharpness") && kinds.count("head.position"));
        QVERIFY(corner.size() >= 2); // more than one background colour
        // For the 2020 self-study notice the compliant files are 100 KB - 2 MB.
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            DemoPhoto d = makeDemoPhoto(seed, "selfstudy-degree-2020");
            if (d.label == "compliant")
                QVERIFY(d.jpeg.size() >= 100 * 1024 && d.jpeg.size() <= 2 * 1024 * 1024);
        }
    }

    void corpusCoversEveryDefect() {
        auto cases = corpus();
        QVERIFY(cases.ok());
        QVERIFY(cases->size() >= 150);
        std::set<std::string> files, combos;
        int compliant = 0;
        for (const Case& c : *cases) {
            files.insert(c.file);
            if (c.photo.defect.empty())
                ++compliant;
            else
                combos.insert(c.photo.person + "/" + c.photo.defect + "/" + toString(c.photo.strength));
        }
        QCOMPARE(files.size(), cases->size());
        QCOMPARE(combos.size(), persons().size() * defects().size() * 2);
        QVERIFY(compliant >= 45);
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
