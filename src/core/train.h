#pragma once

// The Train workspace's loop, one mini-batch at a time, exactly as PyTorch runs it:
//
//   torch.manual_seed(seed)
//   model = nn.Sequential(nn.Linear(2, h1), act1, nn.Linear(h1, h2), act2, ...,
//                         nn.Linear(h_last, classes))      # the Linears built in this order
//   opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=m, weight_decay=wd)
//      or torch.optim.Adam(model.parameters(), lr=lr, weight_decay=wd)
//   batches = [(x[i:i + B], y[i:i + B]) for i in range(0, n, B)]   # in order, no shuffling
//   for k in range(steps):
//       xb, yb = batches[k % len(batches)]
//       opt.zero_grad(); loss = F.cross_entropy(model(xb), yb)
//       losses.append(loss.item()); loss.backward(); opt.step()
//
// with classes = max(y) + 1. A step whose loss is not finite (NaN or infinite) is where the run
// diverged: it is recorded and the parameters are left as they were, without backward or update.
// The app drives a Trainer from its run loop and reads the network between steps.

#include "core/activation.h"
#include "core/linear.h"
#include "core/optim.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace al {

// Checked by the Trainer, as the CLI states them.
constexpr int kMaxTrainHiddenLayers = 6;
constexpr int64_t kMaxTrainUnits = 16; // per hidden layer
constexpr int64_t kMaxTrainClasses = 16;
constexpr int64_t kMaxTrainBatch = 1024; // PyTorch computes bigger batches on several threads
constexpr int64_t kMaxTrainInputs = 7; // x1, x2 and the app's five derived features

enum class OptimizerKind { Sgd, Adam };

struct TrainOptions {
    std::vector<int64_t> hiddenSizes {8, 8}; // 0 to kMaxTrainHiddenLayers, 1 to kMaxTrainUnits
    std::vector<Activation> activations; // one elementwise activation per hidden layer
    uint64_t seed = 0;
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double lr = 0.03; // >= 0
    double momentum = 0.0; // SGD only, 0 to below 1
    double weightDecay = 0.0; // >= 0
    int64_t batchSize = 10; // 1 to kMaxTrainBatch
};

// Whether an activation can be a hidden activation of a Trainer's network, or why not, in words a
// user can act on: it must be elementwise and deterministic (RReLU in eval mode, not in training
// mode), and not PReLU, whose weight would be a parameter the Trainer does not train.
bool trainableHidden(const Activation &activation, std::string *why = nullptr);

class Trainer {
public:
    // x [n, inputs] (1 to kMaxTrainInputs; the CLI's data has 2), n >= 1, y a class per row from 0
    // (classes = max(y) + 1, at most kMaxTrainClasses). Builds the network and the optimizer as
    // PyTorch does; throws std::invalid_argument for anything beyond the limits, in words a user
    // can act on, and the optimizers' own messages for their refusals.
    Trainer(const Tensor &x, const std::vector<int64_t> &y, const TrainOptions &options);

    // One step on the next mini-batch; returns its loss, computed before the update. Throws
    // std::logic_error once the run has diverged.
    float step();

    int64_t stepsTaken() const { return steps_; }
    std::optional<int64_t> divergedAt() const { return divergedAt_; }
    int64_t classes() const { return classes_; }
    int64_t batchCount() const { return static_cast<int64_t>(batches_.size()); }
    // torch.linalg.norm of each layer's weight gradient at the last step that updated (fc1
    // first); empty before the first.
    const std::vector<float> &lastGradNorms() const { return gradNorms_; }
    // fc1, ..., fcN, as they are after the last step.
    const std::vector<Linear> &layers() const { return layers_; }
    const std::vector<Activation> &activations() const { return activations_; }

private:
    struct Batch {
        Tensor x;
        std::vector<int64_t> y;
    };
    std::vector<Batch> batches_;
    std::vector<Linear> layers_;
    std::vector<Activation> activations_;
    std::unique_ptr<Optimizer> optimizer_;
    int64_t classes_ = 0, steps_ = 0;
    std::optional<int64_t> divergedAt_;
    std::vector<float> gradNorms_;
};

// What a trained network computes on a set of points, for the Train workspace's pictures: each
// hidden layer's outputs and the class probabilities (softmax of the logits along dim 1).
struct NetworkProbe {
    std::vector<Tensor> hidden; // [points, units], one per hidden layer
    Tensor probabilities; // [points, classes]
};
NetworkProbe probeNetwork(
    const std::vector<Linear> &layers, const std::vector<Activation> &activations, const Tensor &x);

// The network on a whole set (the training or the test points): the mean cross-entropy, the
// share of points whose most probable class is their label (the first of equal ones, as argmax),
// and per hidden layer the units that are dead on this set: f'(z) = 0 at every point, so no
// gradient reaches their incoming weights and they cannot learn from it. x must have at least
// one row.
struct Evaluation {
    float loss = 0;
    double accuracy = 0;
    std::vector<int64_t> deadUnits;
};
Evaluation evaluateNetwork(const std::vector<Linear> &layers,
    const std::vector<Activation> &activations, const Tensor &x, const std::vector<int64_t> &y);

} // namespace al
