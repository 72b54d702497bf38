#include "app/train/train_session.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace al {

namespace {

constexpr size_t kMaxHistory = 1000; // points per curve; beyond it every other one is dropped

Tensor rows(const Tensor &x, int64_t first, int64_t count)
{
    const int64_t columns = x.size(1);
    Tensor part = Tensor::uninitialized({count, columns});
    std::copy(x.data() + first * columns, x.data() + (first + count) * columns, part.data());
    return part;
}

} // namespace

TrainOptions TrainSetup::trainOptions(const Activation *everyLayer) const
{
    TrainOptions options;
    options.hiddenSizes.clear();
    for (const LayerSetup &layer : layers) {
        options.hiddenSizes.push_back(layer.units);
        options.activations.push_back(everyLayer ? *everyLayer : layer.activation);
    }
    options.seed = seed;
    options.optimizer = optimizer;
    options.lr = lr;
    options.momentum = optimizer == OptimizerKind::Sgd ? momentum : 0.0;
    options.weightDecay = weightDecay;
    options.batchSize = batchSize;
    return options;
}

TrainSession::TrainSession(TrainSetup setup)
    : setup_(std::move(setup))
{
    if (setup_.features.empty())
        throw std::invalid_argument("choose at least one input feature");
    if (setup_.testPercent < 0 || setup_.testPercent > 90)
        throw std::invalid_argument("the test share is 0 to 90 %");
    if (!setup_.compare.empty()
        && (setup_.compare.size() < 2 || setup_.compare.size() > size_t(kMaxCompareRuns)))
        throw std::invalid_argument("compare two to four activations");
    data_ = setup_.imported ? *setup_.imported : makeDataset(setup_.data);
    const int64_t n = data_.x.size(0);
    classes_ = data_.classes();
    if (classes_ > kMaxTrainDisplayClasses)
        throw std::invalid_argument("at most 4 classes");
    const auto test = static_cast<int64_t>(std::llround(double(n) * setup_.testPercent / 100.0));
    trainCount_ = n - test;
    if (trainCount_ < 1)
        throw std::invalid_argument("no training points are left: lower the test share");
    const Tensor inputs = withFeatures(data_.x, setup_.features);
    trainInputs_ = rows(inputs, 0, trainCount_);
    testInputs_ = rows(inputs, trainCount_, n - trainCount_);
    trainLabels_.assign(data_.y.begin(), data_.y.begin() + trainCount_);
    testLabels_.assign(data_.y.begin() + trainCount_, data_.y.end());

    float largest = 0;
    for (int64_t i = 0; i < 2 * n; ++i)
        largest = std::max(largest, std::abs(data_.x.data()[i]));
    extent_ = std::max(1.0, 1.08 * double(largest));

    auto label = [](const TrainOptions &options) {
        std::string text;
        for (const Activation &activation : options.activations)
            text += (text.empty() ? "" : ", ") + std::string(activation.name());
        return text.empty() ? std::string("linear") : text;
    };
    if (setup_.compare.empty()) {
        const TrainOptions options = setup_.trainOptions();
        runs_.push_back(
            {label(options), std::make_unique<Trainer>(trainInputs_, trainLabels_, options), {}});
    } else {
        for (const Activation &activation : setup_.compare) {
            const TrainOptions options = setup_.trainOptions(&activation);
            runs_.push_back({activation.name(),
                std::make_unique<Trainer>(trainInputs_, trainLabels_, options), {}});
        }
    }
    record();
}

Tensor TrainSession::gridInputs(double xExtent, double yExtent, int columns, int rows) const
{
    Tensor grid = Tensor::uninitialized({int64_t(columns) * rows, 2});
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            float *point = grid.data() + 2 * (int64_t(row) * columns + column);
            point[0] = static_cast<float>(xExtent * (2.0 * (column + 0.5) / columns - 1.0));
            point[1] = static_cast<float>(yExtent * (2.0 * (row + 0.5) / rows - 1.0));
        }
    return withFeatures(grid, setup_.features);
}

bool TrainSession::step()
{
    bool more = false;
    for (TrainRun &run : runs_)
        if (!run.trainer->divergedAt()) {
            run.trainer->step();
            more = more || !run.trainer->divergedAt();
        }
    return more;
}

int64_t TrainSession::steps() const
{
    int64_t most = 0;
    for (const TrainRun &run : runs_)
        most = std::max(most, run.trainer->stepsTaken());
    return most;
}

int64_t TrainSession::epoch() const
{
    return steps() / runs_.front().trainer->batchCount();
}

void TrainSession::record()
{
    for (TrainRun &run : runs_) {
        const Trainer &trainer = *run.trainer;
        if (!run.history.empty() && run.history.back().step == trainer.stepsTaken())
            continue;
        HistoryPoint point;
        point.step = trainer.stepsTaken();
        point.train
            = evaluateNetwork(trainer.layers(), trainer.activations(), trainInputs_, trainLabels_);
        if (testLabels_.empty())
            point.test.loss = std::numeric_limits<float>::quiet_NaN();
        else
            point.test = evaluateNetwork(
                trainer.layers(), trainer.activations(), testInputs_, testLabels_);
        point.gradNorms = trainer.lastGradNorms();
        run.history.push_back(std::move(point));
        if (run.history.size() > kMaxHistory) {
            // Thin out the older half: every other point, the first and the newest kept.
            std::vector<HistoryPoint> thinned;
            for (size_t i = 0; i < run.history.size(); ++i)
                if (i % 2 == 0 || i + 1 == run.history.size())
                    thinned.push_back(std::move(run.history[i]));
            run.history = std::move(thinned);
        }
    }
}

} // namespace al
