#pragma once

// The deep-stack experiment: how gradients and activations fare through many layers of one
// activation, for each initialisation. What PyTorch builds and computes for
//   torch.manual_seed(seed)
//   layers = [nn.Linear(width, width) followed by its init, for each of depth layers]
//   (with a weight scale s != 1: each layer's `with torch.no_grad(): l.weight.mul_(s)` after its
//   init, before the next layer is built)
//   head = nn.Linear(width, 10); x = torch.randn(batch, width); t = torch.arange(batch) % 10
//   loss = F.cross_entropy(head(act(fcN(... act(fc1(x))))), t); loss.backward()

#include "core/activation.h"
#include "core/init.h"
#include "core/linear.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace al {

// Checked before any work, as the CLI states them.
constexpr int kMaxDeepDepth = 50;
constexpr int64_t kMinDeepWidth = 8, kMaxDeepWidth = 256;
constexpr int64_t kDeepClasses = 10;

struct DeepStackOptions {
    int depth = 10;
    int64_t width = 64;
    Activation activation = Activation::named("relu"); // elementwise
    Init init = Init::Default;
    int64_t batch = 16; // 1 to kMaxBatch
    uint64_t seed = 0;
    double weightScale = 1.0; // 0 to kMaxWeightScale; > 1 makes gradients explode
};

constexpr double kMaxWeightScale = 10.0;

struct DeepLayer {
    std::string name; // "fc1", ...
    float gradNorm; // torch.linalg.norm(fc.weight.grad)
    float outputStd; // torch.std of the activation's output, over every element
    // As stageStatistics defines them: after an activation with saturation bounds, the share of
    // outputs within 0.01 of them; after a rectifier, the share of units 0 for every sample.
    std::optional<float> saturatedFraction, deadFraction;
    // The activation's outputs at the 5th, 25th, 50th, 75th and 95th percentile, as
    // torch.quantile gives them, for the picture of their spread.
    std::array<float, 5> quantiles;
};

struct DeepStack {
    float loss;
    std::vector<DeepLayer> layers; // fc1 to fcN
};

// What the generator draws for a deep stack: the layers after their init (before any weight
// scale), the head and the input. A drag of the weight scale or a change of activation reuses it.
// One layer of a draw: its weight transposed, [in, out], as the products read it (kept once:
// the draw's fresh pages cost about 4 ms a MB), its bias, and the generator as the layer left it.
struct DeepLayerDraw {
    Tensor transposedWeight, bias;
    TorchGenerator after;
};

struct DeepDraw {
    uint64_t seed;
    Init init;
    int64_t width, batch;
    // Shared between draws: a deeper or shallower stack of the same seed, init and width has the
    // same first layers, so that dragging the depth draws only the layers added.
    std::vector<std::shared_ptr<const DeepLayerDraw>> layers;
    std::optional<Linear> head;
    Tensor input;
    bool drawnFor(const DeepStackOptions &options) const;
};

// Each throws ShapeError for a depth, width, batch or weight scale beyond the limits or a
// non-elementwise activation. With a previous draw, its layers are reused as far as they are the
// same (same seed, init and width); the head and the input, drawn after the layers, are new.
DeepDraw drawDeepStack(const DeepStackOptions &options, const DeepDraw *previous = nullptr);
// Runs a draw made for these options (std::logic_error otherwise).
DeepStack deepStack(const DeepStackOptions &options, const DeepDraw &draw);
DeepStack deepStack(const DeepStackOptions &options); // draws, then runs

} // namespace al
