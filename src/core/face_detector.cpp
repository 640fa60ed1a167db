// BlazeFace decoding: 896 anchors (16x16 grid x2 at stride 8, 8x8 grid x6 at stride 16), boxes and keypoints
// as offsets from the anchor centre in 128-px units, scores as logits; weighted non-maximum suppression.
#include <certphoto/core/detail/face_detector.h>
#include <certphoto/core/detail/face_net.h>
#include <certphoto/core/profile.h>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace certphoto::core::detail {

struct FaceDetector::Impl {
    cv::dnn::Net net;
    std::vector<std::string> outNames;
};

FaceDetector* FaceDetector::forThisThread() {
    thread_local std::unique_ptr<FaceDetector> detector(new FaceDetector());
    return detector.get();
}

FaceDetector::FaceDetector() {
    std::string path = findDataFile("models/blazeface-front-128.onnx");
    if (path.empty()) {
        problem_ = "face model missing: run scripts/fetch-model";
        return;
    }
    try {
        impl_ = std::make_shared<Impl>();
        impl_->net = readFaceNet(path, Kernels::Own);
        impl_->outNames = impl_->net.getUnconnectedOutLayersNames();
        ready_ = impl_->outNames.size() == 4;
        if (!ready_)
            problem_ = "face model has unexpected outputs: " + path;
    } catch (const cv::Exception& e) {
        problem_ = "face model failed to load: " + path;
    }
}

namespace {

float sigmoid(float x) {
    return 1.f / (1.f + std::exp(-std::clamp(x, -80.f, 80.f)));
}

struct Candidate {
    Face face;
};

float iou(const cv::Rect2f& a, const cv::Rect2f& b) {
    float inter = (a & b).area();
    float uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0;
}

} // namespace

std::vector<Face> FaceDetector::detect(const cv::Mat& bgr, float minScore) {
    std::vector<Face> faces;
    if (!ready_ || bgr.empty())
        return faces;

    // Letterbox to a square so the face keeps its proportions.
    int side = std::max(bgr.cols, bgr.rows);
    float scale = 128.f / static_cast<float>(side);
    int w = std::max(1, static_cast<int>(std::lround(bgr.cols * scale)));
    int h = std::max(1, static_cast<int>(std::lround(bgr.rows * scale)));
    cv::Mat small;
    cv::resize(bgr, small, {w, h}, 0, 0, cv::INTER_AREA);
    cv::Mat square(128, 128, CV_8UC3, cv::Scalar(0, 0, 0));
    int ox = (128 - w) / 2, oy = (128 - h) / 2;
    small.copyTo(square(cv::Rect(ox, oy, w, h)));
    cv::Mat rgb;
    cv::cvtColor(square, rgb, cv::COLOR_BGR2RGB);
    rgb.convertTo(rgb, CV_32F, 2.0 / 255.0, -1.0);
    int dims[] = {1, 128, 128, 3};
    cv::Mat blob(4, dims, CV_32F, rgb.data);

    std::vector<cv::Mat> outs;
    impl_->net.setInput(blob);
    impl_->net.forward(outs, impl_->outNames);

    // Pair outputs by shape: [1,N,1] scores and [1,N,16] regressors, N = 512 (stride 8) or 384 (stride 16).
    const cv::Mat *s8 = nullptr, *s16 = nullptr, *r8 = nullptr, *r16 = nullptr;
    for (const auto& o : outs) {
        if (o.dims != 3)
            continue;
        bool scores = o.size[2] == 1, regs = o.size[2] == 16;
        if (o.size[1] == 512)
            (scores ? s8 : regs ? r8 : s8) = &o;
        if (o.size[1] == 384)
            (scores ? s16 : regs ? r16 : s16) = &o;
    }
    if (!s8 || !s16 || !r8 || !r16)
        return faces;

    std::vector<Face> cands;
    auto decodeLayer = [&](const cv::Mat& sc, const cv::Mat& rg, int grid, int perCell) {
        const float* sp = sc.ptr<float>();
        const float* rp = rg.ptr<float>();
        int n = grid * grid * perCell;
        for (int i = 0; i < n; ++i) {
            float score = sigmoid(sp[i]);
            if (score < minScore)
                continue;
            int cell = i / perCell;
            float ax = (static_cast<float>(cell % grid) + 0.5f) / static_cast<float>(grid);
            float ay = (static_cast<float>(cell / grid) + 0.5f) / static_cast<float>(grid);
            const float* r = rp + i * 16;
            auto toImage = [&](float px, float py) {
                float x = (px / 128.f + ax) * 128.f, y = (py / 128.f + ay) * 128.f;
                return cv::Point2f((x - static_cast<float>(ox)) / scale,
                                   (y - static_cast<float>(oy)) / scale);
            };
            Face f;
            f.score = score;
            cv::Point2f c = toImage(r[0], r[1]);
            float bw = r[2] / scale, bh = r[3] / scale;
            f.box = cv::Rect2f(c.x - bw / 2, c.y - bh / 2, bw, bh);
            f.rightEye = toImage(r[4], r[5]);
            f.leftEye = toImage(r[6], r[7]);
            f.nose = toImage(r[8], r[9]);
            f.mouth = toImage(r[10], r[11]);
            f.rightEar = toImage(r[12], r[13]);
            f.leftEar = toImage(r[14], r[15]);
            cands.push_back(f);
        }
    };
    decodeLayer(*s8, *r8, 16, 2);
    decodeLayer(*s16, *r16, 8, 6);

    // Weighted NMS: overlapping candidates are averaged by score (steadier boxes than plain NMS).
    std::sort(cands.begin(), cands.end(), [](const Face& a, const Face& b) { return a.score > b.score; });
    std::vector<bool> used(cands.size(), false);
    for (std::size_t i = 0; i < cands.size(); ++i) {
        if (used[i])
            continue;
        Face acc{};
        float total = 0;
        cv::Point2f pts[6] = {};
        float bx = 0, by = 0, bw = 0, bh = 0;
        for (std::size_t j = i; j < cands.size(); ++j) {
            if (used[j] || iou(cands[i].box, cands[j].box) < 0.3f)
                continue;
            used[j] = true;
            const Face& c = cands[j];
            float wgt = c.score;
            total += wgt;
            bx += c.box.x * wgt;
            by += c.box.y * wgt;
            bw += c.box.width * wgt;
            bh += c.box.height * wgt;
            const cv::Point2f k[6] = {c.rightEye, c.leftEye, c.nose, c.mouth, c.rightEar, c.leftEar};
            for (int p = 0; p < 6; ++p)
                pts[p] += k[p] * wgt;
        }
        acc.score = cands[i].score;
        acc.box = cv::Rect2f(bx / total, by / total, bw / total, bh / total);
        acc.rightEye = pts[0] / total;
        acc.leftEye = pts[1] / total;
        acc.nose = pts[2] / total;
        acc.mouth = pts[3] / total;
        acc.rightEar = pts[4] / total;
        acc.leftEar = pts[5] / total;
        faces.push_back(acc);
    }
    return faces;
}

} // namespace certphoto::core::detail
