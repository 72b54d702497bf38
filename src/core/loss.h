#pragma once

// F.cross_entropy(logits, targets) for class-index targets with reduction='mean', as PyTorch
// computes it: log_softmax(logits, dim=1), then nll_loss, whose mean is the sum of the targets'
// negated log-probabilities divided by the batch size.

#include "core/tensor.h"

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace al {

// Thrown for a target outside [0, classes), with PyTorch's message ("Target 7 is out of
// bounds."). PyTorch skips targets equal to ignore_index (-100 by default); here -100 is refused
// like any other.
class TargetError : public std::out_of_range {
public:
    explicit TargetError(int64_t target);
    int64_t target;
};

// Throws what crossEntropy throws for `targets` and logits of shape [batch, classes], if anything.
void checkTargets(int64_t batch, int64_t classes, const std::vector<int64_t> &targets);

// logits [batch, classes], one target per row. Throws ShapeError for other shapes, TargetError
// for a bad target. An empty batch gives NaN, as in PyTorch (0 / 0).
float crossEntropy(const Tensor &logits, const std::vector<int64_t> &targets);

// F.nll_loss(logProbabilities, targets), mean: what crossEntropy applies to log_softmax(logits).
float nllLoss(const Tensor &logProbabilities, const std::vector<int64_t> &targets);

// d loss / d logits when the loss's own gradient is gradLoss (1 for loss.backward()).
Tensor crossEntropyBackward(
    const Tensor &logits, const std::vector<int64_t> &targets, float gradLoss = 1.0f);

// Both at once, log_softmax computed once: crossEntropy's loss, and crossEntropyBackward's
// gradient for loss.backward() in *gradLogits. The same bits as the two calls.
float crossEntropyWithGradient(
    const Tensor &logits, const std::vector<int64_t> &targets, Tensor *gradLogits);

} // namespace al
