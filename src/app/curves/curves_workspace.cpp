#include "app/curves/curves_workspace.h"

#include "app/activation_texts.h"
#include "app/appearance.h"
#include "app/curves/polyline.h"
#include "app/view_state.h"
#include "app/widgets/parameter_editor.h"
#include "app/widgets/plain_text.h"
#include "app/widgets/spin_range.h"
#include "io/json_tensor.h"
#include "io/pytorch_code.h"
#include "ui_curves_workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>
#include <vector>

namespace al {

namespace {

QString number(double value, int precision = 4)
{
    return QLocale().toString(value, 'g', precision);
}

QString tensorText(const Tensor &t)
{
    QStringList parts;
    for (float v : t.values())
        parts << QString::fromStdString(io::formatFloat(v));
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

// A family's header in the activation list, rather than an activation.
constexpr int kGroupRole = Qt::UserRole + 1;
bool isGroupHeader(const QListWidgetItem *item)
{
    return item->data(kGroupRole).isValid();
}

QCPRange paddedRange(double lower, double upper)
{
    if (!(lower <= upper))
        return QCPRange(-1, 1);
    const double span = upper - lower;
    const double pad = span > 1e-9 ? span * 0.08 : std::max(1.0, std::abs(upper) * 0.1);
    return QCPRange(lower - pad, upper + pad);
}

void extend(const QVector<double> &values, double &lower, double &upper)
{
    for (double v : values)
        if (std::isfinite(v)) {
            lower = std::min(lower, v);
            upper = std::max(upper, v);
        }
}

} // namespace

CurvesWorkspace::CurvesWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , ui_(std::make_unique<Ui::CurvesWorkspace>())
    , appearance_(appearance)
{
    ui_->setupUi(this);
    setRegions(ui_->leftPanel, ui_->curvesPlot, {ui_->rightScroll});
    ui_->curvesSplitter->setStretchFactor(0, 3);
    ui_->curvesSplitter->setStretchFactor(1, 1);
    // The picture first: two thirds of the width to start with, whatever the notes' long lines
    // would ask for (they wrap).
    ui_->curvesSplitter->setSizes({2000, 1000});

    // The list, family by family under bold headers that name the family and cannot be picked,
    // ticked or reached with the keyboard: a header holds no functional name (Qt::UserRole) but
    // its group's index (kGroupRole).
    std::vector<const ActivationSpec *> listed;
    for (const ActivationSpec &spec : activationRegistry())
        listed.push_back(&spec);
    std::stable_sort(listed.begin(), listed.end(), [](const auto *a, const auto *b) {
        return groupedOrder(a->functionalName) < groupedOrder(b->functionalName);
    });
    int lastGroup = -2;
    for (const ActivationSpec *spec : listed) {
        if (const int group = activationGroupIndex(spec->functionalName); group != lastGroup) {
            auto *header = new QListWidgetItem(ui_->activationList);
            header->setData(kGroupRole, group);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            lastGroup = group;
        }
        auto *item
            = new QListWidgetItem(QString::fromLatin1(spec->moduleName), ui_->activationList);
        item->setData(Qt::UserRole, QString::fromLatin1(spec->functionalName));
        if (spec->isElementwise()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(
        ui_->activationList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
            if (item && !isGroupHeader(item))
                selectActivation(item->data(Qt::UserRole).toString());
        });
    connect(ui_->activationList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!isGroupHeader(item))
            state_.setCompared(
                item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    // The list grows with the family: typing part of a name (module or functional) keeps the
    // matching rows, and the headers of families that still show one; Enter shows the first.
    connect(ui_->activationFilter, &QLineEdit::textChanged, this, &CurvesWorkspace::applyFilter);
    // Never the first focus (digits must pick activations at start): a click or Ctrl+F.
    ui_->activationFilter->setFocusPolicy(Qt::ClickFocus);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (isVisible())
            ui_->activationFilter->setFocus(Qt::ShortcutFocusReason);
    });
    connect(ui_->activationFilter, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < ui_->activationList->count(); ++row) {
            QListWidgetItem *item = ui_->activationList->item(row);
            if (!item->isHidden() && !isGroupHeader(item)) {
                ui_->activationList->setCurrentItem(item);
                return;
            }
        }
    });
    ui_->activationList->installEventFilter(this);
    ui_->activationList->viewport()->installEventFilter(this); // resized: keep the row in sight
    // The list takes the column's spare height: with the family growing, it is what needs it.
    ui_->leftLayout->setStretchFactor(ui_->activationList, 1);
    // Digits go by the quick-pick order (activation_texts.h), not by place in the list: the
    // seed's five stay 1 to 5 (ReLU, LeakyReLU, Sigmoid, Tanh, Softmax) whatever the grouping
    // puts around them and however the family grows; 6 to 9 are the next ones down the list.
    // A pick the filter hides clears the filter, so that the list shows what the plot shows.
    std::vector<const ActivationSpec *> quickPicks = listed;
    std::stable_sort(quickPicks.begin(), quickPicks.end(), [](const auto *a, const auto *b) {
        return quickPickRank(a->functionalName) < quickPickRank(b->functionalName);
    });
    for (int key = 1; key <= 9 && key <= static_cast<int>(quickPicks.size()); ++key) {
        const QString name
            = QString::fromLatin1(quickPicks[static_cast<size_t>(key - 1)]->functionalName);
        // Window-wide, so that the keys work wherever the focus is; text fields keep their digits.
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + key), this);
        connect(shortcut, &QShortcut::activated, this, [this, name] {
            if (!isVisible())
                return;
            for (int row = 0; row < ui_->activationList->count(); ++row) {
                QListWidgetItem *item = ui_->activationList->item(row);
                if (item->data(Qt::UserRole).toString() != name)
                    continue;
                if (item->isHidden())
                    ui_->activationFilter->clear();
                ui_->activationList->setCurrentItem(item);
                return;
            }
        });
    }

    connect(ui_->xFromSpin, &QDoubleSpinBox::valueChanged, this, [this](double from) {
        QString error;
        report(state_.setRange(from, state_.xTo(), &error), error);
    });
    connect(ui_->xToSpin, &QDoubleSpinBox::valueChanged, this, [this](double to) {
        QString error;
        report(state_.setRange(state_.xFrom(), to, &error), error);
    });
    connect(ui_->resetViewButton, &QPushButton::clicked, this, [this] {
        QString error;
        state_.setRange(CurvesState::kDefaultFrom, CurvesState::kDefaultTo, &error);
    });
    connect(ui_->showFunctionCheck, &QCheckBox::toggled, &state_, &CurvesState::setShowFunction);
    connect(
        ui_->showDerivativeCheck, &QCheckBox::toggled, &state_, &CurvesState::setShowDerivative);
    connect(ui_->lockDerivativeCheck, &QCheckBox::toggled, this,
        &CurvesWorkspace::setDerivativeScaleLocked);
    connect(ui_->flatThresholdSpin, &QDoubleSpinBox::valueChanged, this, [this](double threshold) {
        QString error;
        report(state_.setZeroThreshold(threshold, &error), error);
    });
    connect(ui_->otherLogitsEdit, &QLineEdit::editingFinished, this, [this] {
        std::vector<float> logits;
        bool ok = true;
        for (const QString &part : ui_->otherLogitsEdit->text().split(QLatin1Char(','))) {
            bool partOk = false;
            logits.push_back(QLocale::c().toFloat(part.trimmed(), &partOk));
            ok = ok && partOk;
        }
        QString error = tr("Other logits must be numbers separated by commas, such as 0, 1.");
        report(ok && state_.setOtherLogits(logits, &error), error);
    });
    connect(ui_->sweptIndexSpin, &QSpinBox::valueChanged, this, [this](int position) {
        QString error;
        report(state_.setSweptIndex(position, &error), error);
    });
    connect(ui_->copyCodeButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(ui_->codeView->toPlainText());
        emit statusMessage(tr("PyTorch code copied to the clipboard."));
    });

    setUpPlot();
    connect(&state_, &CurvesState::changed, this, [this] {
        clearFieldError();
        refresh();
    });
    connect(&appearance_, &Appearance::changed, this, &CurvesWorkspace::applyAppearance);
    retranslate();
    applyAppearance();
}

CurvesWorkspace::~CurvesWorkspace() = default;

void CurvesWorkspace::setUpPlot()
{
    QCustomPlot *plot = ui_->curvesPlot;
    functionRect_ = plot->axisRect(0);
    derivativeRect_ = new QCPAxisRect(plot);
    derivativeRect_->setLayer(
        QStringLiteral("background")); // as the first one: beneath shading and curves
    plot->plotLayout()->addElement(1, 0, derivativeRect_);
    auto *margins = new QCPMarginGroup(plot);
    for (QCPAxisRect *rect : {functionRect_, derivativeRect_}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        // Dragging or zooming either panel moves the x range of the state, and so of both.
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            this, [this](const QCPRange &range) {
                if (std::abs(range.lower - state_.xFrom()) < 1e-12
                    && std::abs(range.upper - state_.xTo()) < 1e-12)
                    return;
                QString error;
                report(state_.setRange(range.lower, range.upper, &error), error);
            });
    }
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    plot->legend->setVisible(false);
    functionRect_->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    tracer_ = new QCPItemTracer(plot);
    tracer_->setObjectName(QStringLiteral("readoutTracer"));
    tracer_->setStyle(QCPItemTracer::tsCircle);
    tracer_->setSize(9);
    tracer_->position->setAxes(
        functionRect_->axis(QCPAxis::atBottom), functionRect_->axis(QCPAxis::atLeft));
    tracer_->setClipAxisRect(functionRect_);
    tangent_ = new QCPItemStraightLine(plot);
    tangent_->setObjectName(QStringLiteral("tangentLine"));
    for (QCPItemPosition *p : {tangent_->point1, tangent_->point2})
        p->setAxes(functionRect_->axis(QCPAxis::atBottom), functionRect_->axis(QCPAxis::atLeft));
    tangent_->setClipAxisRect(functionRect_);
    readoutText_ = new QCPItemText(plot);
    readoutText_->setObjectName(QStringLiteral("readoutText"));
    readoutText_->setClipAxisRect(functionRect_);
    readoutText_->position->setType(QCPItemPosition::ptAxisRectRatio);
    readoutText_->position->setAxisRect(functionRect_);
    readoutText_->position->setCoords(0.99, 0.97);
    readoutText_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    readoutText_->setTextAlignment(Qt::AlignLeft);
    readoutText_->setPadding(QMargins(6, 4, 6, 4));
    for (QCPAbstractItem *item :
        std::initializer_list<QCPAbstractItem *> {tracer_, tangent_, readoutText_})
        item->setVisible(false);
    plot->installEventFilter(this);
    plot->setMouseTracking(true);
}

bool CurvesWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows already pass over the headers (they cannot be current), but Home and End would
    // stop at one and go nowhere: they go to the first or last activation shown.
    if (watched == ui_->activationList->viewport() && event->type() == QEvent::Resize)
        keepCurrentActivationInSight();
    if (watched == ui_->activationList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Home || key == Qt::Key_End) {
            const int count = ui_->activationList->count();
            for (int i = 0; i < count; ++i) {
                QListWidgetItem *item
                    = ui_->activationList->item(key == Qt::Key_Home ? i : count - 1 - i);
                if (!item->isHidden() && !isGroupHeader(item)) {
                    ui_->activationList->setCurrentItem(item);
                    break;
                }
            }
            return true;
        }
    }
    if (watched == ui_->curvesPlot) {
        if (event->type() == QEvent::MouseMove) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            QCPAxis *xAxis = functionRect_->axis(QCPAxis::atBottom);
            const double x = xAxis->pixelToCoord(mouse->position().x());
            // The panel under the pointer is the one marked.
            hoverOnDerivative_ = derivativeShown_
                && (!state_.showFunction()
                    || mouse->position().y() >= derivativeRect_->outerRect().top());
            if (xAxis->range().contains(x) && !(mouse->buttons() & Qt::LeftButton))
                hoverX_ = x;
            else
                hoverX_.reset();
            refreshHover();
            refreshTexts();
            ui_->curvesPlot->replot(QCustomPlot::rpQueuedReplot);
        } else if (event->type() == QEvent::Leave) {
            hoverX_.reset();
            refreshHover();
            refreshTexts();
            ui_->curvesPlot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    return Workspace::eventFilter(watched, event);
}

void CurvesWorkspace::applyFilter(const QString &text)
{
    QListWidgetItem *header = nullptr;
    bool headerHasEntries = false;
    for (int row = 0; row <= ui_->activationList->count(); ++row) {
        QListWidgetItem *item
            = row < ui_->activationList->count() ? ui_->activationList->item(row) : nullptr;
        if (!item || isGroupHeader(item)) {
            if (header)
                header->setHidden(!headerHasEntries);
            header = item;
            headerHasEntries = false;
            continue;
        }
        const bool matches = item->text().contains(text, Qt::CaseInsensitive)
            || item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!matches);
        headerHasEntries = headerHasEntries || matches;
    }
}

void CurvesWorkspace::setDerivativeScaleLocked(bool locked)
{
    derivativeScaleLocked_ = locked;
    refreshPlot();
}

bool CurvesWorkspace::selectActivation(const QString &functionalName)
{
    QString error;
    if (!state_.selectActivation(functionalName, &error)) {
        report(false, error);
        return false;
    }
    return true;
}

void CurvesWorkspace::report(bool ok, const QString &error)
{
    if (!ok) {
        refuse(error);
        refreshControls(); // put the refused value back to the state's
    }
}

void CurvesWorkspace::rebuildParameterEditors()
{
    if (editorsFor_ == &state_.spec())
        return;
    editorsFor_ = &state_.spec();
    for (ParameterEditor *editor : editors_)
        delete editor;
    editors_.clear();
    for (const ParameterSpec &spec : state_.spec().parameters) {
        auto *editor = new ParameterEditor(state_.spec().functionalName, spec, ui_->parametersBox);
        ui_->parametersLayout->addWidget(editor);
        connect(editor, &ParameterEditor::edited, this, [this](const QString &name, double value) {
            QString error;
            report(state_.setParameter(name, value, &error), error);
        });
        connect(editor, &ParameterEditor::resetRequested, &state_, &CurvesState::resetParameter);
        editors_.push_back(editor);
    }
    delete resampleButton_;
    resampleButton_ = nullptr;
    if (state_.spec().parameter("seed")) {
        resampleButton_ = new QPushButton(tr("Re-sample"), ui_->parametersBox);
        resampleButton_->setObjectName(QStringLiteral("resampleButton"));
        resampleButton_->setToolTip(tr("Draw new random slopes: the next seed."));
        ui_->parametersLayout->addWidget(resampleButton_);
        connect(resampleButton_, &QPushButton::clicked, this, [this] {
            QString error;
            report(state_.setParameter(
                       QStringLiteral("seed"), state_.activation().value("seed") + 1, &error),
                error);
        });
    }
    ui_->noParametersLabel->setVisible(editors_.empty());
    setTabOrder(ui_->activationList,
        editors_.empty() ? static_cast<QWidget *>(ui_->xFromSpin) : editors_.front());
}

void CurvesWorkspace::refresh()
{
    rebuildParameterEditors();
    refreshControls();
    refreshPlot();
    refreshTexts();
}

void CurvesWorkspace::refreshControls()
{
    const Activation &activation = state_.activation();
    for (ParameterEditor *editor : editors_)
        editor->setValue(activation.value(editor->spec().name));
    if (resampleButton_)
        resampleButton_->setEnabled(activation.isRandom());
    for (int row = 0; row < ui_->activationList->count(); ++row) {
        QListWidgetItem *item = ui_->activationList->item(row);
        const QString name = item->data(Qt::UserRole).toString();
        const QSignalBlocker block(ui_->activationList);
        if (name == QLatin1String(state_.spec().functionalName) && !item->isSelected()) {
            ui_->activationList->setCurrentItem(item);
            keepCurrentActivationInSight();
        }
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(state_.compared().contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    const QSignalBlocker blockers[] = {QSignalBlocker(ui_->xFromSpin), QSignalBlocker(ui_->xToSpin),
        QSignalBlocker(ui_->showFunctionCheck), QSignalBlocker(ui_->showDerivativeCheck),
        QSignalBlocker(ui_->flatThresholdSpin), QSignalBlocker(ui_->sweptIndexSpin)};
    ui_->xFromSpin->setValue(state_.xFrom());
    ui_->xToSpin->setValue(state_.xTo());
    ui_->showFunctionCheck->setChecked(state_.showFunction());
    ui_->showDerivativeCheck->setChecked(state_.showDerivative());
    ui_->flatThresholdSpin->setValue(state_.zeroThreshold());
    const bool vector = !state_.spec().isElementwise();
    ui_->softmaxBox->setVisible(vector);
    QStringList logits;
    for (float v : state_.otherLogits())
        logits << QString::fromStdString(io::formatFloat(v));
    const QString joined = logits.join(QStringLiteral(", "));
    if (ui_->otherLogitsEdit->text() != joined)
        ui_->otherLogitsEdit->setText(joined);
    const bool glu = state_.spec().kind == ActivationKind::Glu; // x is a (0) or the gate b (1)
    setSpinRange(ui_->sweptIndexSpin, 0, glu ? 1 : static_cast<int>(state_.otherLogits().size()));
    ui_->sweptIndexSpin->setValue(state_.sweptIndex());
    ui_->flatThresholdSpin->setEnabled(!vector);
    ui_->inplaceBox->setVisible(state_.spec().parameter("inplace") != nullptr);
}

QString CurvesWorkspace::curveLabel(const Curve &curve) const
{
    const ActivationSpec &spec = *findActivation(curve.functionalName.toStdString());
    if (curve.component >= 0)
        return curve.component == state_.sweptIndex()
            ? tr("p%1 (swept logit x)").arg(curve.component)
            : tr("p%1 (logit fixed at %2)")
                  .arg(curve.component)
                  .arg(number(state_.otherLogits()[static_cast<size_t>(
                      curve.component - (curve.component > state_.sweptIndex() ? 1 : 0))]));
    return moduleCode(state_.activationFor(QString::fromLatin1(spec.functionalName))).mid(3);
}

void CurvesWorkspace::refreshPlot()
{
    QCustomPlot *plot = ui_->curvesPlot;
    plot->clearGraphs();
    const double width = appearance_.lineWidth();
    // The value ranges first: they decide which samples the drawing needs.
    double fLow = INFINITY, fHigh = -INFINITY, dLow = INFINITY, dHigh = -INFINITY;
    for (const std::vector<Curve> *set : {&state_.curves(), &state_.overlays()})
        for (const Curve &curve : *set) {
            if (state_.showFunction())
                extend(curve.y, fLow, fHigh);
            extend(curve.dy, dLow, dHigh);
        }
    // f′ on a scale that compares across activations: 0 and 1 always shown (sigmoid's 0.25 peak
    // looks a quarter of tanh's 1; a slope of 0.9 is not a step), unless the teacher unlocks it.
    if (derivativeScaleLocked_ && state_.spec().isElementwise()) {
        dLow = std::min(dLow, 0.0);
        dHigh = std::max(dHigh, 1.0);
    }
    const QCPRange fRange = paddedRange(fLow, fHigh), dRange = paddedRange(dLow, dHigh);
    const double xSpan = state_.xTo() - state_.xFrom();
    auto setSamples = [&](QCPGraph *graph, const Curve &curve, const QVector<double> &values,
                          const QCPRange &range) {
        QVector<double> keys, kept;
        for (int i : keptSamples(curve.x, values, xSpan, range.size())) {
            keys.append(curve.x[i]);
            kept.append(values[i]);
        }
        graph->setData(keys, kept, true);
    };
    // Each activation keeps its colour (its place in the registry) whatever else is shown; the
    // probabilities of softmax take theirs from their index.
    auto colourOf = [](const Curve &curve) {
        if (curve.component >= 0)
            return curve.component;
        return static_cast<int>(
            findActivation(curve.functionalName.toStdString()) - activationRegistry().data());
    };
    auto addPair = [&](const Curve &curve, const QString &name, bool overlay) {
        QPen pen(appearance_.curveColour(colourOf(curve)), overlay ? width * 0.7 : width);
        if (overlay)
            pen.setStyle(Qt::DashLine);
        QCPGraph *f = plot->addGraph(
            functionRect_->axis(QCPAxis::atBottom), functionRect_->axis(QCPAxis::atLeft));
        f->setObjectName(name);
        f->setPen(pen);
        setSamples(f, curve, curve.y, fRange);
        f->setName(curveLabel(curve));
        f->setVisible(state_.showFunction());
        QCPGraph *d = plot->addGraph(
            derivativeRect_->axis(QCPAxis::atBottom), derivativeRect_->axis(QCPAxis::atLeft));
        d->setObjectName(
            QString(name).replace(QLatin1String("function"), QLatin1String("derivative")));
        d->setPen(pen);
        setSamples(d, curve, curve.dy, dRange);
        d->removeFromLegend();
    };
    const std::vector<Curve> &curves = state_.curves();
    for (size_t i = 0; i < curves.size(); ++i)
        addPair(curves[i],
            i == 0 ? QStringLiteral("functionGraph") : QStringLiteral("functionGraph%1").arg(i),
            false);
    for (const Curve &overlay : state_.overlays())
        addPair(overlay, QStringLiteral("functionOverlay:") + overlay.functionalName, true);
    plot->legend->setVisible(plot->graphCount() > 2);

    // f on top, f' beneath; a hidden panel leaves the layout so the other one fills the space.
    QCPLayoutGrid *layout = plot->plotLayout();
    const bool wantDerivative = state_.showDerivative();
    if (wantDerivative != derivativeShown_) {
        if (wantDerivative) {
            layout->addElement(1, 0, derivativeRect_);
        } else {
            layout->take(derivativeRect_);
            layout->simplify();
        }
        derivativeRect_->setVisible(wantDerivative);
        derivativeShown_ = wantDerivative;
    }
    for (QCPAxisRect *rect : {functionRect_, derivativeRect_})
        rect->axis(QCPAxis::atBottom)->setRange(state_.xFrom(), state_.xTo());
    functionRect_->axis(QCPAxis::atLeft)->setRange(fRange);
    derivativeRect_->axis(QCPAxis::atLeft)->setRange(dRange);
    refreshZones();
    refreshHover();
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesWorkspace::refreshZones()
{
    QCustomPlot *plot = ui_->curvesPlot;
    for (QCPAbstractItem *item : zoneItems_)
        plot->removeItem(item);
    zoneItems_.clear();
    for (const auto &[from, to, kind] : state_.zeroGradientZones()) {
        for (QCPAxisRect *rect : {functionRect_, derivativeRect_}) {
            auto *zone = new QCPItemRect(plot);
            zone->setObjectName(QStringLiteral("zeroGradientZone"));
            zone->setClipAxisRect(rect);
            for (QCPItemPosition *p : {zone->topLeft, zone->bottomRight}) {
                p->setAxisRect(rect);
                p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            zone->topLeft->setCoords(from, 0);
            zone->bottomRight->setCoords(to, 1);
            zone->setPen(Qt::NoPen);
            zone->setBrush(appearance_.shadeColour());
            zone->setLayer(QStringLiteral("grid"));
            zoneItems_.push_back(zone);
        }
        auto *label = new QCPItemText(plot);
        label->setObjectName(QStringLiteral("zeroGradientLabel"));
        label->setClipAxisRect(derivativeShown_ ? derivativeRect_ : functionRect_);
        QCPAxisRect *rect = derivativeShown_ ? derivativeRect_ : functionRect_;
        label->position->setAxisRect(rect);
        label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        // Upright along the zone, so that a narrow saturated tail still holds its whole label.
        label->position->setCoords((from + to) / 2, 0.5);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setRotation(-90);
        const QString threshold = number(state_.zeroThreshold());
        switch (kind) {
        case CurvesState::Zone::Kind::Dead:
            label->setText(tr("dead: f′ = 0"));
            break;
        case CurvesState::Zone::Kind::Saturated:
            label->setText(tr("saturated: |f′| < %1").arg(threshold));
            break;
        case CurvesState::Zone::Kind::Flat:
            label->setText(tr("flat: |f′| < %1").arg(threshold));
            break;
        }
        label->setColor(appearance_.textColour());
        label->setFont(appearance_.plotFont());
        zoneItems_.push_back(label);
    }
}

void CurvesWorkspace::refreshHover()
{
    const bool show
        = hoverX_.has_value() && (hoverOnDerivative_ ? derivativeShown_ : state_.showFunction());
    for (QCPAbstractItem *item :
        std::initializer_list<QCPAbstractItem *> {tracer_, tangent_, readoutText_})
        item->setVisible(show);
    if (!show)
        return;
    QCPAxisRect *rect = hoverOnDerivative_ ? derivativeRect_ : functionRect_;
    for (QCPItemPosition *p : {tracer_->position, tangent_->point1, tangent_->point2})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    for (QCPAbstractItem *item :
        std::initializer_list<QCPAbstractItem *> {tracer_, tangent_, readoutText_})
        item->setClipAxisRect(rect);
    readoutText_->position->setAxisRect(rect);
    const Readout r = state_.readoutAt(*hoverX_);
    // On f: the point and its tangent (slope f′). On f′: the point (x, f′(x)).
    tracer_->position->setCoords(r.x, hoverOnDerivative_ ? r.dy : r.y);
    tangent_->setVisible(!hoverOnDerivative_);
    tangent_->point1->setCoords(r.x, r.y);
    tangent_->point2->setCoords(r.x + 1.0, r.y + r.dy);
    // Probabilities of the swept logit, or (GLU, one output) f(x) as for elementwise ones.
    const bool vector = !state_.spec().isElementwise() && state_.spec().kind != ActivationKind::Glu;
    readoutText_->setText(vector ? tr("x = %1\np%2 = %3\n∂p%2/∂x = %4")
                                       .arg(number(r.x))
                                       .arg(state_.sweptIndex())
                                       .arg(number(r.y, 6))
                                       .arg(number(r.dy, 6))
                                 : tr("x = %1\nf(x) = %2\nf′(x) = %3")
                                       .arg(number(r.x), number(r.y, 6), number(r.dy, 6)));
}

void CurvesWorkspace::refreshTexts()
{
    const ActivationSpec &spec = state_.spec();
    const Activation &activation = state_.activation();
    const QString name = QString::fromLatin1(spec.functionalName);
    ui_->formulaView->setFormula(name);
    ui_->derivativeFormulaView->setFormula(name + QStringLiteral("_grad"));

    // The formula again, with the current parameters and the numbers at the cursor (or x = 1).
    const Readout r = state_.readoutAt(hoverX_.value_or(1.0));
    const QString x = number(r.x), y = number(r.y, 6), dy = number(r.dy, 6);
    QString filled;
    switch (spec.kind) {
    case ActivationKind::Relu:
        filled = tr("ReLU(%1) = max(0, %1) = %2;  ReLU′(%1) = %3").arg(x, y, dy);
        break;
    case ActivationKind::LeakyRelu: {
        const QString slope = number(activation.value("negative_slope"));
        filled = tr("With negative_slope = %1: f(x) = x for x ≥ 0, %1 · x otherwise.<br>"
                    "f(%2) = %3;  f′(%2) = %4")
                     .arg(slope, x, y, dy);
        break;
    }
    case ActivationKind::Sigmoid:
        filled
            = tr("σ(%1) = 1 / (1 + e<sup>−(%1)</sup>) = %2;  σ′(%1) = σ(1 − σ) = %3").arg(x, y, dy);
        break;
    case ActivationKind::Tanh:
        filled = tr("tanh(%1) = %2;  tanh′(%1) = 1 − tanh² = %3").arg(x, y, dy);
        break;
    case ActivationKind::Relu6:
        filled = tr("ReLU6(%1) = min(max(0, %1), 6) = %2;  ReLU6′(%1) = %3").arg(x, y, dy);
        break;
    case ActivationKind::Hardsigmoid:
        filled = tr("Hardsigmoid(%1) = min(max(%1 + 3, 0), 6) / 6 = %2;  Hardsigmoid′(%1) = %3")
                     .arg(x, y, dy);
        break;
    case ActivationKind::Hardtanh:
        filled = tr("Hardtanh(%1) = min(max(%1, %2), %3) = %4;  Hardtanh′(%1) = %5")
                     .arg(x, number(activation.value("min_val")),
                         number(activation.value("max_val")), y, dy);
        break;
    case ActivationKind::Threshold:
        filled = tr("Threshold(%1) = %1 if %1 > %2, else %3: %4;  Threshold′(%1) = %5")
                     .arg(x, number(activation.value("threshold")),
                         number(activation.value("value")), y, dy);
        break;
    case ActivationKind::Hardshrink:
        filled = tr("Hardshrink(%1) = 0 if |%1| ≤ %2, else %1: %3;  Hardshrink′(%1) = %4")
                     .arg(x, number(activation.value("lambd")), y, dy);
        break;
    case ActivationKind::Softshrink:
        filled = tr("Softshrink(%1) = %1 moved %2 towards 0, or 0 if |%1| ≤ %2: %3;  "
                    "Softshrink′(%1) = %4")
                     .arg(x, number(activation.value("lambd")), y, dy);
        break;
    case ActivationKind::Hardswish:
        filled = tr("Hardswish(%1) = %1 · min(max(%1 + 3, 0), 6) / 6 = %2;  Hardswish′(%1) = %3")
                     .arg(x, y, dy);
        break;
    case ActivationKind::Elu:
        filled = tr("ELU(%1) = %1 if %1 > 0, else %2 · (e<sup>%1</sup> − 1): %3;  ELU′(%1) = %4")
                     .arg(x, number(activation.value("alpha")), y, dy);
        break;
    case ActivationKind::Selu:
        filled = tr("SELU(%1) = 1.0507 · (%1 if %1 > 0, else 1.6733 · (e<sup>%1</sup> − 1)) = %2;  "
                    "SELU′(%1) = %3")
                     .arg(x, y, dy);
        break;
    case ActivationKind::Celu:
        filled = tr("CELU(%1) = %1 if %1 > 0, else %2 · (e<sup>%1/%2</sup> − 1): %3;  "
                    "CELU′(%1) = %4")
                     .arg(x, number(activation.value("alpha")), y, dy);
        break;
    case ActivationKind::Gelu:
        filled = activation.value("approximate") == 0.0
            ? tr("GELU(%1) = %1 · Φ(%1) = %2;  GELU′(%1) = %3").arg(x, y, dy)
            : tr("GELU(%1) ≈ 0.5 · %1 · (1 + tanh(√(2/π) · (%1 + 0.044715 · %1³))) = %2;  "
                 "GELU′(%1) = %3")
                  .arg(x, y, dy);
        break;
    case ActivationKind::Silu:
        filled = tr("SiLU(%1) = %1 · σ(%1) = %2;  SiLU′(%1) = %3").arg(x, y, dy);
        break;
    case ActivationKind::Mish:
        filled = tr("Mish(%1) = %1 · tanh(ln(1 + e<sup>%1</sup>)) = %2;  Mish′(%1) = %3")
                     .arg(x, y, dy);
        break;
    case ActivationKind::Softplus:
        filled = tr("Softplus(%1) = ln(1 + e<sup>%2·%1</sup>) / %2 (or %1 once %2·%1 > %3) = %4;  "
                    "Softplus′(%1) = %5")
                     .arg(x, number(activation.value("beta")),
                         number(activation.value("threshold")), y, dy);
        break;
    case ActivationKind::Softsign:
        filled = tr("Softsign(%1) = %1 / (1 + |%1|) = %2;  Softsign′(%1) = %3").arg(x, y, dy);
        break;
    case ActivationKind::LogSigmoid:
        filled
            = tr("LogSigmoid(%1) = ln σ(%1) = %2;  LogSigmoid′(%1) = 1 − σ(%1) = %3").arg(x, y, dy);
        break;
    case ActivationKind::Tanhshrink:
        filled = tr("Tanhshrink(%1) = %1 − tanh(%1) = %2;  Tanhshrink′(%1) = tanh²(%1) = %3")
                     .arg(x, y, dy);
        break;
    case ActivationKind::Rrelu: {
        const QString lower = number(activation.value("lower")),
                      upper = number(activation.value("upper"));
        filled = activation.isRandom()
            ? tr("Training, seed %1: each x ≤ 0 gets its own slope drawn from [%2, %3); a "
                 "single x drawn alone: f(%4) = %5;  f′(%4) = %6")
                  .arg(number(activation.value("seed")), lower, upper, x, y, dy)
            : tr("Evaluation: the mean slope (%1 + %2) / 2 for x ≤ 0.<br>f(%3) = %4;  f′(%3) = %5")
                  .arg(lower, upper, x, y, dy);
        break;
    }
    case ActivationKind::Prelu:
        filled = tr("With weight = %1: f(x) = x for x > 0, %1 · x otherwise.<br>"
                    "f(%2) = %3;  f′(%2) = %4")
                     .arg(number(activation.value("weight")), x, y, dy);
        break;
    case ActivationKind::Glu: {
        const QString other = number(state_.otherLogits().front());
        filled = state_.gluSweptIndex() == 0
            ? tr("dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂a = σ(b) = %5")
                  .arg(activation.dim())
                  .arg(x, other, y, dy)
            : tr("dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂b = a σ(b)(1 − σ(b)) = "
                 "%5")
                  .arg(activation.dim())
                  .arg(other, x, y, dy);
        break;
    }
    case ActivationKind::Softmax2d:
    case ActivationKind::Softmin:
    case ActivationKind::Softmax:
    case ActivationKind::LogSoftmax: {
        QStringList logits;
        for (int i = 0, other = 0; i <= static_cast<int>(state_.otherLogits().size()); ++i)
            logits << (i == state_.sweptIndex()
                    ? x
                    : number(state_.otherLogits()[static_cast<size_t>(other++)]));
        filled
            = tr("dim = %1. Logits (%2): p%3 = %4;  ∂p%3/∂x = %5")
                  .arg(spec.kind == ActivationKind::Softmax2d ? QStringLiteral("-3")
                                                              : QString::number(activation.dim()))
                  .arg(logits.join(QStringLiteral(", ")))
                  .arg(state_.sweptIndex())
                  .arg(y, dy);
        break;
    }
    }
    ui_->filledFormulaLabel->setText(filled);

    const ActivationTexts *texts = textsFor(spec.functionalName);
    QString card = QStringLiteral("<h3>nn.%1</h3>").arg(QLatin1String(spec.moduleName));
    if (texts) {
        auto row = [](const QString &title, const QString &text) {
            return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title, text.toHtmlEscaped());
        };
        card += row(tr("Output range"), QString::fromUtf8(spec.traits.outputRange))
            + row(tr("Strengths"), translatedText(texts->strengths))
            + row(tr("Weaknesses"), translatedText(texts->weaknesses))
            + row(tr("Typical use"), translatedText(texts->typicalUse))
            + row(tr("Show the class"), translatedText(texts->phenomenon));
    }
    if (card != infoCardHtml_) {
        infoCardHtml_ = card;
        ui_->infoCard->setHtml(card);
    }

    // RReLU's random slopes: the same ones for the same seed, drawn afresh by each call.
    const QString seed = activation.isRandom()
        ? QStringLiteral("torch.manual_seed(%1)\n").arg(pythonNumber(activation.value("seed")))
        : QString();
    const QString code
        = QStringLiteral("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"
                         "act = %1\n%4y = act(x)\n%4y = %2  # %3\n")
              .arg(moduleCode(activation), functionalCode(activation),
                  tr("the same, functional form"), seed);
    showPlainText(ui_->codeView, code);

    if (spec.parameter("inplace")) {
        const Tensor input = CurvesState::inplaceDemoInput();
        const Tensor output = state_.inplaceDemoOutput();
        ui_->inplaceDemoLabel->setText(activation.value("inplace") != 0.0
                ? tr(
                    "<p>x = %1<br>y = %2(x)  →  y = %3<br><b>x afterwards = %3</b>: x was "
                    "overwritten, "
                    "y <i>is</i> x. One tensor in memory instead of two.</p>"
                    "<p>The catch: if autograd or a later line still needs the old x, PyTorch "
                    "stops "
                    "with \"one of the variables needed for gradient computation has been modified "
                    "by an inplace operation\".</p>")
                      .arg(tensorText(input), moduleCode(activation), tensorText(output))
                : tr("<p>x = %1<br>y = %2(x)  →  y = %3<br><b>x afterwards = %1</b>: unchanged. "
                     "y is a new tensor, so two tensors are in memory.</p>"
                     "<p>Tick inplace to overwrite x instead and save that memory.</p>")
                      .arg(tensorText(input), moduleCode(activation), tensorText(output)));
    }
}

void CurvesWorkspace::retranslate()
{
    ui_->retranslateUi(this);
    if (resampleButton_) {
        resampleButton_->setText(tr("Re-sample"));
        resampleButton_->setToolTip(tr("Draw new random slopes: the next seed."));
    }
    for (int row = 0; row < ui_->activationList->count(); ++row) {
        QListWidgetItem *item = ui_->activationList->item(row);
        if (!isGroupHeader(item))
            continue;
        // A row missing from the group table (test_registry_complete fails) is listed last.
        const char *title = activationGroupTitle(item->data(kGroupRole).toInt());
        item->setText(title ? translatedText(title) : tr("Other activations"));
    }
    const bool vector = !state_.spec().isElementwise() && state_.spec().kind != ActivationKind::Glu;
    functionRect_->axis(QCPAxis::atLeft)->setLabel(vector ? tr("probability p") : tr("f(x)"));
    derivativeRect_->axis(QCPAxis::atLeft)->setLabel(vector ? tr("∂p/∂x") : tr("f′(x)"));
    functionRect_->axis(QCPAxis::atBottom)->setLabel(vector ? tr("swept logit x") : tr("x"));
    derivativeRect_->axis(QCPAxis::atBottom)->setLabel(vector ? tr("swept logit x") : tr("x"));
    refresh();
}

void CurvesWorkspace::applyAppearance()
{
    fitControls(appearance_);
    appearance_.stylePlot(ui_->curvesPlot);
    // However large the text, the list shows at least eight rows (a family and more) at once;
    // a short screen scrolls the column rather than squeezing the list.
    ui_->activationList->setMinimumHeight(
        8 * ui_->activationList->sizeHintForRow(1) + 2 * ui_->activationList->frameWidth());
    // Headers cannot be picked, so the view would grey them out: they keep the text's colour.
    for (int row = 0; row < ui_->activationList->count(); ++row)
        if (QListWidgetItem *item = ui_->activationList->item(row); isGroupHeader(item))
            item->setForeground(appearance_.textColour());
    // The legend names overlays in small print, so that it stays inside the plot.
    QFont legendFont = appearance_.plotFont();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.75);
    ui_->curvesPlot->legend->setFont(legendFont);
    tracer_->setPen(QPen(appearance_.textColour(), 2));
    tangent_->setPen(QPen(appearance_.textColour(), 1.5, Qt::DashLine));
    readoutText_->setColor(appearance_.textColour());
    readoutText_->setFont(appearance_.plotFont());
    readoutText_->setBrush(appearance_.backgroundColour());
    readoutText_->setPen(QPen(appearance_.gridColour()));
    refreshPlot();
}

// The list scrolls to a new current row by itself only while shown, and not when it is resized:
// a row chosen from the command line, the settings or the Summary, or before F5, stays in sight.
void CurvesWorkspace::keepCurrentActivationInSight()
{
    whenVisible("activationListScroll", [this] {
        QTimer::singleShot(0, this, [this] { // after the layout pass the change asked for
            ui_->activationList->scrollToItem(ui_->activationList->currentItem());
        });
    });
}

QCustomPlot *CurvesWorkspace::exportPlot() const
{
    return ui_->curvesPlot;
}

QString CurvesWorkspace::exportTitle() const
{
    return tr("%1: the function and its gradient").arg(moduleCode(state_.activation()));
}

QList<QPair<QString, QString>> CurvesWorkspace::keyHelp() const
{
    return {{QStringLiteral("1 … 9"),
                tr("pick an activation: 1–5 are ReLU, LeakyReLU, Sigmoid, Tanh and Softmax, 6–9 "
                   "the next ones down the list")},
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
            tr("filter the activations by name (Enter shows the first)")}};
}

QString CurvesWorkspace::exportBaseName() const
{
    return QStringLiteral("curves-%1").arg(QLatin1String(state_.spec().functionalName));
}

QString CurvesWorkspace::exportCsv() const
{
    // One x column, then y and dy for every plotted curve; headers name the curve as PyTorch would.
    const std::vector<Curve> &curves = state_.curves();
    QStringList header {QStringLiteral("x")};
    std::vector<const Curve *> all;
    for (const Curve &c : curves)
        all.push_back(&c);
    for (const Curve &c : state_.overlays())
        all.push_back(&c);
    for (const Curve *c : all) {
        const QString name
            = c->component >= 0 ? QStringLiteral("p%1").arg(c->component) : c->functionalName;
        header << name << QStringLiteral("d_") + name;
    }
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int i = 0; i < curves.front().x.size(); ++i) {
        QStringList row {
            QString::fromStdString(io::formatFloat(static_cast<float>(curves.front().x[i])))};
        for (const Curve *c : all)
            row << QString::fromStdString(io::formatFloat(static_cast<float>(c->y[i])))
                << QString::fromStdString(io::formatFloat(static_cast<float>(c->dy[i])));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

namespace {

QVariant stateValue(const ParameterSpec &p, double value)
{
    switch (p.type) {
    case ParameterType::Choice:
        return QString::fromLatin1(p.choices[static_cast<size_t>(value)]);
    case ParameterType::Boolean:
        return value != 0.0;
    default:
        return value;
    }
}

// The parameter values a state gives for one activation, in the registry's types.
std::vector<std::pair<const ParameterSpec *, double>> parameterValues(
    StateReader &reader, const ActivationSpec &spec)
{
    std::vector<std::pair<const ParameterSpec *, double>> values;
    for (const ParameterSpec &p : spec.parameters) {
        const QString key = QStringLiteral("%1/%2").arg(
            QLatin1String(spec.functionalName), QLatin1String(p.name));
        if (p.type == ParameterType::Choice) {
            if (const std::optional<QString> choice = reader.text(key)) {
                const auto found = std::find_if(p.choices.begin(), p.choices.end(),
                    [&](const char *c) { return *choice == QLatin1String(c); });
                if (found == p.choices.end())
                    reader.refuse(key,
                        QCoreApplication::translate("CurvesWorkspace", "\"%1\" is not one of %2.")
                            .arg(*choice,
                                QStringList(p.choices.begin(), p.choices.end())
                                    .join(QStringLiteral(", "))));
                else
                    values.emplace_back(&p, double(found - p.choices.begin()));
            }
        } else if (p.type == ParameterType::Boolean) {
            if (const std::optional<bool> on = reader.boolean(key))
                values.emplace_back(&p, *on ? 1.0 : 0.0);
        } else if (const std::optional<double> value = reader.number(key)) {
            values.emplace_back(&p, *value);
        }
    }
    return values;
}

// Reads a state into `state` through its own checks; refusals go to the reader.
void readState(StateReader &reader, CurvesState &state)
{
    QString error;
    for (const ActivationSpec &spec : activationRegistry()) {
        auto values = parameterValues(reader, spec);
        if (values.empty())
            continue;
        state.selectActivation(QString::fromLatin1(spec.functionalName), &error);
        // Two passes: a value refused by a rule across parameters (Hardtanh's min_val above the
        // default max_val) may fit once the others are set.
        for (int pass = 0; pass < 2; ++pass)
            for (auto it = values.begin(); it != values.end();) {
                if (state.setParameter(QLatin1String(it->first->name), it->second, &error))
                    it = values.erase(it);
                else if (pass == 1)
                    reader.refuse(QStringLiteral("%1/%2").arg(QLatin1String(spec.functionalName),
                                      QLatin1String(it++->first->name)),
                        error);
                else
                    ++it;
            }
    }
    const std::optional<double> from = reader.number(QStringLiteral("from"));
    const std::optional<double> to = reader.number(QStringLiteral("to"));
    if ((from || to)
        && !state.setRange(from.value_or(state.xFrom()), to.value_or(state.xTo()), &error))
        reader.refuse(from ? QStringLiteral("from") : QStringLiteral("to"), error);
    if (const std::optional<QStringList> compared = reader.list(QStringLiteral("compared")))
        for (const QString &name : *compared) {
            const ActivationSpec *spec = findActivation(name.toStdString());
            if (spec && spec->isElementwise())
                state.setCompared(name, true);
            else
                reader.refuse(QStringLiteral("compared"),
                    QCoreApplication::translate(
                        "CurvesWorkspace", "\"%1\" is not an elementwise activation.")
                        .arg(name.left(40)));
        }
    if (const std::optional<bool> on = reader.boolean(QStringLiteral("showFunction")))
        state.setShowFunction(*on);
    if (const std::optional<bool> on = reader.boolean(QStringLiteral("showDerivative")))
        state.setShowDerivative(*on);
    if (const std::optional<QStringList> logits = reader.list(QStringLiteral("otherLogits"))) {
        std::vector<float> values;
        bool ok = logits->size() < CurvesState::kMaxLogits;
        for (int i = 0; ok && i < logits->size(); ++i)
            values.push_back((*logits)[i].toFloat(&ok));
        if (!ok || !state.setOtherLogits(values, &error))
            reader.refuse(QStringLiteral("otherLogits"),
                ok ? error
                   : QCoreApplication::translate(
                       "CurvesWorkspace", "Give between 1 and %1 other logits, as numbers.")
                         .arg(CurvesState::kMaxLogits - 1));
    }
    if (const std::optional<qint64> index
        = reader.integer(QStringLiteral("sweptIndex"), 0, CurvesState::kMaxLogits))
        if (!state.setSweptIndex(static_cast<int>(*index), &error))
            reader.refuse(QStringLiteral("sweptIndex"), error);
    if (const std::optional<QString> name = reader.text(QStringLiteral("activation")))
        if (!state.selectActivation(*name, &error))
            reader.refuse(QStringLiteral("activation"), error);
}

// The state as keys: the current activation's parameters always, another's where it differs
// from PyTorch's default (every one with `everyParameter`, to copy a state whole).
QVariantMap stateOf(const CurvesState &state, bool everyParameter)
{
    QVariantMap map;
    map.insert(QStringLiteral("activation"), QString::fromLatin1(state.spec().functionalName));
    for (const ActivationSpec &spec : activationRegistry()) {
        const Activation activation = state.activationFor(QString::fromLatin1(spec.functionalName));
        for (const ParameterSpec &p : spec.parameters) {
            const double value = activation.value(p.name);
            if (everyParameter || &spec == &state.spec() || value != p.defaultValue)
                map.insert(QStringLiteral("%1/%2").arg(
                               QLatin1String(spec.functionalName), QLatin1String(p.name)),
                    stateValue(p, value));
        }
    }
    map.insert(QStringLiteral("from"), state.xFrom());
    map.insert(QStringLiteral("to"), state.xTo());
    map.insert(QStringLiteral("compared"), state.compared());
    map.insert(QStringLiteral("showFunction"), state.showFunction());
    map.insert(QStringLiteral("showDerivative"), state.showDerivative());
    QVariantList logits;
    for (float v : state.otherLogits())
        logits << static_cast<double>(v);
    map.insert(QStringLiteral("otherLogits"), logits);
    map.insert(QStringLiteral("sweptIndex"), state.sweptIndex());
    return map;
}

} // namespace

QVariantMap CurvesWorkspace::viewState() const
{
    return stateOf(state_, false);
}

QStringList CurvesWorkspace::setViewState(const QVariantMap &state, StateMode mode)
{
    // Read into a default state first: what is not given is the default, and a refusal leaves
    // the screen as it was.
    CurvesState trial;
    StateReader reader(state);
    readState(reader, trial);
    const QStringList problems = reader.problems();
    if (mode == StateMode::Check || (mode == StateMode::Apply && !problems.isEmpty()))
        return problems;
    {
        const QSignalBlocker quiet(&state_);
        for (const QString &name : state_.compared())
            state_.setCompared(name, false);
        StateReader whole(stateOf(trial, true));
        readState(whole, state_);
    }
    emit state_.changed(); // once for the whole state
    return problems;
}

} // namespace al
