#pragma once

// The glyphs of one font, looked up once per character, so that a run of text can be drawn
// without shaping. Shaping (HarfBuzz, through QTextLayout) is most of what drawing text costs
// in Qt, and it is done again on every paint. A run drawn from here has no kerning and no
// ligatures: exact for digits and for code in a fixed-width font, within a fraction of a pixel
// otherwise. Text with a character the font itself lacks (another font would draw it, say
// Chinese) is refused, and the caller lets Qt lay it out.

#include <QGlyphRun>
#include <QHash>
#include <QRawFont>

namespace al {

class GlyphCache {
public:
    void setFont(const QFont &font);
    const QRawFont &rawFont() const { return raw_; }

    // The glyphs of `text` placed from x = 0 on the baseline, and its advance; false if a
    // character has no glyph in the font.
    bool layout(QStringView text, QGlyphRun *run, qreal *advance);

private:
    QRawFont raw_;
    QHash<QChar, std::pair<quint32, qreal>> glyphs_; // index 0: not in the font
    QList<quint32> indexes_;
    QList<QPointF> positions_;
};

} // namespace al
