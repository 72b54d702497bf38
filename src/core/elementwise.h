#pragma once

// The elementwise activations as scalar functors, and the one loop that runs any of them over a
// float32 array. Exact for a tensor PyTorch runs in one piece: up to its grain of 32 768 elements,
// or on one thread (beyond, its threads split the work and each piece has its own tail). An op is
// built from its Activation (its parameters, cast to float as PyTorch's kernels take them) and has
//   float forward(float x)
//   float backward(float x, float y, float gradOutput)   // y = forward(x)
// The loop is compiled twice per op: for AVX2 + FMA CPUs, chosen at run time, and portable. The
// arithmetic is written out (std::fma where PyTorch fuses, nothing contracted: the core builds with
// -ffp-contract=off), so both give the same bits; the AVX2 one is eight lanes at a time.

#include "core/activation.h"
#include "core/torch_math.h"

#include <cmath>
#include <type_traits>

namespace al::elementwise {

#define AL_OP [[gnu::always_inline]] inline

struct Relu {
    explicit Relu(const Activation &) { }
    // As PyTorch's vectorised max(0, x): x itself unless it is below 0, so NaN and -0.0 pass.
    AL_OP float forward(float x) const { return x < 0.0f ? 0.0f : x; }
    // threshold_backward on the result: zero where y <= 0.
    AL_OP float backward(float, float y, float g) const { return y <= 0.0f ? 0.0f : g; }
};

struct LeakyRelu {
    explicit LeakyRelu(const Activation &a)
        : slope(static_cast<float>(a.value("negative_slope")))
    {
    }
    AL_OP float forward(float x) const { return x > 0.0f ? x : x * slope; }
    AL_OP float backward(float x, float, float g) const { return x > 0.0f ? g : g * slope; }
    float slope;
};

struct Sigmoid {
    explicit Sigmoid(const Activation &) { }
    AL_OP float forward(float x) const { return 1.0f / (torch_math::exp(-x) + 1.0f); }
    AL_OP float backward(float, float y, float g) const { return g * (1.0f - y) * y; }
};

struct Tanh {
    explicit Tanh(const Activation &) { }
    AL_OP float forward(float x) const { return torch_math::tanh(x); }
    // 1 - y² cancels near saturation; PyTorch's AVX2 build fuses it (one rounding).
    AL_OP float backward(float, float y, float g) const { return g * std::fma(-y, y, 1.0f); }
};

// Some of PyTorch's kernels compare differently in their vector loop and in the scalar loop that
// finishes a tensor's last n % 16 elements (cpu_kernel_vec, two AVX2 vectors per step): an op
// whose backward differs there has backwardTail for those elements, and the loop below uses it.

// relu6 = hardtanh(x, 0, 6): -0.0 and NaN pass forward. Backward, the vector loop keeps g where
// 0 < x < 6 (so NaN gets 0) and the tail zeroes where x <= 0 || x >= 6 (so NaN keeps g).
struct Relu6 {
    explicit Relu6(const Activation &) { }
    AL_OP float forward(float x) const { return x < 0.0f ? 0.0f : x > 6.0f ? 6.0f : x; }
    AL_OP float backward(float x, float, float g) const { return x > 0.0f && x < 6.0f ? g : 0.0f; }
    AL_OP float backwardTail(float x, float, float g) const
    {
        return x <= 0.0f || x >= 6.0f ? 0.0f : g;
    }
};

// hardtanh(x, min_val, max_val): relu6 with other bounds, the same loops.
struct Hardtanh {
    explicit Hardtanh(const Activation &a)
        : low(static_cast<float>(a.value("min_val")))
        , high(static_cast<float>(a.value("max_val")))
    {
    }
    AL_OP float forward(float x) const { return x < low ? low : x > high ? high : x; }
    AL_OP float backward(float x, float, float g) const { return x > low && x < high ? g : 0.0f; }
    AL_OP float backwardTail(float x, float, float g) const
    {
        return x <= low || x >= high ? 0.0f : g;
    }
    float low, high;
};

// threshold(x, threshold, value): x above the threshold, else value; NaN passes.
struct Threshold {
    explicit Threshold(const Activation &a)
        : threshold(static_cast<float>(a.value("threshold")))
        , value(static_cast<float>(a.value("value")))
    {
    }
    AL_OP float forward(float x) const { return x <= threshold ? value : x; }
    AL_OP float backward(float x, float, float g) const { return x <= threshold ? 0.0f : g; }
    float threshold, value;
};

// The shrinks zero |x| <= lambd (+0.0, even for -0.0). Backward, the vector loop keeps g
// outside [-lambd, lambd] (NaN gets 0), the tail zeroes inside it (NaN keeps g).
struct ShrinkBackward {
    float lambd;
    AL_OP float backward(float x, float, float g) const
    {
        return x < -lambd || x > lambd ? g : 0.0f;
    }
    AL_OP float backwardTail(float x, float, float g) const
    {
        return x >= -lambd && x <= lambd ? 0.0f : g;
    }
};

struct Hardshrink : ShrinkBackward {
    explicit Hardshrink(const Activation &a)
        : ShrinkBackward {static_cast<float>(a.value("lambd"))}
    {
    }
    AL_OP float forward(float x) const { return x >= -lambd && x <= lambd ? 0.0f : x; }
};

// softshrink's NaN gives 0 (neither above lambd nor below -lambd).
struct Softshrink : ShrinkBackward {
    explicit Softshrink(const Activation &a)
        : ShrinkBackward {static_cast<float>(a.value("lambd"))}
    {
    }
    AL_OP float forward(float x) const
    {
        return x > lambd ? x - lambd : x < -lambd ? x + lambd : 0.0f;
    }
};

// Both as PyTorch's CPU kernels round them: a clamp of x + 3 divided by 6 (not multiplied by
// 1/6) forward; the backward multiplies by the float 1/6, and hardswish's divides x by 3.
AL_OP float clampPlusThree(float x)
{
    const float c = x + 3.0f;
    return c < 0.0f ? 0.0f : c > 6.0f ? 6.0f : c; // NaN passes
}

struct Hardsigmoid {
    explicit Hardsigmoid(const Activation &) { }
    AL_OP float forward(float x) const { return clampPlusThree(x) / 6.0f; }
    AL_OP float backward(float x, float, float g) const
    {
        return x > -3.0f && x < 3.0f ? g * (1.0f / 6.0f) : 0.0f;
    }
};

// Backward, the vector loop takes g from x >= 3 on, the tail from x > 3 on (x = 3 gives 1.5 g);
// NaN gives NaN in the vector loop and g in the tail.
struct Hardswish {
    explicit Hardswish(const Activation &) { }
    AL_OP float forward(float x) const { return x * clampPlusThree(x) / 6.0f; }
    AL_OP float backward(float x, float, float g) const
    {
        return x < -3.0f ? 0.0f : x >= 3.0f ? g : g * (x / 3.0f + 0.5f);
    }
    AL_OP float backwardTail(float x, float, float g) const
    {
        return x < -3.0f ? 0.0f : x <= 3.0f ? g * (x / 3.0f + 0.5f) : g;
    }
};

#undef AL_OP

namespace detail {

bool avx2Fma(); // the CPU has both (kernels.cpp)

template<typename Op>
[[gnu::always_inline]] inline void forwardBody(Op op, const float *x, float *y, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = op.forward(x[i]);
}

template<typename Op, typename = void>
struct HasTail : std::false_type {
};
template<typename Op>
struct HasTail<Op, std::void_t<decltype(&Op::backwardTail)>> : std::true_type {
};

constexpr int64_t kVectorStep = 16; // cpu_kernel_vec: two vectors of eight floats per step

template<typename Op>
[[gnu::always_inline]] inline void backwardBody(
    Op op, const float *x, const float *y, const float *g, float *out, int64_t n)
{
    const int64_t vectorised = HasTail<Op>::value ? n / kVectorStep * kVectorStep : n;
    for (int64_t i = 0; i < vectorised; ++i)
        out[i] = op.backward(x[i], y[i], g[i]);
    if constexpr (HasTail<Op>::value)
        for (int64_t i = vectorised; i < n; ++i)
            out[i] = op.backwardTail(x[i], y[i], g[i]);
}

#if defined(__x86_64__) && defined(__GNUC__)
// Every function taking or returning a vector is inlined; the ABI warning does not apply.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
template<typename Op>
__attribute__((target("avx2,fma"))) void forwardAvx2(Op op, const float *x, float *y, int64_t n)
{
    forwardBody(op, x, y, n);
}
template<typename Op>
__attribute__((target("avx2,fma"))) void backwardAvx2(
    Op op, const float *x, const float *y, const float *g, float *out, int64_t n)
{
    backwardBody(op, x, y, g, out, n);
}
#pragma GCC diagnostic pop
#endif

template<typename Op>
void forwardPortable(Op op, const float *x, float *y, int64_t n)
{
    forwardBody(op, x, y, n);
}
template<typename Op>
void backwardPortable(Op op, const float *x, const float *y, const float *g, float *out, int64_t n)
{
    backwardBody(op, x, y, g, out, n);
}

} // namespace detail

// The registry's kernels for an elementwise op.
template<typename Op>
Tensor forward(const Activation &activation, const Tensor &x)
{
    Tensor y = Tensor::uninitialized(x.shape());
    const Op op(activation);
#if defined(__x86_64__) && defined(__GNUC__)
    if (detail::avx2Fma()) {
        detail::forwardAvx2(op, x.data(), y.data(), x.numel());
        return y;
    }
#endif
    detail::forwardPortable(op, x.data(), y.data(), x.numel());
    return y;
}

template<typename Op>
Tensor backward(const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &g)
{
    Tensor out = Tensor::uninitialized(x.shape());
    const Op op(activation);
#if defined(__x86_64__) && defined(__GNUC__)
    if (detail::avx2Fma()) {
        detail::backwardAvx2(op, x.data(), y.data(), g.data(), out.data(), x.numel());
        return out;
    }
#endif
    detail::backwardPortable(op, x.data(), y.data(), g.data(), out.data(), x.numel());
    return out;
}

} // namespace al::elementwise
