#include "app/train/train_csv.h"

#include "app/train/train_session.h"
#include "io/json_tensor.h"

#include <QCoreApplication>
#include <QList>
#include <charconv>
#include <cmath>

namespace al {

namespace {

// A number as Python's float() reads it (no locale, no group separators), or nullopt.
std::optional<double> parseNumber(QByteArray field)
{
    field = field.trimmed();
    if (field.isEmpty())
        return std::nullopt;
    double value = 0;
    const char *end = field.constData() + field.size();
    const char *begin = field.constData() + (field.startsWith('+') ? 1 : 0);
    const auto result = std::from_chars(begin, end, value);
    if (result.ec == std::errc::result_out_of_range)
        return std::nullopt;
    if (result.ec != std::errc() || result.ptr != end)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Dataset> parseDatasetCsv(const QByteArray &text, QString *error)
{
    std::vector<float> xs;
    std::vector<int64_t> ys;
    const QList<QByteArray> lines = text.split('\n');
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        const QString row = QString::number(i + 1);
        const bool header = first && fields.size() >= 1 && !parseNumber(fields[0]);
        first = false;
        if (header)
            continue;
        if (fields.size() != 3) {
            *error = QCoreApplication::translate(
                "TrainCsv", "row %1 has %2 fields, expected 3 (x1,x2,label)")
                         .arg(row)
                         .arg(fields.size());
            return std::nullopt;
        }
        for (int j = 0; j < 2; ++j) {
            const std::optional<double> value = parseNumber(fields[j]);
            const float f = value ? static_cast<float>(*value) : 0.0f;
            if (!value || !std::isfinite(f)) {
                *error = QCoreApplication::translate(
                    "TrainCsv", "row %1: x%2 is not a finite number: \"%3\"")
                             .arg(row)
                             .arg(j + 1)
                             .arg(QString::fromUtf8(fields[j].trimmed().left(40)));
                return std::nullopt;
            }
            xs.push_back(f);
        }
        const std::optional<double> label = parseNumber(fields[2]);
        if (!label || *label != std::floor(*label) || *label < 0
            || *label >= kMaxTrainDisplayClasses) {
            *error = QCoreApplication::translate(
                "TrainCsv", "row %1: the label is not a class from 0 to %2: \"%3\"")
                         .arg(row)
                         .arg(kMaxTrainDisplayClasses - 1)
                         .arg(QString::fromUtf8(fields[2].trimmed().left(40)));
            return std::nullopt;
        }
        ys.push_back(static_cast<int64_t>(*label));
        if (static_cast<int64_t>(ys.size()) > kMaxImportedPoints) {
            *error = QCoreApplication::translate("TrainCsv", "more than %1 points")
                         .arg(kMaxImportedPoints);
            return std::nullopt;
        }
    }
    if (ys.empty()) {
        *error = QCoreApplication::translate("TrainCsv", "no points in the file");
        return std::nullopt;
    }
    Dataset data {Tensor({static_cast<int64_t>(ys.size()), 2}, xs), ys};
    if (data.classes() < 2) {
        *error = QCoreApplication::translate(
            "TrainCsv", "every point has label %1: a classifier needs two classes at least")
                     .arg(ys.front());
        return std::nullopt;
    }
    return data;
}

QByteArray datasetToCsv(const Dataset &data)
{
    QByteArray csv = "x1,x2,label\n";
    for (int64_t i = 0; i < data.x.size(0); ++i)
        csv += QByteArray::fromStdString(io::formatFloat(data.x.data()[2 * i])) + ','
            + QByteArray::fromStdString(io::formatFloat(data.x.data()[2 * i + 1])) + ','
            + QByteArray::number(qint64(data.y[size_t(i)])) + '\n';
    return csv;
}

} // namespace al
