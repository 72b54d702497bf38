#pragma once

#include <QString>

class QPlainTextEdit;

namespace al {

// Shows `text` in a read-only QPlainTextEdit, replacing only the lines that differ: the code
// and console views change a line or two per step of a drag, and setPlainText would lay out
// (shape) every line again. The scroll position stays where the reader left it.
void showPlainText(QPlainTextEdit *view, const QString &text);

} // namespace al
