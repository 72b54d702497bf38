#include "core/train.h"

#include "core/loss.h"
#include "core/modules.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace al {

namespace {

[[noreturn]] void refuse(const std::string &message)
{
    throw std::invalid_argument(message);
}

} // namespace

Trainer::Trainer(const Tensor &x, const std::vector<int64_t> &y, const TrainOptions &options)
    : activations_(options.activations)
{
    if (x.rank() != 2 || x.size(1) != 2)
        refuse("the points must have shape [n, 2], got " + shapeToString(x.shape()));
    const int64_t n = x.size(0);
    if (n < 1)
        refuse("the data set is empty");
    if (static_cast<int64_t>(y.size()) != n)
        refuse(std::to_string(n) + " points but " + std::to_string(y.size()) + " labels");
    for (int64_t label : y)
        if (label < 0 || label >= kMaxTrainClasses)
            refuse("a label is a class from 0 to " + std::to_string(kMaxTrainClasses - 1) + ", got "
                + std::to_string(label));
    classes_ = *std::max_element(y.begin(), y.end()) + 1;
    const auto hidden = static_cast<int64_t>(options.hiddenSizes.size());
    if (hidden > kMaxTrainHiddenLayers)
        refuse("at most " + std::to_string(kMaxTrainHiddenLayers) + " hidden layers, got "
            + std::to_string(hidden));
    for (int64_t size : options.hiddenSizes)
        if (size < 1 || size > kMaxTrainUnits)
            refuse("a hidden layer has 1 to " + std::to_string(kMaxTrainUnits) + " units, got "
                + std::to_string(size));
    if (static_cast<int64_t>(options.activations.size()) != hidden)
        refuse(std::to_string(hidden) + " hidden layers need " + std::to_string(hidden)
            + " activations, got " + std::to_string(options.activations.size()));
    for (const Activation &activation : options.activations)
        if (!activation.isElementwise())
            refuse(std::string(activation.spec().functionalName)
                + " cannot be a hidden activation: it is not elementwise");
    if (options.batchSize < 1 || options.batchSize > kMaxTrainBatch)
        refuse("the batch size is 1 to " + std::to_string(kMaxTrainBatch) + ", got "
            + std::to_string(options.batchSize));
    if (!std::isfinite(options.lr) || !std::isfinite(options.momentum)
        || !std::isfinite(options.weightDecay))
        refuse("the learning rate, momentum and weight decay must be finite");
    if (options.optimizer == OptimizerKind::Adam && options.momentum != 0.0)
        refuse("Adam has no momentum (its betas play that part)");
    if (options.momentum >= 1.0)
        refuse("the momentum must be below 1");

    // The optimizer first: its refusals come before any work, as PyTorch's would after the
    // model is built (building draws nothing the user sees).
    if (options.optimizer == OptimizerKind::Sgd)
        optimizer_ = std::make_unique<Sgd>(options.lr, options.momentum, options.weightDecay);
    else
        optimizer_ = std::make_unique<Adam>(options.lr, options.weightDecay);

    TorchGenerator generator(options.seed);
    int64_t in = 2;
    for (int64_t size : options.hiddenSizes) {
        layers_.push_back(Linear::torchDefault(in, size, generator));
        in = size;
    }
    layers_.push_back(Linear::torchDefault(in, classes_, generator));

    for (int64_t start = 0; start < n; start += options.batchSize) {
        const int64_t rows = std::min(options.batchSize, n - start);
        Batch batch {
            Tensor::uninitialized({rows, 2}), {y.begin() + start, y.begin() + start + rows}};
        std::copy(x.data() + 2 * start, x.data() + 2 * (start + rows), batch.x.data());
        batches_.push_back(std::move(batch));
    }
}

float Trainer::step()
{
    if (divergedAt_)
        throw std::logic_error("the run diverged at step " + std::to_string(*divergedAt_));
    const Batch &batch = batches_[static_cast<size_t>(steps_ % batchCount())];
    Sequential model = Sequential::mlp(layers_, activations_);
    const std::vector<Tensor> outputs = model.forward(batch.x);
    const float loss = crossEntropy(outputs.back(), batch.y);
    if (!std::isfinite(loss)) {
        divergedAt_ = steps_++;
        return loss;
    }
    const SequentialGradients gradients
        = model.backward(crossEntropyBackward(outputs.back(), batch.y));
    std::vector<NamedTensor> parameters = model.parameters(); // weight, bias, weight, ...
    optimizer_->step(parameters, gradients.parameters);
    for (size_t i = 0; i < layers_.size(); ++i)
        layers_[i]
            = Linear(std::move(parameters[2 * i].tensor), std::move(parameters[2 * i + 1].tensor));
    ++steps_;
    return loss;
}

} // namespace al
