#pragma once

// Reading the PyTorch fixtures (tests/fixtures/make_fixtures.py) and comparing float32 results.

#include "core/tensor.h"
#include "io/json_tensor.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace fixtures {

inline QJsonDocument load(const char *name)
{
    QFile file(QStringLiteral(FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    // As Python's json reads them: -0.0 keeps its sign, NaN and Infinity are numbers.
    return QJsonDocument::fromJson(al::io::pythonNumbersToJson(file.readAll()));
}

inline al::Tensor tensor(const QJsonValue &value)
{
    QString error;
    std::optional<al::Tensor> t = al::io::tensorFromJson(value, &error);
    if (!t)
        qFatal("bad fixture tensor: %s", qPrintable(error));
    return *t;
}

// Distance in units in the last place; +0 and -0 are 1 apart; NaN matches only NaN.
inline int64_t ulpDistance(float a, float b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) ? 0 : INT64_MAX;
    if (a == b) // -0.0 and +0.0 are a bit apart: bit for bit means zeros too
        return std::signbit(a) == std::signbit(b) ? 0 : 1;
    auto ordered = [](float v) {
        int32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        return bits < 0 ? -int64_t(bits & 0x7fffffff) : int64_t(bits);
    };
    return std::llabs(ordered(a) - ordered(b));
}

// Every element within maxUlps, or within absolute of the expected value (for results that
// come from a cancellation, whose relative error says nothing).
inline bool allClose(const al::Tensor &actual, const al::Tensor &expected, int64_t maxUlps,
    float absolute, QString *where)
{
    if (actual.shape() != expected.shape()) {
        *where = QStringLiteral("shape %1 instead of %2")
                     .arg(QString::fromStdString(al::shapeToString(actual.shape())),
                         QString::fromStdString(al::shapeToString(expected.shape())));
        return false;
    }
    for (int64_t i = 0; i < actual.numel(); ++i) {
        const float a = actual.data()[i], e = expected.data()[i];
        const bool sameZero = a != 0 || e != 0 || std::signbit(a) == std::signbit(e);
        if (sameZero && (ulpDistance(a, e) <= maxUlps || std::abs(a - e) <= absolute))
            continue;
        *where = QStringLiteral("element %1: %2 instead of %3 (%4 ulps)")
                     .arg(i)
                     .arg(double(a), 0, 'g', 9)
                     .arg(double(e), 0, 'g', 9)
                     .arg(ulpDistance(a, e));
        return false;
    }
    return true;
}

} // namespace fixtures

#define AL_COMPARE_TENSORS(actual, expected, ulps, absolute)                                       \
    do {                                                                                           \
        QString where_;                                                                            \
        if (!fixtures::allClose((actual), (expected), (ulps), (absolute), &where_))                \
            QFAIL(qPrintable(where_));                                                             \
    } while (false)
