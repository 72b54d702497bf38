#pragma once

// Tensors as JSON: nested arrays of numbers, rank 0 (a bare number) to 4. The strings "nan",
// "inf" and "-inf" stand for the non-finite values, on input and on output, and "-0" for -0.0 on
// input (-0.0 is written as such); Python's NaN and Infinity are read too. Numbers are written
// in the shortest form that reads back as the same float32.

#include "core/tensor.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <string>

namespace al::io {

// JSON text as Python's json module reads it, rewritten for QJsonDocument, which would lose or
// refuse some of it: NaN, Infinity and -Infinity (what json.dump writes) become "nan", "inf",
// "-inf"; a number whose float32 is -0.0 (-0.0, -0e0, -1e-400) becomes "-0" (an integer -0 is
// Python's int 0: +0.0); one beyond float32 (1e400) becomes "inf" or "-inf"; a very long one (a
// million digits) is written with 17 digits, the same double. The rest is left as it is.
QByteArray pythonNumbersToJson(const QByteArray &json);

// Parses a whole document; on failure returns nullopt and sets *error to a translated message
// saying what is wrong and where (a character offset or an index path such as [1][0]).
std::optional<Tensor> parseTensor(const QByteArray &json, QString *error);
std::optional<Tensor> tensorFromJson(const QJsonValue &value, QString *error);

QByteArray tensorToJson(const Tensor &tensor);
// Shortest round-trip text of a float32: "0.1", "1e-45", "nan", "inf", "-inf".
std::string formatFloat(float value);

} // namespace al::io
