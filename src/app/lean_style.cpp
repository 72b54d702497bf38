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
        const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
        if (box && widget && !(box->subControls & SC_GroupBoxCheckBox)) {
            drawGroupBoxTitle(*box, painter, widget);
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

void LeanStyle::drawGroupBoxTitle(
    const QStyleOptionGroupBox &box, QPainter *painter, const QWidget *widget) const
{
    // Where the base style puts the title, and the title shaped, are worked out once: both
    // cost a text layout, and group boxes are repainted with everything around them.
    const QString key = box.text + QLatin1Char('\x01') + QString::number(box.rect.width())
        + QLatin1Char('\x01') + widget->font().key();
    auto it = titles_.find(key);
    if (it == titles_.end()) {
        if (titles_.size() > 64)
            titles_.clear();
        const QRect label = subControlRect(CC_GroupBox, &box, SC_GroupBoxLabel, widget);
        const QRect frame = subControlRect(CC_GroupBox, &box, SC_GroupBoxFrame, widget);
        Title title;
        title.text.setText(QString(box.text).remove(QLatin1Char('&')));
        title.text.setTextFormat(Qt::PlainText);
        title.text.prepare(QTransform(), widget->font());
        title.offset = label.topLeft() - box.rect.topLeft();
        title.offset.ry() += (label.height() - qRound(title.text.size().height())) / 2;
        title.ruleOffset = std::max(frame.top(), label.bottom() + 2) - box.rect.top();
        it = titles_.insert(key, title);
    }
    painter->save();
    painter->setFont(widget->font());
    painter->setPen(box.textColor.isValid() && box.state & State_Enabled
            ? box.textColor
            : box.palette.color(box.state & State_Enabled ? QPalette::Active : QPalette::Disabled,
                QPalette::WindowText));
    painter->drawStaticText(box.rect.topLeft() + it->offset, it->text);
    painter->restore();
    // The rule runs under the title, across the box.
    painter->fillRect(QRect(box.rect.left(), box.rect.top() + it->ruleOffset, box.rect.width(), 1),
        box.palette.color(QPalette::Mid));
}

void LeanStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!box && element != PE_IndicatorRadioButton)
        || option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, !box);
    painter->setPen(option->palette.color(QPalette::PlaceholderText));
    painter->setBrush(Qt::NoBrush);
    const QRect rect = option->rect.adjusted(0, 0, -1, -1);
    if (box)
        painter->drawRect(rect);
    else
        painter->drawEllipse(rect);
    painter->restore();
}

void LeanStyle::drawItemText(QPainter *painter, const QRect &rect, int flags,
    const QPalette &palette, bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    // Mnemonics, several lines and wrapping are left to Qt, as are disabled texts that the base
    // style etches or dithers.
    const bool plain = !text.isEmpty() && !text.contains(QLatin1Char('&'))
        && !text.contains(QLatin1Char('\n')) && !(flags & Qt::TextWordWrap)
        && (enabled
            || (!styleHint(SH_EtchDisabledText, nullptr, nullptr)
                && !styleHint(SH_DitherDisabledText, nullptr, nullptr)));
    if (!plain) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    const QFont &font = painter->font();
    const QString key = text + QLatin1Char('\x01') + font.key();
    auto it = texts_.find(key);
    if (it == texts_.end()) {
        if (texts_.size() > 1000)
            texts_.clear();
        QStaticText laidOut(text);
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), font);
        it = texts_.insert(key, laidOut);
    }
    const QSizeF size = it->size();
    if (size.width() > rect.width() + 0.5 || size.height() > rect.height() + 0.5) {
        // Too big for its place: Qt clips it.
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    const Qt::Alignment alignment = QStyle::visualAlignment(painter->layoutDirection(),
        Qt::Alignment(flags & (Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask)));
    qreal x = rect.left(), y = rect.top();
    if (alignment & Qt::AlignRight)
        x = rect.right() + 1 - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    if (alignment & Qt::AlignBottom)
        y = rect.bottom() + 1 - size.height();
    else if (alignment & Qt::AlignVCenter)
        y = rect.top() + (rect.height() - size.height()) / 2;
    const QPen saved = painter->pen();
    if (textRole != QPalette::NoRole)
        painter->setPen(QPen(palette.brush(textRole), saved.widthF()));
    painter->drawStaticText(QPointF(qRound(x), qRound(y)), *it);
    painter->setPen(saved);
}

QString baseStyleName(const QStyle *style)
{
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        return proxy->baseStyle()->name();
    return style->name();
}

} // namespace al
