#pragma once

// exp, tanh, log and log1p as PyTorch computes them for float32 on an AVX2 CPU: SLEEF's 1-ulp expf,
// tanhf, logf and log1pf (the algorithms of libsleef 3.5, which Debian's PyTorch calls), written
// out for one lane with the same fused multiply-adds. The results are bit for bit PyTorch's, so the
// numbers the app prints are the digits a student's Python prints.
//
// Written without branches and inline, so that the kernels' loops vectorise them.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

// Forced inline: the kernels' AVX2 clones must get their own copy to vectorise.
#if defined(__GNUC__)
#define AL_MATH_INLINE inline __attribute__((always_inline))
#else
#define AL_MATH_INLINE inline
#endif

namespace al::torch_math {

namespace detail {

constexpr float kLog2e = 1.442695040888963407359924681001892137426645954152985934135449406931f;
constexpr float kLn2Upper = 0.693145751953125f;
constexpr float kLn2Lower = 1.428606765330187045e-06f;

// A float in two parts, hi + lo, for about 48 bits of precision.
struct Pair {
    float hi, lo;
};

AL_MATH_INLINE float pow2(int32_t e)
{
    const uint32_t bits = static_cast<uint32_t>(e + 0x7f) << 23;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// d * 2^e in two steps, so that e may exceed the exponent range of one step.
AL_MATH_INLINE float ldexp2(float d, int32_t e)
{
    return d * pow2(e >> 1) * pow2(e - (e >> 1));
}

// Round to nearest, ties to even, as the vector conversion does.
AL_MATH_INLINE int32_t roundToInt(float x)
{
    return static_cast<int32_t>(std::nearbyint(x));
}

AL_MATH_INLINE Pair add(float x, Pair y) // |x| >= |y|
{
    const float s = x + y.hi;
    return {s, ((x - s) + y.hi) + y.lo};
}

AL_MATH_INLINE Pair add(Pair x, Pair y) // |x| >= |y|
{
    const float s = x.hi + y.hi;
    return {s, (((x.hi - s) + y.hi) + x.lo) + y.lo};
}

AL_MATH_INLINE Pair add(Pair x, float y) // |x| >= |y|
{
    const float s = x.hi + y;
    return {s, ((x.hi - s) + y) + x.lo};
}

AL_MATH_INLINE Pair add2(float x, float y)
{
    const float s = x + y;
    const float v = s - x;
    return {s, (x - (s - v)) + (y - v)};
}

AL_MATH_INLINE Pair add2(Pair x, float y)
{
    const float s = x.hi + y;
    const float v = s - x.hi;
    const float t = (x.hi - (s - v)) + (y - v);
    return {s, t + x.lo};
}

AL_MATH_INLINE Pair add2(Pair x, Pair y)
{
    const float s = x.hi + y.hi;
    const float v = s - x.hi;
    const float t = (x.hi - (s - v)) + (y.hi - v);
    return {s, t + (x.lo + y.lo)};
}

AL_MATH_INLINE Pair mul(Pair x, float y)
{
    const float s = x.hi * y;
    return {s, std::fma(x.lo, y, std::fma(x.hi, y, -s))};
}

AL_MATH_INLINE Pair mul(Pair x, Pair y)
{
    const float s = x.hi * y.hi;
    return {s, std::fma(x.hi, y.lo, std::fma(x.lo, y.hi, std::fma(x.hi, y.hi, -s)))};
}

AL_MATH_INLINE Pair square(Pair x)
{
    const float s = x.hi * x.hi;
    return {s, std::fma(x.hi + x.hi, x.lo, std::fma(x.hi, x.hi, -s))};
}

AL_MATH_INLINE Pair reciprocal(Pair d)
{
    const float s = 1.0f / d.hi;
    return {s, s * std::fma(-d.lo, s, std::fma(-d.hi, s, 1.0f))};
}

AL_MATH_INLINE Pair divide(Pair n, Pair d)
{
    const float t = 1.0f / d.hi;
    const float s = n.hi * t;
    const float u = std::fma(t, n.hi, -s);
    const float v = std::fma(-d.lo, t, std::fma(-d.hi, t, 1.0f));
    return {s, std::fma(s, v, std::fma(n.lo, t, u))};
}

AL_MATH_INLINE Pair expk2(float d) // exp(d) for d >= 0, as a pair
{
    const int32_t q = roundToInt(d * kLog2e);
    const float qf = static_cast<float>(q);
    Pair s = add2(Pair {d, 0.0f}, qf * -kLn2Upper);
    s = add2(s, qf * -kLn2Lower);
    float u = +0.1980960224e-3f;
    u = std::fma(u, s.hi, +0.1394256484e-2f);
    u = std::fma(u, s.hi, +0.8333456703e-2f);
    u = std::fma(u, s.hi, +0.4166637361e-1f);
    Pair t = add2(mul(s, u), +0.166666659414234244790680580464e+0f);
    t = add2(mul(s, t), 0.5f);
    t = add2(s, mul(square(s), t));
    t = add(1.0f, t);
    return {ldexp2(t.hi, q), ldexp2(t.lo, q)};
}

} // namespace detail

AL_MATH_INLINE float exp(float d)
{
    using namespace detail;
    // Clamped so that the integer steps stay in range; the selects below give inf, 0 and NaN.
    const float c = d < -110.0f ? -110.0f : (d > 110.0f ? 110.0f : d);
    const int32_t q = roundToInt(c * kLog2e);
    const float qf = static_cast<float>(q);
    float s = std::fma(qf, -kLn2Upper, c);
    s = std::fma(qf, -kLn2Lower, s);
    float u = 0.000198527617612853646278381f;
    u = std::fma(u, s, 0.00139304355252534151077271f);
    u = std::fma(u, s, 0.00833336077630519866943359f);
    u = std::fma(u, s, 0.0416664853692054748535156f);
    u = std::fma(u, s, 0.166666671633720397949219f);
    u = std::fma(u, s, 0.5f);
    u = 1.0f + std::fma(s * s, u, s);
    u = ldexp2(u, q);
    u = d < -104.0f ? 0.0f : u;
    u = d > 100.0f ? std::numeric_limits<float>::infinity() : u;
    return d != d ? d : u;
}

AL_MATH_INLINE float tanh(float x)
{
    using namespace detail;
    const float a = std::fabs(x) > 9.0f ? 9.0f : std::fabs(x);
    const Pair d = expk2(a);
    const Pair e = reciprocal(d);
    const Pair r = divide(add(d, Pair {-e.hi, -e.lo}), add(d, e));
    float y = r.hi + r.lo;
    y = (std::fabs(x) > 8.664339742f || y != y) ? 1.0f : y;
    y = std::copysign(y, x);
    return x != x ? x : y;
}

AL_MATH_INLINE float log(float d)
{
    using namespace detail;
    // Subnormals scaled by 2^64 first, so that the exponent field holds their exponent.
    const bool tiny = d < std::numeric_limits<float>::min();
    const float a = tiny ? d * 1.8446744073709552e19f : d;
    // a = m * 2^e with m in [0.75, 1.5): the exponent of a / 0.75, taken from its bits.
    uint32_t bits;
    const float scaled = a * (1.0f / 0.75f);
    std::memcpy(&bits, &scaled, sizeof bits);
    int32_t e = static_cast<int32_t>((bits >> 23) & 0xff) - 0x7f;
    std::memcpy(&bits, &a, sizeof bits);
    bits += static_cast<uint32_t>(-e) << 23;
    float m;
    std::memcpy(&m, &bits, sizeof m);
    e = tiny ? e - 64 : e;
    // log(a) = e ln2 + 2 atanh((m - 1) / (m + 1)), in pairs of floats.
    Pair s = mul(Pair {0.69314718246459960938f, -1.904654323148236017e-09f}, static_cast<float>(e));
    const Pair x = divide(add2(-1.0f, m), add2(1.0f, m));
    const float x2 = x.hi * x.hi;
    float t = +0.3027294874e+0f;
    t = std::fma(t, x2, +0.3996108174e+0f);
    t = std::fma(t, x2, +0.6666694880e+0f);
    s = add(s, Pair {x.hi * 2.0f, x.lo * 2.0f});
    s = add(s, (x2 * x.hi) * t);
    float r = s.hi + s.lo;
    r = d == std::numeric_limits<float>::infinity() ? d : r;
    r = (d < 0.0f || d != d) ? std::numeric_limits<float>::quiet_NaN() : r;
    return d == 0.0f ? -std::numeric_limits<float>::infinity() : r;
}

AL_MATH_INLINE float log1p(float d)
{
    using namespace detail;
    // 1 + d = m * 2^e with m in [0.75, 1.5), as log's; m - 1 is taken from d itself (d * 2^-e +
    // (2^-e - 1), fused), so that no digit of a small d is lost.
    float dp1 = d + 1.0f;
    const bool tiny = dp1 < std::numeric_limits<float>::min();
    dp1 = tiny ? dp1 * 1.8446744073709552e19f : dp1;
    uint32_t bits;
    const float scaled = dp1 * (1.0f / 0.75f);
    std::memcpy(&bits, &scaled, sizeof bits);
    int32_t e = static_cast<int32_t>((bits >> 23) & 0xff) - 0x7f;
    const uint32_t scaleBits = 0x3f800000u + (static_cast<uint32_t>(-e) << 23); // 2^-e
    float scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    const float m = std::fma(d, scale, scale - 1.0f);
    e = tiny ? e - 64 : e;
    // log1p(d) = e ln2 + 2 atanh(m / (2 + m)), in pairs of floats.
    Pair s = mul(Pair {0.69314718246459960938f, -1.904654323148236017e-09f}, static_cast<float>(e));
    const float twoPlusM = 2.0f + m;
    const Pair x = divide(Pair {m, 0.0f}, Pair {twoPlusM, (2.0f - twoPlusM) + m});
    const float x2 = x.hi * x.hi;
    float t = +0.3027294874e+0f;
    t = std::fma(t, x2, +0.3996108174e+0f);
    t = std::fma(t, x2, +0.6666694880e+0f);
    s = add(s, Pair {x.hi * 2.0f, x.lo * 2.0f});
    s = add(s, (x2 * x.hi) * t);
    float r = s.hi + s.lo;
    r = d > 1e+38f ? std::numeric_limits<float>::infinity() : r;
    r = d < -1.0f ? std::numeric_limits<float>::quiet_NaN() : r;
    r = d == -1.0f ? -std::numeric_limits<float>::infinity() : r;
    return d == 0.0f ? d : r; // -0.0 stays -0.0
}

} // namespace al::torch_math
