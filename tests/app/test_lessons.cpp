// Lessons played and made in the window: every built-in lesson opens in both languages and each
// slide shows the state its file gives; Page Down / Page Up move (and reveal a question first);
// the teacher's note stays out of presentation mode; a lesson made from views saves and opens
// again unchanged; broken slides are named and skipped; the handout is a PDF of every slide; the
// command line opens a lesson at a slide.

#include "app/lessons/lesson_player.h"
#include "app/main_window.h"
#include "app/workspace.h"
#include "gui_support.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace al;

namespace {

MainWindow::Options options(const char *language)
{
    MainWindow::Options o;
    o.language = QLatin1String(language);
    return o;
}

Lesson readBuiltIn(const QString &name)
{
    QFile file(LessonPlayer::builtInPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseLesson(file.readAll(), {}).lesson.value_or(Lesson {});
}

// A state value as JSON text: numbers, lists and strings compare alike whether they came from a
// file (doubles, lists of variants) or from a workspace (integers, string lists).
QByteArray canonical(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact);
}

Workspace *current(MainWindow &window)
{
    return window.workspace(window.currentWorkspace());
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { gui::freshSettings(); }

    void everyBuiltInSlideShowsWhatItsFileSays_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyBuiltInSlideShowsWhatItsFileSays()
    {
        QFETCH(QString, language);
        MainWindow window(options(language.toLatin1().constData()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonPlayer *player = window.lessonPlayer();
        QCOMPARE(LessonPlayer::builtInNames().size(), 9);
        for (const QString &name : LessonPlayer::builtInNames()) {
            const Lesson lesson = readBuiltIn(name);
            QVERIFY2(lesson.slides.size() >= 3, qPrintable(name));
            QString error;
            window.statusBar()->clearMessage();
            QVERIFY2(window.openLesson(name, 0, &error), qPrintable(error));
            // Every slide valid: nothing was reported on opening.
            QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
                qPrintable(window.statusBar()->currentMessage()));
            QCOMPARE(player->lesson().slides.size(), lesson.slides.size());
            for (size_t k = 0; k < lesson.slides.size(); ++k) {
                const LessonSlide &slide = lesson.slides[k];
                const QString where = QStringLiteral("%1 slide %2").arg(name).arg(k + 1);
                QVERIFY2(player->goTo(int(k)), qPrintable(where));
                auto *narration = window.findChild<QLabel *>(QStringLiteral("lessonNarration"));
                if (slide.question) {
                    // The narration waits with the question, which may give the answer away.
                    QVERIFY(player->questionPending());
                    QVERIFY(!narration->text().contains(
                        slide.narration.in(language).left(20).toHtmlEscaped()));
                    player->next(); // the answer, on the same slide
                    QCOMPARE(player->slide(), int(k));
                }
                QCOMPARE(MainWindow::workspaceId(window.currentWorkspace()), slide.workspace);
                const QVariantMap shown = current(window)->viewState();
                for (auto it = slide.state.constBegin(); it != slide.state.constEnd(); ++it)
                    QVERIFY2(canonical(shown.value(it.key())) == canonical(it.value()),
                        qPrintable(QStringLiteral("%1: %2 is %3, the file says %4")
                                       .arg(where, it.key(),
                                           QString::fromUtf8(canonical(shown.value(it.key()))),
                                           QString::fromUtf8(canonical(it.value())))));
                // The bar says it in the window's language.
                const QString title = slide.title.in(language);
                QVERIFY(!slide.title.en.isEmpty() && !slide.title.zh.isEmpty());
                QVERIFY(!slide.narration.en.isEmpty() && !slide.narration.zh.isEmpty());
                QVERIFY2(window.findChild<QLabel *>(QStringLiteral("lessonHeading"))
                             ->text()
                             .contains(title),
                    qPrintable(where));
                QVERIFY2(narration->text().contains(
                             slide.narration.in(language).left(20).toHtmlEscaped()),
                    qPrintable(where));
            }
        }
    }

    // Every slide, bar included, fits the smallest projector in presentation mode.
    void everySlideFitsAProjector_data() { everyBuiltInSlideShowsWhatItsFileSays_data(); }

    void everySlideFitsAProjector()
    {
        QFETCH(QString, language);
        const QSize screen(1024, 768);
        MainWindow window(options(language.toLatin1().constData()));
        window.setPresentation(true);
        window.setWindowState(Qt::WindowNoState);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &name : LessonPlayer::builtInNames()) {
            QVERIFY(window.openLesson(name, 0, &error_));
            for (int k = 0; k < int(window.lessonPlayer()->lesson().slides.size()); ++k) {
                QVERIFY(window.lessonPlayer()->goTo(k));
                window.lessonPlayer()->next(); // a question's answer, in the bar
                window.resize(screen);
                QCoreApplication::processEvents();
                const QSize minimum = window.minimumSizeHint();
                QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                    qPrintable(QStringLiteral("%1 slide %2 needs %3 x %4")
                                   .arg(name)
                                   .arg(k + 1)
                                   .arg(minimum.width())
                                   .arg(minimum.height())));
            }
        }
    }

    void pageKeysMoveAndAQuestionComesFirst()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QString error;
        QVERIFY(window.openLesson(QStringLiteral("softmax-dim"), 0, &error));
        LessonPlayer *player = window.lessonPlayer();
        const Lesson lesson = readBuiltIn(QStringLiteral("softmax-dim"));
        size_t asking = 1;
        while (asking < lesson.slides.size() && !lesson.slides[asking].question)
            ++asking;
        QVERIFY(asking < lesson.slides.size());
        QWidget *focus = window.findChild<QWidget *>(QStringLiteral("softmaxWorkspace"));
        for (size_t k = 1; k <= asking; ++k)
            QTest::keyClick(focus, Qt::Key_PageDown);
        QCOMPARE(player->slide(), int(asking));
        auto *cover = window.findChild<QLabel *>(QStringLiteral("lessonQuestionCover"));
        QVERIFY(cover && cover->isVisible());
        const LessonQuestion &q = *lesson.slides[asking].question;
        QVERIFY(cover->text().contains(q.prompt.en.toHtmlEscaped()));
        // The whole workspace is covered: its notes and controls may hold the answer too.
        QCOMPARE(cover->geometry(), current(window)->rect());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lessonHeading"))
                     ->text()
                     .contains(lesson.slides[asking].title.en));
        auto *narration = window.findChild<QLabel *>(QStringLiteral("lessonNarration"));
        QVERIFY(!narration->text().contains(QStringLiteral("✔")));
        // The next key reveals: the cover goes, the answer is marked; the slide stays.
        QTest::keyClick(focus, Qt::Key_PageDown);
        QCOMPARE(player->slide(), int(asking));
        QVERIFY(!cover->isVisible());
        QVERIFY(narration->text().contains(
            QStringLiteral("✔ %1. ").arg(QChar(u'A' + char16_t(q.answer)))));
        QTest::keyClick(focus, Qt::Key_PageUp);
        QCOMPARE(player->slide(), int(asking) - 1);
        // A spin box with the focus does not take Page Down while a lesson plays.
        auto *dim = window.findChild<QSpinBox *>(QStringLiteral("dimSpin"));
        QVERIFY(dim);
        dim->setFocus();
        QTest::keyClick(dim, Qt::Key_PageDown);
        QCOMPARE(player->slide(), int(asking));
        QCOMPARE(dim->value(), lesson.slides[asking].state.value(QStringLiteral("dim")).toInt());
        player->close();
        QVERIFY(!player->isVisible());
    }

    void theNoteIsForTheTeacherOnly()
    {
        MainWindow window(options("zh_CN"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.openLesson(QStringLiteral("dying-relu"), 2, &error));
        const LessonSlide slide = readBuiltIn(QStringLiteral("dying-relu")).slides[2];
        QVERIFY(!slide.note.zh.isEmpty());
        auto *note = window.findChild<QLabel *>(QStringLiteral("lessonNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(slide.note.zh));
        window.setPresentation(true);
        QVERIFY(!note->isVisible());
        QVERIFY(window.lessonPlayer()->isVisible()); // the bar itself stays
        window.setPresentation(false);
        QVERIFY(note->isVisible());
    }

    // Touching a control leaves the slide; "Show slide again" brings its state back.
    void aSlideCanBeShownAgain()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.openLesson(QStringLiteral("dying-relu"), 2, &error));
        const QVariantMap slide = current(window)->viewState();
        window.findChild<QDoubleSpinBox *>(QStringLiteral("biasShiftSpin"))->setValue(0.5);
        QVERIFY(current(window)->viewState() != slide);
        window.findChild<QToolButton *>(QStringLiteral("lessonAgainButton"))->click();
        QCOMPARE(current(window)->viewState(), slide);
    }

    // A lesson made from views: add, edit, move, delete, save; it opens again as it was saved,
    // and saving what was opened writes the same bytes (for the built-in lessons too).
    void aLessonMadeHereRoundTrips()
    {
        QTemporaryDir folder;
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonPlayer *player = window.lessonPlayer();
        auto trigger = [&window](const char *name) {
            QAction *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && action->isEnabled(), name);
            action->trigger();
        };
        trigger("actionNewLesson");
        QVERIFY(player->isOpen());
        QCOMPARE(player->slide(), -1);
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("curves")));
        QVERIFY(current(window)
                    ->setViewState({{QStringLiteral("activation"), QStringLiteral("elu")},
                                       {QStringLiteral("elu/alpha"), 0.5}},
                        StateMode::Apply)
                    .isEmpty());
        trigger("actionAddSlide");
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("deep")));
        trigger("actionAddSlide");
        QCOMPARE(player->lesson().slides.size(), size_t(2));
        QCOMPARE(player->slide(), 1);
        player->setSlideTexts({QStringLiteral("Deep"), QStringLiteral("深")},
            {QStringLiteral("Gradients fade."), QStringLiteral("梯度消失。")}, {});
        trigger("actionSlideEarlier");
        QCOMPARE(player->slide(), 0);
        QCOMPARE(player->lesson().slides[0].workspace, QStringLiteral("deep"));
        QCOMPARE(
            player->lesson().slides[1].state.value(QStringLiteral("elu/alpha")).toDouble(), 0.5);
        QVERIFY(player->modified());
        const QString path = folder.filePath(QStringLiteral("made.json"));
        QVERIFY(player->save(path, &error_));
        QVERIFY(!player->modified());
        const QByteArray saved = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        player->close();
        QVERIFY(window.openLesson(path, 1, &error_));
        QCOMPARE(player->slide(), 1);
        QCOMPARE(MainWindow::workspaceId(window.currentWorkspace()), QStringLiteral("curves"));
        QCOMPARE(current(window)->viewState().value(QStringLiteral("elu/alpha")).toDouble(), 0.5);
        QCOMPARE(lessonToJson(player->lesson()), saved);
        trigger("actionDeleteSlide");
        QCOMPARE(player->lesson().slides.size(), size_t(1));
        QCOMPARE(player->slide(), 0);
        player->close();
        for (const QString &name : LessonPlayer::builtInNames()) {
            QVERIFY(window.openLesson(name, 0, &error_));
            const QString copy = folder.filePath(name + QStringLiteral(".json"));
            QVERIFY(player->save(copy, &error_));
            QVERIFY(window.openLesson(copy, 0, &error_));
            QCOMPARE(lessonToJson(player->lesson()), lessonToJson(readBuiltIn(name)));
        }
    }

    // A slide the workspace refuses is named on the status line, the others play; a lesson from
    // a newer version, or a slide it does not have, is refused and nothing changes.
    void brokenLessonsAreReported()
    {
        QTemporaryDir folder;
        Lesson lesson = readBuiltIn(QStringLiteral("sigmoid"));
        lesson.slides[1].state.insert(QStringLiteral("depth"), 5000);
        lesson.slides[1].workspace = QStringLiteral("deep");
        const QString path = folder.filePath(QStringLiteral("broken.json"));
        QVERIFY(saveLesson(lesson, path, &error_));
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(path, 0, &error_));
        QCOMPARE(window.lessonPlayer()->lesson().slides.size(), lesson.slides.size() - 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Slide 2")));
        QVERIFY(!window.openLesson(path, 99, &error_));
        QVERIFY(error_.contains(QString::number(lesson.slides.size() - 1)));
        QByteArray newer = lessonToJson(readBuiltIn(QStringLiteral("tanh")));
        newer.replace("\"version\": 1", "\"version\": 2");
        QFile file(folder.filePath(QStringLiteral("newer.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
        file.close();
        QVERIFY(!window.openLesson(file.fileName(), 0, &error_));
        QVERIFY(error_.contains(QStringLiteral("newer")));
        QCOMPARE(window.lessonPlayer()->lesson().slides.size(), lesson.slides.size() - 1);
        QVERIFY(!window.openLesson(QStringLiteral("no-such-lesson"), 0, &error_));
        QVERIFY(error_.contains(QStringLiteral("dying-relu")));
    }

    void theHandoutHasAPagePerSlide()
    {
        QTemporaryDir folder;
        MainWindow window(options("zh_CN"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(QStringLiteral("tanh"), 1, &error_));
        const QString path = folder.filePath(QStringLiteral("handout.pdf"));
        QVERIFY2(window.lessonPlayer()->exportHandout(path, &error_), qPrintable(error_));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const int pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page ")
            + bytes.count("/Type /Page/") + bytes.count("/Type /Page>");
        QCOMPARE(pages, int(readBuiltIn(QStringLiteral("tanh")).slides.size()));
        QCOMPARE(window.lessonPlayer()->slide(), 1); // back where the teacher was
        QVERIFY(!window.lessonPlayer()->exportHandout(QStringLiteral("/dev/full"), &error_));
    }

    void theCommandLineOpensALesson()
    {
        QTemporaryDir folder;
        auto run = [](const QStringList &arguments, QByteArray *out = nullptr) {
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(APP_PATH), arguments);
            app.waitForFinished(60000);
            if (out)
                *out = app.readAllStandardOutput() + app.readAllStandardError();
            return app.exitCode();
        };
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--list-lessons")}, &out), 0);
        QCOMPARE(QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            LessonPlayer::builtInNames());
        QCOMPARE(run({QStringLiteral("--lesson"), QStringLiteral("nope")}, &out), 2);
        QVERIFY2(out.contains("error: There is no built-in lesson"), out.constData());
        QCOMPARE(run({QStringLiteral("--lesson"), QStringLiteral("tanh"), QStringLiteral("--slide"),
                         QStringLiteral("99")},
                     &out),
            2);
        QCOMPARE(run({QStringLiteral("--slide"), QStringLiteral("2")}, &out), 2);
        const QString shot = folder.filePath(QStringLiteral("slide.png"));
        QCOMPARE(
            run({QStringLiteral("--lesson"), QStringLiteral("sigmoid"), QStringLiteral("--slide"),
                    QStringLiteral("3"), QStringLiteral("--screenshot"), shot},
                &out),
            0);
        QVERIFY(QImage(shot).width() > 100);
        // A lesson file given alone opens as --lesson does.
        const QString mine = folder.filePath(QStringLiteral("mine.json"));
        QVERIFY(saveLesson(readBuiltIn(QStringLiteral("tanh")), mine, &error_));
        QCOMPARE(run({mine, QStringLiteral("--slide"), QStringLiteral("5"),
                         QStringLiteral("--screenshot"), shot},
                     &out),
            0);
        QCOMPARE(run({mine, QStringLiteral("--slide"), QStringLiteral("6")}, &out), 2);
        QVERIFY2(out.contains("slides 1 to 5"), out.constData());
        QCOMPARE(run({mine, mine}, &out), 2);
        // A handout from the command line: a page per slide.
        const QString pdf = folder.filePath(QStringLiteral("handout.pdf"));
        QCOMPARE(run({QStringLiteral("--lesson"), QStringLiteral("tanh"),
                         QStringLiteral("--handout"), pdf},
                     &out),
            0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count("/Type /Page\n")),
            int(readBuiltIn(QStringLiteral("tanh")).slides.size()));
        QCOMPARE(run({QStringLiteral("--handout"), pdf}, &out), 2);
    }

private:
    QString error_;
};

QTEST_MAIN(TestLessons)
#include "test_lessons.moc"
