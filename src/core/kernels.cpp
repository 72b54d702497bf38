#include "core/kernels.h"

#include "core/elementwise.h"
#include "core/torch_math.h"

#include <algorithm>
#include <cmath>
#include <vector>

// Each loop is written once (an always-inline body) and compiled three times: for AVX-512 and for
// AVX2 + FMA, chosen at run time on CPUs that have them, and portable. std::fma is exact either
// way, and the lanes PyTorch's reductions keep are written out (Floats8), so every variant gives
// the same bits; the others are just eight or sixteen lanes at a time. (AVX-512 against AVX2 on
// this project's AMD EPYC VM, forward + backward over 2^20 floats: log_softmax 1.6 to 0.95 ms,
// softmax 1.0 to 0.77 ms, glu 0.78 to 0.43 ms, Softmax2d 1.35 to 1.04 ms.)
#if defined(__x86_64__) && defined(__GNUC__)
#define AL_BODY static inline __attribute__((always_inline))
#define AL_AVX512 __attribute__((target("avx512f,avx512vl,avx512dq,avx512bw,avx2,fma")))
#define AL_KERNEL(type, name, params, args)                                                        \
    AL_AVX512 static type name##Avx512 params                                                      \
    {                                                                                              \
        return name##Body args;                                                                    \
    }                                                                                              \
    __attribute__((target("avx2,fma"))) static type name##Avx2 params                              \
    {                                                                                              \
        return name##Body args;                                                                    \
    }                                                                                              \
    static type name##Portable params                                                              \
    {                                                                                              \
        return name##Body args;                                                                    \
    }                                                                                              \
    type name##Dispatch params                                                                     \
    {                                                                                              \
        return al::elementwise::detail::avx512() ? name##Avx512 args                               \
            : al::elementwise::detail::avx2Fma() ? name##Avx2 args                                 \
                                                 : name##Portable args;                            \
    }
#else
#define AL_BODY static inline
#define AL_KERNEL(type, name, params, args)                                                        \
    type name##Dispatch params                                                                     \
    {                                                                                              \
        return name##Body args;                                                                    \
    }
#endif

namespace al::kernels {

namespace {

constexpr int kLanes = 8; // an AVX2 register of floats, as PyTorch's Vectorized<float>

// Every function taking or returning one is inlined, so no call passes it in registers; the
// warning that such calls differ with and without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"
// Eight floats, as one AVX2 register (GCC's vector extension: plain SSE pairs in the portable
// build). Combining functions are written once for a float and for eight.
typedef float Floats8 __attribute__((vector_size(32)));

AL_BODY Floats8 load8(const float *p)
{
    Floats8 v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

struct Add {
    template<typename T>
    [[gnu::always_inline]] T operator()(T x, T y) const
    {
        return x + y;
    }
};
// PyTorch's maximum: NaN if either is NaN (the sum of two values one of which is NaN is NaN).
struct Maximum {
    [[gnu::always_inline]] float operator()(float x, float y) const
    {
        return (x != x || y != y) ? x + y : std::max(x, y);
    }
    // As Vectorized<float>'s maximum: max_ps, then all bits set where either is NaN.
    [[gnu::always_inline]] Floats8 operator()(Floats8 x, Floats8 y) const
    {
        typedef int Ints8 __attribute__((vector_size(32)));
        const Ints8 larger = (Ints8)(x > y ? x : y);
        const Ints8 unordered = (x != x) | (y != y);
        return (Floats8)(larger | unordered);
    }
};
constexpr Add add;
constexpr Maximum maximum;

// vec_reduce_all: fewer than eight values are combined first to last; a full vector's lanes in
// the AVX2 shuffle order (k with k+4, then k with k+2, then 0 with 1).
template<typename Combine>
AL_BODY float combineLanes(const float *lanes, int64_t count, Combine combine)
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

// reduce_all: eight lane accumulators over the full vectors, the partial last vector updating its
// first lanes only, then the lanes combined.
template<typename Combine>
AL_BODY float reduceLikeTorch(const float *a, int64_t n, Combine combine)
{
    float lanes[kLanes] = {};
    const int64_t first = std::min<int64_t>(n, kLanes);
    std::copy(a, a + first, lanes);
    int64_t i = kLanes;
    if (i + kLanes <= n) { // the lanes as one register: a vector instruction per eight values
        Floats8 vector = load8(a);
        for (; i + kLanes <= n; i += kLanes)
            vector = combine(vector, load8(a + i));
        for (int k = 0; k < kLanes; ++k)
            lanes[k] = vector[k];
    }
    for (int k = 0; i + k < n; ++k)
        lanes[k] = combine(lanes[k], a[i + k]);
    return combineLanes(lanes, first, combine);
}

AL_BODY int expInPlaceBody(float *a, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        a[i] = torch_math::exp(a[i]);
    return 0;
}

AL_BODY float sumLikeTorchBody(const float *a, int64_t n)
{
    return reduceLikeTorch(a, n, add);
}

AL_BODY float maxLikeTorchBody(const float *a, int64_t n)
{
    // Unlike a sum, a maximum does not depend on the order it is taken in, so four running
    // maxima can split the work and break the chain of dependent instructions. The one thing
    // order can change is the sign of a zero maximum, and softmax and log_softmax only ever
    // subtract the maximum: x - 0 and x - (-0) are equal, and exp(0) = exp(-0). A NaN anywhere
    // still gives the same all-ones NaN.
    if (n < 8 * kLanes)
        return reduceLikeTorch(a, n, maximum);
    Floats8 m0 = load8(a), m1 = load8(a + 8), m2 = load8(a + 16), m3 = load8(a + 24);
    int64_t i = 4 * kLanes;
    for (; i + 4 * kLanes <= n; i += 4 * kLanes) {
        m0 = maximum(m0, load8(a + i));
        m1 = maximum(m1, load8(a + i + 8));
        m2 = maximum(m2, load8(a + i + 16));
        m3 = maximum(m3, load8(a + i + 24));
    }
    for (; i + kLanes <= n; i += kLanes)
        m0 = maximum(m0, load8(a + i));
    Floats8 all = maximum(maximum(m0, m1), maximum(m2, m3));
    float lanes[kLanes];
    for (int k = 0; k < kLanes; ++k)
        lanes[k] = all[k];
    for (int k = 0; i + k < n; ++k)
        lanes[k] = maximum(lanes[k], a[i + k]);
    return combineLanes(lanes, kLanes, maximum);
}

AL_BODY float dotLikeTorchBody(const float *a, const float *b, int64_t n)
{
    // map2_reduce_all: the first vector's products, then each later product fused into its lane.
    float lanes[kLanes] = {};
    const int64_t first = std::min<int64_t>(n, kLanes);
    for (int k = 0; k < first; ++k)
        lanes[k] = a[k] * b[k];
    int64_t i = kLanes;
    if (i + kLanes <= n) {
        Floats8 vector = load8(lanes);
        for (; i + kLanes <= n; i += kLanes) {
            const Floats8 x = load8(a + i), y = load8(b + i);
            for (int k = 0; k < kLanes; ++k) // one vfmadd in the AVX2 build
                vector[k] = std::fma(x[k], y[k], vector[k]);
        }
        for (int k = 0; k < kLanes; ++k)
            lanes[k] = vector[k];
    }
    for (int k = 0; i + k < n; ++k)
        lanes[k] = std::fma(a[i + k], b[i + k], lanes[k]);
    return combineLanes(lanes, first, add);
}

AL_BODY int softmaxLastDimBody(const float *x, float *y, int64_t rows, int64_t size)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * size;
        float *out = y + r * size;
        const float m = maxLikeTorchBody(in, size);
        for (int64_t i = 0; i < size; ++i)
            out[i] = torch_math::exp(in[i] - m);
        const float scale = 1.0f / sumLikeTorchBody(out, size);
        for (int64_t i = 0; i < size; ++i)
            out[i] *= scale;
    }
    return 0;
}

AL_BODY int softmaxBackwardLastDimBody(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *p = y + r * size;
        const float *g = grad + r * size;
        const float dot = dotLikeTorchBody(g, p, size);
        for (int64_t i = 0; i < size; ++i)
            out[r * size + i] = (g[i] - dot) * p[i];
    }
    return 0;
}

// _vec_log_softmax_lastdim: (x - max) - log(sum(exp(x - max))), SLEEF's log of the sum.
AL_BODY int logSoftmaxLastDimBody(const float *x, float *y, int64_t rows, int64_t size)
{
    std::vector<float> e(static_cast<size_t>(size));
    for (int64_t r = 0; r < rows; ++r) {
        const float *in = x + r * size;
        float *out = y + r * size;
        const float m = maxLikeTorchBody(in, size);
        for (int64_t i = 0; i < size; ++i) {
            out[i] = in[i] - m;
            e[static_cast<size_t>(i)] = torch_math::exp(out[i]);
        }
        const float logSum = torch_math::log(sumLikeTorchBody(e.data(), size));
        for (int64_t i = 0; i < size; ++i)
            out[i] -= logSum;
    }
    return 0;
}

// _vec_host_softmax_backward_lastdim for log_softmax: g - exp(y) * sum(g), the multiply fused
// into the subtraction as PyTorch's AVX2 build compiles it (one rounding).
AL_BODY int logSoftmaxBackwardLastDimBody(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *p = y + r * size;
        const float *g = grad + r * size;
        const float sum = sumLikeTorchBody(g, size);
        for (int64_t i = 0; i < size; ++i)
            out[r * size + i] = std::fma(-torch_math::exp(p[i]), sum, g[i]);
    }
    return 0;
}

// Softmax across memory, a block of `count` neighbouring inner positions at a time, each row of
// the slices read contiguously: every position keeps its own order of operations, as when it ran
// down its slice alone, and the loops over a row vectorise. (One position at a time, the strided
// scalar loop took 28.6 ms for Softmax2d's 16 x 256 x 256 forward and backward.) Vector says
// whether the block is among the positions PyTorch takes in vectors.
constexpr int64_t kAcrossBlock = 128;

template<bool Vector, bool Logarithm>
AL_BODY void softmaxAcrossBlock(
    const float *in, float *out, int64_t dimSize, int64_t inner, int64_t count)
{
    float maximum[kAcrossBlock], sum[kAcrossBlock];
    for (int64_t k = 0; k < count; ++k)
        maximum[k] = in[k];
    for (int64_t d = 1; d < dimSize; ++d)
        for (int64_t k = 0; k < count; ++k) {
            const float v = in[d * inner + k], m = maximum[k];
            maximum[k] = Vector && (v != v || m != m) ? v + m : std::max(m, v);
        }
    for (int64_t k = 0; k < count; ++k)
        sum[k] = 0.0f;
    for (int64_t d = 0; d < dimSize; ++d)
        for (int64_t k = 0; k < count; ++k) {
            const float shifted = in[d * inner + k] - maximum[k];
            const float e = Vector ? torch_math::exp(shifted) : std::exp(shifted);
            if constexpr (!Logarithm)
                out[d * inner + k] = e;
            sum[k] += e;
        }
    if constexpr (Logarithm) {
        for (int64_t k = 0; k < count; ++k)
            sum[k] = std::log(sum[k]);
        for (int64_t d = 0; d < dimSize; ++d)
            for (int64_t k = 0; k < count; ++k)
                out[d * inner + k] = (in[d * inner + k] - maximum[k]) - sum[k];
    } else {
        for (int64_t d = 0; d < dimSize; ++d)
            for (int64_t k = 0; k < count; ++k)
                out[d * inner + k] /= sum[k];
    }
}

// _vec_softmax_backward: the sum down each slice (the products fused into it in the vector
// positions, not in the scalar ones), then each gradient.
template<bool Vector, bool Logarithm>
AL_BODY void softmaxBackwardAcrossBlock(
    const float *y, const float *grad, float *out, int64_t dimSize, int64_t inner, int64_t count)
{
    float sum[kAcrossBlock];
    for (int64_t k = 0; k < count; ++k)
        sum[k] = 0.0f;
    for (int64_t d = 0; d < dimSize; ++d)
        for (int64_t k = 0; k < count; ++k) {
            const float g = grad[d * inner + k], p = y[d * inner + k];
            sum[k] = Logarithm ? sum[k] + g : Vector ? std::fma(g, p, sum[k]) : sum[k] + g * p;
        }
    for (int64_t d = 0; d < dimSize; ++d)
        for (int64_t k = 0; k < count; ++k) {
            const float g = grad[d * inner + k], p = y[d * inner + k];
            out[d * inner + k] = Logarithm ? g - std::exp(p) * sum[k] : p * (g - sum[k]);
        }
}

// Each of the outer blocks: the vector positions in blocks of kAcrossBlock, then the scalar ones.
// (No lambdas here: GCC does not give them the AVX2 clone's target.)
template<bool Logarithm>
AL_BODY void softmaxAcrossOuter(
    const float *x, float *y, int64_t outer, int64_t dimSize, int64_t inner)
{
    const int64_t vectorised = inner / kLanes * kLanes;
    for (int64_t o = 0; o < outer; ++o) {
        const int64_t base = o * dimSize * inner;
        for (int64_t i = 0; i < vectorised; i += kAcrossBlock)
            softmaxAcrossBlock<true, Logarithm>(
                x + base + i, y + base + i, dimSize, inner, std::min(kAcrossBlock, vectorised - i));
        if (vectorised < inner)
            softmaxAcrossBlock<false, Logarithm>(
                x + base + vectorised, y + base + vectorised, dimSize, inner, inner - vectorised);
    }
}

template<bool Logarithm>
AL_BODY void softmaxBackwardAcrossOuter(
    const float *y, const float *grad, float *out, int64_t outer, int64_t dimSize, int64_t inner)
{
    const int64_t vectorised = inner / kLanes * kLanes;
    for (int64_t o = 0; o < outer; ++o) {
        const int64_t base = o * dimSize * inner;
        for (int64_t i = 0; i < vectorised; i += kAcrossBlock)
            softmaxBackwardAcrossBlock<true, Logarithm>(y + base + i, grad + base + i,
                out + base + i, dimSize, inner, std::min(kAcrossBlock, vectorised - i));
        if (vectorised < inner)
            softmaxBackwardAcrossBlock<false, Logarithm>(y + base + vectorised,
                grad + base + vectorised, out + base + vectorised, dimSize, inner,
                inner - vectorised);
    }
}

AL_BODY int softmaxAcrossBody(
    const float *x, float *y, int64_t outer, int64_t dimSize, int64_t inner, bool logarithm)
{
    if (logarithm)
        softmaxAcrossOuter<true>(x, y, outer, dimSize, inner);
    else
        softmaxAcrossOuter<false>(x, y, outer, dimSize, inner);
    return 0;
}

AL_BODY int softmaxBackwardAcrossBody(const float *y, const float *grad, float *out, int64_t outer,
    int64_t dimSize, int64_t inner, bool logarithm)
{
    if (logarithm)
        softmaxBackwardAcrossOuter<true>(y, grad, out, outer, dimSize, inner);
    else
        softmaxBackwardAcrossOuter<false>(y, grad, out, outer, dimSize, inner);
    return 0;
}

// GLU: TensorIterator walks each half as `outer` runs of `run` contiguous values (the dims from
// dim on coalesce, the ones before do not: their stride skips the other half), and cpu_kernel_vec
// takes each run's first run - run % 16 values in AVX2 vectors (SLEEF's exp), the rest in its
// scalar loop (glibc's expf). Sigmoid is written as each loop writes it. Two loops per run, so
// that the first vectorises (one loop choosing per value took 15 ms for 1024 x 1024).
AL_BODY int gluForwardBody(const float *x, float *y, int64_t outer, int64_t run)
{
    const int64_t vectorEnd = run - run % 16;
    for (int64_t o = 0; o < outer; ++o) {
        const float *a = x + o * 2 * run, *b = a + run;
        float *out = y + o * run;
        // glu_kernel: a * (1 / (1 + exp(-b))).
        for (int64_t i = 0; i < vectorEnd; ++i)
            out[i] = a[i] * (1.0f / (1.0f + torch_math::exp(-b[i])));
        for (int64_t i = vectorEnd; i < run; ++i)
            out[i] = a[i] * (1.0f / (1.0f + std::exp(-b[i])));
    }
    return 0;
}

// glu_backward_cpu_out: the first half's gradient is sigmoid_out(b) (sigmoid's kernel, whose
// vector loop computes 1 / (exp(0 - b) + 1)) times grad; the second half's is
// (1 - s) * s * a * grad (glu_backward's kernel, products only: both loops agree).
AL_BODY int gluBackwardBody(
    const float *x, const float *grad, float *gradInput, int64_t outer, int64_t run)
{
    const int64_t vectorEnd = run - run % 16;
    for (int64_t o = 0; o < outer; ++o) {
        const float *a = x + o * 2 * run, *b = a + run, *g = grad + o * run;
        float *ga = gradInput + o * 2 * run, *gb = ga + run;
        for (int64_t i = 0; i < vectorEnd; ++i) {
            const float s = 1.0f / (torch_math::exp(0.0f - b[i]) + 1.0f);
            gb[i] = (1.0f - s) * s * a[i] * g[i];
            ga[i] = s * g[i];
        }
        for (int64_t i = vectorEnd; i < run; ++i) {
            const float s = 1.0f / (1.0f + std::exp(-b[i]));
            gb[i] = (1.0f - s) * s * a[i] * g[i];
            ga[i] = s * g[i];
        }
    }
    return 0;
}

AL_BODY float normLikeTorchBody(const float *a, int64_t n)
{
    const int64_t vectorEnd = n - n % kLanes;
    Floats8 lanes = {};
    for (int64_t i = 0; i < vectorEnd; i += kLanes) {
        const Floats8 x = load8(a + i);
        for (int k = 0; k < kLanes; ++k) // one vfmadd in the AVX2 build
            lanes[k] = std::fma(x[k], x[k], lanes[k]);
    }
    float sum = lanes[0];
    for (int k = 1; k < kLanes; ++k)
        sum += lanes[k];
    // The last n % 8 as PyTorch's compiler built its scalar loop: four squares at a time in a
    // vector (each rounded, added in order), the one to three left over fused.
    int64_t i = vectorEnd;
    for (; i + 4 <= n; i += 4)
        for (int64_t k = i; k < i + 4; ++k)
            sum += a[k] * a[k];
    for (; i < n; ++i)
        sum = std::fma(a[i], a[i], sum);
    return std::sqrt(sum);
}

// productInOrder in tiles of Rows rows of C by Vecs vectors of columns: the tile's sums stay in
// registers while k runs, and each row of B loaded serves every row of the tile. Each element
// still sums its own products in k's order; only independent elements share an instruction. (The
// loop it replaces kept one row of C in memory and read and wrote every sum once per k: a deep
// stack of 50 x 256 x 256 at batch 64 took 60 ms in Linear, 7 ms with these tiles.)
// Which operand productInOrder scales, element by element before its products.
enum class Scaled { None, A, B };

template<typename Vec, int Rows, int Vecs, Scaled Which>
AL_BODY void productTile(int64_t depth, const float *a, int64_t aRow, int64_t aDepth,
    const float *b, int64_t ldb, float scale, const float *bias, float *c, int64_t ldc)
{
    constexpr int kWidth = sizeof(Vec) / sizeof(float);
    Vec sums[Rows][Vecs];
#pragma GCC unroll 16
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 16
        for (int v = 0; v < Vecs; ++v)
            sums[r][v] = Vec {}; // +0
    for (int64_t k = 0; k < depth; ++k) {
        Vec row[Vecs];
#pragma GCC unroll 16
        for (int v = 0; v < Vecs; ++v)
            __builtin_memcpy(&row[v], b + k * ldb + v * kWidth, sizeof(Vec));
        if constexpr (Which == Scaled::B) // B's row as a separate pass would have rounded it
#pragma GCC unroll 16
            for (int v = 0; v < Vecs; ++v)
                row[v] = row[v] * scale;
#pragma GCC unroll 16
        for (int r = 0; r < Rows; ++r) {
            float factor = a[r * aRow + k * aDepth];
            if constexpr (Which == Scaled::A)
                factor = factor * scale;
#pragma GCC unroll 16
            for (int v = 0; v < Vecs; ++v)
                sums[r][v] = sums[r][v] + row[v] * factor;
        }
    }
#pragma GCC unroll 16
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 16
        for (int v = 0; v < Vecs; ++v) {
            Vec sum = sums[r][v];
            if (bias) {
                Vec add;
                __builtin_memcpy(&add, bias + v * kWidth, sizeof(Vec));
                sum = sum + add;
            }
            __builtin_memcpy(c + r * ldc + v * kWidth, &sum, sizeof(Vec));
        }
}

// The rows of C from row on, for the block of columns at b and c (bias at bias): tiles of Rows
// rows, then of 4 and of 1.
template<typename Vec, int Rows, int Vecs, Scaled Which>
AL_BODY void productRows(int64_t rows, int64_t depth, const float *a, int64_t aRow, int64_t aDepth,
    const float *b, int64_t ldb, float scale, const float *bias, float *c, int64_t ldc)
{
    int64_t r = 0;
    for (; r + Rows <= rows; r += Rows)
        productTile<Vec, Rows, Vecs, Which>(
            depth, a + r * aRow, aRow, aDepth, b, ldb, scale, bias, c + r * ldc, ldc);
    if constexpr (Rows > 4)
        for (; r + 4 <= rows; r += 4)
            productTile<Vec, 4, Vecs, Which>(
                depth, a + r * aRow, aRow, aDepth, b, ldb, scale, bias, c + r * ldc, ldc);
    for (; r < rows; ++r)
        productTile<Vec, 1, Vecs, Which>(
            depth, a + r * aRow, aRow, aDepth, b, ldb, scale, bias, c + r * ldc, ldc);
}

template<typename Vec, int Rows, int Vecs, Scaled Which>
AL_BODY void productBlocks(int64_t rows, int64_t cols, int64_t depth, const float *a, int64_t aRow,
    int64_t aDepth, const float *b, int64_t ldb, float scale, const float *bias, float *c,
    int64_t ldc)
{
    constexpr int64_t kWidth = sizeof(Vec) / sizeof(float);
    auto block = [&](int64_t col) { return bias ? bias + col : nullptr; };
    // Column blocks outermost: the block of B (depth x its columns) stays in cache for every row
    // of C. Then single vectors of columns, then single columns.
    int64_t col = 0;
    for (; col + kWidth * Vecs <= cols; col += kWidth * Vecs)
        productRows<Vec, Rows, Vecs, Which>(
            rows, depth, a, aRow, aDepth, b + col, ldb, scale, block(col), c + col, ldc);
    for (; col + kWidth <= cols; col += kWidth)
        productRows<Vec, Rows, 1, Which>(
            rows, depth, a, aRow, aDepth, b + col, ldb, scale, block(col), c + col, ldc);
    for (; col < cols; ++col)
        productRows<float, Rows, 1, Which>(
            rows, depth, a, aRow, aDepth, b + col, ldb, scale, block(col), c + col, ldc);
}

template<typename Vec, int Rows, int Vecs>
AL_BODY void productBody(int64_t rows, int64_t cols, int64_t depth, const float *a, int64_t aRow,
    int64_t aDepth, float aScale, const float *b, int64_t ldb, float bScale, const float *bias,
    float *c, int64_t ldc)
{
    // x * 1 is x: a scale of 1 is left out.
    if (aScale != 1.0f)
        productBlocks<Vec, Rows, Vecs, Scaled::A>(
            rows, cols, depth, a, aRow, aDepth, b, ldb, aScale, bias, c, ldc);
    else if (bScale != 1.0f)
        productBlocks<Vec, Rows, Vecs, Scaled::B>(
            rows, cols, depth, a, aRow, aDepth, b, ldb, bScale, bias, c, ldc);
    else
        productBlocks<Vec, Rows, Vecs, Scaled::None>(
            rows, cols, depth, a, aRow, aDepth, b, ldb, 1.0f, bias, c, ldc);
}

typedef float Floats4 __attribute__((vector_size(16)));
typedef float Floats16 __attribute__((vector_size(64)));

#define AL_PRODUCT_PARAMS                                                                          \
    (int64_t rows, int64_t cols, int64_t depth, const float *a, int64_t aRow, int64_t aDepth,      \
        float aScale, const float *b, int64_t ldb, float bScale, const float *bias, float *c,      \
        int64_t ldc)
#define AL_PRODUCT_ARGS (rows, cols, depth, a, aRow, aDepth, aScale, b, ldb, bScale, bias, c, ldc)
#if defined(__x86_64__) && defined(__GNUC__)
// Tiles of 6 x 64 (24 sums in zmm registers; 8 x 32 took 10 % longer), 4 x 16 (8 in ymm), 4 x 8
// (8 in xmm).
__attribute__((target("avx512f"))) void productAvx512 AL_PRODUCT_PARAMS
{
    productBody<Floats16, 6, 4> AL_PRODUCT_ARGS;
}
__attribute__((target("avx2"))) void productAvx2 AL_PRODUCT_PARAMS
{
    productBody<Floats8, 4, 2> AL_PRODUCT_ARGS;
}
#endif
void productPortable AL_PRODUCT_PARAMS
{
    productBody<Floats4, 4, 2> AL_PRODUCT_ARGS;
}

AL_KERNEL(float, normLikeTorch, (const float *a, int64_t n), (a, n))
AL_KERNEL(int, expInPlace, (float *a, int64_t n), (a, n))
AL_KERNEL(float, sumLikeTorch, (const float *a, int64_t n), (a, n))
AL_KERNEL(float, maxLikeTorch, (const float *a, int64_t n), (a, n))
AL_KERNEL(float, dotLikeTorch, (const float *a, const float *b, int64_t n), (a, b, n))
AL_KERNEL(int, softmaxLastDim, (const float *x, float *y, int64_t r, int64_t s), (x, y, r, s))
AL_KERNEL(int, logSoftmaxLastDim, (const float *x, float *y, int64_t r, int64_t s), (x, y, r, s))
AL_KERNEL(int, logSoftmaxBackwardLastDim,
    (const float *y, const float *g, float *o, int64_t r, int64_t s), (y, g, o, r, s))
AL_KERNEL(int, softmaxBackwardLastDim,
    (const float *y, const float *g, float *o, int64_t r, int64_t s), (y, g, o, r, s))

AL_KERNEL(int, softmaxAcross,
    (const float *x, float *y, int64_t outer, int64_t dimSize, int64_t inner, bool logarithm),
    (x, y, outer, dimSize, inner, logarithm))
AL_KERNEL(int, softmaxBackwardAcross,
    (const float *y, const float *g, float *o, int64_t outer, int64_t dimSize, int64_t inner,
        bool logarithm),
    (y, g, o, outer, dimSize, inner, logarithm))
AL_KERNEL(
    int, gluForward, (const float *x, float *y, int64_t outer, int64_t run), (x, y, outer, run))
AL_KERNEL(int, gluBackward, (const float *x, const float *g, float *gi, int64_t outer, int64_t run),
    (x, g, gi, outer, run))

int64_t ceilLog2(int64_t x)
{
    int64_t log = 1;
    while ((int64_t(1) << log) < x)
        ++log;
    return log;
}

// multi_row_sum for one column of `size` values `stride` apart: blocks of 2^power values summed
// from 0 in order, each block added into a cascade of four levels (a level carries into the next
// once it holds 2^power blocks), then the levels added up.
float cascadeSum(const float *a, int64_t stride, int64_t size)
{
    constexpr int kLevels = 4;
    const int64_t power = std::max<int64_t>(4, ceilLog2(size) / kLevels);
    const int64_t step = int64_t(1) << power, mask = step - 1;
    float level[kLevels] = {};
    int64_t i = 0;
    while (i + step <= size) {
        for (int64_t j = 0; j < step; ++j, ++i)
            level[0] += a[i * stride];
        for (int j = 1; j < kLevels; ++j) {
            level[j] += level[j - 1];
            level[j - 1] = 0.0f;
            if ((i & (mask << (j * power))) != 0)
                break;
        }
    }
    for (; i < size; ++i)
        level[0] += a[i * stride];
    for (int j = 1; j < kLevels; ++j)
        level[0] += level[j];
    return level[0];
}

// row_sum: four interleaved partial sums (values 4k, 4k+1, ...) by cascadeSum, the values left
// over added to the first, then the others added to it in order.
float interleavedSum(const float *a, int64_t stride, int64_t size)
{
    const int64_t quarter = size / 4;
    float partial[4];
    for (int k = 0; k < 4; ++k)
        partial[k] = cascadeSum(a + k * stride, 4 * stride, quarter);
    for (int64_t i = quarter * 4; i < size; ++i)
        partial[0] += a[i * stride];
    return ((partial[0] + partial[1]) + partial[2]) + partial[3];
}

} // namespace

void sumColumnsLikeTorch(const float *a, int64_t rows, int64_t cols, float *out)
{
    if (rows == 1) {
        // Not a reduction: the output, zero-filled first, plus the one row.
        for (int64_t j = 0; j < cols; ++j)
            out[j] = 0.0f + a[j];
        return;
    }
    if (cols == 1) {
        // One contiguous column (vectorized_inner_sum): eight lanes, each an interleavedSum over
        // every eighth value, then the values left over and the lanes added to 0 in order.
        if (rows < kLanes) {
            out[0] = interleavedSum(a, 1, rows);
            return;
        }
        const int64_t vectors = rows / kLanes;
        float sum = 0.0f;
        for (int64_t i = vectors * kLanes; i < rows; ++i)
            sum += a[i];
        for (int k = 0; k < kLanes; ++k)
            sum += interleavedSum(a + k, kLanes, vectors);
        out[0] = sum;
        return;
    }
    // vectorized_outer_sum (at least eight columns): blocks of 32 columns by cascadeSum, then
    // blocks of 8 and single columns by interleavedSum. scalar_outer_sum (fewer): blocks of 4
    // columns by cascadeSum, the rest by interleavedSum.
    const int64_t cascaded = cols >= kLanes ? cols / (4 * kLanes) * (4 * kLanes) : cols / 4 * 4;
    for (int64_t j = 0; j < cols; ++j)
        out[j] = j < cascaded ? cascadeSum(a + j, cols, rows) : interleavedSum(a + j, cols, rows);
}

void productInOrder AL_PRODUCT_PARAMS
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    if (avx512)
        return productAvx512 AL_PRODUCT_ARGS;
    if (__builtin_cpu_supports("avx2"))
        return productAvx2 AL_PRODUCT_ARGS;
#endif
    productPortable AL_PRODUCT_ARGS;
}

float normLikeTorch(const float *a, int64_t n)
{
    return normLikeTorchDispatch(a, n);
}

void expInPlace(float *a, int64_t n)
{
    expInPlaceDispatch(a, n);
}
float sumLikeTorch(const float *a, int64_t n)
{
    return sumLikeTorchDispatch(a, n);
}
float maxLikeTorch(const float *a, int64_t n)
{
    return maxLikeTorchDispatch(a, n);
}
float dotLikeTorch(const float *a, const float *b, int64_t n)
{
    return dotLikeTorchDispatch(a, b, n);
}
void softmaxLastDim(const float *x, float *y, int64_t rows, int64_t size)
{
    softmaxLastDimDispatch(x, y, rows, size);
}
void logSoftmaxLastDim(const float *x, float *y, int64_t rows, int64_t size)
{
    logSoftmaxLastDimDispatch(x, y, rows, size);
}
void logSoftmaxBackwardLastDim(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size)
{
    logSoftmaxBackwardLastDimDispatch(y, grad, out, rows, size);
}
void softmaxBackwardLastDim(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size)
{
    softmaxBackwardLastDimDispatch(y, grad, out, rows, size);
}

void softmaxAcross(
    const float *x, float *y, int64_t outer, int64_t dimSize, int64_t inner, bool logarithm)
{
    softmaxAcrossDispatch(x, y, outer, dimSize, inner, logarithm);
}
void softmaxBackwardAcross(const float *y, const float *grad, float *out, int64_t outer,
    int64_t dimSize, int64_t inner, bool logarithm)
{
    softmaxBackwardAcrossDispatch(y, grad, out, outer, dimSize, inner, logarithm);
}
void gluForward(const float *x, float *y, int64_t outer, int64_t run)
{
    gluForwardDispatch(x, y, outer, run);
}
void gluBackward(const float *x, const float *grad, float *gradInput, int64_t outer, int64_t run)
{
    gluBackwardDispatch(x, grad, gradInput, outer, run);
}

} // namespace al::kernels

#if defined(__x86_64__) && defined(__GNUC__)
bool al::elementwise::detail::avx2Fma()
{
    static const bool both = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return both;
}
bool al::elementwise::detail::avx512()
{
    static const bool all = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
        && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw");
    return all;
}
#endif
