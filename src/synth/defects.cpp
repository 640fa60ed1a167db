#include "defects.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::synth::defect {

cv::Mat solidBackground(cv::Size size, Rgb c) {
    return cv::Mat(size, CV_8UC3, cv::Scalar(c.b, c.g, c.r));
}

void verticalGradient(cv::Mat& bg, double darken) {
    for (int y = 0; y < bg.rows; ++y) {
        double g = 1 - darken * y / std::max(1, bg.rows - 1);
        bg.row(y).convertTo(bg.row(y), -1, g, 0);
    }
}

void shadowBehindHead(cv::Mat& bg, const Placement& at, double depth) {
    // A soft shadow cast down and to one side, as from a flash above the camera.
    cv::Mat shade(bg.size(), CV_32F, cv::Scalar(0));
    double w = at.faceWidth;
    cv::ellipse(shade,
                cv::Point(cvRound(at.faceCentreX + 0.45 * w), cvRound((at.crownY + at.chinY) / 2 + 0.25 * w)),
                cv::Size(cvRound(0.75 * w), cvRound(1.0 * w)), 0, 0, 360, cv::Scalar(1), -1);
    cv::GaussianBlur(shade, shade, {0, 0}, 0.18 * w);
    cv::Mat f;
    bg.convertTo(f, CV_32FC3);
    cv::Mat gain = 1 - depth * shade;
    cv::Mat g3;
    cv::merge(std::vector<cv::Mat>{gain, gain, gain}, g3);
    f = f.mul(g3);
    f.convertTo(bg, CV_8UC3);
}

void texture(cv::Mat& bg, Rng& rng, double amplitude) {
    cv::Mat small(bg.rows / 16 + 1, bg.cols / 16 + 1, CV_32F);
    for (int y = 0; y < small.rows; ++y)
        for (int x = 0; x < small.cols; ++x)
            small.at<float>(y, x) = static_cast<float>(rng.uniform(-1, 1));
    cv::Mat n;
    cv::resize(small, n, bg.size(), 0, 0, cv::INTER_CUBIC);
    cv::Mat fine(bg.size(), CV_32F);
    for (int y = 0; y < fine.rows; ++y)
        for (int x = 0; x < fine.cols; ++x)
            fine.at<float>(y, x) = static_cast<float>(rng.uniform(-0.5, 0.5));
    cv::GaussianBlur(fine, fine, {0, 0}, 1.2);
    n = n + fine;
    cv::Mat f;
    bg.convertTo(f, CV_32FC3);
    cv::Mat a = n * amplitude;
    cv::Mat a3;
    cv::merge(std::vector<cv::Mat>{a, a, a}, a3);
    f += a3;
    f.convertTo(bg, CV_8UC3);
}

void darkenOneSide(Layer& person, const Placement& at, double gainDark, bool leftSide) {
    // Light from one side: the lit half keeps its brightness, the gain falls smoothly from just past the
    // middle of the face to the far cheek and stays there beyond it.
    double half = at.faceWidth / 2;
    for (int x = 0; x < person.bgr.cols; ++x) {
        double t = (x - at.faceCentreX) / half; // -1 left cheek .. 1 right cheek
        if (!leftSide)
            t = -t;
        double u = std::clamp((0.25 - t) / 1.25, 0.0, 1.0);
        u = u * u * (3 - 2 * u);
        double g = 1 - (1 - gainDark) * u;
        person.bgr.col(x).convertTo(person.bgr.col(x), -1, g, 0);
    }
}

void recolourClothes(Layer& person, const Placement& at, Rgb colour, double amount) {
    // Below the neck the person's colours move to the given colour; the folds (brightness changes) stay.
    int top = cvRound(at.chinY + 0.30 * at.faceWidth);
    cv::Mat grey;
    cv::cvtColor(person.bgr, grey, cv::COLOR_BGR2GRAY);
    for (int y = std::max(0, top); y < person.bgr.rows; ++y) {
        double ramp =
            std::min(1.0, (y - top) / (0.4 * at.faceWidth)); // no hard line at the neck or in the hair
        cv::Vec3b* p = person.bgr.ptr<cv::Vec3b>(y);
        const uchar* l = grey.ptr<uchar>(y);
        for (int x = 0; x < person.bgr.cols; ++x) {
            double fold = (l[x] - 128) * 0.25;
            double target[3] = {colour.b + fold, colour.g + fold, colour.r + fold};
            for (int c = 0; c < 3; ++c)
                p[x][c] = cv::saturate_cast<uchar>(p[x][c] + amount * ramp * (target[c] - p[x][c]));
        }
    }
}

void blur(cv::Mat& img, double sigma) {
    cv::GaussianBlur(img, img, {0, 0}, sigma);
}

void exposure(cv::Mat& img, double gain, double offset) {
    img.convertTo(img, -1, gain, offset);
}

void colourCast(cv::Mat& img, double gb, double gg, double gr) {
    cv::Mat f;
    img.convertTo(f, CV_32FC3);
    f = f.mul(cv::Scalar(gb, gg, gr));
    f.convertTo(img, CV_8UC3);
}

void glareSpots(cv::Mat& img, const Placement& at, Rng& rng, int count, double radius) {
    // Specular spots where glasses' lenses or shiny skin would catch a flash: beside and below the eyes,
    // on the forehead and cheeks, never on the pupil itself.
    const double w = at.faceWidth;
    cv::Point2d spots[] = {{at.eyeLeftX - 0.12 * w, at.eyeLeftY - 0.05 * w},
                           {at.eyeRightX + 0.10 * w, at.eyeRightY + 0.06 * w},
                           {at.faceCentreX, at.eyeLeftY - 0.30 * w},
                           {at.eyeLeftX + 0.02 * w, at.eyeLeftY + 0.22 * w},
                           {at.eyeRightX - 0.04 * w, at.eyeRightY - 0.09 * w},
                           {at.eyeRightX + 0.03 * w, at.eyeRightY + 0.24 * w}};
    int start = rng.pick(6);
    cv::Mat f;
    img.convertTo(f, CV_32FC3);
    for (int i = 0; i < count; ++i) {
        cv::Point2d c = spots[(start + i) % 6];
        c.x += rng.uniform(-3, 3);
        c.y += rng.uniform(-3, 3);
        double r = radius * rng.uniform(0.85, 1.15);
        int r0 = static_cast<int>(std::ceil(r * 2));
        for (int y = cvFloor(c.y) - r0; y <= cvCeil(c.y) + r0; ++y) {
            if (y < 0 || y >= f.rows)
                continue;
            for (int x = cvFloor(c.x) - r0; x <= cvCeil(c.x) + r0; ++x) {
                if (x < 0 || x >= f.cols)
                    continue;
                double d = std::hypot(x - c.x, y - c.y) / r;
                double a = d < 0.7 ? 1.0 : std::exp(-(d - 0.7) * (d - 0.7) * 6); // flat core, soft rim
                cv::Vec3f& p = f.at<cv::Vec3f>(y, x);
                for (int k = 0; k < 3; ++k)
                    p[k] = static_cast<float>(p[k] + a * (252 - p[k]));
            }
        }
    }
    f.convertTo(img, CV_8UC3);
}

} // namespace certphoto::synth::defect
