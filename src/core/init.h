#pragma once

// torch.nn.init's recipes for a Linear layer's weight, drawn from the generator after nn.Linear
// drew its default weight and bias (which they replace, the bias with zeros).

#include "core/linear.h"
#include "core/torch_random.h"

namespace al {

enum class Init {
    Default, // nn.Linear's own: kaiming_uniform_(a=sqrt(5)), the bias from U(-1/sqrt(in), ..)
    Kaiming, // then kaiming_normal_(weight, nonlinearity='relu') and zeros_(bias)
    Xavier, // then xavier_uniform_(weight) and zeros_(bias)
};

// nn.init.kaiming_normal_(weight, mode='fan_in', nonlinearity='relu'): normal_(0, sqrt(2) /
// sqrt(fan_in)).
void kaimingNormal(Tensor &weight, TorchGenerator &generator);
// nn.init.xavier_uniform_(weight): uniform_(-a, a), a = sqrt(3) * sqrt(2 / (fan_in + fan_out)).
void xavierUniform(Tensor &weight, TorchGenerator &generator);

// l = nn.Linear(in, out), then the init's recipe.
Linear initializedLinear(
    int64_t inFeatures, int64_t outFeatures, Init init, TorchGenerator &generator);

} // namespace al
