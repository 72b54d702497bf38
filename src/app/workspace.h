#pragma once

// A workspace of the main window (Curves, Softmax & dim, Forward pass, Summary). The window hosts
// it, exports its plot and relays its status messages; it never reaches into its widgets.

#include <QEvent>
#include <QWidget>

class QCustomPlot;
class QSettings;

namespace al {

class Workspace : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QCustomPlot *exportPlot() const = 0; // the plot File > Export writes
    virtual QString exportCsv() const = 0; // that plot's data
    virtual QString exportBaseName() const = 0; // a file name without suffix
    virtual void saveSettings(QSettings &) const { }
    virtual void restoreSettings(const QSettings &) { }

signals:
    void statusMessage(const QString &message);

protected:
    // Every text of the workspace set again from tr(), on each change of language.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
};

} // namespace al
