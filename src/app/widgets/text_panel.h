#pragma once

// A read-only rich-text panel for texts that change while the user drags a control (the formula
// with values, statistics, explanations). Unlike a word-wrapped QLabel, a new text does not send
// the whole panel through a layout pass: the panel relays out only its own document, and its
// height changes only when the number of lines does.

#include <QTextBrowser>

namespace al {

class TextPanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit TextPanel(QWidget *parent = nullptr);

    void setText(const QString &html); // does nothing if the text is unchanged
    QString text() const { return html_; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QString html_;
};

} // namespace al
