#include "app/train/train_workspace.h"

#include "app/appearance.h"
#include "app/export.h"
#include "app/train/train_csv.h"
#include "app/train/train_diagram.h"
#include "app/widgets/code_view.h"
#include "app/widgets/plot.h"
#include "app/widgets/text_panel.h"
#include "io/json_tensor.h"
#include "io/pytorch_code.h"
#include "io/train_script.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <numeric>

namespace al {

namespace {

const int kSpeeds[] = {1, 2, 5, 10, 20, 50, 100, 200, 500};
constexpr int kDefaultSpeed = 3; // 10 steps a frame
// A state (a lesson slide) trains to its step when it opens: at most this many steps, and at
// most this much work (parameters x batch x steps, over the runs; about half a second here).
constexpr qint64 kMaxStateSteps = 100000;
constexpr double kMaxStateWork = 1.5e8;

// The activations a hidden layer can have, with their defaults: those the Trainer trains (RReLU
// in eval mode, its slope fixed).
void fillActivations(QComboBox *combo)
{
    for (const ActivationSpec &spec : activationRegistry())
        if (trainableHidden(Activation::named(spec.functionalName)))
            combo->addItem(
                QString::fromLatin1(spec.moduleName), QString::fromLatin1(spec.functionalName));
}

Activation activationOf(const QComboBox *combo)
{
    return Activation::named(combo->currentData().toString().toStdString());
}

void showActivation(QComboBox *combo, const Activation &activation)
{
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(activation.name())));
}

QString number(double value, int digits = 3)
{
    return QString::number(value, 'g', digits);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral("\u00a0%"); // one line
}

// Where the plots go in the picture's grid: each in a cell (x its column, y its row, width and
// height the columns and rows it spans), with the grid's stretch factors. Which one is shown
// follows the picture's room (TrainWorkspace::layOut): the boundaries as large as they can be,
// then the curves.
struct Arrangement {
    std::vector<QRect> boundaries; // one per run
    QRect curves;
    QRect diagram; // empty: not shown (side by side)
    std::vector<int> columns, rows; // stretch factors
};

std::vector<Arrangement> arrangements(int runs)
{
    const auto cell = [](int column, int row, int columns = 1, int rows = 1) {
        return QRect(column, row, columns, rows);
    };
    switch (runs) {
    case 1:
        return {
            // The boundary left, the network over the curves right of it.
            {{cell(0, 0, 1, 2)}, cell(1, 1), cell(1, 0), {3, 2}, {2, 3}},
            // The boundary on top, the network and the curves under it.
            {{cell(0, 0, 2, 1)}, cell(1, 1), cell(0, 1), {1, 1}, {3, 2}},
        };
    case 2:
        return {
            // In a row, the curves last; one over the other, the curves right of them; side by
            // side, the curves under them.
            {{cell(0, 0), cell(1, 0)}, cell(2, 0), {}, {3, 3, 2}, {1}},
            {{cell(0, 0), cell(0, 1)}, cell(1, 0, 1, 2), {}, {3, 2}, {1, 1}},
            {{cell(0, 0), cell(1, 0)}, cell(0, 1, 2, 1), {}, {1, 1}, {3, 2}},
        };
    case 3:
        return {
            // In a row, the curves last; two by two, the curves in the fourth place; in a row,
            // the curves under them.
            {{cell(0, 0), cell(1, 0), cell(2, 0)}, cell(3, 0), {}, {3, 3, 3, 2}, {1}},
            {{cell(0, 0), cell(1, 0), cell(0, 1)}, cell(1, 1), {}, {1, 1}, {1, 1}},
            {{cell(0, 0), cell(1, 0), cell(2, 0)}, cell(0, 1, 3, 1), {}, {1, 1, 1}, {3, 2}},
        };
    default:
        // Two by two, the curves right of them or under them.
        return {
            {{cell(0, 0), cell(1, 0), cell(0, 1), cell(1, 1)}, cell(2, 0, 1, 2), {}, {3, 3, 2},
                {1, 1}},
            {{cell(0, 0), cell(1, 0), cell(0, 1), cell(1, 1)}, cell(0, 2, 2, 1), {}, {1, 1},
                {3, 3, 2}},
        };
    }
}

// What a layout gives a widget at least: its minimum size where one is set, else its hint.
QSize leastSize(const QWidget *widget)
{
    QSize size = widget->minimumSizeHint().expandedTo(QSize(0, 0));
    if (widget->minimumWidth() > 0)
        size.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        size.setHeight(widget->minimumHeight());
    return size;
}

// One direction of a grid: each line's (column's or row's) minimum, from the cells in it.
struct GridLines {
    std::vector<int> minimum;
    std::vector<int> stretch;
    int spacing = 0;

    int total() const
    {
        return std::accumulate(minimum.begin(), minimum.end(), 0)
            + spacing * std::max(0, int(minimum.size()) - 1);
    }
    // The lines' sizes in `room`, shared by stretch as QGridLayout shares it: a line whose share
    // is below its minimum gets its minimum, and the others share the rest.
    std::vector<double> sizes(int room) const
    {
        const size_t n = minimum.size();
        std::vector<double> size(n, 0.0);
        std::vector<bool> held(n, false);
        const double free = std::max(0, room - spacing * std::max(0, int(n) - 1));
        for (bool changed = true; changed;) {
            changed = false;
            double left = free;
            int shares = 0;
            for (size_t i = 0; i < n; ++i) {
                if (held[i])
                    left -= minimum[i];
                else
                    shares += stretch[i];
            }
            for (size_t i = 0; i < n; ++i) {
                if (held[i])
                    continue;
                size[i] = shares > 0 ? left * stretch[i] / shares : 0.0;
                if (size[i] < minimum[i]) {
                    size[i] = minimum[i];
                    held[i] = true;
                    changed = true;
                }
            }
        }
        return size;
    }
};

// The lines of `text` broken where `font` is wider than `width`: at spaces, and between Chinese
// characters (Unicode's line breaking), never within a word or number.
QString wrapped(const QString &text, const QFont &font, int width)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(line, font);
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(width);
            lines << line.mid(l.textStart(), l.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TrainWorkspace::TrainWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , appearance_(appearance)
    , loop_([this] { return session_->step(); })
{
    setup_.data.kind = DatasetKind::Circle;
    setup_.data.points = 300;
    setup_.data.noise = 0.1;
    session_ = std::make_unique<TrainSession>(setup_);

    auto *layout = new QHBoxLayout(this);
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("trainControls"));
    column->setMaximumWidth(250); // grows with the text, as the other workspaces' columns
    buildControls(column);
    layout->addWidget(column);

    picture_ = new QWidget(this);
    picture_->setObjectName(QStringLiteral("trainPicture"));
    picture_->installEventFilter(this);
    auto *pictureLayout = new QVBoxLayout(picture_);
    pictureLayout->setContentsMargins(0, 0, 0, 0);
    runBar_ = buildRunBar(picture_);
    pictureLayout->addWidget(runBar_);
    grid_ = new QGridLayout;
    grid_->setSpacing(4);
    pictureLayout->addLayout(grid_, 1);
    for (size_t i = 0; i < boundaries_.size(); ++i) {
        Boundary &b = boundaries_[i];
        b.plot = new Plot(picture_);
        b.plot->setObjectName(QStringLiteral("trainBoundary%1").arg(i));
        b.plot->setMinimumSize(150, 140);
        b.plot->installEventFilter(this); // its title's lines follow its width
        b.plot->setAutoAddPlottableToLegend(false);
        b.title = new QCPTextElement(b.plot);
        b.plot->plotLayout()->insertRow(0);
        b.plot->plotLayout()->addElement(0, 0, b.title);
        b.pixmap = new QCPItemPixmap(b.plot);
        b.pixmap->setScaled(true, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // The boundary and the title change every frame, the points and axes only with the
        // setup: each of the two on a buffered layer of its own, replotted alone while training
        // (drawing the points again took a tenth of a frame).
        b.plot->addLayer(QStringLiteral("boundary"), b.plot->layer(QStringLiteral("background")),
            QCustomPlot::limAbove);
        b.plot->layer(QStringLiteral("boundary"))->setMode(QCPLayer::lmBuffered);
        b.pixmap->setLayer(QStringLiteral("boundary"));
        b.plot->addLayer(QStringLiteral("caption"), b.plot->layer(QStringLiteral("overlay")),
            QCustomPlot::limAbove);
        b.plot->layer(QStringLiteral("caption"))->setMode(QCPLayer::lmBuffered);
        b.title->setLayer(QStringLiteral("caption"));
        b.plot->xAxis->setLayer(QStringLiteral("axes"));
        b.plot->yAxis->setLayer(QStringLiteral("axes"));
        b.plot->xAxis->grid()->setVisible(false);
        b.plot->yAxis->grid()->setVisible(false);
        // One unit as long across as up (a circle stays a circle), from the layout of this very
        // replot: the ranges set here are the ones drawn.
        // The boundary is computed for the area shown; a new shape computes it again.
        connect(b.plot, &QCustomPlot::afterLayout, this, [this, plot = b.plot] {
            const QRect area = plot->axisRect()->rect();
            const double extent = session_->extent();
            const double aspect
                = area.height() > 0 ? double(area.width()) / double(area.height()) : 1.0;
            const double x = extent * std::max(1.0, aspect), y = extent / std::min(1.0, aspect);
            if (plot->xAxis->range().upper == x && plot->yAxis->range().upper == y)
                return;
            plot->xAxis->setRange(-x, x);
            plot->yAxis->setRange(-y, y);
            QTimer::singleShot(
                0, this, [this] { whenVisible("picture", [this] { refreshPicture(); }); });
        });
    }
    diagram_ = new TrainDiagram(picture_);
    diagram_->setObjectName(QStringLiteral("trainDiagram"));
    curves_ = new Plot(picture_);
    curves_->setObjectName(QStringLiteral("trainCurves"));
    curves_->installEventFilter(this); // its legend's columns follow its width
    curves_->setAutoAddPlottableToLegend(false);
    curves_->plotLayout()->clear();
    // One legend above the charts (covering none of them), then loss and accuracy, the gradient
    // norms and the dead units, the steps read on the lowest chart only.
    curveLegend_ = new QCPLegend;
    curves_->plotLayout()->addElement(0, 0, curveLegend_);
    curveLegend_->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    curveLegend_->setLayer(QStringLiteral("legend"));
    charts_ = new QCPLayoutGrid;
    curves_->plotLayout()->addElement(1, 0, charts_);
    chartsLeft_ = new QCPMarginGroup(curves_);
    chartsTop_ = new QCPMarginGroup(curves_);
    for (size_t i = 0; i < curveRects_.size(); ++i) {
        curveRects_[i] = new QCPAxisRect(curves_);
        for (QCPAxis *axis : curveRects_[i]->axes())
            axis->setLayer(QStringLiteral("axes"));
        // Two values on each scale, the lowest and a round one near the top: the charts can then
        // be as low as two lines of text (a narrow screen puts them under the boundaries).
        curveRects_[i]->axis(QCPAxis::atLeft)->ticker()->setTickCount(1);
    }
    // The loss with two round values (0 and 0.5 under 0.7), not 0 alone.
    curveRects_[0]->axis(QCPAxis::atLeft)->ticker()->setTickCount(2);
    curves_->plotLayout()->setRowStretchFactors({0.01, 1});
    curves_->plotLayout()->setRowSpacing(0);
    // The charts' margins hold their tick labels apart.
    charts_->setRowSpacing(0);
    charts_->setColumnSpacing(0);
    arrangeCharts(false);
    QCPAxis *accuracy = curveRects_[0]->axis(QCPAxis::atRight);
    // Accuracy from 0 to 100 % over the loss's chart, on a scale of its own on the right.
    accuracy->setVisible(true);
    accuracy->setTickLabels(true);
    accuracy->setRange(0, 100);
    accuracy->ticker()->setTickCount(1);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create(); // whole units
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    curveRects_[2]->axis(QCPAxis::atLeft)->setTicker(counts);
    curveRects_[2]->axis(QCPAxis::atLeft)->ticker()->setTickCount(1);
    QCPAxis *norm = curveRects_[1]->axis(QCPAxis::atLeft);
    norm->setScaleType(QCPAxis::stLogarithmic);
    auto logTicker = QSharedPointer<QCPAxisTickerLog>::create();
    logTicker->setTickCount(2);
    logTicker->setSubTickCount(0);
    norm->setTicker(logTicker);
    norm->setNumberFormat(QStringLiteral("eb"));
    norm->setNumberPrecision(0);
    layout->addWidget(picture_, 1);

    auto *notes = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notes_ = new TextPanel(notes);
    notes_->setObjectName(QStringLiteral("trainNotes"));
    // Never laid out narrower: the panel's height follows its text, and a narrow first layout
    // would make the window taller than the screen.
    notes_->setMinimumWidth(260);
    code_ = new CodeView(notes);
    code_->setObjectName(QStringLiteral("trainCode"));
    code_->setLineWrapMode(QPlainTextEdit::NoWrap);
    notesLayout->addWidget(notes_, 2);
    notesLayout->addWidget(code_, 3);
    notes->setMaximumWidth(340);
    notes->setMinimumWidth(280); // a narrower column of prose would grow taller than the screen
    layout->addWidget(notes);
    setRegions(column, picture_, {notes});

    loop_.setInterval(16); // a frame: the steps of a tick, then one redraw
    loop_.setTickBudget(10);
    loop_.setMaxStepsPerTick(kSpeeds[kDefaultSpeed]);
    connect(&loop_, &RunLoop::stepped, this, [this] {
        session_->record(); // the curves' history, seen or not
        whenVisible("picture", [this] { refreshPicture(); });
    });
    connect(&loop_, &RunLoop::runningChanged, this, [this] {
        refreshCounters();
        refreshNotes(); // paused: the numbers of the last step
    });
    connect(diagram_, &TrainDiagram::unitSelected, this, [this] { refreshNotes(); });
    connect(&appearance_, &Appearance::changed, this, [this] {
        styleAll();
        fitControls(appearance_);
        refreshPicture();
    });
    auto *playKey = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(playKey, &QShortcut::activated, playButton_, &QPushButton::click);
    auto *stepKey = new QShortcut(QKeySequence(Qt::Key_N), this);
    connect(stepKey, &QShortcut::activated, stepButton_, &QPushButton::click);
    auto *resetKey = new QShortcut(QKeySequence(Qt::Key_R), this);
    connect(resetKey, &QShortcut::activated, resetButton_, &QPushButton::click);

    showSetup();
    setPictureTexts({counterLabel_});
    retranslate();
    rebuildPictures();
    styleAll();
    fitControls(appearance_);
    refreshPicture();
}

TrainWorkspace::~TrainWorkspace() = default;

void TrainWorkspace::buildControls(QWidget *column)
{
    auto *form = new QFormLayout(column);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto addTitle = [this, form] {
        auto *title = new QLabel(form->parentWidget());
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        groupTitles_ << title;
        form->addRow(title);
    };
    auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(form->parentWidget());
        label->setBuddy(field);
        labels_ << label;
        labelled_ << field;
        form->addRow(label, field);
    };
    auto spin = [column](const char *name, int low, int high) {
        auto *box = new QSpinBox(column);
        box->setObjectName(QLatin1String(name));
        box->setRange(low, high);
        return box;
    };
    auto real = [column](const char *name, double low, double high, double step, int decimals) {
        auto *box = new QDoubleSpinBox(column);
        box->setObjectName(QLatin1String(name));
        box->setRange(low, high);
        box->setSingleStep(step);
        box->setDecimals(decimals);
        return box;
    };

    addTitle(); // Data
    datasetCombo_ = new QComboBox(column);
    datasetCombo_->setObjectName(QStringLiteral("trainDatasetCombo"));
    for (const DatasetInfo &info : datasetKinds())
        datasetCombo_->addItem(QString(), QString::fromLatin1(info.name));
    addRow(datasetCombo_);
    classesSpin_ = spin("trainClassesSpin", 2, kMaxSpiralClasses);
    addRow(classesSpin_);
    pointsSpin_ = spin("trainPointsSpin", 10, 2000);
    pointsSpin_->setSingleStep(50);
    addRow(pointsSpin_);
    noiseSpin_ = real("trainNoiseSpin", 0.0, 1.0, 0.05, 2);
    addRow(noiseSpin_);
    testSpin_ = spin("trainTestSpin", 0, 90);
    testSpin_->setSuffix(QStringLiteral(" %"));
    testSpin_->setSingleStep(10);
    addRow(testSpin_);
    dataSeedSpin_ = spin("trainDataSeedSpin", 0, std::numeric_limits<int>::max());
    addRow(dataSeedSpin_);
    auto *files = new QWidget(column);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    importButton_ = new QPushButton(files);
    importButton_->setObjectName(QStringLiteral("trainImportButton"));
    exportDataButton_ = new QPushButton(files);
    exportDataButton_->setObjectName(QStringLiteral("trainExportDataButton"));
    filesLayout->addWidget(importButton_);
    filesLayout->addWidget(exportDataButton_);
    form->addRow(files);

    addTitle(); // Features
    auto *features = new QWidget(column);
    auto *featuresLayout = new QGridLayout(features);
    featuresLayout->setContentsMargins(0, 0, 0, 0);
    const char *const featureTexts[kFeatureCount]
        = {"x₁", "x₂", "x₁²", "x₂²", "x₁·x₂", "sin x₁", "sin x₂"};
    for (int f = 0; f < kFeatureCount; ++f) {
        featureChecks_[size_t(f)] = new QCheckBox(QString::fromUtf8(featureTexts[f]), features);
        featureChecks_[size_t(f)]->setObjectName(QStringLiteral("trainFeature%1").arg(f));
        featuresLayout->addWidget(featureChecks_[size_t(f)], f / 3, f % 3);
    }
    form->addRow(features);

    addTitle(); // Network
    layersSpin_ = spin("trainLayersSpin", 0, kMaxTrainHiddenLayers);
    addRow(layersSpin_);
    for (int l = 0; l < kMaxTrainHiddenLayers; ++l) {
        auto *row = new QWidget(column);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        layerLabels_[size_t(l)] = new QLabel(row);
        unitSpins_[size_t(l)] = spin("", 1, int(kMaxTrainUnits));
        unitSpins_[size_t(l)]->setObjectName(QStringLiteral("trainUnitsSpin%1").arg(l));
        layerCombos_[size_t(l)] = new QComboBox(row);
        layerCombos_[size_t(l)]->setObjectName(QStringLiteral("trainActivationCombo%1").arg(l));
        fillActivations(layerCombos_[size_t(l)]);
        rowLayout->addWidget(layerLabels_[size_t(l)]);
        rowLayout->addWidget(unitSpins_[size_t(l)]);
        rowLayout->addWidget(layerCombos_[size_t(l)], 1);
        layerRows_[size_t(l)] = row;
        form->addRow(row);
    }

    addTitle(); // Training
    optimizerCombo_ = new QComboBox(column);
    optimizerCombo_->setObjectName(QStringLiteral("trainOptimizerCombo"));
    optimizerCombo_->addItems({QStringLiteral("SGD"), QStringLiteral("Adam")});
    addRow(optimizerCombo_);
    lrSpin_ = real("trainLrSpin", 0.0001, 10.0, 0.01, 4);
    addRow(lrSpin_);
    momentumSpin_ = real("trainMomentumSpin", 0.0, 0.99, 0.1, 2);
    addRow(momentumSpin_);
    batchSpin_ = spin("trainBatchSpin", 1, int(kMaxTrainBatch));
    addRow(batchSpin_);
    decaySpin_ = real("trainDecaySpin", 0.0, 1.0, 0.001, 4);
    addRow(decaySpin_);
    seedSpin_ = spin("trainSeedSpin", 0, std::numeric_limits<int>::max());
    addRow(seedSpin_);

    addTitle(); // Compare
    compareCheck_ = new QCheckBox(column);
    compareCheck_->setObjectName(QStringLiteral("trainCompareCheck"));
    form->addRow(compareCheck_);
    compareCountSpin_ = spin("trainCompareCountSpin", 2, kMaxCompareRuns);
    addRow(compareCountSpin_);
    for (int r = 0; r < kMaxCompareRuns; ++r) {
        compareCombos_[size_t(r)] = new QComboBox(column);
        compareCombos_[size_t(r)]->setObjectName(QStringLiteral("trainCompareCombo%1").arg(r));
        fillActivations(compareCombos_[size_t(r)]);
        form->addRow(compareCombos_[size_t(r)]);
    }

    // Narrow combo boxes: the column must leave the picture room on a 1024-pixel projector.
    for (QComboBox *combo : column->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    for (QComboBox *combo : {datasetCombo_, optimizerCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainWorkspace::controlsChanged);
    for (QComboBox *combo : layerCombos_)
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainWorkspace::controlsChanged);
    for (QComboBox *combo : compareCombos_)
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainWorkspace::controlsChanged);
    for (QSpinBox *box : {classesSpin_, pointsSpin_, testSpin_, dataSeedSpin_, layersSpin_,
             batchSpin_, seedSpin_, compareCountSpin_})
        connect(box, &QSpinBox::valueChanged, this, &TrainWorkspace::controlsChanged);
    for (QSpinBox *box : unitSpins_)
        connect(box, &QSpinBox::valueChanged, this, &TrainWorkspace::controlsChanged);
    for (QDoubleSpinBox *box : {noiseSpin_, lrSpin_, momentumSpin_, decaySpin_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainWorkspace::controlsChanged);
    for (QCheckBox *box : featureChecks_)
        connect(box, &QCheckBox::toggled, this, &TrainWorkspace::controlsChanged);
    connect(compareCheck_, &QCheckBox::toggled, this, &TrainWorkspace::controlsChanged);
    connect(importButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import data"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportDataButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export data"), QStringLiteral("data.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeTextFile(path, dataCsv().toUtf8(), &error))
            refuse(error, exportDataButton_);
        else
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });
}

QWidget *TrainWorkspace::buildRunBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("trainRunBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    playButton_ = new QPushButton(bar);
    playButton_->setObjectName(QStringLiteral("trainPlayButton"));
    stepButton_ = new QPushButton(bar);
    stepButton_->setObjectName(QStringLiteral("trainStepButton"));
    resetButton_ = new QPushButton(bar);
    resetButton_->setObjectName(QStringLiteral("trainResetButton"));
    speedCombo_ = new QComboBox(bar);
    speedCombo_->setObjectName(QStringLiteral("trainSpeedCombo"));
    for (int speed : kSpeeds)
        speedCombo_->addItem(QStringLiteral("×%1").arg(speed), speed);
    speedCombo_->setCurrentIndex(kDefaultSpeed);
    counterLabel_ = new QLabel(bar);
    counterLabel_->setObjectName(QStringLiteral("trainCounter"));
    counterLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens

    for (QWidget *w :
        std::initializer_list<QWidget *> {playButton_, stepButton_, resetButton_, speedCombo_})
        layout->addWidget(w);
    layout->addWidget(counterLabel_, 1);
    connect(playButton_, &QPushButton::clicked, this, [this] {
        if (loop_.running())
            loop_.pause();
        else if (!session_->runs().front().trainer->divergedAt() || session_->runs().size() > 1)
            loop_.play();
    });
    connect(stepButton_, &QPushButton::clicked, this, [this] { loop_.stepOnce(); });
    connect(resetButton_, &QPushButton::clicked, this, [this] { applySetup(setup_); });
    connect(speedCombo_, &QComboBox::currentIndexChanged, this,
        [this] { loop_.setMaxStepsPerTick(speedCombo_->currentData().toInt()); });
    return bar;
}

TrainSetup TrainWorkspace::readControls() const
{
    TrainSetup s = setup_;
    const std::optional<DatasetKind> kind
        = datasetNamed(datasetCombo_->currentData().toString().toStdString());
    if (kind) {
        s.imported.reset();
        s.data.kind = *kind;
    }
    s.data.classes = s.data.kind == DatasetKind::Spiral ? classesSpin_->value() : 2;
    s.data.points = pointsSpin_->value();
    s.data.noise = noiseSpin_->value();
    s.data.seed = static_cast<uint64_t>(dataSeedSpin_->value());
    s.testPercent = testSpin_->value();
    s.features.clear();
    for (int f = 0; f < kFeatureCount; ++f)
        if (featureChecks_[size_t(f)]->isChecked())
            s.features.push_back(Feature(f));
    s.layers.clear();
    for (int l = 0; l < layersSpin_->value(); ++l)
        s.layers.push_back({unitSpins_[size_t(l)]->value(), activationOf(layerCombos_[size_t(l)])});
    s.optimizer = optimizerCombo_->currentIndex() == 1 ? OptimizerKind::Adam : OptimizerKind::Sgd;
    s.lr = lrSpin_->value();
    s.momentum = momentumSpin_->value();
    s.weightDecay = decaySpin_->value();
    s.batchSize = batchSpin_->value();
    s.seed = static_cast<uint64_t>(seedSpin_->value());
    s.compare.clear();
    if (compareCheck_->isChecked())
        for (int r = 0; r < compareCountSpin_->value(); ++r)
            s.compare.push_back(activationOf(compareCombos_[size_t(r)]));
    return s;
}

void TrainWorkspace::showSetup()
{
    std::vector<QSignalBlocker> blockers;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    blockers.reserve(size_t(widgets.size()));
    for (QWidget *w : widgets)
        blockers.emplace_back(w);
    const TrainSetup &s = setup_;
    if (s.imported) {
        if (datasetCombo_->findData(QString()) < 0)
            datasetCombo_->addItem(QString(), QString());
        datasetCombo_->setCurrentIndex(datasetCombo_->findData(QString()));
        datasetCombo_->setItemText(
            datasetCombo_->currentIndex(), tr("Imported: %1").arg(importedName_));
    } else {
        const int imported = datasetCombo_->findData(QString());
        if (imported >= 0)
            datasetCombo_->removeItem(imported);
        datasetCombo_->setCurrentIndex(
            datasetCombo_->findData(QString::fromLatin1(datasetName(s.data.kind))));
    }
    const bool recipe = !s.imported;
    classesSpin_->setValue(s.data.classes);
    classesSpin_->setEnabled(recipe && s.data.kind == DatasetKind::Spiral);
    pointsSpin_->setValue(static_cast<int>(s.data.points));
    noiseSpin_->setValue(s.data.noise);
    dataSeedSpin_->setValue(static_cast<int>(s.data.seed));
    for (QWidget *w : std::initializer_list<QWidget *> {pointsSpin_, noiseSpin_, dataSeedSpin_})
        w->setEnabled(recipe);
    testSpin_->setValue(s.testPercent);
    for (int f = 0; f < kFeatureCount; ++f)
        featureChecks_[size_t(f)]->setChecked(
            std::find(s.features.begin(), s.features.end(), Feature(f)) != s.features.end());
    layersSpin_->setValue(static_cast<int>(s.layers.size()));
    for (int l = 0; l < kMaxTrainHiddenLayers; ++l) {
        const bool shown = l < static_cast<int>(s.layers.size());
        layerRows_[size_t(l)]->setVisible(shown);
        if (shown) {
            unitSpins_[size_t(l)]->setValue(static_cast<int>(s.layers[size_t(l)].units));
            showActivation(layerCombos_[size_t(l)], s.layers[size_t(l)].activation);
        }
        layerCombos_[size_t(l)]->setEnabled(s.compare.empty());
    }
    optimizerCombo_->setCurrentIndex(s.optimizer == OptimizerKind::Adam ? 1 : 0);
    lrSpin_->setValue(s.lr);
    momentumSpin_->setValue(s.momentum);
    momentumSpin_->setEnabled(s.optimizer == OptimizerKind::Sgd);
    decaySpin_->setValue(s.weightDecay);
    batchSpin_->setValue(static_cast<int>(s.batchSize));
    seedSpin_->setValue(static_cast<int>(s.seed));
    compareCheck_->setChecked(!s.compare.empty());
    const int runs = s.compare.empty() ? compareCountSpin_->value() : int(s.compare.size());
    compareCountSpin_->setValue(runs);
    compareCountSpin_->setEnabled(!s.compare.empty());
    for (int r = 0; r < kMaxCompareRuns; ++r) {
        compareCombos_[size_t(r)]->setVisible(r < runs);
        compareCombos_[size_t(r)]->setEnabled(!s.compare.empty());
        if (r < static_cast<int>(s.compare.size()))
            showActivation(compareCombos_[size_t(r)], s.compare[size_t(r)]);
    }
}

void TrainWorkspace::controlsChanged()
{
    QWidget *control = qobject_cast<QWidget *>(sender());
    TrainSetup next = readControls();
    // A layer added takes the units and activation of the one before it, as Playground does.
    for (size_t l = setup_.layers.size(); l < next.layers.size(); ++l)
        if (l > 0 && l >= setup_.layers.size())
            next.layers[l] = next.layers[l - 1];
    if (!applySetup(next) && control)
        refuse(fieldError(), control);
}

bool TrainWorkspace::applySetup(const TrainSetup &setup)
{
    std::unique_ptr<TrainSession> session;
    try {
        session = std::make_unique<TrainSession>(setup);
    } catch (const std::exception &e) {
        showSetup(); // the controls back to what is trained
        refuse(tr("Not changed: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    clearFieldError();
    setup_ = setup;
    ++generation_; // the points and axes are drawn again
    const bool structure = session->runs().size() != session_->runs().size()
        || session->classes() != session_->classes()
        || setup.layers.size() != session_->setup().layers.size();
    session_ = std::move(session);
    showSetup();
    refreshCode();
    if (structure)
        rebuildPictures();
    refreshPicture();
    return true;
}

void TrainWorkspace::rebuildPictures()
{
    const size_t runs = session_->runs().size();
    const int64_t classes = session_->classes();
    for (size_t r = 0; r < boundaries_.size(); ++r) {
        Boundary &b = boundaries_[r];
        b.plot->clearGraphs();
        b.train.clear();
        b.test.clear();
        if (r >= runs)
            continue;
        for (int64_t c = 0; c < classes; ++c) {
            b.train.push_back(b.plot->addGraph());
            b.test.push_back(b.plot->addGraph());
        }
        for (QCPGraph *g : b.train)
            g->setLineStyle(QCPGraph::lsNone);
        for (QCPGraph *g : b.test)
            g->setLineStyle(QCPGraph::lsNone);
    }
    curves_->clearGraphs();
    curveStyles_.clear();
    for (QCPItemText *label : normLabels_)
        curves_->removeItem(label);
    normLabels_.clear();
    // Each graph with its colour and dash; named ones go into the legend.
    auto add = [this](int rect, int colour, Qt::PenStyle style, const QString &name = {},
                   bool right = false) {
        QCPAxisRect *r = curveRects_[size_t(rect)];
        QCPGraph *g = curves_->addGraph(
            r->axis(QCPAxis::atBottom), r->axis(right ? QCPAxis::atRight : QCPAxis::atLeft));
        g->setName(name);
        if (!name.isEmpty())
            g->addToLegend(curveLegend_);
        curveStyles_.push_back({g, colour, style});
    };
    const size_t layers = session_->runs().front().trainer->layers().size();
    if (runs == 1) {
        // Loss solid (training) and dashed (test), accuracy dotted on the right; each layer in
        // its own colour in the two charts below.
        add(0, 0, Qt::SolidLine, tr("train"));
        add(0, 0, Qt::DashLine, tr("test"));
        add(0, 0, Qt::DotLine, tr("accuracy (%)"), true);
        add(0, 0, Qt::DashDotLine, {}, true);
        // The layers are named at their lines' right ends, not in the legend.
        for (size_t l = 0; l < layers; ++l) {
            add(1, int(l) + 1, Qt::SolidLine);
            auto *label = new QCPItemText(curves_);
            label->setText(QStringLiteral("fc%1").arg(l + 1));
            label->setClipAxisRect(curveRects_[1]);
            label->position->setAxisRect(curveRects_[1]);
            label->position->setAxes(
                curveRects_[1]->axis(QCPAxis::atBottom), curveRects_[1]->axis(QCPAxis::atLeft));
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
            normLabels_.push_back(label);
        }
        for (size_t l = 0; l + 1 < layers; ++l)
            add(2, int(l) + 1, Qt::SolidLine);
    } else {
        // A colour per run: its loss, its test loss dashed, its accuracy dotted, fc1's gradient
        // norm and its dead units. The runs first in the legend, then what a dash and a dot mean.
        for (size_t r = 0; r < runs; ++r) {
            add(0, int(r), Qt::SolidLine, QString::fromStdString(session_->runs()[r].label));
            add(0, int(r), Qt::DashLine, r + 1 == runs ? tr("test: dashed") : QString());
            add(0, int(r), Qt::DotLine, r + 1 == runs ? tr("accuracy (%): dotted") : QString(),
                true);
            add(1, int(r), Qt::SolidLine);
            add(2, int(r), Qt::SolidLine);
        }
    }
    styleAll(); // and lays the plots out for the runs
}

bool TrainWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Resize)
        return Workspace::eventFilter(watched, event);
    const QSize size = static_cast<QResizeEvent *>(event)->size();
    if (watched == picture_) {
        // The counter only where the bar has room for it: the bar must not widen the window on
        // a 1024-pixel projector, and the step is in each boundary's title too.
        int needed = counterLabel_->sizeHint().width() + 12;
        for (QWidget *w :
            std::initializer_list<QWidget *> {playButton_, stepButton_, resetButton_, speedCombo_})
            needed += w->sizeHint().width() + 6;
        counterLabel_->setVisible(size.width() >= needed);
        layOut();
    } else if (watched == curves_) {
        fitCurveLegend(size.width()); // before the plot lays itself out at its new size
    } else {
        // Its title in as many lines as its width needs, and as many numbers along each axis
        // as fit without touching ("-2.5" is the widest).
        const int label
            = QFontMetrics(appearance_.plotFont()).horizontalAdvance(QStringLiteral("-2.5 "));
        for (size_t r = 0; r < session_->runs().size(); ++r)
            if (watched == boundaries_[r].plot) {
                boundaries_[r].title->setText(runCaption(r, size.width()));
                QCustomPlot *plot = boundaries_[r].plot;
                plot->xAxis->ticker()->setTickCount(std::clamp(size.width() / (3 * label), 2, 5));
                plot->yAxis->ticker()->setTickCount(std::clamp(size.height() / (4 * label), 2, 5));
            }
    }
    return Workspace::eventFilter(watched, event);
}

void TrainWorkspace::layOut()
{
    const int runs = static_cast<int>(session_->runs().size());
    const std::vector<Arrangement> choices = arrangements(runs);
    // Each arrangement's columns and rows, with the least each needs for what is in it; the
    // curves need the more height the narrower they are (their legend has more rows).
    const QSize boundary = leastSize(boundaries_[0].plot), diagram = leastSize(diagram_);
    auto lines = [&](const Arrangement &a, bool across, QSize curves) {
        GridLines g;
        g.stretch = across ? a.columns : a.rows;
        g.minimum.assign(g.stretch.size(), 0);
        g.spacing = across ? grid_->horizontalSpacing() : grid_->verticalSpacing();
        std::vector<std::pair<QRect, QSize>> cells {{a.curves, curves}};
        for (const QRect &b : a.boundaries)
            cells.emplace_back(b, boundary);
        if (!a.diagram.isEmpty())
            cells.emplace_back(a.diagram, diagram);
        const auto first = [across](const QRect &c) { return across ? c.x() : c.y(); };
        const auto span = [across](const QRect &c) { return across ? c.width() : c.height(); };
        const auto need = [across](QSize s) { return across ? s.width() : s.height(); };
        for (const auto &[c, s] : cells)
            if (span(c) == 1)
                g.minimum[size_t(first(c))] = std::max(g.minimum[size_t(first(c))], need(s));
        for (const auto &[c, s] : cells) {
            if (span(c) == 1)
                continue;
            int has = g.spacing * (span(c) - 1);
            for (int k = 0; k < span(c); ++k)
                has += g.minimum[size_t(first(c) + k)];
            if (need(s) > has) { // shared by the lines it spans
                const int more = need(s) - has;
                for (int k = 0; k < span(c); ++k)
                    g.minimum[size_t(first(c) + k)] += (more + k) / span(c);
            }
        }
        return g;
    };
    // A cell's length along the lines of the given sizes.
    const auto length
        = [](const GridLines &g, const std::vector<double> &sizes, int first, int span) {
              double l = g.spacing * (span - 1);
              for (int k = 0; k < span; ++k)
                  l += sizes[size_t(first + k)];
              return l;
          };
    // A comparison's charts side by side where they fit: its picture is the boundaries, and
    // stacked, the charts would leave them a strip (three runs at 1024 x 768, presenting).
    const auto chartsInRow
        = [this, runs](double width) { return runs > 1 && width >= rowOfCharts_.width(); };
    const auto curvesFor = [this, &chartsInRow](double width) {
        return QSize(curves_->minimumWidth(),
            (chartsInRow(width) ? rowOfCharts_ : stackedCharts_).height()
                + legendHeight(legendColumns(static_cast<int>(width))));
    };

    // The picture never asks for more room than its most compact arrangement needs, whichever
    // is shown: it rearranges itself in the room it is given (a larger minimum would first make
    // the window wider than the screen).
    const int bar = runBar_->minimumSizeHint().height() + picture_->layout()->spacing();
    const QSize room(picture_->width(), picture_->height() - bar);
    int leastWidth = std::numeric_limits<int>::max(), leastHeight = leastWidth;
    struct Fit {
        GridLines across, down;
        QSize curves;
    };
    std::vector<Fit> fits;
    for (const Arrangement &a : choices) {
        const GridLines across = lines(a, true, curvesFor(0));
        // The curves' legend as it will be at this width: their height follows.
        const QSize curves = curvesFor(length(across,
            across.sizes(std::max(room.width(), across.total())), a.curves.x(), a.curves.width()));
        fits.push_back({across, lines(a, false, curves), curves});
        leastWidth = std::min(leastWidth, across.total());
        leastHeight = std::min(leastHeight, fits.back().down.total());
    }
    picture_->setMinimumSize(
        std::max(leastWidth, runBar_->minimumSizeHint().width()), leastHeight + bar);

    // What a boundary needs around its square of plane: the tick labels left of and under it,
    // and its title (two or three lines), estimated from the fonts.
    const QFontMetrics plotMetrics(appearance_.plotFont()), titleMetrics(appearance_.pictureFont());
    const int aroundWidth = plotMetrics.horizontalAdvance(QStringLiteral("-2.5")) + 30;
    const int aroundHeight = (runs > 1 ? 3 : 2) * titleMetrics.height() + plotMetrics.height() + 30;
    // The lines' sizes in an arrangement, in pixels (set as the grid's stretch factors: the
    // grid shares the room as this estimate does); the squares' side and the areas.
    struct Shares {
        std::vector<double> widths, heights;
        double plane = 0, boundaries = 0, curves = 0; // the side; the areas
    };
    const auto sharesOf = [&](const Arrangement &a, const Fit &fit) {
        Shares s {fit.across.sizes(room.width()), fit.down.sizes(room.height())};
        const auto cell = [&](const QRect &c) {
            return QSizeF(length(fit.across, s.widths, c.x(), c.width()),
                length(fit.down, s.heights, c.y(), c.height()));
        };
        const QSizeF first = cell(a.boundaries[0]);
        s.plane = std::min(first.width() - aroundWidth, first.height() - aroundHeight);
        for (const QRect &b : a.boundaries)
            s.boundaries += cell(b).width() * cell(b).height();
        s.curves = cell(a.curves).width() * cell(a.curves).height();
        return s;
    };
    // Of those that fit, the one with the largest squares of plane, then with the boundaries
    // covering the most (the curves the least); where none fits, the narrowest.
    int chosen = -1;
    Shares best;
    for (size_t i = 0; i < choices.size(); ++i) {
        const Fit &f = fits[i];
        if (f.across.total() > room.width() || f.down.total() > room.height())
            continue;
        const Shares s = sharesOf(choices[i], f);
        if (chosen < 0 || s.plane > best.plane + 2
            || (s.plane > best.plane - 2
                && s.boundaries - s.curves > best.boundaries - best.curves)) {
            chosen = int(i);
            best = s;
        }
    }
    if (chosen < 0) {
        chosen = 0;
        for (size_t i = 1; i < choices.size(); ++i)
            if (fits[i].across.total() < fits[size_t(chosen)].across.total())
                chosen = int(i);
        best = sharesOf(choices[size_t(chosen)], fits[size_t(chosen)]);
    }
    const Arrangement &a = choices[size_t(chosen)];
    // The charts as they fit the width they will have, and the height they and the legend need.
    const double curvesWidth
        = length(fits[size_t(chosen)].across, best.widths, a.curves.x(), a.curves.width());
    if (chartsInRow(curvesWidth) != chartsInRow_)
        arrangeCharts(chartsInRow(curvesWidth));
    curves_->setMinimumHeight(fits[size_t(chosen)].curves.height());
    const std::vector<double> &widths = best.widths, &heights = best.heights;
    for (int i = 0; i <= kMaxCompareRuns; ++i) {
        grid_->setColumnStretch(
            i, i < int(widths.size()) ? std::max(1, int(widths[size_t(i)])) : 0);
        grid_->setRowStretch(i, i < int(heights.size()) ? std::max(1, int(heights[size_t(i)])) : 0);
    }
    if (chosen == arrangement_ && runs == arrangedRuns_)
        return;
    arrangement_ = chosen;
    arrangedRuns_ = runs;

    while (QLayoutItem *item = grid_->takeAt(0))
        delete item; // the widgets stay
    const auto place = [this](QWidget *w, const QRect &c) {
        grid_->addWidget(w, c.y(), c.x(), c.height(), c.width());
    };
    for (int r = 0; r < kMaxCompareRuns; ++r) {
        Boundary &b = boundaries_[size_t(r)];
        b.plot->setVisible(r < runs);
        if (r < runs)
            place(b.plot, a.boundaries[size_t(r)]);
    }
    place(curves_, a.curves);
    diagram_->setVisible(!a.diagram.isEmpty());
    if (!a.diagram.isEmpty())
        place(diagram_, a.diagram);
}

void TrainWorkspace::fitCurveLegend(int width)
{
    const int columns = legendColumns(width);
    if (columns != curveLegend_->wrap() || curveLegend_->columnCount() != columns) {
        curveLegend_->setWrap(columns);
        curveLegend_->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    // Its rows whole: the layout would squeeze a row of stretch 0.01 below its text's height.
    const int legend = legendHeight(columns);
    const QMargins margins = curveLegend_->margins();
    curveLegend_->setMinimumSize(0, legend - margins.top() - margins.bottom());
    curves_->setMinimumHeight((chartsInRow_ ? rowOfCharts_ : stackedCharts_).height() + legend);
    fitChartSteps(width);
}

void TrainWorkspace::fitChartSteps(int width)
{
    // Two or three numbers under a wide chart, two under a narrow one (side by side, or in a
    // narrow column), so that they never run into each other.
    const int chartWidth = chartsInRow_ ? width / 3 : width;
    const int count = chartWidth
            > 6 * QFontMetrics(appearance_.plotFont()).horizontalAdvance(QStringLiteral("0000"))
        ? 2
        : 1;
    for (QCPAxisRect *rect : curveRects_)
        rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(count);
}

void TrainWorkspace::arrangeCharts(bool inRow)
{
    chartsInRow_ = inRow;
    for (int i = 0; i < charts_->elementCount(); ++i)
        charts_->takeAt(i);
    charts_->simplify();
    for (size_t i = 0; i < curveRects_.size(); ++i) {
        QCPAxisRect *rect = curveRects_[i];
        charts_->addElement(inRow ? 0 : int(i), inRow ? int(i) : 0, rect);
        rect->setMarginGroup(QCP::msAll, nullptr);
        rect->setMarginGroup(inRow ? QCP::msTop | QCP::msBottom : QCP::msLeft | QCP::msRight,
            inRow ? chartsTop_ : chartsLeft_);
        // Stacked, the steps are read on the lowest chart only.
        const bool steps = inRow || i + 1 == curveRects_.size();
        rect->axis(QCPAxis::atBottom)->setTickLabels(steps);
        rect->axis(QCPAxis::atBottom)->setLabel(steps ? tr("step") : QString());
    }
    const QList<double> stretch {1.2, 1, 1};
    if (inRow)
        charts_->setColumnStretchFactors(stretch);
    else
        charts_->setRowStretchFactors(stretch);
    fitChartSteps(curves_->width());
}

int TrainWorkspace::legendColumns(int width) const
{
    // As few rows as the width allows, their entries shared evenly (three and three, not four
    // and two).
    const int items = std::max(1, int(legendItems().size()));
    int columns = items;
    while (columns > 1 && legendWidth(columns) > width - 4)
        --columns;
    const int rows = (items + columns - 1) / columns;
    return (items + rows - 1) / rows;
}

int TrainWorkspace::legendHeight(int columns) const
{
    const std::vector<QCPAbstractLegendItem *> items = legendItems();
    const int rows = (int(items.size()) + columns - 1) / columns;
    int row = QFontMetrics(appearance_.plotFont()).height() + 4;
    for (QCPAbstractLegendItem *item : items)
        row = std::max(row, item->minimumOuterSizeHint().height());
    // With its margins, as the plot's layout counts it.
    const QMargins margins = curveLegend_->margins();
    return rows * row + curveLegend_->rowSpacing() * std::max(0, rows - 1) + margins.top()
        + margins.bottom();
}

std::vector<QCPAbstractLegendItem *> TrainWorkspace::legendItems() const
{
    // In their order: the grid's cells, of which the last row's may be empty.
    std::vector<QCPAbstractLegendItem *> items;
    for (int i = 0; i < curveLegend_->elementCount(); ++i)
        if (QCPAbstractLegendItem *item = curveLegend_->item(i))
            items.push_back(item);
    return items;
}

int TrainWorkspace::legendWidth(int columns) const
{
    std::vector<int> widths(size_t(columns), 0);
    const std::vector<QCPAbstractLegendItem *> items = legendItems();
    for (size_t i = 0; i < items.size(); ++i) {
        int &w = widths[i % size_t(columns)];
        w = std::max(w, items[i]->minimumOuterSizeHint().width());
    }
    const QMargins margins = curveLegend_->margins();
    return std::accumulate(widths.begin(), widths.end(), 0)
        + curveLegend_->columnSpacing() * (columns - 1) + margins.left() + margins.right();
}

void TrainWorkspace::fitCurvesMinimum()
{
    // The charts a few lines of text high each: their margins hold half a tick label above and
    // below, the lowest one the steps' labels too.
    const QFontMetrics metrics(appearance_.plotFont());
    const int half = metrics.height() / 2 + 3;
    for (QCPAxisRect *rect : curveRects_) {
        // Two tick labels apart, and as tall as its name written upwards beside it: the names
        // of charts one over the other must not run into each other.
        const int name = metrics.horizontalAdvance(rect->axis(QCPAxis::atLeft)->label());
        rect->setMinimumSize(30, std::max(metrics.height() + 6, name - 2 * half + 6));
        rect->setMinimumMargins(QMargins(15, half, 15, half));
    }
    // Each arrangement's least size, with the margins for the fonts of the moment (from a layout
    // pass without drawing).
    const bool inRow = chartsInRow_;
    QCPLayoutGrid *layout = curves_->plotLayout();
    for (QSize *least : {&stackedCharts_, &rowOfCharts_}) {
        const bool row = least == &rowOfCharts_;
        arrangeCharts(row);
        layout->update(QCPLayoutElement::upPreparation);
        layout->update(QCPLayoutElement::upMargins);
        *least = QSize(0, 0);
        for (QCPAxisRect *rect : curveRects_) {
            // As the plot's layout counts it: the rectangle's least size within its margins.
            const QMargins margins = rect->margins();
            const int width = rect->minimumSize().width() + margins.left() + margins.right();
            const int height = rect->minimumSize().height() + std::max(half, margins.top())
                + std::max(half, margins.bottom());
            *least = row ? QSize(least->width() + width, std::max(least->height(), height))
                         : QSize(std::max(least->width(), width), least->height() + height);
        }
    }
    stackedCharts_.setWidth(std::max(stackedCharts_.width(), legendWidth(1)));
    arrangeCharts(inRow);
    curves_->setMinimumWidth(stackedCharts_.width());
    fitCurveLegend(curves_->width());
}

QString TrainWorkspace::runCaption(size_t run, int width) const
{
    const TrainRun &r = session_->runs()[run];
    const HistoryPoint &last = r.history.back();
    const bool single = session_->runs().size() == 1;
    // Pieces that share a line where it holds them; side by side the activation has a line of
    // its own. Each piece is measured with the widest numbers it can show, so that the title
    // keeps its lines while the numbers change.
    QStringList pieces, widest;
    if (single) {
        pieces << tr("step %1: ").arg(r.trainer->stepsTaken());
        widest << pieces.back();
    }
    if (r.trainer->divergedAt()) {
        pieces << tr("diverged at step %1 (the loss is not finite)").arg(*r.trainer->divergedAt());
        widest << pieces.back();
    } else {
        pieces << tr("loss %1").arg(number(double(last.train.loss)));
        widest << tr("loss %1").arg(QStringLiteral("0.000"));
        const bool test = !std::isnan(last.test.loss);
        const QString accuracy = test ? tr(", test accuracy %1") : tr(", accuracy %1");
        pieces << accuracy.arg(percent(test ? last.test.accuracy : last.train.accuracy));
        widest << accuracy.arg(percent(1.0));
    }
    const QFont font = boundaries_[run].title->font();
    const QFontMetrics metrics(font);
    const int room = std::max(40, width - 12);
    auto measure = [&](int i) {
        return std::max(metrics.horizontalAdvance(pieces[i]), metrics.horizontalAdvance(widest[i]));
    };
    QStringList lines;
    if (!single)
        lines << QString::fromStdString(r.label);
    QString line;
    int used = 0;
    static const QRegularExpression separator(QStringLiteral("^[,，;；:：\\s]+"));
    for (int i = 0; i < pieces.size(); ++i) {
        if (!line.isEmpty() && used + measure(i) > room) {
            lines << line.trimmed();
            line.clear();
            used = 0;
        }
        QString piece = pieces[i];
        if (line.isEmpty())
            piece.remove(separator); // ", test accuracy" starting a line
        line += piece;
        used += measure(i);
    }
    lines << line.trimmed();
    // A piece alone that is still too wide breaks where a line may break.
    return wrapped(lines.join(QLatin1Char('\n')), font, room);
}

void TrainWorkspace::refreshPicture()
{
    const TrainSession &s = *session_;
    const int64_t n = s.data().x.size(0), classes = s.classes();
    const QColor background = appearance_.backgroundColour();
    std::vector<QColor> classColours;
    for (int64_t c = 0; c < classes; ++c)
        classColours.push_back(Appearance::seriesColour(int(c)));
    for (size_t r = 0; r < s.runs().size(); ++r) {
        const Trainer &trainer = *s.runs()[r].trainer;
        Boundary &b = boundaries_[r];
        // The grid over the area shown, kBoundaryResolution cells along its shorter side.
        const double x = b.plot->xAxis->range().upper, y = b.plot->yAxis->range().upper;
        const double longer = std::max(x, y) / std::min(x, y);
        const int columns
            = static_cast<int>(std::lround(kBoundaryResolution * (x >= y ? longer : 1.0)));
        const int rows
            = static_cast<int>(std::lround(kBoundaryResolution * (x >= y ? 1.0 : longer)));
        if (!(b.gridX == x && b.gridY == y && b.gridFeatures == s.setup().features)) {
            b.gridInputs = s.gridInputs(x, y, columns, rows);
            b.gridX = x;
            b.gridY = y;
            b.gridFeatures = s.setup().features;
        }
        const NetworkProbe probe
            = probeNetwork(trainer.layers(), trainer.activations(), b.gridInputs);
        b.pixmap->setPixmap(QPixmap::fromImage(
            boundaryImage(probe.probabilities, classColours, background, columns, rows)));
        b.pixmap->topLeft->setCoords(-x, y);
        b.pixmap->bottomRight->setCoords(x, -y);

        const QString caption = runCaption(r, b.plot->width());
        // A title of more or fewer lines lays the plot out again.
        const bool relayout = caption.count(QLatin1Char('\n')) != b.title->text().count('\n');
        b.title->setText(caption);
        if (b.shownGeneration == generation_ && !relayout) {
            b.plot->layer(QStringLiteral("boundary"))->replot();
            b.plot->layer(QStringLiteral("caption"))->replot();
        } else if (b.shownGeneration == generation_) {
            b.plot->replot(QCustomPlot::rpQueuedReplot);
        } else {
            QVector<QVector<double>> trainX(classes), trainY(classes), testX(classes),
                testY(classes);
            for (int64_t i = 0; i < n; ++i) {
                const auto c = static_cast<size_t>(s.data().y[size_t(i)]);
                const float *p = s.data().x.data() + 2 * i;
                (i < s.trainCount() ? trainX : testX)[c] << double(p[0]);
                (i < s.trainCount() ? trainY : testY)[c] << double(p[1]);
            }
            for (int64_t c = 0; c < classes; ++c) {
                b.train[size_t(c)]->setData(trainX[c], trainY[c], true);
                b.test[size_t(c)]->setData(testX[c], testY[c], true);
            }
            b.shownGeneration = generation_;
            b.plot->replot(QCustomPlot::rpQueuedReplot);
        }
        if (r == 0 && s.runs().size() == 1) {
            QStringList names;
            for (Feature f : s.setup().features)
                names << featureChecks_[size_t(f)]->text();
            diagram_->setNetwork(trainer.layers(), probe, names, columns, rows);
        }
    }

    // The curves.
    const bool single = s.runs().size() == 1;
    int graph = 0;
    auto next = [this, &graph] { return curves_->graph(graph++); };
    double lossHigh = 0;
    float normLow = std::numeric_limits<float>::infinity(), normHigh = 0;
    double deadHigh = 1;
    auto trackNorm = [&](float v) {
        if (v > 0 && std::isfinite(v)) {
            normLow = std::min(normLow, v);
            normHigh = std::max(normHigh, v);
        }
    };
    for (const TrainRun &run : s.runs()) {
        QVector<double> steps, trainLoss, testLoss, trainAcc, testAcc;
        const size_t layers = run.trainer->layers().size();
        QVector<QVector<double>> norms(static_cast<int>(layers)), dead(static_cast<int>(layers));
        QVector<double> deadTotal;
        for (const HistoryPoint &p : run.history) {
            steps << double(p.step);
            trainLoss << double(p.train.loss);
            testLoss << double(p.test.loss);
            trainAcc << 100.0 * p.train.accuracy;
            testAcc << 100.0 * p.test.accuracy;
            for (size_t l = 0; l < layers; ++l) {
                const float v = l < p.gradNorms.size() ? p.gradNorms[l] : 0.0f;
                norms[int(l)] << (v > 0 && std::isfinite(v)
                        ? double(v)
                        : std::numeric_limits<double>::quiet_NaN());
                trackNorm(v);
            }
            double total = 0;
            for (size_t l = 0; l < p.train.deadUnits.size(); ++l) {
                dead[int(l)] << double(p.train.deadUnits[l]);
                total += double(p.train.deadUnits[l]);
            }
            deadTotal << total;
            deadHigh = std::max(deadHigh, total);
            for (double v : {double(p.train.loss), double(p.test.loss)})
                if (std::isfinite(v))
                    lossHigh = std::max(lossHigh, v);
        }
        if (single) {
            next()->setData(steps, trainLoss, true);
            next()->setData(steps, testLoss, true);
            next()->setData(steps, trainAcc, true);
            next()->setData(steps, testAcc, true); // NaN without test points: not drawn
            for (size_t l = 0; l < layers; ++l) {
                next()->setData(steps, norms[int(l)], true);
                const double lastNorm = norms[int(l)].isEmpty() ? 0 : norms[int(l)].back();
                normLabels_[l]->setVisible(std::isfinite(lastNorm) && lastNorm > 0);
                // Staggered along the right end: close values would write the names over
                // each other.
                normLabels_[l]->position->setCoords(0.99 - 0.09 * double(l), lastNorm);
            }
            for (size_t l = 0; l + 1 < layers; ++l)
                next()->setData(steps, dead[int(l)], true);
        } else {
            next()->setData(steps, trainLoss, true);
            next()->setData(steps, testLoss, true);
            next()->setData(
                steps, std::isnan(run.history.back().test.loss) ? trainAcc : testAcc, true);
            next()->setData(steps, norms[0], true);
            next()->setData(steps, deadTotal, true);
        }
    }
    const double lastStep = std::max<double>(1, double(s.steps()));
    for (QCPAxisRect *rect : curveRects_)
        rect->axis(QCPAxis::atBottom)->setRange(0, lastStep);
    curveRects_[0]->axis(QCPAxis::atLeft)->setRange(0, lossHigh > 0 ? lossHigh * 1.05 : 1);
    if (normHigh > 0)
        curveRects_[1]->axis(QCPAxis::atLeft)->setRange(normLow / 3, normHigh * 3);
    else
        curveRects_[1]->axis(QCPAxis::atLeft)->setRange(1e-3, 10);
    curveRects_[2]->axis(QCPAxis::atLeft)->setRange(0, deadHigh * 1.1);
    curves_->replot(QCustomPlot::rpQueuedReplot);
    refreshCounters();
    // The notes' numbers a few times a second while training: a frame need not lay out prose.
    if (!loop_.running() || !notesClock_.isValid() || notesClock_.elapsed() > 250)
        refreshNotes();
    emit frameShown();
}

void TrainWorkspace::refreshNow()
{
    refreshPicture();
    for (const Boundary &b : boundaries_)
        if (b.plot->isVisible())
            b.plot->replot();
    curves_->replot();
    diagram_->repaint();
}

void TrainWorkspace::refreshCounters()
{
    const int64_t steps = session_->steps();
    const int64_t batches = session_->runs().front().trainer->batchCount();
    counterLabel_->setText(tr("epoch %1 · step %2").arg(steps / batches).arg(steps));
    playButton_->setText(loop_.running() ? tr("Pause") : tr("Play"));
}

void TrainWorkspace::refreshNotes()
{
    notesClock_.start();
    const TrainSession &s = *session_;
    QString html;
    const auto [layer, unit] = diagram_->selected();
    if (s.runs().size() == 1 && layer >= 0) {
        // What the selected unit computes, with the numbers of the moment.
        const Trainer &trainer = *s.runs().front().trainer;
        const Linear &fc = trainer.layers()[size_t(layer)];
        QStringList inputs;
        if (layer == 0)
            for (Feature f : s.setup().features)
                inputs << featureChecks_[size_t(f)]->text();
        else
            for (int64_t i = 0; i < fc.inFeatures(); ++i)
                inputs << QStringLiteral("h%1[%2]").arg(layer).arg(i);
        QString sum;
        for (int64_t i = 0; i < fc.inFeatures(); ++i) {
            const double w = fc.weight().data()[unit * fc.inFeatures() + i];
            sum += (i == 0 ? (w < 0 ? QStringLiteral("−") : QString())
                           : (w < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")))
                + number(std::abs(w)) + QStringLiteral("·") + inputs[int(i)];
        }
        const double bias = fc.bias().data()[unit];
        sum += (bias < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")) + number(std::abs(bias));
        html += tr("<p><b>h%1[%2]</b> = %3(%4)</p><p>Its picture in the network shows this value "
                   "over the plotted square: blue where it is positive, orange where it is "
                   "negative. Click another unit to read it.</p>")
                    .arg(layer + 1)
                    .arg(unit)
                    .arg(QString::fromLatin1(trainer.activations()[size_t(layer)].name()),
                        sum.toHtmlEscaped());
    }
    for (size_t r = 0; r < s.runs().size(); ++r) {
        const TrainRun &run = s.runs()[r];
        const HistoryPoint &last = run.history.back();
        int64_t dead = 0;
        for (int64_t d : last.train.deadUnits)
            dead += d;
        // Written a few times a second while training: the step says when.
        QString line = tr("<b>%1</b> at step %2: training loss %3, accuracy %4")
                           .arg(QString::fromStdString(run.label))
                           .arg(last.step)
                           .arg(number(double(last.train.loss)), percent(last.train.accuracy));
        if (!std::isnan(last.test.loss))
            line += tr("; test loss %1, accuracy %2")
                        .arg(number(double(last.test.loss)), percent(last.test.accuracy));
        if (dead > 0)
            line += tr("; %1 dead units (f′ = 0 on every training point: they no longer learn)")
                        .arg(dead);
        if (run.trainer->divergedAt())
            line += tr("; diverged at step %1").arg(*run.trainer->divergedAt());
        html += QStringLiteral("<p>") + line + QStringLiteral("</p>");
    }
    if (layer < 0) // the unit's sum takes the room of the general words
        html += tr(
            "<p>Each step takes the next mini-batch in order, computes the loss "
            "(nn.CrossEntropyLoss) and its gradients, and updates the weights, as the program "
            "below does in PyTorch. The lower curves show the norm of each layer's weight "
            "gradient and the units that are dead: a ReLU unit whose input is negative on "
            "every point gets no gradient and never recovers. Click a unit of the network to read "
            "what it computes.</p>");
    notes_->setText(html);
}

// The program in the code panel: it follows the setup, not the steps.
void TrainWorkspace::refreshCode()
{
    const TrainSession &s = *session_;
    const TrainOptions options
        = s.setup().trainOptions(s.setup().compare.empty() ? nullptr : &s.setup().compare.front());
    QStringList features;
    for (Feature f : s.setup().features)
        features << QString::fromLatin1(featureName(f));
    QString layers;
    int64_t in = static_cast<int64_t>(features.size());
    for (size_t l = 0; l < options.hiddenSizes.size(); ++l) {
        layers += QStringLiteral("    nn.Linear(%1, %2), %3,\n")
                      .arg(in)
                      .arg(options.hiddenSizes[l])
                      .arg(moduleCode(options.activations[l]));
        in = options.hiddenSizes[l];
    }
    layers += QStringLiteral("    nn.Linear(%1, %2),\n").arg(in).arg(s.classes());
    const QString optimizer = optimizerCode(options);
    code_->setPlainText(
        QStringLiteral("# x: %1 training points, columns %2\n# (File > Export Python program "
                       "writes them in)\ntorch.manual_seed(%3)\nmodel = nn.Sequential(\n%4)\n"
                       "opt = %5\nB = %6\nbatches = [(x[i:i + B], y[i:i + B])\n"
                       "           for i in range(0, len(x), B)]\n"
                       "for k in range(steps):  # the exported program: the steps taken\n"
                       "    xb, yb = batches[k % len(batches)]\n    opt.zero_grad()\n"
                       "    loss = F.cross_entropy(model(xb), yb)\n    loss.backward()\n"
                       "    opt.step()\n")
            .arg(s.trainCount())
            .arg(features.join(QStringLiteral(", ")))
            .arg(options.seed)
            .arg(layers, optimizer)
            .arg(options.batchSize));
}

void TrainWorkspace::styleAll()
{
    ++generation_; // the boundaries replotted whole
    const double line = appearance_.lineWidth();
    const QColor text = appearance_.textColour(), background = appearance_.backgroundColour();
    for (Boundary &b : boundaries_) {
        appearance_.stylePlot(b.plot);
        b.plot->xAxis->grid()->setVisible(false);
        b.plot->yAxis->grid()->setVisible(false);
        b.title->setFont(appearance_.pictureFont());
        b.title->setTextColor(text);
        const double size = 4 + 1.5 * line;
        for (int c = 0; c < static_cast<int>(b.train.size()); ++c) {
            const QColor colour = Appearance::seriesColour(c);
            // Training points filled and ringed in the text colour; test points hollow rings.
            b.train[size_t(c)]->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 1), QBrush(colour), size));
            QCPScatterStyle ring(QCPScatterStyle::ssCircle, colour, size + 1);
            ring.setPen(QPen(colour, std::max(1.5, line / 2)));
            b.test[size_t(c)]->setScatterStyle(ring);
        }
    }
    appearance_.stylePlot(curves_);
    for (QCPAxisRect *rect : curveRects_)
        for (QCPAxis *axis : rect->axes())
            appearance_.styleAxis(axis);
    for (const CurveStyle &c : curveStyles_)
        c.graph->setPen(
            QPen(appearance_.curveColour(c.colour), std::max(1.5, line * 0.6), c.style));
    for (size_t l = 0; l < normLabels_.size(); ++l) {
        normLabels_[l]->setColor(appearance_.curveColour(int(l) + 1));
        normLabels_[l]->setFont(appearance_.plotFont());
    }
    curveLegend_->setFont(appearance_.plotFont());
    curveLegend_->setTextColor(text);
    curveLegend_->setBrush(background);
    curveLegend_->setBorderPen(Qt::NoPen);
    curveLegend_->setIconSize(24, 10);
    diagram_->setFont(appearance_.plotFont());
    TrainDiagram::Colours colours;
    colours.text = text;
    colours.background = background;
    colours.positive = Appearance::seriesColour(0);
    colours.negative = Appearance::seriesColour(5);
    colours.selection = appearance_.curveColour(2);
    for (int c = 0; c < kMaxTrainDisplayClasses; ++c)
        colours.classes.push_back(Appearance::seriesColour(c));
    diagram_->setColours(colours);
    counterLabel_->setFont(appearance_.pictureFont());
    fitCurvesMinimum(); // the fonts' sizes
    layOut();
}

QCustomPlot *TrainWorkspace::exportPlot() const
{
    return boundaries_[0].plot;
}

QString TrainWorkspace::exportTitle() const
{
    const TrainSession &s = *session_;
    QStringList runs;
    for (const TrainRun &run : s.runs())
        runs << QString::fromStdString(run.label);
    return tr("%1, %2, step %3")
        .arg(setup_.imported ? importedName_ : QString::fromLatin1(datasetName(setup_.data.kind)),
            runs.join(QStringLiteral(" / ")))
        .arg(s.steps());
}

QString TrainWorkspace::exportCsv() const
{
    QString csv = QStringLiteral(
        "run,step,train_loss,train_accuracy,test_loss,test_accuracy,grad_norms,dead_units\n");
    for (const TrainRun &run : session_->runs())
        for (const HistoryPoint &p : run.history) {
            QStringList norms, dead;
            for (float v : p.gradNorms)
                norms << QString::fromStdString(io::formatFloat(v));
            for (int64_t d : p.train.deadUnits)
                dead << QString::number(d);
            csv += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8\n")
                       .arg(QString::fromStdString(run.label))
                       .arg(p.step)
                       .arg(QString::fromStdString(io::formatFloat(p.train.loss)))
                       .arg(p.train.accuracy)
                       .arg(QString::fromStdString(io::formatFloat(p.test.loss)))
                       .arg(p.test.accuracy)
                       .arg(norms.join(QLatin1Char(' ')), dead.join(QLatin1Char(' ')));
        }
    return csv;
}

QString TrainWorkspace::pythonProgram() const
{
    const TrainSession &s = *session_;
    const TrainSetup &setup = s.setup();
    QStringList features;
    for (Feature f : setup.features)
        features << QString::fromLatin1(featureName(f));
    const QString header
        = QStringLiteral("Written by Activation Lab's Train workspace: %1 training "
                         "points (the test points left out),\ncolumns %2.")
              .arg(s.trainCount())
              .arg(features.join(QStringLiteral(", ")));
    const int64_t steps = s.steps(); // a run that diverged stops there in Python too
    if (setup.compare.empty())
        return QString::fromUtf8(trainingScript(
            s.trainInputs(), s.trainLabels(), setup.trainOptions(), s.classes(), steps, header));
    // Side by side: every run, each with its activation in every hidden layer.
    std::vector<std::pair<std::string, TrainOptions>> runs;
    for (const Activation &activation : setup.compare)
        runs.emplace_back(activation.name(), setup.trainOptions(&activation));
    return QString::fromUtf8(
        comparisonScript(s.trainInputs(), s.trainLabels(), runs, s.classes(), steps, header));
}

QList<QPair<QString, QString>> TrainWorkspace::keyHelp() const
{
    return {{tr("Space"), tr("Play or pause the training")}, {tr("N"), tr("One step")},
        {tr("R"), tr("Start again from the same seed")}};
}

bool TrainWorkspace::importCsv(const QString &path)
{
    QFile file(path);
    QString error;
    std::optional<Dataset> data;
    if (file.size() > kMaxCsvBytes)
        error = tr("%1 is larger than %2 MB").arg(path).arg(kMaxCsvBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
    else
        data = parseDatasetCsv(file.readAll(), &error);
    if (!data) {
        refuse(tr("Not imported: %1").arg(error), importButton_);
        return false;
    }
    TrainSetup next = setup_;
    next.imported = std::move(data);
    const QString previous = importedName_;
    importedName_ = QFileInfo(path).fileName();
    if (!applySetup(next)) {
        importedName_ = previous;
        return false;
    }
    emit statusMessage(tr("Imported %1 points from %2")
                           .arg(setup_.imported->x.size(0))
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

QString TrainWorkspace::dataCsv() const
{
    return QString::fromUtf8(datasetToCsv(session_->data()));
}

void TrainWorkspace::retranslate()
{
    const QString titles[] = {
        tr("Data"), tr("Input features"), tr("Network"), tr("Training"), tr("Compare activations")};
    for (int i = 0; i < groupTitles_.size(); ++i)
        groupTitles_[i]->setText(titles[i]);
    const QString texts[] = {tr("Data set"), tr("Classes (spiral arms)"), tr("Points"), tr("Noise"),
        tr("Test points"), tr("Data seed"), tr("Hidden layers"), tr("Optimizer"),
        tr("Learning rate"), tr("Momentum"), tr("Batch size"), tr("Weight decay (L2)"),
        tr("Seed (torch.manual_seed)"), tr("Runs")};
    for (int i = 0; i < labels_.size(); ++i) {
        labels_[i]->setText(texts[i]);
        labelled_[i]->setAccessibleName(texts[i]);
    }
    const char *const datasetTexts[]
        = {QT_TR_NOOP("Circle"), QT_TR_NOOP("XOR"), QT_TR_NOOP("Two Gaussians"),
            QT_TR_NOOP("Spiral"), QT_TR_NOOP("Moons"), QT_TR_NOOP("Above or below a sine"),
            QT_TR_NOOP("Above or below a cubic"), QT_TR_NOOP("Above or below |x|")};
    for (int i = 0; i < int(std::size(datasetTexts)); ++i)
        datasetCombo_->setItemText(i, tr(datasetTexts[i]));
    if (setup_.imported)
        datasetCombo_->setItemText(
            datasetCombo_->findData(QString()), tr("Imported: %1").arg(importedName_));
    for (int l = 0; l < kMaxTrainHiddenLayers; ++l) {
        layerLabels_[size_t(l)]->setText(tr("Layer %1").arg(l + 1));
        unitSpins_[size_t(l)]->setAccessibleName(tr("Units of hidden layer %1").arg(l + 1));
        unitSpins_[size_t(l)]->setToolTip(tr("Units of hidden layer %1").arg(l + 1));
        layerCombos_[size_t(l)]->setAccessibleName(tr("Activation of hidden layer %1").arg(l + 1));
    }
    for (int r = 0; r < kMaxCompareRuns; ++r)
        compareCombos_[size_t(r)]->setAccessibleName(tr("Activation of run %1").arg(r + 1));
    for (int f = 0; f < kFeatureCount; ++f)
        featureChecks_[size_t(f)]->setToolTip(
            tr("Feed %1 to the first layer").arg(featureChecks_[size_t(f)]->text()));
    compareCheck_->setText(tr("Side by side"));
    compareCheck_->setToolTip(tr("Train one network per activation below, each with it in every "
                                 "hidden layer, from the same seed"));
    importButton_->setText(tr("Import CSV…"));
    importButton_->setToolTip(tr("Rows x1,x2,label (labels 0 to 3); a header row is allowed"));
    exportDataButton_->setText(tr("Export CSV…"));
    testSpin_->setToolTip(tr("The last points of the set are held out: the network never trains "
                             "on them"));
    lrSpin_->setToolTip(tr("The step size of every update"));
    stepButton_->setText(tr("Step"));
    stepButton_->setToolTip(tr("One mini-batch: forward, loss, backward, update (N)"));
    resetButton_->setText(tr("Reset"));
    resetButton_->setToolTip(tr("Start again: the same seed gives the same run (R)"));
    playButton_->setToolTip(tr("Train continuously (Space)"));
    speedCombo_->setAccessibleName(tr("Steps per frame"));
    speedCombo_->setToolTip(tr("Steps per frame: how fast it trains"));
    diagram_->setLegendTexts(tr("weights"));
    diagram_->setAccessibleName(tr("The network: each hidden unit's output over the plane"));
    curves_->setAccessibleName(tr("Loss, accuracy, gradient norms and dead units over the steps"));
    for (const Boundary &b : boundaries_)
        b.plot->setAccessibleName(tr("Decision boundary with the training and test points"));
    code_->setAccessibleName(tr("PyTorch code"));
    notes_->setAccessibleName(tr("Explanation"));
    // Short: each chart is a few lines of text high.
    const QString curveLabels[] = {tr("loss"), QStringLiteral("‖∂L/∂W‖"), tr("dead units")};
    for (size_t i = 0; i < curveRects_.size(); ++i)
        curveRects_[i]->axis(QCPAxis::atLeft)->setLabel(curveLabels[i]);
    arrangeCharts(chartsInRow_); // the steps' name
    rebuildPictures(); // the curves' names
    refreshCode();
    refreshPicture();
}

QVariantMap TrainWorkspace::viewState() const
{
    const TrainSetup &s = setup_;
    QStringList features, units, activations, compare;
    for (Feature f : s.features)
        features << QString::fromLatin1(featureName(f));
    for (const LayerSetup &layer : s.layers) {
        units << QString::number(layer.units);
        activations << QString::fromLatin1(layer.activation.name());
    }
    for (const Activation &a : s.compare)
        compare << QString::fromLatin1(a.name());
    QVariantList unitCounts;
    for (const LayerSetup &layer : s.layers)
        unitCounts << static_cast<qlonglong>(layer.units);
    return {{QStringLiteral("data"), QString::fromLatin1(datasetName(s.data.kind))},
        {QStringLiteral("classes"), s.data.classes},
        {QStringLiteral("points"), static_cast<qlonglong>(s.data.points)},
        {QStringLiteral("noise"), s.data.noise},
        {QStringLiteral("dataSeed"), static_cast<qulonglong>(s.data.seed)},
        {QStringLiteral("testPercent"), s.testPercent}, {QStringLiteral("features"), features},
        {QStringLiteral("units"), unitCounts}, {QStringLiteral("activations"), activations},
        {QStringLiteral("compare"), compare},
        {QStringLiteral("optimizer"),
            s.optimizer == OptimizerKind::Adam ? QStringLiteral("adam") : QStringLiteral("sgd")},
        {QStringLiteral("lr"), s.lr}, {QStringLiteral("momentum"), s.momentum},
        {QStringLiteral("weightDecay"), s.weightDecay},
        {QStringLiteral("batch"), static_cast<qlonglong>(s.batchSize)},
        {QStringLiteral("seed"), static_cast<qulonglong>(s.seed)},
        {QStringLiteral("speed"), speedCombo_->currentData().toInt()},
        {QStringLiteral("step"), static_cast<qlonglong>(session_->steps())}};
}

QStringList TrainWorkspace::setViewState(const QVariantMap &state, StateMode mode)
{
    // Every value checked as the controls would, on the default set-up; then the session's own
    // checks on the whole.
    TrainSetup s;
    StateReader reader(state);
    if (const auto name = reader.text(QStringLiteral("data"))) {
        if (auto kind = datasetNamed(name->toStdString()))
            s.data.kind = *kind;
        else
            reader.refuse(
                QStringLiteral("data"), tr("There is no data set \"%1\".").arg(name->left(40)));
    }
    s.data.classes = int(
        reader.integer(QStringLiteral("classes"), 2, kMaxSpiralClasses).value_or(s.data.classes));
    s.data.points
        = reader.integer(QStringLiteral("points"), pointsSpin_->minimum(), pointsSpin_->maximum())
              .value_or(s.data.points);
    s.data.noise = reader.number(QStringLiteral("noise"), 0.0, 1.0).value_or(s.data.noise);
    s.data.seed
        = uint64_t(reader.integer(QStringLiteral("dataSeed"), 0, std::numeric_limits<int>::max())
                       .value_or(qint64(s.data.seed)));
    s.testPercent
        = int(reader.integer(QStringLiteral("testPercent"), 0, 90).value_or(s.testPercent));
    if (const auto names = reader.list(QStringLiteral("features"))) {
        std::vector<Feature> features;
        for (const QString &name : *names) {
            int f = 0;
            while (f < kFeatureCount && name != QLatin1String(featureName(Feature(f))))
                ++f;
            if (f == kFeatureCount)
                reader.refuse(QStringLiteral("features"),
                    tr("There is no input feature \"%1\".").arg(name.left(40)));
            else if (std::find(features.begin(), features.end(), Feature(f)) == features.end())
                features.push_back(Feature(f));
        }
        std::sort(features.begin(), features.end());
        s.features = features;
    }
    auto activation = [&reader](const QString &key, const QString &name) {
        for (const ActivationSpec &spec : activationRegistry())
            if (name == QLatin1String(spec.functionalName) && trainableHidden(Activation(spec)))
                return std::optional<Activation>(Activation(spec));
        reader.refuse(key, tr("\"%1\" cannot be trained here.").arg(name.left(40)));
        return std::optional<Activation>();
    };
    const auto units = reader.list(QStringLiteral("units"));
    const auto names = reader.list(QStringLiteral("activations"));
    if (units || names) {
        const QStringList counts = units.value_or(QStringList());
        const QStringList layerNames = names.value_or(QStringList());
        std::vector<LayerSetup> layers;
        if (counts.size() > kMaxTrainHiddenLayers || counts.size() != layerNames.size())
            reader.refuse(QStringLiteral("units"),
                tr("Give 0 to %1 layers: as many unit counts as activations.")
                    .arg(kMaxTrainHiddenLayers));
        for (int l = 0; l < counts.size() && l < layerNames.size() && l < kMaxTrainHiddenLayers;
             ++l) {
            bool ok = false;
            const int count = counts[l].toInt(&ok);
            if (!ok || count < 1 || count > kMaxTrainUnits)
                reader.refuse(QStringLiteral("units"),
                    tr("A layer has 1 to %1 units; \"%2\" is not that.")
                        .arg(kMaxTrainUnits)
                        .arg(counts[l].left(20)));
            else if (auto a = activation(QStringLiteral("activations"), layerNames[l]))
                layers.push_back({count, *a});
        }
        s.layers = layers;
    }
    if (const auto names = reader.list(QStringLiteral("compare"))) {
        std::vector<Activation> compare;
        for (const QString &name : *names)
            if (auto a = activation(QStringLiteral("compare"), name))
                compare.push_back(*a);
        if (!compare.empty() && (compare.size() < 2 || compare.size() > size_t(kMaxCompareRuns)))
            reader.refuse(QStringLiteral("compare"),
                tr("Compare 2 to %1 activations, or none.").arg(kMaxCompareRuns));
        s.compare = compare;
    }
    if (const auto optimizer = reader.text(QStringLiteral("optimizer"))) {
        if (*optimizer == QLatin1String("adam") || *optimizer == QLatin1String("sgd"))
            s.optimizer
                = *optimizer == QLatin1String("adam") ? OptimizerKind::Adam : OptimizerKind::Sgd;
        else
            reader.refuse(QStringLiteral("optimizer"), tr("Use sgd or adam."));
    }
    s.lr = reader.number(QStringLiteral("lr"), lrSpin_->minimum(), lrSpin_->maximum())
               .value_or(s.lr);
    s.momentum = reader.number(QStringLiteral("momentum"), 0.0, momentumSpin_->maximum())
                     .value_or(s.momentum);
    s.weightDecay = reader.number(QStringLiteral("weightDecay"), 0.0, decaySpin_->maximum())
                        .value_or(s.weightDecay);
    s.batchSize = reader.integer(QStringLiteral("batch"), 1, kMaxTrainBatch).value_or(s.batchSize);
    s.seed = uint64_t(reader.integer(QStringLiteral("seed"), 0, std::numeric_limits<int>::max())
                          .value_or(qint64(s.seed)));
    const int speed = speedCombo_->findData(
        reader.integer(QStringLiteral("speed"), 1, kSpeeds[std::size(kSpeeds) - 1])
            .value_or(kSpeeds[kDefaultSpeed]));
    if (speed < 0)
        reader.refuse(QStringLiteral("speed"), tr("Not one of the speeds offered."));
    const qint64 step = reader.integer(QStringLiteral("step"), 0, kMaxStateSteps).value_or(0);

    std::unique_ptr<TrainSession> session;
    try {
        session = std::make_unique<TrainSession>(s);
    } catch (const std::exception &e) {
        reader.refuse(QStringLiteral("data"), QString::fromStdString(e.what()));
    }
    // Training to `step` happens here, at once: bounded so that a slide opens in a blink.
    if (session && step > 0) {
        double work = 0;
        for (const TrainRun &run : session->runs())
            for (const Linear &layer : run.trainer->layers())
                work += double(layer.weight().numel() + layer.bias().numel());
        work *= double(std::min<int64_t>(s.batchSize, session->trainCount())) * double(step);
        if (work > kMaxStateWork)
            reader.refuse(QStringLiteral("step"),
                tr("Training to step %1 takes too long to open at once; use a smaller network, "
                   "batch or step.")
                    .arg(step));
    }
    const QStringList problems = reader.problems();
    if (mode == StateMode::Check || (mode == StateMode::Apply && !problems.isEmpty()) || !session)
        return problems;
    loop_.pause();
    if (speed >= 0)
        speedCombo_->setCurrentIndex(speed);
    if (!applySetup(s))
        return problems;
    if (problems.filter(QStringLiteral("step:")).isEmpty()) {
        // A history point every so often, as playing would leave: the curves have a shape.
        const int64_t every = std::max<int64_t>(1, step / 200);
        for (int64_t k = 1; k <= step && session_->step(); ++k)
            if (k % every == 0)
                session_->record();
        session_->record();
        refreshPicture();
    }
    return problems;
}

void TrainWorkspace::hideEvent(QHideEvent *event)
{
    if (loop_.running()) {
        resumeWhenShown_ = true;
        loop_.pause();
    }
    Workspace::hideEvent(event);
}

void TrainWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (resumeWhenShown_) {
        resumeWhenShown_ = false;
        loop_.play();
    }
}

} // namespace al
