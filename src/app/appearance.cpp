#include "app/appearance.h"

#include "app/lean_style.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>
#include <array>
#include <cmath>
#include <qcustomplot.h>

namespace al {

namespace {

// Controls and notes grow less than the plots in presentation mode: the class reads the picture,
// and a 1366 x 768 projector must still leave it most of the screen.
constexpr double kPresentationTextScale = 1.25;
constexpr double kPresentationPlotScale = 1.9;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The application's font before any Appearance scaled it: a second Appearance (a test's) must not
// take a presentation-sized font for the everyday one.
QFont everydayFont()
{
    static const char *const key = "al_everydayFont";
    if (!qApp->property(key).isValid())
        qApp->setProperty(key, QApplication::font());
    return qApp->property(key).value<QFont>();
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , systemPalette_(QApplication::palette())
    , systemStyle_(baseStyleName(QApplication::style()))
    , baseFont_(everydayFont())
{
    if (!qobject_cast<LeanStyle *>(QApplication::style()))
        QApplication::setStyle(new LeanStyle(systemStyle_));
    QApplication::setFont(baseFont_); // the everyday mode this object starts in
}

bool Appearance::dark() const
{
    if (theme_ == Theme::System)
        return systemPalette_.color(QPalette::Window).lightness() < 128;
    return theme_ == Theme::Dark;
}

void Appearance::setTheme(Theme theme)
{
    theme_ = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(new LeanStyle(systemStyle_));
        QApplication::setPalette(systemPalette_);
    } else {
        QApplication::setStyle(new LeanStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(
            theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    emit changed();
}

void Appearance::setPresentation(bool on)
{
    setMode(on, zoom_);
}

void Appearance::setZoom(double zoom)
{
    setMode(presentation_, zoom);
}

void Appearance::setMode(bool presentation, double zoom)
{
    zoom = std::isfinite(zoom) ? std::clamp(zoom, kMinZoom, kMaxZoom) : 1.0;
    if (presentation == presentation_ && zoom == zoom_)
        return; // an application-wide font change lays out every widget again
    presentation_ = presentation;
    zoom_ = zoom;
    QFont font = baseFont_;
    font.setPointSizeF(baseFont_.pointSizeF() * textScale());
    QApplication::setFont(font);
    emit changed();
}

double Appearance::textScale() const
{
    return (presentation_ ? kPresentationTextScale : 1.0) * zoom_;
}

QFont Appearance::plotFont() const
{
    QFont font = baseFont_;
    font.setPointSizeF(
        baseFont_.pointSizeF() * (presentation_ ? kPresentationPlotScale : 1.0) * zoom_);
    return font;
}

QFont Appearance::pictureFont() const
{
    QFont font = QApplication::font(); // the controls' size: the mode's and the zoom's scale
    font.setPointSizeF(font.pointSizeF() * (presentation_ ? 1.25 : 1.0));
    return font;
}

QColor Appearance::textColour() const
{
    return dark() ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20);
}
QColor Appearance::gridColour() const
{
    return dark() ? QColor(0x4a, 0x4c, 0x52) : QColor(0xdd, 0xdd, 0xdd);
}
QColor Appearance::backgroundColour() const
{
    return dark() ? QColor(0x1e, 0x1f, 0x22) : Qt::white;
}
QColor Appearance::shadeColour() const
{
    return QColor(0xd5, 0x5e, 0x00, 45);
}

QColor Appearance::seriesColour(int index)
{
    static const std::array<QColor, 7> colours {
        QColor(0x00, 0x72, 0xb2),
        QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7),
        QColor(0x56, 0xb4, 0xe9),
        QColor(0xd5, 0x5e, 0x00),
        QColor(0xf0, 0xe4, 0x42),
    };
    return colours[static_cast<size_t>(index) % colours.size()];
}

QColor Appearance::curveColour(int index) const
{
    const QColor colour = seriesColour(index);
    return dark() ? colour.lighter(150) : colour;
}

void Appearance::styleAxis(QCPAxis *axis) const
{
    const QColor text = textColour();
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickLabelFont(plotFont());
    axis->setLabelFont(plotFont());
    axis->grid()->setPen(QPen(gridColour(), 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(text.lighter(dark() ? 60 : 250), 1));
}

void Appearance::fitWidthLimit(QWidget *widget) const
{
    static const char *const key = "al_everydayMaximumWidth";
    if (!widget->property(key).isValid())
        widget->setProperty(key, widget->maximumWidth());
    const int everyday = widget->property(key).toInt();
    widget->setMaximumWidth(static_cast<int>(everyday * textScale()));
}

void Appearance::stylePlot(QCustomPlot *plot) const
{
    plot->setBackground(backgroundColour());
    // One paint buffer, not two: nothing here draws on QCustomPlot's buffered overlay layer, and
    // each buffer is cleared on every redraw and blended on every repaint.
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush); // the plot's background shows through: one fill fewer
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
    }
    if (plot->legend) {
        plot->legend->setBrush(backgroundColour());
        plot->legend->setTextColor(textColour());
        plot->legend->setBorderPen(QPen(gridColour()));
        plot->legend->setFont(plotFont());
    }
}

} // namespace al
