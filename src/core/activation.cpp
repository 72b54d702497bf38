#include "core/activation.h"

#include "core/torch_math.h"

#include <cmath>
#include <limits>

namespace al {

namespace {

using Array = Eigen::ArrayXf;
using Slices = Eigen::Map<Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;
using ConstSlices
    = Eigen::Map<const Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;

// PyTorch's exp (SLEEF's), so that softmax and sigmoid round exactly as PyTorch rounds them.
template<typename Derived>
void exactExpInPlace(Eigen::ArrayBase<Derived> &a)
{
    a = a.unaryExpr([](float v) { return torch_math::exp(v); });
}

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

Tensor softmaxForward(const Tensor &x, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(x.shape(), dim);
    Tensor y(x.shape());
    if (x.numel() == 0)
        return y;
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
            exactExpInPlace(e);
            sum = e.colwise().sum();
            out.rowwise() -= sum.log();
        } else {
            exactExpInPlace(out);
            sum = out.colwise().sum();
            out.rowwise() *= sum.inverse();
        }
    }
    return y;
}

Tensor softmaxBackward(const Tensor &y, const Tensor &g, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(y.shape(), dim);
    Tensor gradInput(y.shape());
    const int64_t blockSize = l.dimSize * l.inner;
    Eigen::Array<float, 1, Eigen::Dynamic> dot(l.inner);
    for (int64_t o = 0; o < l.outer && y.numel() > 0; ++o) {
        ConstSlices out(y.data() + o * blockSize, l.dimSize, l.inner);
        ConstSlices grad(g.data() + o * blockSize, l.dimSize, l.inner);
        Slices result(gradInput.data() + o * blockSize, l.dimSize, l.inner);
        if (logarithm) {
            // d log_softmax: g - exp(y) * sum(g)
            dot = grad.colwise().sum();
            result = out;
            exactExpInPlace(result);
            result = grad - result.rowwise() * dot;
        } else {
            // d softmax: y * (g - sum(g * y))
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
    Tensor y(x.shape());
    const auto in = x.flat();
    auto out = y.flat();
    const float slope = static_cast<float>(activation.negativeSlope);
    switch (activation.kind) {
    case ActivationKind::Relu:
        out = (in <= 0.0f).select(0.0f, in); // NaN is not <= 0, so it passes through
        break;
    case ActivationKind::LeakyRelu:
        out = (in > 0.0f).select(in, in * slope);
        break;
    case ActivationKind::Sigmoid:
        out = -in;
        exactExpInPlace(out);
        out = (out + 1.0f).inverse();
        break;
    case ActivationKind::Tanh:
        out = in.unaryExpr([](float v) { return torch_math::tanh(v); });
        break;
    case ActivationKind::Softmax:
        return softmaxForward(x, activation.dim, false);
    case ActivationKind::LogSoftmax:
        return softmaxForward(x, activation.dim, true);
    }
    return y;
}

Tensor backward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput)
{
    checkSameShape(x, y, "the output");
    checkSameShape(x, gradOutput, "grad_output");
    Tensor gradInput(x.shape());
    const auto in = x.flat();
    const auto out = y.flat();
    const auto grad = gradOutput.flat();
    auto result = gradInput.flat();
    const float slope = static_cast<float>(activation.negativeSlope);
    switch (activation.kind) {
    case ActivationKind::Relu:
        // PyTorch's threshold_backward on the result: zero where y <= 0.
        result = (out <= 0.0f).select(0.0f, grad);
        break;
    case ActivationKind::LeakyRelu:
        result = (in > 0.0f).select(grad, grad * slope);
        break;
    case ActivationKind::Sigmoid:
        result = grad * (1.0f - out) * out;
        break;
    case ActivationKind::Tanh:
        // 1 - y² cancels near saturation; PyTorch's AVX2 build fuses it (one rounding).
        result = grad * out.unaryExpr([](float v) { return std::fma(-v, v, 1.0f); });
        break;
    case ActivationKind::Softmax:
        return softmaxBackward(y, gradOutput, activation.dim, false);
    case ActivationKind::LogSoftmax:
        return softmaxBackward(y, gradOutput, activation.dim, true);
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
