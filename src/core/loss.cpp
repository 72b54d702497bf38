#include "core/loss.h"

#include "core/activation.h"

#include <string>

namespace al {

namespace {

Activation logSoftmaxOverClasses()
{
    Activation activation = Activation::named("log_softmax");
    activation.set("dim", 1);
    return activation;
}

void checkArguments(const Tensor &logits, const std::vector<int64_t> &targets)
{
    if (logits.rank() != 2)
        throw ShapeError("cross_entropy needs logits of shape [batch, classes], got "
            + shapeToString(logits.shape()));
    checkTargets(logits.size(0), logits.size(1), targets);
}

} // namespace

void checkTargets(int64_t batch, int64_t classes, const std::vector<int64_t> &targets)
{
    if (static_cast<int64_t>(targets.size()) != batch)
        throw ShapeError("Expected input batch_size (" + std::to_string(batch)
            + ") to match target batch_size (" + std::to_string(targets.size()) + ").");
    for (int64_t target : targets)
        if (target < 0 || target >= classes)
            throw TargetError(target);
}

TargetError::TargetError(int64_t target)
    : std::out_of_range("Target " + std::to_string(target) + " is out of bounds.")
    , target(target)
{
}

float crossEntropy(const Tensor &logits, const std::vector<int64_t> &targets)
{
    checkArguments(logits, targets);
    return nllLoss(forward(logSoftmaxOverClasses(), logits), targets);
}

float nllLoss(const Tensor &logProbabilities, const std::vector<int64_t> &targets)
{
    checkArguments(logProbabilities, targets);
    const int64_t batch = logProbabilities.size(0), classes = logProbabilities.size(1);
    // nll_loss's sum: each -log p is subtracted from level 0 of an eight-level cascade; after
    // row b, level j carries into level j + 1 while b is a multiple of 16^(j+1) (row 0 carries
    // all the way up). The levels are then added to 0 in order. (PyTorch widens the levels
    // beyond 16 rows only for batches above 2^32.)
    constexpr int kLevels = 8;
    const int64_t mask = 15;
    float level[kLevels] = {};
    for (int64_t b = 0; b < batch; ++b) {
        level[0] -= logProbabilities.data()[b * classes + targets[static_cast<size_t>(b)]];
        for (int j = 0; j + 1 < kLevels && (b & (mask << (4 * j))) == 0; ++j) {
            level[j + 1] += level[j];
            level[j] = 0.0f;
        }
    }
    float sum = 0.0f;
    for (float partial : level)
        sum += partial;
    return sum / static_cast<float>(batch);
}

namespace {

// nll_loss's backward puts -gradLoss / batch at each target; log_softmax's backward takes it
// from there.
Tensor backwardFrom(const Activation &logSoftmax, const Tensor &logits,
    const Tensor &logProbabilities, const std::vector<int64_t> &targets, float gradLoss)
{
    const int64_t batch = logits.size(0), classes = logits.size(1);
    Tensor gradLogProbabilities(logits.shape());
    const float grad = -(gradLoss / static_cast<float>(batch));
    for (int64_t b = 0; b < batch; ++b)
        gradLogProbabilities.data()[b * classes + targets[static_cast<size_t>(b)]] = grad;
    return backward(logSoftmax, logits, logProbabilities, gradLogProbabilities);
}

} // namespace

Tensor crossEntropyBackward(
    const Tensor &logits, const std::vector<int64_t> &targets, float gradLoss)
{
    checkArguments(logits, targets);
    const Activation logSoftmax = logSoftmaxOverClasses();
    return backwardFrom(logSoftmax, logits, forward(logSoftmax, logits), targets, gradLoss);
}

float crossEntropyWithGradient(
    const Tensor &logits, const std::vector<int64_t> &targets, Tensor *gradLogits)
{
    checkArguments(logits, targets);
    const Activation logSoftmax = logSoftmaxOverClasses();
    const Tensor logProbabilities = forward(logSoftmax, logits);
    *gradLogits = backwardFrom(logSoftmax, logits, logProbabilities, targets, 1.0f);
    return nllLoss(logProbabilities, targets);
}

} // namespace al
