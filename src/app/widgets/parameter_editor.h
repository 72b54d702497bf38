#pragma once

// The control for one parameter of the registry: a slider with a spin box for a real number
// (fine steps on the arrow keys, coarse ones on Page Up/Down), a spin box for an integer, a check
// box for a flag, a list for a choice, each with a reset-to-default button. It only reports edits;
// the state decides.

#include "core/activation.h"

#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace al {

class ParameterEditor : public QWidget {
    Q_OBJECT

public:
    // `activation`: the functional name of the row the parameter belongs to, for its help.
    ParameterEditor(const char *activation, const ParameterSpec &spec, QWidget *parent = nullptr);

    const ParameterSpec &spec() const { return spec_; }
    // Shows a value without reporting it as an edit.
    void setValue(double value);

signals:
    void edited(const QString &name, double value);
    void resetRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int sliderPosition(double value) const;

    const char *activation_;
    const ParameterSpec spec_;
    QLabel *label_ = nullptr;
    QSlider *slider_ = nullptr;
    QDoubleSpinBox *realSpin_ = nullptr;
    QSpinBox *integerSpin_ = nullptr;
    QCheckBox *check_ = nullptr;
    QComboBox *combo_ = nullptr;
    QToolButton *reset_ = nullptr;
};

} // namespace al
