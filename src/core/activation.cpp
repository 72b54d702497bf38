#include "core/activation.h"

#include "core/kernels.h"

#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>

namespace al {

namespace {

// b against the shape the activation's output has (the input's, but for GLU).
void checkSameShape(const Shape &a, const Tensor &b, const char *what)
{
    if (a != b.shape())
        throw ShapeError(std::string(what) + " has shape " + shapeToString(b.shape())
            + " but the output has shape " + shapeToString(a));
}

// A tensor seen along `dim` as `outer` row-major blocks of [dimSize x inner]: each column of a
// block is one slice that softmax normalises.
struct SliceLayout {
    int64_t outer = 1, dimSize = 1, inner = 1;
    // PyTorch's kernels for the last dim take contiguous rows; any other dim goes through
    // _vec_softmax, even when the dims after it all have size 1 (Softmax2d of [N, C, 1, 1]).
    bool lastDim = true;
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
    layout.lastDim = d == rank - 1;
    return layout;
}

Tensor softmaxAlong(const Tensor &x, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(x.shape(), dim);
    Tensor y = Tensor::uninitialized(x.shape());
    if (x.numel() == 0)
        return y;
    if (l.lastDim) {
        if (logarithm)
            kernels::logSoftmaxLastDim(x.data(), y.data(), l.outer, l.dimSize);
        else
            kernels::softmaxLastDim(x.data(), y.data(), l.outer, l.dimSize);
        return y;
    }
    // Slices across memory, as PyTorch's _vec_softmax (kernels.h).
    kernels::softmaxAcross(x.data(), y.data(), l.outer, l.dimSize, l.inner, logarithm);
    return y;
}

Tensor softmaxBackwardAlong(const Tensor &y, const Tensor &g, int64_t dim, bool logarithm)
{
    const SliceLayout l = sliceLayout(y.shape(), dim);
    Tensor gradInput = Tensor::uninitialized(y.shape());
    if (y.numel() == 0)
        return gradInput;
    if (l.lastDim && !logarithm) {
        kernels::softmaxBackwardLastDim(y.data(), g.data(), gradInput.data(), l.outer, l.dimSize);
        return gradInput;
    }
    if (l.lastDim) {
        kernels::logSoftmaxBackwardLastDim(
            y.data(), g.data(), gradInput.data(), l.outer, l.dimSize);
        return gradInput;
    }
    kernels::softmaxBackwardAcross(
        y.data(), g.data(), gradInput.data(), l.outer, l.dimSize, l.inner, logarithm);
    return gradInput;
}

std::string formatNumber(double value)
{
    std::ostringstream text;
    text << std::setprecision(10) << value;
    return text.str();
}

} // namespace

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

Activation::Activation()
    : Activation(activationRegistry().front())
{
}

Activation::Activation(const ActivationSpec &spec)
    : spec_(&spec)
{
    for (size_t i = 0; i < spec.parameters.size(); ++i)
        values_.at(i) = spec.parameters[i].defaultValue;
}

Activation Activation::named(std::string_view functionalName)
{
    const ActivationSpec *spec = findActivation(functionalName);
    if (!spec)
        throw ParameterError("unknown activation '" + std::string(functionalName) + "'");
    return Activation(*spec);
}

size_t Activation::indexOf(std::string_view name) const
{
    for (size_t i = 0; i < spec_->parameters.size(); ++i)
        if (name == spec_->parameters[i].name)
            return i;
    throw ParameterError(
        std::string(spec_->functionalName) + " has no parameter '" + std::string(name) + "'");
}

double Activation::value(std::string_view name) const
{
    return values_[indexOf(name)];
}

void Activation::set(const std::vector<std::pair<std::string, double>> &values)
{
    Activation candidate = *this;
    for (const auto &[name, value] : values)
        candidate.setInRange(name, value);
    if (spec_->check)
        if (const std::string refusal = spec_->check(candidate); !refusal.empty())
            throw ParameterError(refusal);
    *this = candidate;
}

void Activation::set(std::string_view name, double value)
{
    set({{std::string(name), value}});
}

void Activation::setInRange(std::string_view name, double value)
{
    const size_t index = indexOf(name);
    const ParameterSpec &p = spec_->parameters[index];
    const bool integral = p.type != ParameterType::Real;
    if (!std::isfinite(value) || value < p.minimum || value > p.maximum
        || (integral && value != std::floor(value)))
        throw ParameterError(std::string(name) + " must be "
            + (integral ? "an integer" : "a number") + " from " + formatNumber(p.minimum) + " to "
            + formatNumber(p.maximum) + ", got " + formatNumber(value));
    values_[index] = value;
}

Shape outputShape(const Activation &activation, const Shape &input)
{
    const auto shapeOf = activation.spec().outputShape;
    return shapeOf ? shapeOf(activation, input) : input;
}

Tensor forward(const Activation &activation, const Tensor &x)
{
    outputShape(activation, x.shape()); // PyTorch's refusal of the input, if any
    return activation.spec().forward(activation, x);
}

Tensor backward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput)
{
    const Shape expected = outputShape(activation, x.shape());
    checkSameShape(expected, y, "the output");
    checkSameShape(expected, gradOutput, "grad_output");
    return activation.spec().backward(activation, x, y, gradOutput);
}

Tensor derivative(const Activation &activation, const Tensor &x)
{
    if (!activation.isElementwise())
        throw std::invalid_argument("f'(x) is defined for elementwise activations only");
    return backward(activation, x, forward(activation, x), Tensor(x.shape(), 1.0f));
}

Tensor softmaxForward(const Activation &activation, const Tensor &x)
{
    return softmaxAlong(x, activation.dim(), false);
}

Tensor softmaxBackward(
    const Activation &activation, const Tensor &, const Tensor &y, const Tensor &g)
{
    return softmaxBackwardAlong(y, g, activation.dim(), false);
}

Tensor logSoftmaxForward(const Activation &activation, const Tensor &x)
{
    return softmaxAlong(x, activation.dim(), true);
}

Tensor logSoftmaxBackward(
    const Activation &activation, const Tensor &, const Tensor &y, const Tensor &g)
{
    return softmaxBackwardAlong(y, g, activation.dim(), true);
}

} // namespace al
