#include "app/widgets/parameter_editor.h"

#include "app/activation_texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

ParameterEditor::ParameterEditor(const char *activation, const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent)
    , activation_(activation)
    , spec_(spec)
{
    const QString name = QString::fromLatin1(spec.name);
    setObjectName(name + QStringLiteral("Editor"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    reset_ = new QToolButton(this);
    reset_->setObjectName(name + QStringLiteral("Reset"));
    connect(reset_, &QToolButton::clicked, this, [this, name] { emit resetRequested(name); });

    switch (spec.type) {
    case ParameterType::Real: {
        label_ = new QLabel(name, this);
        slider_ = new QSlider(Qt::Horizontal, this);
        slider_->setObjectName(name + QStringLiteral("Slider"));
        slider_->setRange(0, sliderPosition(spec.sliderMaximum));
        slider_->setSingleStep(1);
        slider_->setPageStep(static_cast<int>(std::lround(spec.coarseStep / spec.fineStep)));
        realSpin_ = new QDoubleSpinBox(this);
        realSpin_->setObjectName(name + QStringLiteral("Spin"));
        // Wider than the accepted range on purpose: a value PyTorch would take but the lesson
        // would not gets through to the state, which refuses it with an explanation.
        realSpin_->setRange(-1e6, 1e6);
        realSpin_->setDecimals(4);
        realSpin_->setSingleStep(spec.fineStep);
        realSpin_->setKeyboardTracking(false);
        label_->setBuddy(realSpin_);
        layout->addWidget(label_, 0, 0);
        layout->addWidget(realSpin_, 0, 1);
        layout->addWidget(reset_, 0, 2);
        layout->addWidget(slider_, 1, 0, 1, 3);
        connect(slider_, &QSlider::valueChanged, this, [this, name](int position) {
            // Rounded so that the slider gives 0.05, not 0.05000000000000004.
            emit edited(
                name, std::round((spec_.sliderMinimum + position * spec_.fineStep) * 1e6) / 1e6);
        });
        connect(realSpin_, &QDoubleSpinBox::valueChanged, this,
            [this, name](double value) { emit edited(name, value); });
        break;
    }
    case ParameterType::Integer:
        label_ = new QLabel(name, this);
        integerSpin_ = new QSpinBox(this);
        integerSpin_->setObjectName(name + QStringLiteral("Spin"));
        // dim: any small integer (the tensor refuses one it does not have); RReLU's seed: from
        // 0 to as far as the spin box counts.
        if (spec.minimum >= 0)
            integerSpin_->setRange(static_cast<int>(spec.minimum),
                static_cast<int>(std::min(spec.maximum, double(std::numeric_limits<int>::max()))));
        else
            integerSpin_->setRange(-99, 99);
        integerSpin_->setKeyboardTracking(false);
        label_->setBuddy(integerSpin_);
        layout->addWidget(label_, 0, 0);
        layout->addWidget(integerSpin_, 0, 1);
        layout->addWidget(reset_, 0, 2);
        connect(integerSpin_, &QSpinBox::valueChanged, this,
            [this, name](int value) { emit edited(name, value); });
        break;
    case ParameterType::Boolean:
        check_ = new QCheckBox(name, this);
        check_->setObjectName(name + QStringLiteral("Check"));
        layout->addWidget(check_, 0, 0, 1, 2);
        layout->addWidget(reset_, 0, 2);
        connect(check_, &QCheckBox::toggled, this,
            [this, name](bool on) { emit edited(name, on ? 1.0 : 0.0); });
        break;
    case ParameterType::Choice:
        label_ = new QLabel(name, this);
        combo_ = new QComboBox(this);
        combo_->setObjectName(name + QStringLiteral("Combo"));
        for (const char *choice : spec.choices)
            combo_->addItem(QString::fromLatin1(choice)); // PyTorch's strings, never translated
        label_->setBuddy(combo_);
        layout->addWidget(label_, 0, 0);
        layout->addWidget(combo_, 0, 1);
        layout->addWidget(reset_, 0, 2);
        connect(combo_, &QComboBox::currentIndexChanged, this,
            [this, name](int index) { emit edited(name, index); });
        break;
    }
    layout->setColumnStretch(1, 1);
    setValue(spec.defaultValue);
    retranslate();
}

int ParameterEditor::sliderPosition(double value) const
{
    const double clamped = std::clamp(value, spec_.sliderMinimum, spec_.sliderMaximum);
    return static_cast<int>(std::lround((clamped - spec_.sliderMinimum) / spec_.fineStep));
}

void ParameterEditor::setValue(double value)
{
    if (slider_) {
        const QSignalBlocker blockSlider(slider_);
        const QSignalBlocker blockSpin(realSpin_);
        slider_->setValue(sliderPosition(value));
        realSpin_->setValue(value);
    } else if (integerSpin_) {
        const QSignalBlocker block(integerSpin_);
        integerSpin_->setValue(static_cast<int>(value));
    } else if (combo_) {
        const QSignalBlocker block(combo_);
        combo_->setCurrentIndex(static_cast<int>(value));
    } else {
        const QSignalBlocker block(check_);
        check_->setChecked(value != 0.0);
    }
}

void ParameterEditor::retranslate()
{
    const QString name = QString::fromLatin1(spec_.name);
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Back to PyTorch's default, %1")
                           .arg(combo_ ? combo_->itemText(static_cast<int>(spec_.defaultValue))
                                       : QString::number(spec_.defaultValue)));
    reset_->setAccessibleName(tr("Reset %1").arg(name));
    const QString help = parameterHelp(activation_, spec_.name);
    for (QWidget *w : {static_cast<QWidget *>(slider_), static_cast<QWidget *>(realSpin_),
             static_cast<QWidget *>(integerSpin_), static_cast<QWidget *>(check_),
             static_cast<QWidget *>(combo_)}) {
        if (!w)
            continue;
        w->setToolTip(help);
        w->setAccessibleName(w == slider_ ? tr("%1 slider").arg(name) : name);
    }
}

void ParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
