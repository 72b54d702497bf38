#include "app/widgets/glyph_cache.h"

namespace al {

void GlyphCache::setFont(const QFont &font)
{
    raw_ = QRawFont::fromFont(font);
    glyphs_.clear();
}

bool GlyphCache::layout(QStringView text, QGlyphRun *run, qreal *advance)
{
    if (!raw_.isValid())
        return false;
    indexes_.clear();
    positions_.clear();
    qreal x = 0;
    for (const QChar ch : text) {
        auto it = glyphs_.find(ch);
        if (it == glyphs_.end()) {
            const QList<quint32> index = raw_.glyphIndexesForString(QString(ch));
            std::pair<quint32, qreal> glyph {0, 0.0};
            if (index.size() == 1 && index[0] != 0)
                glyph = {index[0], raw_.advancesForGlyphIndexes(index).value(0).x()};
            it = glyphs_.insert(ch, glyph);
        }
        if (it->first == 0)
            return false;
        indexes_.append(it->first);
        positions_.append(QPointF(x, 0));
        x += it->second;
    }
    run->setRawFont(raw_);
    run->setGlyphIndexes(indexes_);
    run->setPositions(positions_);
    *advance = x;
    return true;
}

} // namespace al
