#include "bareheaded.h"

#include "frame.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace certphoto::synth {
namespace {

// The lower edge of the cap's dark band, read by hand at 3x zoom off a 10-px grid (source pixels).
const cv::Point2d kCapEdge[] = {{150, 178}, {160, 165}, {175, 152}, {200, 146}, {230, 142}, {265, 140},
                                {300, 140}, {330, 141}, {355, 146}, {372, 156}, {382, 172}};

double capEdgeAt(double x) {
    const auto* first = std::begin(kCapEdge);
    const auto* last = std::end(kCapEdge) - 1;
    if (x <= first->x || x >= last->x)
        return -1; // no cap above this column
    for (const auto* q = first; q != last; ++q)
        if (x <= q[1].x)
            return q->y + (q[1].y - q->y) * (x - q->x) / (q[1].x - q->x);
    return -1;
}

} // namespace

void takeOffCap(cv::Mat& img, cv::Mat& hard, cv::Mat& synthetic) {
    // The head drawn instead: a dome over the face, forehead below a curved hairline, short grey hair above.
    const cv::Point2d centre{265, 165};
    const double ax = 110, ay = centre.y - kBareheadedCrownY;
    // The forehead carries on upwards from the first photographed row under the cap, column by column
    // (smoothed across), so its shading across the brow stays the photo's own.
    cv::Mat brow(1, img.cols, CV_32FC3, cv::Scalar::all(0));
    for (int x = 0; x < img.cols; ++x) {
        const double edge = capEdgeAt(x);
        // The mean of the first photographed rows under the cap.
        cv::Vec3f sum(0, 0, 0);
        for (int k = 4; k < 16; ++k) {
            const int y = std::clamp(cvRound(edge < 0 ? 150 : edge + k), 0, img.rows - 1);
            const cv::Vec3b c = img.at<cv::Vec3b>(y, x);
            sum += cv::Vec3f(c[0], c[1], c[2]);
        }
        brow.at<cv::Vec3f>(0, x) = sum * (1.0f / 12);
    }
    cv::GaussianBlur(brow, brow, {0, 0}, 6, 0);
    // Her hair where it shows beside the temples is grey-white with a warm cast (read off the photo at 4x);
    // a sample there would catch skin and the glasses' arm, so the colour is set, not sampled.
    const cv::Vec3f hair{176, 186, 198};

    // Strands: noise stretched along the hair's direction (upwards), fixed seed.
    Rng rng(1906);
    cv::Mat strands(img.size(), CV_32F);
    for (int y = 0; y < strands.rows; ++y)
        for (int x = 0; x < strands.cols; ++x)
            strands.at<float>(y, x) = static_cast<float>(rng.uniform(-1, 1));
    cv::GaussianBlur(strands, strands, {0, 0}, 0.8, 3.5);
    cv::Mat mottle(img.size(), CV_32F);
    for (int y = 0; y < mottle.rows; ++y)
        for (int x = 0; x < mottle.cols; ++x)
            mottle.at<float>(y, x) = static_cast<float>(rng.uniform(-1, 1));
    cv::GaussianBlur(mottle, mottle, {0, 0}, 6);

    cv::Mat capArea(hard.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) {
            const double edge = capEdgeAt(x);
            if (edge < 0 || y >= edge + 2)
                continue;
            capArea.at<uchar>(y, x) = 255;
            const double dx = (x - centre.x) / ax, dy = (y - centre.y) / ay;
            const double r = std::sqrt(dx * dx + dy * dy);
            // An uneven outline, as hair has, not a cap's smooth dome.
            const double theta = std::atan2(dy, dx);
            const double outline = 1 + 0.035 * std::sin(7 * theta + 1) + 0.025 * std::sin(13 * theta + 2) +
                                   0.02 * std::sin(23 * theta);
            if (r > outline) {
                hard.at<uchar>(y, x) = 0;
                continue;
            }
            hard.at<uchar>(y, x) = 255;
            synthetic.at<uchar>(y, x) = 255;
            const double hairline = 118 + 0.0035 * (x - centre.x) * (x - centre.x);
            // 0 = skin, 1 = hair, over 5 px at the hairline.
            const double h = std::clamp((hairline - y + 6 * strands.at<float>(y, x)) / 8 + 0.5, 0.0, 1.0);
            const cv::Vec3f skin = brow.at<cv::Vec3f>(0, x);
            const float s = strands.at<float>(y, x), m = mottle.at<float>(y, x);
            cv::Vec3b& o = img.at<cv::Vec3b>(y, x);
            // The last rows above the cap's edge blend into the photographed forehead.
            const double keep = std::clamp((y - (edge - 3)) / 5.0, 0.0, 1.0);
            for (int c = 0; c < 3; ++c) {
                // The photographed forehead under the cap, reflected upwards (its wrinkles and pores), on
                // the row-smoothed brow colour.
                const int ry = std::clamp(cvRound(2 * (edge + 2) - y), 0, img.rows - 1);
                const double texture = img.at<cv::Vec3b>(ry, x)[c] - skin[c];
                const double skinValue = skin[c] + 0.8 * std::clamp(texture, -40.0, 40.0) + 3 * m;
                const double hairValue = hair[c] * (1.0 - 0.10 * r * r) + 34 * s + 10 * m;
                const double v = (1 - h) * skinValue + h * hairValue;
                o[c] = cv::saturate_cast<uchar>((1 - keep) * v + keep * o[c]);
            }
        }
    // A smooth outline for the drawn dome.
    cv::Mat soft;
    cv::GaussianBlur(hard, soft, {0, 0}, 1.5);
    hard = soft > 127;
}

} // namespace certphoto::synth
