#include "app/deep/deep_workspace.h"

#include "app/appearance.h"
#include "app/widgets/code_view.h"
#include "app/widgets/plot.h"
#include "app/widgets/text_panel.h"
#include "core/mlp.h"
#include "io/pytorch_code.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <limits>

namespace al {

namespace {

constexpr int kScaleSteps = 100; // the slider's steps per unit of scale
constexpr double kSliderMaxScale = 4.0; // the spin box goes on to kMaxWeightScale

const char *initName(Init init)
{
    switch (init) {
    case Init::Default:
        return "default";
    case Init::Kaiming:
        return "kaiming";
    case Init::Xavier:
        return "xavier";
    }
    return "default";
}

QString number(double value, int digits = 3)
{
    return QString::number(value, 'g', digits);
}

DeepOutcome compute(const DeepStackOptions &options, std::shared_ptr<const DeepDraw> draw)
{
    try {
        if (!draw || !draw->drawnFor(options))
            draw = std::make_shared<const DeepDraw>(drawDeepStack(options, draw.get()));
        return {deepStack(options, *draw), {}, draw};
    } catch (const std::exception &e) {
        return {std::nullopt, QString::fromStdString(e.what()), nullptr};
    }
}

} // namespace

DeepWorkspace::DeepWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , appearance_(appearance)
{
    options_.activation = Activation::named("sigmoid"); // the seed's claim, at first sight
    options_.depth = 20;
    options_.batch = 64;

    auto *layout = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("deepControls"));
    column->setMaximumWidth(290); // as the other workspaces' columns; grows with the text
    buildControls(column);
    layout->addWidget(column);

    plot_ = new Plot(this);
    plot_->setObjectName(QStringLiteral("deepPlot"));
    plot_->setMinimumSize(320, 300);
    plot_->setAutoAddPlottableToLegend(false);
    plot_->plotLayout()->clear();
    normRect_ = new QCPAxisRect(plot_);
    spreadRect_ = new QCPAxisRect(plot_);
    shareRect_ = new QCPAxisRect(plot_);
    // The verdict on top, so that it stays in sight with the notes folded (presentation mode);
    // the bands' legend in a row of its own, above the bands, covering nothing.
    caption_ = new QCPTextElement(plot_);
    caption_->setObjectName(QStringLiteral("deepCaption"));
    plot_->plotLayout()->addElement(0, 0, caption_);
    plot_->plotLayout()->addElement(1, 0, normRect_);
    plot_->plotLayout()->addElement(3, 0, spreadRect_);
    plot_->plotLayout()->addElement(4, 0, shareRect_);
    auto *group = new QCPMarginGroup(plot_);
    for (QCPAxisRect *rect : {normRect_, spreadRect_, shareRect_}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        for (QCPAxis *axis : rect->axes())
            axis->setLayer(QStringLiteral("axes"));
    }
    normRect_->axis(QCPAxis::atLeft)->setScaleType(QCPAxis::stLogarithmic);
    // A decade at most every few ticks, all written as powers of ten: 10⁻¹⁶ and 0.01 side by
    // side crowded each other.
    auto logTicker = QSharedPointer<QCPAxisTickerLog>::create();
    logTicker->setTickCount(4);
    logTicker->setSubTickCount(0);
    normRect_->axis(QCPAxis::atLeft)->setTicker(logTicker);
    normRect_->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("eb"));
    normRect_->axis(QCPAxis::atLeft)->setNumberPrecision(0);
    auto graphIn = [this](QCPAxisRect *rect) {
        return plot_->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    };
    noShare_ = new QCPItemText(plot_);
    noShare_->setObjectName(QStringLiteral("noShareText"));
    noShare_->setClipAxisRect(shareRect_);
    noShare_->position->setAxisRect(shareRect_);
    noShare_->position->setType(QCPItemPosition::ptAxisRectRatio);
    noShare_->position->setCoords(0.5, 0.5);
    normGraph_ = graphIn(normRect_);
    normGraph_->setObjectName(QStringLiteral("gradientNorms"));
    outerLow_ = graphIn(spreadRect_);
    outerHigh_ = graphIn(spreadRect_);
    innerLow_ = graphIn(spreadRect_);
    innerHigh_ = graphIn(spreadRect_);
    medianGraph_ = graphIn(spreadRect_);
    medianGraph_->setObjectName(QStringLiteral("medians"));
    outerHigh_->setChannelFillGraph(outerLow_);
    innerHigh_->setChannelFillGraph(innerLow_);
    // A legend for the bands, inside the spread's rect.
    spreadLegend_ = new QCPLegend;
    plot_->plotLayout()->addElement(2, 0, spreadLegend_);
    spreadLegend_->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    spreadLegend_->setLayer(QStringLiteral("legend"));
    plot_->plotLayout()->setRowStretchFactors({0.01, 1, 0.01, 1, 0.8});
    for (QCPGraph *graph : {medianGraph_, innerHigh_, outerHigh_})
        graph->addToLegend(spreadLegend_);
    shareBars_
        = new QCPBars(shareRect_->axis(QCPAxis::atBottom), shareRect_->axis(QCPAxis::atLeft));
    shareBars_->setObjectName(QStringLiteral("unitShares"));
    shareBars_->setWidth(0.7);
    shareRect_->axis(QCPAxis::atLeft)->setRange(0, 100);
    shareRect_->axis(QCPAxis::atLeft)->ticker()->setTickCount(2); // 0, 50, 100: a short chart
    layout->addWidget(plot_, 1);

    auto *notes = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notes_ = new TextPanel(notes);
    notes_->setObjectName(QStringLiteral("deepNotes"));
    code_ = new CodeView(notes);
    code_->setObjectName(QStringLiteral("deepCode"));
    code_->setLineWrapMode(QPlainTextEdit::NoWrap); // Python's indentation must read as such
    notesLayout->addWidget(notes_, 2);
    notesLayout->addWidget(code_, 3);
    notes->setMaximumWidth(460);
    layout->addWidget(notes);
    setRegions(column, plot_, {notes});

    connect(&watcher_, &QFutureWatcher<DeepOutcome>::finished, this, [this] {
        const DeepOutcome outcome = watcher_.result();
        if (outcome.draw)
            draw_ = outcome.draw;
        if (outcome.stack)
            display(running_, *outcome.stack);
        else
            refuse(outcome.error);
        if (pending_) {
            pending_ = false;
            request();
        }
    });
    connect(&appearance_, &Appearance::changed, this, [this] {
        styleAll();
        fitControls(appearance_);
    });
    showOptions();
    retranslate();
    styleAll();
    fitControls(appearance_);
    request();
}

DeepWorkspace::~DeepWorkspace()
{
    watcher_.waitForFinished(); // the worker reads nothing of this, but its result comes here
}

void DeepWorkspace::buildControls(QWidget *column)
{
    auto *form = new QFormLayout(column);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: any language fits
    auto addRow = [this, form](QWidget *field, QWidget *extra = nullptr) {
        auto *label = new QLabel(form->parentWidget());
        label->setBuddy(field);
        labels_ << label;
        labelled_ << QList<QWidget *> {field, extra};
        if (!extra) {
            form->addRow(label, field);
            return;
        }
        auto *both = new QWidget(form->parentWidget());
        auto *row = new QVBoxLayout(both);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field);
        row->addWidget(extra);
        form->addRow(label, both);
    };

    activationCombo_ = new QComboBox(column);
    activationCombo_->setObjectName(QStringLiteral("deepActivationCombo"));
    for (const ActivationSpec &spec : activationRegistry())
        if (spec.isElementwise())
            activationCombo_->addItem(
                QString::fromLatin1(spec.moduleName), QString::fromLatin1(spec.functionalName));
    addRow(activationCombo_);
    initCombo_ = new QComboBox(column);
    initCombo_->setObjectName(QStringLiteral("deepInitCombo"));
    initCombo_->addItems({QString(), QString(), QString()}); // texts: retranslate
    addRow(initCombo_);

    depthSpin_ = new QSpinBox(column);
    depthSpin_->setObjectName(QStringLiteral("deepDepthSpin"));
    depthSpin_->setRange(1, kMaxDeepDepth);
    depthSlider_ = new QSlider(Qt::Horizontal, column);
    depthSlider_->setObjectName(QStringLiteral("deepDepthSlider"));
    depthSlider_->setRange(1, kMaxDeepDepth);
    addRow(depthSpin_, depthSlider_);
    widthSpin_ = new QSpinBox(column);
    widthSpin_->setObjectName(QStringLiteral("deepWidthSpin"));
    widthSpin_->setRange(static_cast<int>(kMinDeepWidth), static_cast<int>(kMaxDeepWidth));
    widthSpin_->setSingleStep(8);
    addRow(widthSpin_);
    scaleSpin_ = new QDoubleSpinBox(column);
    scaleSpin_->setObjectName(QStringLiteral("deepScaleSpin"));
    scaleSpin_->setRange(0.0, kMaxWeightScale);
    scaleSpin_->setSingleStep(0.05);
    scaleSpin_->setDecimals(2);
    scaleSlider_ = new QSlider(Qt::Horizontal, column);
    scaleSlider_->setObjectName(QStringLiteral("deepScaleSlider"));
    scaleSlider_->setRange(0, static_cast<int>(kSliderMaxScale * kScaleSteps));
    addRow(scaleSpin_, scaleSlider_);
    batchSpin_ = new QSpinBox(column);
    batchSpin_->setObjectName(QStringLiteral("deepBatchSpin"));
    batchSpin_->setRange(1, static_cast<int>(kMaxBatch));
    addRow(batchSpin_);
    seedSpin_ = new QSpinBox(column);
    seedSpin_->setObjectName(QStringLiteral("deepSeedSpin"));
    seedSpin_->setRange(0, std::numeric_limits<int>::max());
    addRow(seedSpin_);

    auto *presets = new QWidget(column);
    auto *presetsLayout = new QVBoxLayout(presets);
    presetsLayout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QPushButton **, Preset> buttons[] = {{&vanishingButton_, Preset::Vanishing},
        {&levelButton_, Preset::Level}, {&explodingButton_, Preset::Exploding}};
    for (const auto &[button, preset] : buttons) {
        *button = new QPushButton(presets);
        presetsLayout->addWidget(*button);
        connect(
            *button, &QPushButton::clicked, this, [this, preset = preset] { applyPreset(preset); });
    }
    vanishingButton_->setObjectName(QStringLiteral("deepVanishingButton"));
    levelButton_->setObjectName(QStringLiteral("deepLevelButton"));
    explodingButton_->setObjectName(QStringLiteral("deepExplodingButton"));
    addRow(presets);

    // Every control goes through readControls; the slider and spin box of a pair follow each
    // other first.
    connect(depthSlider_, &QSlider::valueChanged, depthSpin_, &QSpinBox::setValue);
    connect(depthSpin_, &QSpinBox::valueChanged, depthSlider_, &QSlider::setValue);
    connect(scaleSlider_, &QSlider::valueChanged, this,
        [this](int step) { scaleSpin_->setValue(double(step) / kScaleSteps); });
    connect(scaleSpin_, &QDoubleSpinBox::valueChanged, this, [this](double scale) {
        const QSignalBlocker block(scaleSlider_);
        scaleSlider_->setValue(static_cast<int>(std::lround(scale * kScaleSteps)));
    });
    for (QSpinBox *spin : {depthSpin_, widthSpin_, batchSpin_, seedSpin_})
        connect(spin, &QSpinBox::valueChanged, this, &DeepWorkspace::readControls);
    connect(scaleSpin_, &QDoubleSpinBox::valueChanged, this, &DeepWorkspace::readControls);
    for (QComboBox *combo : {activationCombo_, initCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeepWorkspace::readControls);
}

void DeepWorkspace::readControls()
{
    options_.activation
        = Activation::named(activationCombo_->currentData().toString().toStdString());
    options_.init = static_cast<Init>(initCombo_->currentIndex());
    options_.depth = depthSpin_->value();
    options_.width = widthSpin_->value();
    options_.weightScale = scaleSpin_->value();
    options_.batch = batchSpin_->value();
    options_.seed = static_cast<uint64_t>(seedSpin_->value());
    refreshNotes(); // the code follows at once; the numbers when they arrive
    request();
}

void DeepWorkspace::showOptions()
{
    const QSignalBlocker blocks[]
        = {QSignalBlocker(activationCombo_), QSignalBlocker(initCombo_), QSignalBlocker(depthSpin_),
            QSignalBlocker(depthSlider_), QSignalBlocker(widthSpin_), QSignalBlocker(scaleSpin_),
            QSignalBlocker(scaleSlider_), QSignalBlocker(batchSpin_), QSignalBlocker(seedSpin_)};
    activationCombo_->setCurrentIndex(
        activationCombo_->findData(QString::fromLatin1(options_.activation.name())));
    initCombo_->setCurrentIndex(static_cast<int>(options_.init));
    depthSpin_->setValue(options_.depth);
    depthSlider_->setValue(options_.depth);
    widthSpin_->setValue(static_cast<int>(options_.width));
    scaleSpin_->setValue(options_.weightScale);
    scaleSlider_->setValue(static_cast<int>(std::lround(options_.weightScale * kScaleSteps)));
    batchSpin_->setValue(static_cast<int>(options_.batch));
    seedSpin_->setValue(static_cast<int>(options_.seed));
}

void DeepWorkspace::applyPreset(Preset preset)
{
    options_.depth = 20;
    options_.width = 64;
    options_.batch = 64;
    options_.weightScale = preset == Preset::Exploding ? 2.0 : 1.0;
    options_.activation = Activation::named(preset == Preset::Vanishing ? "sigmoid" : "relu");
    options_.init = preset == Preset::Vanishing ? Init::Default : Init::Kaiming;
    showOptions();
    refreshNotes();
    request();
}

void DeepWorkspace::request()
{
    clearFieldError();
    if (watcher_.isRunning()) {
        pending_ = true; // the latest settings run next; those in between are skipped
        return;
    }
    running_ = options_;
    watcher_.setFuture(
        QtConcurrent::run([options = options_, draw = draw_] { return compute(options, draw); }));
}

void DeepWorkspace::computeNow(const DeepStackOptions &options)
{
    watcher_.waitForFinished();
    pending_ = false;
    options_ = options;
    showOptions();
    const DeepOutcome outcome = compute(options_, draw_);
    if (outcome.draw)
        draw_ = outcome.draw;
    if (outcome.stack)
        display(options_, *outcome.stack);
}

void DeepWorkspace::display(const DeepStackOptions &options, const DeepStack &result)
{
    resultOptions_ = options;
    result_ = result;
    whenVisible("picture", [this] {
        refreshPicture();
        refreshNotes();
    });
    emit resultShown();
}

void DeepWorkspace::refreshPicture()
{
    if (!result_)
        return;
    const std::vector<DeepLayer> &layers = result_->layers;
    QVector<double> x, norms, medians, q05, q25, q75, q95, shares;
    for (size_t i = 0; i < layers.size(); ++i) {
        const DeepLayer &layer = layers[i];
        x << double(i + 1);
        // A gradient of exactly 0 has no place on a log scale: a gap, said in the notes.
        norms << (layer.gradNorm > 0 && std::isfinite(layer.gradNorm)
                ? double(layer.gradNorm)
                : std::numeric_limits<double>::quiet_NaN());
        q05 << layer.quantiles[0];
        q25 << layer.quantiles[1];
        medians << layer.quantiles[2];
        q75 << layer.quantiles[3];
        q95 << layer.quantiles[4];
        const std::optional<float> share
            = layer.deadFraction ? layer.deadFraction : layer.saturatedFraction;
        shares << (share ? 100.0 * *share : 0.0);
    }
    normGraph_->setData(x, norms, true);
    outerLow_->setData(x, q05, true);
    outerHigh_->setData(x, q95, true);
    innerLow_->setData(x, q25, true);
    innerHigh_->setData(x, q75, true);
    medianGraph_->setData(x, medians, true);
    shareBars_->setData(x, shares, true);
    const bool anyShare = std::any_of(shares.begin(), shares.end(), [](double s) { return s > 0; });
    noShare_->setVisible(!anyShare); // an empty chart says so
    const double last = double(layers.size()) + 0.5;
    for (QCPAxisRect *rect : {normRect_, spreadRect_, shareRect_})
        rect->axis(QCPAxis::atBottom)->setRange(0.5, last);
    bool found = false;
    const QCPRange norm = normGraph_->getValueRange(found);
    if (found) // a decade of room each way: the end points stay whole
        normRect_->axis(QCPAxis::atLeft)->setRange(norm.lower / 10, norm.upper * 10);
    const QCPRange spread = outerLow_->getValueRange(found);
    const QCPRange top = outerHigh_->getValueRange(found);
    const double low = std::min(spread.lower, 0.0), high = std::max(top.upper, 0.0);
    const double margin = (high - low) * 0.08 + 1e-6;
    spreadRect_->axis(QCPAxis::atLeft)->setRange(low - margin, high + margin);
    refreshShareLabel();
    plot_->replot();
}

// What the numbers say: a caption over the picture (it stays with the notes folded) and the
// sentence in the notes.
std::pair<QString, QString> DeepWorkspace::verdict() const
{
    if (!result_ || result_->layers.empty())
        return {};
    const std::vector<DeepLayer> &layers = result_->layers;
    const float first = layers.front().gradNorm, lastNorm = layers.back().gradNorm;
    const int depth = static_cast<int>(layers.size());
    float largest = 0;
    bool finite = true;
    for (const DeepLayer &layer : layers) {
        finite = finite && std::isfinite(layer.gradNorm);
        largest = std::max(largest, layer.gradNorm);
    }
    if (!finite)
        return {tr("The gradients overflow float32"),
            tr("The gradients overflowed: they exploded beyond float32's range.")};
    if (largest > 1e3f)
        return {tr("The gradients explode: up to %1").arg(number(largest)),
            tr("The gradients explode: up to %1. Each layer multiplies the signal by more than 1, "
               "forward and backward; one SGD step with them would throw the network's weights "
               "away.")
                .arg(number(largest))};
    if (depth == 1)
        return {tr("One layer"), tr("One layer: nothing to compare yet. Drag the depth up.")};
    if (first == 0)
        return {tr("fc1 gets no gradient"),
            tr("fc1 gets a gradient of exactly 0: nothing reaches the first layer, it cannot "
               "learn.")};
    if (lastNorm == 0)
        return {tr("fc%1 gets no gradient").arg(depth),
            tr("fc%1 gets a gradient of exactly 0.").arg(depth)};
    const double ratio = double(first) / double(lastNorm);
    const QString times = number(ratio, 2);
    if (ratio < 1e-2)
        return {tr("fc1 gets %1 × the gradient of fc%2: it vanishes").arg(times).arg(depth),
            tr("fc1 gets %1 times the gradient of fc%2: the gradient vanishes on its way back to "
               "the input, and the first layers barely learn.")
                .arg(times)
                .arg(depth)};
    if (ratio > 1e2)
        return {tr("fc1 gets %1 × the gradient of fc%2: it explodes").arg(times).arg(depth),
            tr("fc1 gets %1 times the gradient of fc%2: the gradient explodes on its way back to "
               "the input.")
                .arg(times)
                .arg(depth)};
    // Between vanishing and level, and level and exploding: a gradient 55 times smaller is not
    // level, even if it has not vanished.
    if (ratio < 0.2)
        return {tr("fc1 gets %1 × the gradient of fc%2: it shrinks").arg(times).arg(depth),
            tr("fc1 gets %1 times the gradient of fc%2: the gradient shrinks on its way back to "
               "the input, so the first layers learn more slowly than the last.")
                .arg(times)
                .arg(depth)};
    if (ratio > 5)
        return {tr("fc1 gets %1 × the gradient of fc%2: it grows").arg(times).arg(depth),
            tr("fc1 gets %1 times the gradient of fc%2: the gradient grows on its way back to "
               "the input, so the first layers take larger steps than the last.")
                .arg(times)
                .arg(depth)};
    return {tr("fc1 gets %1 × the gradient of fc%2: level").arg(times).arg(depth),
        tr("fc1 gets %1 times the gradient of fc%2: the gradient stays level through the stack.")
            .arg(times)
            .arg(depth)};
}

void DeepWorkspace::refreshNotes()
{
    code_->setPlainText(pythonCode());
    const auto [caption, sentence] = verdict();
    caption_->setText(caption);
    if (!result_ || result_->layers.empty())
        return;
    const std::vector<DeepLayer> &layers = result_->layers;
    const QString loss = QString::number(double(result_->loss), 'g', 6);
    notes_->setText(tr("<p><b>Loss %1.</b> ‖∂L/∂W‖ of fc1: %2; of fc%3: %4.</p><p>%5</p>")
                        .arg(loss, number(layers.front().gradNorm), QString::number(layers.size()),
                            number(layers.back().gradNorm), sentence)
        + tr("<p>Backpropagation multiplies the gradient, layer by layer, by the weights and by "
             "f′. Sigmoid's f′ is at most 0.25, so with nn.Linear's default weights the product "
             "shrinks geometrically with depth. ReLU's f′ is 1 where a unit is active: with "
             "Kaiming's initialisation the signal keeps its size. Weights scaled above that "
             "multiply it by more than 1 per layer, and it explodes.</p>"));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString DeepWorkspace::pythonCode() const
{
    const DeepStackOptions &o = options_;
    QString init;
    if (o.init == Init::Kaiming)
        init = QStringLiteral("    nn.init.kaiming_normal_(l.weight, nonlinearity='relu')\n"
                              "    nn.init.zeros_(l.bias)\n");
    else if (o.init == Init::Xavier)
        init
            = QStringLiteral("    nn.init.xavier_uniform_(l.weight)\n    nn.init.zeros_(l.bias)\n");
    if (o.weightScale != 1.0)
        init += QStringLiteral("    with torch.no_grad():\n        l.weight.mul_(%1)\n")
                    .arg(pythonNumber(o.weightScale));
    return QStringLiteral("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"
                          "torch.manual_seed(%1)\nlayers = []\nfor _ in range(%2):\n"
                          "    l = nn.Linear(%3, %3)\n%4    layers.append(l)\n"
                          "head = nn.Linear(%3, 10)\nx = torch.randn(%5, %3)\n"
                          "t = torch.arange(%5) % 10\nh = x\nfor l in layers:\n    h = %6\n"
                          "loss = F.cross_entropy(head(h), t)\nloss.backward()\n"
                          "print(loss.item())\nfor i, l in enumerate(layers, 1):\n"
                          "    print(f'fc{i}', torch.linalg.norm(l.weight.grad).item())\n")
        .arg(o.seed)
        .arg(o.depth)
        .arg(o.width)
        .arg(init)
        .arg(o.batch)
        .arg(functionalCode(o.activation, QStringLiteral("l(h)")));
}

void DeepWorkspace::retranslate()
{
    const QString texts[] = {tr("Activation"), tr("Initialisation"), tr("Depth"), tr("Width"),
        tr("Weight scale"), tr("Batch"), tr("Seed"), tr("Set pieces")};
    for (int i = 0; i < labels_.size(); ++i) {
        labels_[i]->setText(texts[i]);
        for (QWidget *field : labelled_[i])
            if (field)
                field->setAccessibleName(texts[i]);
    }
    plot_->setAccessibleName(tr("Gradient norm, spread of the outputs and share of saturated or "
                                "dead units, layer by layer"));
    code_->setAccessibleName(tr("PyTorch code"));
    notes_->setAccessibleName(tr("Explanation"));
    initCombo_->setItemText(0, tr("nn.Linear's default"));
    initCombo_->setItemText(1, tr("Kaiming normal (for ReLU)"));
    initCombo_->setItemText(2, tr("Xavier uniform"));
    depthSpin_->setToolTip(tr("Hidden layers, 1 to %1").arg(kMaxDeepDepth));
    scaleSpin_->setToolTip(tr("Every weight multiplied by this after its initialisation"));
    vanishingButton_->setText(tr("Sigmoid: gradients vanish"));
    levelButton_->setText(tr("ReLU + Kaiming: level"));
    explodingButton_->setText(tr("Weights ×2: gradients explode"));
    normRect_->axis(QCPAxis::atLeft)->setLabel(tr("‖∂L/∂W‖ (log)"));
    spreadRect_->axis(QCPAxis::atLeft)->setLabel(tr("outputs"));
    medianGraph_->setName(tr("median"));
    innerHigh_->setName(tr("middle 50 %"));
    outerHigh_->setName(tr("middle 90 %"));
    refreshShareLabel();
    shareRect_->axis(QCPAxis::atBottom)->setLabel(tr("layer"));
    noShare_->setText(tr("none in any layer"));
    refreshNotes();
}

// The third plot counts dead units after a rectifier, saturated ones after an S-shaped
// activation, and nothing after the others (their traits name no such outputs).
void DeepWorkspace::refreshShareLabel()
{
    const ActivationTraits &traits = resultOptions_.activation.spec().traits;
    shareRect_->axis(QCPAxis::atLeft)
        ->setLabel(traits.rectifier                              ? tr("dead units (%)")
                : traits.saturatedBelow != traits.saturatedAbove ? tr("saturated (%)")
                                                                 : tr("none counted"));
}

void DeepWorkspace::styleAll()
{
    appearance_.stylePlot(plot_);
    const QColor colour = appearance_.curveColour(0);
    QPen line(colour, appearance_.lineWidth());
    normGraph_->setPen(line);
    normGraph_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, 4 + 2 * appearance_.lineWidth()));
    medianGraph_->setPen(line);
    QColor outer = colour, inner = colour;
    outer.setAlpha(50);
    inner.setAlpha(110);
    for (QCPGraph *band : {outerLow_, outerHigh_, innerLow_, innerHigh_})
        band->setPen(Qt::NoPen);
    outerHigh_->setBrush(outer);
    innerHigh_->setBrush(inner);
    shareBars_->setPen(Qt::NoPen);
    shareBars_->setBrush(appearance_.curveColour(1));
    for (QCPAxisRect *rect : {normRect_, spreadRect_, shareRect_})
        for (QCPAxis *axis : rect->axes())
            appearance_.styleAxis(axis);
    caption_->setFont(appearance_.pictureFont());
    caption_->setTextColor(appearance_.textColour());
    noShare_->setFont(appearance_.plotFont());
    noShare_->setColor(appearance_.textColour());
    spreadLegend_->setFont(appearance_.plotFont());
    spreadLegend_->setTextColor(appearance_.textColour());
    spreadLegend_->setBrush(appearance_.backgroundColour());
    spreadLegend_->setBorderPen(QPen(appearance_.gridColour()));
    plot_->replot();
}

QCustomPlot *DeepWorkspace::exportPlot() const
{
    return plot_;
}

QString DeepWorkspace::exportTitle() const
{
    const DeepStackOptions &o = resultOptions_;
    return tr("%1, depth %2, width %3, %4 init, weight scale %5")
        .arg(QString::fromLatin1(o.activation.spec().moduleName))
        .arg(o.depth)
        .arg(o.width)
        .arg(QString::fromLatin1(initName(o.init)))
        .arg(pythonNumber(o.weightScale));
}

QString DeepWorkspace::exportCsv() const
{
    QString csv = QStringLiteral(
        "layer,grad_norm,output_std,q05,q25,median,q75,q95,dead_fraction,saturated_fraction\n");
    if (!result_)
        return csv;
    auto optional = [](const std::optional<float> &v) {
        return v ? QString::number(double(*v), 'g', 9) : QString();
    };
    for (const DeepLayer &layer : result_->layers) {
        QStringList row {QString::fromStdString(layer.name),
            QString::number(double(layer.gradNorm), 'g', 9),
            QString::number(double(layer.outputStd), 'g', 9)};
        for (float q : layer.quantiles)
            row << QString::number(double(q), 'g', 9);
        row << optional(layer.deadFraction) << optional(layer.saturatedFraction);
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QVariantMap DeepWorkspace::viewState() const
{
    return {{QStringLiteral("activation"), QString::fromLatin1(options_.activation.name())},
        {QStringLiteral("init"), QString::fromLatin1(initName(options_.init))},
        {QStringLiteral("depth"), options_.depth},
        {QStringLiteral("width"), static_cast<qlonglong>(options_.width)},
        {QStringLiteral("scale"), options_.weightScale},
        {QStringLiteral("batch"), static_cast<qlonglong>(options_.batch)},
        {QStringLiteral("seed"), static_cast<qulonglong>(options_.seed)}};
}

QStringList DeepWorkspace::setViewState(const QVariantMap &state, StateMode mode)
{
    // Each value within the controls' own ranges; what is not given is the default.
    DeepStackOptions o;
    StateReader reader(state);
    if (const auto name = reader.text(QStringLiteral("activation"))) {
        if (activationCombo_->findData(*name) >= 0)
            o.activation = Activation::named(name->toStdString());
        else
            reader.refuse(QStringLiteral("activation"),
                tr("\"%1\" is not an elementwise activation.").arg(name->left(40)));
    }
    if (const auto init = reader.text(QStringLiteral("init"))) {
        bool found = false;
        for (Init i : {Init::Default, Init::Kaiming, Init::Xavier})
            if (*init == QLatin1String(initName(i))) {
                o.init = i;
                found = true;
            }
        if (!found)
            reader.refuse(QStringLiteral("init"), tr("Use default, kaiming or xavier."));
    }
    o.depth = static_cast<int>(
        reader.integer(QStringLiteral("depth"), 1, kMaxDeepDepth).value_or(o.depth));
    o.width
        = reader.integer(QStringLiteral("width"), kMinDeepWidth, kMaxDeepWidth).value_or(o.width);
    o.weightScale
        = reader.number(QStringLiteral("scale"), 0.0, kMaxWeightScale).value_or(o.weightScale);
    o.batch = reader.integer(QStringLiteral("batch"), 1, kMaxBatch).value_or(o.batch);
    o.seed = static_cast<uint64_t>(
        reader.integer(QStringLiteral("seed"), 0, seedSpin_->maximum()).value_or(0));
    const QStringList problems = reader.problems();
    if (mode == StateMode::Check || (mode == StateMode::Apply && !problems.isEmpty()))
        return problems;
    options_ = o;
    showOptions();
    refreshNotes();
    request();
    return problems;
}

bool DeepWorkspace::settled() const
{
    const DeepStackOptions &a = options_, &b = resultOptions_;
    return !computing() && !pending_ && a.depth == b.depth && a.width == b.width
        && a.activation == b.activation && a.init == b.init && a.batch == b.batch
        && a.seed == b.seed && a.weightScale == b.weightScale;
}

} // namespace al
