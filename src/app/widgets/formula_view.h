#pragma once

// A typeset formula (SVG from resources/formulas, made by MathJax), drawn in the palette's text
// colour and scaled with the font, so it stays crisp at any size and readable in a dark theme.

#include <QSvgRenderer>
#include <QWidget>

namespace al {

class FormulaView : public QWidget {
    Q_OBJECT

public:
    explicit FormulaView(QWidget *parent = nullptr);

    // Shows :/formulas/NAME.svg; an empty name clears the view.
    void setFormula(const QString &name);
    QString formula() const { return name_; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    QSizeF naturalSize() const;

    QString name_;
    QSvgRenderer renderer_;
};

} // namespace al
