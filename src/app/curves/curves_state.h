#pragma once

// The Curves workspace's state: the chosen activation and its parameters, the x range, what is
// shown, the overlays, and the curves computed from them through the core. Widgets change it;
// it recomputes and emits changed(); the view redraws from it.

#include "core/activation.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QVector>
#include <vector>

namespace al {

struct Curve {
    QString functionalName;
    int component = -1; // for softmax: the logit whose probability this is; -1 if elementwise
    QVector<double> x, y, dy; // dy: f'(x), or ∂p_component/∂(swept logit) for softmax
};

struct Readout {
    double x = 0;
    float y = 0, dy = 0;
};

class CurvesState : public QObject {
    Q_OBJECT

public:
    static constexpr int kSamples = 1201;
    static constexpr double kDefaultFrom = -6.0, kDefaultTo = 6.0;
    static constexpr int kMaxLogits = 8;

    explicit CurvesState(QObject *parent = nullptr);

    const ActivationSpec &spec() const { return *spec_; }
    const Activation &activation() const { return parameters_[spec_->functionalName]; }
    Activation activationFor(const QString &functionalName) const;
    bool selectActivation(const QString &functionalName, QString *error);

    // Validated as PyTorch would (plus a sane bound); a refused value changes nothing.
    bool setParameter(const QString &name, double value, QString *error);
    void resetParameter(const QString &name);

    double xFrom() const { return from_; }
    double xTo() const { return to_; }
    bool setRange(double from, double to, QString *error);

    bool showFunction() const { return showFunction_; }
    bool showDerivative() const { return showDerivative_; }
    void setShowFunction(bool on);
    void setShowDerivative(bool on);

    double zeroThreshold() const { return zeroThreshold_; }
    bool setZeroThreshold(double threshold, QString *error);

    QStringList compared() const { return compared_; }
    void setCompared(const QString &functionalName, bool on);

    // Softmax as a vector function: the swept logit x takes position sweptIndex among the others.
    const std::vector<float> &otherLogits() const { return otherLogits_; }
    int sweptIndex() const { return sweptIndex_; }
    // GLU sweeps a pair: x is a (0) or the gate b (1), the first other logit the other half.
    int gluSweptIndex() const;
    bool setOtherLogits(const std::vector<float> &logits, QString *error);
    bool setSweptIndex(int index, QString *error);

    const std::vector<Curve> &curves() const { return curves_; } // the current one(s) first
    const std::vector<Curve> &overlays() const { return overlays_; }
    // Intervals of x where |f'(x)| < threshold (elementwise activations only): Dead when f' is
    // exactly 0 throughout (ReLU's left half, Hardshrink's band); Saturated when it is merely
    // small and runs off the plotted range (tanh's tails); Flat when it is small inside the range
    // (Tanhshrink around 0). Where f' only crosses 0 (the dip of GELU, SiLU, Mish: a minimum,
    // not a flat stretch) there is no zone.
    struct Zone {
        enum class Kind { Dead, Saturated, Flat };
        double from, to;
        Kind kind;
    };
    std::vector<Zone> zeroGradientZones() const;
    Readout readoutAt(double x) const; // exact values of the current (swept) curve at x

    // The in-place demonstration: a short input and what the current activation makes of it.
    static Tensor inplaceDemoInput() { return Tensor({5}, {-2.0f, -0.5f, 0.0f, 1.5f, 3.0f}); }
    Tensor inplaceDemoOutput() const { return forward(activation(), inplaceDemoInput()); }

signals:
    void changed();

private:
    void recompute();
    Curve elementwiseCurve(const Activation &activation) const;
    std::vector<Curve> softmaxCurves(const Activation &activation) const;
    struct VectorSweep {
        Activation activation; // along the rows' dim
        Tensor input, output;
    };
    VectorSweep vectorSweep(const Activation &activation, const Tensor &x) const;
    std::vector<float> sweptGradient(const VectorSweep &sweep, int64_t component) const;
    int sweptColumn() const; // the swept logit's place in a row of the sweep's input
    Tensor sweepInput(const Tensor &x) const;

    const ActivationSpec *spec_;
    mutable QMap<QString, Activation> parameters_; // every activation keeps its own settings
    double from_ = kDefaultFrom, to_ = kDefaultTo;
    bool showFunction_ = true, showDerivative_ = true;
    double zeroThreshold_ = 0.01;
    QStringList compared_;
    std::vector<float> otherLogits_ {0.0f, 1.0f};
    int sweptIndex_ = 0;
    std::vector<Curve> curves_, overlays_;
};

} // namespace al
