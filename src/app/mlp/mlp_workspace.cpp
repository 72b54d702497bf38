#include "app/mlp/mlp_workspace.h"

#include "app/appearance.h"
#include "app/mlp/numpy_format.h"
#include "app/view_state.h"
#include "app/widgets/heatmap.h"
#include "app/widgets/plain_text.h"
#include "app/widgets/plot.h"
#include "app/widgets/spin_range.h"
#include "app/widgets/text_panel.h"
#include "core/activation.h"
#include "io/json_tensor.h"
#include "io/pytorch_code.h"
#include "ui_mlp_workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace al {

namespace {

QString number(float v, int decimals = 4)
{
    if (!std::isfinite(v))
        return QString::fromStdString(io::formatFloat(v));
    return QLocale().toString(double(v), 'f', decimals);
}

QString percent(float share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

// The bars' value axis, fitted to the whole batch of the stage on every refresh (a range that
// only grows put probabilities of 0.2 on a 0-5 axis): the same for every sample, so choosing
// another one does not rescale; 0 to 1 for probabilities; from 0 when nothing is negative
// (after ReLU); symmetric around 0 otherwise; never empty when every value is 0.
QCPRange stageValueRange(const StageRecord &record)
{
    if (record.kind == StageKind::Softmax)
        return {0, 1.05};
    float lowest = 0, highest = 0;
    for (float v : record.output.values())
        if (std::isfinite(v)) {
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
    if (lowest < 0) {
        const double m = std::max(-lowest, highest) * 1.1;
        return {-m, m};
    }
    return {0, highest > 0 ? highest * 1.1 : 1.0};
}

// Ticks that never touch: the step grows (1, 2, 5, 10, ...) until each label has room at the
// axis's current length and font. Index axes (units, samples) tick only at integers and label
// them as integers; QCPAxisTicker's own steps know neither the labels' size nor that 2.5 is no
// unit. The length is the previous layout's (ticks are made before the layout), which is the
// current one from the second replot on, and every resize replots.
class FittingTicker : public QCPAxisTicker {
public:
    FittingTicker(QCPAxis *axis, bool indices)
        : axis_(axis)
        , indices_(indices)
    {
    }

protected:
    double getTickStep(const QCPRange &range) override
    {
        if (!(range.size() > 0))
            return 1;
        const QFontMetricsF metrics(axis_->tickLabelFont());
        const bool horizontal = axis_->orientation() == Qt::Horizontal;
        double length = horizontal ? axis_->axisRect()->width() : axis_->axisRect()->height();
        if (length < 8)
            length = horizontal ? axis_->parentPlot()->width() * 0.8
                                : axis_->parentPlot()->height() * 0.4;
        // The room a label needs along the axis: a line and a half, or the widest number with a
        // gap of two digits.
        double label = metrics.height() * 1.4;
        if (horizontal) {
            const double widest = std::max(std::abs(range.lower), std::abs(range.upper));
            label = metrics.horizontalAdvance(
                        QLocale().toString(indices_ ? std::floor(widest) : -widest, 'g', 3))
                + metrics.averageCharWidth() * 2;
        }
        const double fitting = std::floor(length / label); // labels that fit
        // The smallest step whose ticks fit; if only one would, the step before (two touching
        // labels say more than one).
        const auto ticksAt = [&range](double step) {
            return std::floor(range.upper / step) - std::ceil(range.lower / step) + 1;
        };
        double previous = 0;
        const double first
            = indices_ ? 1 : std::pow(10.0, std::floor(std::log10(range.size() / 50)));
        for (double decade = first; decade < 1e12; decade *= 10)
            for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
                if (indices_ && mantissa == 2.5)
                    continue;
                const double step = mantissa * decade;
                if (ticksAt(step) <= fitting)
                    return ticksAt(step) >= 2 || previous == 0 ? step : previous;
                previous = step;
            }
        return range.size();
    }
    int getSubTickCount(double tickStep) override
    {
        return indices_ ? 0 : QCPAxisTicker::getSubTickCount(tickStep);
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar format, int precision) override
    {
        if (indices_)
            return QString::number(std::llround(tick));
        return QCPAxisTicker::getTickLabel(tick, locale, format, precision);
    }

private:
    QCPAxis *axis_;
    bool indices_;
};

void fitTicks(QCPAxis *axis, bool indices)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new FittingTicker(axis, indices)));
}

} // namespace

MlpWorkspace::MlpWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , ui_(std::make_unique<Ui::MlpWorkspace>())
    , appearance_(appearance)
{
    ui_->setupUi(this);
    setRegions(ui_->leftPanel, ui_->centerPanel, {scrollable(ui_->rightPanel)});
    ui_->networkDiagram->setState(&state_);
    ui_->consoleView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui_->consoleView->setLineWrapMode(QPlainTextEdit::WidgetWidth); // nothing cut at the edge
    // The plot gets the larger share: its two charts each need room for ticks and a label.
    ui_->centerSplitter->setStretchFactor(0, 2);
    ui_->centerSplitter->setStretchFactor(1, 3);
    ui_->centerSplitter->setSizes({200, 300});
    fitPlotHeight();

    connect(ui_->stepButton, &QPushButton::clicked, &state_, &MlpState::step);
    connect(ui_->stepBackButton, &QPushButton::clicked, &state_, &MlpState::stepBack);
    connect(ui_->resetButton, &QPushButton::clicked, &state_, &MlpState::reset);
    connect(ui_->runAllButton, &QPushButton::clicked, &state_, &MlpState::runAll);
    // Stepping keys, wherever the focus is in the window while this workspace shows; a presenter
    // remote sends Page Down and Page Up. A focused text field (a spin box's editor) keeps the keys
    // it edits with, as Qt asks it first (ShortcutOverride); the slider keeps its arrows, Home and
    // End (eventFilter); Page Down and Page Up always step, so the remote works from anywhere.
    const std::pair<Qt::Key, void (MlpState::*)()> keys[]
        = {{Qt::Key_Space, &MlpState::step}, {Qt::Key_Right, &MlpState::step},
            {Qt::Key_PageDown, &MlpState::step}, {Qt::Key_Backspace, &MlpState::stepBack},
            {Qt::Key_Left, &MlpState::stepBack}, {Qt::Key_PageUp, &MlpState::stepBack},
            {Qt::Key_Home, &MlpState::reset}, {Qt::Key_End, &MlpState::runAll}};
    for (const auto &[key, action] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, action = action] {
            if (isVisible())
                (state_.*action)();
        });
    }
    ui_->biasShiftSlider->installEventFilter(this);
    connect(ui_->sampleSpin, &QSpinBox::valueChanged, this, [this](int sample) {
        QString error;
        report(state_.setSample(sample, &error), error);
    });
    connect(ui_->seedSpin, &QSpinBox::valueChanged, this, [this](int seed) {
        QString error;
        report(state_.setSeed(static_cast<uint64_t>(seed), &error), error);
    });
    connect(ui_->slopeSpin, &QDoubleSpinBox::valueChanged, this, [this](double slope) {
        QString error;
        report(state_.setNegativeSlope(slope, &error), error);
    });
    connect(ui_->biasShiftSlider, &QSlider::valueChanged, this, [this](int position) {
        QString error;
        report(state_.setBiasShift(position / 100.0, &error), error);
    });
    connect(ui_->biasShiftSpin, &QDoubleSpinBox::valueChanged, this, [this](double shift) {
        QString error;
        report(state_.setBiasShift(shift, &error), error);
    });
    connect(
        ui_->networkDiagram, &NetworkDiagram::neuronClicked, this, [this](int stage, int neuron) {
            QString error;
            report(state_.selectNeuron(stage, neuron, &error), error);
        });
    connect(ui_->loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load weights"), QString(), tr("State dict (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (state_.loadStateDict(path, &error))
            emit statusMessage(tr("Loaded %1").arg(path));
        else
            report(false, error);
    });
    connect(ui_->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save weights"), QStringLiteral("state_dict.json"), tr("State dict (*.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (state_.saveStateDict(path, &error))
            emit statusMessage(tr("Saved %1").arg(path));
        else
            report(false, error);
    });
    buildTrainingBox();
    connect(&state_, &MlpState::changed, this, [this] {
        clearFieldError();
        refresh();
    });
    connect(&appearance_, &Appearance::changed, this, [this] {
        plotLayout_.clear(); // fonts and colours change
        fitControls(appearance_);
        fitPlotHeight();
        refreshPlot();
    });
    fitControls(appearance_);
    retranslate();
}

MlpWorkspace::~MlpWorkspace() = default;

void MlpWorkspace::report(bool ok, const QString &error)
{
    if (!ok) {
        refuse(error);
        refreshControls();
    }
}

bool MlpWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // The slider moves with its arrows, Home and End rather than stepping the network.
    if (watched == ui_->biasShiftSlider && event->type() == QEvent::ShortcutOverride) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            event->accept();
            return true;
        default:
            break;
        }
    }
    return Workspace::eventFilter(watched, event);
}

void MlpWorkspace::buildTrainingBox()
{
    trainingBox_ = new QGroupBox(ui_->leftPanel);
    trainingBox_->setObjectName(QStringLiteral("trainingBox"));
    auto *form = new QFormLayout(trainingBox_);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    gradientsCheck_ = new QCheckBox(trainingBox_);
    gradientsCheck_->setObjectName(QStringLiteral("gradientsCheck"));
    form->addRow(gradientsCheck_);
    targetsLabel_ = new QLabel(trainingBox_);
    targetsEdit_ = new QLineEdit(trainingBox_);
    targetsEdit_->setObjectName(QStringLiteral("targetsEdit"));
    targetsLabel_->setBuddy(targetsEdit_);
    form->addRow(targetsLabel_, targetsEdit_);
    lossPanel_ = new TextPanel(trainingBox_);
    lossPanel_->setObjectName(QStringLiteral("lossPanel"));
    form->addRow(lossPanel_);
    // ‖∂L/∂W‖ per layer, a bar each on a log scale: how much each layer would move.
    normChart_ = new Plot(trainingBox_);
    normChart_->setObjectName(QStringLiteral("gradientNormChart"));
    normChart_->setFixedHeight(140);
    normBars_ = new QCPBars(normChart_->xAxis, normChart_->yAxis);
    normBars_->setObjectName(QStringLiteral("gradientNormBars"));
    normBars_->setWidth(0.6);
    normChart_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto logTicker = QSharedPointer<QCPAxisTickerLog>::create();
    logTicker->setTickCount(3);
    logTicker->setSubTickCount(0);
    normChart_->yAxis->setTicker(logTicker);
    normChart_->yAxis->setNumberFormat(QStringLiteral("eb"));
    normChart_->yAxis->setNumberPrecision(0);
    normChart_->xAxis->grid()->setVisible(false);
    form->addRow(normChart_);
    lrLabel_ = new QLabel(trainingBox_);
    lrSpin_ = new QDoubleSpinBox(trainingBox_);
    lrSpin_->setObjectName(QStringLiteral("lrSpin"));
    lrSpin_->setDecimals(4);
    lrSpin_->setRange(0.0001, 10.0);
    lrSpin_->setSingleStep(0.01);
    lrSpin_->setValue(0.1);
    lrLabel_->setBuddy(lrSpin_);
    form->addRow(lrLabel_, lrSpin_);
    momentumLabel_ = new QLabel(trainingBox_);
    momentumSpin_ = new QDoubleSpinBox(trainingBox_);
    momentumSpin_->setObjectName(QStringLiteral("momentumSpin"));
    momentumSpin_->setDecimals(2);
    momentumSpin_->setRange(0.0, 0.99);
    momentumSpin_->setSingleStep(0.1);
    momentumLabel_->setBuddy(momentumSpin_);
    form->addRow(momentumLabel_, momentumSpin_);
    stepsLabel_ = new QLabel(trainingBox_);
    stepsSpin_ = new QSpinBox(trainingBox_);
    stepsSpin_->setObjectName(QStringLiteral("trainStepsSpin"));
    stepsSpin_->setRange(1, MlpState::kMaxTrainingSteps);
    stepsSpin_->setValue(20);
    stepsLabel_->setBuddy(stepsSpin_);
    form->addRow(stepsLabel_, stepsSpin_);
    trainButton_ = new QPushButton(trainingBox_);
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    reloadButton_ = new QPushButton(trainingBox_);
    reloadButton_->setObjectName(QStringLiteral("reloadButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(trainButton_);
    buttons->addWidget(reloadButton_);
    form->addRow(buttons);
    historyPanel_ = new TextPanel(trainingBox_);
    historyPanel_->setObjectName(QStringLiteral("historyPanel"));
    form->addRow(historyPanel_);
    // Under the console, with the gradients shown: the Python that prints those lines and trains.
    trainingCode_ = new CodeView(ui_->consoleBox);
    trainingCode_->setObjectName(QStringLiteral("trainingCode"));
    trainingCode_->setReadOnly(true);
    trainingCode_->setLineWrapMode(QPlainTextEdit::NoWrap);
    trainingCode_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui_->consoleLayout->addWidget(trainingCode_);
    connect(lrSpin_, &QDoubleSpinBox::valueChanged, this, [this] { refreshTraining(); });
    connect(momentumSpin_, &QDoubleSpinBox::valueChanged, this, [this] { refreshTraining(); });
    connect(stepsSpin_, &QSpinBox::valueChanged, this, [this] { refreshTraining(); });
    // Under the dying-ReLU box: push the bias, then train and watch the dead units stay dead.
    // The network's settings, touched once a lesson, go last: on a 768-pixel screen the stepping,
    // the bias and the training stay in sight without scrolling the column.
    ui_->leftLayout->insertWidget(ui_->leftLayout->indexOf(ui_->dyingBox) + 1, trainingBox_);
    ui_->leftLayout->removeWidget(ui_->networkBox);
    ui_->leftLayout->insertWidget(ui_->leftLayout->indexOf(trainingBox_) + 1, ui_->networkBox);

    connect(gradientsCheck_, &QCheckBox::toggled, &state_, &MlpState::setGradientsShown);
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_G), this); // a presenter's one key
    connect(toggle, &QShortcut::activated, this, [this] {
        if (isVisible())
            state_.setGradientsShown(!state_.gradientsShown());
    });
    connect(targetsEdit_, &QLineEdit::editingFinished, this, [this] {
        if (targetsEdit_->text() == state_.targetsText())
            return;
        QString error;
        if (!state_.setTargets(targetsEdit_->text(), &error))
            refuse(error, targetsEdit_); // the text stays for the teacher to correct
    });
    connect(trainButton_, &QPushButton::clicked, this, [this] {
        QString error;
        report(state_.train(lrSpin_->value(), momentumSpin_->value(), stepsSpin_->value(), &error),
            error);
    });
    connect(reloadButton_, &QPushButton::clicked, this, [this] {
        QString error;
        report(state_.setSeed(state_.seed(), &error), error);
    });
}

void MlpWorkspace::refreshTraining()
{
    {
        const QSignalBlocker block(gradientsCheck_);
        gradientsCheck_->setChecked(state_.gradientsShown());
    }
    if (!targetsEdit_->hasFocus())
        targetsEdit_->setText(state_.targetsText());
    const MlpGradients &g = state_.gradients();
    QStringList norms;
    QVector<double> layers, values;
    auto names = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t i = 0; i < g.parameters.size(); i += 2) { // the weights, as torch.linalg.norm
        const float norm = normLikeTorch(g.parameters[i].tensor);
        const QString name = QString::fromStdString(g.parameters[i].name);
        norms << QStringLiteral("%1 %2").arg(name, number(norm, 3));
        layers << double(layers.size() + 1);
        // A gradient of exactly 0 has no bar on a log scale: a gap, with its number in the text.
        values << (norm > 0 && std::isfinite(norm) ? double(norm)
                                                   : std::numeric_limits<double>::quiet_NaN());
        names->addTick(layers.back(), name.left(name.indexOf(QLatin1Char('.'))));
    }
    normBars_->setData(layers, values, true);
    normChart_->xAxis->setTicker(names);
    normChart_->xAxis->setRange(0.4, double(layers.size()) + 0.6);
    // A decade of room each way; on a log scale the bars rise from the axis's bottom, not 0.
    double low = std::numeric_limits<double>::infinity(), high = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (high > 0) {
        normBars_->setBaseValue(low / 10);
        normChart_->yAxis->setRange(low / 10, high * 10);
    }
    appearance_.stylePlot(normChart_);
    normChart_->xAxis->grid()->setVisible(false);
    normBars_->setPen(Qt::NoPen);
    normBars_->setBrush(appearance_.curveColour(1));
    normChart_->replot(QCustomPlot::rpQueuedReplot);
    lossPanel_->setText(
        tr("nn.CrossEntropyLoss of the logits: <b>%1</b><br>It applies log_softmax itself: it "
           "takes fc%2's logits, never the softmax stage (that one is for reading "
           "probabilities).<br>‖∂L/∂W‖: %3")
            .arg(QString::fromStdString(pythonFloat(g.loss)))
            .arg(state_.network().layers().size())
            .arg(norms.join(QStringLiteral(", "))));
    const TrainingHistory &h = state_.history();
    const std::vector<int> inactive = state_.inactiveUnits();
    QString history = tr("fc1 units ≤ 0 for the whole batch (dead under ReLU): <b>%1</b>, "
                         "of which %2 get a gradient row of exactly 0.")
                          .arg(inactive.size())
                          .arg(state_.inactiveUnitsWithoutGradient());
    if (!h.losses.empty()) {
        QStringList counts;
        for (int c : h.inactiveUnits)
            counts << QString::number(c);
        history = tr("Trained %1 steps: loss %2 → %3.<br>Units ≤ 0 per step: %4")
                      .arg(h.losses.size())
                      .arg(number(h.losses.front(), 4), number(g.loss, 4),
                          counts.join(QLatin1Char(' ')))
            + QStringLiteral("<br>") + history;
    }
    historyPanel_->setText(history);

    trainingCode_->setVisible(state_.gradientsShown());
    const QString code
        = QStringLiteral(
            "# after the program above (model returns the logits; x is its batch)\n"
            "criterion = nn.CrossEntropyLoss()  # applies log_softmax itself\n"
            "targets = torch.tensor([%1])\n"
            "loss = criterion(model(x), targets)\n"
            "print(\"Loss:\", loss.item())\n"
            "loss.backward()\n"
            "print(\"fc1.weight.grad[0, :5]:\", model.fc1.weight.grad[0, :5].numpy())\n\n"
            "# Train\n"
            "optimizer = torch.optim.SGD(model.parameters(), lr=%2, momentum=%3)\n"
            "losses = []\n"
            "for step in range(%4):\n"
            "    optimizer.zero_grad()\n"
            "    loss = criterion(model(x), targets)\n"
            "    losses.append(loss.item())\n"
            "    loss.backward()\n"
            "    optimizer.step()\n")
              .arg(state_.targetsText(), pythonNumber(lrSpin_->value()),
                  pythonNumber(momentumSpin_->value()), QString::number(stepsSpin_->value()));
    if (trainingCode_->toPlainText() != code)
        trainingCode_->setPlainText(code);
}

void MlpWorkspace::rebuildActivationCombos()
{
    const size_t count = state_.network().hiddenActivations().size();
    if (activationCombos_.size() == count)
        return;
    while (ui_->activationsLayout->rowCount() > 0)
        ui_->activationsLayout->removeRow(0);
    activationCombos_.clear();
    for (size_t i = 0; i < count; ++i) {
        auto *combo = new QComboBox(ui_->activationsWidget);
        combo->setObjectName(QStringLiteral("activation%1Combo").arg(i + 1));
        combo->setAccessibleName(tr("Activation after fc%1").arg(i + 1));
        for (const ActivationSpec &spec : activationRegistry())
            if (MlpState::hiddenActivationAllowed(spec))
                combo->addItem(QLatin1String(spec.moduleName), QLatin1String(spec.functionalName));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, i] {
            QString error;
            report(state_.setHiddenActivation(
                       static_cast<int>(i), combo->currentData().toString(), &error),
                error);
        });
        ui_->activationsLayout->addRow(tr("After fc%1:").arg(i + 1), combo);
        activationCombos_.push_back(combo);
    }
}

void MlpWorkspace::refresh()
{
    refreshControls();
    ui_->networkDiagram->refresh();
    refreshPlot();
    refreshStatistics();
    refreshExplanation();
    refreshTraining();
    const QString console = state_.consoleText();
    if (ui_->consoleView->toPlainText() != console) {
        showPlainText(ui_->consoleView, console);
        ui_->consoleView->moveCursor(QTextCursor::End);
    }
}

void MlpWorkspace::refreshControls()
{
    rebuildActivationCombos();
    const Mlp &network = state_.network();
    const QSignalBlocker blockers[] = {QSignalBlocker(ui_->sampleSpin),
        QSignalBlocker(ui_->seedSpin), QSignalBlocker(ui_->slopeSpin),
        QSignalBlocker(ui_->biasShiftSlider), QSignalBlocker(ui_->biasShiftSpin)};
    // Samples are rows of the batch, counted from 0 as Python's x[0] and the heatmap's rows.
    setSpinRange(ui_->sampleSpin, 0, static_cast<int>(network.input().size(0)) - 1);
    ui_->sampleSpin->setValue(state_.sample());
    ui_->seedSpin->setValue(static_cast<int>(state_.seed()));
    ui_->slopeSpin->setValue(state_.negativeSlope());
    ui_->biasShiftSlider->setValue(static_cast<int>(std::lround(state_.biasShift() * 100)));
    ui_->biasShiftSpin->setValue(state_.biasShift());
    for (size_t i = 0; i < activationCombos_.size(); ++i) {
        const QSignalBlocker block(activationCombos_[i]);
        activationCombos_[i]->setCurrentIndex(
            activationCombos_[i]->findData(QLatin1String(network.hiddenActivations()[i].name())));
    }
    // A focused button about to be disabled hands the focus to the diagram: Qt would pass it on to
    // the next widget in the chain, the sample spin box, whose editor then takes Backspace.
    const auto enable = [this](QPushButton *button, bool on) {
        if (!on && window()->focusWidget() == button)
            ui_->networkDiagram->setFocus(Qt::OtherFocusReason);
        button->setEnabled(on);
    };
    // Backward (gradients shown), Reset goes to the logits and Run all back to the input.
    const bool backward = state_.gradientsShown();
    enable(ui_->stepButton, state_.canStep());
    enable(ui_->runAllButton, backward ? network.currentStage() > 0 : state_.canStep());
    enable(ui_->stepBackButton, network.currentStage() > 0);
    enable(ui_->resetButton, backward ? state_.canStep() : network.currentStage() > 0);
    const Shape shape = network.current().output.shape();
    // Steps taken since the input: 0 at the input, as every other count here.
    ui_->stageLabel->setText(tr("Step %1 of %2: %3, shape [%4, %5]")
                                 .arg(network.currentStage())
                                 .arg(network.stageCount() - 1)
                                 .arg(state_.stageLabel(network.currentStage()))
                                 .arg(shape[0])
                                 .arg(shape[1])
        + (state_.gradientsShown() && !state_.canStep() ? QStringLiteral("<br>")
                    + tr("The loss reads these logits: backward starts here (Step back).")
                                                        : QString()));
    ui_->deadLabel->setText(tr("Units dead after the first activation (0 for the whole batch): %1")
                                .arg(percent(state_.deadShareAfterFirstActivation())));
}

void MlpWorkspace::refreshPlot()
{
    QCustomPlot *plot = ui_->stagePlot;
    const StageRecord &record = state_.network().current();
    const int current = state_.network().currentStage();
    // With gradients shown: ∂L/∂(stage output), and at a Linear stage the heatmap holds its
    // layer's ∂L/∂W. The softmax stage, which the loss does not read, keeps its probabilities.
    const Tensor *gradient = state_.gradientsShown() ? state_.shownTensor(current) : nullptr;
    const Tensor *weightGradient = gradient && record.kind == StageKind::Linear
        ? &state_.gradients().parameters[size_t(2 * record.layer)].tensor
        : nullptr;
    const Tensor &mapped = weightGradient ? *weightGradient : gradient ? *gradient : record.output;
    std::vector<float> vector = state_.sampleVector();
    if (!gradient) {
        const int64_t columns = record.output.size(1);
        vector.assign(record.output.data() + state_.sample() * columns,
            record.output.data() + (state_.sample() + 1) * columns);
    }
    const float extent = gradient ? state_.stageExtent(current) : 0.0f; // the bars' range
    float mapExtent = 1e-12f;
    for (float v : mapped.values())
        mapExtent = std::isfinite(v) ? std::max(mapExtent, std::abs(v)) : mapExtent;
    // Probabilities on viridis from 0 to 1 (as in Softmax & dim); signed values diverge from 0.
    const bool probabilities = record.kind == StageKind::Softmax;
    const QCPRange colours = probabilities ? QCPRange(0, 1) : QCPRange(-mapExtent, mapExtent);
    const QCPRange barRange
        = gradient ? QCPRange(-extent * 1.1, extent * 1.1) : stageValueRange(record);
    QVector<double> keys, values;
    for (size_t i = 0; i < vector.size(); ++i) {
        keys << double(i);
        values << (std::isfinite(vector[i]) ? double(vector[i]) : 0.0);
    }

    // The same stage and sample as drawn: new values in place (a bias drag makes no items).
    const QString layoutKey = QStringLiteral("%1/%2/%3/%4/%5")
                                  .arg(QString::fromStdString(record.name))
                                  .arg(current)
                                  .arg(QString::fromStdString(shapeToString(mapped.shape())))
                                  .arg(state_.sample())
                                  .arg(gradient ? 1 : 0);
    if (layoutKey == plotLayout_ && sampleBars_) {
        sampleBars_->setData(keys, values, true);
        sampleBars_->valueAxis()->setRange(barRange);
        batchMap_.style.lower = colours.lower;
        batchMap_.style.upper = colours.upper;
        batchMap_.map->setDataRange(colours);
        batchScale_->setDataRange(colours);
        updateHeatmap(batchMap_, mapped.data());
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    plotLayout_ = layoutKey;
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();

    auto *barsRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, barsRect);
    auto *bars = sampleBars_
        = new QCPBars(barsRect->axis(QCPAxis::atBottom), barsRect->axis(QCPAxis::atLeft));
    bars->setObjectName(QStringLiteral("sampleBars"));
    bars->setData(keys, values, true);
    bars->setWidth(0.8);
    bars->setPen(Qt::NoPen);
    bars->setBrush(Appearance::seriesColour(0));
    barsRect->axis(QCPAxis::atBottom)->setRange(-0.8, vector.size() - 0.2);
    barsRect->axis(QCPAxis::atLeft)->setRange(barRange);
    barsRect->axis(QCPAxis::atBottom)
        ->setLabel((gradient ? tr("∂L/∂(%1) per unit (sample %2)") : tr("unit of %1 (sample %2)"))
                       .arg(state_.stageLabel(current))
                       .arg(state_.sample()));
    if (gradient)
        bars->setBrush(QColor(gradientColours().color(0.15, QCPRange(0, 1))));

    auto *mapRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(1, 0, mapRect);
    const int rows = static_cast<int>(mapped.size(0)), columns = static_cast<int>(mapped.size(1));
    HeatmapStyle style;
    style.diverging = !probabilities;
    style.gradients = gradient != nullptr;
    style.lower = colours.lower;
    style.upper = colours.upper;
    style.showValues = columns <= 32; // drawn where they fit their cells (HeatmapItem)
    style.decimals = 2;
    batchMap_ = drawHeatmap(plot, mapRect, mapped.values(), rows, columns, style, appearance_);
    batchMap_.map->setObjectName(QStringLiteral("batchMap"));
    batchMap_.item->setObjectName(QStringLiteral("batchItem"));
    batchScale_ = new QCPColorScale(plot);
    batchScale_->setObjectName(QStringLiteral("batchScale"));
    plot->plotLayout()->addElement(1, 1, batchScale_);
    batchScale_->setGradient(batchMap_.map->gradient());
    batchScale_->setDataRange(colours);
    if (weightGradient) {
        batchScale_->axis()->setLabel(tr("∂L/∂W"));
        mapRect->axis(QCPAxis::atLeft)->setLabel(tr("fc%1 unit").arg(record.layer + 1));
        mapRect->axis(QCPAxis::atBottom)->setLabel(tr("input unit"));
    } else {
        batchScale_->axis()->setLabel(
            gradient ? tr("∂L/∂(%1)").arg(state_.stageLabel(current)) : tr("value"));
        mapRect->axis(QCPAxis::atLeft)->setLabel(tr("sample"));
        mapRect->axis(QCPAxis::atBottom)->setLabel(tr("unit (whole batch)"));
    }
    fitTicks(mapRect->axis(QCPAxis::atBottom), true);
    fitTicks(mapRect->axis(QCPAxis::atLeft), true);
    fitTicks(barsRect->axis(QCPAxis::atBottom), true);
    fitTicks(barsRect->axis(QCPAxis::atLeft), false);
    fitTicks(batchScale_->axis(), false);
    plot->plotLayout()->setRowStretchFactors({1.2, 1.0});
    // One margin group for the life of the plot: a new one per refresh would pile up.
    if (!margins_)
        margins_ = new QCPMarginGroup(plot);
    if (!scaleMargins_)
        scaleMargins_ = new QCPMarginGroup(plot);
    barsRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins_);
    mapRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins_);
    mapRect->setMarginGroup(QCP::msTop | QCP::msBottom, scaleMargins_);
    batchScale_->setMarginGroup(QCP::msTop | QCP::msBottom, scaleMargins_);
    appearance_.stylePlot(plot);
    appearance_.styleAxis(batchScale_->axis());
    mapRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    barsRect->axis(QCPAxis::atBottom)->grid()->setVisible(false); // no line through bar 0
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void MlpWorkspace::fitPlotHeight()
{
    // Two charts, each with a line of ticks and a line of label, and room for their data: about
    // eight lines of the plot's font, never squeezed below.
    const int line = QFontMetrics(appearance_.plotFont()).height();
    ui_->stagePlot->setMinimumHeight(std::max(180, line * 7));
}

void MlpWorkspace::refreshStatistics()
{
    const StageStatistics s = state_.statistics();
    QString html = tr("min %1 · max %2 · mean %3 · std %4")
                       .arg(number(s.minimum), number(s.maximum), number(s.mean), number(s.stddev));
    if (s.zeroShare)
        html += QStringLiteral("<br>")
            + tr("exact zeros: <b>%1</b> · units dead for the whole batch: <b>%2</b>")
                  .arg(percent(*s.zeroShare), percent(*s.deadShare));
    if (s.saturatedShare)
        html += QStringLiteral("<br>")
            + tr("saturated (|y| > 0.99, f′ ≈ 0): <b>%1</b>").arg(percent(*s.saturatedShare));
    if (!s.rowSums.empty()) {
        QStringList sums;
        for (float sum : s.rowSums)
            sums << number(sum, 6);
        html += QStringLiteral("<br>") + tr("row sums: %1").arg(sums.join(QStringLiteral(", ")));
    }
    ui_->statisticsLabel->setText(html);
}

void MlpWorkspace::refreshExplanation()
{
    if (state_.gradientsShown()) {
        refreshGradientExplanation();
        return;
    }
    // Two panels: the terms, which a bias drag leaves alone, and what the bias changes.
    const NeuronExplanation e = state_.explain();
    const QString stageName = state_.stageLabel(e.stage);
    QString html = tr("<b>%1, unit %2, sample %3</b>").arg(stageName).arg(e.neuron).arg(e.sample);
    if (!e.hasLinear) {
        html += QStringLiteral("<br>") + tr("An input value: x = %1").arg(number(e.z));
        ui_->explanationLabel->setText(html);
        ui_->explanationResultLabel->setText(QString());
        return;
    }
    const int layer = Mlp::layerOf(e.stage) + 1;
    html += QStringLiteral("<br>")
        + tr("z = Σ wᵢ·xᵢ + b (fc%1, weight row %2)").arg(layer).arg(e.neuron);
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const Contribution &c : e.largest)
        // Each term in two lines, the product under its name: three columns of numbers do not
        // fit the notes' column on a 1366-pixel screen (they broke inside the numbers).
        html += QStringLiteral("<tr><td nowrap>w[%1]·x[%1]</td>"
                               "<td align=right nowrap>=&nbsp;%4</td></tr>"
                               "<tr><td colspan=2 align=right nowrap>%2&nbsp;×&nbsp;%3"
                               "&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>")
                    .arg(c.input)
                    .arg(number(c.weight), number(c.value), number(c.product));
    html += QStringLiteral("<tr><td>%1</td><td align=right nowrap>=&nbsp;%2</td></tr></table>")
                .arg(tr("all other terms"), number(e.rest));
    ui_->explanationLabel->setText(html);

    QString result
        = QStringLiteral("<table cellspacing=0 cellpadding=3><tr><td>b</td><td align=right>= "
                         "%1</td></tr><tr><td><b>z</b></td><td align=right><b>= "
                         "%2</b></td></tr></table>")
              .arg(number(e.bias), number(e.z));
    if (e.hasActivation)
        result += tr("%1(z) = <b>%2</b>").arg(e.activationName, number(e.activated));
    ui_->explanationResultLabel->setText(result);
}

void MlpWorkspace::refreshGradientExplanation()
{
    const NeuronGradient e = state_.explainGradient();
    const QString stageName = state_.stageLabel(e.stage);
    QString html
        = tr("<b>∂L/∂ %1, unit %2, sample %3</b>").arg(stageName).arg(e.neuron).arg(e.sample);
    QString result;
    switch (e.rule) {
    case NeuronGradient::Rule::Logit:
        html += QStringLiteral("<br>")
            + tr("The loss is the batch's mean of −log softmax(logits)[target]: for a logit, "
                 "δ = (p − [unit = target]) / batch.");
        result = tr("p = %1, target: %2<br>δ = (%1 − %3) / %4 = <b>%5</b>")
                     .arg(number(e.probability))
                     .arg(e.isTarget ? tr("this unit") : tr("another unit"))
                     .arg(e.isTarget ? 1 : 0)
                     .arg(e.batch)
                     .arg(number(e.delta, 6));
        break;
    case NeuronGradient::Rule::ActivationDerivative:
        html += QStringLiteral("<br>")
            + tr("Back through %1: δ(z) = δ(%1's output) × f′(z).").arg(e.activationName);
        result = tr("δ = %1 × %2 = <b>%3</b>")
                     .arg(number(e.upstream, 6), number(e.derivative, 6), number(e.delta, 6));
        if (e.derivative == 0)
            result += QStringLiteral("<br>")
                + tr("f′(z) = 0: nothing passes back to this unit's weights (a dead unit).");
        break;
    case NeuronGradient::Rule::NextLayerSum:
        html += QStringLiteral("<br>")
            + tr("δ = Σₖ W[k, %1] · δₖ over fc%2's units, largest first:")
                  .arg(e.neuron)
                  .arg(e.nextLayer + 1);
        html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
        for (const Contribution &c : e.largest)
            html += QStringLiteral("<tr><td nowrap>W[%1,&nbsp;%2]·δ%1</td>"
                                   "<td align=right nowrap>=&nbsp;%5</td></tr>"
                                   "<tr><td colspan=2 align=right nowrap>%3&nbsp;×&nbsp;%4"
                                   "&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>")
                        .arg(c.input)
                        .arg(e.neuron)
                        .arg(number(c.weight), number(c.value, 6), number(c.product, 6));
        html += QStringLiteral("<tr><td>%1</td><td align=right nowrap>=&nbsp;%2</td></tr></table>")
                    .arg(tr("all other terms"), number(e.rest, 6));
        result = tr("δ = <b>%1</b> (autograd's sum)").arg(number(e.delta, 6));
        break;
    }
    ui_->explanationLabel->setText(html);
    ui_->explanationResultLabel->setText(result);
}

void MlpWorkspace::retranslate()
{
    plotLayout_.clear(); // axis labels in the new language
    ui_->retranslateUi(this);
    findChild<QScrollArea *>(QStringLiteral("rightPanelScroll"))
        ->setAccessibleName(tr("Explanation and console"));
    ui_->consoleView->setPlaceholderText(
        tr("Step forward: each stage prints here what the Python program prints."));
    for (size_t i = 0; i < activationCombos_.size(); ++i) {
        activationCombos_[i]->setAccessibleName(tr("Activation after fc%1").arg(i + 1));
        if (auto *label
            = qobject_cast<QLabel *>(ui_->activationsLayout->labelForField(activationCombos_[i])))
            label->setText(tr("After fc%1:").arg(i + 1));
    }
    trainingBox_->setTitle(tr("Loss, gradients and training"));
    gradientsCheck_->setText(tr("Show gradients ∂L/∂· (loss.backward())"));
    gradientsCheck_->setToolTip(
        tr("Colour the diagram and the charts by the gradient of the loss instead of the values"));
    targetsLabel_->setText(tr("Targets:"));
    targetsEdit_->setToolTip(tr("One class index per sample, separated by commas"));
    targetsEdit_->setAccessibleName(tr("Targets"));
    lrLabel_->setText(tr("Learning rate:"));
    lrSpin_->setAccessibleName(tr("Learning rate"));
    momentumLabel_->setText(tr("Momentum:"));
    momentumSpin_->setAccessibleName(tr("Momentum"));
    stepsLabel_->setText(tr("Steps:"));
    stepsSpin_->setAccessibleName(tr("Steps"));
    trainButton_->setText(tr("Train"));
    trainButton_->setToolTip(tr("torch.optim.SGD on the batch and the targets; the network "
                                "keeps the trained weights"));
    reloadButton_->setText(tr("Seed's weights"));
    reloadButton_->setToolTip(tr("Back to the weights torch.manual_seed gives (untrained)"));
    lossPanel_->setAccessibleName(tr("Loss"));
    normChart_->setAccessibleName(tr("Norm of each layer's weight gradient, log scale"));
    normChart_->yAxis->setLabel(QStringLiteral("‖∂L/∂W‖"));
    trainingCode_->setAccessibleName(tr("Python code of the loss, the backward pass and Train"));
    historyPanel_->setAccessibleName(tr("Training"));
    refresh();
}

QList<QPair<QString, QString>> MlpWorkspace::keyHelp() const
{
    return {{QStringLiteral("G"), tr("show or hide the gradients ∂L/∂· of the loss")}};
}

QCustomPlot *MlpWorkspace::exportPlot() const
{
    return ui_->stagePlot;
}

QString MlpWorkspace::exportTitle() const
{
    const StageRecord &record = state_.network().current();
    // Counted as the stage label counts: steps since the input.
    return tr("Forward pass, step %1 of %2: %3, shape %4")
        .arg(state_.network().currentStage())
        .arg(state_.network().stageCount() - 1)
        .arg(state_.stageLabel(state_.network().currentStage()),
            QString::fromStdString(shapeToString(record.output.shape())));
}

QString MlpWorkspace::exportBaseName() const
{
    return QStringLiteral("forward-%1")
        .arg(QString::fromStdString(state_.network().current().name));
}

QString MlpWorkspace::exportCsv() const
{
    const Tensor &out = state_.network().current().output;
    QStringList header {QStringLiteral("sample")};
    for (int64_t unit = 0; unit < out.size(1); ++unit)
        header << QStringLiteral("unit%1").arg(unit);
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int64_t b = 0; b < out.size(0); ++b) {
        QStringList row {QString::number(b)};
        for (int64_t unit = 0; unit < out.size(1); ++unit)
            row << QString::fromStdString(io::formatFloat(out.at({b, unit})));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

namespace {

struct TrainingControls {
    double lr = 0.1, momentum = 0.0;
};

// Reads a state into `state` through its own checks, in the order the screen builds it: the
// network, its bias shift and targets, the training, then how far the pass is stepped and in
// which direction. Refusals go to the reader.
TrainingControls readState(StateReader &reader, MlpState &state)
{
    QString error;
    auto check = [&](const char *key, bool ok) {
        if (!ok)
            reader.refuse(QLatin1String(key), error);
    };
    if (const auto seed = reader.integer(QStringLiteral("seed"), 0, 0xffffffffLL))
        check("seed", state.setSeed(static_cast<uint64_t>(*seed), &error));
    if (const auto names = reader.list(QStringLiteral("activations"))) {
        const int layers = static_cast<int>(state.network().hiddenActivations().size());
        if (names->size() != layers)
            reader.refuse(QStringLiteral("activations"),
                MlpWorkspace::tr("Give %1 activations, one per hidden layer.").arg(layers));
        for (int i = 0; names->size() == layers && i < layers; ++i)
            check("activations", state.setHiddenActivation(i, (*names)[i], &error));
    }
    if (const auto slope = reader.number(QStringLiteral("negativeSlope")))
        check("negativeSlope", state.setNegativeSlope(*slope, &error));
    if (const auto shift = reader.number(QStringLiteral("biasShift")))
        check("biasShift", state.setBiasShift(*shift, &error));
    if (const auto targets = reader.list(QStringLiteral("targets")))
        check("targets", state.setTargets(targets->join(QLatin1Char(',')), &error));
    TrainingControls training;
    training.lr = reader.number(QStringLiteral("lr"), 0.0001, 10.0).value_or(training.lr);
    training.momentum
        = reader.number(QStringLiteral("momentum"), 0.0, 0.99).value_or(training.momentum);
    if (const auto steps
        = reader.integer(QStringLiteral("trainSteps"), 0, MlpState::kMaxTrainingSteps);
        steps && *steps > 0)
        check("trainSteps",
            state.train(training.lr, training.momentum, static_cast<int>(*steps), &error));
    const bool gradients = reader.boolean(QStringLiteral("gradients")).value_or(false);
    state.setGradientsShown(gradients); // backward starts from the whole pass, at the logits
    if (const auto stage
        = reader.integer(QStringLiteral("stage"), 0, state.network().stageCount() - 1)) {
        if (gradients) {
            if (*stage > state.network().currentStage())
                reader.refuse(QStringLiteral("stage"),
                    MlpWorkspace::tr("Gradients go back from the logits, stage %1 at most.")
                        .arg(state.network().currentStage()));
            while (state.network().currentStage() > *stage)
                state.stepBack();
        } else {
            state.reset();
            while (state.network().currentStage() < *stage)
                state.step();
        }
    }
    if (const auto sample = reader.integer(QStringLiteral("sample"), 0, 1 << 20))
        check("sample", state.setSample(static_cast<int>(*sample), &error));
    const auto neuronStage = reader.integer(QStringLiteral("selectedStage"), 0, 1 << 20);
    const auto neuron = reader.integer(QStringLiteral("selectedNeuron"), 0, 1 << 20);
    if (neuronStage || neuron)
        check(neuron ? "selectedNeuron" : "selectedStage",
            state.selectNeuron(static_cast<int>(neuronStage.value_or(state.selectedStage())),
                static_cast<int>(neuron.value_or(state.selectedNeuron())), &error));
    return training;
}

QVariantMap stateOf(const MlpState &state, const TrainingControls &training)
{
    QVariantMap map;
    map.insert(QStringLiteral("seed"), static_cast<qulonglong>(state.seed()));
    QStringList activations;
    for (const Activation &a : state.network().hiddenActivations())
        activations << QLatin1String(a.spec().functionalName);
    map.insert(QStringLiteral("activations"), activations);
    map.insert(QStringLiteral("negativeSlope"), state.negativeSlope());
    map.insert(QStringLiteral("biasShift"), state.biasShift());
    QVariantList targets;
    for (int64_t t : state.targets())
        targets << static_cast<qlonglong>(t);
    map.insert(QStringLiteral("targets"), targets);
    map.insert(QStringLiteral("lr"), training.lr);
    map.insert(QStringLiteral("momentum"), training.momentum);
    map.insert(QStringLiteral("trainSteps"),
        std::min(state.trainedSteps(), static_cast<int>(MlpState::kMaxTrainingSteps)));
    map.insert(QStringLiteral("gradients"), state.gradientsShown());
    map.insert(QStringLiteral("stage"), state.network().currentStage());
    map.insert(QStringLiteral("sample"), state.sample());
    map.insert(QStringLiteral("selectedStage"), state.selectedStage());
    map.insert(QStringLiteral("selectedNeuron"), state.selectedNeuron());
    return map;
}

} // namespace

QVariantMap MlpWorkspace::viewState() const
{
    return stateOf(state_, {lrSpin_->value(), momentumSpin_->value()});
}

QStringList MlpWorkspace::setViewState(const QVariantMap &state, StateMode mode)
{
    MlpState trial; // the seed network, then what the state gives
    StateReader reader(state);
    const TrainingControls training = readState(reader, trial);
    const QStringList problems = reader.problems();
    if (mode == StateMode::Check || (mode == StateMode::Apply && !problems.isEmpty()))
        return problems;
    {
        const QSignalBlocker quiet(&state_);
        StateReader whole(stateOf(trial, training));
        readState(whole, state_);
    }
    emit state_.changed(); // once for the whole state: caches dropped, the screen redrawn
    lrSpin_->setValue(training.lr);
    momentumSpin_->setValue(training.momentum);
    return problems;
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    if (document()->isEmpty())
        QPlainTextEdit::paintEvent(event); // the placeholder
    else
        CodeView::paintEvent(event);
}

} // namespace al
