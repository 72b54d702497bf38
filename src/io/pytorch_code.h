#pragma once

// The PyTorch code for an activation with the current settings, in its two equivalent forms:
// the module (nn.LeakyReLU(negative_slope=0.05)) and the functional call
// (F.leaky_relu(x, negative_slope=0.05)). Parameters at their default are left out, as one
// would write them; dim is always written, since PyTorch warns without it.

#include "core/activation.h"

#include <QString>

namespace al {

QString pythonNumber(double value); // the shortest text Python reads back as the same float
QString moduleCode(const Activation &activation);
QString functionalCode(const Activation &activation, const QString &input = QStringLiteral("x"));

} // namespace al
