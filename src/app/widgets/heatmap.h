#pragma once

// A heatmap of a matrix in one axis rect of a QCustomPlot: a QCPColorMap with the value written in
// every cell, row 0 at the top, and outlines around groups of cells (the slices softmax normalises
// together). Shared by the Softmax & dim and Forward-pass workspaces.

#include <QString>
#include <vector>

class QCPAxisRect;
class QCPColorGradient;
class QCPColorMap;
class QCPItemText;
class QCustomPlot;

namespace al {

class Appearance;

enum class Outline { None, Rows, Columns };

struct HeatmapStyle {
    double lower = 0, upper = 1; // the colour range
    bool diverging = false; // blue-white-red around 0 instead of viridis
    bool showValues = true;
    int decimals = 3;
};

QCPColorGradient viridis();
QCPColorGradient divergingGradient();

struct Heatmap {
    QCPColorMap *map = nullptr;
    std::vector<QCPItemText *> values; // one per cell, row-major, if the style shows values
    int rows = 0, columns = 0;
    HeatmapStyle style;
};

// Draws rows x columns values (row-major) into rect.
Heatmap drawHeatmap(QCustomPlot *plot, QCPAxisRect *rect, const std::vector<float> &values,
    int rows, int columns, const HeatmapStyle &style, const Appearance &appearance);
// New values for the same cells: no item is made or destroyed, so a drag stays cheap.
void updateHeatmap(Heatmap &heatmap, const float *values);
// Outlines every row or every column and writes a label (such as the sum) at its end; returns
// the labels.
std::vector<QCPItemText *> outlineSlices(QCustomPlot *plot, QCPAxisRect *rect, int rows,
    int columns, Outline outline, const std::vector<QString> &endLabels,
    const Appearance &appearance);

} // namespace al
