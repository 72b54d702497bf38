#pragma once

// A read-only rich-text panel for texts that change while the user drags a control (the formula
// with values, statistics, explanations). Unlike a word-wrapped QLabel, a new text does not send
// the whole panel through a layout pass: the panel relays out only its own document, and its
// height changes only when the number of lines does. The laid-out text is painted once into a
// pixmap and copied on every later repaint (Qt shapes a document's text again on every paint).

#include <QPixmap>
#include <QTextBrowser>

namespace al {

class TextPanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit TextPanel(QWidget *parent = nullptr);

    void setText(const QString &html); // does nothing if the text is unchanged
    // The panel stays at least as tall as `html` would be, so that switching between texts of
    // different lengths does not move what is below it.
    void setReserve(const QString &html);
    QString text() const { return html_; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
    void measureReserve();

    QString html_;
    QString reserve_;
    qreal reserveHeight_ = 0; // of reserve_ at the current width and font
    QPixmap cache_;
};

} // namespace al
