#include "core/kernels.h"

#include "core/torch_math.h"

#include <algorithm>
#include <cmath>

// Each loop is written once (an always-inline body) and compiled twice: for AVX2 + FMA, chosen at
// run time on CPUs that have both, and portable. std::fma is exact either way, so both variants
// give the same bits; the AVX2 one is just eight lanes at a time.
#if defined(__x86_64__) && defined(__GNUC__)
#define AL_BODY static inline __attribute__((always_inline))
#define AL_AVX2 __attribute__((target("avx2,fma")))
#define AL_KERNEL(name, params, args)                                                              \
    AL_AVX2 static void name##Avx2 params                                                          \
    {                                                                                              \
        name##Body args;                                                                           \
    }                                                                                              \
    static void name##Portable params                                                              \
    {                                                                                              \
        name##Body args;                                                                           \
    }                                                                                              \
    void name params                                                                               \
    {                                                                                              \
        static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");  \
        if (avx2)                                                                                  \
            name##Avx2 args;                                                                       \
        else                                                                                       \
            name##Portable args;                                                                   \
    }
#else
#define AL_BODY static inline
#define AL_KERNEL(name, params, args)                                                              \
    void name params                                                                               \
    {                                                                                              \
        name##Body args;                                                                           \
    }
#endif

namespace al::kernels {

namespace {
constexpr int kLanes = 8; // an AVX2 register of floats, as PyTorch's Vectorized<float>
}

AL_BODY void reluForwardBody(const float *x, float *y, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = x[i] <= 0.0f ? 0.0f : x[i]; // NaN is not <= 0, so it passes through
}
AL_KERNEL(reluForward, (const float *x, float *y, int64_t n), (x, y, n))

AL_BODY void reluBackwardBody(const float *y, const float *grad, float *out, int64_t n)
{
    // threshold_backward on the result: zero where y <= 0.
    for (int64_t i = 0; i < n; ++i)
        out[i] = y[i] <= 0.0f ? 0.0f : grad[i];
}
AL_KERNEL(
    reluBackward, (const float *y, const float *grad, float *out, int64_t n), (y, grad, out, n))

AL_BODY void leakyReluForwardBody(const float *x, float *y, int64_t n, float slope)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = x[i] > 0.0f ? x[i] : x[i] * slope;
}
AL_KERNEL(leakyReluForward, (const float *x, float *y, int64_t n, float slope), (x, y, n, slope))

AL_BODY void leakyReluBackwardBody(
    const float *x, const float *grad, float *out, int64_t n, float slope)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] = x[i] > 0.0f ? grad[i] : grad[i] * slope;
}
AL_KERNEL(leakyReluBackward,
    (const float *x, const float *grad, float *out, int64_t n, float slope),
    (x, grad, out, n, slope))

AL_BODY void sigmoidForwardBody(const float *x, float *y, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = 1.0f / (torch_math::exp(-x[i]) + 1.0f);
}
AL_KERNEL(sigmoidForward, (const float *x, float *y, int64_t n), (x, y, n))

AL_BODY void sigmoidBackwardBody(const float *y, const float *grad, float *out, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] = grad[i] * (1.0f - y[i]) * y[i];
}
AL_KERNEL(
    sigmoidBackward, (const float *y, const float *grad, float *out, int64_t n), (y, grad, out, n))

AL_BODY void tanhForwardBody(const float *x, float *y, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = torch_math::tanh(x[i]);
}
AL_KERNEL(tanhForward, (const float *x, float *y, int64_t n), (x, y, n))

AL_BODY void tanhBackwardBody(const float *y, const float *grad, float *out, int64_t n)
{
    // 1 - y² cancels near saturation; PyTorch's AVX2 build fuses it (one rounding).
    for (int64_t i = 0; i < n; ++i)
        out[i] = grad[i] * std::fma(-y[i], y[i], 1.0f);
}
AL_KERNEL(
    tanhBackward, (const float *y, const float *grad, float *out, int64_t n), (y, grad, out, n))

AL_BODY void expInPlaceBody(float *a, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        a[i] = torch_math::exp(a[i]);
}
AL_KERNEL(expInPlace, (float *a, int64_t n), (a, n))

namespace {

// vec_reduce_all: fewer than eight values are combined first to last; a full vector's lanes in
// the AVX2 shuffle order (k with k+4, then k with k+2, then 0 with 1).
template<typename Combine>
float combineLanes(const float *lanes, int64_t count, Combine combine)
{
    if (count < kLanes) {
        float result = lanes[0];
        for (int64_t k = 1; k < count; ++k)
            result = combine(result, lanes[k]);
        return result;
    }
    float half[4], quarter[2];
    for (int k = 0; k < 4; ++k)
        half[k] = combine(lanes[k], lanes[k + 4]);
    for (int k = 0; k < 2; ++k)
        quarter[k] = combine(half[k], half[k + 2]);
    return combine(quarter[0], quarter[1]);
}

template<typename Combine>
float reduceLikeTorch(const float *a, int64_t n, Combine combine)
{
    float lanes[kLanes] = {};
    const int64_t first = std::min<int64_t>(n, kLanes);
    std::copy(a, a + first, lanes);
    int64_t i = kLanes;
    for (; i + kLanes <= n; i += kLanes)
        for (int k = 0; k < kLanes; ++k)
            lanes[k] = combine(lanes[k], a[i + k]);
    for (int k = 0; i + k < n; ++k) // the partial last vector updates its first lanes only
        lanes[k] = combine(lanes[k], a[i + k]);
    return combineLanes(lanes, first, combine);
}

float add(float x, float y)
{
    return x + y;
}

} // namespace

float sumLikeTorch(const float *a, int64_t n)
{
    return reduceLikeTorch(a, n, add);
}

float maxLikeTorch(const float *a, int64_t n)
{
    return reduceLikeTorch(
        a, n, [](float x, float y) { return (x != x || y != y) ? x + y : std::max(x, y); });
}

float dotLikeTorch(const float *a, const float *b, int64_t n)
{
    // map2_reduce_all: the first vector's products, then each later product fused into its lane.
    float lanes[kLanes] = {};
    const int64_t first = std::min<int64_t>(n, kLanes);
    for (int k = 0; k < first; ++k)
        lanes[k] = a[k] * b[k];
    int64_t i = kLanes;
    for (; i + kLanes <= n; i += kLanes)
        for (int k = 0; k < kLanes; ++k)
            lanes[k] = std::fma(a[i + k], b[i + k], lanes[k]);
    for (int k = 0; i + k < n; ++k)
        lanes[k] = std::fma(a[i + k], b[i + k], lanes[k]);
    return combineLanes(lanes, first, add);
}

} // namespace al::kernels
