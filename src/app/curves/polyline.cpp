#include "app/curves/polyline.h"

#include <cmath>
#include <utility>

namespace al {

QVector<int> keptSamples(
    const QVector<double> &x, const QVector<double> &y, double xSpan, double ySpan)
{
    const int n = static_cast<int>(std::min(x.size(), y.size()));
    QVector<bool> keep(n, false);
    const double sx = kPolylineUnitsPerSpan / (xSpan > 0 ? xSpan : 1);
    const double sy = kPolylineUnitsPerSpan / (ySpan > 0 ? ySpan : 1);
    // Stretches of finite samples between the non-finite ones, each simplified on its own.
    QVector<std::pair<int, int>> stack;
    for (int begin = 0; begin < n;) {
        if (!std::isfinite(y[begin])) {
            keep[begin] = true;
            ++begin;
            continue;
        }
        int end = begin;
        while (end + 1 < n && std::isfinite(y[end + 1]))
            ++end;
        keep[begin] = keep[end] = true;
        stack.append({begin, end});
        begin = end + 1;
    }
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        const double ax = x[first] * sx, ay = y[first] * sy;
        const double dx = x[last] * sx - ax, dy = y[last] * sy - ay;
        const double length = std::hypot(dx, dy);
        double farthest = 1.0; // units: closer samples are dropped
        int at = -1;
        for (int i = first + 1; i < last; ++i) {
            const double px = x[i] * sx - ax, py = y[i] * sy - ay;
            const double distance
                = length > 0 ? std::abs(px * dy - py * dx) / length : std::hypot(px, py);
            if (distance > farthest) {
                farthest = distance;
                at = i;
            }
        }
        if (at >= 0) {
            keep[at] = true;
            stack.append({first, at});
            stack.append({at, last});
        }
    }
    QVector<int> kept;
    for (int i = 0; i < n; ++i)
        if (keep[i])
            kept.append(i);
    return kept;
}

} // namespace al
