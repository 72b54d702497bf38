#include "app/mlp/network_diagram.h"

#include "app/appearance.h"
#include "app/mlp/mlp_state.h"
#include "app/widgets/heatmap.h"
#include "core/activation.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStaticText>
#include <cmath>
#include <qcustomplot.h>

namespace al {

NetworkDiagram::NetworkDiagram(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // the picture fills the widget
}

void NetworkDiagram::setState(const MlpState *state)
{
    state_ = state;
    refresh();
}

double NetworkDiagram::scale() const
{
    // Neurons grow with the text (presentation mode), never below their everyday size.
    return std::max(1.0, fontMetrics().height() / 17.0);
}

std::vector<int> NetworkDiagram::shownNeurons(int count) const
{
    std::vector<int> shown;
    if (count <= kShownHead + kShownTail + 1) {
        for (int i = 0; i < count; ++i)
            shown.push_back(i);
        return shown;
    }
    for (int i = 0; i < kShownHead; ++i)
        shown.push_back(i);
    shown.push_back(-1);
    for (int i = count - kShownTail; i < count; ++i)
        shown.push_back(i);
    return shown;
}

QPointF NetworkDiagram::slotCentre(int stage, int slot, int slotCount) const
{
    const int stages = state_->network().stageCount();
    const double columnWidth = width() / double(stages);
    const double top = fontMetrics().height() * 2.2,
                 bottom = height() - fontMetrics().height() * 1.6 - legendHeight_;
    const double step = std::min(26.0 * scale(), (bottom - top) / std::max(1, slotCount));
    const double start = (top + bottom) / 2 - step * (slotCount - 1) / 2;
    return {columnWidth * (stage + 0.5), start + step * slot};
}

QRectF NetworkDiagram::neuronRect(int stage, int neuron) const
{
    if (!state_)
        return {};
    const std::vector<int> shown
        = shownNeurons(static_cast<int>(state_->network().stageShape(stage)[1]));
    const auto it = std::find(shown.begin(), shown.end(), neuron);
    if (it == shown.end())
        return {};
    const QPointF c
        = slotCentre(stage, static_cast<int>(it - shown.begin()), static_cast<int>(shown.size()));
    const int slotCount = static_cast<int>(shown.size());
    const double radius = std::min(9.0 * scale(),
        (slotCentre(stage, 1, slotCount).y() - slotCentre(stage, 0, slotCount).y()) * 0.42);
    return {c.x() - radius, c.y() - radius, 2 * radius, 2 * radius};
}

void NetworkDiagram::drawCentred(QPainter &painter, const QRectF &rect, const QString &text)
{
    // Shaping text is the dear part of a repaint: each label is laid out once and kept.
    const QString key = text + (painter.font().bold() ? QStringLiteral("\x01") : QString())
        + QString::number(painter.font().pointSizeF());
    auto it = labels_.find(key);
    if (it == labels_.end()) {
        QStaticText label(text);
        label.setTextFormat(Qt::PlainText);
        label.prepare(QTransform(), painter.font());
        it = labels_.insert(key, label);
    }
    const QSizeF size = it->size();
    painter.drawStaticText(rect.center() - QPointF(size.width() / 2, size.height() / 2), *it);
}

const QPixmap &NetworkDiagram::neuronSprite(const QColor &fill, const QPen &pen, double radius)
{
    // An antialiased circle is the dearest thing in the picture. Neuron colours come from the
    // gradient's table of a few hundred colours, so each circle is drawn once and copied after.
    const qreal ratio = devicePixelRatioF();
    const SpriteKey key {fill.isValid() ? fill.rgba() : 0u, pen.color().rgba(),
        qRound(pen.widthF() * 64), qRound(radius * 64), qRound(ratio * 64), int(pen.style())};
    auto it = sprites_.find(key);
    if (it == sprites_.end()) {
        if (sprites_.size() > 4000)
            sprites_.clear();
        const double half = radius + pen.widthF() / 2 + 1;
        const int side = static_cast<int>(std::ceil(2 * half));
        QPixmap sprite(QSize(side, side) * ratio);
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(pen);
        painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
        it = sprites_.insert(key, sprite);
    }
    return *it;
}

void NetworkDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        labels_.clear();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        cache_ = QPixmap();
        sprites_.clear();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void NetworkDiagram::resizeEvent(QResizeEvent *event)
{
    layOutLegend();
    QWidget::resizeEvent(event);
}

void NetworkDiagram::focusInEvent(QFocusEvent *event)
{
    update(); // the focus frame
    QWidget::focusInEvent(event);
}

void NetworkDiagram::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void NetworkDiagram::refresh()
{
    layOutLegend();
    cache_ = QPixmap();
    update();
}

QFont NetworkDiagram::legendFont() const
{
    QFont smaller = font(); // second to the picture
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    return smaller;
}

QColor NetworkDiagram::notComputedColour() const
{
    const QColor a = palette().color(QPalette::WindowText), b = palette().color(QPalette::Window);
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

void NetworkDiagram::layOutLegend()
{
    // Entries flow left to right and wrap to the width; the picture above gives up their height.
    legend_.clear();
    legendHeight_ = 0;
    if (!state_ || state_->network().stageCount() == 0)
        return;
    const Mlp &network = state_->network();
    const int current = network.currentStage();
    const QFontMetricsF metrics(legendFont());
    const double em = metrics.height(), margin = em * 0.5, spacing = em * 1.2, gap = em * 0.4;
    const double extent = state_->stageExtent(current);
    // The softmax stage has no gradient: with gradients shown, its values keep their own scale.
    const bool gradients = state_->gradientsShown() && state_->shownTensor(current);
    LegendEntry scale {LegendEntry::Key::ColourScale,
        (gradients ? tr("∂L/∂(%2) of sample %1 (each column on its own scale)")
                   : tr("value of sample %1 in %2 (each column on its own scale)"))
            .arg(state_->sample())
            .arg(state_->stageLabel(current)),
        {}, QLocale().toString(-extent, 'g', 3), QLocale().toString(extent, 'g', 3)};
    legend_.push_back(scale);
    legend_.push_back({LegendEntry::Key::NotComputed,
        gradients ? tr("no gradient: the loss reads the logits, not the probabilities")
                  : tr("not computed yet"),
        {}, {}, {}});
    legend_.push_back(
        {LegendEntry::Key::Selected, tr("ring: the neuron the notes explain (F7)"), {}, {}, {}});

    const double available = std::max(em, width() - 2 * margin);
    double x = margin, y = 0, rowHeight = 0;
    for (LegendEntry &entry : legend_) {
        double key = em;
        if (entry.key == LegendEntry::Key::ColourScale)
            key = metrics.horizontalAdvance(entry.lower) + metrics.horizontalAdvance(entry.upper)
                + 4 * em + 2 * gap;
        double w = key + gap + metrics.horizontalAdvance(entry.text);
        double h = em * 1.3;
        if (w > available) { // a text wider than the diagram wraps onto more lines, never elided
            w = available;
            h = std::max(h,
                metrics.boundingRect(
                           QRectF(0, 0, available - key - gap, 1e4), Qt::TextWordWrap, entry.text)
                        .height()
                    + em * 0.3);
        }
        if (x > margin && x + w > margin + available) {
            x = margin;
            y += rowHeight;
            rowHeight = 0;
        }
        entry.rect = QRectF(x, y, w, h);
        rowHeight = std::max(rowHeight, h);
        x += w + spacing;
    }
    legendHeight_ = y + rowHeight + em * 0.3;
    const double top = height() - legendHeight_;
    for (LegendEntry &entry : legend_)
        entry.rect.translate(0, top);
}

void NetworkDiagram::drawLegend(QPainter &painter)
{
    const QFontMetricsF metrics(legendFont());
    const double em = metrics.height(), gap = em * 0.4;
    const QColor text = palette().color(QPalette::WindowText);
    painter.setFont(legendFont());
    for (const LegendEntry &entry : legend_) {
        const QRectF r = entry.rect;
        double x = r.left();
        const double middle = r.center().y();
        painter.setPen(text);
        if (entry.key == LegendEntry::Key::ColourScale) {
            const double lowerWidth = metrics.horizontalAdvance(entry.lower);
            painter.drawText(QRectF(x, r.top(), lowerWidth + 1, r.height()),
                Qt::AlignLeft | Qt::AlignVCenter, entry.lower);
            x += lowerWidth + gap;
            const QRectF strip(x, middle - em * 0.4, 4 * em, em * 0.8);
            QCPColorGradient gradient
                = state_->gradientsShown() ? gradientColours() : divergingGradient();
            QLinearGradient fill(strip.topLeft(), strip.topRight());
            for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
                fill.setColorAt(t, QColor(gradient.color(t, QCPRange(0, 1))));
            painter.fillRect(strip, fill);
            painter.setPen(QPen(text, 1));
            painter.drawRect(strip);
            painter.setPen(QColor(0x20, 0x20, 0x20)); // on the white middle, in either theme
            painter.drawText(strip, Qt::AlignCenter, QStringLiteral("0"));
            painter.setPen(text);
            x = strip.right() + gap;
            const double upperWidth = metrics.horizontalAdvance(entry.upper);
            painter.drawText(QRectF(x, r.top(), upperWidth + 1, r.height()),
                Qt::AlignLeft | Qt::AlignVCenter, entry.upper);
            x += upperWidth;
        } else {
            const bool selected = entry.key == LegendEntry::Key::Selected;
            const QPen pen = selected ? QPen(Appearance::seriesColour(1), 3)
                                      : QPen(notComputedColour(), 1.5, Qt::DashLine);
            const QPixmap &sprite = neuronSprite(QColor(), pen, em * 0.4);
            const QSizeF size = sprite.deviceIndependentSize();
            painter.drawPixmap(
                QPointF(x + em / 2, middle) - QPointF(size.width() / 2, size.height() / 2), sprite);
            x += em;
        }
        x += gap;
        painter.drawText(QRectF(x, r.top(), r.right() - x + 1, r.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, entry.text);
    }
}

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    if (!state_)
        return;
    // The picture is drawn once per change of the state and kept: a repaint for any other reason
    // (a dialog, the window uncovered, a neighbour redrawn) copies it.
    const qreal ratio = devicePixelRatioF();
    if (cache_.isNull() || cache_.size() != size() * ratio) {
        cache_ = QPixmap(size() * ratio);
        cache_.setDevicePixelRatio(ratio);
        cache_.fill(palette().color(QPalette::Window));
        QPainter painter(&cache_);
        draw(painter);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, cache_);
    if (hasFocus()) { // the stepping keys act here
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void NetworkDiagram::draw(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const Mlp &network = state_->network();
    const int stages = network.stageCount();
    const double columnWidth = width() / double(stages);
    const QColor text = palette().color(QPalette::WindowText);
    QCPColorGradient gradient = state_->gradientsShown() ? gradientColours() : divergingGradient();

    // The current stage's column, and the edges with their shapes.
    const int current = network.currentStage();
    // Opaque (the highlight mixed with the background by hand): a translucent fill this tall
    // would go through Qt's threaded span blending.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 205 + b * 50) / 255; };
    painter.fillRect(
        QRectF(columnWidth * current + 3, 2, columnWidth - 6, height() - 4 - legendHeight_)
            .toRect(),
        QColor(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
            mix(window.blue(), accent.blue())));
    // Names and shapes shrink (down to about half) rather than run into their neighbours in narrow
    // columns (presentation mode); the shapes drop their arrows first.
    QStringList names, shapes;
    for (int stage = 0; stage < stages; ++stage) {
        names << state_->stageLabel(stage);
        const Shape shape = network.stageShape(stage);
        shapes << QStringLiteral("[%1, %2]").arg(shape[0]).arg(shape[1]);
    }
    const auto fits
        = [columnWidth](const QFont &f, const QStringList &texts, const QString &suffix) {
              const QFontMetricsF metrics(f);
              for (const QString &t : texts)
                  if (metrics.horizontalAdvance(t + suffix) > columnWidth * 0.94)
                      return false;
              return true;
          };
    const auto shrink = [&](QFont f, const QStringList &texts, const QString &suffix) {
        for (int i = 0; i < 4 && !fits(f, texts, suffix); ++i)
            f.setPointSizeF(f.pointSizeF() * 0.85);
        return f;
    };
    QFont nameFont = font();
    nameFont.setBold(true); // the widest, the current stage's
    nameFont = shrink(nameFont, names, QString());
    QString arrow = QStringLiteral(" →");
    QFont shapeFont = shrink(font(), shapes, arrow);
    if (!fits(shapeFont, shapes, arrow)) {
        arrow.clear();
        shapeFont = shrink(font(), shapes, arrow);
    }
    for (int stage = 0; stage < stages; ++stage) {
        painter.setPen(stage == current ? palette().color(QPalette::Highlight) : text);
        nameFont.setBold(stage == current);
        painter.setFont(nameFont);
        drawCentred(painter,
            QRectF(columnWidth * stage, 2, columnWidth, fontMetrics().height() * 1.4),
            names[stage]);
        painter.setFont(shapeFont);
        if (stage + 1 < stages) {
            painter.setPen(text);
            drawCentred(painter,
                QRectF(columnWidth * (stage + 0.5),
                    height() - legendHeight_ - fontMetrics().height() * 1.5, columnWidth,
                    fontMetrics().height() * 1.4),
                shapes[stage] + arrow);
        }
    }
    if (network.stageCount() > 0) {
        const Shape last = network.stageShape(stages - 1);
        drawCentred(painter,
            QRectF(columnWidth * (stages - 1),
                height() - legendHeight_ - fontMetrics().height() * 1.5, columnWidth,
                fontMetrics().height() * 1.4),
            QStringLiteral("[%1, %2]").arg(last[0]).arg(last[1]));
    }

    // Neurons: coloured by value where the stage has been computed (a computed 0 is white), hollow
    // with a grey dashed outline where it has not.
    const QPen notComputed(notComputedColour(), 1.5, Qt::DashLine);
    for (int stage = 0; stage < stages; ++stage) {
        const int count = static_cast<int>(network.stageShape(stage)[1]);
        const std::vector<int> shown = shownNeurons(count);
        const Tensor *values = state_->shownTensor(stage); // outputs, or their gradients
        const bool computed = values != nullptr;
        const float extent = state_->stageExtent(stage);
        for (size_t slot = 0; slot < shown.size(); ++slot) {
            const QPointF c
                = slotCentre(stage, static_cast<int>(slot), static_cast<int>(shown.size()));
            if (shown[slot] < 0) {
                painter.setPen(text);
                drawCentred(painter, QRectF(c.x() - columnWidth / 2, c.y() - 10, columnWidth, 20),
                    QStringLiteral("⋮ +%1").arg(count - kShownHead - kShownTail));
                continue;
            }
            const QRectF r = neuronRect(stage, shown[slot]);
            const bool selected
                = stage == state_->selectedStage() && shown[slot] == state_->selectedNeuron();
            const QPen pen = selected ? QPen(Appearance::seriesColour(1), 3)
                : computed            ? QPen(text, 1)
                                      : notComputed;
            QColor fill; // none: hollow
            if (computed) {
                const float v = values->at({state_->sample(), shown[slot]});
                fill = QColor(gradient.color(v, QCPRange(-extent, extent)));
            }
            const QPixmap &sprite = neuronSprite(fill, pen, r.width() / 2);
            const QSizeF size = sprite.deviceIndependentSize();
            painter.drawPixmap(r.center() - QPointF(size.width() / 2, size.height() / 2), sprite);
        }
    }
    drawLegend(painter);
}

void NetworkDiagram::mousePressEvent(QMouseEvent *event)
{
    if (!state_)
        return;
    for (int stage = 0; stage < state_->network().stageCount(); ++stage)
        for (int neuron : shownNeurons(static_cast<int>(state_->network().stageShape(stage)[1])))
            if (neuron >= 0
                && neuronRect(stage, neuron).adjusted(-3, -3, 3, 3).contains(event->position())) {
                emit neuronClicked(stage, neuron);
                return;
            }
    QWidget::mousePressEvent(event);
}

} // namespace al
