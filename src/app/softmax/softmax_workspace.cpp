#include "app/softmax/softmax_workspace.h"

#include "app/appearance.h"
#include "app/view_state.h"
#include "app/widgets/heatmap.h"
#include "app/widgets/plain_text.h"
#include "app/widgets/spin_range.h"
#include "io/json_tensor.h"
#include "ui_softmax_workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <cmath>
#include <qcustomplot.h>

namespace al {

namespace {

QString formatValue(float v, int decimals = 4)
{
    if (!std::isfinite(v))
        return QString::fromStdString(io::formatFloat(v));
    return QLocale().toString(double(v), 'f', decimals);
}

// Logit cells show four significant digits, so that a row of logits fits beside the picture;
// editing a cell, and its tooltip, give every digit.
class CompactNumbers : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        bool ok = false;
        const double v = value.toString().toDouble(&ok);
        return ok && std::isfinite(v) ? locale.toString(v, 'g', 4)
                                      : QStyledItemDelegate::displayText(value, locale);
    }
};

QString pythonTensor(const Tensor &t)
{
    return QString::fromLatin1(io::tensorToJson(t))
        .replace(QStringLiteral("\"nan\""), QStringLiteral("float('nan')"))
        .replace(QStringLiteral("\"-inf\""), QStringLiteral("-float('inf')"))
        .replace(QStringLiteral("\"inf\""), QStringLiteral("float('inf')"));
}

// Rows and columns of the matrix a heatmap shows for one block of a tensor.
struct Layout {
    int blocks = 1, rows = 1, columns = 1;
    int rowDim = -1, columnDim = 0; // tensor dims shown down and across (-1: none)
};

Layout layoutOf(const Tensor &t)
{
    Layout l;
    if (t.rank() == 1) {
        l.columns = static_cast<int>(t.size(0));
    } else if (t.rank() == 2) {
        l.rows = static_cast<int>(t.size(0));
        l.columns = static_cast<int>(t.size(1));
        l.rowDim = 0;
        l.columnDim = 1;
    } else {
        // 3-D: blocks along dim 0; 4-D [N, C, H, W]: a block for each (n, c).
        const int r = t.rank();
        l.blocks = static_cast<int>(t.numel() / (t.size(r - 2) * t.size(r - 1)));
        l.rows = static_cast<int>(t.size(r - 2));
        l.columns = static_cast<int>(t.size(r - 1));
        l.rowDim = r - 2;
        l.columnDim = r - 1;
    }
    return l;
}

// The two halves glu splits x into along dim d: a (the first) and b, each of y's shape.
std::pair<std::vector<float>, std::vector<float>> halvesOf(const Tensor &x, int d)
{
    int64_t outer = 1, inner = 1;
    for (int i = 0; i < d; ++i)
        outer *= x.size(i);
    for (int i = d + 1; i < x.rank(); ++i)
        inner *= x.size(i);
    const int64_t half = x.size(d) / 2;
    std::vector<float> a, b;
    for (int64_t o = 0; o < outer; ++o)
        for (int64_t k = 0; k < half; ++k)
            for (int64_t i = 0; i < inner; ++i) {
                a.push_back(x.data()[(o * 2 * half + k) * inner + i]);
                b.push_back(x.data()[(o * 2 * half + half + k) * inner + i]);
            }
    return {a, b};
}

float largestMagnitude(const std::vector<const Tensor *> &tensors)
{
    float extent = 1e-6f;
    for (const Tensor *t : tensors)
        for (float v : t->values())
            if (std::isfinite(v))
                extent = std::max(extent, std::abs(v));
    return extent;
}

constexpr double kTemperatureSteps = 100.0; // slider position p means T = 10^(p / 100)

} // namespace

SoftmaxWorkspace::SoftmaxWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , ui_(std::make_unique<Ui::SoftmaxWorkspace>())
    , appearance_(appearance)
{
    ui_->setupUi(this);
    setRegions(ui_->leftPanel, ui_->softmaxTabs, {ui_->codeBox, ui_->implicitDimLabel});
    setPictureTexts({ui_->mixWarningLabel, ui_->sumsLabel});
    ui_->logitsTable->setItemDelegate(new CompactNumbers(ui_->logitsTable));
    ui_->rankCombo->addItems({QString(), QString(), QString(), QString()});
    for (SoftmaxFunction function : kSoftmaxFunctions)
        ui_->functionCombo->addItem(QString::fromLatin1(SoftmaxState::functionName(function)));
    connect(ui_->functionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        QString note, error;
        report(state_.chooseFunction(kSoftmaxFunctions[index], &note, &error), error,
            ui_->functionCombo);
        if (!note.isEmpty())
            emit statusMessage(note);
    });

    connect(ui_->rankCombo, &QComboBox::currentIndexChanged, this, &SoftmaxWorkspace::applyShape);
    for (QSpinBox *spin : {ui_->size0Spin, ui_->size1Spin, ui_->size2Spin, ui_->size3Spin}) {
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &SoftmaxWorkspace::applyShape);
    }
    connect(ui_->seedSpin, &QSpinBox::valueChanged, this, &SoftmaxWorkspace::applyShape);
    ui_->seedSpin->setKeyboardTracking(false);
    connect(ui_->newRandomButton, &QPushButton::clicked, this,
        [this] { ui_->seedSpin->setValue(ui_->seedSpin->value() + 1); });
    connect(ui_->logitsTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const Tensor &logits = state_.logits();
        const Layout l = layoutOf(logits);
        const int64_t block = logits.rank() >= 3 ? ui_->editSliceSpin->value() : 0;
        const int64_t flat = (block * l.rows + item->row()) * l.columns + item->column();
        QString error;
        report(state_.setCell(flat, item->text(), &error), error);
    });
    connect(ui_->editSliceSpin, &QSpinBox::valueChanged, this, &SoftmaxWorkspace::refreshTable);
    connect(ui_->pasteButton, &QPushButton::clicked, this, [this] {
        QString error;
        report(state_.paste(QApplication::clipboard()->text(), &error), error);
    });
    connect(ui_->dimSpin, &QSpinBox::valueChanged, this, [this](int dim) {
        QString error;
        if (state_.setDim(dim, &error)) {
            dimMessage_.clear();
        } else {
            dimMessage_ = error; // PyTorch's message; the last valid result stays on screen
            emit statusMessage(error);
        }
        refresh();
    });
    connect(ui_->temperatureSpin, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        QString error;
        report(state_.setTemperature(t, &error), error);
    });
    connect(ui_->temperatureSlider, &QSlider::valueChanged, this, [this](int position) {
        QString error;
        const double t = std::round(std::pow(10.0, position / kTemperatureSteps) * 100.0) / 100.0;
        report(state_.setTemperature(
                   std::clamp(t, SoftmaxState::kMinTemperature, SoftmaxState::kMaxTemperature),
                   &error),
            error);
    });
    connect(ui_->jacobianSliceSpin, &QSpinBox::valueChanged, this, [this](int slice) {
        QString error;
        report(state_.setJacobianSlice(slice, &error), error);
    });
    connect(ui_->copyCodeButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(ui_->codeView->toPlainText());
        emit statusMessage(tr("PyTorch code copied to the clipboard."));
    });
    connect(ui_->copyCrossEntropyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(ui_->crossEntropyCode->toPlainText());
        emit statusMessage(tr("PyTorch code copied to the clipboard."));
    });
    connect(&state_, &SoftmaxState::changed, this, [this] {
        clearFieldError();
        dimMessage_.clear(); // a valid state: the refused dim is history
        refresh();
    });
    connect(
        ui_->softmaxTabs, &QTabWidget::currentChanged, this, &SoftmaxWorkspace::refreshCurrentTab);
    connect(&appearance_, &Appearance::changed, this, [this] {
        probabilityLayout_.clear(); // fonts and colours of the plot change
        fitControls(appearance_);
        refresh();
    });
    fitControls(appearance_);
    ui_->softmaxPlot->setMinimumSize(320, 180);
    ui_->probabilitiesLayout->setStretchFactor(ui_->softmaxPlot, 1);
    ui_->jacobianLayout->setStretchFactor(ui_->jacobianPlot, 1);
    ui_->jacobianPlot->setMinimumSize(320, 180);
    retranslate();
}

SoftmaxWorkspace::~SoftmaxWorkspace() = default;

Shape SoftmaxWorkspace::requestedShape() const
{
    const int rank = ui_->rankCombo->currentIndex() + 1;
    const int sizes[] = {ui_->size0Spin->value(), ui_->size1Spin->value(), ui_->size2Spin->value(),
        ui_->size3Spin->value()};
    return Shape(sizes, sizes + rank);
}

void SoftmaxWorkspace::applyShape()
{
    QString error;
    report(
        state_.randomise(requestedShape(), static_cast<uint64_t>(ui_->seedSpin->value()), &error),
        error, qobject_cast<QWidget *>(sender()));
}

void SoftmaxWorkspace::report(bool ok, const QString &error, QWidget *control)
{
    if (!ok) {
        refuse(error, control);
        refreshTable(); // a refused cell shows its value again
        refresh(); // and the controls go back to the state's values
    }
}

void SoftmaxWorkspace::refresh()
{
    refreshControls();
    // The table is rebuilt only when the logits changed (not for dim or temperature), and only
    // the tab on screen is redrawn; the others follow when they are shown.
    if (!(state_.logits() == shownLogits_)) {
        shownLogits_ = state_.logits();
        refreshTable();
    }
    refreshCurrentTab();
}

void SoftmaxWorkspace::refreshCurrentTab()
{
    const QWidget *tab = ui_->softmaxTabs->currentWidget();
    if (tab == ui_->probabilitiesTab)
        refreshProbabilities();
    else if (tab == ui_->jacobianTab)
        refreshJacobian();
    else if (tab == ui_->stabilityTab)
        refreshStability();
    else
        refreshCrossEntropy();
}

void SoftmaxWorkspace::refreshControls()
{
    const Tensor &logits = state_.logits();
    const int rank = logits.rank();
    const QSignalBlocker blockers[]
        = {QSignalBlocker(ui_->rankCombo), QSignalBlocker(ui_->size0Spin),
            QSignalBlocker(ui_->size1Spin), QSignalBlocker(ui_->size2Spin),
            QSignalBlocker(ui_->size3Spin), QSignalBlocker(ui_->functionCombo),
            QSignalBlocker(ui_->seedSpin), QSignalBlocker(ui_->dimSpin),
            QSignalBlocker(ui_->temperatureSpin), QSignalBlocker(ui_->temperatureSlider),
            QSignalBlocker(ui_->jacobianSliceSpin), QSignalBlocker(ui_->editSliceSpin)};
    const SoftmaxFunction function = state_.function();
    ui_->functionCombo->setCurrentIndex(static_cast<int>(function));
    ui_->rankCombo->setCurrentIndex(rank - 1);
    static const int limits[4][4] = {{10, 1, 1, 1}, {8, 8, 1, 1}, {4, 6, 6, 1}, {2, 4, 4, 4}};
    QSpinBox *sizes[] = {ui_->size0Spin, ui_->size1Spin, ui_->size2Spin, ui_->size3Spin};
    for (int d = 0; d < 4; ++d) {
        sizes[d]->setVisible(d < rank);
        setSpinRange(sizes[d], 1, limits[rank - 1][d]);
        if (d < rank)
            sizes[d]->setValue(static_cast<int>(logits.size(d)));
    }
    ui_->seedSpin->setValue(static_cast<int>(state_.seed()));
    ui_->dimSpin->setValue(static_cast<int>(state_.dim()));
    // nn.Softmax2d has no dim: it always normalises the channels, dim -3.
    ui_->dimSpin->setEnabled(function != SoftmaxFunction::Softmax2d);
    ui_->dimSpin->setToolTip(function == SoftmaxFunction::Softmax2d
            ? tr("nn.Softmax2d has no dim: it always normalises over the channels, dim -3")
            : function == SoftmaxFunction::Glu
            ? tr("The dimension glu halves; its size must be even")
            : tr("The dimension %1 normalises; -1 is the last one")
                  .arg(QLatin1String(SoftmaxState::functionName(function))));
    ui_->softmaxTabs->setTabText(ui_->softmaxTabs->indexOf(ui_->probabilitiesTab),
        function == SoftmaxFunction::LogSoftmax ? tr("Log-probabilities")
            : function == SoftmaxFunction::Glu  ? tr("Output")
                                                : tr("Probabilities"));
    ui_->implicitDimLabel->setText(function == SoftmaxFunction::Softmax2d
            ? tr("Why Softmax2d has no dim: it is F.softmax(x, dim=-3), always the channels C of "
                 "an (N, C, H, W) or (C, H, W) input, as a 1 x 1 convolution's classifier needs at "
                 "every pixel.")
            : function == SoftmaxFunction::Glu
            ? tr("glu's dim may be left out: F.glu(x) and nn.GLU() take dim=-1, the last "
                 "dimension, whose size must then be even.")
            : tr("Why always write dim: nn.Softmax(), nn.LogSoftmax() and nn.Softmin() without "
                 "dim used to guess it from the number of dimensions (dim 0 for 0-, 1- and 3-D "
                 "input, dim 1 otherwise). The guess silently normalised the wrong way for some "
                 "shapes, so PyTorch deprecated it and warns; write dim=1 (or -1) for a batch of "
                 "logits."));
    // glu(x, dim) has no temperature.
    ui_->temperatureSpin->setEnabled(function != SoftmaxFunction::Glu);
    ui_->temperatureSlider->setEnabled(function != SoftmaxFunction::Glu);
    ui_->temperatureSpin->setValue(state_.temperature());
    ui_->temperatureSlider->setValue(
        static_cast<int>(std::lround(std::log10(state_.temperature()) * kTemperatureSteps)));
    setSpinRange(ui_->jacobianSliceSpin, 0, state_.sliceCount() - 1);
    ui_->jacobianSliceSpin->setValue(state_.jacobianSlice());
    ui_->editSliceSpin->setVisible(rank >= 3);
    ui_->sliceLabel->setVisible(rank >= 3);
    if (rank >= 3) // 4-D: the slice (n, c) is n * C + c
        setSpinRange(ui_->editSliceSpin, 0, layoutOf(logits).blocks - 1);
    ui_->dimMessageLabel->setText(dimMessage_.toHtmlEscaped());
    ui_->dimMessageLabel->setVisible(!dimMessage_.isEmpty());
    // For a batch, what the dim does to the samples. The panel keeps the warning's height
    // either way, so flipping dim moves nothing on screen (and costs no layout pass).
    const bool log = function == SoftmaxFunction::LogSoftmax;
    const QString warning = log
        ? tr("<b>Careful:</b> dim=0 normalises down the batch. Each column's exp(y) now adds up "
             "to 1, so one sample's log-probabilities depend on the other samples in the batch. "
             "For a (batch_size, num_classes) output use dim=1.")
        : tr("<b>Careful:</b> dim=0 normalises down the batch. Each column now adds up to 1, "
             "so one sample's probabilities depend on the other samples in the batch. For "
             "a (batch_size, num_classes) output use dim=1.");
    const QString fine = log
        ? tr("dim=%1 normalises each row: every sample's log-probabilities are its own (their "
             "exp adds up to 1), whatever the other samples in the batch are. This is what a "
             "(batch_size, num_classes) output needs.")
              .arg(state_.dim())
        : tr("dim=%1 normalises each row: every sample's probabilities add up to 1 on "
             "their own, whatever the other samples in the batch are. This is what a "
             "(batch_size, num_classes) output needs.")
              .arg(state_.dim());
    // Above the picture: what the function does, then for a batch what the dim does to it.
    const bool batch = rank == 2 && function != SoftmaxFunction::Glu;
    const QString about = explanation();
    const QString joined = about.isEmpty() ? QString() : about + QLatin1Char(' ');
    ui_->mixWarningLabel->setVisible(batch || !about.isEmpty());
    ui_->mixWarningLabel->setReserve(batch ? joined + warning : about);
    ui_->mixWarningLabel->setText(!batch ? about
            : state_.mixesSamples()      ? joined + warning
                                         : joined + fine);
    const QString scaled = state_.temperature() == 1.0
        ? QStringLiteral("logits")
        : QStringLiteral("logits / %1").arg(state_.temperature());
    QString code = QStringLiteral("logits = torch.tensor(%1)\n").arg(pythonTensor(logits));
    switch (function) {
    case SoftmaxFunction::Softmax:
        code += QStringLiteral("p = F.softmax(%1, dim=%2)\n# %3\np.sum(dim=%2)\n")
                    .arg(scaled)
                    .arg(state_.dim())
                    .arg(tr("every sum is 1"));
        break;
    case SoftmaxFunction::LogSoftmax:
        code += QStringLiteral("y = F.log_softmax(%1, dim=%2)\n# %3\ny.exp().sum(dim=%2)\n")
                    .arg(scaled)
                    .arg(state_.dim())
                    .arg(tr("log-probabilities: their exp adds up to 1"));
        break;
    case SoftmaxFunction::Softmin:
        code += QStringLiteral("p = F.softmin(%1, dim=%2)  # = F.softmax(-%1, dim=%2)\n"
                               "# %3\np.sum(dim=%2)\n")
                    .arg(scaled)
                    .arg(state_.dim())
                    .arg(tr("every sum is 1"));
        break;
    case SoftmaxFunction::Softmax2d:
        code += QStringLiteral("p = nn.Softmax2d()(%1)  # = F.softmax(%1, dim=-3)\n"
                               "# %2\np.sum(dim=-3)\n")
                    .arg(scaled, tr("each position's channels add up to 1"));
        break;
    case SoftmaxFunction::Glu: {
        const Shape out = state_.output().shape();
        QStringList sizes;
        for (int64_t size : out)
            sizes << QString::number(size);
        code += QStringLiteral("y = F.glu(logits, dim=%1)\n"
                               "a, b = logits.chunk(2, dim=%1)  # %2\n"
                               "y.shape  # torch.Size([%3])\n")
                    .arg(state_.dim())
                    .arg(tr("y = a * torch.sigmoid(b)"), sizes.join(QStringLiteral(", ")));
        break;
    }
    }
    showPlainText(ui_->codeView, code);
}

void SoftmaxWorkspace::refreshTable()
{
    const Tensor &logits = state_.logits();
    const Layout l = layoutOf(logits);
    const int block = logits.rank() >= 3 ? ui_->editSliceSpin->value() : 0;
    const QSignalBlocker block1(ui_->logitsTable);
    ui_->logitsTable->setRowCount(l.rows);
    ui_->logitsTable->setColumnCount(l.columns);
    QStringList rowLabels, columnLabels; // 0-based, as PyTorch indexes
    for (int r = 0; r < l.rows; ++r)
        rowLabels << QString::number(r);
    for (int c = 0; c < l.columns; ++c)
        columnLabels << QString::number(c);
    ui_->logitsTable->setVerticalHeaderLabels(rowLabels);
    ui_->logitsTable->setHorizontalHeaderLabels(columnLabels);
    for (int r = 0; r < l.rows; ++r)
        for (int c = 0; c < l.columns; ++c) {
            const float v
                = logits.data()[(static_cast<int64_t>(block) * l.rows + r) * l.columns + c];
            auto *item = new QTableWidgetItem(QString::fromStdString(io::formatFloat(v)));
            item->setToolTip(item->text());
            ui_->logitsTable->setItem(r, c, item);
        }
    ui_->logitsTable->resizeColumnsToContents();
}

void SoftmaxWorkspace::refreshProbabilities()
{
    QCustomPlot *plot = ui_->softmaxPlot;
    const Tensor &p = state_.probabilities();
    const Layout l = layoutOf(p);
    // The same cells: new values and outlines in place, so neither a temperature drag nor a dim
    // flip makes or destroys anything in the plot.
    const SoftmaxFunction function = state_.function();
    const QString layoutKey = QLatin1String(SoftmaxState::functionName(function))
        + QString::fromStdString(shapeToString(p.shape()))
        + QString::fromStdString(shapeToString(state_.logits().shape()));
    if (layoutKey != probabilityLayout_) {
        probabilityLayout_ = layoutKey;
        if (function == SoftmaxFunction::Softmax2d)
            buildSoftmax2d();
        else if (function == SoftmaxFunction::Glu)
            buildGlu();
        else
            buildProbabilities();
    }
    if (function == SoftmaxFunction::Softmax2d || function == SoftmaxFunction::Glu) {
        if (function == SoftmaxFunction::Softmax2d)
            refreshSoftmax2d();
        else
            refreshGlu();
        plot->replot(QCustomPlot::rpQueuedReplot);
        refreshSums();
        return;
    }
    const bool logarithm = function == SoftmaxFunction::LogSoftmax;
    if (logarithm) {
        // Log-probabilities: from the smallest finite one up to 0.
        float lower = -1e-6f;
        for (float v : p.values())
            if (std::isfinite(v))
                lower = std::min(lower, v);
        for (Heatmap &heatmap : probabilityMaps_) {
            heatmap.style.lower = lower;
            heatmap.style.upper = 0;
            heatmap.map->setDataRange(QCPRange(lower, 0));
        }
        probabilityScale_->setDataRange(QCPRange(lower, 0));
    }
    const int dim = static_cast<int>(state_.normalisedDim());
    const Outline outline = dim == l.columnDim ? Outline::Rows
        : dim == l.rowDim                      ? Outline::Columns
                                               : Outline::None;
    const int count = outline == Outline::Rows ? l.rows : l.columns;
    for (int b = 0; b < l.blocks; ++b) {
        Heatmap &heatmap = probabilityMaps_[static_cast<size_t>(b)];
        updateHeatmap(heatmap, p.data() + static_cast<long>(b) * l.rows * l.columns);
        std::vector<QString> sums;
        for (int i = 0; i < count && outline != Outline::None; ++i) {
            // The slice's index among all of them: blocks come first in row-major order.
            const int slice = b * count + i;
            sums.push_back((logarithm ? QStringLiteral("Σeʸ=%1") : QStringLiteral("Σ=%1"))
                               .arg(formatValue(state_.sums().data()[slice], 3)));
        }
        outlineSlices(heatmap, outline, sums, appearance_);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
    refreshSums();
}

void SoftmaxWorkspace::buildProbabilities()
{
    QCustomPlot *plot = ui_->softmaxPlot;
    probabilityMaps_.clear();
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    const Tensor &p = state_.probabilities();
    const Layout l = layoutOf(p);
    // The colour bar spans the heatmaps' rows, with room above and below for its labels 1 and 0.
    if (!probabilityMargins_)
        probabilityMargins_ = new QCPMarginGroup(plot);
    const int halfLabel = QFontMetrics(appearance_.plotFont()).height() / 2 + 2;
    for (int b = 0; b < l.blocks; ++b) {
        auto *rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(0, b, rect);
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, probabilityMargins_);
        rect->setMinimumMargins(QMargins(0, halfLabel, 0, halfLabel));
        const float *begin = p.data() + static_cast<long>(b) * l.rows * l.columns;
        const std::vector<float> block(begin, begin + l.rows * l.columns);
        probabilityMaps_.push_back(
            drawHeatmap(plot, rect, block, l.rows, l.columns, HeatmapStyle(), appearance_));
        probabilityMaps_.back().map->setObjectName(QStringLiteral("probabilityMap%1").arg(b));
        probabilityMaps_.back().item->setObjectName(QStringLiteral("probabilityItem%1").arg(b));
        rect->axis(QCPAxis::atBottom)
            ->setLabel(l.columnDim >= 0
                    ? tr("dim %1").arg(l.columnDim) + (p.rank() == 2 ? tr(" · classes") : QString())
                    : QString());
        rect->axis(QCPAxis::atLeft)
            ->setLabel(l.rowDim >= 0
                    ? tr("dim %1").arg(l.rowDim) + (p.rank() == 2 ? tr(" · batch") : QString())
                    : QString());
        if (l.blocks > 1)
            rect->axis(QCPAxis::atTop)->setLabel(tr("dim 0 = %1").arg(b));
        rect->axis(QCPAxis::atTop)->setVisible(l.blocks > 1);
        rect->axis(QCPAxis::atTop)->setTicks(false);
        rect->axis(QCPAxis::atTop)->setTickLabels(false);
    }
    if (state_.function() == SoftmaxFunction::LogSoftmax)
        styleColourScale(plot, l.blocks, -1, 0, tr("log-probability"));
    else
        styleColourScale(plot, l.blocks, 0, 1, tr("probability"));
}

void SoftmaxWorkspace::styleColourScale(
    QCustomPlot *plot, int column, double lower, double upper, const QString &label)
{
    auto *scale = new QCPColorScale(plot);
    probabilityScale_ = scale;
    scale->setObjectName(QStringLiteral("probabilityScale"));
    plot->plotLayout()->addElement(0, column, scale);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, probabilityMargins_);
    scale->setDataRange(QCPRange(lower, upper));
    if (lower == 0 && upper == 1) {
        QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
        ticker->setTickStep(0.25);
        scale->axis()->setTicker(ticker);
    }
    scale->setGradient(lower < 0 && upper > 0 ? divergingGradient() : viridis());
    scale->axis()->setLabel(label);
    appearance_.stylePlot(plot);
    appearance_.styleAxis(scale->axis());
}

// The probabilities plot emptied for a new arrangement of heatmaps, its margin group kept.
QCustomPlot *SoftmaxWorkspace::clearedPlot()
{
    QCustomPlot *plot = ui_->softmaxPlot;
    probabilityMaps_.clear();
    extraMaps_.clear();
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    if (!probabilityMargins_)
        probabilityMargins_ = new QCPMarginGroup(plot);
    return plot;
}

void SoftmaxWorkspace::buildSoftmax2d()
{
    QCustomPlot *plot = clearedPlot();
    const Tensor &p = state_.output();
    const int rank = p.rank();
    const int samples = rank == 4 ? static_cast<int>(p.size(0)) : 1;
    const int channels = static_cast<int>(p.size(rank - 3));
    const int rows = static_cast<int>(p.size(rank - 2)),
              columns = static_cast<int>(p.size(rank - 1));
    const int halfLabel = QFontMetrics(appearance_.plotFont()).height() / 2 + 2;
    auto addMap = [&](int row, int column, const float *values, const QString &title) {
        auto *rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(row, column, rect);
        rect->setMarginGroup(QCP::msTop | QCP::msBottom | QCP::msLeft, probabilityMargins_);
        rect->setMinimumMargins(QMargins(0, halfLabel, 0, halfLabel));
        const std::vector<float> block(values, values + rows * columns);
        const Heatmap heatmap
            = drawHeatmap(plot, rect, block, rows, columns, HeatmapStyle(), appearance_);
        rect->axis(QCPAxis::atTop)->setLabel(title);
        rect->axis(QCPAxis::atTop)->setVisible(true);
        rect->axis(QCPAxis::atTop)->setTicks(false);
        rect->axis(QCPAxis::atTop)->setTickLabels(false);
        if (row == samples - 1)
            rect->axis(QCPAxis::atBottom)->setLabel(tr("w"));
        if (column == 0)
            rect->axis(QCPAxis::atLeft)->setLabel(tr("h"));
        return heatmap;
    };
    for (int n = 0; n < samples; ++n) {
        for (int c = 0; c < channels; ++c) {
            const int block = n * channels + c;
            probabilityMaps_.push_back(addMap(n, c, p.data() + block * rows * columns,
                rank == 4 ? tr("n %1 · channel %2").arg(n).arg(c) : tr("channel %1").arg(c)));
            probabilityMaps_.back().map->setObjectName(
                QStringLiteral("probabilityMap%1").arg(block));
            probabilityMaps_.back().item->setObjectName(
                QStringLiteral("probabilityItem%1").arg(block));
        }
        extraMaps_.push_back(addMap(
            n, channels, state_.sums().data() + n * rows * columns, tr("Σ over the channels")));
        extraMaps_.back().map->setObjectName(QStringLiteral("sumMap%1").arg(n));
        extraMaps_.back().item->setObjectName(QStringLiteral("sumItem%1").arg(n));
    }
    styleColourScale(plot, channels + 1, 0, 1, tr("probability"));
}

void SoftmaxWorkspace::refreshSoftmax2d()
{
    const Tensor &p = state_.output();
    const int64_t area = p.size(p.rank() - 2) * p.size(p.rank() - 1);
    for (size_t b = 0; b < probabilityMaps_.size(); ++b)
        updateHeatmap(probabilityMaps_[b], p.data() + static_cast<int64_t>(b) * area);
    for (size_t n = 0; n < extraMaps_.size(); ++n)
        updateHeatmap(extraMaps_[n], state_.sums().data() + static_cast<int64_t>(n) * area);
}

void SoftmaxWorkspace::buildGlu()
{
    QCustomPlot *plot = clearedPlot();
    const Tensor &y = state_.output();
    const Layout l = layoutOf(y);
    const QString shape = QString::fromStdString(shapeToString(y.shape()));
    const int halfLabel = QFontMetrics(appearance_.plotFont()).height() / 2 + 2;
    const QString titles[] = {tr("a: first half %1").arg(shape), tr("b: second half %1").arg(shape),
        tr("a ⊗ σ(b): output %1").arg(shape)};
    for (int column = 0; column < 3; ++column) {
        auto *rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(0, column, rect);
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, probabilityMargins_);
        rect->setMinimumMargins(QMargins(0, halfLabel, 0, halfLabel));
        HeatmapStyle style;
        style.diverging = true;
        const Heatmap heatmap = drawHeatmap(plot, rect,
            std::vector<float>(size_t(l.rows * l.columns)), l.rows, l.columns, style, appearance_);
        (column < 2 ? extraMaps_ : probabilityMaps_).push_back(heatmap);
        static const char *const names[] = {"gluA", "gluB", "probability"};
        heatmap.map->setObjectName(QStringLiteral("%1Map%2")
                                       .arg(QLatin1String(names[column]))
                                       .arg(column < 2 ? QString() : QStringLiteral("0")));
        heatmap.item->setObjectName(QStringLiteral("%1Item%2")
                                        .arg(QLatin1String(names[column]))
                                        .arg(column < 2 ? QString() : QStringLiteral("0")));
        rect->axis(QCPAxis::atTop)->setLabel(titles[column]);
        rect->axis(QCPAxis::atTop)->setVisible(true);
        rect->axis(QCPAxis::atTop)->setTicks(false);
        rect->axis(QCPAxis::atTop)->setTickLabels(false);
        rect->axis(QCPAxis::atBottom)
            ->setLabel(l.columnDim >= 0 ? tr("dim %1").arg(l.columnDim) : QString());
        if (column == 0)
            rect->axis(QCPAxis::atLeft)
                ->setLabel(l.rowDim >= 0 ? tr("dim %1").arg(l.rowDim) : QString());
    }
    styleColourScale(plot, 3, -1, 1, tr("value"));
}

void SoftmaxWorkspace::refreshGlu()
{
    const Tensor &x = state_.logits();
    const Tensor &y = state_.output();
    const auto [a, b] = halvesOf(x, static_cast<int>(state_.normalisedDim()));
    const float extent = largestMagnitude({&x, &y});
    Heatmap *maps[] = {&extraMaps_[0], &extraMaps_[1], &probabilityMaps_[0]};
    const float *values[] = {a.data(), b.data(), y.data()};
    for (int i = 0; i < 3; ++i) {
        maps[i]->style.lower = -extent;
        maps[i]->style.upper = extent;
        maps[i]->map->setDataRange(QCPRange(-extent, extent));
        updateHeatmap(*maps[i], values[i]);
    }
    probabilityScale_->setDataRange(QCPRange(-extent, extent));
}

void SoftmaxWorkspace::refreshSums()
{
    const Tensor &p = state_.probabilities();
    const Layout l = layoutOf(p);
    const int dim = static_cast<int>(state_.normalisedDim());
    QStringList sums;
    for (float s : state_.sums().values())
        sums << formatValue(s, 6);
    const QString joined = sums.join(QStringLiteral(", "));
    switch (state_.function()) {
    case SoftmaxFunction::Glu:
        ui_->sumsLabel->setText(
            tr("glu halves dim %1: logits of shape %2 give an output of shape %3.")
                .arg(state_.dim())
                .arg(QString::fromStdString(shapeToString(state_.logits().shape())),
                    QString::fromStdString(shapeToString(p.shape()))));
        return;
    case SoftmaxFunction::Softmax2d:
        ui_->sumsLabel->setText(tr("Sums over the %1 channels (dim -3) at each position: %2")
                                    .arg(p.size(dim))
                                    .arg(joined));
        return;
    case SoftmaxFunction::LogSoftmax:
        ui_->sumsLabel->setText(
            tr("Sums of exp(y) along dim %1: %2").arg(state_.dim()).arg(joined));
        return;
    case SoftmaxFunction::Softmax:
    case SoftmaxFunction::Softmin:
        break;
    }
    ui_->sumsLabel->setText(
        (dim == 0 && p.rank() == 3 ? tr("dim 0 runs across the slices: each cell position adds up "
                                        "to 1 over the %1 slices.")
                                         .arg(l.blocks)
                    + QLatin1Char(' ')
                                   : QString())
        + tr("Sums along dim %1: %2").arg(state_.dim()).arg(sums.join(QStringLiteral(", "))));
}

void SoftmaxWorkspace::refreshJacobian()
{
    QCustomPlot *plot = ui_->jacobianPlot;
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    const Tensor j = state_.jacobian();
    const int m = static_cast<int>(j.size(0)), n = static_cast<int>(j.size(1));
    const float extent = largestMagnitude({&j});
    const SoftmaxFunction function = state_.function();
    switch (function) {
    case SoftmaxFunction::Softmax:
    case SoftmaxFunction::Softmax2d:
        ui_->jacobianExplanationLabel->setText(tr(
            "∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row "
            "sums to 0."));
        break;
    case SoftmaxFunction::LogSoftmax:
        ui_->jacobianExplanationLabel->setText(
            tr("∂yᵢ/∂zⱼ = (δᵢⱼ − pⱼ) / T with p = softmax(z): every row is the same but for its "
               "diagonal, and sums to 0."));
        break;
    case SoftmaxFunction::Softmin:
        ui_->jacobianExplanationLabel->setText(
            tr("softmin(z) = softmax(−z), so ∂pᵢ/∂zⱼ = −pᵢ(δᵢⱼ − pⱼ) / T: the softmax Jacobian "
               "of −z, negated: negative on the diagonal."));
        break;
    case SoftmaxFunction::Glu:
        ui_->jacobianExplanationLabel->setText(
            tr("∂yᵢ/∂xⱼ of one slice: %1 outputs by %2 inputs. yᵢ depends on aᵢ (σ(bᵢ)) and on "
               "bᵢ (aᵢ σ(bᵢ)(1 − σ(bᵢ))) only.")
                .arg(m)
                .arg(n));
        break;
    }
    auto *rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, rect);
    HeatmapStyle style;
    style.diverging = true;
    style.lower = -extent;
    style.upper = extent;
    const Heatmap jacobian = drawHeatmap(plot, rect, j.values(), m, n, style, appearance_);
    jacobian.map->setObjectName(QStringLiteral("jacobianMap"));
    jacobian.item->setObjectName(QStringLiteral("jacobianItem"));
    rect->axis(QCPAxis::atBottom)
        ->setLabel(function == SoftmaxFunction::Glu ? tr("j (input xⱼ)") : tr("j (logit zⱼ)"));
    rect->axis(QCPAxis::atLeft)
        ->setLabel(function == SoftmaxFunction::Glu       ? tr("i (output yᵢ)")
                : function == SoftmaxFunction::LogSoftmax ? tr("i (log-probability yᵢ)")
                                                          : tr("i (probability pᵢ)"));
    auto *scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setGradient(divergingGradient());
    scale->setDataRange(QCPRange(-extent, extent));
    appearance_.stylePlot(plot);
    appearance_.styleAxis(scale->axis());
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void SoftmaxWorkspace::refreshStability()
{
    auto row = [](const QString &title, const std::vector<float> &values) {
        QStringList cells;
        for (float v : values)
            cells << formatValue(v);
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(title, cells.join(QStringLiteral(", ")));
    };
    const std::vector<float> large {1000.0f, 1001.0f, 1002.0f};
    const std::vector<float> slice = state_.sliceLogits(state_.jacobianSlice());
    QString html = tr(
        "<p>Softmax does not change when the same number is added to every logit. The app (like "
        "PyTorch) subtracts the largest logit before exp, so no exponent is above 0. Written "
        "naively, exp(1000) overflows float32 (largest ≈ 3.4·10³⁸) to inf, and inf / inf is "
        "nan.</p>");
    html += QStringLiteral("<table cellspacing=6>");
    html += row(tr("Logits"), large)
        + row(tr("Naive exp(x) / Σ exp(x)"), SoftmaxState::naiveSoftmax(large))
        + row(tr("Max subtracted (PyTorch)"), SoftmaxState::stableSoftmax(large));
    html += QStringLiteral("<tr><td colspan=2><hr></td></tr>");
    html += row(tr("Slice %1 of your tensor (÷ T)").arg(state_.jacobianSlice()), slice)
        + row(tr("Naive exp(x) / Σ exp(x)"), SoftmaxState::naiveSoftmax(slice))
        + row(tr("Max subtracted (PyTorch)"), SoftmaxState::stableSoftmax(slice));
    html += QStringLiteral("</table>");
    ui_->stabilityLabel->setText(html);
}

void SoftmaxWorkspace::refreshCrossEntropy()
{
    const bool available = state_.crossEntropyAvailable();
    ui_->targetsTable->setVisible(available);
    ui_->crossEntropyCode->setVisible(available);
    ui_->copyCrossEntropyButton->setVisible(available);
    ui_->targetsLabel->setText(available
            ? tr("Target class of each sample (row):")
            : tr("Cross-entropy needs a 2-D tensor of shape (batch_size, num_classes)."));
    if (!available) {
        ui_->crossEntropyLabel->setText(QString());
        return;
    }
    const Tensor &logits = state_.logits();
    const int rows = static_cast<int>(logits.size(0));
    const int classes = static_cast<int>(logits.size(1));
    ui_->targetsTable->setRowCount(rows);
    ui_->targetsTable->setColumnCount(2);
    ui_->targetsTable->setHorizontalHeaderLabels({tr("Target"), tr("Loss of this sample")});
    QStringList sampleLabels; // rows numbered from 0, as logits[0] is the first sample
    for (int r = 0; r < rows; ++r)
        sampleLabels << QString::number(r);
    ui_->targetsTable->setVerticalHeaderLabels(sampleLabels);
    ui_->targetsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const CrossEntropy ce = state_.crossEntropy();
    for (int r = 0; r < rows; ++r) {
        auto *spin = qobject_cast<QSpinBox *>(ui_->targetsTable->cellWidget(r, 0));
        if (!spin) {
            spin = new QSpinBox(ui_->targetsTable);
            spin->setObjectName(QStringLiteral("targetSpin%1").arg(r));
            ui_->targetsTable->setCellWidget(r, 0, spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, r](int target) {
                QString error;
                report(state_.setTarget(r, target, &error), error);
            });
        }
        const QSignalBlocker block(spin);
        spin->setAccessibleName(tr("Target of sample %1").arg(r));
        setSpinRange(spin, 0, classes - 1);
        spin->setValue(static_cast<int>(state_.targets()[static_cast<size_t>(r)]));
        auto *loss = new QTableWidgetItem(formatValue(ce.lossPerSample[static_cast<size_t>(r)]));
        loss->setFlags(Qt::ItemIsEnabled);
        ui_->targetsTable->setItem(r, 1, loss);
    }
    ui_->crossEntropyLabel->setText(tr(
        "<p>nn.CrossEntropyLoss()(logits, target) = <b>%1</b><br>"
        "nn.NLLLoss()(F.log_softmax(logits, dim=1), target) = <b>%2</b> — the same: the loss "
        "applies LogSoftmax itself.<br>"
        "nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target) = <b>%3</b> — a different, wrong "
        "number: softmax applied twice. Leave nn.Softmax out of a model trained with "
        "CrossEntropyLoss.</p>")
                                        .arg(formatValue(ce.meanLoss),
                                            formatValue(ce.nllOfLogSoftmax),
                                            formatValue(ce.lossAfterSoftmax)));
    QStringList targets;
    for (int64_t t : state_.targets())
        targets << QString::number(t);
    const QString scaled = state_.temperature() == 1.0
        ? QStringLiteral("torch.tensor(%1)").arg(pythonTensor(logits))
        : QStringLiteral("torch.tensor(%1) / %2")
              .arg(pythonTensor(logits))
              .arg(state_.temperature());
    ui_->crossEntropyCode->setPlainText(
        QStringLiteral("logits = %1\ntarget = torch.tensor([%2])\n"
                       "loss = nn.CrossEntropyLoss()(logits, target)\n"
                       "same = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)\n"
                       "wrong = nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target)  # %3\n")
            .arg(scaled, targets.join(QStringLiteral(", ")), tr("softmax applied twice")));
}

void SoftmaxWorkspace::retranslate()
{
    probabilityLayout_.clear(); // axis labels in the new language
    ui_->retranslateUi(this);
    ui_->softmaxTabs->tabBar()->setAccessibleName(tr("Views of the result"));
    ui_->rankCombo->setItemText(0, tr("1-D: one vector of logits"));
    ui_->rankCombo->setItemText(1, tr("2-D: (batch_size, num_classes)"));
    ui_->rankCombo->setItemText(2, tr("3-D: a stack of batches"));
    ui_->rankCombo->setItemText(3, tr("4-D: (N, C, H, W), for softmax2d"));
    refresh();
}

QString SoftmaxWorkspace::explanation() const
{
    switch (state_.function()) {
    case SoftmaxFunction::Softmax:
        return QString();
    case SoftmaxFunction::LogSoftmax:
        return tr("log_softmax gives log-probabilities, all ≤ 0. They do not add up to 1; their "
                  "exp does, since exp(log_softmax(z)) = softmax(z), so the sums below are of "
                  "exp(y). It is (z − max) − log Σ exp(z − max), finite where log(softmax(z)) "
                  "would give −inf.");
    case SoftmaxFunction::Softmin:
        return tr("softmin(z) = softmax(−z): the smallest logit gets the largest probability. "
                  "Along dim the outputs add up to 1, as softmax's do.");
    case SoftmaxFunction::Softmax2d:
        return tr("nn.Softmax2d normalises over the channels C (dim −3) at every position "
                  "(h, w): one heatmap per channel, and each position's %1 values add up to 1 "
                  "(the Σ heatmap). It has no dim: dim is fixed to the channels.")
            .arg(state_.logits().size(state_.logits().rank() - 3));
    case SoftmaxFunction::Glu: {
        const int64_t size = state_.logits().size(static_cast<int>(state_.normalisedDim()));
        return tr("glu(x, dim) splits x along dim into two halves a and b and gives a ⊗ σ(b): "
                  "dim %1's size halves, from %2 to %3. An odd size cannot be halved.")
            .arg(state_.dim())
            .arg(size)
            .arg(size / 2);
    }
    }
    return QString();
}

QCustomPlot *SoftmaxWorkspace::exportPlot() const
{
    return ui_->softmaxPlot;
}

QString SoftmaxWorkspace::exportTitle() const
{
    const QString shape = QString::fromStdString(shapeToString(state_.logits().shape()));
    switch (state_.function()) {
    case SoftmaxFunction::Softmax:
        break;
    case SoftmaxFunction::LogSoftmax:
    case SoftmaxFunction::Softmin:
        return tr("%1(logits / %2, dim=%3), logits of shape %4")
            .arg(QLatin1String(SoftmaxState::functionName(state_.function())))
            .arg(QString::number(state_.temperature(), 'g', 4))
            .arg(state_.dim())
            .arg(shape);
    case SoftmaxFunction::Softmax2d:
        return tr("nn.Softmax2d()(logits / %1), logits of shape %2")
            .arg(QString::number(state_.temperature(), 'g', 4), shape);
    case SoftmaxFunction::Glu:
        return tr("glu(logits, dim=%1), logits of shape %2").arg(state_.dim()).arg(shape);
    }
    return tr("softmax(logits / %1, dim=%2), logits of shape %3")
        .arg(QString::number(state_.temperature(), 'g', 4))
        .arg(state_.dim())
        .arg(QString::fromStdString(shapeToString(state_.logits().shape())));
}

QString SoftmaxWorkspace::exportBaseName() const
{
    return QStringLiteral("%1-dim%2")
        .arg(QLatin1String(SoftmaxState::functionName(state_.function())))
        .arg(state_.dim());
}

QString SoftmaxWorkspace::exportCsv() const
{
    // Flat index, logit and probability for every element, with its full index; for glu, each
    // output element with its a and b.
    const bool glu = state_.function() == SoftmaxFunction::Glu;
    const Tensor &logits = glu ? state_.output() : state_.logits();
    QStringList header;
    for (int d = 0; d < logits.rank(); ++d)
        header << QStringLiteral("i%1").arg(d);
    const auto [a, b] = glu ? halvesOf(state_.logits(), static_cast<int>(state_.normalisedDim()))
                            : std::pair<std::vector<float>, std::vector<float>>();
    if (glu)
        header << QStringLiteral("a") << QStringLiteral("b") << QStringLiteral("glu");
    else
        header << QStringLiteral("logit")
               << (state_.function() == SoftmaxFunction::Softmax
                          ? QStringLiteral("probability")
                          : QLatin1String(SoftmaxState::functionName(state_.function())));
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int64_t flat = 0; flat < logits.numel(); ++flat) {
        QStringList row;
        int64_t rest = flat;
        std::vector<int64_t> index(static_cast<size_t>(logits.rank()));
        for (int d = logits.rank() - 1; d >= 0; --d) {
            index[static_cast<size_t>(d)] = rest % logits.size(d);
            rest /= logits.size(d);
        }
        for (int64_t i : index)
            row << QString::number(i);
        if (glu)
            row << QString::fromStdString(io::formatFloat(a[size_t(flat)]))
                << QString::fromStdString(io::formatFloat(b[size_t(flat)]));
        else
            row << QString::fromStdString(io::formatFloat(logits.data()[flat]));
        row << QString::fromStdString(io::formatFloat(state_.output().data()[flat]));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

namespace {

// Reads a state into `state` through its own checks; refusals go to the reader.
void readState(StateReader &reader, SoftmaxState &state)
{
    QString error;
    std::optional<SoftmaxFunction> function;
    if (const std::optional<QString> name = reader.text(QStringLiteral("function"))) {
        function = SoftmaxState::functionNamed(*name);
        if (!function)
            reader.refuse(QStringLiteral("function"),
                SoftmaxWorkspace::tr("Use softmax, log_softmax, softmin, softmax2d or glu."));
    }
    const std::optional<qint64> seed
        = reader.integer(QStringLiteral("seed"), 0, std::numeric_limits<uint32_t>::max());
    if (seed)
        state.randomise(state.logits().shape(), static_cast<uint64_t>(*seed), &error);
    // The function, the logits and dim are checked together: softmax2d takes 3- or 4-D logits,
    // glu an even size along dim.
    const std::optional<qint64> dim = reader.integer(QStringLiteral("dim"), -4, 3);
    std::optional<Tensor> given;
    const QVariant logits = reader.value(QStringLiteral("logits"));
    if (logits.isValid()) {
        // A nested array (a lesson) or its JSON text (the settings). The largest logits taken
        // here (4 x 6 x 6) fit in a few kilobytes: a longer text is damage, and is not parsed.
        constexpr qsizetype kMaxLogitsText = 16 * 1024;
        const QByteArray text = logits.typeId() == QMetaType::QVariantList
            ? QJsonDocument(QJsonArray::fromVariantList(logits.toList()))
                  .toJson(QJsonDocument::Compact)
            : logits.toString().toUtf8();
        const std::optional<Tensor> tensor = text.size() <= kMaxLogitsText
            ? io::parseTensor(text, &error)
            : (error = SoftmaxWorkspace::tr("The logits are too long."), std::nullopt);
        if (!tensor || !SoftmaxState::shapeAllowed(tensor->shape(), &error))
            reader.refuse(QStringLiteral("logits"), error);
        else
            given = tensor;
    }
    bool dimTaken = false;
    if (function || given) {
        if (state.setFunctionAndLogits(
                function.value_or(state.function()), given.value_or(state.logits()), &error, dim))
            dimTaken = true;
        else
            reader.refuse(function ? QStringLiteral("function") : QStringLiteral("logits"), error);
    }
    if (dim && !dimTaken && !state.setDim(*dim, &error))
        reader.refuse(QStringLiteral("dim"), error);
    if (const std::optional<double> t = reader.number(QStringLiteral("temperature")))
        if (!state.setTemperature(*t, &error))
            reader.refuse(QStringLiteral("temperature"), error);
    if (const std::optional<QStringList> targets = reader.list(QStringLiteral("targets"))) {
        bool ok = targets->size() == static_cast<qsizetype>(state.targets().size());
        for (int row = 0; ok && row < targets->size(); ++row) {
            const qlonglong target = (*targets)[row].toLongLong(&ok);
            ok = ok && state.setTarget(row, target, &error);
        }
        if (!ok)
            reader.refuse(QStringLiteral("targets"),
                SoftmaxWorkspace::tr(
                    "Give one class index per row of the logits, from 0 to the last class."));
    }
    if (const std::optional<qint64> slice
        = reader.integer(QStringLiteral("jacobianSlice"), 0, std::numeric_limits<int>::max()))
        if (!state.setJacobianSlice(static_cast<int>(*slice), &error))
            reader.refuse(QStringLiteral("jacobianSlice"), error);
}

QVariantMap stateOf(const SoftmaxState &state)
{
    QVariantMap map;
    const QByteArray logits = io::tensorToJson(state.logits());
    const QJsonDocument document = QJsonDocument::fromJson(logits);
    // A nested array to read; as JSON text where a logit is not finite (JSON has no NaN).
    map.insert(QStringLiteral("logits"),
        document.isArray() ? QVariant(document.array().toVariantList())
                           : QVariant(QString::fromLatin1(logits)));
    map.insert(QStringLiteral("function"),
        QString::fromLatin1(SoftmaxState::functionName(state.function())));
    map.insert(QStringLiteral("seed"), static_cast<qulonglong>(state.seed()));
    map.insert(QStringLiteral("dim"), static_cast<qlonglong>(state.dim()));
    map.insert(QStringLiteral("temperature"), state.temperature());
    QVariantList targets;
    for (int64_t t : state.targets())
        targets << static_cast<qlonglong>(t);
    map.insert(QStringLiteral("targets"), targets);
    map.insert(QStringLiteral("jacobianSlice"), state.jacobianSlice());
    return map;
}

} // namespace

// The tabs by the names a state gives them.
static const char *const kViews[] = {"probabilities", "jacobian", "stability", "crossEntropy"};

QVariantMap SoftmaxWorkspace::viewState() const
{
    QVariantMap map = stateOf(state_);
    map.insert(QStringLiteral("view"),
        QString::fromLatin1(kViews[std::max(0, ui_->softmaxTabs->currentIndex())]));
    return map;
}

QStringList SoftmaxWorkspace::setViewState(const QVariantMap &state, StateMode mode)
{
    SoftmaxState trial; // the defaults, then what the state gives
    StateReader reader(state);
    readState(reader, trial);
    int view = 0;
    if (const std::optional<QString> name = reader.text(QStringLiteral("view"))) {
        while (view < int(std::size(kViews)) && *name != QLatin1String(kViews[view]))
            ++view;
        if (view == int(std::size(kViews))) {
            reader.refuse(QStringLiteral("view"),
                tr("Use probabilities, jacobian, stability or crossEntropy."));
            view = 0;
        }
    }
    const QStringList problems = reader.problems();
    if (mode == StateMode::Check || (mode == StateMode::Apply && !problems.isEmpty()))
        return problems;
    {
        const QSignalBlocker quiet(&state_);
        StateReader whole(stateOf(trial));
        readState(whole, state_);
    }
    ui_->softmaxTabs->setCurrentIndex(view);
    emit state_.changed(); // once for the whole state
    return problems;
}

} // namespace al
