#pragma once

// What the Train workspace trains: a data set split into training and test points, the input
// features, and one run (the network as set up) or two to four runs side by side (the same
// network with one activation in every hidden layer each), all from the same seed and started
// together. Each run is a core Trainer, exactly as `activation-lab-cli train` and PyTorch run it;
// its history holds what the curves draw, one point per recorded frame.

#include "core/datasets.h"
#include "core/train.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace al {

constexpr int kMaxCompareRuns = 4;
constexpr int kBoundaryResolution = 100; // the decision boundary's grid along its shorter side
constexpr int64_t kMaxImportedPoints = kMaxDatasetPoints;
constexpr int kMaxTrainDisplayClasses = 4;

struct LayerSetup {
    int64_t units = 6;
    Activation activation = Activation::named("tanh");
};

struct TrainSetup {
    DatasetOptions data; // used unless points were imported
    std::optional<Dataset> imported; // a CSV's points, in its order
    int testPercent = 30; // the last points are the test set
    std::vector<Feature> features {Feature::X1, Feature::X2};
    std::vector<LayerSetup> layers {{}, {}};
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double lr = 0.03;
    double momentum = 0.0;
    double weightDecay = 0.0;
    int64_t batchSize = 10;
    uint64_t seed = 0; // torch.manual_seed before the layers are built
    // Empty: one run as `layers` says. Two to four: a run for each, every hidden layer with it.
    std::vector<Activation> compare;

    TrainOptions trainOptions(const Activation *everyLayer = nullptr) const;
};

struct HistoryPoint {
    int64_t step = 0;
    Evaluation train, test; // test.loss is NaN without test points
    std::vector<float> gradNorms; // per layer, at the last step (empty before the first)
};

struct TrainRun {
    std::string label; // "tanh" or "relu, relu"
    std::unique_ptr<Trainer> trainer;
    std::vector<HistoryPoint> history;
};

class TrainSession {
public:
    // Builds the data, the split, the features and every run; throws std::invalid_argument (or
    // the optimizers' refusals) for a setup that cannot train, with a message for the user.
    explicit TrainSession(TrainSetup setup);

    const TrainSetup &setup() const { return setup_; }
    const Dataset &data() const { return data_; } // every point, [n, 2]
    int64_t trainCount() const { return trainCount_; } // the first points; the rest are test
    int64_t classes() const { return classes_; }
    // The training points through the features, and their labels: what each run trains on.
    const Tensor &trainInputs() const { return trainInputs_; }
    const std::vector<int64_t> &trainLabels() const { return trainLabels_; }
    const std::vector<TrainRun> &runs() const { return runs_; }
    // Every point lies within [-extent, extent] on both axes, with a margin.
    double extent() const { return extent_; }
    // A grid over [-xExtent, xExtent] × [-yExtent, yExtent], columns × rows cells, through the
    // features: each cell's centre, row by row from the bottom left, [columns · rows, features].
    Tensor gridInputs(double xExtent, double yExtent, int columns, int rows) const;

    // One step of every run that has not diverged; false once all have.
    bool step();
    int64_t steps() const;
    int64_t epoch() const; // full passes over the training points
    // A history point for every run at its current step (the curves), at most one per step.
    void record();

private:
    TrainSetup setup_;
    Dataset data_;
    Tensor trainInputs_, testInputs_;
    std::vector<int64_t> trainLabels_, testLabels_;
    int64_t trainCount_ = 0, classes_ = 0;
    double extent_ = 1;
    std::vector<TrainRun> runs_;
};

} // namespace al
