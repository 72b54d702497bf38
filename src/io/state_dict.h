#pragma once

// State dicts as JSON with PyTorch's key names: {"fc1.weight": [[...]], "fc1.bias": [...],
// "fc2.weight": ..., ...}. Layer sizes come from the shapes. In Python:
//   json.dump({k: v.tolist() for k, v in model.state_dict().items()}, open("weights.json", "w"))

#include "core/linear.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace al::io {

// The layers fc1..fcN in order; nullopt and a translated *error for anything inconsistent.
std::optional<std::vector<Linear>> parseStateDict(const QByteArray &json, QString *error);
std::optional<std::vector<Linear>> stateDictFromJson(const QJsonObject &object, QString *error);

QByteArray stateDictToJson(const std::vector<Linear> &layers);

} // namespace al::io
