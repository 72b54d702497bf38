#pragma once

// A read-only QPlainTextEdit for code and console output whose lines are drawn from cached
// glyphs (GlyphCache) where the font has them all, instead of being shaped again on every paint;
// the code and console views change and repaint on every step of a drag. The lines and their
// positions are still Qt's own layout. Lines with other characters, and any paint while text is
// selected, go through QPlainTextEdit's own painting.

#include "app/widgets/glyph_cache.h"

#include <QPlainTextEdit>

namespace al {

class CodeView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    GlyphCache glyphs_;
};

} // namespace al
