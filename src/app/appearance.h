#pragma once

// How everything looks right now: light or dark theme, and presentation mode for a projector
// (larger text, thicker lines). Plots restyle themselves from it when it changes.

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>

class QCustomPlot;
class QWidget;
class QCPAxis;

namespace al {

class Appearance : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    explicit Appearance(QObject *parent = nullptr);

    Theme theme() const { return theme_; }
    bool presentation() const { return presentation_; }
    bool dark() const;

    void setTheme(Theme theme); // applies the palette to the application
    void setPresentation(bool on); // scales the application font
    // The teacher's own enlargement on top of the mode (Ctrl+= / Ctrl+- / Ctrl+0), 0.6 to 3.
    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    void setMode(bool presentation, double zoom); // both at once, one change
    static constexpr double kMinZoom = 0.6, kMaxZoom = 3.0;
    // The factor every text is scaled by: the mode's times the zoom.
    double textScale() const;

    double lineWidth() const { return (presentation_ ? 4.5 : 2.0) * zoom_; }
    QFont plotFont() const;
    // Text that is part of the picture (a diagram's labels, the sums under a heatmap): larger than
    // the controls' in presentation mode, as plot text is.
    QFont pictureFont() const;
    QColor textColour() const;
    QColor gridColour() const;
    QColor backgroundColour() const;
    QColor shadeColour() const; // zero-gradient zones
    // Okabe & Ito's palette: distinguishable with any colour-vision deficiency.
    static QColor seriesColour(int index);
    // A series colour that stands out on this theme's background (lighter on a dark one).
    QColor curveColour(int index) const;

    void stylePlot(QCustomPlot *plot) const;
    // A width limit set for the everyday font (a workspace's column of controls), scaled with the
    // larger text of presentation mode so that its buttons and labels are not cut off.
    void fitWidthLimit(QWidget *widget) const;
    void styleAxis(QCPAxis *axis) const;

signals:
    void changed();

private:
    Theme theme_ = Theme::System;
    bool presentation_ = false;
    double zoom_ = 1.0;
    QPalette systemPalette_;
    QString systemStyle_;
    QFont baseFont_;
};

} // namespace al
