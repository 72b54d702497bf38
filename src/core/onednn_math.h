#pragma once

// GELU (approximate='none') as PyTorch 1.13 computes it for a contiguous float32 tensor of more
// than one element: not with its own kernel but with oneDNN's (v2.6, the AVX2 JIT eltwise
// injector), whose erf is Abramowitz and Stegun's 7.1.26 with oneDNN's own exp. Its forward
// gives +0.0 where erf-based GELU underflows, and it is up to thousands of ulps from the
// erf-based value in the far left tail; these are the bits PyTorch prints. Written out for one
// lane with the JIT's fused multiply-adds, branch-free so that the kernels' loops vectorise.

#include "core/torch_math.h"

namespace al::onednn_math {

namespace detail {

AL_MATH_INLINE float fromBits(uint32_t bits)
{
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// exp_compute_vector_fwd: 2 * 2^(n-1) * p(r), n = floor(x log2(e) + 0.5), r = x - n ln2, and 0
// below ln(FLT_MIN).
AL_MATH_INLINE float exp(float x)
{
    const float lnMin = fromBits(0xc2aeac50), lnMax = fromBits(0x42b17218);
    const bool underflow = x < lnMin;
    x = x < lnMax ? x : lnMax; // vminps/vmaxps: NaN becomes the bound
    x = x > lnMin ? x : lnMin;
    const float n = std::floor(x * fromBits(0x3fb8aa3b) + 0.5f);
    const float r = std::fma(-n, fromBits(0x3f317218), x);
    const int32_t biased = static_cast<int32_t>(std::nearbyint(n - 1.0f)) + 127;
    const float twoToNMinusOne = underflow ? 0.0f : fromBits(static_cast<uint32_t>(biased) << 23);
    float p = fromBits(0x3c07cfce);
    p = std::fma(p, r, fromBits(0x3d2b9d0d));
    p = std::fma(p, r, fromBits(0x3e2aad40));
    p = std::fma(p, r, fromBits(0x3efffee3));
    p = std::fma(p, r, fromBits(0x3f7ffffb));
    p = std::fma(p, r, 1.0f);
    return p * twoToNMinusOne * 2.0f;
}

// 1 - t (p1 + t (p2 + ... + t p5)) e^(-x²) with t = 1 / (1 + p |x|), its sign that of x.
AL_MATH_INLINE float erf(float x, float expMinusSquare)
{
    const float t = 1.0f / std::fma(fromBits(0x3ea7ba05), std::fabs(x), 1.0f);
    float poly = fromBits(0x3f87dc22);
    poly = std::fma(poly, t, fromBits(0xbfba00e3));
    poly = std::fma(poly, t, fromBits(0x3fb5f0e3));
    poly = std::fma(poly, t, fromBits(0xbe91a98e));
    poly = std::fma(poly, t, fromBits(0x3e827906));
    const float e = std::fma(-expMinusSquare * t, poly, 1.0f);
    return std::signbit(x) ? -e : e;
}

constexpr uint32_t kOneOverSqrtTwo = 0x3f3504f3;

} // namespace detail

// 0.5 s (1 + erf(s / √2)), as S + S erf with S = 0.5 s.
AL_MATH_INLINE float gelu(float s)
{
    using namespace detail;
    const float x = s * fromBits(kOneOverSqrtTwo);
    const float erfX = erf(x, exp(-(x * x)));
    const float half = s * 0.5f;
    return std::fma(erfX, half, half);
}

// GELU'(s) = 0.5 + (s / √2) e^(-s²/2) / √π + 0.5 erf(s / √2); autograd multiplies it by grad.
AL_MATH_INLINE float geluDerivative(float s)
{
    using namespace detail;
    const float r = s * fromBits(kOneOverSqrtTwo);
    const float q = exp(-(r * r));
    const float density = (r * fromBits(0x3f106eba)) * q;
    return std::fma(erf(r, q), 0.5f, density + 0.5f);
}

} // namespace al::onednn_math
