#pragma once
// Loading BlazeFace into cv::dnn, with the core's own kernels for the four kinds of layer that OpenCV 4.6
// runs slowly at the model's small sizes (a third of forward() on 16x16 and 8x8 maps; measured in
// docs/core-benchmark.md): 3x3 depthwise convolutions, two-input sums (with a following ReLU folded in), 2x2
// max pooling and zero padding. Every other layer, and any of these four with parameters the kernels do not
// cover, stays OpenCV's.

#include <opencv2/dnn.hpp>

#include <string>

namespace certphoto::core::detail {

// While alive, the four layer kinds created anywhere in the process (cv::dnn's layer registry is
// process-wide) use the core's kernels where they cover the layer. Holds a lock for its lifetime: create the
// net and run its first forward() (which makes the layers) inside, nothing else.
class OwnKernelsInstalled {
public:
    OwnKernelsInstalled();
    ~OwnKernelsInstalled();
    OwnKernelsInstalled(const OwnKernelsInstalled&) = delete;
    OwnKernelsInstalled& operator=(const OwnKernelsInstalled&) = delete;
};

enum class Kernels { OpenCV, Own };

// Reads the ONNX model and runs it once on a blank 1x128x128x3 input so that every layer exists before the
// first photo. Throws cv::Exception as cv::dnn does; the caller catches.
cv::dnn::Net readFaceNet(const std::string& path, Kernels kernels);

// How many layers of the net run on the core's own kernels (0 for Kernels::OpenCV).
int ownKernelLayers(cv::dnn::Net& net);

} // namespace certphoto::core::detail
