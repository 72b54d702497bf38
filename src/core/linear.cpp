#include "core/linear.h"

#include <cmath>

namespace al {

Linear::Linear(Tensor weight, Tensor bias)
    : weight_(std::move(weight))
    , bias_(std::move(bias))
{
    if (weight_.rank() != 2 || weight_.size(0) < 1 || weight_.size(1) < 1)
        throw ShapeError("a weight must have shape [out_features, in_features], got "
            + shapeToString(weight_.shape()));
    if (bias_.shape() != Shape {weight_.size(0)})
        throw ShapeError("a bias for weight " + shapeToString(weight_.shape()) + " must have shape "
            + shapeToString({weight_.size(0)}) + ", got " + shapeToString(bias_.shape()));
}

Linear Linear::torchDefault(int64_t inFeatures, int64_t outFeatures, TorchGenerator &generator)
{
    // The same double arithmetic as torch.nn.init.kaiming_uniform_ and Linear.reset_parameters.
    const double a = std::sqrt(5.0);
    const double gain = std::sqrt(2.0 / (1 + a * a));
    const double stddev = gain / std::sqrt(static_cast<double>(inFeatures));
    const double weightBound = std::sqrt(3.0) * stddev;
    const double biasBound = 1 / std::sqrt(static_cast<double>(inFeatures));
    Tensor weight({outFeatures, inFeatures});
    uniformFill(weight, -weightBound, weightBound, generator);
    Tensor bias({outFeatures});
    uniformFill(bias, -biasBound, biasBound, generator);
    return Linear(std::move(weight), std::move(bias));
}

Tensor Linear::forward(const Tensor &x) const
{
    if (x.rank() != 2 || x.size(1) != inFeatures())
        throw ShapeError("Linear(" + std::to_string(inFeatures()) + ", "
            + std::to_string(outFeatures()) + ") needs an input of shape [batch, "
            + std::to_string(inFeatures()) + "], got " + shapeToString(x.shape()));
    // The order of Debian's PyTorch (reference BLAS sgemm, transa='T'): each output is a dot
    // product summed from the first input to the last, then the bias added. The same order gives
    // the same float32 rounding, so the app prints the digits PyTorch prints.
    const int64_t batch = x.size(0), in = inFeatures(), out = outFeatures();
    Tensor y({batch, out});
    const float *w = weight_.data();
    for (int64_t b = 0; b < batch; ++b) {
        const float *row = x.data() + b * in;
        for (int64_t j = 0; j < out; ++j) {
            const float *weights = w + j * in;
            float sum = 0.0f;
            for (int64_t l = 0; l < in; ++l)
                sum += weights[l] * row[l];
            y.data()[b * out + j] = sum + bias_.data()[j];
        }
    }
    return y;
}

} // namespace al
