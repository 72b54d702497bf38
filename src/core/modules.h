#pragma once

// A network that can go backward, in the manner of torch.nn: modules that cache what their
// forward saw, and a Sequential that runs them in order and back again.
//
//   Sequential net = Sequential::mlp(layers, hiddenActivations);
//   const std::vector<Tensor> outputs = net.forward(x); // input, fc1, relu, ..., fc3 (logits)
//   const Tensor gradLogits = crossEntropyBackward(outputs.back(), targets);
//   const SequentialGradients grads = net.backward(gradLogits);

#include "core/activation.h"
#include "core/linear.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace al {

struct NamedTensor {
    std::string name; // "weight", "bias"; in a Sequential "fc1.weight", as in a state_dict
    Tensor tensor;
};

class Module {
public:
    virtual ~Module() = default;
    virtual std::string name() const = 0; // "linear", or the activation's functional name
    // Keeps what backward needs.
    virtual Tensor forward(const Tensor &x) = 0;
    // The gradient with respect to the last forward's input, given the one with respect to its
    // output; keeps the parameters' gradients. Throws std::logic_error before any forward.
    virtual Tensor backward(const Tensor &gradOutput) = 0;
    // In PyTorch's order (weight, then bias); none for an activation.
    virtual std::vector<NamedTensor> parameters() const { return {}; }
    // The parameters' gradients from the last backward; none before it.
    virtual std::vector<NamedTensor> gradients() const { return {}; }
};

class LinearModule : public Module {
public:
    explicit LinearModule(Linear layer);
    const Linear &layer() const { return layer_; }

    std::string name() const override { return "linear"; }
    Tensor forward(const Tensor &x) override;
    Tensor backward(const Tensor &gradOutput) override;
    std::vector<NamedTensor> parameters() const override;
    std::vector<NamedTensor> gradients() const override;

private:
    Linear layer_;
    std::optional<Tensor> input_;
    std::optional<LinearGradients> gradients_;
};

class ActivationModule : public Module {
public:
    explicit ActivationModule(Activation activation);
    const Activation &activation() const { return activation_; }

    std::string name() const override;
    Tensor forward(const Tensor &x) override;
    Tensor backward(const Tensor &gradOutput) override;

private:
    Activation activation_;
    std::optional<Tensor> input_, output_;
};

struct SequentialGradients {
    // With respect to each tensor forward returned: [0] the input, [i + 1] stage i's output.
    std::vector<Tensor> outputs;
    // Every parameter's, stage by stage: "fc1.weight", "fc1.bias", "fc2.weight", ...
    std::vector<NamedTensor> parameters;
};

class Sequential {
public:
    void append(std::string name, std::unique_ptr<Module> module);
    // fc1, activation 1, fc2, ..., fcL (the logits), stages named as in Mlp; throws ShapeError
    // under the same conditions as Mlp's constructor.
    static Sequential mlp(
        const std::vector<Linear> &layers, const std::vector<Activation> &hiddenActivations);

    int size() const { return static_cast<int>(stages_.size()); }
    const std::string &stageName(int stage) const;
    const Module &module(int stage) const;
    // model.parameters(), named as in a state_dict: "fc1.weight", "fc1.bias", "fc2.weight", ...
    std::vector<NamedTensor> parameters() const;

    // Runs every stage; returns the input and each stage's output, in order.
    std::vector<Tensor> forward(const Tensor &input);
    // Back through every stage from the gradient with respect to the last output. Throws
    // std::logic_error before any forward.
    SequentialGradients backward(const Tensor &gradOutput);

private:
    struct Stage {
        std::string name;
        std::unique_ptr<Module> module;
    };
    std::vector<Stage> stages_;
};

} // namespace al
