#include "app/widgets/code_view.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

namespace al {

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    glyphs_.setFont(font());
}

void CodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        glyphs_.setFont(font());
    QPlainTextEdit::changeEvent(event);
}

void CodeView::paintEvent(QPaintEvent *event)
{
    if (textCursor().hasSelection() || !isReadOnly()) {
        QPlainTextEdit::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Text));
    const QRect area = event->rect();
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > area.bottom())
            break;
        if (!block.isVisible() || box.bottom() < area.top())
            continue;
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        const QPointF origin = box.topLeft() + layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            QGlyphRun run;
            qreal advance = 0;
            const QStringView part = QStringView(text).mid(line.textStart(), line.textLength());
            if (glyphs_.layout(part, &run, &advance))
                painter.drawGlyphRun(origin + line.position() + QPointF(0, line.ascent()), run);
            else
                line.draw(&painter, origin);
        }
    }
}

} // namespace al
