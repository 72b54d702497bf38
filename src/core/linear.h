#pragma once

// nn.Linear: y = x W^T + b, with W of shape [out_features, in_features] as in PyTorch.

#include "core/tensor.h"
#include "core/torch_random.h"

namespace al {

// The gradients of F.linear(x, weight, bias) for a grad_output: with respect to each of them.
struct LinearGradients {
    Tensor gradInput; // [batch, in]
    Tensor gradWeight; // [out, in]
    Tensor gradBias; // [out]
};

class Linear {
public:
    // Throws ShapeError unless weight is [out, in] and bias is [out], with in, out >= 1.
    Linear(Tensor weight, Tensor bias);

    // nn.Linear(in, out)'s default initialisation: kaiming_uniform_(a=sqrt(5)) for the weight,
    // i.e. U(-1/sqrt(in), 1/sqrt(in)), then the bias from the same range, in that order.
    static Linear torchDefault(int64_t inFeatures, int64_t outFeatures, TorchGenerator &generator);

    int64_t inFeatures() const { return weight_.size(1); }
    int64_t outFeatures() const { return weight_.size(0); }
    const Tensor &weight() const { return weight_; }
    const Tensor &bias() const { return bias_; }
    // For an optimizer's step in place: the values change, never the shape.
    Tensor &mutableWeight() { return weight_; }
    Tensor &mutableBias() { return bias_; }

    // x of shape [batch, in] -> [batch, out]; throws ShapeError for any other shape.
    Tensor forward(const Tensor &x) const;
    // What autograd gives for gradOutput [batch, out] at x [batch, in], bit for bit; throws
    // ShapeError for any other shapes.
    LinearGradients backward(const Tensor &x, const Tensor &gradOutput) const;

private:
    Tensor weight_, bias_;
};

} // namespace al
