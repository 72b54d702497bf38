#pragma once

// A multilayer perceptron of Linear layers with an elementwise activation between them and
// softmax(dim=1) at the end, stepped one stage at a time:
//   input -> fc1 -> act1 -> fc2 -> act2 -> ... -> fcL (logits) -> softmax (probabilities)
// The default network is the seed document's ActivationSamplerNet: 100 -> 64 -> 32 -> 5 with
// ReLU then Tanh, on a batch of 4.

#include "core/activation.h"
#include "core/linear.h"

#include <string>
#include <vector>

namespace al {

enum class StageKind { Input, Linear, Activation, Softmax };

struct StageRecord {
    std::string name; // "input", "fc1", "relu", ..., "softmax": the CLI's stage names
    StageKind kind;
    int layer; // the Linear layer (0-based) this stage belongs to; -1 for the input
    Tensor output;
};

class Mlp {
public:
    // Throws ShapeError if the layer sizes do not chain, or the activation count is not
    // layers - 1, or an activation is not elementwise.
    Mlp(std::vector<Linear> layers, std::vector<Activation> hiddenActivations, Tensor input);

    // torch.manual_seed(seed); x = torch.randn(batch, sizes[0]); then nn.Linear(sizes[i],
    // sizes[i+1]) for each layer in order, exactly as the seed document's program draws them.
    static Mlp fromTorchSeed(uint64_t seed, const std::vector<int64_t> &sizes = {100, 64, 32, 5},
        int64_t batch = 4, std::vector<Activation> hiddenActivations = defaultHiddenActivations());
    static std::vector<Activation> defaultHiddenActivations(); // ReLU, Tanh

    const std::vector<Linear> &layers() const { return layers_; }
    const std::vector<Activation> &hiddenActivations() const { return activations_; }
    const Tensor &input() const { return records_.front().output; }

    // Each setter validates, then recomputes the records up to the current stage (the step stays).
    void setInput(Tensor input);
    void setLayer(int index, Linear layer);
    void setHiddenActivation(int index, Activation activation);

    int stageCount() const { return 2 * static_cast<int>(layers_.size()) + 1; }
    int currentStage() const { return static_cast<int>(records_.size()) - 1; }
    std::string stageName(int stage) const;
    Shape stageShape(int stage) const;
    const StageRecord &current() const { return records_.back(); }
    const std::vector<StageRecord> &records() const { return records_; } // input .. current

    bool step(); // false at the last stage
    bool stepBack(); // false at the input
    void reset();
    void runAll();

private:
    StageRecord computeStage(int stage) const;
    void recompute();

    std::vector<Linear> layers_;
    std::vector<Activation> activations_;
    std::vector<StageRecord> records_;
};

} // namespace al
