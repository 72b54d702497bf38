#include "core/linear.h"

#include "core/kernels.h"

#include <cmath>
#include <vector>

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
    Tensor weight = Tensor::uninitialized({outFeatures, inFeatures}); // every value drawn
    uniformFill(weight, -weightBound, weightBound, generator);
    Tensor bias = Tensor::uninitialized({outFeatures});
    uniformFill(bias, -biasBound, biasBound, generator);
    return Linear(std::move(weight), std::move(bias));
}

namespace {

std::string layerName(const Linear &layer)
{
    return "Linear(" + std::to_string(layer.inFeatures()) + ", "
        + std::to_string(layer.outFeatures()) + ")";
}

void checkInput(const Linear &layer, const Tensor &x)
{
    if (x.rank() != 2 || x.size(1) != layer.inFeatures())
        throw ShapeError(layerName(layer) + " needs an input of shape [batch, "
            + std::to_string(layer.inFeatures()) + "], got " + shapeToString(x.shape()));
}

} // namespace

Tensor Linear::forward(const Tensor &x) const
{
    checkInput(*this, x);
    // The order of Debian's PyTorch (reference BLAS sgemm, transa='T'): each output is a dot
    // product summed from the first input to the last, then the bias added. The same order gives
    // the same float32 rounding, so the app prints the digits PyTorch prints.
    // Each output's sum runs in that order; the loops run it for a whole row of outputs at once
    // (over the transposed weight), so that the compiler vectorises across outputs.
    const int64_t batch = x.size(0), in = inFeatures(), out = outFeatures();
    std::vector<float> transposed(static_cast<size_t>(in * out));
    for (int64_t j = 0; j < out; ++j)
        for (int64_t l = 0; l < in; ++l)
            transposed[static_cast<size_t>(l * out + j)] = weight_.data()[j * in + l];
    Tensor y({batch, out}); // zeros: each sum starts from +0
    for (int64_t b = 0; b < batch; ++b) {
        const float *row = x.data() + b * in;
        float *sums = y.data() + b * out;
        for (int64_t l = 0; l < in; ++l) {
            const float input = row[l];
            const float *weights = transposed.data() + l * out;
            for (int64_t j = 0; j < out; ++j)
                sums[j] += weights[j] * input;
        }
        for (int64_t j = 0; j < out; ++j)
            sums[j] += bias_.data()[j];
    }
    return y;
}

LinearGradients Linear::backward(const Tensor &x, const Tensor &gradOutput) const
{
    checkInput(*this, x);
    const int64_t batch = x.size(0), in = inFeatures(), out = outFeatures();
    if (gradOutput.shape() != Shape {batch, out})
        throw ShapeError(layerName(*this) + " at an input of shape " + shapeToString(x.shape())
            + " needs a grad_output of shape " + shapeToString({batch, out}) + ", got "
            + shapeToString(gradOutput.shape()));
    // Autograd's mm backward calls reference BLAS sgemm twice: every element of grad_input
    // (grad_output @ weight) and of grad_weight (grad_output^T @ x) is a dot product summed from
    // +0, first term to last, each product rounded on its own. The loops run over rows so that
    // the compiler can vectorise across elements; each element still sums in that order.
    const float *g = gradOutput.data();
    const float *w = weight_.data();
    LinearGradients result {Tensor({batch, in}), Tensor({out, in}), Tensor::uninitialized({out})};
    for (int64_t b = 0; b < batch; ++b) {
        float *row = result.gradInput.data() + b * in;
        for (int64_t j = 0; j < out; ++j) {
            const float factor = g[b * out + j];
            const float *weights = w + j * in;
            for (int64_t l = 0; l < in; ++l)
                row[l] += factor * weights[l];
        }
    }
    for (int64_t j = 0; j < out; ++j) {
        float *row = result.gradWeight.data() + j * in;
        for (int64_t b = 0; b < batch; ++b) {
            const float factor = g[b * out + j];
            const float *inputs = x.data() + b * in;
            for (int64_t l = 0; l < in; ++l)
                row[l] += factor * inputs[l];
        }
    }
    // The bias was broadcast over the batch, so its gradient is grad_output.sum(0).
    kernels::sumColumnsLikeTorch(g, batch, out, result.gradBias.data());
    return result;
}

} // namespace al
