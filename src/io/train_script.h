#pragma once

// The Python program that trains what a Trainer trains: self-contained (the data inline), it
// builds the network from torch.manual_seed, takes the same mini-batches and prints the same
// JSON as `activation-lab-cli train`: each step's loss before its update, where the run diverged
// if it did, and the final state dict. PyTorch 1.13 gives the same bits.

#include "core/train.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace al {

// torch.optim.SGD(model.parameters(), lr=..., momentum=..., weight_decay=...) or Adam's, as the
// programs below construct the optimizer.
QString optimizerCode(const TrainOptions &options);

// x [n, inputs] and y as the Trainer takes them; `header` goes on top as comment lines (one per
// line of it).
QByteArray trainingScript(const Tensor &x, const std::vector<int64_t> &y,
    const TrainOptions &options, int64_t classes, int64_t steps, const QString &header);

// Several runs on the same data, each (a name, its options) from the same seed, as the Train
// workspace compares them: prints {"runs": [{"activation": name, "losses": ..., "state_dict":
// ...}, ...]}. The runs' batch size, seed and optimizer are the first's.
QByteArray comparisonScript(const Tensor &x, const std::vector<int64_t> &y,
    const std::vector<std::pair<std::string, TrainOptions>> &runs, int64_t classes, int64_t steps,
    const QString &header);

} // namespace al
