#include "core/deep.h"

#include "core/analysis.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/modules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

namespace {

std::array<float, 5> quantiles(const Tensor &t)
{
    std::array<float, 5> result {};
    std::vector<float> values(t.data(), t.data() + t.numel());
    // torch.quantile is NaN wherever the input holds a NaN.
    if (std::any_of(values.begin(), values.end(), [](float v) { return v != v; })) {
        result.fill(std::numeric_limits<float>::quiet_NaN());
        return result;
    }
    // As torch.quantile: the rank q (n - 1) in float, then lerp between its neighbours. Only the
    // neighbours are put in their sorted places (nth_element, from the lowest up).
    const float last = static_cast<float>(values.size() - 1);
    const float levels[] = {0.05f, 0.25f, 0.5f, 0.75f, 0.95f};
    std::array<size_t, 10> places {};
    for (size_t i = 0; i < 5; ++i) {
        const float rank = levels[i] * last;
        places[2 * i] = static_cast<size_t>(rank);
        places[2 * i + 1] = static_cast<size_t>(std::min(std::ceil(rank), last));
    }
    auto from = values.begin();
    for (size_t place : places) { // ascending
        if (values.begin() + static_cast<long>(place) >= from) {
            std::nth_element(from, values.begin() + static_cast<long>(place), values.end());
            from = values.begin() + static_cast<long>(place) + 1;
        }
    }
    for (size_t i = 0; i < result.size(); ++i) {
        const float rank = levels[i] * last;
        const float weight = rank - static_cast<float>(places[2 * i]);
        const float low = values[places[2 * i]], high = values[places[2 * i + 1]];
        result[i]
            = weight < 0.5f ? low + weight * (high - low) : high - (high - low) * (1.0f - weight);
    }
    return result;
}

} // namespace

namespace {

void check(const DeepStackOptions &options)
{
    const int64_t width = options.width, batch = options.batch;
    if (options.depth < 1 || options.depth > kMaxDeepDepth)
        throw ShapeError("a deep stack has 1 to " + std::to_string(kMaxDeepDepth) + " layers, got "
            + std::to_string(options.depth));
    if (width < kMinDeepWidth || width > kMaxDeepWidth)
        throw ShapeError("a deep stack's layers are " + std::to_string(kMinDeepWidth) + " to "
            + std::to_string(kMaxDeepWidth) + " wide, got " + std::to_string(width));
    if (batch < 1 || batch > kMaxBatch)
        throw ShapeError("a batch has 1 to " + std::to_string(kMaxBatch) + " samples, got "
            + std::to_string(batch));
    if (!options.activation.isElementwise())
        throw ShapeError("hidden activations must be elementwise");
    // PyTorch would draw RReLU's training slopes from the stack's own generator, layer by layer.
    if (options.activation.isRandom())
        throw ShapeError("hidden activations must be deterministic (rrelu with training=False)");
    if (!(options.weightScale >= 0 && options.weightScale <= kMaxWeightScale))
        throw ShapeError("the weight scale must be from 0 to " + std::to_string(kMaxWeightScale));
}

} // namespace

bool DeepDraw::drawnFor(const DeepStackOptions &options) const
{
    return seed == options.seed && init == options.init && width == options.width
        && batch == options.batch && static_cast<int>(layers.size()) == options.depth;
}

DeepDraw drawDeepStack(const DeepStackOptions &options)
{
    check(options);
    TorchGenerator generator(options.seed);
    DeepDraw draw {options.seed, options.init, options.width, options.batch, {}, {}, {}};
    for (int i = 0; i < options.depth; ++i)
        draw.layers.push_back(
            initializedLinear(options.width, options.width, options.init, generator));
    draw.head.emplace(Linear::torchDefault(options.width, kDeepClasses, generator));
    draw.input = randn({options.batch, options.width}, generator);
    return draw;
}

DeepStack deepStack(const DeepStackOptions &options, const DeepDraw &draw)
{
    check(options);
    if (!draw.drawnFor(options))
        throw std::logic_error("a deep stack run with another draw's layers");
    Sequential model;
    const float scale = static_cast<float>(options.weightScale); // mul_ takes the float
    for (int i = 0; i < options.depth; ++i) {
        Linear layer = draw.layers[size_t(i)];
        if (options.weightScale != 1.0) {
            Tensor weight = layer.weight();
            for (int64_t k = 0; k < weight.numel(); ++k)
                weight.data()[k] *= scale;
            layer = Linear(std::move(weight), layer.bias());
        }
        model.append(
            "fc" + std::to_string(i + 1), std::make_unique<LinearModule>(std::move(layer)));
        model.append(options.activation.spec().functionalName,
            std::make_unique<ActivationModule>(options.activation));
    }
    model.append("head", std::make_unique<LinearModule>(*draw.head));
    std::vector<int64_t> targets;
    for (int64_t b = 0; b < options.batch; ++b)
        targets.push_back(b % kDeepClasses);

    const std::vector<Tensor> outputs = model.forward(draw.input);
    DeepStack result {crossEntropy(outputs.back(), targets), {}};
    const SequentialGradients gradients
        = model.backward(crossEntropyBackward(outputs.back(), targets));
    for (int i = 0; i < options.depth; ++i) {
        // outputs: the input, then fc1, its activation, fc2, ...; parameters: weight, bias, ...
        const Tensor &output = outputs[size_t(2 * i + 2)];
        const StageStatistics statistics
            = stageStatistics(output, &options.activation.spec(), false);
        result.layers.push_back({model.stageName(2 * i),
            normLikeTorch(gradients.parameters[size_t(2 * i)].tensor), stdLikeTorch(output),
            statistics.saturatedShare, statistics.deadShare, quantiles(output)});
    }
    return result;
}

DeepStack deepStack(const DeepStackOptions &options)
{
    return deepStack(options, drawDeepStack(options));
}

} // namespace al
