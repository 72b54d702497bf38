#include "app/lean_style.h"

#include <QPainter>
#include <QStyleOption>
#include <algorithm>

namespace al {

LeanStyle::LeanStyle(const QString &baseKey)
    : QProxyStyle(baseKey)
{
}

void LeanStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
    QPainter *painter, const QWidget *widget) const
{
    if (control == CC_GroupBox) {
        if (const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option)) {
            QStyleOptionGroupBox title = *box;
            title.subControls &= ~SC_GroupBoxFrame;
            QProxyStyle::drawComplexControl(control, &title, painter, widget);
            // The rule runs under the title, across the box.
            const QRect frame = subControlRect(CC_GroupBox, box, SC_GroupBoxFrame, widget);
            const QRect label = subControlRect(CC_GroupBox, box, SC_GroupBoxLabel, widget);
            painter->fillRect(
                QRect(frame.left(), std::max(frame.top(), label.bottom() + 2), frame.width(), 1),
                box->palette.color(QPalette::Mid));
            return;
        }
    }
    if (control == CC_ScrollBar) {
        if (const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option)) {
            // The arrow buttons come from the base style; they are small.
            QStyleOptionSlider arrows = *bar;
            arrows.subControls &= SC_ScrollBarAddLine | SC_ScrollBarSubLine;
            const QRect groove = subControlRect(CC_ScrollBar, bar, SC_ScrollBarGroove, widget);
            QRect handle = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
            const QPalette &palette = bar->palette;
            painter->fillRect(groove, palette.color(QPalette::Window));
            const bool active = bar->activeSubControls & SC_ScrollBarSlider
                && bar->state & (State_MouseOver | State_Sunken);
            handle = bar->orientation == Qt::Horizontal ? handle.adjusted(0, 3, 0, -3)
                                                        : handle.adjusted(3, 0, -3, 0);
            if (bar->state & State_Enabled && bar->minimum < bar->maximum)
                painter->fillRect(handle, palette.color(active ? QPalette::Dark : QPalette::Mid));
            QProxyStyle::drawComplexControl(control, &arrows, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QString baseStyleName(const QStyle *style)
{
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        return proxy->baseStyle()->name();
    return style->name();
}

} // namespace al
