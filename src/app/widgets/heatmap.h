#pragma once

// A heatmap of a matrix in one axis rect of a QCustomPlot: a QCPColorMap with the value written in
// every cell, row 0 at the top, and outlines around groups of cells (the slices softmax normalises
// together) with a label at the end of each. Shared by the Softmax & dim and Forward-pass
// workspaces.

#include "app/widgets/glyph_cache.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <qcustomplot.h>
#include <vector>

namespace al {

class Appearance;

enum class Outline { None, Rows, Columns };

struct HeatmapStyle {
    double lower = 0, upper = 1; // the colour range
    bool diverging = false; // blue-white-red around 0 instead of viridis
    bool gradients = false; // diverging purple-white-green: gradients, not values
    bool showValues = true;
    int decimals = 3;
};

QCPColorGradient viridis();
QCPColorGradient divergingGradient();
QCPColorGradient gradientColours(); // for gradients: purple-white-green, unlike the values

// A heatmap drawn by one plot item: the cells in the colours of a (hidden) QCPColorMap that
// holds the values, the value in every cell, the slice outlines and their end labels. A drag
// changes its values and strings; no item is made or destroyed.
//
// Why not let the colour map draw itself: it scales a one-pixel-per-cell image up to the plot,
// a transformed blit of the whole area, where a few dozen solid rectangles are plain fills.
// Numbers are drawn from glyphs looked up once per font, without shaping: shaping the text of
// 64 cells (twice each, to measure and to draw) was the largest part of a heatmap's redraw.
class HeatmapItem : public QCPAbstractItem {
    Q_OBJECT

public:
    HeatmapItem(QCustomPlot *plot, QCPColorMap *map);

    void setFont(const QFont &font);
    void setValues(std::vector<QString> texts, std::vector<QColor> colours); // row-major
    void setOutline(Outline outline, std::vector<QString> endLabels, const QPen &pen,
        const QColor &labelColour);

    const std::vector<QString> &values() const { return values_; }
    const QFont &font() const { return font_; }
    QSizeF cellSize() const; // on screen, in pixels
    // The values are drawn in the item's font, or smaller (down to 60 %) where the cells are too
    // small for it, and not at all below that: numbers wider than their cells run together into
    // one unreadable line.
    bool valuesShown() const { return valueScale() > 0; }
    QFont valueFont() const; // the font the values are drawn in now
    Outline outline() const { return outline_; }
    int outlineCount() const;
    const std::vector<QString> &endLabels() const { return endLabels_; }

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    // Draws text with `anchor` at its centre (Qt::AlignCenter), at its left end and vertically
    // centred (Qt::AlignLeft), or at the middle of its top (Qt::AlignTop).
    double valueScale() const; // of the item's font, for the values to fit their cells; 0: hidden
    double labelScale() const; // for the end labels to fit the room beyond the last cell
    QFont scaledFont(double scale) const;
    qreal widest(const std::vector<QString> &texts); // in the item's font
    void drawText(QCPPainter *painter, GlyphCache &glyphs, QPointF anchor, Qt::Alignment alignment,
        const QString &text, const QColor &colour);
    void measureValues(); // the widest value and the line height, once per change

    int rows() const { return map_->data()->valueSize(); }
    int columns() const { return map_->data()->keySize(); }

    QCPColorMap *map_;
    QFont font_;
    std::vector<QString> values_;
    std::vector<QColor> colours_;
    qreal valueWidth_ = 0, labelWidth_ = 0, lineHeight_ = 0;
    Outline outline_ = Outline::None;
    std::vector<QString> endLabels_;
    QPen outlinePen_;
    QColor labelColour_;

    GlyphCache glyphs_;
    // The item's font scaled to fit, remade only when the size changes.
    struct ScaledGlyphs {
        GlyphCache &at(const QFont &font);
        GlyphCache glyphs;
        qreal pointSize = 0;
    };
    ScaledGlyphs valueGlyphs_, labelGlyphs_;
};

struct Heatmap {
    QCPColorMap *map = nullptr;
    HeatmapItem *item = nullptr; // draws it
    int rows = 0, columns = 0;
    HeatmapStyle style;
};

// Draws rows x columns values (row-major) into rect.
Heatmap drawHeatmap(QCustomPlot *plot, QCPAxisRect *rect, const std::vector<float> &values,
    int rows, int columns, const HeatmapStyle &style, const Appearance &appearance);
// New values for the same cells.
void updateHeatmap(Heatmap &heatmap, const float *values);
// Outlines every row or every column with `endLabels` (such as the sums) written at their ends,
// and makes room for the labels on the axes.
void outlineSlices(Heatmap &heatmap, Outline outline, const std::vector<QString> &endLabels,
    const Appearance &appearance);

} // namespace al
