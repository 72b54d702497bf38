#include "app/export.h"
#include "app/language.h"
#include "app/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>
#include <memory>

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
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (arg == QLatin1String(option))
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
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
    // For activation-lab-bench: exit with status 0 as soon as the window has painted once.
    QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"), QStringLiteral("(benchmark)"));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, workspace, activation, presentation, screenshot, quitAfterFirstPaint});
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
    if (parser.isSet(quitAfterFirstPaint)) {
        // Posted events run after the first expose and paint of the shown window.
        QTimer::singleShot(0, &window, [&] {
            window.repaint();
            QApplication::exit(0);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        int status = 0;
        // The format the suffix names, into a regular (or new) file only.
        const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
        if (!QImageWriter::supportedImageFormats().contains(format))
            return fail(QStringLiteral("cannot write %1: \"%2\" is not an image type this app "
                                       "writes (png, jpg, bmp, ...)")
                            .arg(path, QString::fromLatin1(format)));
        QString error;
        if (!al::isWritableTarget(path, &error))
            return fail(error);
        QTimer::singleShot(100, &window, [&] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !window.grab().save(&file, format.constData())
                || !file.commit())
                status = fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            QApplication::exit(status);
        });
    }
    return QApplication::exec();
}
