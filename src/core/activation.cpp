#include "core/activation.h"

#include "core/kernels.h"
#include "core/torch_math.h"

#include <cmath>
#include <limits>

namespace al {

namespace {

using Slices = Eigen::Map<Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;
using ConstSlices
    = Eigen::Map<const Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;

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

// Softmax over contiguous slices (the last dim), in the order of PyTorch's _vec_softmax_lastdim:
// max, exp(x - max), the sum, then a multiply by its reciprocal.
void softmaxRows(const float *x, float *y, int64_t rows, int64_t size, bool logarithm)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * size;
        float *out = y + r * size;
        const float maximum = kernels::maxLikeTorch(in, size);
        for (int64_t i = 0; i < size; ++i)
            out[i] = in[i] - maximum;
        if (logarithm) {
            // log_softmax: (x - max) - log(sum(exp(x - max)))
            std::vector<float> e(out, out + size);
            kernels::expInPlace(e.data(), size);
            const float logSum = std::log(kernels::sumLikeTorch(e.data(), size));
            for (int64_t i = 0; i < size; ++i)
                out[i] -= logSum;
        } else {
            kernels::expInPlace(out, size);
            const float scale = 1.0f / kernels::sumLikeTorch(out, size);
            for (int64_t i = 0; i < size; ++i)
                out[i] *= scale;
        }
    }
}

Tensor softmaxForward(const Tensor &x, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(x.shape(), dim);
    Tensor y = Tensor::uninitialized(x.shape());
    if (x.numel() == 0)
        return y;
    if (l.inner == 1) {
        softmaxRows(x.data(), y.data(), l.outer, l.dimSize, logarithm);
        return y;
    }
    // Slices across memory: the block's columns, reduced down the rows.
    const int64_t blockSize = l.dimSize * l.inner;
    Eigen::Array<float, 1, Eigen::Dynamic> maximum(l.inner), sum(l.inner);
    for (int64_t o = 0; o < l.outer; ++o) {
        ConstSlices in(x.data() + o * blockSize, l.dimSize, l.inner);
        Slices out(y.data() + o * blockSize, l.dimSize, l.inner);
        // NaN-propagating max, as PyTorch's vectorised maximum.
        maximum = in.row(0);
        for (int64_t r = 1; r < l.dimSize; ++r)
            maximum = (in.row(r).isNaN() || in.row(r) > maximum).select(in.row(r), maximum);
        out = in.rowwise() - maximum;
        if (logarithm) {
            Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> e = out;
            kernels::expInPlace(e.data(), e.size());
            sum = e.colwise().sum();
            out.rowwise() -= sum.log();
        } else {
            kernels::expInPlace(out.data(), out.size());
            sum = out.colwise().sum();
            out.rowwise() *= sum.inverse();
        }
    }
    return y;
}

Tensor softmaxBackward(const Tensor &y, const Tensor &g, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(y.shape(), dim);
    Tensor gradInput = Tensor::uninitialized(y.shape());
    if (y.numel() == 0)
        return gradInput;
    if (l.inner == 1) {
        // _vec_host_softmax_backward_lastdim
        for (int64_t r = 0; r < l.outer; ++r) {
            const float *out = y.data() + r * l.dimSize;
            const float *grad = g.data() + r * l.dimSize;
            float *result = gradInput.data() + r * l.dimSize;
            if (logarithm) {
                // g - exp(y) * sum(g)
                const float sum = kernels::sumLikeTorch(grad, l.dimSize);
                for (int64_t i = 0; i < l.dimSize; ++i)
                    result[i] = torch_math::exp(out[i]);
                for (int64_t i = 0; i < l.dimSize; ++i)
                    result[i] = grad[i] - result[i] * sum;
            } else {
                // (g - sum(g * y)) * y
                const float dot = kernels::dotLikeTorch(grad, out, l.dimSize);
                for (int64_t i = 0; i < l.dimSize; ++i)
                    result[i] = (grad[i] - dot) * out[i];
            }
        }
        return gradInput;
    }
    const int64_t blockSize = l.dimSize * l.inner;
    Eigen::Array<float, 1, Eigen::Dynamic> dot(l.inner);
    for (int64_t o = 0; o < l.outer; ++o) {
        ConstSlices out(y.data() + o * blockSize, l.dimSize, l.inner);
        ConstSlices grad(g.data() + o * blockSize, l.dimSize, l.inner);
        Slices result(gradInput.data() + o * blockSize, l.dimSize, l.inner);
        if (logarithm) {
            dot = grad.colwise().sum();
            result = out;
            kernels::expInPlace(result.data(), result.size());
            result = grad - result.rowwise() * dot;
        } else {
            dot = (grad * out).colwise().sum();
            result = out * (grad.rowwise() - dot);
        }
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
