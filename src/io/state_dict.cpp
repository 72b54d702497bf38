#include "io/state_dict.h"

#include "core/mlp.h"
#include "io/json_tensor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <map>

namespace al::io {

namespace {

class StateDict {
    Q_DECLARE_TR_FUNCTIONS(StateDict)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<std::vector<Linear>> stateDictFromJson(const QJsonObject &object, QString *error)
{
    static const QRegularExpression keyPattern(
        QStringLiteral("^fc([1-9][0-9]{0,2})\\.(weight|bias)$"));
    std::map<int, std::pair<std::optional<Tensor>, std::optional<Tensor>>> parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QRegularExpressionMatch match = keyPattern.match(it.key());
        if (!match.hasMatch()) {
            fail(error,
                StateDict::tr("unexpected key \"%1\": expected fc1.weight, fc1.bias, "
                              "fc2.weight, ...")
                    .arg(it.key().left(40)));
            return std::nullopt;
        }
        QString tensorError;
        std::optional<Tensor> tensor = tensorFromJson(it.value(), &tensorError);
        if (!tensor) {
            fail(error, StateDict::tr("%1: %2").arg(it.key(), tensorError));
            return std::nullopt;
        }
        const int index = match.captured(1).toInt();
        if (index > kMaxLayers) { // before its numbers are read: 999 tiny layers freeze nothing
            fail(error,
                StateDict::tr("%1: a network has at most %2 layers").arg(it.key()).arg(kMaxLayers));
            return std::nullopt;
        }
        auto &slot = parts[index];
        (match.captured(2) == QLatin1String("weight") ? slot.first : slot.second)
            = std::move(tensor);
    }
    if (parts.empty()) {
        fail(error, StateDict::tr("no layers: expected fc1.weight, fc1.bias, ..."));
        return std::nullopt;
    }
    std::vector<Linear> layers;
    int expected = 1;
    for (auto &[index, pair] : parts) {
        if (index != expected) {
            fail(error, StateDict::tr("fc%1 is missing (found fc%2)").arg(expected).arg(index));
            return std::nullopt;
        }
        if (!pair.first || !pair.second) {
            fail(error,
                StateDict::tr("fc%1.%2 is missing")
                    .arg(index)
                    .arg(pair.first ? QStringLiteral("bias") : QStringLiteral("weight")));
            return std::nullopt;
        }
        const Tensor &weight = *pair.first;
        const Tensor &bias = *pair.second;
        if (weight.rank() != 2) {
            fail(error,
                StateDict::tr("fc%1.weight must have the shape [out_features, in_features], "
                              "got %2")
                    .arg(index)
                    .arg(QString::fromStdString(shapeToString(weight.shape()))));
            return std::nullopt;
        }
        if (weight.size(0) > kMaxLayerWidth || weight.size(1) > kMaxLayerWidth) {
            fail(error,
                StateDict::tr("fc%1.weight has the shape %2: a layer has at most %3 inputs and "
                              "outputs")
                    .arg(index)
                    .arg(QString::fromStdString(shapeToString(weight.shape())))
                    .arg(kMaxLayerWidth));
            return std::nullopt;
        }
        if (bias.shape() != Shape {weight.size(0)}) {
            fail(error,
                StateDict::tr("fc%1.bias must have the shape [%2] to match fc%1.weight, got %3")
                    .arg(index)
                    .arg(weight.size(0))
                    .arg(QString::fromStdString(shapeToString(bias.shape()))));
            return std::nullopt;
        }
        layers.emplace_back(std::move(*pair.first), std::move(*pair.second));
        if (layers.size() > 1
            && layers.back().inFeatures() != layers[layers.size() - 2].outFeatures()) {
            fail(error,
                StateDict::tr("fc%1.weight takes %2 inputs but fc%3 gives %4 outputs")
                    .arg(index)
                    .arg(layers.back().inFeatures())
                    .arg(index - 1)
                    .arg(layers[layers.size() - 2].outFeatures()));
            return std::nullopt;
        }
        ++expected;
    }
    return layers;
}

std::optional<std::vector<Linear>> parseStateDict(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(pythonNumbersToJson(json), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
            StateDict::tr("invalid JSON at character %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, StateDict::tr("a state dict must be a JSON object of named tensors"));
        return std::nullopt;
    }
    return stateDictFromJson(document.object(), error);
}

QByteArray stateDictToJson(const std::vector<Linear> &layers)
{
    QByteArray out = "{\n";
    for (size_t i = 0; i < layers.size(); ++i) {
        const QByteArray name = "fc" + QByteArray::number(static_cast<qulonglong>(i + 1));
        out += "  \"" + name + ".weight\": " + tensorToJson(layers[i].weight()) + ",\n";
        out += "  \"" + name + ".bias\": " + tensorToJson(layers[i].bias());
        out += i + 1 < layers.size() ? ",\n" : "\n";
    }
    return out + "}\n";
}

} // namespace al::io
