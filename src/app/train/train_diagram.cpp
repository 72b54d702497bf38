#include "app/train/train_diagram.h"

#include "core/train.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace al {

namespace {

// A colour's channels as numbers, read once per picture rather than once per pixel.
struct Rgb {
    explicit Rgb(const QColor &c)
        : r(c.red())
        , g(c.green())
        , b(c.blue())
    {
    }
    double r, g, b;
};

// A line of `width` from p to q (q right of p) blended over the image in `colour` at `opacity`,
// column by column: each pixel column crosses the line over a vertical extent, whose end pixels
// are covered in part. (QPainter's thick lines cost ~20 us each, a frame of a 2-8-8-2 network
// 2 ms: its stroker builds a path for each, and the raster engine hands fills of more than 96
// spans to the thread pool and waits. These lines all run left to right, so this is all it takes.)
void blendLine(
    QImage &image, QPointF p, QPointF q, double width, const QColor &colour, double opacity)
{
    const double dx = q.x() - p.x();
    if (!(dx > 0))
        return;
    const double slope = (q.y() - p.y()) / dx;
    const double half = width / 2 * std::sqrt(1 + slope * slope); // vertical half-extent
    const int first = std::max(0, static_cast<int>(std::floor(p.x())));
    const int last = std::min(image.width(), static_cast<int>(std::ceil(q.x())));
    const double r = colour.redF() * 255, g = colour.greenF() * 255, b = colour.blueF() * 255;
    for (int x = first; x < last; ++x) {
        const double y = p.y() + slope * (x + 0.5 - p.x());
        const double top = y - half, bottom = y + half;
        const int from = std::max(0, static_cast<int>(std::floor(top)));
        const int to = std::min(image.height(), static_cast<int>(std::ceil(bottom)));
        for (int row = from; row < to; ++row) {
            const double a = opacity * (std::min(bottom, row + 1.0) - std::max(top, double(row)));
            QRgb &pixel = reinterpret_cast<QRgb *>(image.scanLine(row))[x];
            const double keep = 1 - a; // source over, premultiplied
            pixel = qRgba(static_cast<int>(r * a + qRed(pixel) * keep + 0.5),
                static_cast<int>(g * a + qGreen(pixel) * keep + 0.5),
                static_cast<int>(b * a + qBlue(pixel) * keep + 0.5),
                static_cast<int>(255 * a + qAlpha(pixel) * keep + 0.5));
        }
    }
}

QRgb blend(const Rgb &from, double r, double g, double b, double amount)
{
    return qRgb(static_cast<int>(from.r + (r - from.r) * amount),
        static_cast<int>(from.g + (g - from.g) * amount),
        static_cast<int>(from.b + (b - from.b) * amount));
}

} // namespace

QImage boundaryImage(const Tensor &probabilities, const std::vector<QColor> &classColours,
    const QColor &background, int columns, int rows)
{
    QImage image(columns, rows, QImage::Format_RGB32);
    const int64_t classes = probabilities.size(1);
    const double chance = 1.0 / double(classes);
    const Rgb base(background);
    std::vector<Rgb> colours;
    for (int64_t c = 0; c < classes; ++c)
        colours.emplace_back(classColours[static_cast<size_t>(c) % classColours.size()]);
    for (int row = 0; row < rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(rows - 1 - row)); // y grows upwards
        for (int column = 0; column < columns; ++column) {
            const float *p = probabilities.data() + (int64_t(row) * columns + column) * classes;
            double r = 0, g = 0, b = 0, most = 0;
            for (int64_t c = 0; c < classes; ++c) {
                const Rgb &colour = colours[static_cast<size_t>(c)];
                const double weight = std::isfinite(p[c]) ? double(p[c]) : 0.0;
                r += weight * colour.r;
                g += weight * colour.g;
                b += weight * colour.b;
                most = std::max(most, weight);
            }
            const double sure = std::clamp((most - chance) / (1.0 - chance), 0.0, 1.0);
            line[column] = blend(base, r, g, b, 0.12 + 0.58 * sure);
        }
    }
    return image;
}

QImage unitImage(const Tensor &outputs, int64_t unit, const QColor &negative,
    const QColor &positive, const QColor &background, int columns, int rows, int side)
{
    // A small picture (a unit is drawn a few dozen pixels wide): the grid's cells sampled.
    const int width = std::min(columns, side), height = std::min(rows, side);
    QImage image(width, height, QImage::Format_RGB32);
    const int64_t units = outputs.size(1);
    std::vector<float> cells(static_cast<size_t>(width) * height);
    float largest = 0;
    for (int y = 0; y < height; ++y) {
        const int64_t row = (int64_t(y) * rows + rows / 2) / height;
        for (int x = 0; x < width; ++x) {
            const int64_t column = (int64_t(x) * columns + columns / 2) / width;
            const float v = outputs.data()[(row * columns + column) * units + unit];
            cells[size_t(y) * width + x] = v;
            if (std::isfinite(v))
                largest = std::max(largest, std::abs(v));
        }
    }
    const Rgb base(background), low(negative), high(positive);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(height - 1 - y));
        for (int x = 0; x < width; ++x) {
            const float v = cells[size_t(y) * width + x];
            const double amount = largest > 0 && std::isfinite(v) ? std::abs(v) / largest : 0.0;
            const Rgb &towards = v < 0 ? low : high;
            line[x] = blend(base, towards.r, towards.g, towards.b, 0.85 * amount);
        }
    }
    return image;
}

TrainDiagram::TrainDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize TrainDiagram::minimumSizeHint() const
{
    // The legend's line whole (as paintEvent lays it out, with its shortest bar).
    const QFontMetrics metrics = fontMetrics();
    const int legend = 4 + metrics.horizontalAdvance(legendTitle_) + 12
        + metrics.horizontalAdvance(QStringLiteral("−0.000")) + 6 + 16
        + metrics.horizontalAdvance(QStringLiteral("+0.000")) + 12;
    return QSize(std::max(150, legend), 140);
}

void TrainDiagram::setColours(const Colours &colours)
{
    colours_ = colours;
    linesDirty_ = true;
    update();
}

void TrainDiagram::setNetwork(const std::vector<Linear> &layers, const NetworkProbe &probe,
    const QStringList &inputNames, int columns, int rows)
{
    inputNames_ = inputNames;
    sizes_.assign(1, layers.front().inFeatures());
    weights_.clear();
    largestWeight_ = 0;
    for (const Linear &layer : layers) {
        sizes_.push_back(layer.outFeatures());
        weights_.push_back(layer.weight());
        for (int64_t i = 0; i < layer.weight().numel(); ++i)
            if (std::isfinite(layer.weight().data()[i]))
                largestWeight_ = std::max(largestWeight_, std::abs(layer.weight().data()[i]));
    }
    // Pictures of the very size they are drawn at: scaling each one on every paint costs more
    // than the rest of the diagram.
    const int side = std::max(1, nodeRect(1, 0).width());
    unitImages_.assign(probe.hidden.size(), {});
    for (size_t l = 0; l < probe.hidden.size(); ++l)
        for (int64_t u = 0; u < probe.hidden[l].size(1); ++u)
            unitImages_[l].push_back(unitImage(probe.hidden[l], u, colours_.negative,
                colours_.positive, colours_.background, columns, rows, side));
    classImages_.clear();
    for (int64_t c = 0; c < probe.probabilities.size(1); ++c)
        // The class's own probability, in its colour, on the unit pictures' scale (0 to 1).
        classImages_.push_back(unitImage(probe.probabilities, c, colours_.background,
            colours_.classes[static_cast<size_t>(c) % colours_.classes.size()], colours_.background,
            columns, rows, side));
    if (selected_.first >= hiddenLayerCount()
        || (selected_.first >= 0
            && selected_.second >= static_cast<int>(unitImages_[size_t(selected_.first)].size())))
        selected_ = {-1, -1};
    linesDirty_ = true;
    update();
}

void TrainDiagram::select(int layer, int unit)
{
    selected_ = {layer, unit};
    update();
    emit unitSelected(layer, unit);
}

int TrainDiagram::legendHeight() const
{
    return fontMetrics().height() + 10;
}

QRect TrainDiagram::nodeRect(int column, int row) const
{
    const int columns = columnCount();
    const int64_t most = *std::max_element(sizes_.begin(), sizes_.end());
    const int height = this->height() - legendHeight();
    const double columnWidth = double(width()) / columns;
    const int size = static_cast<int>(std::clamp(
        std::min(columnWidth * 0.5, double(height) / (double(most) * 1.2 + 0.2)), 8.0, 96.0));
    const int64_t count = sizes_[static_cast<size_t>(column)];
    const double gap = double(height - count * size) / double(count + 1);
    const int x = static_cast<int>(columnWidth * (column + 0.5) - size / 2.0);
    const int y = static_cast<int>(gap + row * (size + gap));
    return QRect(x, y, size, size);
}

QRect TrainDiagram::unitRect(int layer, int unit) const
{
    return nodeRect(layer + 1, unit);
}

void TrainDiagram::drawLines(const QSize &pixels)
{
    if (linesImage_.size() != pixels)
        linesImage_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    linesImage_.fill(Qt::transparent);
    const double ratio = devicePixelRatioF();
    for (size_t l = 0; l < weights_.size(); ++l) {
        const Tensor &w = weights_[l];
        const int64_t out = w.size(0), in = w.size(1);
        for (int64_t o = 0; o < out; ++o)
            for (int64_t i = 0; i < in; ++i) {
                const float value = w.data()[o * in + i];
                const double share = largestWeight_ > 0 && std::isfinite(value)
                    ? std::abs(value) / largestWeight_
                    : 0.0;
                const QRect from = nodeRect(int(l), int(i)), to = nodeRect(int(l) + 1, int(o));
                blendLine(linesImage_, QPointF(from.right() + 1, from.center().y() + 0.5) * ratio,
                    QPointF(to.left(), to.center().y() + 0.5) * ratio, (0.5 + 6.0 * share) * ratio,
                    value < 0 ? colours_.negative : colours_.positive, 0.25 + 0.75 * share);
            }
    }
    linesDirty_ = false;
}

void TrainDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), colours_.background);
    if (sizes_.empty())
        return;
    // The weights first, under the nodes: drawn again only when they or the size changed.
    const QSize pixels = (QSizeF(size()) * devicePixelRatioF()).toSize();
    if (linesDirty_ || linesImage_.size() != pixels)
        drawLines(pixels);
    painter.drawImage(QRect(QPoint(0, 0), size()), linesImage_);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPen frame(colours_.text, 1);
    for (int c = 0; c < columnCount(); ++c)
        for (int64_t r = 0; r < sizes_[size_t(c)]; ++r) {
            const QRect box = nodeRect(c, int(r));
            if (c == 0) {
                painter.setPen(frame);
                painter.drawRect(box.adjusted(0, 0, -1, -1));
                QFont font = this->font();
                QString name = inputNames_.value(int(r));
                const int fits = box.width() - 4;
                if (QFontMetrics(font).horizontalAdvance(name) > fits)
                    font.setPixelSize(std::max(6,
                        font.pixelSize() > 0
                            ? font.pixelSize() * fits / QFontMetrics(font).horizontalAdvance(name)
                            : 8));
                painter.setFont(font);
                painter.drawText(box, Qt::AlignCenter, name);
                painter.setFont(this->font());
            } else if (c + 1 < columnCount()) {
                painter.drawImage(box, unitImages_[size_t(c - 1)][size_t(r)]);
                const bool chosen = selected_ == std::pair<int, int>(c - 1, int(r));
                painter.setPen(chosen ? QPen(colours_.selection, 4) : frame);
                painter.drawRect(box.adjusted(0, 0, -1, -1));
            } else {
                // The class's index, as the labels are written, right of its picture.
                painter.setPen(colours_.text);
                painter.drawText(QRect(box.right() + 4, box.top(), 40, box.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, QString::number(r));
                painter.drawImage(box, classImages_[size_t(r)]);
                painter.setPen(QPen(colours_.classes[size_t(r) % colours_.classes.size()], 3));
                painter.drawRect(box.adjusted(1, 1, -2, -2));
            }
        }
    // The legend: the colours of the weights, and the largest |w|.
    const QFontMetrics metrics = fontMetrics();
    const int y = height() - legendHeight() + 5, h = metrics.height();
    const QString low = QStringLiteral("−%1").arg(double(largestWeight_), 0, 'g', 3);
    const QString high = QStringLiteral("+%1").arg(double(largestWeight_), 0, 'g', 3);
    int x = 4;
    painter.setPen(colours_.text);
    painter.drawText(QRect(x, y, metrics.horizontalAdvance(legendTitle_) + 4, h), Qt::AlignVCenter,
        legendTitle_);
    x += metrics.horizontalAdvance(legendTitle_) + 12;
    painter.drawText(QRect(x, y, metrics.horizontalAdvance(low) + 2, h), Qt::AlignVCenter, low);
    x += metrics.horizontalAdvance(low) + 6;
    // The bar takes what the texts leave, so that "+1.74" is never cut.
    const int bar = std::clamp(width() - x - metrics.horizontalAdvance(high) - 12, 16, 160);
    QLinearGradient gradient(x, 0, x + bar, 0);
    gradient.setColorAt(0, colours_.negative);
    gradient.setColorAt(0.5, colours_.background);
    gradient.setColorAt(1, colours_.positive);
    painter.fillRect(QRect(x, y + h / 4, bar, h / 2), gradient);
    x += bar + 6;
    painter.drawText(QRect(x, y, metrics.horizontalAdvance(high) + 2, h), Qt::AlignVCenter, high);
}

void TrainDiagram::mousePressEvent(QMouseEvent *event)
{
    for (int l = 0; l < hiddenLayerCount(); ++l)
        for (int u = 0; u < static_cast<int>(unitImages_[size_t(l)].size()); ++u)
            if (unitRect(l, u).contains(event->position().toPoint())) {
                select(l, u);
                return;
            }
    QWidget::mousePressEvent(event);
}

} // namespace al
