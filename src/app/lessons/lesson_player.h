#pragma once

// The lesson bar under the picture, and the lesson it plays: the slide's title, "k / n", its
// narration, the teacher's note (never in presentation mode), previous / next, and the slide
// shown again after a control was touched. Page Down / Page Up (what presenter remotes send)
// move between slides while a lesson is open, whatever has the focus. A slide with a question
// covers the picture with the question first; the next key takes the cover away and shows the
// answer ("predict, then look").
//
// The player knows lessons, not workspaces: the window lends it what it needs (Host).

#include "app/lessons/lesson_file.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace al {

class LessonPlayer : public QWidget {
    Q_OBJECT

public:
    struct Host {
        // Shows a slide's workspace in the slide's state; the refusals, or none.
        std::function<QStringList(const LessonSlide &)> show;
        // The view on screen as a slide (its workspace and whole state; no texts).
        std::function<LessonSlide()> capture;
        std::function<QWidget *()> picture; // the picture on screen (for the handout)
        // The workspace on screen, which a question covers whole: its notes and controls may
        // hold the answer too.
        std::function<QWidget *()> workspace;
        std::function<QString()> language; // "zh_CN" or "en"
        std::function<void()> settle; // until the picture shows the state (work in the background)
        std::function<void(bool)> pictureOnly; // folds (true) or unfolds the controls and notes
    };

    explicit LessonPlayer(Host host, QWidget *parent = nullptr);

    // The built-in lessons' names, in teaching order, and their files in the resources.
    static QStringList builtInNames();
    static QString builtInPath(const QString &name);

    // Opens a lesson at a slide (from 0); `path` is where Save writes (empty for a built-in or
    // a new lesson: Save asks where).
    void open(const Lesson &lesson, const QString &path, int slide = 0);
    void close();
    bool isOpen() const { return open_; }
    const Lesson &lesson() const { return lesson_; }
    QString path() const { return path_; }
    bool modified() const { return modified_; }
    int slide() const { return slide_; } // from 0; -1 with no slides
    bool questionPending() const { return questionPending_; }
    QString language() const { return host_.language(); }

    bool goTo(int slide); // false for a slide that does not exist
    void next(); // the answer of a pending question first, then the next slide
    void previous();
    void showSlideAgain(); // the slide's own state, after a control was touched

    // Making lessons.
    void addCurrentView(); // after the current slide
    void setSlideTexts(
        const LessonText &title, const LessonText &narration, const LessonText &note);
    void moveSlide(int delta);
    void deleteSlide();
    bool save(const QString &path, QString *error);
    // Every slide's picture with its title and narration in the current language, one page each.
    bool exportHandout(const QString &path, QString *error);

    void setPresentation(bool on);

signals:
    void statusMessage(const QString &message);
    void changed(); // opened, closed, moved, edited: the window's menus follow

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void refresh(); // the bar's texts
    void coverPicture(bool covered);
    QString questionHtml(const LessonQuestion &q, bool withAnswer) const; // cover, handout
    QString answerHtml() const;

    Host host_;
    Lesson lesson_;
    QString path_;
    bool open_ = false;
    bool modified_ = false;
    bool presentation_ = false;
    int slide_ = -1;
    bool questionPending_ = false;

    QLabel *heading_;
    QLabel *narration_;
    QLabel *note_;
    QToolButton *previousButton_;
    QToolButton *nextButton_;
    QToolButton *againButton_;
    QToolButton *closeButton_;
    QLabel *cover(); // made on first use, and again if the picture it covered was deleted
    QPointer<QLabel> cover_; // over the picture while a question waits, else hidden in the bar
    QPointer<QWidget> covered_;
};

} // namespace al
