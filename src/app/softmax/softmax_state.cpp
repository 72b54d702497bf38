#include "app/softmax/softmax_state.h"

#include "core/activation.h"
#include "core/analysis.h"
#include "core/loss.h"
#include "core/registry.h"
#include "core/torch_random.h"
#include "io/json_tensor.h"

#include <QRegularExpression>
#include <cmath>

namespace al {

namespace {

Activation softmaxAlong(int64_t dim)
{
    Activation softmax = Activation::named("softmax");
    softmax.set("dim", dim);
    return softmax;
}

std::optional<float> parseNumber(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("nan"))
        return std::numeric_limits<float>::quiet_NaN();
    if (t == QLatin1String("inf") || t == QLatin1String("+inf"))
        return std::numeric_limits<float>::infinity();
    if (t == QLatin1String("-inf"))
        return -std::numeric_limits<float>::infinity();
    // Python's format in every locale: a decimal point, no group separators ("1,000" is not
    // a thousand, and "1,5" is not 1.5 with its comma dropped).
    QLocale python = QLocale::c();
    python.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = python.toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return static_cast<float>(value); // as torch.tensor([value]): beyond float32's range is ±inf
}

} // namespace

SoftmaxState::SoftmaxState(QObject *parent)
    : QObject(parent)
{
    QString error;
    randomise({4, 5}, 0, &error);
}

bool SoftmaxState::shapeAllowed(const Shape &shape, QString *error)
{
    static const Shape limits[] = {{10}, {8, 8}, {4, 6, 6}};
    if (shape.empty() || shape.size() > 3) {
        *error = tr("The logits must have 1, 2 or 3 dimensions.");
        return false;
    }
    const Shape &limit = limits[shape.size() - 1];
    for (size_t d = 0; d < shape.size(); ++d)
        if (shape[d] < 1 || shape[d] > limit[d]) {
            *error = tr("A %1-D tensor can be at most %2 here; %3 is too big or empty.")
                         .arg(shape.size())
                         .arg(QString::fromStdString(shapeToString(limit)),
                             QString::fromStdString(shapeToString(shape)));
            return false;
        }
    return true;
}

bool SoftmaxState::randomise(const Shape &shape, uint64_t seed, QString *error)
{
    if (!shapeAllowed(shape, error))
        return false;
    TorchGenerator generator(seed);
    seed_ = seed;
    return setLogits(randn(shape, generator), error);
}

bool SoftmaxState::setLogits(const Tensor &logits, QString *error)
{
    if (!shapeAllowed(logits.shape(), error))
        return false;
    const bool sameShape = logits.shape() == logits_.shape();
    logits_ = logits;
    if (!sameShape) {
        // Keep dim meaningful for the new rank: the last dimension, as for a batch of logits.
        dim_ = std::min<int64_t>(dim_, logits.rank() - 1);
        dim_ = std::max<int64_t>(dim_, -logits.rank());
        jacobianSlice_ = 0;
    }
    const int64_t rows = logits.rank() == 2 ? logits.size(0) : 0;
    targets_.resize(static_cast<size_t>(rows), 0);
    for (int64_t &target : targets_)
        target = std::min<int64_t>(target, logits.size(logits.rank() - 1) - 1);
    recompute();
    return true;
}

bool SoftmaxState::setCell(int64_t flatIndex, const QString &text, QString *error)
{
    if (flatIndex < 0 || flatIndex >= logits_.numel()) {
        *error = tr("There is no such cell.");
        return false;
    }
    const std::optional<float> value = parseNumber(text);
    const QString kept = QString::fromStdString(io::formatFloat(logits_.data()[flatIndex]));
    if (!value && text.contains(QLatin1Char(','))) {
        *error = tr("\"%1\": numbers here are written as in Python, with a decimal point (1.5, "
                    "not 1,5) and no thousands separator; the cell keeps %2.")
                     .arg(text.left(30), kept);
        return false;
    }
    if (!value) {
        *error = tr("\"%1\" is not a number; the cell keeps %2. (nan, inf and -inf are accepted, "
                    "as in PyTorch.)")
                     .arg(text.left(30), kept);
        return false;
    }
    logits_.data()[flatIndex] = *value;
    recompute();
    return true;
}

bool SoftmaxState::paste(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        QString parseError;
        std::optional<Tensor> tensor = io::parseTensor(trimmed.toUtf8(), &parseError);
        if (!tensor) {
            *error = tr("The pasted JSON was not used: %1").arg(parseError);
            return false;
        }
        return setLogits(*tensor, error);
    }
    // Spreadsheet rows: one row per line, cells separated by tabs (then a comma is in a number,
    // and refused) or else by commas, semicolons or spaces.
    std::vector<float> values;
    int64_t columns = -1, rows = 0;
    for (const QString &line :
        trimmed.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(
            QRegularExpression(line.contains(QLatin1Char('\t')) ? QStringLiteral("\t+")
                                                                : QStringLiteral("[,; ]+")),
            Qt::SkipEmptyParts);
        if (columns >= 0 && cells.size() != columns) {
            *error = tr(
                "Row %1 of the pasted table has %2 cells, the first row %3; nothing was changed.")
                         .arg(rows + 1)
                         .arg(cells.size())
                         .arg(columns);
            return false;
        }
        columns = cells.size();
        for (const QString &cell : cells) {
            const std::optional<float> value = parseNumber(cell);
            if (!value) {
                *error = tr("\"%1\" in row %2 is not a number; nothing was changed.")
                             .arg(cell.left(30))
                             .arg(rows + 1);
                return false;
            }
            values.push_back(*value);
        }
        ++rows;
    }
    if (rows == 0) {
        *error = tr("The clipboard holds no numbers.");
        return false;
    }
    const Shape shape = rows == 1 ? Shape {columns} : Shape {rows, columns};
    QString shapeError;
    if (!shapeAllowed(shape, &shapeError)) {
        *error = shapeError;
        return false;
    }
    return setLogits(Tensor(shape, values), error);
}

int64_t SoftmaxState::normalisedDim() const
{
    return normaliseDim(dim_, logits_.rank());
}

bool SoftmaxState::setDim(int64_t dim, QString *error)
{
    try {
        normaliseDim(dim, logits_.rank());
    } catch (const DimensionError &e) {
        // PyTorch's own words, as a student will meet them in Python.
        *error = QString::fromLatin1(e.what());
        return false;
    }
    dim_ = dim;
    jacobianSlice_ = 0;
    recompute();
    return true;
}

bool SoftmaxState::setTemperature(double temperature, QString *error)
{
    if (!(temperature >= kMinTemperature && temperature <= kMaxTemperature)) {
        *error = tr("The temperature must be between %1 and %2.")
                     .arg(kMinTemperature)
                     .arg(kMaxTemperature);
        return false;
    }
    temperature_ = temperature;
    recompute();
    return true;
}

bool SoftmaxState::setJacobianSlice(int slice, QString *error)
{
    if (slice < 0 || slice >= sliceCount()) {
        *error = tr("Choose a slice from 1 to %1.").arg(sliceCount());
        return false;
    }
    jacobianSlice_ = slice;
    emit changed();
    return true;
}

bool SoftmaxState::setTarget(int row, int64_t target, QString *error)
{
    if (row < 0 || row >= static_cast<int>(targets_.size()) || target < 0
        || target >= logits_.size(logits_.rank() - 1)) {
        *error = tr("A target must be a class from 0 to %1.")
                     .arg(logits_.size(logits_.rank() - 1) - 1);
        return false;
    }
    targets_[static_cast<size_t>(row)] = target;
    emit changed();
    return true;
}

Tensor SoftmaxState::scaledLogits() const
{
    Tensor scaled = logits_;
    scaled.flat() /= static_cast<float>(temperature_);
    return scaled;
}

void SoftmaxState::recompute()
{
    probabilities_ = forward(softmaxAlong(dim_), scaledLogits());
    const int64_t d = normalisedDim();
    Shape reduced;
    for (int i = 0; i < logits_.rank(); ++i)
        if (i != d)
            reduced.push_back(logits_.size(i));
    sums_ = Tensor(reduced);
    for (int s = 0; s < sliceCount(); ++s) {
        float sum = 0;
        for (int64_t index : sliceIndices(s))
            sum += probabilities_.data()[index];
        sums_.data()[s] = sum;
    }
    emit changed();
}

int SoftmaxState::sliceCount() const
{
    return static_cast<int>(logits_.numel() / logits_.size(static_cast<int>(normalisedDim())));
}

std::vector<int64_t> SoftmaxState::sliceIndices(int slice) const
{
    const int d = static_cast<int>(normalisedDim());
    int64_t inner = 1;
    for (int i = d + 1; i < logits_.rank(); ++i)
        inner *= logits_.size(i);
    const int64_t extent = logits_.size(d);
    const int64_t outer = slice / inner, offset = slice % inner;
    std::vector<int64_t> indices;
    for (int64_t k = 0; k < extent; ++k)
        indices.push_back(outer * extent * inner + k * inner + offset);
    return indices;
}

std::vector<float> SoftmaxState::sliceLogits(int slice) const
{
    std::vector<float> values;
    const float t = static_cast<float>(temperature_);
    for (int64_t index : sliceIndices(slice))
        values.push_back(logits_.data()[index] / t);
    return values;
}

Tensor SoftmaxState::jacobian() const
{
    const std::vector<float> z = sliceLogits(jacobianSlice_);
    Tensor result = al::jacobian(softmaxAlong(0), Tensor({static_cast<int64_t>(z.size())}, z));
    result.flat() /= static_cast<float>(temperature_); // z = x / T adds a factor 1/T
    return result;
}

bool SoftmaxState::mixesSamples() const
{
    return logits_.rank() == 2 && normalisedDim() == 0;
}

CrossEntropy SoftmaxState::crossEntropy() const
{
    CrossEntropy ce;
    if (!crossEntropyAvailable())
        return ce;
    const Tensor z = scaledLogits();
    const Activation logSoftmax = [] {
        Activation a = Activation::named("log_softmax");
        a.set("dim", 1);
        return a;
    }();
    ce.logSoftmax = forward(logSoftmax, z);
    const int64_t classes = z.size(1);
    for (int64_t b = 0; b < z.size(0); ++b)
        ce.lossPerSample.push_back(-ce.logSoftmax.data()[b * classes + targets_[size_t(b)]]);
    // All three as PyTorch computes them; CrossEntropyLoss is nll_loss of log_softmax, so the
    // first two agree to the last bit, as they do in PyTorch.
    ce.meanLoss = al::crossEntropy(z, targets_);
    ce.nllOfLogSoftmax = al::nllLoss(ce.logSoftmax, targets_);
    ce.lossAfterSoftmax = al::crossEntropy(forward(softmaxAlong(1), z), targets_);
    return ce;
}

std::vector<float> SoftmaxState::naiveSoftmax(const std::vector<float> &logits)
{
    std::vector<float> e;
    float sum = 0;
    for (float v : logits) {
        e.push_back(std::exp(v)); // exp(1000) overflows float32 to inf ...
        sum += e.back();
    }
    for (float &v : e)
        v /= sum; // ... and inf / inf is nan
    return e;
}

std::vector<float> SoftmaxState::stableSoftmax(const std::vector<float> &logits)
{
    const Tensor p
        = forward(softmaxAlong(0), Tensor({static_cast<int64_t>(logits.size())}, logits));
    return p.values();
}

} // namespace al
