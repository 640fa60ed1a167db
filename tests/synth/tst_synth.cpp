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
        QCOMPARE(static_cast<int>(persons().size()), 6);
        QCOMPARE(static_cast<int>(cutouts().size()), 5);
        QCOMPARE(personsWithHeadCovering(), std::vector<std::string>{"grace-hopper-glasses"});
        // Her cap is a defect of its own: she makes head.covering cases and nothing else.
        QVERIFY(compliantBackgrounds("grace-hopper-glasses").empty());
        QVERIFY(!make(request("grace-hopper-glasses")).ok());
        QVERIFY(!make(request("grace-hopper-glasses", "head.tilt")).ok());
        QCOMPARE(makeOk(request("grace-hopper-glasses", "head.covering")).variant, std::string("own-cap"));
        Request badCut = request(persons()[0]);
        badCut.cutout = 5;
        QVERIFY(!make(badCut).ok());
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
            if (!personsWithHeadCovering().empty() && person == personsWithHeadCovering().front())
                continue;
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

    // Mirrored photos roll the other way; compliant photos keep the person's own roll (0-4 deg) unless
    // levelled; the cut-outs differ at the edge but agree on the person.
    void variety() {
        for (const std::string& person : persons()) {
            if (compliantBackgrounds(person).empty())
                continue;
            Request r = request(person);
            const Photo plain = makeOk(r);
            r.mirrored = true;
            const Photo mirror = makeOk(r);
            QVERIFY2(std::abs(plain.rollDeg) > 0.5 && std::abs(plain.rollDeg) <= 4, person.c_str());
            QVERIFY2(std::abs(plain.rollDeg + mirror.rollDeg) < 0.05, person.c_str());
            r.levelled = true;
            QVERIFY2(std::abs(makeOk(r).rollDeg) < 0.05, person.c_str());
            // The mirrored photo's left half looks like the plain photo's right half.
            cv::Mat a = decode(plain.bytes), b = decode(mirror.bytes), flipped;
            cv::flip(b, flipped, 1);
            cv::Mat diffFlipped, diffPlain;
            cv::absdiff(a, flipped, diffFlipped);
            cv::absdiff(a, b, diffPlain);
            QVERIFY2(cv::mean(diffFlipped)[1] < cv::mean(diffPlain)[1], person.c_str());

            r = request(person);
            cv::Mat first = decode(makeOk(r).bytes), firstGrey;
            cv::cvtColor(first, firstGrey, cv::COLOR_BGR2GRAY);
            int differ = 0;
            for (int c = 1; c < static_cast<int>(cutouts().size()); ++c) {
                r.cutout = c;
                const Photo p = makeOk(r);
                QCOMPARE(p.cutout, cutouts()[static_cast<std::size_t>(c)]);
                cv::Mat other = decode(p.bytes), d;
                cv::absdiff(first, other, d);
                cv::cvtColor(d, d, cv::COLOR_BGR2GRAY);
                const int changed = cv::countNonZero(d > 40);
                differ += changed > 50;
                // The same person: at most a few per cent of the frame changes, along the edge.
                QVERIFY2(changed < 0.06 * d.total(),
                         (person + " " + p.cutout + ": " + std::to_string(changed)).c_str());
            }
            QVERIFY2(differ >= 3, person.c_str());
        }
    }

    // The new defects change the pixels where the recorded geometry puts eyes, mouth and crown.
    void faceDefects() {
        for (const std::string& person : persons()) {
            if (compliantBackgrounds(person).empty())
                continue;
            const Photo base = makeOk(request(person));
            const cv::Mat ok = decode(base.bytes);
            const Placement& at = base.placement;
            const double ed = std::hypot(at.eyeRightX - at.eyeLeftX, at.eyeRightY - at.eyeLeftY);
            auto box = [](double x, double y, double half) {
                return cv::Rect(cvRound(x - half), cvRound(y - half), cvRound(2 * half), cvRound(2 * half));
            };
            auto darkShare = [](const cv::Mat& img, cv::Rect r) {
                cv::Mat g;
                cv::cvtColor(img(r), g, cv::COLOR_BGR2GRAY);
                return cv::countNonZero(g < 90) / static_cast<double>(r.area());
            };
            for (Strength st : {Strength::Clear, Strength::Borderline}) {
                const std::string what = person + " " + toString(st);
                // Eyes: the dark of the pupils is covered by lids (fully when clear and both closed).
                const Photo closed = makeOk(request(person, "eyes.open", st, 8));
                const Photo okSeed8 = makeOk(request(person, {}, Strength::Clear, 8));
                cv::Mat c = decode(closed.bytes), o = decode(okSeed8.bytes);
                const Placement& a8 = okSeed8.placement;
                const cv::Rect left = box(a8.eyeLeftX, a8.eyeLeftY, 0.08 * ed),
                               right = box(a8.eyeRightX, a8.eyeRightY, 0.08 * ed);
                const double before = darkShare(o, left) + darkShare(o, right),
                             after = darkShare(c, left) + darkShare(c, right);
                QVERIFY2(after < before * 0.8, (what + " eyes " + std::to_string(before) + " -> " +
                                                std::to_string(after) + " " + closed.variant)
                                                   .c_str());
                // Mouth: bright, low-saturation pixels (teeth) appear between the lips.
                const Photo open = makeOk(request(person, "mouth.closed", st));
                cv::Mat m = decode(open.bytes);
                auto teeth = [&](const cv::Mat& img) {
                    cv::Mat hsv;
                    cv::cvtColor(img(box(at.mouthX, at.mouthY, 0.3 * at.mouthWidth)), hsv, cv::COLOR_BGR2HSV);
                    int n = 0;
                    for (auto it = hsv.begin<cv::Vec3b>(); it != hsv.end<cv::Vec3b>(); ++it)
                        n += (*it)[2] > 170 && (*it)[1] < 45;
                    return n;
                };
                QVERIFY2(teeth(m) > teeth(ok) + 15,
                         (what + " teeth " + std::to_string(teeth(ok)) + " -> " + std::to_string(teeth(m)))
                             .c_str());
                // Tinted glasses: the eyes' surroundings darker.
                cv::Mat t = decode(makeOk(request(person, "glasses.tinted", st)).bytes);
                const cv::Rect lens = box(at.eyeLeftX, at.eyeLeftY + 0.1 * ed, 0.12 * ed);
                const double ratio = cv::mean(t(lens))[1] / cv::mean(ok(lens))[1];
                cv::Mat lensDiff;
                cv::absdiff(t(lens), ok(lens), lensDiff);
                const cv::Scalar shift = cv::mean(lensDiff);
                if (st == Strength::Clear)
                    QVERIFY2(ratio < 0.7, (what + " lens " + std::to_string(ratio)).c_str());
                else // a light tint: the colour moves, the brightness less
                    QVERIFY2(shift[0] + shift[1] + shift[2] > 20,
                             (what + " lens " + std::to_string(shift[0])).c_str());
                // Head covering: the top of the head changes.
                cv::Mat h = decode(makeOk(request(person, "head.covering", st)).bytes), d;
                const cv::Rect top(cvRound(at.faceCentreX - 0.15 * at.faceWidth), cvRound(at.crownY + 2),
                                   cvRound(0.3 * at.faceWidth), cvRound(0.15 * at.faceWidth));
                cv::absdiff(h(top), ok(top), d);
                QVERIFY2(cv::mean(d)[0] + cv::mean(d)[1] + cv::mean(d)[2] > 30, what.c_str());
            }
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
        // Every defect at both strengths on everyone but the person in her own cap, who has only hers.
        QCOMPARE(combos.size(), (persons().size() - 1) * defects().size() * 2 + 1);
        QVERIFY(compliant >= 75);
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
