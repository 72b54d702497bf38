#pragma once

// The frame every workspace lives in: navigation, menus, toolbar, status bar, language, theme,
// presentation mode, export, and the settings that bring a lesson back where it was left.

#include <QMainWindow>
#include <memory>
#include <vector>

class QActionGroup;
class QSettings;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace al {

class Appearance;
class Language;
class LessonPlayer;
class LessonsMenu;
class Workspace;

struct MainWindowOptions {
    QString language; // empty: remembered, else the system's
    QString workspace; // an id of the workspace table ("curves", ...); empty: remembered
    QString activation; // opened in Curves
    bool presentation = false;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    using Options = MainWindowOptions;

    explicit MainWindow(const Options &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The workspaces, in the order of the table in main_window.cpp (the one place that lists
    // them: id, name, shortcut, factory).
    static int workspaceCount();
    static int workspaceIndex(const QString &id); // -1 if unknown
    static QString workspaceId(int index);
    static QStringList workspaceIds();

    Workspace *workspace(int index); // built on first use
    int currentWorkspace() const;
    void showWorkspace(int index);
    bool setLanguage(const QString &code);
    QString language() const;
    void setPresentation(bool on);
    bool presentation() const;
    void setControlsShown(bool shown); // View > Controls, remembered per mode
    void setNotesShown(bool shown); // View > Notes, remembered per mode
    void setZoom(double zoom); // remembered per screen and mode
    double zoom() const;
    // Keeps the window on its screen: no larger than the available area, and inside it.
    void fitToScreen();
    // Exports the current workspace's plot (or data, for .csv); used by File > Export.
    bool exportCurrent(const QString &path, QString *error);
    // A built-in lesson's name or a lesson file, at a slide (from 0); see LessonsMenu.
    bool openLesson(const QString &nameOrPath, int slide, QString *error);
    LessonPlayer *lessonPlayer() const { return lessonPlayer_; }
    // Waits (at most a few seconds) until the workspace on screen shows its current state.
    void settle();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QAction *workspaceAction(int index) const { return workspaceActions_.at(index); }
    void openActivation(const QString &functionalName); // in the workspace that shows them
    void fitNavigation();
    void exportWithDialog();
    void exportProgram(); // File > Export Python program
    void showAbout();
    void showShortcuts();
    void applyPanels();
    QString zoomKey() const;
    QString zoomKey(bool presentation) const;
    void saveSettings(); // on close, every few seconds, and on SIGTERM/SIGINT (main.cpp)
    void showStatus(const QString &message);
    void setUpLessons();

    std::unique_ptr<Ui::MainWindow> ui_;
    Appearance *appearance_;
    Language *language_;
    std::unique_ptr<QSettings> settings_;
    bool settingsUsable_ = true; // may be written at exit
    bool restoreSettings_ = true; // holds a lesson to restore
    bool settingsFailureReported_ = false;
    std::vector<Workspace *> workspaces_; // built on first use
    LessonPlayer *lessonPlayer_ = nullptr;
    LessonsMenu *lessonsMenu_ = nullptr;
    QList<QAction *> workspaceActions_; // View > Curves, ...
    Qt::WindowStates statesBeforePresentation_;
    QRect geometryBeforePresentation_;
    // Per mode (normal, presentation): the controls column and the notes shown or folded.
    bool controlsShown_[2] = {true, true};
    bool notesShown_[2] = {true, false};
    std::pair<bool, bool> panelsBeforeHandout_; // controls, notes: back after a handout
    QAction *menuButtonAction_ = nullptr; // the menus, in the toolbar when the menu bar is hidden
    QToolButton *menuButton_ = nullptr;
    QAction *workspaceSeparator_ = nullptr;
};

} // namespace al
