#pragma once

// Which samples of a curve a plot needs: Ramer–Douglas–Peucker on the curve scaled so that the
// axis spans are 4000 units, dropping every sample that lies within one unit of the line
// through the kept ones. On a plot narrower than 4000 pixels that is under a pixel: the drawing
// does not change, but a straight stretch (all of ReLU's, most of a saturated tanh) costs one
// segment to stroke instead of hundreds. Non-finite values and their neighbours are kept, so the
// gaps they make stay where they are.

#include <QVector>

namespace al {

constexpr double kPolylineUnitsPerSpan = 4000;

QVector<int> keptSamples(
    const QVector<double> &x, const QVector<double> &y, double xSpan, double ySpan);

} // namespace al
