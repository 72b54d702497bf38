#include "core/torch_random.h"

#include <cmath>

namespace al {

namespace {

constexpr double kPi = 3.14159265358979323846;

// normal_fill_16: Box-Muller on 8 pairs (u1 from the first half, u2 from the second).
void normalFill16(float *data)
{
    for (int j = 0; j < 8; ++j) {
        const float u1 = 1 - data[j]; // [0, 1) -> (0, 1] for the log
        const float u2 = data[j + 8];
        const float radius = std::sqrt(-2 * std::log(u1));
        const double theta = 2.0f * kPi * u2;
        data[j] = static_cast<float>(radius * std::cos(theta));
        data[j + 8] = static_cast<float>(radius * std::sin(theta));
    }
}

} // namespace

void TorchGenerator::manualSeed(uint64_t seed)
{
    engine_.seed(static_cast<uint32_t>(seed));
    nextDoubleNormal_.reset();
}

uint64_t TorchGenerator::random64()
{
    const uint64_t high = random();
    const uint64_t low = random();
    return (high << 32) | low;
}

float TorchGenerator::uniformFloat(float from, float to)
{
    constexpr uint32_t mask = (1u << 24) - 1;
    const float x = static_cast<float>(random() & mask) * (1.0f / static_cast<float>(1u << 24));
    // PyTorch's AVX2 build contracts this into one fused multiply-add.
    return std::fma(x, to - from, from);
}

double TorchGenerator::uniformDouble(double from, double to)
{
    constexpr uint64_t mask = (uint64_t(1) << 53) - 1;
    const double x = static_cast<double>(random64() & mask) * (1.0 / double(uint64_t(1) << 53));
    // PyTorch's AVX2 build contracts this into one fused multiply-add.
    return std::fma(x, to - from, from);
}

double TorchGenerator::normalDouble(double mean, double stddev)
{
    if (nextDoubleNormal_) {
        const double cached = *nextDoubleNormal_ * stddev + mean;
        nextDoubleNormal_.reset();
        return cached;
    }
    const double u1 = uniformDouble(0.0, 1.0);
    const double u2 = uniformDouble(0.0, 1.0);
    const double r = std::sqrt(-2.0 * std::log(1.0 - u2));
    const double theta = 2.0 * kPi * u1;
    nextDoubleNormal_ = r * std::sin(theta);
    return r * std::cos(theta) * stddev + mean;
}

Tensor randn(const Shape &shape, TorchGenerator &generator)
{
    Tensor tensor(shape);
    float *data = tensor.data();
    const int64_t size = tensor.numel();
    if (size < 16) {
        for (int64_t i = 0; i < size; ++i)
            data[i] = static_cast<float>(generator.normalDouble(0.0, 1.0));
        return tensor;
    }
    for (int64_t i = 0; i < size; ++i)
        data[i] = generator.uniformFloat(0.0f, 1.0f);
    for (int64_t i = 0; i + 16 <= size; i += 16)
        normalFill16(data + i);
    if (size % 16 != 0) {
        // PyTorch redraws the last 16 values and transforms them again.
        float *tail = data + size - 16;
        for (int i = 0; i < 16; ++i)
            tail[i] = generator.uniformFloat(0.0f, 1.0f);
        normalFill16(tail);
    }
    return tensor;
}

void uniformFill(Tensor &tensor, double from, double to, TorchGenerator &generator)
{
    const float lower = static_cast<float>(from);
    const float upper = static_cast<float>(to);
    float *data = tensor.data();
    for (int64_t i = 0; i < tensor.numel(); ++i)
        data[i] = generator.uniformFloat(lower, upper);
}

} // namespace al
