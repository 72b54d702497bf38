#include "core/deep.h"

#include "core/analysis.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/modules.h"

namespace al {

DeepStack deepStack(const DeepStackOptions &options)
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

    TorchGenerator generator(options.seed);
    Sequential model;
    for (int i = 0; i < options.depth; ++i) {
        model.append("fc" + std::to_string(i + 1),
            std::make_unique<LinearModule>(
                initializedLinear(width, width, options.init, generator)));
        model.append(options.activation.spec().functionalName,
            std::make_unique<ActivationModule>(options.activation));
    }
    model.append("head",
        std::make_unique<LinearModule>(Linear::torchDefault(width, kDeepClasses, generator)));
    const Tensor x = randn({batch, width}, generator);
    std::vector<int64_t> targets;
    for (int64_t b = 0; b < batch; ++b)
        targets.push_back(b % kDeepClasses);

    const std::vector<Tensor> outputs = model.forward(x);
    DeepStack result {crossEntropy(outputs.back(), targets), {}};
    const SequentialGradients gradients
        = model.backward(crossEntropyBackward(outputs.back(), targets));
    for (int i = 0; i < options.depth; ++i) {
        // outputs: the input, then fc1, its activation, fc2, ...; parameters: weight, bias, ...
        const Tensor &output = outputs[size_t(2 * i + 2)];
        const StageStatistics statistics
            = stageStatistics(output, &options.activation.spec(), false);
        result.layers.push_back(
            {model.stageName(2 * i), normLikeTorch(gradients.parameters[size_t(2 * i)].tensor),
                stdLikeTorch(output), statistics.saturatedShare, statistics.deadShare});
    }
    return result;
}

} // namespace al
