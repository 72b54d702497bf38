#include "app/widgets/plot.h"

namespace al {

namespace {

class OpaqueBuffer : public QCPPaintBufferPixmap {
public:
    OpaqueBuffer(const Plot *plot)
        : QCPPaintBufferPixmap(plot->viewport().size(), plot->bufferDevicePixelRatio())
        , plot_(plot)
    {
    }

    // QCustomPlot asks for transparent; the background is what the layers are drawn on.
    void clear(const QColor &) override
    {
        const QBrush background = plot_->backgroundBrush();
        mBuffer.fill(background.style() == Qt::SolidPattern ? background.color() : Qt::white);
    }

private:
    const Plot *plot_;
};

} // namespace

Plot::Plot(QWidget *parent)
    : QCustomPlot(parent)
{
    // QCustomPlot reuses the buffers it finds and only adds the ones it lacks.
    if (mPaintBuffers.isEmpty())
        mPaintBuffers.append(QSharedPointer<QCPAbstractPaintBuffer>(new OpaqueBuffer(this)));
    else
        mPaintBuffers[0] = QSharedPointer<QCPAbstractPaintBuffer>(new OpaqueBuffer(this));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void Plot::paintEvent(QPaintEvent *)
{
    QCPPainter painter(this);
    if (!painter.isActive())
        return;
    for (const QSharedPointer<QCPAbstractPaintBuffer> &buffer : std::as_const(mPaintBuffers))
        buffer->draw(&painter);
}

} // namespace al
