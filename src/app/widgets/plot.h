#pragma once

// The app's QCustomPlot: its bottom paint buffer is opaque, filled with the plot's background.
//
// QCustomPlot clears its layer buffers to transparent, fills the widget with the background on
// every paint and blends the buffers over it; Qt paints the parent's background under the plot
// too. An opaque bottom buffer is copied instead of blended, and nothing under it is painted.
// Exports (toPixmap, savePdf, ...) do not use the buffers and are unchanged.

#include <qcustomplot.h>

namespace al {

class Plot : public QCustomPlot {
    Q_OBJECT

public:
    explicit Plot(QWidget *parent = nullptr);

    // What setBackground(QBrush) set (QCustomPlot::background() is the background pixmap).
    QBrush backgroundBrush() const { return mBackgroundBrush; }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace al
