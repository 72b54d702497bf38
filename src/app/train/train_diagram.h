#pragma once

// The Train workspace's network, drawn as TensorFlow Playground draws it: the input features on
// the left, every hidden unit as a small picture of what it computes over the plotted square,
// the output classes on the right, and the weights as lines whose width follows |w| and whose
// colour its sign (a legend below). A click on a unit selects it.

#include "core/linear.h"

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace al {

struct NetworkProbe;

// The pictures, columns × rows cells row by row from the bottom left as the grid is laid out.
// Class probabilities as colour: each class's colour weighed by its probability, strong where the
// network is sure and pale where it is not.
QImage boundaryImage(const Tensor &probabilities, const std::vector<QColor> &classColours,
    const QColor &background, int columns, int rows);
// One unit's output, a diverging scale around 0 scaled to the largest |output| shown, at most
// side × side pixels (the grid sampled).
QImage unitImage(const Tensor &outputs, int64_t unit, const QColor &negative,
    const QColor &positive, const QColor &background, int columns, int rows, int side);

class TrainDiagram : public QWidget {
    Q_OBJECT

public:
    explicit TrainDiagram(QWidget *parent = nullptr);

    struct Colours {
        QColor text, background, negative, positive, selection;
        std::vector<QColor> classes;
    };
    void setColours(const Colours &colours);
    // The network and what its units compute on the boundary's grid (columns × rows points).
    void setNetwork(const std::vector<Linear> &layers, const NetworkProbe &probe,
        const QStringList &inputNames, int columns, int rows);
    void setLegendTexts(const QString &title)
    {
        legendTitle_ = title;
        updateGeometry(); // the legend's width
    }
    QSize minimumSizeHint() const override;

    // (hidden layer from 0, unit), or (-1, -1) for none.
    std::pair<int, int> selected() const { return selected_; }
    void select(int layer, int unit);
    // Where a unit is drawn (for the tests: a click there selects it).
    QRect unitRect(int layer, int unit) const;
    int hiddenLayerCount() const { return static_cast<int>(unitImages_.size()); }

signals:
    void unitSelected(int layer, int unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect nodeRect(int column, int row) const; // column 0 the inputs, the last the outputs
    int columnCount() const { return static_cast<int>(sizes_.size()); }
    int legendHeight() const;
    void drawLines(const QSize &pixels); // the weights, into linesImage_

    std::vector<int64_t> sizes_; // nodes per column
    std::vector<Tensor> weights_; // [out, in] per layer
    std::vector<std::vector<QImage>> unitImages_; // per hidden layer, per unit
    std::vector<QImage> classImages_;
    QImage linesImage_; // the weights' lines, transparent elsewhere
    bool linesDirty_ = true;
    QStringList inputNames_;
    Colours colours_;
    QString legendTitle_;
    float largestWeight_ = 0;
    std::pair<int, int> selected_ {-1, -1};
};

} // namespace al
