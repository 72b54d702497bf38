#pragma once

// The Forward-pass workspace's state: the seed document's network (or one loaded from a state
// dict), its input batch, the activations between the layers, fc1's bias shift (to kill ReLU
// units), the current stage, the chosen sample and neuron. The views draw from it.

#include "core/analysis.h"
#include "core/mlp.h"

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

class MlpState : public QObject {
    Q_OBJECT

public:
    static constexpr double kMaxBiasShift = 3.0;

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
    bool setNegativeSlope(double slope, QString *error);
    bool setBiasShift(double shift, QString *error); // added to every bias of fc1
    bool setSample(int sample, QString *error);
    bool selectNeuron(int stage, int neuron, QString *error);

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
    double biasShift_ = 0;
    double negativeSlope_ = 0.01;
    int sample_ = 0, selectedStage_ = 1, selectedNeuron_ = 0;
};

} // namespace al
