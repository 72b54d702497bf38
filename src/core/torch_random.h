#pragma once

// PyTorch's CPU random numbers, reproduced bit for bit where PyTorch is deterministic:
// torch.manual_seed(S) seeds an mt19937 (the standard engine, whose output the C++ standard fixes),
// and torch.randn / Tensor.uniform_ / nn.Linear's initialisation draw from it with PyTorch's
// recipes (aten/src/ATen/core/DistributionsHelper.h, native/cpu/DistributionTemplates.h).

#include "core/tensor.h"

#include <cstdint>
#include <optional>

namespace al {

// std::mt19937, whose output the C++ standard fixes, with a fill of many words at once: its twist
// and tempering run over whole arrays, so that the compiler vectorises them (std::mt19937 one word
// at a time took 19 ms of the 78 of a deep stack's draw of 6.6 million words).
class Mt19937 {
public:
    explicit Mt19937(uint32_t seed = 5489u) { this->seed(seed); }
    void seed(uint32_t seed);
    uint32_t operator()()
    {
        if (next_ == kSize)
            twist();
        return temper(state_[next_++]);
    }
    void fill(uint32_t *out, int64_t n);

private:
    static constexpr int kSize = 624;
    static uint32_t temper(uint32_t y)
    {
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        return y ^ (y >> 18);
    }
    void twist();

    uint32_t state_[kSize];
    int next_ = kSize;
};

class TorchGenerator {
public:
    explicit TorchGenerator(uint64_t seed = 67280421310721ULL) { manualSeed(seed); }

    // torch.manual_seed(seed)
    void manualSeed(uint64_t seed);

    uint32_t random() { return engine_(); }
    void random(uint32_t *out, int64_t n) { engine_.fill(out, n); } // n random() in order
    uint64_t random64();

    // at::uniform_real_distribution<float>: 24 random bits scaled to [0, 1), then to [from, to).
    float uniformFloat(float from, float to);
    // at::uniform_real_distribution<double>: 53 random bits.
    double uniformDouble(double from, double to);
    // at::normal_distribution<double>, with PyTorch's cached second Box-Muller sample.
    double normalDouble(double mean, double stddev);

private:
    Mt19937 engine_;
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
