#pragma once

// The Forward-pass workspace's state: the seed document's network (or one loaded from a state
// dict), its input batch, the activations between the layers, fc1's bias shift (to kill ReLU
// units), the current stage, the chosen sample and neuron. The views draw from it.

#include "core/analysis.h"
#include "core/mlp.h"
#include "core/modules.h"

#include <QObject>
#include <QString>
#include <optional>

namespace al {

struct Contribution {
    int input; // index into the previous stage's vector; -1 for "all the others"
    float weight, value, product;
};

struct NeuronExplanation {
    int stage = 0, neuron = 0, sample = 0;
    bool hasLinear = false; // false for the input stage
    std::vector<Contribution> largest; // the biggest |w·x| first
    float rest = 0; // the sum of all other contributions
    float bias = 0, z = 0; // z = Σ w·x + b, as the layer computed it
    bool hasActivation = false;
    QString activationName;
    float activated = 0;
};

// nn.CrossEntropyLoss (mean) of the logits for the targets, and what loss.backward() gives: the
// gradient with respect to every stage's output (input to logits; the softmax stage is only for
// reading probabilities: the loss applies log_softmax to the logits itself) and every parameter.
struct MlpGradients {
    float loss = 0;
    std::vector<Tensor> stages; // by stage, up to the logits
    std::vector<NamedTensor> parameters; // fc1.weight, fc1.bias, ...
};

// What "Train" did, step by step: each step's loss (before its update, as loss.item() in the
// loop) and the fc1 units below 0 for the whole batch after it (dead ones, under ReLU).
struct TrainingHistory {
    std::vector<float> losses;
    std::vector<int> inactiveUnits; // [0]: before the first step
};

// A neuron's gradient δ = ∂L/∂(its output) by the chain rule, with the numbers autograd used:
// after a Linear layer fed by an activation's output, the sum over the next layer's weights
// (largest terms first); at a hidden Linear stage, the upstream δ of its activation × f′(z); at
// the logits, (softmax − one-hot target) / batch.
struct NeuronGradient {
    enum class Rule { NextLayerSum, ActivationDerivative, Logit } rule;
    int stage = 0, neuron = 0, sample = 0;
    std::vector<Contribution> largest; // NextLayerSum: weight W[k, neuron], value δ_k, product
    float rest = 0; // the other terms' sum
    int nextLayer = 0; // NextLayerSum: the fc whose weights carry it back
    float upstream = 0, derivative = 0; // ActivationDerivative: δ of the activation, f′(z)
    QString activationName;
    float probability = 0; // Logit: softmax of the logits
    bool isTarget = false;
    int batch = 0;
    float delta = 0; // what autograd computed
};

class MlpState : public QObject {
    Q_OBJECT

public:
    static constexpr double kMaxBiasShift = 3.0;
    static constexpr int kMaxTrainingSteps = 1000;

    explicit MlpState(QObject *parent = nullptr);

    const Mlp &network() const { return network_; }
    uint64_t seed() const { return seed_; }
    double biasShift() const { return biasShift_; }
    double negativeSlope() const { return negativeSlope_; }
    int sample() const { return sample_; }
    int selectedStage() const { return selectedStage_; }
    int selectedNeuron() const { return selectedNeuron_; }
    bool fromSeed() const { return fromSeed_; }
    // The stage's name as the screen shows it: PyTorch's names (fc1, relu), the input in words.
    QString stageLabel(int stage) const;

    // torch.manual_seed(seed), then randn(4, 100) and the three nn.Linear, as the seed program.
    bool setSeed(uint64_t seed, QString *error);
    bool setHiddenActivation(int index, const QString &functionalName, QString *error);
    // Elementwise, and nothing the training here would leave out: PReLU's weight is a parameter
    // torch.optim would train with the layers (activation-lab-cli mlp refuses it too).
    static bool hiddenActivationAllowed(const ActivationSpec &spec);
    bool setNegativeSlope(double slope, QString *error);
    bool setBiasShift(double shift, QString *error); // added to every bias of fc1
    bool setSample(int sample, QString *error);
    bool selectNeuron(int stage, int neuron, QString *error);

    bool canStep() const;
    void step();
    void stepBack();
    void reset();
    void runAll();

    bool loadStateDict(const QString &path, QString *error);
    bool saveStateDict(const QString &path, QString *error) const;

    std::vector<float> sampleVector() const; // the current stage's output for the chosen sample
    StageStatistics statistics() const; // of the current stage over the whole batch
    float deadShareAfterFirstActivation() const; // fc1 units dead for the whole batch
    // The largest finite |value| of a computed stage's batch (at least 1e-6): the half-width of
    // its colour scale. 1e-6 for a stage not computed yet.
    float stageExtent(int stage) const;
    NeuronExplanation explain() const;
    NeuronGradient explainGradient() const; // the selected neuron, backward

    // One class index per sample; "0, 1, 2, 3" by default.
    const std::vector<int64_t> &targets() const { return targets_; }
    QString targetsText() const;
    bool setTargets(const QString &text, QString *error);
    const MlpGradients &gradients() const; // of the whole forward pass, whatever the step
    // The picture shows ∂L/∂(stage output) instead of the outputs (the whole pass, computed).
    bool gradientsShown() const { return gradientsShown_; }
    void setGradientsShown(bool shown);
    // What the picture shows for a stage: its output, or its gradient when gradients are shown
    // (none for the softmax stage, which the loss does not use); null if not computed yet.
    const Tensor *shownTensor(int stage) const;
    // `steps` of torch.optim.SGD(model.parameters(), lr, momentum) on the batch and targets, as
    // the loop activation-lab-cli mlp --sgd-steps runs; the network keeps the trained weights.
    bool train(double lr, double momentum, int steps, QString *error);
    const TrainingHistory &history() const { return history_; }
    int trainedSteps() const { return trainedSteps_; } // since the network was last built
    // fc1 units whose output is <= 0 for every sample of the batch: under ReLU they are dead,
    // their rows of fc1.weight.grad exactly 0; under LeakyReLU a gradient still reaches them.
    std::vector<int> inactiveUnits() const;
    // Of those, the ones whose row of ∂L/∂fc1.weight is exactly 0.
    int inactiveUnitsWithoutGradient() const;
    // What the seed program prints, for the stages reached so far.
    QString consoleText() const;

signals:
    void changed();

private:
    void rebuild(std::vector<Linear> layers, Tensor input, int stage);
    void applyBiasShift();

    Mlp network_;
    std::vector<Linear> baseLayers_; // as loaded or initialised, before the bias shift
    uint64_t seed_ = 0;
    bool fromSeed_ = true;
    int trainedSteps_ = 0;
    double biasShift_ = 0;
    double negativeSlope_ = 0.01;
    std::vector<int64_t> targets_ {0, 1, 2, 3};
    mutable std::optional<MlpGradients> gradients_; // dropped on every change
    bool gradientsShown_ = false;
    TrainingHistory history_;
    int sample_ = 0, selectedStage_ = 1, selectedNeuron_ = 0;
};

} // namespace al
