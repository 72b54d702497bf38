#pragma once

// A workspace of the main window (Curves, Softmax & dim, Forward pass, Summary). The window hosts
// it, exports its plot and relays its status messages; it never reaches into its widgets.
//
// Every workspace has the same three regions: the controls a teacher touches (a scrolling column
// that folds away with View > Controls), the picture (the one thing that never folds), and the
// notes (explanations and code, folded with View > Notes). In presentation mode the notes start
// folded, so that the picture takes most of the screen.

#include "app/view_state.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <map>
#include <string>

class QCustomPlot;
class QLabel;
class QScrollArea;

namespace al {

class Appearance;

class Workspace : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QCustomPlot *exportPlot() const = 0; // the plot File > Export writes
    virtual QString exportCsv() const = 0; // that plot's data
    virtual QString exportBaseName() const = 0; // a file name without suffix
    // The title line of an exported picture: what is shown and with which parameters.
    virtual QString exportTitle() const = 0;
    // A self-contained Python program that reproduces what is shown (File > Export Python
    // program), or empty where there is none.
    virtual QString pythonProgram() const { return {}; }
    // The keys this workspace answers to itself, as (key, what it does), translated.
    virtual QList<QPair<QString, QString>> keyHelp() const { return {}; }
    // The whole state of what is shown, as keys and values (docs/lessons.md): what the settings
    // keep between starts and what a lesson slide holds.
    virtual QVariantMap viewState() const { return {}; }
    // Takes a whole state: keys not given take their defaults. Returns the refusals (an unknown
    // key, a value the controls would refuse), each naming its key; see StateMode for what is
    // taken when there are some.
    virtual QStringList setViewState(const QVariantMap &state, StateMode mode);
    // False while work in the background (a worker thread) has yet to show the current state.
    virtual bool settled() const { return true; }
    // Shows an activation by its functional name, where the workspace shows activations; false
    // for an unknown name, or a workspace that does not.
    virtual bool selectActivation(const QString &) { return false; }

    QWidget *mainVisual() const { return visual_; }
    QWidget *controlsPanel() const; // the scroll area holding the controls, or null
    void setControlsShown(bool shown);
    void setNotesShown(bool shown);

    // The refusal shown next to its control, until the state next accepts a value; empty if none.
    QString fieldError() const;

signals:
    void statusMessage(const QString &message);
    // The user asked to see an activation (a Summary row): the main window opens it.
    void activationRequested(const QString &functionalName);

protected:
    // Called once by each workspace after setupUi. The controls panel is moved into a vertical
    // scroll area in its place, so that a short screen scrolls it instead of cutting it off.
    void setRegions(QWidget *controls, QWidget *visual, const QList<QWidget *> &notes);
    // A value was refused: the message goes next to the control that sent it (or the focused
    // one) and to the status bar.
    void refuse(const QString &message, QWidget *control = nullptr);
    // Puts a column into a vertical scroll area in its place and returns the scroll area: a
    // short screen scrolls the column instead of making the window taller than the screen.
    static QScrollArea *scrollable(QWidget *column);
    void clearFieldError();
    // On every appearance change: the controls column's width limit scaled to the current text
    // size, and the picture's own texts (setPictureTexts) in the picture's font.
    void fitControls(const Appearance &appearance);
    void setPictureTexts(const QList<QWidget *> &texts) { pictureTexts_ = texts; }

    // Work for the screen that a hidden workspace need not do now: runs at once when the
    // workspace is visible, else the latest work of each kind runs when it is next shown (a
    // language switch retranslates only the workspace on screen; a run loop's ticks redraw
    // nothing behind another workspace).
    void whenVisible(const std::string &kind, std::function<void()> work);

    // Every text of the workspace set again from tr(), on each change of language.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeFieldError();
    void fitControlsWidth();

    std::map<std::string, std::function<void()>> deferred_; // by kind, until shown
    QList<QWidget *> pictureTexts_;
    QWidget *visual_ = nullptr;
    QWidget *controls_ = nullptr;
    QScrollArea *controlsScroll_ = nullptr;
    QList<QPointer<QWidget>> notes_;
    QLabel *fieldError_ = nullptr;
    QPointer<QWidget> fieldErrorControl_;
};

} // namespace al
