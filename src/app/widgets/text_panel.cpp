#include "app/widgets/text_panel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QTextDocument>
#include <cmath>

namespace al {

TextPanel::TextPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
    setOpenLinks(false);
    setFocusPolicy(Qt::NoFocus); // read like a label: Tab goes from control to control
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    setFixedHeight(0);
}

void TextPanel::setText(const QString &html)
{
    if (html == html_)
        return;
    html_ = html;
    cache_ = QPixmap();
    setHtml(html);
    fitHeight();
}

void TextPanel::setReserve(const QString &html)
{
    if (html == reserve_)
        return;
    reserve_ = html;
    measureReserve();
    fitHeight();
}

void TextPanel::measureReserve()
{
    reserveHeight_ = 0;
    if (reserve_.isEmpty())
        return;
    QTextDocument reserve;
    reserve.setDefaultFont(document()->defaultFont());
    reserve.setDocumentMargin(document()->documentMargin());
    reserve.setHtml(reserve_);
    reserve.setTextWidth(viewport()->width());
    reserveHeight_ = reserve.size().height();
}

void TextPanel::fitHeight()
{
    if (document()->textWidth() != viewport()->width()) // setting it lays the text out again
        document()->setTextWidth(viewport()->width());
    const qreal content
        = std::max(html_.isEmpty() ? 0 : document()->size().height(), reserveHeight_);
    const int height = content > 0 ? static_cast<int>(std::ceil(content)) + 2 * frameWidth() : 0;
    if (height != this->height())
        setFixedHeight(height);
}

void TextPanel::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    cache_ = QPixmap();
    if (event->size().width() != event->oldSize().width()) {
        measureReserve();
        fitHeight();
    }
}

void TextPanel::paintEvent(QPaintEvent *event)
{
    if (textCursor().hasSelection()) { // the user is selecting: Qt paints the highlight
        QTextBrowser::paintEvent(event);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    if (cache_.isNull() || cache_.size() != viewport()->size() * ratio) {
        cache_ = QPixmap(viewport()->size() * ratio);
        cache_.setDevicePixelRatio(ratio);
        cache_.fill(Qt::transparent);
        QPainter painter(&cache_);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette();
        document()->documentLayout()->draw(&painter, context);
    }
    QPainter(viewport()).drawPixmap(0, 0, cache_);
}

void TextPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        cache_ = QPixmap();
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange) { // the same text, more or fewer lines
        measureReserve();
        fitHeight();
    }
}

} // namespace al
