#include "app/widgets/formula_view.h"

#include <QEvent>
#include <QFile>
#include <QPainter>

namespace al {

FormulaView::FormulaView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FormulaView::setFormula(const QString &name)
{
    if (name == name_ && renderer_.isValid())
        return;
    name_ = name;
    reload();
}

void FormulaView::reload()
{
    QByteArray svg;
    QFile file(QStringLiteral(":/formulas/%1.svg").arg(name_));
    if (!name_.isEmpty() && file.open(QIODevice::ReadOnly))
        svg = file.readAll().replace(
            "currentColor", palette().color(QPalette::WindowText).name().toLatin1());
    renderer_.load(svg);
    updateGeometry();
    update();
}

// MathJax sizes in ex, which Qt misreads; the viewBox is in thousandths of an em.
QSizeF FormulaView::naturalSize() const
{
    if (!renderer_.isValid())
        return {};
    const double em = fontInfo().pixelSize() * 1.25;
    const QRectF box = renderer_.viewBoxF();
    return {box.width() / 1000.0 * em, box.height() / 1000.0 * em};
}

QSize FormulaView::sizeHint() const
{
    return naturalSize().toSize() + QSize(8, 8);
}

int FormulaView::heightForWidth(int width) const
{
    const QSizeF natural = naturalSize();
    if (natural.isEmpty())
        return 0;
    const double scale = std::min(1.0, (width - 8) / natural.width());
    return static_cast<int>(natural.height() * scale) + 8;
}

void FormulaView::paintEvent(QPaintEvent *)
{
    const QSizeF natural = naturalSize();
    if (natural.isEmpty())
        return;
    const double scale = std::min(1.0, (width() - 8) / natural.width());
    const QSizeF size = natural * scale;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer_.render(&painter, QRectF(QPointF(4, (height() - size.height()) / 2), size));
}

void FormulaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        reload();
    QWidget::changeEvent(event);
}

} // namespace al
