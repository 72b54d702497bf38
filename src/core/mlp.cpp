#include "core/mlp.h"

#include "core/activation.h"

namespace al {

Mlp::Mlp(std::vector<Linear> layers, std::vector<Activation> hiddenActivations, Tensor input)
    : layers_(std::move(layers))
    , activations_(std::move(hiddenActivations))
{
    if (layers_.empty())
        throw ShapeError("a network needs at least one Linear layer");
    for (size_t i = 1; i < layers_.size(); ++i)
        if (layers_[i].inFeatures() != layers_[i - 1].outFeatures())
            throw ShapeError("fc" + std::to_string(i + 1) + " takes "
                + std::to_string(layers_[i].inFeatures()) + " features but fc" + std::to_string(i)
                + " gives " + std::to_string(layers_[i - 1].outFeatures()));
    if (activations_.size() + 1 != layers_.size())
        throw ShapeError(std::to_string(layers_.size()) + " layers need "
            + std::to_string(layers_.size() - 1) + " hidden activations, got "
            + std::to_string(activations_.size()));
    for (const Activation &activation : activations_)
        if (!activation.isElementwise())
            throw ShapeError("hidden activations must be elementwise");
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
    if (records_.empty()) {
        records_.push_back({"input", StageKind::Input, -1, std::move(input)});
        return;
    }
    records_.front().output = std::move(input);
    recompute();
}

void Mlp::setLayer(int index, Linear layer)
{
    Linear &old = layers_.at(static_cast<size_t>(index));
    if (layer.inFeatures() != old.inFeatures() || layer.outFeatures() != old.outFeatures())
        throw ShapeError("fc" + std::to_string(index + 1) + " must keep its shape "
            + shapeToString(old.weight().shape()));
    old = std::move(layer);
    recompute();
}

void Mlp::setHiddenActivation(int index, Activation activation)
{
    if (!activation.isElementwise())
        throw ShapeError("hidden activations must be elementwise");
    activations_.at(static_cast<size_t>(index)) = activation;
    recompute();
}

std::string Mlp::stageName(int stage) const
{
    if (stage == 0)
        return "input";
    if (stage == stageCount() - 1)
        return "softmax";
    if (stage % 2 == 1)
        return "fc" + std::to_string((stage + 1) / 2);
    return activations_.at(static_cast<size_t>(stage / 2 - 1)).name();
}

Shape Mlp::stageShape(int stage) const
{
    const int64_t batch = input().size(0);
    if (stage == 0)
        return {batch, layers_.front().inFeatures()};
    return {batch, layers_.at(static_cast<size_t>((stage - 1) / 2)).outFeatures()};
}

StageRecord Mlp::computeStage(int stage) const
{
    const Tensor &previous = records_.at(static_cast<size_t>(stage - 1)).output;
    const int layer = (stage - 1) / 2;
    if (stage == stageCount() - 1) {
        Activation softmax = Activation::named("softmax");
        softmax.set("dim", 1);
        return {stageName(stage), StageKind::Softmax, layer, forward(softmax, previous)};
    }
    if (stage % 2 == 1)
        return {stageName(stage), StageKind::Linear, layer,
            layers_[static_cast<size_t>(layer)].forward(previous)};
    return {stageName(stage), StageKind::Activation, layer,
        forward(activations_[static_cast<size_t>(layer)], previous)};
}

void Mlp::recompute()
{
    const int stage = currentStage();
    records_.resize(1);
    while (currentStage() < stage)
        step();
}

bool Mlp::step()
{
    if (currentStage() + 1 >= stageCount())
        return false;
    records_.push_back(computeStage(currentStage() + 1));
    return true;
}

bool Mlp::stepBack()
{
    if (currentStage() == 0)
        return false;
    records_.pop_back();
    return true;
}

void Mlp::reset()
{
    records_.resize(1);
}

void Mlp::runAll()
{
    while (step()) { }
}

} // namespace al
