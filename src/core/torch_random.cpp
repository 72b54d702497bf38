#include "core/torch_random.h"

#include "core/elementwise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace al {

namespace {

// The math of the fills is inlined into an AVX2 + FMA variant of each fill, chosen at run time,
// and a portable one: std::fma is exact either way, so both give the same bits. (Through libm's
// fmaf, one call per fused step, drawing a deep stack of 50 x 256 x 256 took 200 ms.)
#define AL_INLINE [[gnu::always_inline]] inline

constexpr double kPi = 3.14159265358979323846;

// PyTorch's AVX2 build draws randn through avx_mathfun.h (Cephes' logf and sincosf, eight lanes at
// a time) and its compiler fuses every multiply that feeds an add. The same operations on one lane
// give the same bits.
AL_INLINE float mad(float a, float b, float c)
{
    return std::fma(a, b, c);
}

AL_INLINE float bitsToFloat(uint32_t bits)
{
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

AL_INLINE uint32_t floatToBits(float f)
{
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

AL_INLINE float cephesLog(float x)
{
    const bool invalid = x <= 0.0f;
    x = std::max(x, bitsToFloat(0x00800000u)); // cut off denormals
    int32_t exponent = static_cast<int32_t>(floatToBits(x) >> 23);
    x = bitsToFloat((floatToBits(x) & ~0x7f800000u) | floatToBits(0.5f));
    exponent -= 0x7f;
    float e = static_cast<float>(exponent) + 1.0f;
    const bool small = x < 0.707106781186547524f;
    const float tmp = small ? x : 0.0f;
    x = x - 1.0f;
    e = e - (small ? 1.0f : 0.0f);
    x = x + tmp;
    const float z = x * x;
    float y = 7.0376836292E-2f;
    y = mad(y, x, -1.1514610310E-1f);
    y = mad(y, x, 1.1676998740E-1f);
    y = mad(y, x, -1.2420140846E-1f);
    y = mad(y, x, +1.4249322787E-1f);
    y = mad(y, x, -1.6668057665E-1f);
    y = mad(y, x, +2.0000714765E-1f);
    y = mad(y, x, -2.4999993993E-1f);
    y = mad(y, x, +3.3333331174E-1f);
    // GCC fuses the first multiply it meets that feeds an add: here y * z, not e * q1.
    y = y * x;
    y = mad(y, z, e * -2.12194440e-4f);
    y = mad(-z, 0.5f, y);
    x = x + y;
    x = mad(e, 0.693359375f, x);
    return invalid ? std::numeric_limits<float>::quiet_NaN() : x;
}

AL_INLINE void cephesSinCos(float x, float *sine, float *cosine)
{
    const bool negative = std::signbit(x);
    x = std::abs(x);
    float y = x * 1.27323954473516f; // 4 / pi
    int32_t j = static_cast<int32_t>(y);
    j = (j + 1) & ~1;
    y = static_cast<float>(j);
    const bool swapSine = (j & 4) != 0;
    const bool firstPolynomial = (j & 2) == 0; // the sine takes the sine polynomial here
    x = mad(y, -0.78515625f, x);
    x = mad(y, -2.4187564849853515625e-4f, x);
    x = mad(y, -3.77489497744594108e-8f, x);
    const bool negateCosine = ((j - 2) & 4) == 0;
    const float z = x * x;
    float c = 2.443315711809948E-005f;
    c = mad(c, z, -1.388731625493765E-003f);
    c = mad(c, z, 4.166664568298827E-002f);
    c = c * z;
    c = mad(c, z, -(z * 0.5f));
    c = c + 1.0f;
    float s = -1.9515295891E-4f;
    s = mad(s, z, 8.3321608736E-3f);
    s = mad(s, z, -1.6666654611E-1f);
    s = s * z;
    s = mad(s, x, x);
    float sinValue = firstPolynomial ? s : c;
    float cosValue = firstPolynomial ? c : s;
    if (negative != swapSine)
        sinValue = -sinValue;
    if (negateCosine)
        cosValue = -cosValue;
    *sine = sinValue;
    *cosine = cosValue;
}

// normal_fill_16_AVX2: Box-Muller on 8 pairs (u1 from the first half, u2 from the second), each
// sample n stored as fma(n, std, mean).
AL_INLINE void normalFill16(float *data, float mean, float stddev)
{
    const float twoPi = static_cast<float>(2.0 * kPi);
    for (int j = 0; j < 8; ++j) {
        const float u1 = 1.0f - data[j]; // [0, 1) -> (0, 1] for the log
        const float u2 = data[j + 8];
        const float radius = std::sqrt(-2.0f * cephesLog(u1));
        float sine, cosine;
        cephesSinCos(twoPi * u2, &sine, &cosine);
        data[j] = std::fma(radius * cosine, stddev, mean);
        data[j + 8] = std::fma(radius * sine, stddev, mean);
    }
}

// The values of n uniformFloat(from, to) draws, from their random() words.
AL_INLINE void uniformFromWordsBody(
    const uint32_t *words, int64_t n, float from, float to, float *out)
{
    constexpr uint32_t mask = (1u << 24) - 1;
    for (int64_t i = 0; i < n; ++i) {
        const float x = static_cast<float>(words[i] & mask) * (1.0f / static_cast<float>(1u << 24));
        // PyTorch's AVX2 build contracts this into one fused multiply-add.
        out[i] = std::fma(x, to - from, from);
    }
}

AL_INLINE void normalFillBlocksBody(float *data, int64_t blocks, float mean, float stddev)
{
    for (int64_t b = 0; b < blocks; ++b)
        normalFill16(data + 16 * b, mean, stddev);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,fma"))) void uniformFromWordsAvx2(
    const uint32_t *words, int64_t n, float from, float to, float *out)
{
    uniformFromWordsBody(words, n, from, to, out);
}
__attribute__((target("avx2,fma"))) void normalFillBlocksAvx2(
    float *data, int64_t blocks, float mean, float stddev)
{
    normalFillBlocksBody(data, blocks, mean, stddev);
}
#endif

void uniformFromWords(const uint32_t *words, int64_t n, float from, float to, float *out)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (elementwise::detail::avx2Fma())
        return uniformFromWordsAvx2(words, n, from, to, out);
#endif
    uniformFromWordsBody(words, n, from, to, out);
}

void normalFillBlocks(float *data, int64_t blocks, float mean, float stddev)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (elementwise::detail::avx2Fma())
        return normalFillBlocksAvx2(data, blocks, mean, stddev);
#endif
    normalFillBlocksBody(data, blocks, mean, stddev);
}

// n uniformFloat(from, to) draws in order: the words drawn a block at a time, then converted.
void uniformDraws(TorchGenerator &generator, float *out, int64_t n, float from, float to)
{
    constexpr int64_t kBlock = 256;
    uint32_t words[kBlock];
    for (int64_t start = 0; start < n; start += kBlock) {
        const int64_t count = std::min(kBlock, n - start);
        for (int64_t i = 0; i < count; ++i)
            words[i] = generator.random();
        uniformFromWords(words, count, from, to, out + start);
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
    const uint32_t word = random();
    float value;
    uniformFromWordsBody(&word, 1, from, to, &value);
    return value;
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
    normalFill(tensor, 0.0, 1.0, generator);
    return tensor;
}

void normalFill(Tensor &tensor, double mean, double stddev, TorchGenerator &generator)
{
    float *data = tensor.data();
    const int64_t size = tensor.numel();
    if (size < 16) {
        for (int64_t i = 0; i < size; ++i)
            data[i] = static_cast<float>(generator.normalDouble(mean, stddev));
        return;
    }
    const float meanFloat = static_cast<float>(mean), stddevFloat = static_cast<float>(stddev);
    uniformDraws(generator, data, size, 0.0f, 1.0f);
    normalFillBlocks(data, size / 16, meanFloat, stddevFloat);
    if (size % 16 != 0) {
        // PyTorch redraws the last 16 values and transforms them again.
        float *tail = data + size - 16;
        uniformDraws(generator, tail, 16, 0.0f, 1.0f);
        normalFillBlocks(tail, 1, meanFloat, stddevFloat);
    }
}

void uniformFill(Tensor &tensor, double from, double to, TorchGenerator &generator)
{
    uniformDraws(
        generator, tensor.data(), tensor.numel(), static_cast<float>(from), static_cast<float>(to));
}

} // namespace al
