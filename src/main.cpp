#include "app/export.h"
#include "app/language.h"
#include "app/lessons/lesson_player.h"
#include "app/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    return 2;
}

// --help and --version print and exit: they must work without a display (over ssh, in a script),
// so they get a QCoreApplication, which opens none.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        if (arg == QLatin1String("--"))
            return false;
        for (const char *option :
            {"-h", "--help", "-?", "--help-all", "-v", "--version", "--list-lessons"})
            if (arg == QLatin1String(option))
                return true;
    }
    return false;
}

// SIGTERM and SIGINT (a logout, Ctrl+C in the terminal) close the window as its close button
// does, so the lesson is saved. The handler only writes a byte; the event loop does the rest.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(al::MainWindow &window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &window);
    QObject::connect(notifier, &QSocketNotifier::activated, &window, [&window] {
        char byte;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
        window.close();
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // Memory freed stays with the process: an update of the largest deep stack frees and
    // allocates again its 6 MB of activations and gradients, and each fresh page handed back by
    // the kernel costs a fault (about 4 ms a MB on the VM measured). glibc's defaults trim the
    // heap and map large blocks afresh every time: the update took 46 ms instead of 20. The peak
    // is the same either way; what is kept is at most what was once in use.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
    std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("activation-lab"));
    QApplication::setOrganizationName(QStringLiteral("activation-lab"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVATION_LAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Activation Lab: the activation functions of torch.nn, for the classroom."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("code"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QApplication::translate("main", "Open a workspace: %1.")
            .arg(al::MainWindow::workspaceIds().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption activation(QStringLiteral("activation"),
        QApplication::translate("main",
            "Open an activation in Curves, by its PyTorch functional name (relu, leaky_relu, "
            "...)."),
        QStringLiteral("name"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
        QApplication::translate("main", "Start in presentation mode."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Render the window to a PNG file after its first paint, then exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
        QApplication::translate(
            "main", "Open a lesson: a built-in one by name (see --list-lessons) or a lesson file."),
        QStringLiteral("name|file"));
    const QCommandLineOption slide(QStringLiteral("slide"),
        QApplication::translate("main", "Start the lesson at this slide (from 1)."),
        QStringLiteral("k"));
    const QCommandLineOption handout(QStringLiteral("handout"),
        QApplication::translate("main",
            "Write the lesson's handout (every slide's picture and narration, in the interface "
            "language) to a PDF file, then exit."),
        QStringLiteral("file.pdf"));
    const QCommandLineOption listLessons(QStringLiteral("list-lessons"),
        QApplication::translate("main", "Print the names of the built-in lessons, then exit."));
    parser.addPositionalArgument(QStringLiteral("file.json"),
        QApplication::translate("main", "A lesson file to open (as --lesson)."),
        QStringLiteral("[file.json]"));
    // For activation-lab-bench: exit with status 0 as soon as the window has painted once.
    QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"), QStringLiteral("(benchmark)"));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, workspace, activation, presentation, screenshot, lesson, slide,
        handout, listLessons, quitAfterFirstPaint});
    if (!parser.parse(QApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("activation-lab %s\n", ACTIVATION_LAB_VERSION);
        return 0;
    }
    if (parser.isSet(listLessons)) {
        for (const QString &name : al::LessonPlayer::builtInNames())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }
    // The lesson: --lesson, or a file given alone.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(lesson)))
        return fail(QStringLiteral("give one lesson (a file, or --lesson name|file)"));
    const QString lessonName = parser.isSet(lesson) ? parser.value(lesson) : files.value(0);
    int slideNumber = 1;
    if (parser.isSet(slide)) {
        bool ok = false;
        slideNumber = parser.value(slide).toInt(&ok);
        if (!ok || slideNumber < 1)
            return fail(QStringLiteral("--slide takes a slide number from 1, not \"%1\"")
                            .arg(parser.value(slide)));
    }
    if ((parser.isSet(slide) || parser.isSet(handout)) && lessonName.isEmpty())
        return fail(QStringLiteral("--slide and --handout need a lesson (--lesson name|file)"));
    al::MainWindow::Options options;
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !al::Language::isKnown(options.language))
        return fail(
            QStringLiteral("unknown language \"%1\" (expected zh_CN or en)").arg(options.language));
    options.workspace = parser.value(workspace);
    if (!options.workspace.isEmpty() && al::MainWindow::workspaceIndex(options.workspace) < 0)
        return fail(
            QStringLiteral("unknown workspace \"%1\" (expected %2)")
                .arg(options.workspace, al::MainWindow::workspaceIds().join(QStringLiteral(", "))));
    options.activation = parser.value(activation);
    options.presentation = parser.isSet(presentation);

    if (!qobject_cast<QApplication *>(app.get())) {
        // "-h" was the value of an option (--screenshot -h): the window is wanted after all.
        app.reset();
        app = std::make_unique<QApplication>(argc, argv);
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Activation Lab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-lab.svg")));
    al::MainWindow window(options);
    window.show();
    if (!lessonName.isEmpty()) {
        QString error;
        if (!window.openLesson(lessonName, slideNumber - 1, &error))
            return fail(error);
    }
    if (parser.isSet(handout)) {
        const QString path = parser.value(handout);
        QTimer::singleShot(0, &window, [&window, path] {
            QString error;
            QApplication::exit(
                window.lessonPlayer()->exportHandout(path, &error) ? 0 : fail(error));
        });
    }
    quitOnSignals(window);
    if (parser.isSet(quitAfterFirstPaint)) {
        // Posted events run after the first expose and paint of the shown window.
        QTimer::singleShot(0, &window, [&] {
            window.repaint();
            QApplication::exit(0);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // The format the suffix names, into a regular (or new) file only.
        const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
        if (!QImageWriter::supportedImageFormats().contains(format))
            return fail(QStringLiteral("cannot write %1: \"%2\" is not an image type this app "
                                       "writes (png, jpg, bmp, ...)")
                            .arg(path, QString::fromLatin1(format)));
        QString error;
        if (!al::isWritableTarget(path, &error))
            return fail(error);
        // By value: the lambda runs in the event loop, after this block has ended.
        QTimer::singleShot(100, &window, [&window, path, format] {
            window.settle(); // a worker's result (the deep stack) is in the picture
            QSaveFile file(path);
            const bool saved = file.open(QIODevice::WriteOnly)
                && window.grab().save(&file, format.constData()) && file.commit();
            QApplication::exit(saved
                    ? 0
                    : fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString())));
        });
    }
    return QApplication::exec();
}
