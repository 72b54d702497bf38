#include "io/state_dict.h"

#include "core/mlp.h"
#include "io/json_tensor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <utility>

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

// The layer (1, 2, ...) a key names and whether it is the weight; false and *error for a key
// that is not fcN.weight or fcN.bias, or whose N is beyond the limit.
bool layerKey(const QString &key, int *index, bool *weight, QString *error)
{
    static const QRegularExpression keyPattern(
        QStringLiteral("^fc([1-9][0-9]{0,2})\\.(weight|bias)$"));
    const QRegularExpressionMatch match = keyPattern.match(key);
    if (!match.hasMatch())
        return fail(error,
            StateDict::tr("unexpected key \"%1\": expected fc1.weight, fc1.bias, "
                          "fc2.weight, ...")
                .arg(key.left(40)));
    *index = match.captured(1).toInt();
    *weight = match.captured(2) == QLatin1String("weight");
    if (*index > kMaxLayers)
        return fail(
            error, StateDict::tr("%1: a network has at most %2 layers").arg(key).arg(kMaxLayers));
    return true;
}

bool widthRefused(int index, const Shape &shape, QString *error)
{
    return std::any_of(shape.begin(), shape.end(), [](int64_t n) { return n > kMaxLayerWidth; })
        && !fail(error,
            StateDict::tr("fc%1.weight has the shape %2: a layer has at most %3 inputs and "
                          "outputs")
                .arg(index)
                .arg(QString::fromStdString(shapeToString(shape)))
                .arg(kMaxLayerWidth));
}

// A member of the top-level object as its text shows it, no number converted: its key, the
// largest element count at each nesting level of its value (the shape, if not ragged), and its
// count of numbers (and strings).
struct Member {
    std::optional<QString> key;
    Shape extents;
    int64_t values = 0;
};

// A key as written between its quotes, escapes and all.
QString keyText(const QByteArray &quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

bool memberWithinLimits(const Member &member, int64_t *parameters, QString *error)
{
    if (!member.key)
        return true; // "{}", or a stray comma: the parser's to report
    int index = 0;
    bool weight = false;
    if (!layerKey(*member.key, &index, &weight, error)
        || (weight && widthRefused(index, member.extents, error)))
        return false;
    *parameters += member.values;
    return *parameters <= kMaxParameters
        || fail(error,
            StateDict::tr("%1: a network has at most %2 parameters")
                .arg(*member.key)
                .arg(kMaxParameters));
}

// Refuses a state dict beyond the limits (a layer after fc16, a weight wider than 4096, more
// numbers than kMaxParameters) from its text's structure alone, in one pass that converts no
// number and allocates nothing per number: a hostile file is refused at the cost of reading it.
// Everything else (invalid JSON, ragged arrays, shapes that do not chain) is the parser's.
bool withinLimits(const QByteArray &json, QString *error)
{
    const auto delimiter = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '['
            || c == ']' || c == '{' || c == '}' || c == '"';
    };
    Member member;
    std::vector<int64_t> open; // the elements so far of each array open in the member's value
    int64_t deeper = 0; // arrays open beyond kMaxRank + 1 levels: counted, not tracked
    bool awaiting = false; // the innermost open array's next element has not started
    bool inObject = false;
    int64_t parameters = 0;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':')
            continue;
        if (!inObject) {
            if (c == '[')
                return fail(
                    error, StateDict::tr("a state dict must be a JSON object of named tensors"));
            if (c != '{')
                return true;
            inObject = true;
            continue;
        }
        if (c == ',') {
            if (deeper)
                continue;
            if (!open.empty())
                awaiting = true;
            else if (!memberWithinLimits(std::exchange(member, Member()), &parameters, error))
                return false;
            continue;
        }
        if (c == ']' || c == '}') {
            if (deeper) {
                --deeper;
                continue;
            }
            if (open.empty()) // the end of the object: what follows is the parser's
                return memberWithinLimits(member, &parameters, error);
            int64_t &extent = member.extents[open.size() - 1];
            extent = std::max(extent, open.back());
            open.pop_back();
            awaiting = false;
            continue;
        }
        if (awaiting) { // an element starts
            ++open.back();
            awaiting = false;
        }
        if (c == '[' || c == '{') {
            if (open.size() > static_cast<size_t>(kMaxRank)) {
                ++deeper;
                continue;
            }
            open.push_back(0);
            awaiting = true;
            if (member.extents.size() < open.size())
                member.extents.push_back(0);
            continue;
        }
        // A string or a number (or a word): passed over, not read.
        const qsizetype start = i;
        if (c == '"')
            for (++i; i < n && json[i] != '"'; ++i)
                i += json[i] == '\\';
        else
            while (i + 1 < n && !delimiter(json[i + 1]))
                ++i;
        const qsizetype length = i + 1 - start;
        if (open.empty() && !member.key && c == '"') // a key longer than this is refused anyway
            member.key = length <= 64 ? keyText(json.mid(start, length))
                                      : QString::fromUtf8(json.mid(start + 1, 40));
        else
            ++member.values;
    }
    return true; // cut short: the parser says where
}

} // namespace

std::optional<std::vector<Linear>> stateDictFromJson(const QJsonObject &object, QString *error)
{
    std::map<int, std::pair<std::optional<Tensor>, std::optional<Tensor>>> parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        int index = 0;
        bool weight = false;
        if (!layerKey(it.key(), &index, &weight, error)) // before its numbers are read
            return std::nullopt;
        QString tensorError;
        std::optional<Tensor> tensor = tensorFromJson(it.value(), &tensorError);
        if (!tensor) {
            fail(error, StateDict::tr("%1: %2").arg(it.key(), tensorError));
            return std::nullopt;
        }
        auto &slot = parts[index];
        (weight ? slot.first : slot.second) = std::move(tensor);
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
        if (widthRefused(index, weight.shape(), error))
            return std::nullopt;
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
    if (!withinLimits(json, error))
        return std::nullopt;
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
