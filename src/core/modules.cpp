#include "core/modules.h"

#include "core/activation.h"
#include "core/mlp.h"

#include <stdexcept>

namespace al {

namespace {

void checkForwardRan(bool ran, const std::string &module)
{
    if (!ran)
        throw std::logic_error(module + ": backward needs a forward first");
}

} // namespace

LinearModule::LinearModule(Linear layer)
    : layer_(std::move(layer))
{
}

Tensor LinearModule::forward(const Tensor &x)
{
    Tensor y = layer_.forward(x);
    input_ = x;
    return y;
}

Tensor LinearModule::backward(const Tensor &gradOutput)
{
    checkForwardRan(input_.has_value(), name());
    gradients_ = layer_.backward(*input_, gradOutput);
    return gradients_->gradInput;
}

std::vector<NamedTensor> LinearModule::parameters() const
{
    return {{"weight", layer_.weight()}, {"bias", layer_.bias()}};
}

std::vector<NamedTensor> LinearModule::gradients() const
{
    if (!gradients_)
        return {};
    return {{"weight", gradients_->gradWeight}, {"bias", gradients_->gradBias}};
}

ActivationModule::ActivationModule(Activation activation)
    : activation_(activation)
{
}

std::string ActivationModule::name() const
{
    return activation_.spec().functionalName;
}

Tensor ActivationModule::forward(const Tensor &x)
{
    Tensor y = al::forward(activation_, x);
    input_ = x;
    output_ = y;
    return y;
}

Tensor ActivationModule::backward(const Tensor &gradOutput)
{
    checkForwardRan(input_.has_value(), name());
    return al::backward(activation_, *input_, *output_, gradOutput);
}

void Sequential::append(std::string name, std::unique_ptr<Module> module)
{
    stages_.push_back({std::move(name), std::move(module)});
}

Sequential Sequential::mlp(
    const std::vector<Linear> &layers, const std::vector<Activation> &hiddenActivations)
{
    if (layers.empty())
        throw ShapeError("a network needs at least one Linear layer");
    if (layers.size() > static_cast<size_t>(kMaxLayers))
        throw ShapeError("a network has at most " + std::to_string(kMaxLayers) + " layers, got "
            + std::to_string(layers.size()));
    for (const Linear &layer : layers)
        if (layer.inFeatures() > kMaxLayerWidth || layer.outFeatures() > kMaxLayerWidth)
            throw ShapeError("a layer has at most " + std::to_string(kMaxLayerWidth)
                + " inputs and outputs, got " + shapeToString(layer.weight().shape()));
    if (hiddenActivations.size() + 1 != layers.size())
        throw ShapeError(std::to_string(layers.size()) + " layers need "
            + std::to_string(layers.size() - 1) + " hidden activations, got "
            + std::to_string(hiddenActivations.size()));
    Sequential network;
    for (size_t i = 0; i < layers.size(); ++i) {
        if (i > 0 && layers[i].inFeatures() != layers[i - 1].outFeatures())
            throw ShapeError("fc" + std::to_string(i + 1) + " takes "
                + std::to_string(layers[i].inFeatures()) + " features but fc" + std::to_string(i)
                + " gives " + std::to_string(layers[i - 1].outFeatures()));
        network.append("fc" + std::to_string(i + 1), std::make_unique<LinearModule>(layers[i]));
        if (i + 1 == layers.size())
            break;
        const Activation &activation = hiddenActivations[i];
        if (!activation.isElementwise())
            throw ShapeError("hidden activations must be elementwise");
        network.append(
            activation.spec().functionalName, std::make_unique<ActivationModule>(activation));
    }
    return network;
}

const std::string &Sequential::stageName(int stage) const
{
    return stages_.at(static_cast<size_t>(stage)).name;
}

const Module &Sequential::module(int stage) const
{
    return *stages_.at(static_cast<size_t>(stage)).module;
}

std::vector<NamedTensor> Sequential::parameters() const
{
    std::vector<NamedTensor> result;
    for (const Stage &stage : stages_)
        for (NamedTensor &parameter : stage.module->parameters())
            result.push_back({stage.name + "." + parameter.name, std::move(parameter.tensor)});
    return result;
}

std::vector<Tensor> Sequential::forward(const Tensor &input)
{
    std::vector<Tensor> outputs {input};
    for (Stage &stage : stages_)
        outputs.push_back(stage.module->forward(outputs.back()));
    return outputs;
}

SequentialGradients Sequential::backward(const Tensor &gradOutput)
{
    SequentialGradients result;
    result.outputs.resize(stages_.size() + 1);
    result.outputs.back() = gradOutput;
    for (size_t i = stages_.size(); i-- > 0;)
        result.outputs[i] = stages_[i].module->backward(result.outputs[i + 1]);
    for (const Stage &stage : stages_)
        for (NamedTensor &gradient : stage.module->gradients())
            result.parameters.push_back(
                {stage.name + "." + gradient.name, std::move(gradient.tensor)});
    return result;
}

} // namespace al
