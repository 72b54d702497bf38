#include "app/widgets/plain_text.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace al {

void showPlainText(QPlainTextEdit *view, const QString &text)
{
    QTextDocument *document = view->document();
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() != document->blockCount()) {
        view->setPlainText(text);
        return;
    }
    document->setUndoRedoEnabled(false); // nothing to undo in a read-only view
    const int scroll = view->verticalScrollBar()->value();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QTextBlock block = document->firstBlock();
    for (const QString &line : lines) {
        if (block.text() != line) {
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.insertText(line);
        }
        block = block.next();
    }
    cursor.endEditBlock();
    view->verticalScrollBar()->setValue(scroll);
}

} // namespace al
