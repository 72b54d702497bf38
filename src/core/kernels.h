#pragma once

// The loops of softmax and PyTorch's reductions over raw float32 arrays (the elementwise
// activations are in core/elementwise.h). Each has variants for AVX-512 and for AVX2 + FMA CPUs,
// chosen at run time, and a portable one; all give the same bits, since the arithmetic is written
// out (std::fma where PyTorch fuses, nothing contracted) and so are the lanes of the reductions.

#include <cstdint>

namespace al::kernels {

void expInPlace(float *a, int64_t n);

// PyTorch's reduce_all over n values: eight lane accumulators, then lane 0 takes the others in
// order. The same order of additions gives the same rounding.
float sumLikeTorch(const float *a, int64_t n);
float maxLikeTorch(const float *a, int64_t n); // NaN propagates
float dotLikeTorch(const float *a, const float *b, int64_t n);

// a.sum(0) of a contiguous [rows, cols] a into out[cols], in the order of PyTorch's cascade_sum:
// each column summed by a pairwise cascade of blocks of 16 rows, or split into four interleaved
// partial sums, depending on where the column falls among the blocks PyTorch vectorises.
void sumColumnsLikeTorch(const float *a, int64_t rows, int64_t cols, float *out);

// C = (aScale A) (bScale B) in reference BLAS sgemm's order: every element of C [rows, cols] (row
// stride ldc) is summed from +0 over k = 0, 1, ..., depth - 1 in order, each product b * a rounded
// on its own, then bias[c] added when bias is given. A is read as a[r * aRow + k * aDepth], so that
// a transposed A needs no copy; B is row-major [depth, cols] (row stride ldb). A scale multiplies
// each element of its operand first, rounded, as a weight after mul_(scale); one of them at most
// may be other than 1. The operands of each multiply and add may be swapped: for inputs with a
// NaN, Linear's loops decide which NaN's sign comes through (without one, every NaN is the same
// default NaN).
void productInOrder(int64_t rows, int64_t cols, int64_t depth, const float *a, int64_t aRow,
    int64_t aDepth, float aScale, const float *b, int64_t ldb, float bScale, const float *bias,
    float *c, int64_t ldc);

// torch.linalg.norm of n contiguous values (flattened), in the order of PyTorch's AVX2 build:
// eight lanes of fused squares, the lanes added in order, then the last n % 8.
float normLikeTorch(const float *a, int64_t n);

// softmax over `rows` contiguous rows of `size` (PyTorch's _vec_softmax_lastdim: max, SLEEF exp of
// x - max, the sum, a multiply by its reciprocal) and its backward, (g - sum(g * y)) * y.
void softmaxLastDim(const float *x, float *y, int64_t rows, int64_t size);
void softmaxBackwardLastDim(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size);
// log_softmax over contiguous rows: (x - max) - log(sum(exp(x - max))), and its backward,
// g - exp(y) * sum(g), fused.
void logSoftmaxLastDim(const float *x, float *y, int64_t rows, int64_t size);
void logSoftmaxBackwardLastDim(
    const float *y, const float *grad, float *out, int64_t rows, int64_t size);

// softmax (or log_softmax) along a dim that is not the last: x as `outer` blocks of [dimSize x
// inner], each column of a block one slice (PyTorch's _vec_softmax: the first inner / 8 * 8
// positions of a block in vectors, with SLEEF's exp and the maximum that propagates NaN; the rest
// scalar, std::max and glibc's exp), and its backward.
void softmaxAcross(
    const float *x, float *y, int64_t outer, int64_t dimSize, int64_t inner, bool logarithm);
void softmaxBackwardAcross(const float *y, const float *grad, float *out, int64_t outer,
    int64_t dimSize, int64_t inner, bool logarithm);

// glu over `outer` blocks of x, each [a | b] with a and b `run` contiguous values: y = a *
// sigmoid(b) into `outer` runs of y; backward, the gradients of a and b into gradInput (x's
// layout) from grad (y's).
void gluForward(const float *x, float *y, int64_t outer, int64_t run);
void gluBackward(const float *x, const float *grad, float *gradInput, int64_t outer, int64_t run);

} // namespace al::kernels
