#include "app/widgets/heatmap.h"

#include "app/appearance.h"

#include <cmath>
#include <qcustomplot.h>

namespace al {

namespace {

void setCell(Heatmap &heatmap, int r, int c, float v)
{
    const HeatmapStyle &style = heatmap.style;
    heatmap.map->data()->setCell(c, r, std::isnan(v) ? style.lower : v);
    if (heatmap.values.empty())
        return;
    QCPItemText *text = heatmap.values[static_cast<size_t>(r * heatmap.columns + c)];
    text->setText(QLocale().toString(double(v), 'f', style.decimals));
    const double t = (v - style.lower) / (style.upper - style.lower);
    const bool darkCell = style.diverging ? std::abs(t - 0.5) > 0.3 : t < 0.55;
    text->setColor(darkCell ? Qt::white : Qt::black);
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

void updateHeatmap(Heatmap &heatmap, const float *values)
{
    for (int r = 0; r < heatmap.rows; ++r)
        for (int c = 0; c < heatmap.columns; ++c)
            setCell(heatmap, r, c, values[r * heatmap.columns + c]);
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
    heatmap.map->setGradient(style.diverging ? divergingGradient() : viridis());
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
    if (style.showValues) {
        QFont font = appearance.plotFont();
        if (columns > 6)
            font.setPointSizeF(font.pointSizeF() * 0.85);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c) {
                auto *text = new QCPItemText(plot);
                text->setClipAxisRect(rect);
                text->position->setAxes(x, y);
                text->position->setCoords(c, r);
                text->setFont(font);
                heatmap.values.push_back(text);
            }
    }
    updateHeatmap(heatmap, values.data());
    return heatmap;
}

std::vector<QCPItemText *> outlineSlices(QCustomPlot *plot, QCPAxisRect *rect, int rows,
    int columns, Outline outline, const std::vector<QString> &endLabels,
    const Appearance &appearance)
{
    std::vector<QCPItemText *> labels;
    if (outline == Outline::None)
        return labels;
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    const int count = outline == Outline::Rows ? rows : columns;
    const QPen pen(Appearance::seriesColour(1), appearance.presentation() ? 4 : 2.5);
    for (int i = 0; i < count; ++i) {
        auto *box = new QCPItemRect(plot);
        box->setObjectName(QStringLiteral("sliceOutline"));
        box->setClipAxisRect(rect);
        box->topLeft->setAxes(x, y);
        box->bottomRight->setAxes(x, y);
        if (outline == Outline::Rows) {
            box->topLeft->setCoords(-0.47, i - 0.44);
            box->bottomRight->setCoords(columns - 0.53, i + 0.44);
        } else {
            box->topLeft->setCoords(i - 0.44, -0.47);
            box->bottomRight->setCoords(i + 0.44, rows - 0.53);
        }
        box->setPen(pen);
        box->setBrush(Qt::NoBrush);
        if (static_cast<size_t>(i) < endLabels.size()) {
            auto *label = new QCPItemText(plot);
            label->setObjectName(QStringLiteral("sliceSum"));
            label->setClipAxisRect(rect);
            label->position->setAxes(x, y);
            label->setColor(appearance.textColour());
            label->setFont(appearance.plotFont());
            label->setText(endLabels[static_cast<size_t>(i)]);
            if (outline == Outline::Rows) {
                label->position->setCoords(columns - 0.4, i);
                label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            } else {
                label->position->setCoords(i, rows - 0.4);
                label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
            }
            labels.push_back(label);
        }
    }
    // Room for the labels beyond the last row or column.
    if (outline == Outline::Rows)
        x->setRangeUpper(columns + 0.9);
    else
        y->setRange(-0.5, rows + 0.4);
    return labels;
}

} // namespace al
