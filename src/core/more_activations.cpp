// The rows issue 14 added: softmin, Softmax2d, GLU, RReLU and PReLU, each as PyTorch 1.13's CPU
// kernels compute it in float32 (see activation.h for the formulas).

#include "core/activation.h"
#include "core/kernels.h"
#include "core/torch_random.h"

#include <string>

namespace al {

namespace {

Tensor negated(const Tensor &t)
{
    Tensor result = Tensor::uninitialized(t.shape());
    for (int64_t i = 0; i < t.numel(); ++i)
        result.data()[i] = -t.data()[i];
    return result;
}

Activation softmaxWithDim(int64_t dim)
{
    Activation softmax = Activation::named("softmax");
    softmax.set("dim", static_cast<double>(dim));
    return softmax;
}

// GLU's view of x along dim: `outer` blocks, each [2 * half, inner]; a = the first half of each
// block, b = the second.
struct Halves {
    int64_t outer = 1, half = 0, inner = 1;
};

Halves halvesOf(const Activation &activation, const Shape &shape)
{
    if (shape.empty())
        throw ShapeError("glu does not support scalars because halving size must be even");
    const int64_t d = normaliseDim(activation.dim(), static_cast<int>(shape.size()));
    const int64_t size = shape[static_cast<size_t>(d)];
    if (size % 2 != 0)
        throw ShapeError("Halving dimension must be even, but dimension " + std::to_string(d)
            + " is size " + std::to_string(size));
    Halves h;
    for (int64_t i = 0; i < d; ++i)
        h.outer *= shape[static_cast<size_t>(i)];
    for (size_t i = static_cast<size_t>(d) + 1; i < shape.size(); ++i)
        h.inner *= shape[i];
    h.half = size / 2;
    return h;
}

} // namespace

Tensor softminForward(const Activation &activation, const Tensor &x)
{
    // F.softmin is (-input).softmax(dim): the negation is exact.
    return forward(softmaxWithDim(activation.dim()), negated(x));
}

Tensor softminBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &g)
{
    // Autograd: softmax's backward, then neg's.
    const Activation softmax = softmaxWithDim(activation.dim());
    return negated(softmaxBackward(softmax, x, y, g));
}

Shape softmax2dShape(const Activation &, const Shape &input)
{
    // nn.Softmax2d's own assert (an AssertionError in Python).
    if (input.size() != 3 && input.size() != 4)
        throw ShapeError("Softmax2d requires a 3D or 4D tensor as input");
    return input;
}

Tensor softmax2dForward(const Activation &activation, const Tensor &x)
{
    softmax2dShape(activation, x.shape());
    return forward(softmaxWithDim(-3), x);
}

Tensor softmax2dBackward(const Activation &, const Tensor &x, const Tensor &y, const Tensor &g)
{
    return softmaxBackward(softmaxWithDim(-3), x, y, g);
}

Shape gluShape(const Activation &activation, const Shape &input)
{
    const Halves h = halvesOf(activation, input);
    Shape output = input;
    output[static_cast<size_t>(normaliseDim(activation.dim(), static_cast<int>(input.size())))]
        = h.half;
    return output;
}

Tensor gluForward(const Activation &activation, const Tensor &x)
{
    const Halves h = halvesOf(activation, x.shape());
    Tensor y = Tensor::uninitialized(gluShape(activation, x.shape()));
    kernels::gluForward(x.data(), y.data(), h.outer, h.half * h.inner);
    return y;
}

Tensor gluBackward(const Activation &activation, const Tensor &x, const Tensor &, const Tensor &g)
{
    const Halves h = halvesOf(activation, x.shape());
    Tensor gradInput = Tensor::uninitialized(x.shape());
    kernels::gluBackward(x.data(), g.data(), gradInput.data(), h.outer, h.half * h.inner);
    return gradInput;
}

// rrelu_with_noise_out_cpu's check, in double.
std::string rreluBounds(const Activation &a)
{
    if (a.value("lower") > a.value("upper"))
        return "Lower bound should be less than or equal to the upper bound";
    // Evaluated, rrelu is leaky_relu with the mean slope: in place, its backward reads the
    // result, which PyTorch refuses for a negative slope (leaky_relu's message).
    const double mean = (a.value("lower") + a.value("upper")) / 2;
    if (a.value("inplace") != 0.0 && !a.isRandom() && mean < 0.0)
        return "In-place leakyReLu backward calculation is triggered with a negative slope which "
               "is not supported. This is caused by calling in-place forward function with a "
               "negative slope, please call out-of-place version instead. File an issue at "
               "https://github.com/pytorch/pytorch if you do require supporting in-place leakRelu "
               "backward calculation with negative slope";
    return "";
}

namespace {

// (lower + upper) / 2 as PyTorch takes it: two double tensors added and halved, the result a
// double Scalar that leaky_relu's kernel casts to float.
float rreluMeanSlope(const Activation &a)
{
    return static_cast<float>((a.value("lower") + a.value("upper")) / 2);
}

} // namespace

Tensor rreluNoise(const Activation &activation, const Tensor &x)
{
    // _rrelu_with_noise_train: lower and upper cast to float, then for each x <= 0 (not NaN) in
    // element order at::uniform_real_distribution<double>(lower, upper) from the default
    // generator: 53 random bits scaled to [0, 1), times (upper - lower) plus lower in double (not
    // fused: Activation.cpp is not one of PyTorch's AVX2 kernel files), rounded to float.
    TorchGenerator generator(static_cast<uint64_t>(activation.value("seed")));
    const double lower = static_cast<float>(activation.value("lower"));
    const double upper = static_cast<float>(activation.value("upper"));
    constexpr uint64_t mask = (uint64_t(1) << 53) - 1;
    constexpr double scale = 1.0 / double(uint64_t(1) << 53);
    Tensor noise = Tensor::uninitialized(x.shape());
    for (int64_t i = 0; i < x.numel(); ++i) {
        if (x.data()[i] <= 0.0f) {
            const double u = static_cast<double>(generator.random64() & mask) * scale;
            const double product = u * (upper - lower);
            noise.data()[i] = static_cast<float>(product + lower);
        } else {
            noise.data()[i] = 1.0f;
        }
    }
    return noise;
}

Tensor rreluForward(const Activation &activation, const Tensor &x)
{
    Tensor y = Tensor::uninitialized(x.shape());
    if (activation.isRandom()) {
        const Tensor noise = rreluNoise(activation, x);
        for (int64_t i = 0; i < x.numel(); ++i) {
            const float v = x.data()[i];
            y.data()[i] = v <= 0.0f ? v * noise.data()[i] : v;
        }
        return y;
    }
    const float slope = rreluMeanSlope(activation);
    for (int64_t i = 0; i < x.numel(); ++i) {
        const float v = x.data()[i];
        y.data()[i] = v > 0.0f ? v : v * slope; // leaky_relu's kernel
    }
    return y;
}

Tensor rreluBackward(
    const Activation &activation, const Tensor &x, const Tensor &y, const Tensor &g)
{
    // rrelu_with_noise_backward: noise * grad when training (whatever upper - lower is), else
    // leaky_relu_backward with the mean slope, on the result after an in-place forward.
    Tensor gradInput = Tensor::uninitialized(x.shape());
    if (activation.isRandom()) {
        const Tensor noise = rreluNoise(activation, x);
        for (int64_t i = 0; i < x.numel(); ++i)
            gradInput.data()[i] = noise.data()[i] * g.data()[i];
        return gradInput;
    }
    const float slope = rreluMeanSlope(activation);
    const Tensor &read = activation.value("inplace") != 0.0 ? y : x;
    for (int64_t i = 0; i < x.numel(); ++i)
        gradInput.data()[i] = read.data()[i] > 0.0f ? g.data()[i] : g.data()[i] * slope;
    return gradInput;
}

Tensor preluWeight(const Activation &activation)
{
    return Tensor({1}, static_cast<float>(activation.value("weight")));
}

Shape preluShape(const Tensor &weight, const Shape &input)
{
    const int64_t count = weight.numel();
    if (count != 1) {
        if (input.empty())
            throw ShapeError("Not allow zero-dim input tensor.");
        const int64_t channels = input.size() > 1 ? input[1] : 1;
        if (channels != count)
            throw ShapeError("Mismatch of parameter numbers and input channel size. Found "
                             "parameter numbers = "
                + std::to_string(count) + " and channel size = " + std::to_string(channels) + ".");
    }
    return input;
}

namespace {

// The weight of each element: its channel's (dim 1), or the one weight.
struct ChannelWalk {
    int64_t outer = 1, channels = 1, inner = 1;
    ChannelWalk(const Tensor &weight, const Shape &shape)
    {
        if (weight.numel() == 1) {
            inner = elementCount(shape);
            return;
        }
        outer = shape[0];
        channels = shape[1];
        for (size_t i = 2; i < shape.size(); ++i)
            inner *= shape[i];
    }
};

} // namespace

Tensor preluForward(const Tensor &x, const Tensor &weight)
{
    preluShape(weight, x.shape());
    const ChannelWalk walk(weight, x.shape());
    Tensor y = Tensor::uninitialized(x.shape());
    int64_t i = 0;
    for (int64_t o = 0; o < walk.outer; ++o)
        for (int64_t c = 0; c < walk.channels; ++c) {
            const float w = weight.data()[c];
            for (int64_t k = 0; k < walk.inner; ++k, ++i) {
                const float v = x.data()[i];
                y.data()[i] = v > 0.0f ? v : w * v; // prelu_kernel, both loops
            }
        }
    return y;
}

PreluGradients preluBackward(const Tensor &x, const Tensor &weight, const Tensor &g)
{
    preluShape(weight, x.shape());
    const ChannelWalk walk(weight, x.shape());
    PreluGradients gradients {Tensor::uninitialized(x.shape()), Tensor(weight.shape())};
    // prelu_backward_kernel fills grad_input and a collector, x > 0 ? 0 : x * grad, which is then
    // summed as a tensor: all of it for one weight, over every dim but 1 for one per channel.
    std::vector<float> collector(static_cast<size_t>(x.numel()));
    int64_t i = 0;
    for (int64_t o = 0; o < walk.outer; ++o)
        for (int64_t c = 0; c < walk.channels; ++c) {
            const float w = weight.data()[c];
            for (int64_t k = 0; k < walk.inner; ++k, ++i) {
                const float v = x.data()[i], grad = g.data()[i];
                gradients.input.data()[i] = v > 0.0f ? grad : w * grad;
                collector[static_cast<size_t>(i)] = v > 0.0f ? 0.0f : v * grad;
            }
        }
    float *out = gradients.weight.data();
    if (x.numel() == 0)
        return gradients;
    if (weight.numel() == 1) {
        // sum(): the whole contiguous collector as one inner reduction.
        kernels::sumColumnsLikeTorch(collector.data(), x.numel(), 1, out);
    } else if (walk.inner == 1) {
        // sum(0) of [N, C] (size-1 dims after the channels coalesce away).
        kernels::sumColumnsLikeTorch(collector.data(), walk.outer, walk.channels, out);
    } else {
        // sum([0, 2, ...]) of [N, C, S]: TensorIterator puts the reduced dims first (S, then N),
        // so each channel adds, sample by sample, the sum of its S contiguous values to 0.
        for (int64_t c = 0; c < walk.channels; ++c) {
            float total = 0.0f;
            for (int64_t o = 0; o < walk.outer; ++o) {
                float part = 0.0f;
                kernels::sumColumnsLikeTorch(
                    collector.data() + (o * walk.channels + c) * walk.inner, walk.inner, 1, &part);
                total += part;
            }
            out[c] = total;
        }
    }
    return gradients;
}

Shape preluShapeRow(const Activation &activation, const Shape &input)
{
    return preluShape(preluWeight(activation), input);
}

Tensor preluForwardRow(const Activation &activation, const Tensor &x)
{
    return preluForward(x, preluWeight(activation));
}

Tensor preluBackwardRow(
    const Activation &activation, const Tensor &x, const Tensor &, const Tensor &g)
{
    return preluBackward(x, preluWeight(activation), g).input;
}

} // namespace al
