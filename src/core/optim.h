#pragma once

// torch.optim.SGD and torch.optim.Adam as PyTorch 1.13 runs them on the CPU (_single_tensor_sgd
// and _single_tensor_adam: foreach is off by default), SGD without dampening or Nesterov momentum,
// Adam without amsgrad; and the training loop that drives SGD on an Mlp's layers.

#include "core/activation.h"
#include "core/linear.h"
#include "core/modules.h"

#include <cstdint>
#include <string>
#include <vector>

namespace al {

// Python's repr of a float: the shortest digits that read back, in fixed notation from 1e-4 to
// below 1e16 ("-0.1", "-1.0", "0.0001"), else as "-1e-05"; "nan", "inf", "-inf".
std::string pythonFloat(double value);

class Optimizer {
public:
    virtual ~Optimizer() = default;
    // opt.step() for the parameters and their gradients, in the same order at every step (the
    // optimizer's state follows the parameters by position). Throws std::invalid_argument unless
    // every gradient has its parameter's shape.
    void step(std::vector<NamedTensor> &parameters, const std::vector<NamedTensor> &gradients);
    // The same for parameters held elsewhere (a Trainer's layers), updated in place.
    void step(
        const std::vector<Tensor *> &parameters, const std::vector<const Tensor *> &gradients);

protected:
    virtual const char *name() const = 0; // "SGD", for messages
    // Called with gradients of the parameters' shapes.
    virtual void update(
        const std::vector<Tensor *> &parameters, const std::vector<const Tensor *> &gradients)
        = 0;
};

class Sgd : public Optimizer {
public:
    // torch.optim.SGD(params, lr=lr, momentum=momentum, weight_decay=weightDecay). Throws
    // std::invalid_argument with PyTorch's message, in PyTorch's order, for lr < 0 ("Invalid
    // learning rate: -0.1"), momentum < 0 ("Invalid momentum value: -1.0") or weight_decay < 0
    // ("Invalid weight_decay value: -0.1"), the value written as Python writes a float.
    explicit Sgd(double lr, double momentum = 0.0, double weightDecay = 0.0);

private:
    const char *name() const override { return "SGD"; }
    void update(const std::vector<Tensor *> &parameters,
        const std::vector<const Tensor *> &gradients) override;

    float lr_, momentum_, weightDecay_; // PyTorch's kernels take the scalars as float
    bool hasMomentum_, hasWeightDecay_; // != 0, decided in double as in Python
    std::vector<Tensor> buffers_; // momentum_buffer, from the first step on
};

class Adam : public Optimizer {
public:
    // torch.optim.Adam(params, lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weightDecay).
    // Throws std::invalid_argument with PyTorch's message, in PyTorch's order, for lr, eps or
    // weight_decay not >= 0 (NaN included) or a beta not in [0, 1) ("Invalid beta parameter at
    // index 0: 1.0").
    explicit Adam(double lr, double weightDecay = 0.0, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8);

private:
    const char *name() const override { return "Adam"; }
    void update(const std::vector<Tensor *> &parameters,
        const std::vector<const Tensor *> &gradients) override;

    double lr_, beta1_, beta2_, eps_, weightDecay_; // Python floats; the kernels cast to float
    struct State {
        float step; // state['step'], a float32 tensor: it stops counting at 2^24
        Tensor expAvg, expAvgSq;
    };
    std::vector<State> states_; // from the first step on
};

struct SgdRun {
    std::vector<float> losses; // each computed before its step
    std::vector<Linear> layers; // after the last step
};

// The loop, for the network Sequential::mlp(layers, hiddenActivations) builds:
//   for each step: opt.zero_grad(); loss = F.cross_entropy(model(x), t);
//                  losses.append(loss.item()); loss.backward(); opt.step()
// Throws what Sequential::mlp and crossEntropy throw.
SgdRun trainWithSgd(std::vector<Linear> layers, const std::vector<Activation> &hiddenActivations,
    const Tensor &input, const std::vector<int64_t> &targets, Sgd &optimizer, int steps);

} // namespace al
