#include "io/json_tensor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cctype>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace al::io {

namespace {

// The translation context of the messages below.
class JsonTensor {
    Q_DECLARE_TR_FUNCTIONS(JsonTensor)
};

QString pathText(const std::vector<int64_t> &path)
{
    if (path.empty())
        return JsonTensor::tr("the top level");
    QString text;
    for (int64_t i : path)
        text += QStringLiteral("[%1]").arg(i);
    return text;
}

std::optional<float> numberFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return static_cast<float>(value.toDouble());
    if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("-0"))
            return -0.0f;
        if (text == QLatin1String("nan"))
            return std::numeric_limits<float>::quiet_NaN();
        if (text == QLatin1String("inf"))
            return std::numeric_limits<float>::infinity();
        if (text == QLatin1String("-inf"))
            return -std::numeric_limits<float>::infinity();
    }
    return std::nullopt;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString().left(20));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return JsonTensor::tr("an object");
    default:
        return JsonTensor::tr("a value");
    }
}

class Reader {
public:
    bool read(const QJsonValue &root, Tensor *out, QString *error)
    {
        // The shape follows the first element at every depth; every other array must match it.
        QJsonValue probe = root;
        while (probe.isArray()) {
            const QJsonArray array = probe.toArray();
            if (static_cast<int>(shape_.size()) == kMaxRank)
                return fail(error,
                    JsonTensor::tr("more than %1 dimensions at %2")
                        .arg(kMaxRank)
                        .arg(pathText(std::vector<int64_t>(shape_.size(), 0))));
            if (array.isEmpty())
                return fail(error,
                    JsonTensor::tr("an empty array at %1: a tensor needs at least one value")
                        .arg(pathText(std::vector<int64_t>(shape_.size(), 0))));
            shape_.push_back(array.size());
            probe = array.first();
        }
        values_.reserve(static_cast<size_t>(elementCount(shape_)));
        if (!walk(root, error))
            return false;
        *out = Tensor(shape_, std::move(values_));
        return true;
    }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    bool walk(const QJsonValue &value, QString *error)
    {
        const size_t depth = path_.size();
        if (depth == shape_.size()) {
            if (value.isArray())
                return fail(error,
                    JsonTensor::tr("an array at %1 where the shape %2 expects a number")
                        .arg(pathText(path_))
                        .arg(QString::fromStdString(shapeToString(shape_))));
            const std::optional<float> number = numberFrom(value);
            if (!number)
                return fail(error,
                    JsonTensor::tr("not a number at %1: %2 (use \"nan\", \"inf\" or \"-inf\" "
                                   "for non-finite values)")
                        .arg(pathText(path_), describe(value)));
            values_.push_back(*number);
            return true;
        }
        if (!value.isArray())
            return fail(error,
                JsonTensor::tr("a number at %1 where the shape %2 expects an array")
                    .arg(pathText(path_))
                    .arg(QString::fromStdString(shapeToString(shape_))));
        const QJsonArray array = value.toArray();
        if (array.size() != shape_[depth])
            return fail(error,
                JsonTensor::tr("ragged array at %1: %2 elements where %3 were expected")
                    .arg(pathText(path_))
                    .arg(array.size())
                    .arg(shape_[depth]));
        for (qsizetype i = 0; i < array.size(); ++i) {
            path_.push_back(i);
            if (!walk(array.at(i), error))
                return false;
            path_.pop_back();
        }
        return true;
    }

    Shape shape_;
    std::vector<float> values_;
    std::vector<int64_t> path_;
};

void appendNested(QByteArray &out, const Tensor &tensor, size_t depth, int64_t &offset)
{
    if (depth == tensor.shape().size()) {
        const float value = tensor.data()[offset++];
        const std::string text = formatFloat(value);
        if (value == 0.0f && std::signbit(value))
            out += "-0.0"; // Python reads "-0" as the integer 0
        else if (std::isfinite(value))
            out += QByteArray::fromStdString(text);
        else
            out += '"' + QByteArray::fromStdString(text) + '"';
        return;
    }
    out += '[';
    for (int64_t i = 0; i < tensor.shape()[depth]; ++i) {
        if (i)
            out += ", ";
        appendNested(out, tensor, depth + 1, offset);
    }
    out += ']';
}

// A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(const QByteArray &token)
{
    qsizetype i = 0;
    const qsizetype n = token.size();
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < n && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < n && token[i] == '-')
        ++i;
    if (i < n && token[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && token[i] == '.' && (++i, !digits()))
        return false;
    if (i < n && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < n && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

// A double from a JSON number token, as Python's float() reads it, in any C locale.
double parseDouble(const std::string &token)
{
    static const locale_t c = newlocale(LC_ALL_MASK, "C", nullptr);
    return strtod_l(token.c_str(), nullptr, c);
}

} // namespace

QByteArray pythonNumbersToJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    const qsizetype n = json.size();
    bool inString = false;
    for (qsizetype i = 0; i < n;) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < n) {
                out += json[i + 1];
                i += 2;
                continue;
            }
            inString = c != '"';
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            ++i;
            continue;
        }
        if (c != '-' && c != 'N' && c != 'I' && !(c >= '0' && c <= '9')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n
            && (std::isalnum(static_cast<unsigned char>(json[end])) || json[end] == '.'
                || json[end] == '+' || json[end] == '-'))
            ++end;
        const QByteArray token = json.mid(i, end - i);
        i = end;
        if (token == "NaN" || token == "Infinity" || token == "-Infinity") {
            out += token == "NaN" ? "\"nan\"" : token == "Infinity" ? "\"inf\"" : "\"-inf\"";
            continue;
        }
        if (!isJsonNumber(token)) {
            out += token; // not a number: the JSON parser reports it where it is
            continue;
        }
        const bool integer = !token.contains('.') && !token.contains('e') && !token.contains('E');
        const double value = parseDouble(token.toStdString());
        const float single = static_cast<float>(value);
        if (single == 0.0f && std::signbit(single) && !integer)
            out += "\"-0\"";
        else if (std::isinf(single))
            out += single > 0 ? "\"inf\"" : "\"-inf\"";
        else if (value == 0.0)
            out += '0';
        else if (token.size() > 40)
            out += QByteArray::number(value, 'g', 17); // the same double, in a form Qt reads
        else
            out += token;
    }
    return out;
}

std::optional<Tensor> tensorFromJson(const QJsonValue &value, QString *error)
{
    Tensor tensor;
    if (!Reader().read(value, &tensor, error))
        return std::nullopt;
    return tensor;
}

std::optional<Tensor> parseTensor(const QByteArray &json, QString *error)
{
    const QByteArray trimmed = json.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = JsonTensor::tr("empty input: expected a number or nested arrays of numbers");
        return std::nullopt;
    }
    // QJsonDocument only takes arrays and objects at the top; a bare number is a rank-0 tensor.
    const bool bare = !trimmed.startsWith('[') && !trimmed.startsWith('{');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        pythonNumbersToJson(bare ? '[' + trimmed + ']' : trimmed), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = JsonTensor::tr("invalid JSON at character %1: %2")
                         .arg(parseError.offset - (bare ? 1 : 0))
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (document.isObject()) {
        if (error)
            *error
                = JsonTensor::tr("expected a number or nested arrays of numbers, found an object");
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (bare && array.size() != 1) {
        if (error)
            *error = JsonTensor::tr("expected a number or nested arrays of numbers");
        return std::nullopt;
    }
    return tensorFromJson(bare ? array.first() : QJsonValue(array), error);
}

QByteArray tensorToJson(const Tensor &tensor)
{
    QByteArray out;
    int64_t offset = 0;
    appendNested(out, tensor, 0, offset);
    return out;
}

std::string formatFloat(float value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace al::io
