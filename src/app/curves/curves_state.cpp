#include "app/curves/curves_state.h"

#include "core/analysis.h"

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

std::vector<Curve> CurvesState::softmaxCurves(const Activation &activation) const
{
    const Tensor x = linspace(from_, to_, kSamples);
    Activation rows = activation;
    rows.set("dim", 1); // each row is one vector of logits: the vector's dim 0 (or -1)
    const Tensor logits = sweepInput(x);
    const Tensor p = forward(rows, logits);
    const int64_t width = logits.size(1);
    std::vector<Curve> curves;
    for (int64_t component = 0; component < width; ++component) {
        const Tensor jacobian = jacobianRow(rows, logits, p, component);
        Curve curve;
        curve.functionalName = QString::fromLatin1(activation.spec().functionalName);
        curve.component = static_cast<int>(component);
        for (int i = 0; i < kSamples; ++i) {
            curve.x.append(x.data()[i]);
            curve.y.append(p.data()[i * width + component]);
            curve.dy.append(jacobian.data()[i * width + sweptIndex_]);
        }
        curves.push_back(std::move(curve));
    }
    // The swept logit's own curve first: it is the one the readout follows.
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
    Activation rows = current;
    rows.set("dim", 1);
    const Tensor logits = sweepInput(input);
    const Tensor p = forward(rows, logits);
    readout.y = p.data()[sweptIndex_];
    readout.dy = jacobianRow(rows, logits, p, sweptIndex_).data()[sweptIndex_];
    return readout;
}

} // namespace al
