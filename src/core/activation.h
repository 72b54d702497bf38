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

#include "core/tensor.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace al {

enum class ActivationKind { Relu, LeakyRelu, Sigmoid, Tanh, Softmax, LogSoftmax };

struct Activation {
    ActivationKind kind = ActivationKind::Relu;
    double negativeSlope = 0.01; // leaky_relu; PyTorch casts it to float in the kernel
    int64_t dim = -1; // softmax, log_softmax
    bool inplace = false; // relu, leaky_relu: changes memory use, never the values
};

bool isElementwise(ActivationKind kind);

// Thrown for a `dim` outside [-rank, rank - 1] (a scalar counts as rank 1, as in PyTorch).
class DimensionError : public std::out_of_range {
public:
    DimensionError(int64_t minimum, int64_t maximum, int64_t got);
    int64_t minimum, maximum, got;
};

// Maps a possibly negative dim onto 0 .. rank-1, or throws DimensionError.
int64_t normaliseDim(int64_t dim, int rank);

Tensor forward(const Activation &activation, const Tensor &x);
Tensor backward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &gradOutput);
// f'(x) of an elementwise activation: backward with a grad_output of ones.
Tensor derivative(const Activation &activation, const Tensor &x);

} // namespace al
