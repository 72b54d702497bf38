#include "app/mlp/numpy_format.h"

#include "io/json_tensor.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace al {

namespace {

constexpr int kPrecision = 8;
constexpr size_t kLineWidth = 75;

std::string chars(float value, std::chars_format format, int precision = -1)
{
    char buffer[128];
    const auto result = precision < 0
        ? std::to_chars(buffer, buffer + sizeof buffer, value, format)
        : std::to_chars(buffer, buffer + sizeof buffer, value, format, precision);
    return std::string(buffer, result.ptr);
}

// dragon4_positional(x, precision=8, unique=True, trim='.'): the shortest digits that identify
// the float32, cut to 8 decimals; trailing zeros dropped but the point kept ("0.", "2.5").
std::string positional(float value)
{
    std::string text = chars(value, std::chars_format::fixed);
    const size_t point = text.find('.');
    if (point != std::string::npos && text.size() - point - 1 > static_cast<size_t>(kPrecision)) {
        text = chars(value, std::chars_format::fixed, kPrecision);
        while (text.back() == '0')
            text.pop_back();
    }
    if (text.find('.') == std::string::npos)
        text += '.';
    return text;
}

// The number of mantissa decimals dragon4_scientific(unique=True, precision=8) needs.
int scientificDigits(float value)
{
    const std::string text = chars(value, std::chars_format::scientific);
    const size_t point = text.find('.'), e = text.find('e');
    const int digits = point == std::string::npos ? 0 : static_cast<int>(e - point - 1);
    return std::min(digits, kPrecision);
}

} // namespace

std::string pythonFloat(float value)
{
    if (!std::isfinite(value))
        return io::formatFloat(value); // "nan", "inf", "-inf", as Python writes them
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<double>(value));
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0";
    return text;
}

std::string numpyArray(const std::vector<float> &values, int rows, int columns)
{
    // FloatingFormat.fillFormat: one format for the whole array.
    std::vector<float> finite;
    for (float v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    float maxAbs = 0, minAbs = INFINITY;
    for (float v : finite)
        if (v != 0) {
            maxAbs = std::max(maxAbs, std::abs(v));
            minAbs = std::min(minAbs, std::abs(v));
        }
    const bool exponential
        = minAbs != INFINITY && (maxAbs >= 1e8f || minAbs < 0.0001f || maxAbs / minAbs > 1000.0f);

    size_t padLeft = 0, padRight = 0;
    int mantissaDigits = 0;
    if (exponential) {
        for (float v : finite)
            mantissaDigits = std::max(mantissaDigits, scientificDigits(v));
        for (float v : finite) {
            const std::string text = chars(v, std::chars_format::scientific, mantissaDigits);
            padLeft = std::max(
                padLeft, text.find('.') == std::string::npos ? text.find('e') : text.find('.'));
        }
        padRight = static_cast<size_t>(mantissaDigits) + 4; // "e+00" for the nan/inf width
    } else {
        for (float v : finite) {
            const std::string text = positional(v);
            const size_t point = text.find('.');
            padLeft = std::max(padLeft, point);
            padRight = std::max(padRight, text.size() - point - 1);
        }
    }
    if (finite.size() != values.size()) {
        const bool negativeInfinity = std::any_of(
            values.begin(), values.end(), [](float v) { return std::isinf(v) && v < 0; });
        const size_t offset = padRight + 1;
        const size_t nanLength = 3, infLength = 3 + (negativeInfinity ? 1 : 0);
        padLeft = std::max({padLeft, nanLength > offset ? nanLength - offset : 0,
            infLength > offset ? infLength - offset : 0});
    }
    auto format = [&](float v) {
        std::string text;
        if (!std::isfinite(v)) {
            text = std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
            return std::string(padLeft + padRight + 1 > text.size()
                           ? padLeft + padRight + 1 - text.size()
                           : 0,
                       ' ')
                + text;
        }
        if (exponential) {
            text = chars(v, std::chars_format::scientific, mantissaDigits);
            if (mantissaDigits == 0)
                text.insert(text.find('e'), ".");
            const size_t point = text.find('.');
            return std::string(padLeft > point ? padLeft - point : 0, ' ') + text;
        }
        text = positional(v);
        const size_t point = text.find('.');
        const size_t fraction = text.size() - point - 1;
        return std::string(padLeft > point ? padLeft - point : 0, ' ') + text
            + std::string(padRight - fraction, ' ');
    };

    // _formatArray: elements separated by a space, wrapped at the line width.
    std::string out = rows > 1 ? "[" : "";
    for (int r = 0; r < rows; ++r) {
        const std::string indent = rows > 1 ? "  " : " ";
        std::string line = (r == 0 ? "" : std::string(rows > 1 ? " " : "")) + "[";
        for (int c = 0; c < columns; ++c) {
            const std::string word = format(values[static_cast<size_t>(r * columns + c)]);
            const std::string separator = c == 0 ? "" : " ";
            if (c > 0 && line.size() + separator.size() + word.size() + 1 > kLineWidth) {
                out += line + "\n";
                line = indent + word;
            } else {
                line += separator + word;
            }
        }
        out += line + "]";
        if (r + 1 < rows)
            out += "\n";
    }
    return rows > 1 ? out + "]" : out;
}

} // namespace al
