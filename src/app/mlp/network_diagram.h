#pragma once

// The network as columns of neurons, one column per stage (input, fc1, act1, ..., softmax), each
// neuron coloured by its value for the chosen sample, the tensor shape on every edge, the current
// stage highlighted. Wide layers are compressed: the first neurons, an ellipsis, the last ones.
// Clicking a neuron reports it; the state decides what that means. A legend under the picture
// says what the colours, the dashed circles (stages not computed yet) and the ring mean.

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QWidget>
#include <vector>

namespace al {

class MlpState;

class NetworkDiagram : public QWidget {
    Q_OBJECT

public:
    static constexpr int kShownHead = 8, kShownTail = 2;

    explicit NetworkDiagram(QWidget *parent = nullptr);
    void setState(const MlpState *state);
    void refresh(); // the state changed: draw it again

    QSize sizeHint() const override { return QSize(640, 300) * scale(); }
    QSize minimumSizeHint() const override { return QSize(300, 160) * scale(); }
    // Where neuron `neuron` of stage `stage` is drawn (for tests and hit testing); null if hidden.
    QRectF neuronRect(int stage, int neuron) const;
    // The legend as drawn: its texts, each with the rectangle of its key and text.
    struct LegendEntry {
        enum class Key { ColourScale, NotComputed, Selected } key;
        QString text;
        QRectF rect;
        QString lower, upper; // the colour scale's ends
    };
    const std::vector<LegendEntry> &legend() const { return legend_; }

signals:
    void neuronClicked(int stage, int neuron);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    double scale() const;
    std::vector<int> shownNeurons(int count) const; // -1 marks the ellipsis
    QPointF slotCentre(int stage, int slot, int slotCount) const;

    void layOutLegend(); // after a change of the state, the size, the font or the language
    void drawLegend(QPainter &painter);
    QColor notComputedColour() const;
    QFont legendFont() const;

    void draw(QPainter &painter);
    const QPixmap &neuronSprite(const QColor &fill, const QPen &pen, double radius);
    void drawCentred(QPainter &painter, const QRectF &rect, const QString &text);

    const MlpState *state_ = nullptr;
    std::vector<LegendEntry> legend_;
    double legendHeight_ = 0;
    QHash<QString, QStaticText> labels_;
    QPixmap cache_;
    struct SpriteKey {
        QRgb fill, pen; // fill 0: hollow
        int penWidth, radius, ratio; // in 64ths
        int penStyle;
        bool operator==(const SpriteKey &o) const
        {
            return fill == o.fill && pen == o.pen && penWidth == o.penWidth && radius == o.radius
                && ratio == o.ratio && penStyle == o.penStyle;
        }
        friend size_t qHash(const SpriteKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.fill, k.pen, k.penWidth, k.radius, k.ratio, k.penStyle);
        }
    };
    QHash<SpriteKey, QPixmap> sprites_;
};

} // namespace al
