#include "cutouts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace certphoto::synth {
namespace {

cv::Mat disc(int d) {
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, {d, d});
}

// The offline mask, one pixel in, with a 1-px Gaussian edge.
cv::Mat offline(const cv::Mat& hard) {
    cv::Mat inner, alpha;
    cv::erode(hard, inner, disc(3));
    cv::GaussianBlur(inner, alpha, {0, 0}, 1.0);
    return alpha;
}

// grabCut seeded differently: sure person only 10 px inside the offline mask, sure background 10 px outside
// it, the band between left to grabCut's own colour models (on a half-size copy, for speed).
cv::Mat reseeded(const cv::Mat& original, const cv::Mat& hard) {
    const double f = std::min(1.0, 360.0 / original.cols);
    cv::Mat small, smallHard;
    cv::resize(original, small, {}, f, f, cv::INTER_AREA);
    cv::resize(hard, smallHard, small.size(), 0, 0, cv::INTER_NEAREST);
    const int band = std::max(3, static_cast<int>(10 * f));
    cv::Mat sure, near;
    cv::erode(smallHard, sure, disc(2 * band + 1));
    cv::dilate(smallHard, near, disc(2 * band + 1));
    cv::Mat mask(small.size(), CV_8U, cv::Scalar(cv::GC_BGD));
    mask.setTo(cv::GC_PR_BGD, near);
    mask.setTo(cv::GC_PR_FGD, smallHard & ~sure);
    mask.setTo(cv::GC_FGD, sure);
    cv::Mat bgModel, fgModel;
    cv::grabCut(small, mask, cv::Rect(), bgModel, fgModel, 3, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    // Only the biggest piece: grabCut may keep islands of background of the person's colour.
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(person.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    if (contours.empty())
        return offline(hard);
    const auto biggest = std::max_element(contours.begin(), contours.end(), [](const auto& a, const auto& b) {
        return cv::contourArea(a) < cv::contourArea(b);
    });
    cv::Mat one(small.size(), CV_8U, cv::Scalar(0));
    cv::drawContours(one, std::vector<std::vector<cv::Point>>{*biggest}, 0, cv::Scalar(255), cv::FILLED);
    cv::Mat full;
    cv::resize(one, full, hard.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat alpha;
    cv::GaussianBlur(full, alpha, {0, 0}, 1.2);
    return alpha;
}

// Colour-distance matting: in a band about the edge, alpha is where the pixel lies between the local person
// colour and the local background colour (both averaged from the photo itself); hair edges come out partly
// transparent. Where the two colours are alike, or the pixels were drawn by code, the mask's edge is used.
cv::Mat colourMatte(const cv::Mat& original, const cv::Mat& hard, const cv::Mat& synthetic) {
    cv::Mat inside, outside;
    cv::erode(hard, inside, disc(13));
    cv::dilate(hard, outside, disc(13));
    outside = ~outside;
    cv::Mat img;
    original.convertTo(img, CV_32FC3);
    auto localMean = [&](const cv::Mat& where) {
        cv::Mat w, w3, sum, wsum;
        where.convertTo(w, CV_32F, 1.0 / 255);
        cv::merge(std::vector<cv::Mat>{w, w, w}, w3);
        cv::GaussianBlur(img.mul(w3), sum, {0, 0}, 8);
        cv::GaussianBlur(w3, wsum, {0, 0}, 8);
        return cv::Mat(sum / (wsum + cv::Scalar::all(1e-3)));
    };
    const cv::Mat fg = localMean(inside), bg = localMean(outside);
    cv::Mat fallback = offline(hard);
    cv::Mat alpha(hard.size(), CV_8U);
    for (int y = 0; y < alpha.rows; ++y)
        for (int x = 0; x < alpha.cols; ++x) {
            uchar& a = alpha.at<uchar>(y, x);
            if (inside.at<uchar>(y, x)) {
                a = 255;
                continue;
            }
            if (outside.at<uchar>(y, x)) {
                a = 0;
                continue;
            }
            const cv::Vec3f i = img.at<cv::Vec3f>(y, x), f = fg.at<cv::Vec3f>(y, x),
                            b = bg.at<cv::Vec3f>(y, x);
            const cv::Vec3f fb = f - b;
            const double d2 = fb.dot(fb);
            if (synthetic.at<uchar>(y, x) || d2 < 30 * 30) {
                a = fallback.at<uchar>(y, x);
                continue;
            }
            const double t = std::clamp((i - b).dot(fb) / d2, 0.0, 1.0);
            a = cv::saturate_cast<uchar>(255 * t);
        }
    cv::GaussianBlur(alpha, alpha, {0, 0}, 0.7);
    return alpha;
}

// A cheap tool's wide feather: two pixels in, then a 2.5-px Gaussian.
cv::Mat wideFeather(const cv::Mat& hard) {
    cv::Mat inner, alpha;
    cv::erode(hard, inner, disc(5));
    cv::GaussianBlur(inner, alpha, {0, 0}, 2.5);
    return alpha;
}

// No feather at all: the mask grown by a pixel, stair-stepped edge.
cv::Mat hardEdge(const cv::Mat& hard) {
    cv::Mat alpha;
    cv::dilate(hard, alpha, disc(3));
    return alpha;
}

} // namespace

std::vector<Cutout> makeCutouts(const cv::Mat& original, const cv::Mat& hard, const cv::Mat& synthetic) {
    std::vector<Cutout> out;
    out.push_back({"grabcut-offline", offline(hard)});
    cv::Mat re = reseeded(original, hard);
    // The drawn part of a head has no photographed edge to cut: keep the mask's there.
    offline(hard).copyTo(re, synthetic);
    out.push_back({"grabcut-reseeded", re});
    out.push_back({"colour-matte", colourMatte(original, hard, synthetic)});
    out.push_back({"feather-wide", wideFeather(hard)});
    out.push_back({"hard-edge", hardEdge(hard)});
    return out;
}

} // namespace certphoto::synth
