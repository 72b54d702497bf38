#pragma once

// Tensors as JSON: nested arrays of numbers, rank 0 (a bare number) to 4. The strings "nan",
// "inf" and "-inf" stand for the non-finite values, on input and on output. Numbers are written
// in the shortest form that reads back as the same float32.

#include "core/tensor.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <string>

namespace al::io {

// Parses a whole document; on failure returns nullopt and sets *error to a translated message
// saying what is wrong and where (a character offset or an index path such as [1][0]).
std::optional<Tensor> parseTensor(const QByteArray &json, QString *error);
std::optional<Tensor> tensorFromJson(const QJsonValue &value, QString *error);

QByteArray tensorToJson(const Tensor &tensor);
// Shortest round-trip text of a float32: "0.1", "1e-45", "nan", "inf", "-inf".
std::string formatFloat(float value);

} // namespace al::io
