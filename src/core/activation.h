#pragma once

// The activations of torch.nn, computed exactly as PyTorch computes them on the CPU in float32.
//
//   relu(x)        = max(0, x)                         f'(0) = 0
//   leaky_relu(x)  = x if x > 0 else negative_slope*x  f'(0) = negative_slope
//   sigmoid(x)     = 1 / (1 + exp(-x))                 f'    = y (1 - y)
//   tanh(x)        = (e^x - e^-x) / (e^x + e^-x)       f'    = 1 - y^2
//   softmax(x)_i   = exp(x_i - m) / sum_j exp(x_j - m),  m = max_j x_j, along `dim`
//   log_softmax(x) = (x_i - m) - log(sum_j exp(x_j - m))
//
// backward() returns the vector-Jacobian product autograd computes: grad_input for a given
// grad_output. NaN propagates as in PyTorch (a NaN anywhere in a softmax slice makes the slice
// NaN).

#include "core/registry.h"
#include "core/tensor.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace al {

// One activation with its parameters: a registry row and a value for each of the row's
// parameters, always valid for it (every change is checked against the row).
class Activation {
public:
    static constexpr size_t kMaxParameters = 5; // RReLU's

    Activation(); // ReLU
    explicit Activation(const ActivationSpec &spec); // every parameter at PyTorch's default
    static Activation named(std::string_view functionalName); // throws ParameterError

    const ActivationSpec &spec() const { return *spec_; }
    ActivationKind kind() const { return spec_->kind; }
    bool isElementwise() const { return spec_->isElementwise(); }
    const char *name() const { return spec_->functionalName; }

    // A parameter by PyTorch's keyword; throws ParameterError for one the row does not have.
    double value(std::string_view name) const;
    // Checks the value against the row (range, integrality, the row's rule across parameters)
    // and sets it, or throws ParameterError and keeps the old value.
    void set(std::string_view name, double value);
    // Several at once: each checked against its range, the rule across them once all are set
    // (so --min-val 2 --max-val 3 is taken whatever the order). All or nothing.
    void set(const std::vector<std::pair<std::string, double>> &values);
    bool has(std::string_view name) const { return spec_->parameter(name) != nullptr; }
    int64_t dim() const { return static_cast<int64_t>(value("dim")); }
    // RReLU with training=True: its slopes are random draws (from torch.manual_seed(seed)).
    bool isRandom() const { return has("training") && value("training") != 0.0; }

    bool operator==(const Activation &other) const
    {
        return spec_ == other.spec_ && values_ == other.values_;
    }
    bool operator!=(const Activation &other) const { return !(*this == other); }

private:
    size_t indexOf(std::string_view name) const;
    void setInRange(std::string_view name, double value); // the range only, not the rule

    const ActivationSpec *spec_;
    std::array<double, kMaxParameters> values_ {}; // in the order of the row's parameters
};

// Thrown for a `dim` outside [-rank, rank - 1] (a scalar counts as rank 1, as in PyTorch).
class DimensionError : public std::out_of_range {
public:
    DimensionError(int64_t minimum, int64_t maximum, int64_t got);
    int64_t minimum, maximum, got;
};

// Maps a possibly negative dim onto 0 .. rank-1, or throws DimensionError.
int64_t normaliseDim(int64_t dim, int rank);

// The shape forward gives for an input of this shape (GLU halves its dim), or a ShapeError /
// DimensionError with PyTorch's words for an input the activation refuses.
Shape outputShape(const Activation &activation, const Shape &input);

Tensor forward(const Activation &activation, const Tensor &x);
Tensor backward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
// y's shape is outputShape(x); gradOutput must have it.
// f'(x) of an elementwise activation: backward with a grad_output of ones.
Tensor derivative(const Activation &activation, const Tensor &x);

// The kernels of the dim-wise rows (softmax, log_softmax), for the registry.
Tensor softmaxForward(const Activation &activation, const Tensor &x);
Tensor softmaxBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
Tensor logSoftmaxForward(const Activation &activation, const Tensor &x);
Tensor logSoftmaxBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);

// The rows added with issue 14 (more_activations.cpp).
//   softmin(x, dim)   = softmax(-x, dim)
//   Softmax2d(x)      = softmax(x, dim=-3) of a 3-D or 4-D x: across the channels of each pixel
//   glu(x, dim)       = a * sigmoid(b), (a, b) = x.chunk(2, dim): halves dim
//   rrelu(x)          = leaky_relu(x, (lower + upper) / 2), or with training=True a slope drawn
//                       uniformly from [lower, upper) for each x <= 0
//   prelu(x, weight)  = x if x > 0 else weight * x, one weight or one per channel (dim 1)
Tensor softminForward(const Activation &activation, const Tensor &x);
Tensor softminBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
Shape softmax2dShape(const Activation &activation, const Shape &input);
Tensor softmax2dForward(const Activation &activation, const Tensor &x);
Tensor softmax2dBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
Shape gluShape(const Activation &activation, const Shape &input);
Tensor gluForward(const Activation &activation, const Tensor &x);
Tensor gluBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
std::string rreluBounds(const Activation &activation);
Tensor rreluForward(const Activation &activation, const Tensor &x);
Tensor rreluBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
// The slopes rrelu(training=True) multiplies by (1 where x > 0), as PyTorch's noise tensor:
// drawn in element order, one at::uniform_real_distribution<double> per x <= 0.
Tensor rreluNoise(const Activation &activation, const Tensor &x);

// PReLU's weight is a learnable tensor. The registry holds one number (the `weight` parameter,
// num_parameters=1: what the app shows and the default module is); a weight per channel is
// given to these functions directly (the CLI's --weight [w0, w1, ...]). Both refuse an input
// PyTorch refuses (ShapeError, its words).
Tensor preluWeight(const Activation &activation); // [1], the parameter
Shape preluShape(const Tensor &weight, const Shape &input);
Tensor preluForward(const Tensor &x, const Tensor &weight);
struct PreluGradients {
    Tensor input, weight; // grad_input [x's shape], grad_weight [weight's shape]
};
PreluGradients preluBackward(const Tensor &x, const Tensor &weight, const Tensor &gradOutput);
Tensor preluForwardRow(const Activation &activation, const Tensor &x);
Tensor preluBackwardRow(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
Shape preluShapeRow(const Activation &activation, const Shape &input);

} // namespace al
