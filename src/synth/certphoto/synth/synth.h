#pragma once
// Certificate photos made by code from real portraits: compliant ones framed for a profile, and single
// defects added on purpose, so every photo knows its expected verdict by construction. Used for demo data
// and for the labelled accuracy corpus. OpenCV and std only; shares nothing with the compliance core's
// measuring code (the placement comes from geometry recorded once per portrait, not from detection).

#include <certphoto/result/result.h>

#include <cstdint>
#include <string>
#include <vector>

namespace certphoto::synth {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

// The background colours the CHSI standard accepts.
inline constexpr Rgb kLightBlue{100, 197, 255};
inline constexpr Rgb kWhite{255, 255, 255};
inline constexpr Rgb kLightGrey{240, 240, 240};

enum class Strength { Clear, Borderline };
const char* toString(Strength strength);

// Where the person lands in the output frame (pixels of the output image, before any defect moves it).
struct Placement {
    double crownY = 0; // top of the hair
    double chinY = 0;
    double eyeLeftX = 0, eyeLeftY = 0; // the eye on the left of the image
    double eyeRightX = 0, eyeRightY = 0;
    double faceWidth = 0; // cheek to cheek
    double faceCentreX = 0;
    double mouthX = 0, mouthY = 0; // the middle of the line between the lips
    double mouthWidth = 0;         // corner to corner
};

// What to make. An empty `defect` makes a compliant photo.
struct Request {
    std::string person; // one of persons()
    std::string profile = "chsi-graduation";
    Rgb background = kLightBlue;
    std::string defect; // a check id ("head.tilt", "image.sharpness", ...) or empty
    Strength strength = Strength::Clear;
    std::uint64_t seed = 1; // jitter of scale/position and defect details; same seed, same bytes
    // The person as photographed, with the real reflections that compliant photos have retouched out; only
    // with defect "glare.spots" and a person listed by personsWithReflections() (no spots are added).
    bool asShot = false;
    // Variety the core was not tuned on. The person flipped left to right; the person's own roll (0-4 deg)
    // kept rather than levelled; which cut-out of the person (cutouts(), by index); how far the framing may
    // wander inside the profile's bands (0 = a third of the room, as ever; 1 = up to two thirds, and up to
    // 15 px off centre).
    bool mirrored = false;
    bool levelled = false;
    int cutout = 0;
    int framing = 0;
};

struct Photo {
    std::vector<std::uint8_t> bytes; // the file as an applicant would upload it
    std::string person;
    std::string defect; // empty when compliant
    Strength strength = Strength::Clear;
    std::string variant;       // which form of the defect, e.g. "red", "gradient", "too-small"
    Placement placement;       // where the person was put (compliant framing, before the defect)
    Placement actual;          // where the person really is after a geometric defect (tilt, size, ...)
    int width = 0, height = 0; // of the image encoded in bytes (0 when the bytes are not an image)
    bool mirrored = false;
    double rollDeg = 0;        // of the eye line as placed, positive = clockwise on screen
    std::string cutout;        // the matting approach of the person's cut-out
    std::string framing;       // "centred" or "wide"
    std::string label() const; // "compliant" or "head.tilt:clear:left"
};

// The portraits shipped with the library (compiled in), by short name.
std::vector<std::string> persons();
// Those who wear a head covering of their own (Grace Hopper's naval cap): they make only head.covering cases.
std::vector<std::string> personsWithHeadCovering();
// The cut-out methods every person has, by Request::cutout index.
std::vector<std::string> cutouts();
// Those whose photo has real reflections (glasses glints), retouched out of their compliant photos.
std::vector<std::string> personsWithReflections();

// The backgrounds on which the person makes a clearly compliant photo for the profile: light clothes are not
// clearly different from white or light grey, and a person whose head proportions leave the frame's bands
// almost no room (a tall hair bun) gets none. corpus() and makeDemoPhoto() only call such photos compliant.
std::vector<Rgb> compliantBackgrounds(const std::string& person,
                                      const std::string& profile = "chsi-graduation");

// Every defect this module can make, as the check id it should trip. Besides the core's long-standing checks:
// head.covering (cap, hat or scarf drawn over the crown), eyes.open (lids drawn over the eyes), mouth.closed
// (lips parted, teeth showing) and glasses.tinted (tinted lenses).
std::vector<std::string> defects();

Result<Photo> make(const Request& request);

// One photo for demo data: ~60 % compliant, the rest various defects, several background colours.
// Deterministic from the seed, thread-safe, about 6 ms of CPU each (the first call also decodes the embedded
// portraits and makes their cut-outs, ~2 s). `jpeg` is empty only if the embedded portraits cannot be
// decoded.
struct DemoPhoto {
    std::vector<std::uint8_t> jpeg; // the file's bytes (almost always JPEG; a few demo defects are not)
    std::string label;              // "compliant" or what was done, e.g. "head.tilt:clear"
};
DemoPhoto makeDemoPhoto(std::uint64_t seed); // for chsi-graduation
// The same mix made for a profile: its compliant files land in that profile's usual size range (the
// selfstudy-degree-2020 notice asks for 100 KB - 2 MB, CHSI for typically 20-40 KB).
DemoPhoto makeDemoPhoto(std::uint64_t seed, const std::string& profile);

// One labelled case of the accuracy corpus.
struct Case {
    std::string file; // suggested file name, e.g. "0042-portrait-plain-light-head.tilt-clear.jpg"
    Request request;
    Photo photo;
};

// The labelled corpus: compliant photos of every person on every accepted background with jitter, and every
// defect at clear and borderline strength on every person, plus each person's real reflections as shot (a
// borderline glare.spots case) and a person's own head covering (clear head.covering cases only); mirroring,
// kept or levelled roll, cut-out and framing vary from case to case. At least 150 cases. The framing defects
// (head.size, head.position, eyes.line, image.dimensions) are sized against CHSI's bands and only in its
// corpus.
Result<std::vector<Case>> corpus(const std::string& profile = "chsi-graduation");

} // namespace certphoto::synth
