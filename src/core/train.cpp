#include "core/train.h"

#include "core/analysis.h"
#include "core/loss.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace al {

namespace {

[[noreturn]] void refuse(const std::string &message)
{
    throw std::invalid_argument(message);
}

} // namespace

bool trainableHidden(const Activation &activation, std::string *why)
{
    const std::string name = activation.spec().functionalName;
    std::string reason;
    if (!activation.isElementwise())
        reason = name + " cannot be a hidden activation: it is not elementwise";
    // nn.PReLU's weight is a parameter PyTorch would train with the layers; RReLU in training
    // mode draws its slopes from the generator (in eval mode it is a leaky ReLU).
    else if (activation.kind() == ActivationKind::Prelu)
        reason = "prelu cannot be a hidden activation here: its weight is a parameter the "
                 "Trainer does not train";
    else if (activation.isRandom())
        reason = name
            + " cannot be a hidden activation here: in training mode it draws random "
              "slopes";
    if (why)
        *why = reason;
    return reason.empty();
}

Trainer::Trainer(const Tensor &x, const std::vector<int64_t> &y, const TrainOptions &options)
    : activations_(options.activations)
{
    if (x.rank() != 2 || x.size(1) < 1 || x.size(1) > kMaxTrainInputs)
        refuse("the points must have shape [n, inputs] with 1 to " + std::to_string(kMaxTrainInputs)
            + " inputs, got " + shapeToString(x.shape()));
    const int64_t n = x.size(0);
    if (n < 1)
        refuse("the data set is empty");
    if (static_cast<int64_t>(y.size()) != n)
        refuse(std::to_string(n) + " points but " + std::to_string(y.size()) + " labels");
    for (int64_t label : y)
        if (label < 0 || label >= kMaxTrainClasses)
            refuse("a label is a class from 0 to " + std::to_string(kMaxTrainClasses - 1) + ", got "
                + std::to_string(label));
    classes_ = *std::max_element(y.begin(), y.end()) + 1;
    const auto hidden = static_cast<int64_t>(options.hiddenSizes.size());
    if (hidden > kMaxTrainHiddenLayers)
        refuse("at most " + std::to_string(kMaxTrainHiddenLayers) + " hidden layers, got "
            + std::to_string(hidden));
    for (int64_t size : options.hiddenSizes)
        if (size < 1 || size > kMaxTrainUnits)
            refuse("a hidden layer has 1 to " + std::to_string(kMaxTrainUnits) + " units, got "
                + std::to_string(size));
    if (static_cast<int64_t>(options.activations.size()) != hidden)
        refuse(std::to_string(hidden) + " hidden layers need " + std::to_string(hidden)
            + " activations, got " + std::to_string(options.activations.size()));
    for (const Activation &activation : options.activations) {
        std::string why;
        if (!trainableHidden(activation, &why))
            refuse(why);
    }
    if (options.batchSize < 1 || options.batchSize > kMaxTrainBatch)
        refuse("the batch size is 1 to " + std::to_string(kMaxTrainBatch) + ", got "
            + std::to_string(options.batchSize));
    if (!std::isfinite(options.lr) || !std::isfinite(options.momentum)
        || !std::isfinite(options.weightDecay))
        refuse("the learning rate, momentum and weight decay must be finite");
    if (options.optimizer == OptimizerKind::Adam && options.momentum != 0.0)
        refuse("Adam has no momentum (its betas play that part)");
    if (options.momentum >= 1.0)
        refuse("the momentum must be below 1");

    // The optimizer first: its refusals come before any work, as PyTorch's would after the
    // model is built (building draws nothing the user sees).
    if (options.optimizer == OptimizerKind::Sgd)
        optimizer_ = std::make_unique<Sgd>(options.lr, options.momentum, options.weightDecay);
    else
        optimizer_ = std::make_unique<Adam>(options.lr, options.weightDecay);

    TorchGenerator generator(options.seed);
    const int64_t inputs = x.size(1);
    int64_t in = inputs;
    for (int64_t size : options.hiddenSizes) {
        layers_.push_back(Linear::torchDefault(in, size, generator));
        in = size;
    }
    layers_.push_back(Linear::torchDefault(in, classes_, generator));

    for (int64_t start = 0; start < n; start += options.batchSize) {
        const int64_t rows = std::min(options.batchSize, n - start);
        Batch batch {
            Tensor::uninitialized({rows, inputs}), {y.begin() + start, y.begin() + start + rows}};
        std::copy(x.data() + inputs * start, x.data() + inputs * (start + rows), batch.x.data());
        batches_.push_back(std::move(batch));
    }
}

float Trainer::step()
{
    if (divergedAt_)
        throw std::logic_error("the run diverged at step " + std::to_string(*divergedAt_));
    const Batch &batch = batches_[static_cast<size_t>(steps_ % batchCount())];
    // What Sequential::mlp's forward and backward compute, module by module, without copying the
    // layers: z_i = fc_i(a_{i-1}), a_i = act_i(z_i), the logits z_N.
    const size_t count = layers_.size();
    std::vector<Tensor> z(count), a(count - 1);
    for (size_t i = 0; i < count; ++i) {
        z[i] = layers_[i].forward(i == 0 ? batch.x : a[i - 1]);
        if (i + 1 < count)
            a[i] = forward(activations_[i], z[i]);
    }
    Tensor grad;
    const float loss = crossEntropyWithGradient(z.back(), batch.y, &grad);
    if (!std::isfinite(loss)) {
        divergedAt_ = steps_++;
        return loss;
    }
    std::vector<LinearGradients> gradients(count);
    for (size_t i = count; i-- > 0;) {
        gradients[i] = layers_[i].backward(i == 0 ? batch.x : a[i - 1], grad);
        if (i > 0)
            grad = backward(activations_[i - 1], z[i - 1], a[i - 1], gradients[i].gradInput);
    }
    std::vector<Tensor *> parameters; // weight, bias, weight, ... as model.parameters()
    std::vector<const Tensor *> grads;
    for (size_t i = 0; i < count; ++i) {
        parameters.push_back(&layers_[i].mutableWeight());
        parameters.push_back(&layers_[i].mutableBias());
        grads.push_back(&gradients[i].gradWeight);
        grads.push_back(&gradients[i].gradBias);
    }
    optimizer_->step(parameters, grads);
    gradNorms_.resize(count);
    for (size_t i = 0; i < count; ++i)
        gradNorms_[i] = normLikeTorch(gradients[i].gradWeight);
    ++steps_;
    return loss;
}

NetworkProbe probeNetwork(
    const std::vector<Linear> &layers, const std::vector<Activation> &activations, const Tensor &x)
{
    NetworkProbe probe;
    Tensor a = x;
    for (size_t i = 0; i + 1 < layers.size(); ++i) {
        a = forward(activations[i], layers[i].forward(a));
        probe.hidden.push_back(a);
    }
    Activation softmax = Activation::named("softmax");
    softmax.set("dim", 1);
    probe.probabilities = forward(softmax, layers.back().forward(a));
    return probe;
}

Evaluation evaluateNetwork(const std::vector<Linear> &layers,
    const std::vector<Activation> &activations, const Tensor &x, const std::vector<int64_t> &y)
{
    Evaluation evaluation;
    Tensor a = x;
    for (size_t i = 0; i + 1 < layers.size(); ++i) {
        const Tensor z = layers[i].forward(a);
        const Tensor slope = derivative(activations[i], z);
        const int64_t points = z.size(0), units = z.size(1);
        int64_t dead = 0;
        for (int64_t u = 0; u < units; ++u) {
            bool zero = true;
            for (int64_t p = 0; p < points && zero; ++p)
                zero = slope.data()[p * units + u] == 0.0f;
            dead += zero;
        }
        evaluation.deadUnits.push_back(dead);
        a = forward(activations[i], z);
    }
    const Tensor logits = layers.back().forward(a);
    evaluation.loss = crossEntropy(logits, y);
    const int64_t points = logits.size(0), classes = logits.size(1);
    int64_t right = 0;
    for (int64_t p = 0; p < points; ++p) {
        // torch.argmax: the first NaN if there is one, else the first of the largest.
        const float *row = logits.data() + p * classes;
        const float *nan = std::find_if(row, row + classes, [](float v) { return std::isnan(v); });
        const float *best = nan != row + classes ? nan : std::max_element(row, row + classes);
        right += best - row == y[static_cast<size_t>(p)];
    }
    evaluation.accuracy = points ? double(right) / double(points) : 0.0;
    return evaluation;
}

} // namespace al
