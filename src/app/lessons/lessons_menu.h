#pragma once

// The Lessons menu: the built-in lessons, File-like actions for lesson files (open, recent, new,
// save, save as, a PDF handout) and the making of slides (add this view, edit its texts, move,
// delete). It opens lessons into the player and keeps the recent list in the settings.

#include "app/lessons/lesson_file.h"

#include <QMenu>

class QSettings;

namespace al {

class LessonPlayer;

class LessonsMenu : public QMenu {
    Q_OBJECT

public:
    LessonsMenu(LessonPlayer &player, SlideCheck check, QSettings &settings, QWidget *parent);

    // A built-in lesson's name or a file, at a slide (from 0). Problems with some slides are
    // reported on the status line and the rest plays; a lesson that cannot be read at all, or a
    // slide it does not have, is refused with *error and nothing changes.
    bool openLesson(const QString &nameOrPath, int slide, QString *error);
    // Asks about unsaved changes to the lesson; false if the teacher cancels.
    bool confirmDiscard();
    QAction *openAction() const { return openAction_; } // File > Open lesson as well

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshActions(); // enabled as the player's state allows
    void refreshRecent();
    void openWithDialog();
    bool saveWithDialog(bool askPath);
    void exportHandoutWithDialog();
    void editSlideTexts();
    void remember(const QString &path);

    LessonPlayer &player_;
    SlideCheck check_;
    QSettings &settings_;
    std::vector<std::pair<QString, LessonText>> builtIn_; // name, title
    QList<QAction *> builtInActions_;
    QMenu *recentMenu_;
    QAction *openAction_, *newAction_, *addAction_, *editAction_, *earlierAction_, *laterAction_,
        *deleteAction_, *saveAction_, *saveAsAction_, *handoutAction_, *closeAction_;
};

} // namespace al
