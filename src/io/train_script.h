#pragma once

// The Python program that trains what a Trainer trains: self-contained (the data inline), it
// builds the network from torch.manual_seed, takes the same mini-batches and prints the same
// JSON as `activation-lab-cli train`: each step's loss before its update, where the run diverged
// if it did, and the final state dict. PyTorch 1.13 gives the same bits.

#include "core/train.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <vector>

namespace al {

// x [n, inputs] and y as the Trainer takes them; `header` goes on top as comment lines (one per
// line of it).
QByteArray trainingScript(const Tensor &x, const std::vector<int64_t> &y,
    const TrainOptions &options, int64_t classes, int64_t steps, const QString &header);

} // namespace al
