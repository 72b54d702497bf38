#pragma once

// exp and tanh as PyTorch computes them for float32 on an AVX2 CPU: SLEEF's 1-ulp expf and tanhf
// (the algorithms of libsleef 3.5, which Debian's PyTorch calls), written out for one lane with the
// same fused multiply-adds. The results are bit for bit PyTorch's, so the numbers the app prints
// are the digits a student's Python prints.

namespace al::torch_math {

float exp(float x);
float tanh(float x);

} // namespace al::torch_math
