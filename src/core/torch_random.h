#pragma once

// PyTorch's CPU random numbers, reproduced bit for bit where PyTorch is deterministic:
// torch.manual_seed(S) seeds an mt19937 (the standard engine, whose output the C++ standard fixes),
// and torch.randn / Tensor.uniform_ / nn.Linear's initialisation draw from it with PyTorch's
// recipes (aten/src/ATen/core/DistributionsHelper.h, native/cpu/DistributionTemplates.h).

#include "core/tensor.h"

#include <cstdint>
#include <optional>
#include <random>

namespace al {

class TorchGenerator {
public:
    explicit TorchGenerator(uint64_t seed = 67280421310721ULL) { manualSeed(seed); }

    // torch.manual_seed(seed)
    void manualSeed(uint64_t seed);

    uint32_t random() { return static_cast<uint32_t>(engine_()); }
    uint64_t random64();

    // at::uniform_real_distribution<float>: 24 random bits scaled to [0, 1), then to [from, to).
    float uniformFloat(float from, float to);
    // at::uniform_real_distribution<double>: 53 random bits.
    double uniformDouble(double from, double to);
    // at::normal_distribution<double>, with PyTorch's cached second Box-Muller sample.
    double normalDouble(double mean, double stddev);

private:
    std::mt19937 engine_;
    std::optional<double> nextDoubleNormal_;
};

// torch.randn(shape): normalFill(mean 0, std 1) of a new tensor.
Tensor randn(const Shape &shape, TorchGenerator &generator);
// tensor.normal_(mean, std): normal_fill in blocks of 16 for 16 or more elements (mean and std
// as float), else per element (in double, then rounded).
void normalFill(Tensor &tensor, double mean, double stddev, TorchGenerator &generator);
// tensor.uniform_(from, to), in element order.
void uniformFill(Tensor &tensor, double from, double to, TorchGenerator &generator);

} // namespace al
