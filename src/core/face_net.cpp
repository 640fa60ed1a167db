// The core's kernels for BlazeFace's small layers. OpenCV 4.6 spends about 2.4 us of fixed cost per channel
// in a depthwise convolution and runs sums, pooling and padding through general code; on 16x16 and 8x8 maps
// that cost dominates. These kernels compute the same sums (bias plus the nine taps, row by row), four lanes
// wide with OpenCV's universal intrinsics where the build has them. They round each product where OpenCV
// fuses multiply-adds on CPUs with FMA, so outputs agree with OpenCV's to float rounding, not bit for bit.
#include <certphoto/core/detail/face_net.h>

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/dnn/all_layers.hpp>
#include <opencv2/dnn/layer.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>
#include <vector>

namespace certphoto::core::detail {

namespace {

using cv::Mat;
using cv::Ptr;
using cv::dnn::LayerParams;
using cv::dnn::MatShape;

// The core's layers: one float output, never in place. Subclasses give the output's shape and compute it.
// Also marks them, so that tests can count them.
class OwnKernelLayer : public cv::dnn::Layer {
public:
    explicit OwnKernelLayer(const LayerParams& params) : Layer(params) {}

    bool getMemoryShapes(const std::vector<MatShape>& inputs, int requiredOutputs,
                         std::vector<MatShape>& outputs, std::vector<MatShape>&) const final {
        CV_Assert(!inputs.empty() && requiredOutputs <= 1);
        outputs.assign(1, outputShape(inputs));
        return false;
    }

    void forward(cv::InputArrayOfArrays inputsArr, cv::OutputArrayOfArrays outputsArr,
                 cv::OutputArrayOfArrays) final {
        std::vector<Mat> inputs, outputs;
        inputsArr.getMatVector(inputs);
        outputsArr.getMatVector(outputs);
        run(inputs, outputs[0]);
    }

protected:
    virtual MatShape outputShape(const std::vector<MatShape>& inputs) const = 0;
    virtual void run(const std::vector<Mat>& inputs, Mat& out) = 0;
};

bool isPlainRelu(const Ptr<cv::dnn::ActivationLayer>& activation) {
    auto relu = activation.dynamicCast<cv::dnn::ReLULayer>();
    return relu && relu->negativeSlope == 0.f;
}

// ---- 3x3 depthwise convolution, stride 1 or 2, any zero padding, optional bias ----

class Depthwise3x3 final : public OwnKernelLayer {
public:
    Depthwise3x3(const LayerParams& params, const cv::dnn::BaseConvolutionLayer& conv)
        : OwnKernelLayer(params), stride_(static_cast<int>(conv.strides[0])),
          padTop_(static_cast<int>(conv.pads_begin[0])), padLeft_(static_cast<int>(conv.pads_begin[1])),
          padBottom_(static_cast<int>(conv.pads_end[0])), padRight_(static_cast<int>(conv.pads_end[1])) {
        const Mat& w = params.blobs[0];
        weights_.assign(w.ptr<float>(), w.ptr<float>() + w.total());
        bias_.assign(static_cast<std::size_t>(w.size[0]), 0.f);
        if (params.blobs.size() > 1)
            std::copy_n(params.blobs[1].ptr<float>(), bias_.size(), bias_.begin());
    }

private:
    MatShape outputShape(const std::vector<MatShape>& inputs) const override {
        MatShape s = inputs[0];
        CV_Assert(s.size() == 4 && s[1] == static_cast<int>(bias_.size()));
        s[2] = (s[2] + padTop_ + padBottom_ - 3) / stride_ + 1;
        s[3] = (s[3] + padLeft_ + padRight_ - 3) / stride_ + 1;
        return s;
    }

    void run(const std::vector<Mat>& inputs, Mat& out) override {
        const Mat& in = inputs[0];
        const int channels = in.size[1], h = in.size[2], w = in.size[3];
        const int outH = out.size[2], outW = out.size[3];
        const int paddedW = w + padLeft_ + padRight_, paddedH = h + padTop_ + padBottom_;
        padded_.assign(static_cast<std::size_t>(paddedW) * paddedH, 0.f);
        for (int n = 0; n < in.size[0]; ++n)
            for (int c = 0; c < channels; ++c) {
                const float* src = in.ptr<float>(n, c);
                for (int y = 0; y < h; ++y)
                    std::memcpy(&padded_[static_cast<std::size_t>(y + padTop_) * paddedW + padLeft_],
                                src + y * w, sizeof(float) * static_cast<std::size_t>(w));
                channel(&weights_[static_cast<std::size_t>(c) * 9], bias_[static_cast<std::size_t>(c)],
                        paddedW, out.ptr<float>(n, c), outH, outW);
            }
    }

    void channel(const float* k, float bias, int paddedW, float* dst, int outH, int outW) const {
        for (int y = 0; y < outH; ++y) {
            const float* r0 = &padded_[static_cast<std::size_t>(y * stride_) * paddedW];
            const float* r1 = r0 + paddedW;
            const float* r2 = r1 + paddedW;
            float* o = dst + static_cast<std::ptrdiff_t>(y) * outW;
            int x = 0;
#if CV_SIMD128
            const cv::v_float32x4 k0 = cv::v_setall_f32(k[0]), k1 = cv::v_setall_f32(k[1]),
                                  k2 = cv::v_setall_f32(k[2]), k3 = cv::v_setall_f32(k[3]),
                                  k4 = cv::v_setall_f32(k[4]), k5 = cv::v_setall_f32(k[5]),
                                  k6 = cv::v_setall_f32(k[6]), k7 = cv::v_setall_f32(k[7]),
                                  k8 = cv::v_setall_f32(k[8]), b = cv::v_setall_f32(bias);
            if (stride_ == 1) {
                for (; x + 4 + 2 <= paddedW && x + 4 <= outW; x += 4) {
                    cv::v_float32x4 acc = b;
                    acc = cv::v_muladd(cv::v_load(r0 + x), k0, acc);
                    acc = cv::v_muladd(cv::v_load(r0 + x + 1), k1, acc);
                    acc = cv::v_muladd(cv::v_load(r0 + x + 2), k2, acc);
                    acc = cv::v_muladd(cv::v_load(r1 + x), k3, acc);
                    acc = cv::v_muladd(cv::v_load(r1 + x + 1), k4, acc);
                    acc = cv::v_muladd(cv::v_load(r1 + x + 2), k5, acc);
                    acc = cv::v_muladd(cv::v_load(r2 + x), k6, acc);
                    acc = cv::v_muladd(cv::v_load(r2 + x + 1), k7, acc);
                    acc = cv::v_muladd(cv::v_load(r2 + x + 2), k8, acc);
                    cv::v_store(o + x, acc);
                }
            } else {
                // Inputs 2x, 2x+1, 2x+2 of four outputs: the even and odd lanes of 8 floats from 2x, and the
                // even lanes of 8 floats from 2x+2 (reads up to 2x+9).
                for (; 2 * x + 10 <= paddedW && x + 4 <= outW; x += 4) {
                    cv::v_float32x4 acc = b, even, odd, next, unused;
                    cv::v_load_deinterleave(r0 + 2 * x, even, odd);
                    cv::v_load_deinterleave(r0 + 2 * x + 2, next, unused);
                    acc = cv::v_muladd(even, k0, acc);
                    acc = cv::v_muladd(odd, k1, acc);
                    acc = cv::v_muladd(next, k2, acc);
                    cv::v_load_deinterleave(r1 + 2 * x, even, odd);
                    cv::v_load_deinterleave(r1 + 2 * x + 2, next, unused);
                    acc = cv::v_muladd(even, k3, acc);
                    acc = cv::v_muladd(odd, k4, acc);
                    acc = cv::v_muladd(next, k5, acc);
                    cv::v_load_deinterleave(r2 + 2 * x, even, odd);
                    cv::v_load_deinterleave(r2 + 2 * x + 2, next, unused);
                    acc = cv::v_muladd(even, k6, acc);
                    acc = cv::v_muladd(odd, k7, acc);
                    acc = cv::v_muladd(next, k8, acc);
                    cv::v_store(o + x, acc);
                }
            }
#endif
            for (; x < outW; ++x) {
                const int i = x * stride_;
                float acc = bias;
                acc = r0[i] * k[0] + acc;
                acc = r0[i + 1] * k[1] + acc;
                acc = r0[i + 2] * k[2] + acc;
                acc = r1[i] * k[3] + acc;
                acc = r1[i + 1] * k[4] + acc;
                acc = r1[i + 2] * k[5] + acc;
                acc = r2[i] * k[6] + acc;
                acc = r2[i + 1] * k[7] + acc;
                acc = r2[i + 2] * k[8] + acc;
                o[x] = acc;
            }
        }
    }

    int stride_, padTop_, padLeft_, padBottom_, padRight_;
    std::vector<float> weights_, bias_, padded_;
};

// ---- sum of inputs of one shape, left to right, with a following ReLU folded in when OpenCV offers it ----

class Sum final : public OwnKernelLayer {
public:
    using OwnKernelLayer::OwnKernelLayer;

    bool setActivation(const Ptr<cv::dnn::ActivationLayer>& activation) override {
        relu_ = isPlainRelu(activation);
        return relu_;
    }

private:
    MatShape outputShape(const std::vector<MatShape>& inputs) const override {
        CV_Assert(inputs.size() >= 2);
        for (const MatShape& s : inputs)
            CV_Assert(s == inputs[0]);
        return inputs[0];
    }

    void run(const std::vector<Mat>& inputs, Mat& out) override {
        float* o = out.ptr<float>();
        const int n = static_cast<int>(inputs[0].total());
        add(inputs[0].ptr<float>(), inputs[1].ptr<float>(), o, n, relu_ && inputs.size() == 2);
        for (std::size_t k = 2; k < inputs.size(); ++k)
            add(o, inputs[k].ptr<float>(), o, n, relu_ && k + 1 == inputs.size());
    }

    static void add(const float* a, const float* b, float* o, int n, bool relu) {
        int i = 0;
#if CV_SIMD128
        const cv::v_float32x4 zero = cv::v_setzero_f32();
        if (relu)
            for (; i + 4 <= n; i += 4)
                cv::v_store(o + i, cv::v_max(cv::v_load(a + i) + cv::v_load(b + i), zero));
        else
            for (; i + 4 <= n; i += 4)
                cv::v_store(o + i, cv::v_load(a + i) + cv::v_load(b + i));
#endif
        for (; i < n; ++i)
            o[i] = relu ? std::max(a[i] + b[i], 0.f) : a[i] + b[i];
    }

    bool relu_ = false;
};

// ---- 2x2 max pooling, stride 2, no padding, rounding down ----

class MaxPool2x2 final : public OwnKernelLayer {
public:
    using OwnKernelLayer::OwnKernelLayer;

private:
    MatShape outputShape(const std::vector<MatShape>& inputs) const override {
        CV_Assert(inputs[0].size() == 4);
        MatShape s = inputs[0];
        s[2] /= 2;
        s[3] /= 2;
        return s;
    }

    void run(const std::vector<Mat>& inputs, Mat& out) override {
        const Mat& in = inputs[0];
        const int w = in.size[3], outH = out.size[2], outW = out.size[3];
        for (int n = 0; n < in.size[0]; ++n)
            for (int c = 0; c < in.size[1]; ++c)
                for (int y = 0; y < outH; ++y) {
                    const float* r0 = in.ptr<float>(n, c) + static_cast<std::ptrdiff_t>(2 * y) * w;
                    const float* r1 = r0 + w;
                    float* o = out.ptr<float>(n, c) + static_cast<std::ptrdiff_t>(y) * outW;
                    int x = 0;
#if CV_SIMD128
                    for (; 2 * x + 8 <= w && x + 4 <= outW; x += 4) {
                        cv::v_float32x4 e0, o0, e1, o1;
                        cv::v_load_deinterleave(r0 + 2 * x, e0, o0);
                        cv::v_load_deinterleave(r1 + 2 * x, e1, o1);
                        cv::v_store(o + x, cv::v_max(cv::v_max(e0, o0), cv::v_max(e1, o1)));
                    }
#endif
                    for (; x < outW; ++x)
                        o[x] =
                            std::max(std::max(r0[2 * x], r0[2 * x + 1]), std::max(r1[2 * x], r1[2 * x + 1]));
                }
    }
};

// ---- zero padding of the two spatial axes of a 4-d blob ----

class ZeroPad final : public OwnKernelLayer {
public:
    ZeroPad(const LayerParams& params, int top, int bottom, int left, int right)
        : OwnKernelLayer(params), top_(top), bottom_(bottom), left_(left), right_(right) {}

private:
    MatShape outputShape(const std::vector<MatShape>& inputs) const override {
        CV_Assert(inputs[0].size() == 4);
        MatShape s = inputs[0];
        s[2] += top_ + bottom_;
        s[3] += left_ + right_;
        return s;
    }

    void run(const std::vector<Mat>& inputs, Mat& out) override {
        const Mat& in = inputs[0];
        out.setTo(0);
        const int h = in.size[2], w = in.size[3], outW = out.size[3];
        for (int n = 0; n < in.size[0]; ++n)
            for (int c = 0; c < in.size[1]; ++c)
                for (int y = 0; y < h; ++y)
                    std::memcpy(out.ptr<float>(n, c) + static_cast<std::ptrdiff_t>(y + top_) * outW + left_,
                                in.ptr<float>(n, c) + static_cast<std::ptrdiff_t>(y) * w,
                                sizeof(float) * static_cast<std::size_t>(w));
    }

    int top_, bottom_, left_, right_;
};

// ---- the creators: the core's kernel where it covers the parameters, OpenCV's layer otherwise ----

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

Ptr<cv::dnn::Layer> makeConvolution(LayerParams& params) {
    Ptr<cv::dnn::BaseConvolutionLayer> conv = cv::dnn::ConvolutionLayer::create(params);
    const int group = params.get<int>("group", 1);
    const bool covered =
        group > 1 && !params.blobs.empty() && params.blobs[0].type() == CV_32F && params.blobs[0].dims == 4 &&
        params.blobs[0].size[0] == group && params.blobs[0].size[1] == 1 &&
        conv->kernel_size == std::vector<std::size_t>{3, 3} &&
        conv->dilations == std::vector<std::size_t>{1, 1} && conv->strides.size() == 2 &&
        conv->strides[0] == conv->strides[1] && conv->strides[0] <= 2 && conv->pads_begin.size() == 2 &&
        conv->pads_end.size() == 2 && conv->padMode.empty() &&
        (params.blobs.size() == 1 || params.blobs[1].total() == std::size_t(group));
    if (!covered)
        return conv;
    return cv::makePtr<Depthwise3x3>(params, *conv);
}

Ptr<cv::dnn::Layer> makeEltwise(LayerParams& params) {
    if (lower(params.get<std::string>("operation", "sum")) == "sum" && !params.has("coeff") &&
        !params.has("output_channels_mode"))
        return cv::makePtr<Sum>(params);
    return cv::dnn::EltwiseLayer::create(params);
}

Ptr<cv::dnn::Layer> makePooling(LayerParams& params) {
    Ptr<cv::dnn::PoolingLayer> pool = cv::dnn::PoolingLayer::create(params);
    const bool covered = lower(params.get<std::string>("pool", "max")) == "max" && !pool->globalPooling &&
                         pool->kernel_size == std::vector<std::size_t>{2, 2} &&
                         pool->strides == std::vector<std::size_t>{2, 2} &&
                         pool->pads_begin == std::vector<std::size_t>{0, 0} &&
                         pool->pads_end == std::vector<std::size_t>{0, 0} && !pool->ceilMode &&
                         pool->padMode.empty();
    if (!covered)
        return pool;
    return cv::makePtr<MaxPool2x2>(params);
}

Ptr<cv::dnn::Layer> makePadding(LayerParams& params) {
    // "paddings" holds (before, after) for each axis of the input; cover the NCHW case padding H and W only.
    if (params.has("paddings") && !params.has("input_dims") && params.get<float>("value", 0.f) == 0.f &&
        lower(params.get<std::string>("type", "constant")) == "constant") {
        const cv::dnn::DictValue& p = params.get("paddings");
        if (p.size() == 8) {
            int v[8];
            bool ok = true;
            for (int i = 0; i < 8; ++i) {
                v[i] = p.get<int>(i);
                ok = ok && v[i] >= 0 && (i >= 4 || v[i] == 0);
            }
            if (ok)
                return cv::makePtr<ZeroPad>(params, v[4], v[5], v[6], v[7]);
        }
    }
    return cv::dnn::PaddingLayer::create(params);
}

std::mutex& loading() {
    // cv::dnn sets up shared state (the layer registry) on first use and does not promise that two threads
    // may load at once; the core's kernels are installed in that registry while a net loads.
    static std::mutex m;
    return m;
}

struct Kernel {
    const char* type;
    cv::dnn::LayerFactory::Constructor make;
};
constexpr Kernel kKernels[] = {{"Convolution", makeConvolution},
                               {"Eltwise", makeEltwise},
                               {"Pooling", makePooling},
                               {"Padding", makePadding}};

} // namespace

OwnKernelsInstalled::OwnKernelsInstalled() {
    loading().lock();
    for (const Kernel& k : kKernels)
        cv::dnn::LayerFactory::registerLayer(k.type, k.make);
}

OwnKernelsInstalled::~OwnKernelsInstalled() {
    // OpenCV keeps a stack per type: unregistering brings its own layer back.
    for (const Kernel& k : kKernels)
        cv::dnn::LayerFactory::unregisterLayer(k.type);
    loading().unlock();
}

namespace {

cv::dnn::Net readAndRunOnce(const std::string& path) {
    cv::dnn::Net net = cv::dnn::readNetFromONNX(path);
    const int dims[] = {1, 128, 128, 3};
    net.setInput(Mat(4, dims, CV_32F, cv::Scalar(0)));
    std::vector<Mat> outs;
    net.forward(outs, net.getUnconnectedOutLayersNames());
    return net;
}

} // namespace

cv::dnn::Net readFaceNet(const std::string& path, Kernels kernels) {
    if (kernels == Kernels::Own) {
        OwnKernelsInstalled installed;
        return readAndRunOnce(path);
    }
    std::lock_guard lock(loading());
    return readAndRunOnce(path);
}

int ownKernelLayers(cv::dnn::Net& net) {
    int count = 0;
    for (const std::string& name : net.getLayerNames())
        if (net.getLayer(name).dynamicCast<OwnKernelLayer>())
            ++count;
    return count;
}

} // namespace certphoto::core::detail
