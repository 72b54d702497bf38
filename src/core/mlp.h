#pragma once

// A multilayer perceptron of Linear layers with an elementwise activation between them. The model
// (a Sequential) outputs logits, as a model for nn.CrossEntropyLoss should; softmax(dim=1) is a
// display stage after it, for reading probabilities. Every stage is recorded at once, and the
// stepper is a view over that recording:
//   input -> fc1 -> act1 -> fc2 -> act2 -> ... -> fcL (logits) -> softmax (probabilities)
// The default network is the seed document's ActivationSamplerNet: 100 -> 64 -> 32 -> 5 with
// ReLU then Tanh, on a batch of 4.

#include "core/activation.h"
#include "core/linear.h"
#include "core/modules.h"

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

// The stages from the input to the current one: a view into the recording.
class StageRecords {
public:
    StageRecords(const StageRecord *first, size_t count)
        : first_(first)
        , count_(count)
    {
    }
    size_t size() const { return count_; }
    const StageRecord &operator[](size_t i) const { return first_[i]; }
    const StageRecord *begin() const { return first_; }
    const StageRecord *end() const { return first_ + count_; }
    const StageRecord &front() const { return first_[0]; }
    const StageRecord &back() const { return first_[count_ - 1]; }

private:
    const StageRecord *first_;
    size_t count_;
};

// The largest network the app and the CLI take, checked before any work: a hostile file must not
// take the machine's memory or freeze the window, and a wider layer is a diagram nobody reads.
constexpr int kMaxLayers = 16;
constexpr int64_t kMaxLayerWidth = 4096;
constexpr int64_t kMaxBatch = 1024;
// Parameters (weights and biases) in all: one layer of the largest width and its bias. A state
// dict is read only within it (about 30 bytes a number while it is parsed).
constexpr int64_t kMaxParameters = kMaxLayerWidth * (kMaxLayerWidth + 1); // 16 781 312

class Mlp {
public:
    // Throws ShapeError if the layer sizes do not chain, or the activation count is not
    // layers - 1, or an activation is not elementwise, or the network or batch is beyond the
    // limits above.
    Mlp(std::vector<Linear> layers, std::vector<Activation> hiddenActivations, Tensor input);

    // torch.manual_seed(seed); x = torch.randn(batch, sizes[0]); then nn.Linear(sizes[i],
    // sizes[i+1]) for each layer in order, exactly as the seed document's program draws them.
    static Mlp fromTorchSeed(uint64_t seed, const std::vector<int64_t> &sizes = {100, 64, 32, 5},
        int64_t batch = 4, std::vector<Activation> hiddenActivations = defaultHiddenActivations());
    static std::vector<Activation> defaultHiddenActivations(); // ReLU, Tanh

    // Where a layer's stages are: fc(layer+1) at 2·layer + 1, its activation right after.
    static int linearStage(int layer) { return 2 * layer + 1; }
    static int layerOf(int stage) { return (stage - 1) / 2; } // -1 for the input

    const std::vector<Linear> &layers() const { return layers_; }
    const std::vector<Activation> &hiddenActivations() const { return activations_; }
    const Tensor &input() const { return recording_.front().output; }

    // Each setter validates, then records the stages again (the step stays).
    void setInput(Tensor input);
    void setLayer(int index, Linear layer);
    void setHiddenActivation(int index, Activation activation);

    int stageCount() const { return static_cast<int>(recording_.size()); }
    int currentStage() const { return current_; }
    std::string stageName(int stage) const { return recording_.at(size_t(stage)).name; }
    Shape stageShape(int stage) const { return recording_.at(size_t(stage)).output.shape(); }
    const StageRecord &current() const { return recording_[size_t(current_)]; }
    StageRecords records() const { return {recording_.data(), size_t(current_) + 1}; }
    const std::vector<StageRecord> &recording() const { return recording_; } // every stage

    bool step(); // false at the last stage
    bool stepBack(); // false at the input
    void reset();
    void runAll();

private:
    void record(Tensor input);

    std::vector<Linear> layers_;
    std::vector<Activation> activations_;
    std::vector<StageRecord> recording_;
    int current_ = 0;
};

} // namespace al
