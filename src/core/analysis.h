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
Tensor jacobianRow(const Activation &activation, const Tensor &x, const Tensor &y, int64_t component);
// The [n, n] Jacobian ∂y_i/∂x_j of a vector x [n], as torch.autograd.functional.jacobian.
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

} // namespace al
