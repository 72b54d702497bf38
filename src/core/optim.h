#pragma once

// torch.optim.SGD as PyTorch 1.13 runs it on the CPU (_single_tensor_sgd: foreach is off by
// default), without weight decay, dampening or Nesterov momentum; and the training loop that
// drives it on an Mlp's layers.

#include "core/activation.h"
#include "core/linear.h"
#include "core/modules.h"

#include <cstdint>
#include <vector>

namespace al {

class Sgd {
public:
    // torch.optim.SGD(params, lr=lr, momentum=momentum). Throws std::invalid_argument with
    // PyTorch's message for lr < 0 ("Invalid learning rate: -0.1") or momentum < 0 ("Invalid
    // momentum value: -1.0"), the value written as Python writes a float.
    explicit Sgd(double lr, double momentum = 0.0);

    // opt.step() for the parameters and their gradients, in the same order at every step (the
    // momentum buffers follow the parameters by position). Throws std::invalid_argument unless
    // every gradient has its parameter's shape.
    void step(std::vector<NamedTensor> &parameters, const std::vector<NamedTensor> &gradients);

private:
    float lr_, momentum_; // PyTorch's kernels take the scalars as float
    bool hasMomentum_; // momentum != 0, decided in double as in Python
    std::vector<Tensor> buffers_; // momentum_buffer, from the first step on
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
