#include "core/torch_math.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace al::torch_math {

namespace {

constexpr float kLog2e = 1.442695040888963407359924681001892137426645954152985934135449406931f;
constexpr float kLn2Upper = 0.693145751953125f;
constexpr float kLn2Lower = 1.428606765330187045e-06f;

// A float in two parts, hi + lo, for about 48 bits of precision.
struct Pair {
    float hi, lo;
};

float pow2(int32_t e)
{
    const uint32_t bits = static_cast<uint32_t>(e + 0x7f) << 23;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// d * 2^e in two steps, so that e may exceed the exponent range of one step.
float ldexp2(float d, int32_t e)
{
    return d * pow2(e >> 1) * pow2(e - (e >> 1));
}

int32_t roundToInt(float x)
{
    return static_cast<int32_t>(std::nearbyint(x));
} // ties to even

Pair add(float x, const Pair &y) // |x| >= |y|
{
    const float s = x + y.hi;
    return {s, ((x - s) + y.hi) + y.lo};
}

Pair add(const Pair &x, const Pair &y) // |x| >= |y|
{
    const float s = x.hi + y.hi;
    return {s, (((x.hi - s) + y.hi) + x.lo) + y.lo};
}

Pair add2(const Pair &x, float y)
{
    const float s = x.hi + y;
    const float v = s - x.hi;
    const float t = (x.hi - (s - v)) + (y - v);
    return {s, t + x.lo};
}

Pair add2(const Pair &x, const Pair &y)
{
    const float s = x.hi + y.hi;
    const float v = s - x.hi;
    const float t = (x.hi - (s - v)) + (y.hi - v);
    return {s, t + (x.lo + y.lo)};
}

Pair mul(const Pair &x, float y)
{
    const float s = x.hi * y;
    return {s, std::fma(x.lo, y, std::fma(x.hi, y, -s))};
}

Pair mul(const Pair &x, const Pair &y)
{
    const float s = x.hi * y.hi;
    return {s, std::fma(x.hi, y.lo, std::fma(x.lo, y.hi, std::fma(x.hi, y.hi, -s)))};
}

Pair square(const Pair &x)
{
    const float s = x.hi * x.hi;
    return {s, std::fma(x.hi + x.hi, x.lo, std::fma(x.hi, x.hi, -s))};
}

Pair reciprocal(const Pair &d)
{
    const float s = 1.0f / d.hi;
    return {s, s * std::fma(-d.lo, s, std::fma(-d.hi, s, 1.0f))};
}

Pair divide(const Pair &n, const Pair &d)
{
    const float t = 1.0f / d.hi;
    const float s = n.hi * t;
    const float u = std::fma(t, n.hi, -s);
    const float v = std::fma(-d.lo, t, std::fma(-d.hi, t, 1.0f));
    return {s, std::fma(s, v, std::fma(n.lo, t, u))};
}

Pair expk2(const Pair &d)
{
    const int32_t q = roundToInt((d.hi + d.lo) * kLog2e);
    const float qf = static_cast<float>(q);
    Pair s = add2(d, qf * -kLn2Upper);
    s = add2(s, qf * -kLn2Lower);
    float u = +0.1980960224e-3f;
    u = std::fma(u, s.hi, +0.1394256484e-2f);
    u = std::fma(u, s.hi, +0.8333456703e-2f);
    u = std::fma(u, s.hi, +0.4166637361e-1f);
    Pair t = add2(mul(s, u), +0.166666659414234244790680580464e+0f);
    t = add2(mul(s, t), 0.5f);
    t = add2(s, mul(square(s), t));
    t = add(1.0f, t);
    t.hi = ldexp2(t.hi, q);
    t.lo = ldexp2(t.lo, q);
    if (d.hi < -104.0f)
        t = {0.0f, 0.0f};
    return t;
}

} // namespace

float exp(float d)
{
    if (std::isnan(d))
        return d;
    const int32_t q = roundToInt(d * kLog2e);
    const float qf = static_cast<float>(q);
    float s = std::fma(qf, -kLn2Upper, d);
    s = std::fma(qf, -kLn2Lower, s);
    float u = 0.000198527617612853646278381f;
    u = std::fma(u, s, 0.00139304355252534151077271f);
    u = std::fma(u, s, 0.00833336077630519866943359f);
    u = std::fma(u, s, 0.0416664853692054748535156f);
    u = std::fma(u, s, 0.166666671633720397949219f);
    u = std::fma(u, s, 0.5f);
    u = 1.0f + std::fma(s * s, u, s);
    u = ldexp2(u, q);
    if (d < -104.0f)
        u = 0.0f;
    if (d > 100.0f)
        u = std::numeric_limits<float>::infinity();
    return u;
}

float tanh(float x)
{
    if (std::isnan(x))
        return x;
    const float a = std::abs(x);
    float y = 1.0f;
    if (!(a > 8.664339742f)) {
        const Pair d = expk2({a, 0.0f});
        const Pair e = reciprocal(d);
        const Pair r = divide(add(d, Pair {-e.hi, -e.lo}), add(d, e));
        y = r.hi + r.lo;
        if (std::isnan(y))
            y = 1.0f;
    }
    return std::copysign(y, x);
}

} // namespace al::torch_math
