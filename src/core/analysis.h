#pragma once

// What the views show about an activation or a stage, computed here once and tested against
// PyTorch (tests/fixtures/analysis.json): the sample grid of a curve, Jacobians of the dim-wise
// activations, and a stage's statistics, driven by the registry's traits.

#include "core/activation.h"

#include <optional>
#include <vector>

namespace al {

// `count` (>= 2) float32 samples from `from` to `to`, each computed in double then rounded: the
// curves' and the CLI table's x.
Tensor linspace(double from, double to, int64_t count);

// Along dim 1 of x [rows, n] (the activation's own dim is ignored): for each row, the gradient
// of output `component` with respect to every input, the vector-Jacobian product autograd
// computes for a one-hot grad_output. y = forward(activation along dim 1, x).
Tensor jacobianRow(
    const Activation &activation, const Tensor &x, const Tensor &y, int64_t component);
// The [m, n] Jacobian ∂y_i/∂x_j of a vector x [n] (m = n but for GLU's n / 2), as
// torch.autograd.functional.jacobian.
Tensor jacobian(const Activation &activation, const Tensor &x);

struct StageStatistics {
    float minimum = 0, maximum = 0, mean = 0, stddev = 0; // stddev unbiased, as torch.std
    std::optional<float> zeroShare; // after a rectifier: exact zeros
    std::optional<float> deadShare; // after a rectifier: units 0 for every sample of the batch
    std::optional<float> saturatedShare; // outputs within 0.01 of where f' vanishes
    std::vector<float> rowSums; // of probabilities
};

// Statistics of a [batch, units] stage output; `after` is the activation that produced it (null
// after a Linear layer), `probabilities` adds the row sums.
StageStatistics stageStatistics(const Tensor &y, const ActivationSpec *after, bool probabilities);
// The share of units (columns) that are 0 for every sample (row): dead ReLU units.
float deadShare(const Tensor &y);
// After an activation with saturation bounds, the share of y within 0.01 of them (stageStatistics'
// saturatedShare); none for other activations.
std::optional<float> saturatedShare(const Tensor &y, const ActivationSpec &after);

// torch.std(y) over every element, unbiased, as PyTorch's CPU computes it: the float mean
// (torch.mean), then the squared deviations from it summed in double, divided by n - 1, the root
// taken in double and rounded. One thread's order: beyond 32768 elements PyTorch splits the double
// sum between its threads (a difference below float32's precision).
float stdLikeTorch(const Tensor &y);
// torch.linalg.norm(y) over every element, as PyTorch's CPU computes it: squares accumulated in
// eight lanes (fused multiply-adds), the lanes added in order, then the last n % 8 squares, the
// float root.
float normLikeTorch(const Tensor &y);

} // namespace al
