#include "core/activation.h"

#include "core/kernels.h"
#include "core/torch_math.h"

#include <cmath>
#include <limits>

namespace al {

namespace {

void checkSameShape(const Tensor &a, const Tensor &b, const char *what)
{
    if (a.shape() != b.shape())
        throw ShapeError(std::string(what) + " has shape " + shapeToString(b.shape())
            + " but the input has shape " + shapeToString(a.shape()));
}

// A tensor seen along `dim` as `outer` row-major blocks of [dimSize x inner]: each column of a
// block is one slice that softmax normalises.
struct SliceLayout {
    int64_t outer = 1, dimSize = 1, inner = 1;
};

SliceLayout sliceLayout(const Shape &shape, int64_t dim)
{
    const int rank = static_cast<int>(shape.size());
    const int64_t d = normaliseDim(dim, rank);
    SliceLayout layout;
    if (rank == 0)
        return layout;
    for (int64_t i = 0; i < d; ++i)
        layout.outer *= shape[static_cast<size_t>(i)];
    layout.dimSize = shape[static_cast<size_t>(d)];
    for (int64_t i = d + 1; i < rank; ++i)
        layout.inner *= shape[static_cast<size_t>(i)];
    return layout;
}

// log_softmax over contiguous slices (the last dim): (x - max) - log(sum(exp(x - max))).
void logSoftmaxRows(const float *x, float *y, int64_t rows, int64_t size)
{
    std::vector<float> e(static_cast<size_t>(size));
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * size;
        float *out = y + r * size;
        const float maximum = kernels::maxLikeTorch(in, size);
        for (int64_t i = 0; i < size; ++i)
            e[static_cast<size_t>(i)] = out[i] = in[i] - maximum;
        kernels::expInPlace(e.data(), size);
        // _vec_log_softmax_lastdim takes SLEEF's log of the sum, as torch_math::log.
        const float logSum = torch_math::log(kernels::sumLikeTorch(e.data(), size));
        for (int64_t i = 0; i < size; ++i)
            out[i] -= logSum;
    }
}

Tensor softmaxForward(const Tensor &x, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(x.shape(), dim);
    Tensor y = Tensor::uninitialized(x.shape());
    if (x.numel() == 0)
        return y;
    if (l.inner == 1) {
        if (logarithm)
            logSoftmaxRows(x.data(), y.data(), l.outer, l.dimSize);
        else
            kernels::softmaxLastDim(x.data(), y.data(), l.outer, l.dimSize);
        return y;
    }
    // Slices across memory, as PyTorch's _vec_softmax: eight neighbouring inner positions at a
    // time run down `dim` together (vector maximum, SLEEF exp, a sum from 0 in order, a
    // division); the inner positions left over take the scalar path (std::max, std::exp).
    const int64_t vectorised = l.inner / 8 * 8;
    std::vector<float> e(static_cast<size_t>(l.dimSize));
    for (int64_t o = 0; o < l.outer; ++o)
        for (int64_t i = 0; i < l.inner; ++i) {
            const bool vector = i < vectorised;
            const float *in = x.data() + o * l.dimSize * l.inner + i;
            float *out = y.data() + o * l.dimSize * l.inner + i;
            float maximum = in[0];
            for (int64_t d = 1; d < l.dimSize; ++d) {
                const float v = in[d * l.inner];
                maximum
                    = vector && (v != v || maximum != maximum) ? v + maximum : std::max(maximum, v);
            }
            float sum = 0.0f;
            for (int64_t d = 0; d < l.dimSize; ++d) {
                const float shifted = in[d * l.inner] - maximum;
                e[static_cast<size_t>(d)] = vector ? torch_math::exp(shifted) : std::exp(shifted);
                sum += e[static_cast<size_t>(d)];
            }
            const float logSum = std::log(sum);
            for (int64_t d = 0; d < l.dimSize; ++d)
                out[d * l.inner] = logarithm ? (in[d * l.inner] - maximum) - logSum
                                             : e[static_cast<size_t>(d)] / sum;
        }
    return y;
}

Tensor softmaxBackward(const Tensor &y, const Tensor &g, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(y.shape(), dim);
    Tensor gradInput = Tensor::uninitialized(y.shape());
    if (y.numel() == 0)
        return gradInput;
    if (l.inner == 1 && !logarithm) {
        kernels::softmaxBackwardLastDim(y.data(), g.data(), gradInput.data(), l.outer, l.dimSize);
        return gradInput;
    }
    if (l.inner == 1) {
        // _vec_host_softmax_backward_lastdim
        for (int64_t r = 0; r < l.outer; ++r) {
            const float *out = y.data() + r * l.dimSize;
            const float *grad = g.data() + r * l.dimSize;
            float *result = gradInput.data() + r * l.dimSize;
            if (logarithm) {
                // g - exp(y) * sum(g), the multiply fused into the subtraction as PyTorch's
                // AVX2 build compiles it (one rounding).
                const float sum = kernels::sumLikeTorch(grad, l.dimSize);
                for (int64_t i = 0; i < l.dimSize; ++i)
                    result[i] = std::fma(-torch_math::exp(out[i]), sum, grad[i]);
            }
        }
        return gradInput;
    }
    for (int64_t o = 0; o < l.outer; ++o)
        for (int64_t i = 0; i < l.inner; ++i) {
            const int64_t base = o * l.dimSize * l.inner + i;
            const float *out = y.data() + base;
            const float *grad = g.data() + base;
            float *result = gradInput.data() + base;
            float sum = 0.0f;
            // _vec_softmax_backward: eight inner positions at a time (the products fused into the
            // sum), the positions left over scalar (nothing fused).
            const bool vector = i < l.inner / 8 * 8;
            for (int64_t d = 0; d < l.dimSize; ++d)
                sum = logarithm ? sum + grad[d * l.inner]
                    : vector    ? std::fma(grad[d * l.inner], out[d * l.inner], sum)
                                : sum + grad[d * l.inner] * out[d * l.inner];
            for (int64_t d = 0; d < l.dimSize; ++d)
                result[d * l.inner] = logarithm
                    ? grad[d * l.inner] - std::exp(out[d * l.inner]) * sum
                    : out[d * l.inner] * (grad[d * l.inner] - sum);
        }
    return gradInput;
}

} // namespace

bool isElementwise(ActivationKind kind)
{
    return kind != ActivationKind::Softmax && kind != ActivationKind::LogSoftmax;
}

DimensionError::DimensionError(int64_t minimum, int64_t maximum, int64_t got)
    : std::out_of_range("Dimension out of range (expected to be in range of ["
        + std::to_string(minimum) + ", " + std::to_string(maximum) + "], but got "
        + std::to_string(got) + ")")
    , minimum(minimum)
    , maximum(maximum)
    , got(got)
{
}

int64_t normaliseDim(int64_t dim, int rank)
{
    const int64_t extent = rank > 0 ? rank : 1;
    if (dim < -extent || dim >= extent)
        throw DimensionError(-extent, extent - 1, dim);
    return dim < 0 ? dim + extent : dim;
}

Tensor forward(const Activation &activation, const Tensor &x)
{
    if (!isElementwise(activation.kind))
        return softmaxForward(x, activation.dim, activation.kind == ActivationKind::LogSoftmax);
    Tensor y = Tensor::uninitialized(x.shape());
    const float *in = x.data();
    float *out = y.data();
    const int64_t n = x.numel();
    switch (activation.kind) {
    case ActivationKind::Relu:
        kernels::reluForward(in, out, n);
        break;
    case ActivationKind::LeakyRelu:
        kernels::leakyReluForward(in, out, n, static_cast<float>(activation.negativeSlope));
        break;
    case ActivationKind::Sigmoid:
        kernels::sigmoidForward(in, out, n);
        break;
    case ActivationKind::Tanh:
        kernels::tanhForward(in, out, n);
        break;
    default:
        break;
    }
    return y;
}

Tensor backward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput)
{
    checkSameShape(x, y, "the output");
    checkSameShape(x, gradOutput, "grad_output");
    if (!isElementwise(activation.kind))
        return softmaxBackward(
            y, gradOutput, activation.dim, activation.kind == ActivationKind::LogSoftmax);
    Tensor gradInput = Tensor::uninitialized(x.shape());
    const float *grad = gradOutput.data();
    float *result = gradInput.data();
    const int64_t n = x.numel();
    switch (activation.kind) {
    case ActivationKind::Relu:
        kernels::reluBackward(y.data(), grad, result, n);
        break;
    case ActivationKind::LeakyRelu:
        kernels::leakyReluBackward(
            x.data(), grad, result, n, static_cast<float>(activation.negativeSlope));
        break;
    case ActivationKind::Sigmoid:
        kernels::sigmoidBackward(y.data(), grad, result, n);
        break;
    case ActivationKind::Tanh:
        kernels::tanhBackward(y.data(), grad, result, n);
        break;
    default:
        break;
    }
    return gradInput;
}

Tensor derivative(const Activation &activation, const Tensor &x)
{
    if (!isElementwise(activation.kind))
        throw std::invalid_argument("f'(x) is defined for elementwise activations only");
    return backward(activation, x, forward(activation, x), Tensor(x.shape(), 1.0f));
}

} // namespace al
