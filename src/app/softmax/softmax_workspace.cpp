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
        l.blocks = static_cast<int>(t.size(0));
        l.rows = static_cast<int>(t.size(1));
        l.columns = static_cast<int>(t.size(2));
        l.rowDim = 1;
        l.columnDim = 2;
    }
    return l;
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
    ui_->rankCombo->addItems({QString(), QString(), QString()});

    connect(ui_->rankCombo, &QComboBox::currentIndexChanged, this, &SoftmaxWorkspace::applyShape);
    for (QSpinBox *spin : {ui_->size0Spin, ui_->size1Spin, ui_->size2Spin}) {
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
        const int64_t block = logits.rank() == 3 ? ui_->editSliceSpin->value() : 0;
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
    const int sizes[] = {ui_->size0Spin->value(), ui_->size1Spin->value(), ui_->size2Spin->value()};
    return Shape(sizes, sizes + rank);
}

void SoftmaxWorkspace::applyShape()
{
    QString error;
    report(
        state_.randomise(requestedShape(), static_cast<uint64_t>(ui_->seedSpin->value()), &error),
        error);
}

void SoftmaxWorkspace::report(bool ok, const QString &error)
{
    if (!ok) {
        refuse(error);
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
    const QSignalBlocker blockers[] = {QSignalBlocker(ui_->rankCombo),
        QSignalBlocker(ui_->size0Spin), QSignalBlocker(ui_->size1Spin),
        QSignalBlocker(ui_->size2Spin), QSignalBlocker(ui_->seedSpin), QSignalBlocker(ui_->dimSpin),
        QSignalBlocker(ui_->temperatureSpin), QSignalBlocker(ui_->temperatureSlider),
        QSignalBlocker(ui_->jacobianSliceSpin), QSignalBlocker(ui_->editSliceSpin)};
    ui_->rankCombo->setCurrentIndex(rank - 1);
    static const int limits[3][3] = {{10, 1, 1}, {8, 8, 1}, {4, 6, 6}};
    QSpinBox *sizes[] = {ui_->size0Spin, ui_->size1Spin, ui_->size2Spin};
    for (int d = 0; d < 3; ++d) {
        sizes[d]->setVisible(d < rank);
        setSpinRange(sizes[d], 1, limits[rank - 1][d]);
        if (d < rank)
            sizes[d]->setValue(static_cast<int>(logits.size(d)));
    }
    ui_->seedSpin->setValue(static_cast<int>(state_.seed()));
    ui_->dimSpin->setValue(static_cast<int>(state_.dim()));
    ui_->temperatureSpin->setValue(state_.temperature());
    ui_->temperatureSlider->setValue(
        static_cast<int>(std::lround(std::log10(state_.temperature()) * kTemperatureSteps)));
    setSpinRange(ui_->jacobianSliceSpin, 0, state_.sliceCount() - 1);
    ui_->jacobianSliceSpin->setValue(state_.jacobianSlice());
    ui_->editSliceSpin->setVisible(rank == 3);
    ui_->sliceLabel->setVisible(rank == 3);
    if (rank == 3)
        setSpinRange(ui_->editSliceSpin, 0, static_cast<int>(logits.size(0)) - 1);
    ui_->dimMessageLabel->setText(dimMessage_.toHtmlEscaped());
    ui_->dimMessageLabel->setVisible(!dimMessage_.isEmpty());
    // For a batch, what the dim does to the samples. The panel keeps the warning's height
    // either way, so flipping dim moves nothing on screen (and costs no layout pass).
    const QString warning
        = tr("<b>Careful:</b> dim=0 normalises down the batch. Each column now adds up to 1, "
             "so one sample's probabilities depend on the other samples in the batch. For "
             "a (batch_size, num_classes) output use dim=1.");
    ui_->mixWarningLabel->setVisible(rank == 2);
    ui_->mixWarningLabel->setReserve(warning);
    ui_->mixWarningLabel->setText(state_.mixesSamples()
            ? warning
            : tr("dim=%1 normalises each row: every sample's probabilities add up to 1 on their "
                 "own, whatever the other samples in the batch are. This is what a "
                 "(batch_size, num_classes) output needs.")
                  .arg(state_.dim()));
    const QString scaled = state_.temperature() == 1.0
        ? QStringLiteral("logits")
        : QStringLiteral("logits / %1").arg(state_.temperature());
    const QString code = QStringLiteral(
        "logits = torch.tensor(%1)\np = F.softmax(%2, dim=%3)\n# %4\np.sum(dim=%3)\n")
                             .arg(pythonTensor(logits), scaled)
                             .arg(state_.dim())
                             .arg(tr("every sum is 1"));
    showPlainText(ui_->codeView, code);
}

void SoftmaxWorkspace::refreshTable()
{
    const Tensor &logits = state_.logits();
    const Layout l = layoutOf(logits);
    const int block = logits.rank() == 3 ? ui_->editSliceSpin->value() : 0;
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
    const QString layoutKey = QString::fromStdString(shapeToString(p.shape()));
    if (layoutKey != probabilityLayout_) {
        probabilityLayout_ = layoutKey;
        buildProbabilities();
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
            sums.push_back(QStringLiteral("Σ=%1").arg(formatValue(state_.sums().data()[slice], 3)));
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
    auto *scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, l.blocks, scale);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, probabilityMargins_);
    scale->setDataRange(QCPRange(0, 1));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(0.25);
    scale->axis()->setTicker(ticker);
    scale->setGradient(viridis());
    scale->axis()->setLabel(tr("probability"));
    appearance_.stylePlot(plot);
    appearance_.styleAxis(scale->axis());
}

void SoftmaxWorkspace::refreshSums()
{
    const Tensor &p = state_.probabilities();
    const Layout l = layoutOf(p);
    const int dim = static_cast<int>(state_.normalisedDim());
    QStringList sums;
    for (float s : state_.sums().values())
        sums << formatValue(s, 6);
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
    const int n = static_cast<int>(j.size(0));
    float extent = 1e-6f;
    for (float v : j.values())
        if (std::isfinite(v))
            extent = std::max(extent, std::abs(v));
    auto *rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, rect);
    HeatmapStyle style;
    style.diverging = true;
    style.lower = -extent;
    style.upper = extent;
    const Heatmap jacobian = drawHeatmap(plot, rect, j.values(), n, n, style, appearance_);
    jacobian.map->setObjectName(QStringLiteral("jacobianMap"));
    jacobian.item->setObjectName(QStringLiteral("jacobianItem"));
    rect->axis(QCPAxis::atBottom)->setLabel(tr("j (logit zⱼ)"));
    rect->axis(QCPAxis::atLeft)->setLabel(tr("i (probability pᵢ)"));
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
    refresh();
}

QCustomPlot *SoftmaxWorkspace::exportPlot() const
{
    return ui_->softmaxPlot;
}

QString SoftmaxWorkspace::exportTitle() const
{
    return tr("softmax(logits / %1, dim=%2), logits of shape %3")
        .arg(QString::number(state_.temperature(), 'g', 4))
        .arg(state_.dim())
        .arg(QString::fromStdString(shapeToString(state_.logits().shape())));
}

QString SoftmaxWorkspace::exportBaseName() const
{
    return QStringLiteral("softmax-dim%1").arg(state_.dim());
}

QString SoftmaxWorkspace::exportCsv() const
{
    // Flat index, logit and probability for every element, with its full index.
    const Tensor &logits = state_.logits();
    QStringList header;
    for (int d = 0; d < logits.rank(); ++d)
        header << QStringLiteral("i%1").arg(d);
    header << QStringLiteral("logit") << QStringLiteral("probability");
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
        row << QString::fromStdString(io::formatFloat(logits.data()[flat]))
            << QString::fromStdString(io::formatFloat(state_.probabilities().data()[flat]));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

namespace {

// Reads a state into `state` through its own checks; refusals go to the reader.
void readState(StateReader &reader, SoftmaxState &state)
{
    QString error;
    const std::optional<qint64> seed
        = reader.integer(QStringLiteral("seed"), 0, std::numeric_limits<uint32_t>::max());
    if (seed)
        state.randomise(state.logits().shape(), static_cast<uint64_t>(*seed), &error);
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
        if (!tensor || !state.setLogits(*tensor, &error))
            reader.refuse(QStringLiteral("logits"), error);
    }
    if (const std::optional<qint64> dim = reader.integer(QStringLiteral("dim"), -3, 2))
        if (!state.setDim(*dim, &error))
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
