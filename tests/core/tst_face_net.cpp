// The core's own kernels for BlazeFace's small layers (src/core/face_net.cpp) against OpenCV's own layers:
// each kernel on shapes the model does not have (odd sizes, padding, bias, three inputs, a folded ReLU), the
// layers they must leave to OpenCV, and the whole model on real photos. Also that the model really runs on
// them: a silent fallback to OpenCV's layers would keep the results and lose the speed.
#include "core_test_util.h"

#include <certphoto/core/detail/face_net.h>
#include <certphoto/core/profile.h>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest>

#include <array>
#include <functional>

using namespace certphoto::core::detail;
using cv::Mat;
using cv::dnn::DictValue;
using cv::dnn::LayerParams;
using cv::dnn::Net;

namespace {

Mat randomBlob(std::initializer_list<int> shape, float lo = -1.f, float hi = 1.f) {
    std::vector<int> dims(shape);
    Mat m(static_cast<int>(dims.size()), dims.data(), CV_32F);
    cv::randu(m, lo, hi);
    return m;
}

// Builds a net with `build`, runs it on `inputs` once with OpenCV's layers and once with the core's kernels
// installed; returns both outputs and how many layers ran on the core's kernels.
struct Pair {
    Mat opencv, own;
    int ownLayers = 0;
};

Pair runBoth(const std::function<void(Net&)>& build, const std::vector<Mat>& inputs) {
    auto run = [&](Net& net) {
        std::vector<cv::String> names;
        for (std::size_t i = 0; i < inputs.size(); ++i)
            names.push_back("in" + std::to_string(i));
        net.setInputsNames(names);
        for (std::size_t i = 0; i < inputs.size(); ++i)
            net.setInput(inputs[i].clone(), names[i]);
        return net.forward().clone();
    };
    Pair p;
    Net stock;
    build(stock);
    p.opencv = run(stock);
    {
        OwnKernelsInstalled installed;
        Net own;
        build(own);
        p.own = run(own);
        p.ownLayers = ownKernelLayers(own);
    }
    return p;
}

double relativeDiff(const Mat& a, const Mat& b) {
    return cv::norm(a, b, cv::NORM_INF) / std::max(1.0, cv::norm(a, cv::NORM_INF));
}

LayerParams depthwise(int channels, int stride, int padH, int padW, bool bias, int kernel = 3) {
    LayerParams lp;
    lp.name = "dw";
    lp.type = "Convolution";
    const int k[] = {kernel, kernel}, s[] = {stride, stride}, pad[] = {padH, padW, padH, padW};
    lp.set("kernel_size", DictValue::arrayInt(k, 2));
    lp.set("stride", DictValue::arrayInt(s, 2));
    lp.set("pad", DictValue::arrayInt(pad, 4));
    lp.set("num_output", channels);
    lp.set("group", channels);
    lp.set("bias_term", bias);
    lp.blobs.push_back(randomBlob({channels, 1, kernel, kernel}));
    if (bias)
        lp.blobs.push_back(randomBlob({channels, 1}));
    return lp;
}

LayerParams pool2x2(const char* kind, bool roundUp) {
    LayerParams lp;
    lp.name = "pool";
    lp.type = "Pooling";
    const int k[] = {2, 2};
    lp.set("pool", kind);
    lp.set("kernel_size", DictValue::arrayInt(k, 2));
    lp.set("stride", DictValue::arrayInt(k, 2));
    lp.set("ceil_mode", roundUp); // ONNX MaxPool comes rounding down; OpenCV's own default rounds up
    return lp;
}

// (before, after) for each of the four axes N, C, H, W.
LayerParams padding(const std::array<int, 8>& paddings) {
    LayerParams lp;
    lp.name = "pad";
    lp.type = "Padding";
    lp.set("paddings", DictValue::arrayInt(paddings.data(), 8));
    return lp;
}

// A net of one layer on one input; each net gets its own copy of the weights.
Pair runOne(const LayerParams& lp, const Mat& input) {
    return runBoth(
        [&](Net& net) {
            LayerParams copy = lp;
            for (Mat& blob : copy.blobs)
                blob = blob.clone();
            net.addLayerToPrev(copy.name, copy.type, copy);
        },
        {input});
}

} // namespace

class TestFaceNet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { cv::theRNG().state = 20261122; }

    void depthwiseMatchesOpenCV_data() {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padH");
        QTest::addColumn<int>("padW");
        QTest::addColumn<bool>("bias");
        QTest::newRow("stride 1, pad 1, odd width") << 3 << 7 << 9 << 1 << 1 << 1 << true;
        QTest::newRow("stride 1, no pad") << 4 << 8 << 8 << 1 << 0 << 0 << false;
        QTest::newRow("stride 1, wide rows") << 2 << 5 << 37 << 1 << 1 << 1 << false;
        QTest::newRow("stride 2, no pad") << 5 << 17 << 17 << 2 << 0 << 0 << true;
        QTest::newRow("stride 2, pads differ by axis") << 3 << 11 << 26 << 2 << 1 << 2 << true;
        QTest::newRow("stride 2, like the model") << 6 << 33 << 33 << 2 << 0 << 0 << false;
    }
    void depthwiseMatchesOpenCV() {
        QFETCH(int, channels);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(int, stride);
        QFETCH(int, padH);
        QFETCH(int, padW);
        QFETCH(bool, bias);
        LayerParams lp = depthwise(channels, stride, padH, padW, bias);
        Pair p = runOne(lp, randomBlob({1, channels, height, width}));
        QCOMPARE(p.ownLayers, 1);
        QCOMPARE(p.own.size[2], p.opencv.size[2]);
        QCOMPARE(p.own.size[3], p.opencv.size[3]);
        QVERIFY2(relativeDiff(p.opencv, p.own) < 1e-5,
                 qPrintable(QString::number(relativeDiff(p.opencv, p.own))));
    }

    void sumWithReluMatchesOpenCV() {
        // Three inputs, then a ReLU that OpenCV folds into the sum: the result must be clipped exactly as
        // OpenCV's separate ReLU clips it.
        Pair p = runBoth(
            [](Net& net) {
                LayerParams sum;
                sum.set("operation", "sum");
                int id = net.addLayer("sum", "Eltwise", sum);
                for (int i = 0; i < 3; ++i)
                    net.connect(0, i, id, i);
                LayerParams relu;
                int reluId = net.addLayer("relu", "ReLU", relu);
                net.connect(id, 0, reluId, 0);
            },
            {randomBlob({1, 5, 7, 9}), randomBlob({1, 5, 7, 9}), randomBlob({1, 5, 7, 9})});
        QCOMPARE(p.ownLayers, 1);
        double minVal = 0;
        cv::minMaxIdx(p.own, &minVal);
        QCOMPARE(minVal, 0.0);
        QCOMPARE(cv::countNonZero(p.own.reshape(1, 1) == 0) > 0, true);
        QCOMPARE(cv::norm(p.opencv, p.own, cv::NORM_INF), 0.0);
    }

    void maxPoolMatchesOpenCV_data() {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("even") << 16 << 16;
        QTest::newRow("odd sizes round down") << 9 << 11;
        QTest::newRow("wide") << 4 << 42;
    }
    void maxPoolMatchesOpenCV() {
        QFETCH(int, height);
        QFETCH(int, width);
        Pair p = runOne(pool2x2("MAX", false), randomBlob({1, 3, height, width}));
        QCOMPARE(p.ownLayers, 1);
        QCOMPARE(p.own.size[2], height / 2);
        QCOMPARE(p.own.size[3], width / 2);
        QCOMPARE(cv::norm(p.opencv, p.own, cv::NORM_INF), 0.0);
    }

    void zeroPadMatchesOpenCV() {
        Pair p = runOne(padding({0, 0, 0, 0, 1, 2, 0, 3}), randomBlob({1, 2, 5, 6}, 0.5f, 1.f));
        QCOMPARE(p.ownLayers, 1);
        QCOMPARE(p.own.size[2], 5 + 3);
        QCOMPARE(p.own.size[3], 6 + 3);
        QCOMPARE(cv::norm(p.opencv, p.own, cv::NORM_INF), 0.0);
        QCOMPARE(p.own.ptr<float>(0, 0)[0], 0.f); // top-left corner is padding
    }

    void uncoveredLayersStayOpenCVs() {
        // A 5x5 depthwise convolution, average pooling, pooling that rounds up and padding of the channel
        // axis are not the kernels'.
        Pair conv = runOne(depthwise(3, 1, 2, 2, false, 5), randomBlob({1, 3, 9, 9}));
        QCOMPARE(conv.ownLayers, 0);
        Pair avg = runOne(pool2x2("AVE", false), randomBlob({1, 3, 8, 8}));
        QCOMPARE(avg.ownLayers, 0);
        Pair roundingUp = runOne(pool2x2("MAX", true), randomBlob({1, 3, 9, 9}));
        QCOMPARE(roundingUp.ownLayers, 0);
        QCOMPARE(roundingUp.own.size[2], 5);
        Pair channelPad = runOne(padding({0, 0, 0, 2, 0, 0, 0, 0}), randomBlob({1, 2, 4, 4}));
        QCOMPARE(channelPad.ownLayers, 0);
        QCOMPARE(channelPad.own.size[1], 4);
    }

    void modelMatchesOpenCVOnPhotos() {
        const std::string path = certphoto::core::findDataFile("models/blazeface-front-128.onnx");
        QVERIFY2(!path.empty(), "face model missing: run scripts/fetch-model");
        Net stock = readFaceNet(path, Kernels::OpenCV);
        Net own = readFaceNet(path, Kernels::Own);
        QCOMPARE(ownKernelLayers(stock), 0);
        // 16 depthwise convolutions, 16 residual sums, 3 max pools, 4 paddings (the first convolution's and
        // those of the three strided depthwise convolutions).
        QCOMPARE(ownKernelLayers(own), 39);
        const auto outNames = stock.getUnconnectedOutLayersNames();
        for (const char* photo : {"faces/portrait-plain-light.jpg", "faces/grace-hopper-glasses.jpg",
                                  "faces/portrait-plain-beige.jpg"}) {
            Mat bgr = cv::imread(coretest::testData(photo));
            QVERIFY2(!bgr.empty(), photo);
            Mat rgb;
            cv::resize(bgr, rgb, {128, 128}, 0, 0, cv::INTER_AREA);
            cv::cvtColor(rgb, rgb, cv::COLOR_BGR2RGB);
            rgb.convertTo(rgb, CV_32F, 2.0 / 255.0, -1.0);
            const int dims[] = {1, 128, 128, 3};
            Mat blob(4, dims, CV_32F, rgb.data);
            std::vector<Mat> a, b;
            stock.setInput(blob);
            stock.forward(a, outNames);
            own.setInput(blob);
            own.forward(b, outNames);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(
                    relativeDiff(a[i], b[i]) < 1e-5,
                    qPrintable(QString("%1, output %2: %3").arg(photo).arg(i).arg(relativeDiff(a[i], b[i]))));
        }
        QCOMPARE(ownKernelLayers(own), 39); // still after later forward() calls
    }
};

QTEST_APPLESS_MAIN(TestFaceNet)
#include "tst_face_net.moc"
