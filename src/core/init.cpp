#include "core/init.h"

#include <cmath>

namespace al {

void kaimingNormal(Tensor &weight, TorchGenerator &generator)
{
    // The same double arithmetic as calculate_gain('relu') / math.sqrt(fan).
    const double stddev = std::sqrt(2.0) / std::sqrt(static_cast<double>(weight.size(1)));
    normalFill(weight, 0.0, stddev, generator);
}

void xavierUniform(Tensor &weight, TorchGenerator &generator)
{
    const double stddev = std::sqrt(2.0 / static_cast<double>(weight.size(1) + weight.size(0)));
    const double bound = std::sqrt(3.0) * stddev;
    uniformFill(weight, -bound, bound, generator);
}

Linear initializedLinear(
    int64_t inFeatures, int64_t outFeatures, Init init, TorchGenerator &generator)
{
    Linear layer = Linear::torchDefault(inFeatures, outFeatures, generator);
    // The recipes draw the weight again in place (no copy of it).
    switch (init) {
    case Init::Default:
        return layer;
    case Init::Kaiming:
        kaimingNormal(layer.mutableWeight(), generator);
        break;
    case Init::Xavier:
        xavierUniform(layer.mutableWeight(), generator);
        break;
    }
    return Linear(std::move(layer.mutableWeight()), Tensor({outFeatures}));
}

} // namespace al
