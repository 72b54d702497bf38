#include "core/mlp.h"

#include "core/activation.h"

#include <algorithm>

namespace al {

Mlp::Mlp(std::vector<Linear> layers, std::vector<Activation> hiddenActivations, Tensor input)
    : layers_(std::move(layers))
    , activations_(std::move(hiddenActivations))
{
    Sequential::mlp(layers_, activations_); // throws ShapeError for a network that does not chain
    setInput(std::move(input));
}

std::vector<Activation> Mlp::defaultHiddenActivations()
{
    return {Activation::named("relu"), Activation::named("tanh")};
}

Mlp Mlp::fromTorchSeed(uint64_t seed, const std::vector<int64_t> &sizes, int64_t batch,
    std::vector<Activation> hiddenActivations)
{
    if (sizes.size() < 2 || batch < 1)
        throw ShapeError("a network needs at least an input and an output size, and a batch");
    if (sizes.size() > static_cast<size_t>(kMaxLayers) + 1 || batch > kMaxBatch
        || *std::max_element(sizes.begin(), sizes.end()) > kMaxLayerWidth)
        throw ShapeError("the network or its batch is beyond the limits ("
            + std::to_string(kMaxLayers) + " layers of " + std::to_string(kMaxLayerWidth)
            + " units, a batch of " + std::to_string(kMaxBatch) + ")");
    TorchGenerator generator(seed);
    Tensor input = randn({batch, sizes.front()}, generator);
    std::vector<Linear> layers;
    for (size_t i = 0; i + 1 < sizes.size(); ++i) {
        if (sizes[i] < 1 || sizes[i + 1] < 1)
            throw ShapeError("layer sizes must be at least 1");
        layers.push_back(Linear::torchDefault(sizes[i], sizes[i + 1], generator));
    }
    return Mlp(std::move(layers), std::move(hiddenActivations), std::move(input));
}

void Mlp::setInput(Tensor input)
{
    if (input.rank() != 2 || input.size(0) < 1 || input.size(1) != layers_.front().inFeatures())
        throw ShapeError("the input must have shape [batch, "
            + std::to_string(layers_.front().inFeatures()) + "], got "
            + shapeToString(input.shape()));
    if (input.size(0) > kMaxBatch)
        throw ShapeError("a batch has at most " + std::to_string(kMaxBatch) + " samples, got "
            + std::to_string(input.size(0)));
    record(std::move(input));
}

void Mlp::setLayer(int index, Linear layer)
{
    Linear &old = layers_.at(static_cast<size_t>(index));
    if (layer.inFeatures() != old.inFeatures() || layer.outFeatures() != old.outFeatures())
        throw ShapeError("fc" + std::to_string(index + 1) + " must keep its shape "
            + shapeToString(old.weight().shape()));
    old = std::move(layer);
    record(input());
}

void Mlp::setHiddenActivation(int index, Activation activation)
{
    if (!activation.isElementwise())
        throw ShapeError("hidden activations must be elementwise");
    activations_.at(static_cast<size_t>(index)) = activation;
    record(input());
}

void Mlp::record(Tensor input)
{
    Sequential model = Sequential::mlp(layers_, activations_);
    const std::vector<Tensor> outputs = model.forward(input);
    std::vector<StageRecord> recording {{"input", StageKind::Input, -1, std::move(input)}};
    for (int stage = 1; stage < static_cast<int>(outputs.size()); ++stage)
        recording.push_back(
            {model.stageName(stage - 1), stage % 2 == 1 ? StageKind::Linear : StageKind::Activation,
                layerOf(stage), outputs[size_t(stage)]});
    Activation softmax = Activation::named("softmax");
    softmax.set("dim", 1);
    recording.push_back({"softmax", StageKind::Softmax, static_cast<int>(layers_.size()) - 1,
        forward(softmax, outputs.back())});
    recording_ = std::move(recording);
}

bool Mlp::step()
{
    if (current_ + 1 >= stageCount())
        return false;
    ++current_;
    return true;
}

bool Mlp::stepBack()
{
    if (current_ == 0)
        return false;
    --current_;
    return true;
}

void Mlp::reset()
{
    current_ = 0;
}

void Mlp::runAll()
{
    current_ = stageCount() - 1;
}

} // namespace al
