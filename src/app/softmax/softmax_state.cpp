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

// The core's row of a function, along dim (softmax2d has no dim: its channels).
Activation activationOf(SoftmaxFunction function, int64_t dim)
{
    Activation activation = Activation::named(SoftmaxState::functionName(function));
    if (activation.has("dim"))
        activation.set("dim", dim);
    return activation;
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
    static const Shape limits[] = {{10}, {8, 8}, {4, 6, 6}, {2, 4, 4, 4}};
    if (shape.empty() || shape.size() > 4) {
        *error = tr("The logits must have 1, 2, 3 or 4 dimensions.");
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

const char *SoftmaxState::functionName(SoftmaxFunction function)
{
    switch (function) {
    case SoftmaxFunction::Softmax:
        return "softmax";
    case SoftmaxFunction::LogSoftmax:
        return "log_softmax";
    case SoftmaxFunction::Softmin:
        return "softmin";
    case SoftmaxFunction::Softmax2d:
        return "softmax2d";
    case SoftmaxFunction::Glu:
        return "glu";
    }
    return "softmax";
}

std::optional<SoftmaxFunction> SoftmaxState::functionNamed(const QString &name)
{
    for (SoftmaxFunction function : kSoftmaxFunctions)
        if (name == QLatin1String(functionName(function)))
            return function;
    return std::nullopt;
}

bool SoftmaxState::takes(SoftmaxFunction function, const Shape &shape, int64_t dim, QString *error)
{
    if (!shapeAllowed(shape, error))
        return false;
    const int rank = static_cast<int>(shape.size());
    switch (function) {
    case SoftmaxFunction::Softmax:
    case SoftmaxFunction::LogSoftmax:
    case SoftmaxFunction::Softmin:
        if (rank > 3) {
            *error = tr("%1 here takes 1-, 2- or 3-D logits; 4-D logits are for softmax2d.")
                         .arg(QLatin1String(functionName(function)));
            return false;
        }
        break;
    case SoftmaxFunction::Softmax2d:
        break; // the core refuses other ranks, in PyTorch's words
    case SoftmaxFunction::Glu:
        if (rank > 2) {
            *error = tr("glu here takes 1- or 2-D logits; these are %1-D.").arg(rank);
            return false;
        }
        break;
    }
    try {
        // PyTorch's refusals: Softmax2d of a tensor that is not 3- or 4-D, glu of an odd size.
        outputShape(activationOf(function, dim), shape);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool SoftmaxState::isProbability() const
{
    return function_ == SoftmaxFunction::Softmax || function_ == SoftmaxFunction::Softmin
        || function_ == SoftmaxFunction::Softmax2d;
}

bool SoftmaxState::setFunction(SoftmaxFunction function, QString *error)
{
    return setFunctionAndLogits(function, logits_, error);
}

bool SoftmaxState::chooseFunction(SoftmaxFunction function, QString *note, QString *error)
{
    QString refusal;
    if (setFunction(function, &refusal))
        return true;
    const Shape old = logits_.shape();
    if (refusal.endsWith(QLatin1Char('.')))
        refusal.chop(1);
    // The nearest shape the function takes: softmax2d one image of 3 channels of 4 x 4; glu an
    // even size along dim (one more, or one less at the limit) of 1- or 2-D logits; the others
    // a batch of 4 x 5 instead of 4-D logits.
    Shape shape = old;
    switch (function) {
    case SoftmaxFunction::Softmax2d:
        shape = {1, 3, 4, 4};
        break;
    case SoftmaxFunction::Glu:
        if (shape.size() > 2) {
            shape = {4, 6};
        } else {
            int64_t &size = shape[static_cast<size_t>(normalisedDim())];
            size += size < 8 ? 1 : -1; // both ranks allow 8 along each dim
        }
        break;
    default:
        shape = {4, 5};
        break;
    }
    TorchGenerator generator(seed_);
    if (!setFunctionAndLogits(function, randn(shape, generator), error))
        return false;
    *note = tr("%1 does not take logits of shape %2: %3. New random logits of shape %4 were "
               "drawn (seed %5).")
                .arg(QLatin1String(functionName(function)),
                    QString::fromStdString(shapeToString(old)), refusal,
                    QString::fromStdString(shapeToString(shape)))
                .arg(seed_);
    return true;
}

bool SoftmaxState::setFunctionAndLogits(
    SoftmaxFunction function, const Tensor &logits, QString *error, std::optional<int64_t> dim)
{
    if (dim) {
        try {
            normaliseDim(*dim, logits.rank());
        } catch (const DimensionError &e) {
            *error = QString::fromLatin1(e.what());
            return false;
        }
    }
    const SoftmaxFunction oldFunction = function_;
    const int64_t oldDim = dim_;
    function_ = function;
    dim_ = dim.value_or(dim_);
    if (!setLogits(logits, error)) {
        function_ = oldFunction;
        dim_ = oldDim;
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
    const bool sameShape = logits.shape() == logits_.shape();
    // Keep dim meaningful for the new rank: the last dimension, as for a batch of logits.
    int64_t dim = std::min<int64_t>(dim_, logits.rank() - 1);
    dim = std::max<int64_t>(dim, -logits.rank());
    if (!takes(function_, logits.shape(), dim, error))
        return false;
    logits_ = logits;
    dim_ = dim;
    if (!sameShape || jacobianSlice_ >= sliceCount())
        jacobianSlice_ = 0;
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
    return normaliseDim(dim(), logits_.rank());
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
    if (!takes(function_, logits_.shape(), dim, error)) // glu: an odd size along dim
        return false;
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

Tensor SoftmaxState::input() const
{
    return function_ == SoftmaxFunction::Glu ? logits_ : scaledLogits();
}

void SoftmaxState::recompute()
{
    output_ = forward(activationOf(function_, dim_), input());
    if (function_ == SoftmaxFunction::Glu) {
        normalised_ = sums_ = Tensor();
        emit changed();
        return;
    }
    // exp(log_softmax(z)) is softmax(z): what adds up to 1 for log_softmax.
    normalised_ = function_ == SoftmaxFunction::LogSoftmax
        ? forward(softmaxAlong(dim_), scaledLogits())
        : output_;
    const int64_t d = normalisedDim();
    Shape reduced;
    for (int i = 0; i < logits_.rank(); ++i)
        if (i != d)
            reduced.push_back(logits_.size(i));
    sums_ = Tensor(reduced);
    for (int s = 0; s < sliceCount(); ++s) {
        float sum = 0;
        for (int64_t index : sliceIndices(s))
            sum += normalised_.data()[index];
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
        values.push_back(
            function_ == SoftmaxFunction::Glu ? logits_.data()[index] : logits_.data()[index] / t);
    return values;
}

Tensor SoftmaxState::jacobian() const
{
    const std::vector<float> z = sliceLogits(jacobianSlice_);
    // One pixel's channels of softmax2d are a softmax along their own dim.
    const SoftmaxFunction along
        = function_ == SoftmaxFunction::Softmax2d ? SoftmaxFunction::Softmax : function_;
    Tensor result
        = al::jacobian(activationOf(along, 0), Tensor({static_cast<int64_t>(z.size())}, z));
    if (function_ != SoftmaxFunction::Glu)
        result.flat() /= static_cast<float>(temperature_); // z = x / T adds a factor 1/T
    return result;
}

bool SoftmaxState::mixesSamples() const
{
    return logits_.rank() == 2 && normalisedDim() == 0 && function_ != SoftmaxFunction::Glu;
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
