#include "app/widgets/text_panel.h"

#include <QResizeEvent>
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
    setHtml(html);
    fitHeight();
}

void TextPanel::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = html_.isEmpty()
        ? 0
        : static_cast<int>(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
}

void TextPanel::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

} // namespace al
