#include "prepare_masks.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cstdio>

namespace certphoto::synthcli {

int prepareMask(const std::string& in, const std::string& outMask) {
    cv::Mat img = cv::imread(in, cv::IMREAD_COLOR);
    if (img.empty()) {
        std::fprintf(stderr, "cannot read %s\n", in.c_str());
        return 1;
    }
    cv::Mat grey;
    cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
    cv::equalizeHist(grey, grey);
    const std::string dir = "/usr/share/opencv4/haarcascades/";
    cv::CascadeClassifier face(dir + "haarcascade_frontalface_alt2.xml");
    cv::CascadeClassifier eye(dir + "haarcascade_eye_tree_eyeglasses.xml");
    if (face.empty() || eye.empty()) {
        std::fprintf(stderr, "the Haar cascades of opencv-data are missing in %s\n", dir.c_str());
        return 1;
    }
    std::vector<cv::Rect> faces;
    face.detectMultiScale(grey, faces, 1.05, 4, 0, cv::Size(60, 60));
    if (faces.empty()) {
        std::fprintf(stderr, "no face found in %s\n", in.c_str());
        return 1;
    }
    const cv::Rect f = *std::max_element(
        faces.begin(), faces.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() < b.area(); });
    const int W = img.cols, H = img.rows;
    const cv::Point c(f.x + f.width / 2, f.y + f.height / 2);

    // Seeds: probably person = a head ellipse and everything below the shoulders' line near the middle;
    // surely person = the inner face and a block of torso; surely background = a thin top border and the
    // sides beside the head above the shoulders.
    cv::Mat mask(img.size(), CV_8U, cv::Scalar(cv::GC_PR_BGD));
    cv::ellipse(mask, cv::Point(c.x, c.y - f.height / 8), cv::Size(f.width * 85 / 100, f.height * 95 / 100),
                0, 0, 360, cv::GC_PR_FGD, -1);
    cv::rectangle(mask, cv::Rect(c.x - f.width * 16 / 10, f.y + f.height * 13 / 10, f.width * 32 / 10, H),
                  cv::GC_PR_FGD, -1);
    cv::ellipse(mask, c, cv::Size(f.width * 33 / 100, f.height * 42 / 100), 0, 0, 360, cv::GC_FGD, -1);
    cv::rectangle(mask, cv::Rect(c.x - f.width / 2, f.y + f.height * 16 / 10, f.width, H), cv::GC_FGD, -1);
    const int b = std::max(3, W / 80);
    const int shoulder = std::min(H, f.y + f.height * 11 / 10);
    mask(cv::Rect(0, 0, W, b)).setTo(cv::GC_BGD);
    const int sl = std::max(b, c.x - f.width), sr = std::min(W - b, c.x + f.width);
    mask(cv::Rect(0, 0, sl, shoulder)).setTo(cv::GC_BGD);
    mask(cv::Rect(sr, 0, W - sr, shoulder)).setTo(cv::GC_BGD);
    cv::ellipse(mask, c, cv::Size(f.width * 33 / 100, f.height * 42 / 100), 0, 0, 360, cv::GC_FGD, -1);
    cv::Mat bgd, fgd;
    cv::grabCut(img, mask, cv::Rect(), bgd, fgd, 6, cv::GC_INIT_WITH_MASK);
    cv::Mat m = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    cv::morphologyEx(m, m, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, {5, 5}));

    // Thin things joined to the person (a flag pole, a shelf edge) go: find the person with a wide opening,
    // then keep only the raw mask near it; holes inside the person are filled.
    cv::Mat wide, labels;
    cv::morphologyEx(m, wide, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, {21, 21}));
    cv::connectedComponents(wide, labels, 8);
    cv::Mat body = labels == labels.at<int>(c);
    cv::dilate(body, body, cv::getStructuringElement(cv::MORPH_ELLIPSE, {15, 15}));
    cv::Mat person = m & body;
    cv::connectedComponents(person, labels, 8);
    person = labels == labels.at<int>(c);
    cv::Mat outside = ~person;
    cv::connectedComponents(outside, labels, 4);
    person |= (labels != labels.at<int>(0, 0)) & outside;
    cv::morphologyEx(person, person, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, {7, 7}));
    if (!cv::imwrite(outMask, person)) {
        std::fprintf(stderr, "cannot write %s\n", outMask.c_str());
        return 1;
    }

    int crown = -1;
    for (int y = 0; y < H && crown < 0; ++y)
        for (int x = c.x - f.width / 4; x <= c.x + f.width / 4; ++x)
            if (person.at<uchar>(y, x)) {
                crown = y;
                break;
            }
    std::vector<cv::Rect> eyes;
    eye.detectMultiScale(grey(cv::Rect(f.x, f.y, f.width, f.height / 2)), eyes, 1.05, 3, 0,
                         cv::Size(f.width / 10, f.width / 10));
    std::printf("%s: face box %d,%d %dx%d; crown y %d; chin about %d; face width about %.0f\n", in.c_str(),
                f.x, f.y, f.width, f.height, crown, f.y + f.height, f.width * 0.95);
    for (const cv::Rect& e : eyes)
        std::printf("  eye at %.0f,%.0f\n", f.x + e.x + e.width / 2.0, f.y + e.y + e.height / 2.0);
    return 0;
}

} // namespace certphoto::synthcli
