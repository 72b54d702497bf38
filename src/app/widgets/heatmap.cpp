#include "app/widgets/heatmap.h"

#include "app/appearance.h"

#include <QGlyphRun>
#include <cmath>

namespace al {

namespace {

// NaN and ±inf cells: light grey under a dark hatch, written "NaN", "+∞", "−∞".
QColor nonFiniteFill()
{
    return QColor(0xc8, 0xc8, 0xc8);
}

// Ticks only at the cells, labelled with their index (0-based, as PyTorch counts).
QSharedPointer<QCPAxisTickerText> indexTicker(int count)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < count; ++i)
        ticker->addTick(i, QString::number(i));
    return ticker;
}

} // namespace

QCPColorGradient viridis()
{
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    gradient.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    gradient.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8c));
    gradient.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    gradient.setColorStopAt(1.0, QColor(0xfd, 0xe7, 0x25));
    return gradient;
}

QCPColorGradient divergingGradient()
{
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    return gradient;
}

QCPColorGradient gradientColours()
{
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x76, 0x2a, 0x83));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(1.0, QColor(0x1b, 0x78, 0x37));
    return gradient;
}

HeatmapItem::HeatmapItem(QCustomPlot *plot, QCPColorMap *map)
    : QCPAbstractItem(plot)
    , map_(map)
{
    map->setVisible(false); // its data and colours are drawn here
    setClipAxisRect(map->keyAxis()->axisRect());
    setClipToAxisRect(true);
    setSelectable(false);
}

void HeatmapItem::setFont(const QFont &font)
{
    font_ = font;
    glyphs_.setFont(font);
    measureValues();
}

void HeatmapItem::setValues(std::vector<QString> texts, std::vector<QColor> colours)
{
    values_ = std::move(texts);
    colours_ = std::move(colours);
    measureValues();
}

qreal HeatmapItem::widest(const std::vector<QString> &texts)
{
    const QFontMetricsF metrics(font_);
    qreal width = 0;
    for (const QString &text : texts) {
        QGlyphRun run;
        qreal advance = 0;
        if (!glyphs_.layout(text, &run, &advance))
            advance = metrics.horizontalAdvance(text);
        width = std::max(width, advance);
    }
    return width;
}

void HeatmapItem::measureValues()
{
    lineHeight_ = QFontMetricsF(font_).height();
    valueWidth_ = widest(values_);
    labelWidth_ = widest(endLabels_);
}

QSizeF HeatmapItem::cellSize() const
{
    const QCPAxis *x = map_->keyAxis(), *y = map_->valueAxis();
    return {std::abs(x->coordToPixel(1) - x->coordToPixel(0)),
        std::abs(y->coordToPixel(1) - y->coordToPixel(0))};
}

double HeatmapItem::valueScale() const
{
    if (values_.empty() || valueWidth_ <= 0)
        return 0;
    const QSizeF cell = cellSize();
    // Outlines run 3 % inside the cells' edges: the numbers keep clear of their lines.
    const double outlines
        = outline_ == Outline::None ? 0.0 : 0.06 * cell.width() + 2 * outlinePen_.widthF();
    const double scale
        = std::min({1.0, (cell.width() - outlines) / (valueWidth_ + lineHeight_ * 0.25),
            cell.height() / lineHeight_});
    return scale >= 0.6 ? scale : 0;
}

double HeatmapItem::labelScale() const
{
    // Rows: from 0.1 to 1.3 cells beyond the last column; columns: 0.8 cells below the last row.
    if (endLabels_.empty() || labelWidth_ <= 0)
        return 1;
    const QSizeF cell = cellSize();
    const bool rows = outline_ == Outline::Rows;
    const double width = rows ? cell.width() * 1.2 : cell.width(),
                 height = rows ? cell.height() : cell.height() * 0.8;
    return std::clamp(std::min(width / labelWidth_, height / lineHeight_), 0.4, 1.0);
}

QFont HeatmapItem::scaledFont(double scale) const
{
    // In half points, so that a resize does not make a new glyph cache for every pixel.
    QFont font = font_;
    font.setPointSizeF(std::floor(font_.pointSizeF() * scale * 2) / 2);
    return font;
}

QFont HeatmapItem::valueFont() const
{
    return scaledFont(valueScale());
}

GlyphCache &HeatmapItem::ScaledGlyphs::at(const QFont &font)
{
    if (font.pointSizeF() != pointSize) {
        glyphs.setFont(font);
        pointSize = font.pointSizeF();
    }
    return glyphs;
}

void HeatmapItem::setOutline(
    Outline outline, std::vector<QString> endLabels, const QPen &pen, const QColor &labelColour)
{
    outline_ = outline;
    endLabels_ = std::move(endLabels);
    measureValues();
    outlinePen_ = pen;
    labelColour_ = labelColour;
}

int HeatmapItem::outlineCount() const
{
    return outline_ == Outline::Rows ? rows() : outline_ == Outline::Columns ? columns() : 0;
}

void HeatmapItem::draw(QCPPainter *painter)
{
    QCPAxis *x = map_->keyAxis();
    QCPAxis *y = map_->valueAxis();
    const auto at = [&](double column, double row) {
        return QPointF(x->coordToPixel(column), y->coordToPixel(row));
    };
    const int rows = this->rows(), columns = this->columns();
    // Cells and outlines are solid, pixel-aligned fills without antialiasing: Qt's plain
    // rectangle fill, not a rasterised path.
    const bool antialiased = painter->antialiasing();
    painter->setAntialiasing(false);
    QCPColorGradient gradient = map_->gradient(); // color() fills its table on first use
    const QCPRange range = map_->dataRange();
    const auto edge = [](double pixel) { return static_cast<int>(std::lround(pixel)); };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QPointF a = at(c - 0.5, r - 0.5), b = at(c + 0.5, r + 0.5);
            const QRect cell(QPoint(edge(std::min(a.x(), b.x())), edge(std::min(a.y(), b.y()))),
                QPoint(edge(std::max(a.x(), b.x())) - 1, edge(std::max(a.y(), b.y())) - 1));
            const double value = map_->data()->cell(c, r);
            if (std::isfinite(value)) {
                painter->fillRect(cell, QColor(gradient.color(value, range)));
            } else {
                // Off the colour scale: grey, hatched, so that no colour of the scale is claimed.
                painter->fillRect(cell, nonFiniteFill());
                painter->fillRect(cell, QBrush(QColor(0x60, 0x60, 0x60), Qt::BDiagPattern));
            }
        }
    if (valuesShown()) {
        const QFont font = valueFont();
        GlyphCache &glyphs = valueGlyphs_.at(font);
        painter->setFont(font);
        for (size_t i = 0; i < values_.size(); ++i)
            drawText(painter, glyphs, at(double(i % size_t(columns)), double(i / size_t(columns))),
                Qt::AlignCenter, values_[i], colours_[i]);
    }
    const QFont labelFont = scaledFont(labelScale());
    GlyphCache &labelGlyphs = labelGlyphs_.at(labelFont);
    painter->setFont(labelFont);

    const int width = std::max(1, qRound(outlinePen_.widthF()));
    const QColor colour = outlinePen_.color();
    for (int i = 0; i < outlineCount(); ++i) {
        const bool row = outline_ == Outline::Rows;
        const QRect box = (row ? QRectF(at(-0.47, i - 0.44), at(columns - 0.53, i + 0.44))
                               : QRectF(at(i - 0.44, -0.47), at(i + 0.44, rows - 0.53)))
                              .normalized()
                              .toRect();
        painter->fillRect(QRect(box.left(), box.top(), box.width(), width), colour);
        painter->fillRect(QRect(box.left(), box.bottom() - width + 1, box.width(), width), colour);
        painter->fillRect(QRect(box.left(), box.top(), width, box.height()), colour);
        painter->fillRect(QRect(box.right() - width + 1, box.top(), width, box.height()), colour);
        if (static_cast<size_t>(i) < endLabels_.size())
            drawText(painter, labelGlyphs, row ? at(columns - 0.4, i) : at(i, rows - 0.4),
                row ? Qt::AlignLeft : Qt::AlignTop, endLabels_[size_t(i)], labelColour_);
    }
    painter->setAntialiasing(antialiased);
}

void HeatmapItem::drawText(QCPPainter *painter, GlyphCache &glyphs, QPointF anchor,
    Qt::Alignment alignment, const QString &text, const QColor &colour)
{
    painter->setPen(colour);
    const QPaintEngine *engine = painter->paintEngine();
    QGlyphRun run;
    qreal advance = 0;
    if (engine && engine->type() == QPaintEngine::Raster && glyphs.layout(text, &run, &advance)) {
        const QRawFont &raw = glyphs.rawFont();
        const qreal left = alignment & Qt::AlignLeft ? anchor.x() : anchor.x() - advance / 2;
        const qreal baseline = alignment & Qt::AlignTop
            ? anchor.y() + raw.ascent()
            : anchor.y() + (raw.ascent() - raw.descent()) / 2;
        painter->drawGlyphRun(QPointF(left, baseline), run);
        return;
    }
    // Vector exports and characters outside the font: Qt lays the text out.
    constexpr qreal kFar = 4000;
    QRectF area(anchor.x() - kFar, anchor.y() - kFar, 2 * kFar, 2 * kFar);
    int flags = Qt::AlignCenter;
    if (alignment & Qt::AlignLeft) {
        area.setLeft(anchor.x());
        flags = Qt::AlignLeft | Qt::AlignVCenter;
    } else if (alignment & Qt::AlignTop) {
        area.setTop(anchor.y());
        flags = Qt::AlignHCenter | Qt::AlignTop;
    }
    painter->drawText(area, flags, text);
}

void updateHeatmap(Heatmap &heatmap, const float *values)
{
    const HeatmapStyle &style = heatmap.style;
    std::vector<QString> texts;
    std::vector<QColor> colours;
    for (int r = 0; r < heatmap.rows; ++r)
        for (int c = 0; c < heatmap.columns; ++c) {
            const float v = values[r * heatmap.columns + c];
            heatmap.map->data()->setCell(c, r, v);
            if (!style.showValues)
                continue;
            if (!std::isfinite(v)) {
                texts.push_back(std::isnan(v) ? QStringLiteral("NaN")
                        : v > 0               ? QStringLiteral("+∞")
                                              : QStringLiteral("−∞"));
                colours.push_back(Qt::black);
                continue;
            }
            texts.push_back(QLocale().toString(double(v), 'f', style.decimals));
            const double t = (v - style.lower) / (style.upper - style.lower);
            const bool darkCell = style.diverging ? std::abs(t - 0.5) > 0.3 : t < 0.55;
            colours.push_back(darkCell ? Qt::white : Qt::black);
        }
    heatmap.item->setValues(std::move(texts), std::move(colours));
}

Heatmap drawHeatmap(QCustomPlot *plot, QCPAxisRect *rect, const std::vector<float> &values,
    int rows, int columns, const HeatmapStyle &style, const Appearance &appearance)
{
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    Heatmap heatmap;
    heatmap.rows = rows;
    heatmap.columns = columns;
    heatmap.style = style;
    heatmap.map = new QCPColorMap(x, y);
    heatmap.map->data()->setSize(columns, rows);
    heatmap.map->data()->setRange(QCPRange(0, columns - 1), QCPRange(0, rows - 1));
    heatmap.map->setGradient(style.gradients ? gradientColours()
            : style.diverging                ? divergingGradient()
                                             : viridis());
    heatmap.map->setDataRange(
        QCPRange(style.lower, style.upper > style.lower ? style.upper : style.lower + 1));
    heatmap.map->setInterpolate(false);
    y->setRangeReversed(true);
    x->setRange(-0.5, columns - 0.5);
    y->setRange(-0.5, rows - 0.5);
    x->setSubTicks(false);
    y->setSubTicks(false);
    x->setTicker(indexTicker(columns));
    y->setTicker(indexTicker(rows));
    x->grid()->setVisible(false);
    y->grid()->setVisible(false);
    heatmap.item = new HeatmapItem(plot, heatmap.map);
    QFont font = appearance.plotFont();
    if (columns > 6)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    heatmap.item->setFont(font);
    updateHeatmap(heatmap, values.data());
    return heatmap;
}

void outlineSlices(Heatmap &heatmap, Outline outline, const std::vector<QString> &endLabels,
    const Appearance &appearance)
{
    QCPAxis *x = heatmap.map->keyAxis();
    QCPAxis *y = heatmap.map->valueAxis();
    heatmap.item->setOutline(outline, endLabels,
        QPen(Appearance::seriesColour(1), appearance.presentation() ? 4 : 3),
        appearance.textColour());
    // Room for the labels beyond the last row or column.
    x->setRange(-0.5, heatmap.columns - 0.5 + (outline == Outline::Rows ? 1.4 : 0));
    y->setRange(-0.5, heatmap.rows - 0.5 + (outline == Outline::Columns ? 0.9 : 0));
}

} // namespace al
