#pragma once

// The application's style: the platform's (or Fusion) with group boxes and scroll bars drawn
// with plain opaque fills.
//
// Why: Qt 6.4's raster engine hands every fill that spans more than ~96 scan lines to the
// global thread pool and waits for it. The frames of group boxes and the gradient grooves of
// Fusion's scroll bars are such fills; on a two-core machine waking the pool for each of them
// cost more than the drawing (a third of a full repaint of a workspace, measured with perf).
// Here a group box is its title over a rule, and a scroll bar a flat groove with a handle.
//
// It also keeps the single-line texts it draws for widgets (labels, buttons, tabs, check boxes)
// laid out: QStyle::drawItemText shapes its text again on every paint, and a full repaint of a
// workspace draws dozens of them.
//
// On a dark palette it outlines check boxes and radio buttons in a light grey: Fusion outlines
// them in a shade of the window colour, and an unticked one vanishes into a dark window.

#include <QHash>
#include <QProxyStyle>
#include <QStaticText>

class QStyleOptionGroupBox;

namespace al {

class LeanStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit LeanStyle(const QString &baseKey);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
        QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
        bool enabled, const QString &text,
        QPalette::ColorRole textRole = QPalette::NoRole) const override;

private:
    struct Title {
        QStaticText text;
        QPoint offset; // from the box's top left
        int ruleOffset = 0;
    };
    void drawGroupBoxTitle(
        const QStyleOptionGroupBox &box, QPainter *painter, const QWidget *widget) const;

    mutable QHash<QString, Title> titles_;
    mutable QHash<QString, QStaticText> texts_;
};

// The name of the style under a LeanStyle, or of the style itself.
QString baseStyleName(const QStyle *style);

} // namespace al
