#include "app/curves/curves_state.h"

#include "core/analysis.h"

#include <algorithm>
#include <cmath>

namespace al {

CurvesState::CurvesState(QObject *parent)
    : QObject(parent)
    , spec_(&activationRegistry().front())
{
    for (const ActivationSpec &spec : activationRegistry())
        parameters_.insert(QString::fromLatin1(spec.functionalName), Activation(spec));
    recompute();
}

Activation CurvesState::activationFor(const QString &functionalName) const
{
    return parameters_.value(functionalName);
}

bool CurvesState::selectActivation(const QString &functionalName, QString *error)
{
    const ActivationSpec *spec = findActivation(functionalName.toStdString());
    if (!spec) {
        *error = tr("There is no activation called \"%1\".").arg(functionalName);
        return false;
    }
    spec_ = spec;
    recompute();
    return true;
}

bool CurvesState::setParameter(const QString &name, double value, QString *error)
{
    const ParameterSpec *p = spec_->parameter(name.toStdString());
    if (!p) {
        *error = tr("%1 has no parameter %2.").arg(QLatin1String(spec_->moduleName), name);
        return false;
    }
    Activation candidate = activation();
    try {
        candidate.set(name.toStdString(), value);
        // Here softmax works on one vector of logits: rank 1, so dim is -1 or 0.
        if (name == QLatin1String("dim"))
            normaliseDim(candidate.dim(), 1);
    } catch (const DimensionError &e) {
        *error = tr("PyTorch refuses this dim for a vector of logits: %1")
                     .arg(QString::fromLatin1(e.what()));
        return false;
    } catch (const ParameterError &e) {
        const bool inRange = value >= p->minimum && value <= p->maximum
            && (p->type == ParameterType::Real || value == std::floor(value));
        // In range, the row's rule across parameters refused it: PyTorch's own words.
        *error = inRange ? tr("PyTorch refuses %1 = %2: %3")
                               .arg(name)
                               .arg(value)
                               .arg(QString::fromLatin1(e.what()))
            : p->type == ParameterType::Real
            ? tr("%1 must be a number from %2 to %3; %4 was refused.")
                  .arg(name)
                  .arg(p->minimum)
                  .arg(p->maximum)
                  .arg(value)
            : tr("%1 must be a whole number from %2 to %3; %4 was refused.")
                  .arg(name)
                  .arg(p->minimum)
                  .arg(p->maximum)
                  .arg(value);
        return false;
    }
    parameters_[spec_->functionalName] = candidate;
    recompute();
    return true;
}

void CurvesState::resetParameter(const QString &name)
{
    const ParameterSpec *p = spec_->parameter(name.toStdString());
    if (!p)
        return;
    parameters_[spec_->functionalName].set(p->name, p->defaultValue);
    recompute();
}

bool CurvesState::setRange(double from, double to, QString *error)
{
    if (!std::isfinite(from) || !std::isfinite(to) || !(from < to) || to - from < 1e-3
        || std::abs(from) > 1e6 || std::abs(to) > 1e6) {
        *error = tr("The x range must go from a smaller to a larger number, at least 0.001 apart "
                    "and within ±1000000.");
        return false;
    }
    from_ = from;
    to_ = to;
    recompute();
    return true;
}

void CurvesState::setShowFunction(bool on)
{
    showFunction_ = on;
    emit changed();
}

void CurvesState::setShowDerivative(bool on)
{
    showDerivative_ = on;
    emit changed();
}

bool CurvesState::setZeroThreshold(double threshold, QString *error)
{
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
        *error = tr("The zero-gradient threshold must be between 0 and 1.");
        return false;
    }
    zeroThreshold_ = threshold;
    emit changed();
    return true;
}

void CurvesState::setCompared(const QString &functionalName, bool on)
{
    const ActivationSpec *spec = findActivation(functionalName.toStdString());
    if (!spec || !spec->isElementwise() || compared_.contains(functionalName) == on)
        return;
    if (on)
        compared_.append(functionalName);
    else
        compared_.removeAll(functionalName);
    recompute();
}

bool CurvesState::setOtherLogits(const std::vector<float> &logits, QString *error)
{
    if (logits.empty() || static_cast<int>(logits.size()) >= kMaxLogits) {
        *error = tr("Give between 1 and %1 other logits.").arg(kMaxLogits - 1);
        return false;
    }
    for (float v : logits)
        if (!std::isfinite(v)) {
            *error = tr("The other logits must be finite numbers.");
            return false;
        }
    otherLogits_ = logits;
    sweptIndex_ = std::min(sweptIndex_, static_cast<int>(logits.size()));
    recompute();
    return true;
}

bool CurvesState::setSweptIndex(int index, QString *error)
{
    if (index < 0 || index > static_cast<int>(otherLogits_.size())) {
        *error = tr("The swept logit must be one of positions 0 to %1.").arg(otherLogits_.size());
        return false;
    }
    sweptIndex_ = index;
    recompute();
    return true;
}

Tensor CurvesState::sweepInput(const Tensor &x) const
{
    const int64_t count = x.numel();
    const int64_t width = static_cast<int64_t>(otherLogits_.size()) + 1;
    Tensor logits({count, width});
    for (int64_t row = 0; row < count; ++row) {
        int64_t other = 0;
        for (int64_t column = 0; column < width; ++column)
            logits.data()[row * width + column] = column == sweptIndex_
                ? x.data()[row]
                : otherLogits_[static_cast<size_t>(other++)];
    }
    return logits;
}

Curve CurvesState::elementwiseCurve(const Activation &activation) const
{
    const Tensor x = linspace(from_, to_, kSamples);
    const Tensor y = forward(activation, x);
    const Tensor dy = derivative(activation, x);
    Curve curve;
    curve.functionalName = QString::fromLatin1(activation.spec().functionalName);
    curve.x.reserve(kSamples);
    curve.y.reserve(kSamples);
    curve.dy.reserve(kSamples);
    for (int i = 0; i < kSamples; ++i) {
        curve.x.append(x.data()[i]);
        curve.y.append(y.data()[i]);
        curve.dy.append(dy.data()[i]);
    }
    return curve;
}

// A dim-wise activation as a vector function of the swept logit: the batch of vectors its kernel
// gets, one row per sample of x. Softmax, LogSoftmax and Softmin take [samples, logits] along
// dim 1; Softmax2d the same logits as the channels of a 1 x 1 image, [samples, logits, 1, 1];
// GLU the pair (a, b) along dim 1, the swept x as a (position 0) or as the gate b (position 1),
// the first other logit as the other half.
CurvesState::VectorSweep CurvesState::vectorSweep(
    const Activation &activation, const Tensor &x) const
{
    VectorSweep sweep {activation, sweepInput(x), Tensor()};
    switch (activation.kind()) {
    case ActivationKind::Softmax2d: {
        const Tensor &rows = sweep.input;
        sweep.input = Tensor({rows.size(0), rows.size(1), 1, 1},
            std::vector<float>(rows.data(), rows.data() + rows.numel()));
        break;
    }
    case ActivationKind::Glu: {
        const int64_t count = x.numel();
        Tensor pairs({count, 2});
        for (int64_t row = 0; row < count; ++row) {
            pairs.data()[row * 2 + gluSweptIndex()] = x.data()[row];
            pairs.data()[row * 2 + 1 - gluSweptIndex()] = otherLogits_.front();
        }
        sweep.input = pairs;
        sweep.activation.set("dim", 1);
        break;
    }
    default:
        sweep.activation.set("dim", 1); // each row is one vector of logits
        break;
    }
    sweep.output = forward(sweep.activation, sweep.input);
    return sweep;
}

int CurvesState::gluSweptIndex() const
{
    return std::min(sweptIndex_, 1);
}

int CurvesState::sweptColumn() const
{
    return spec_->kind == ActivationKind::Glu ? gluSweptIndex() : sweptIndex_;
}

// For each row, ∂output[component] / ∂(swept logit): the vector-Jacobian product for a one-hot
// grad_output, as autograd computes it.
std::vector<float> CurvesState::sweptGradient(const VectorSweep &sweep, int64_t component) const
{
    const int64_t rows = sweep.input.size(0);
    const int64_t outWidth = sweep.output.numel() / std::max<int64_t>(rows, 1);
    const int64_t inWidth = sweep.input.numel() / std::max<int64_t>(rows, 1);
    Tensor oneHot(sweep.output.shape());
    for (int64_t r = 0; r < rows; ++r)
        oneHot.data()[r * outWidth + component] = 1.0f;
    const Tensor grad = backward(sweep.activation, sweep.input, sweep.output, oneHot);
    std::vector<float> column(static_cast<size_t>(rows));
    for (int64_t r = 0; r < rows; ++r)
        column[static_cast<size_t>(r)] = grad.data()[r * inWidth + sweptColumn()];
    return column;
}

std::vector<Curve> CurvesState::softmaxCurves(const Activation &activation) const
{
    const Tensor x = linspace(from_, to_, kSamples);
    const VectorSweep sweep = vectorSweep(activation, x);
    const int64_t width = sweep.output.numel() / kSamples;
    const bool glu = activation.kind() == ActivationKind::Glu;
    std::vector<Curve> curves;
    for (int64_t component = 0; component < width; ++component) {
        const std::vector<float> slope = sweptGradient(sweep, component);
        Curve curve;
        curve.functionalName = QString::fromLatin1(activation.spec().functionalName);
        curve.component = glu ? -1 : static_cast<int>(component); // GLU: one output, f(x)
        for (int i = 0; i < kSamples; ++i) {
            curve.x.append(x.data()[i]);
            curve.y.append(sweep.output.data()[i * width + component]);
            curve.dy.append(slope[static_cast<size_t>(i)]);
        }
        curves.push_back(std::move(curve));
    }
    // The swept logit's own curve first: it is the one the readout follows.
    if (!glu)
        std::swap(curves[0], curves[static_cast<size_t>(sweptIndex_)]);
    return curves;
}

void CurvesState::recompute()
{
    const Activation &current = activation();
    curves_ = current.isElementwise() ? std::vector<Curve> {elementwiseCurve(current)}
                                      : softmaxCurves(current);
    overlays_.clear();
    // Elementwise curves cannot be compared with softmax's probabilities: the ticks stay, the
    // overlays come back with the next elementwise activation.
    for (const QString &name : compared_)
        if (current.isElementwise() && name != QLatin1String(spec_->functionalName))
            overlays_.push_back(elementwiseCurve(parameters_[name]));
    emit changed();
}

std::vector<CurvesState::Zone> CurvesState::zeroGradientZones() const
{
    std::vector<Zone> zones;
    if (!spec_->isElementwise())
        return zones;
    const Curve &curve = curves_.front();
    // Compared in float, as the gradients are: LeakyReLU's 0.01 is not below a threshold of 0.01.
    const float threshold = static_cast<float>(zeroThreshold_);
    int start = -1;
    bool dead = true, negative = false, positive = false;
    for (int i = 0; i <= curve.x.size(); ++i) {
        const bool flat
            = i < curve.x.size() && std::abs(static_cast<float>(curve.dy[i])) < threshold;
        if (flat && start < 0) {
            start = i;
            dead = true;
            negative = positive = false;
        }
        if (flat) {
            dead = dead && curve.dy[i] == 0;
            negative = negative || curve.dy[i] < 0;
            positive = positive || curve.dy[i] > 0;
        }
        if (!flat && start >= 0) {
            const bool atAnEdge = start == 0 || i == curve.x.size();
            if (dead)
                zones.push_back({curve.x[start], curve.x[i - 1], Zone::Kind::Dead});
            else if (atAnEdge)
                zones.push_back({curve.x[start], curve.x[i - 1], Zone::Kind::Saturated});
            else if (!(negative && positive))
                zones.push_back({curve.x[start], curve.x[i - 1], Zone::Kind::Flat});
            start = -1;
        }
    }
    return zones;
}

Readout CurvesState::readoutAt(double x) const
{
    const Activation &current = activation();
    const Tensor input({1}, static_cast<float>(x));
    Readout readout;
    readout.x = input.data()[0];
    if (current.isElementwise()) {
        readout.y = forward(current, input).data()[0];
        readout.dy = derivative(current, input).data()[0];
        return readout;
    }
    const VectorSweep sweep = vectorSweep(current, input);
    const int64_t component = current.kind() == ActivationKind::Glu ? 0 : sweptIndex_;
    readout.y = sweep.output.data()[component];
    readout.dy = sweptGradient(sweep, component).front();
    return readout;
}

} // namespace al
