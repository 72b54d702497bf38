#include "core/torch_random.h"

#include "core/elementwise.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace al {

namespace {

// Each fill has an AVX2 + FMA variant, chosen at run time, and a portable one: std::fma is exact
// either way, so both give the same bits. (Through libm's fmaf, one call per fused step, drawing a
// deep stack of 50 x 256 x 256 took over 100 ms.)
#define AL_INLINE [[gnu::always_inline]] inline

constexpr double kPi = 3.14159265358979323846;

// PyTorch's AVX2 build draws randn through avx_mathfun.h (Cephes' logf and sincosf, eight lanes at
// a time) and its compiler fuses every multiply that feeds an add. The same operations on one lane
// give the same bits.
float mad(float a, float b, float c)
{
    return std::fma(a, b, c);
}

float bitsToFloat(uint32_t bits)
{
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

uint32_t floatToBits(float f)
{
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

float cephesLog(float x)
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

void cephesSinCos(float x, float *sine, float *cosine)
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
void normalFill16(float *data, float mean, float stddev)
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

void normalFillBlocksPortable(float *data, int64_t blocks, float mean, float stddev)
{
    for (int64_t b = 0; b < blocks; ++b)
        normalFill16(data + 16 * b, mean, stddev);
}

#if defined(__x86_64__) && defined(__GNUC__)
// cephesLog, cephesSinCos and normalFill16 on eight lanes, the same operations lane by lane as
// avx_mathfun.h (their source) does them: the compiler does not vectorise the scalar forms, whose
// 16 values a block took 27 of the 50 ms of a deep stack's draw.
namespace avx2 {

__attribute__((target("avx2,fma"))) inline __m256 floats(uint32_t bits)
{
    return _mm256_castsi256_ps(_mm256_set1_epi32(static_cast<int>(bits)));
}

__attribute__((target("avx2,fma"))) inline __m256 cephesLog(__m256 x)
{
    const __m256 one = _mm256_set1_ps(1.0f);
    const __m256 invalid = _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LE_OQ);
    const __m256 smallest = floats(0x00800000u); // std::max(x, smallest): x unless x < smallest
    x = _mm256_blendv_ps(x, smallest, _mm256_cmp_ps(x, smallest, _CMP_LT_OQ));
    __m256i exponent = _mm256_srli_epi32(_mm256_castps_si256(x), 23);
    x = _mm256_or_ps(_mm256_and_ps(x, floats(~0x7f800000u)), _mm256_set1_ps(0.5f));
    exponent = _mm256_sub_epi32(exponent, _mm256_set1_epi32(0x7f));
    __m256 e = _mm256_add_ps(_mm256_cvtepi32_ps(exponent), one);
    const __m256 small = _mm256_cmp_ps(x, _mm256_set1_ps(0.707106781186547524f), _CMP_LT_OQ);
    const __m256 tmp = _mm256_and_ps(small, x);
    x = _mm256_sub_ps(x, one);
    e = _mm256_sub_ps(e, _mm256_and_ps(small, one));
    x = _mm256_add_ps(x, tmp);
    const __m256 z = _mm256_mul_ps(x, x);
    __m256 y = _mm256_set1_ps(7.0376836292E-2f);
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(-1.1514610310E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.1676998740E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(-1.2420140846E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(+1.4249322787E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(-1.6668057665E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(+2.0000714765E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(-2.4999993993E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(+3.3333331174E-1f));
    y = _mm256_mul_ps(y, x);
    y = _mm256_fmadd_ps(y, z, _mm256_mul_ps(e, _mm256_set1_ps(-2.12194440e-4f)));
    y = _mm256_fmadd_ps(_mm256_xor_ps(z, floats(0x80000000u)), _mm256_set1_ps(0.5f), y);
    x = _mm256_add_ps(x, y);
    x = _mm256_fmadd_ps(e, _mm256_set1_ps(0.693359375f), x);
    return _mm256_blendv_ps(x, _mm256_set1_ps(std::numeric_limits<float>::quiet_NaN()), invalid);
}

__attribute__((target("avx2,fma"))) inline void cephesSinCos(__m256 x, __m256 *sine, __m256 *cosine)
{
    const __m256 sign = floats(0x80000000u);
    const __m256i negative = _mm256_srai_epi32(_mm256_castps_si256(x), 31); // all ones if set
    x = _mm256_andnot_ps(sign, x);
    __m256 y = _mm256_mul_ps(x, _mm256_set1_ps(1.27323954473516f));
    __m256i j = _mm256_cvttps_epi32(y);
    j = _mm256_and_si256(_mm256_add_epi32(j, _mm256_set1_epi32(1)), _mm256_set1_epi32(~1));
    y = _mm256_cvtepi32_ps(j);
    const __m256i four = _mm256_set1_epi32(4), zero = _mm256_setzero_si256();
    const __m256i swapSine
        = _mm256_cmpeq_epi32(_mm256_cmpeq_epi32(_mm256_and_si256(j, four), zero), zero);
    const __m256 firstPolynomial
        = _mm256_castsi256_ps(_mm256_cmpeq_epi32(_mm256_and_si256(j, _mm256_set1_epi32(2)), zero));
    x = _mm256_fmadd_ps(y, _mm256_set1_ps(-0.78515625f), x);
    x = _mm256_fmadd_ps(y, _mm256_set1_ps(-2.4187564849853515625e-4f), x);
    x = _mm256_fmadd_ps(y, _mm256_set1_ps(-3.77489497744594108e-8f), x);
    const __m256i negateCosine = _mm256_cmpeq_epi32(
        _mm256_and_si256(_mm256_sub_epi32(j, _mm256_set1_epi32(2)), four), zero);
    const __m256 z = _mm256_mul_ps(x, x);
    __m256 c = _mm256_set1_ps(2.443315711809948E-005f);
    c = _mm256_fmadd_ps(c, z, _mm256_set1_ps(-1.388731625493765E-003f));
    c = _mm256_fmadd_ps(c, z, _mm256_set1_ps(4.166664568298827E-002f));
    c = _mm256_mul_ps(c, z);
    c = _mm256_fmadd_ps(c, z, _mm256_xor_ps(_mm256_mul_ps(z, _mm256_set1_ps(0.5f)), sign));
    c = _mm256_add_ps(c, _mm256_set1_ps(1.0f));
    __m256 s = _mm256_set1_ps(-1.9515295891E-4f);
    s = _mm256_fmadd_ps(s, z, _mm256_set1_ps(8.3321608736E-3f));
    s = _mm256_fmadd_ps(s, z, _mm256_set1_ps(-1.6666654611E-1f));
    s = _mm256_mul_ps(s, z);
    s = _mm256_fmadd_ps(s, x, x);
    const __m256 sinValue = _mm256_blendv_ps(c, s, firstPolynomial);
    const __m256 cosValue = _mm256_blendv_ps(s, c, firstPolynomial);
    const __m256 flipSine = _mm256_castsi256_ps(_mm256_xor_si256(negative, swapSine));
    *sine = _mm256_xor_ps(sinValue, _mm256_and_ps(flipSine, sign));
    *cosine = _mm256_xor_ps(cosValue, _mm256_and_ps(_mm256_castsi256_ps(negateCosine), sign));
}

} // namespace avx2

__attribute__((target("avx2,fma"))) void uniformFromWordsAvx2(
    const uint32_t *words, int64_t n, float from, float to, float *out)
{
    uniformFromWordsBody(words, n, from, to, out);
}
__attribute__((target("avx2,fma"))) void normalFillBlocksAvx2(
    float *data, int64_t blocks, float mean, float stddev)
{
    const __m256 means = _mm256_set1_ps(mean), stddevs = _mm256_set1_ps(stddev);
    const __m256 twoPi = _mm256_set1_ps(static_cast<float>(2.0 * kPi));
    for (int64_t b = 0; b < blocks; ++b) {
        float *block = data + 16 * b;
        const __m256 u1 = _mm256_sub_ps(_mm256_set1_ps(1.0f), _mm256_loadu_ps(block));
        const __m256 u2 = _mm256_loadu_ps(block + 8);
        const __m256 radius
            = _mm256_sqrt_ps(_mm256_mul_ps(_mm256_set1_ps(-2.0f), avx2::cephesLog(u1)));
        __m256 sine, cosine;
        avx2::cephesSinCos(_mm256_mul_ps(twoPi, u2), &sine, &cosine);
        _mm256_storeu_ps(block, _mm256_fmadd_ps(_mm256_mul_ps(radius, cosine), stddevs, means));
        _mm256_storeu_ps(block + 8, _mm256_fmadd_ps(_mm256_mul_ps(radius, sine), stddevs, means));
    }
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
    normalFillBlocksPortable(data, blocks, mean, stddev);
}

// n uniformFloat(from, to) draws in order: the words drawn a block at a time, then converted.
void uniformDraws(TorchGenerator &generator, float *out, int64_t n, float from, float to)
{
    constexpr int64_t kBlock = 256;
    uint32_t words[kBlock];
    for (int64_t start = 0; start < n; start += kBlock) {
        const int64_t count = std::min(kBlock, n - start);
        generator.random(words, count);
        uniformFromWords(words, count, from, to, out + start);
    }
}

} // namespace

void Mt19937::seed(uint32_t seed)
{
    state_[0] = seed;
    for (int i = 1; i < kSize; ++i)
        state_[i]
            = 1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<uint32_t>(i);
    next_ = kSize;
}

void Mt19937::twist()
{
    // In three loops, the words each reads from 397 on or 227 back known to the compiler.
    constexpr int kShift = 397;
    auto mixed = [](uint32_t word, uint32_t following) {
        const uint32_t y = (word & 0x80000000u) | (following & 0x7fffffffu);
        return (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    };
    for (int i = 0; i < kSize - kShift; ++i)
        state_[i] = state_[i + kShift] ^ mixed(state_[i], state_[i + 1]);
    for (int i = kSize - kShift; i < kSize - 1; ++i)
        state_[i] = state_[i + kShift - kSize] ^ mixed(state_[i], state_[i + 1]);
    state_[kSize - 1] = state_[kShift - 1] ^ mixed(state_[kSize - 1], state_[0]);
    next_ = 0;
}

void Mt19937::fill(uint32_t *out, int64_t n)
{
    while (n > 0) {
        if (next_ == kSize)
            twist();
        const int count = static_cast<int>(std::min<int64_t>(n, kSize - next_));
        for (int i = 0; i < count; ++i)
            out[i] = temper(state_[next_ + i]);
        next_ += count;
        out += count;
        n -= count;
    }
}

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
