// The shell: title, live language switching over every workspace, presentation mode, settings,
// export.

#include "app/deep/deep_workspace.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/mlp/mlp_workspace.h"
#include "app/widgets/text_panel.h"
#include "app/workspace.h"
#include "gui_support.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonValue>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using al::MainWindow;
using al::StateMode;

static MainWindow::Options options(const char *language)
{
    MainWindow::Options o;
    o.language = QLatin1String(language);
    return o;
}

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { gui::freshSettings(); }

    void titleFollowsTheLanguage()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Activation Lab"));
        QVERIFY(window.setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("激活函数实验室"));
        QVERIFY(!window.setLanguage(QStringLiteral("fr")));
        QCOMPARE(window.language(), QStringLiteral("zh_CN"));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    // A language switch retranslates the workspace on screen; one behind it follows when shown.
    void hiddenWorkspacesRetranslateWhenShown()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int softmax = MainWindow::workspaceIndex(QStringLiteral("softmax"));
        window.showWorkspace(softmax);
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("curves")));
        auto *tabs
            = window.workspace(softmax)->findChild<QTabWidget *>(QStringLiteral("softmaxTabs"));
        QVERIFY(tabs && !tabs->isVisible());
        const QString english = tabs->tabText(0);
        QVERIFY(window.setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QVERIFY(window.windowTitle() != QStringLiteral("Activation Lab"));
        QCOMPARE(tabs->tabText(0), english); // not yet: nobody sees it
        window.showWorkspace(softmax);
        QVERIFY(tabs->tabText(0) != english);
    }

    // Every visible text of every workspace changes in Chinese, and comes back in English.
    void everyVisibleTextIsTranslated()
    {
        MainWindow window(options("en"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int index = 0; index < MainWindow::workspaceCount(); ++index) {
            window.showWorkspace(index);
            if (window.currentWorkspace() != index)
                continue; // not built yet
            // The deep stack's first result relabels its plot when it arrives (it now takes a few
            // milliseconds, and came between the snapshots): wait for it.
            if (auto *deep = qobject_cast<al::DeepWorkspace *>(window.workspace(index)))
                QTRY_VERIFY(!deep->computing() && deep->result());
            QCoreApplication::processEvents();
            const QMap<QString, QString> english = gui::visibleTexts(&window);
            QVERIFY(window.setLanguage(QStringLiteral("zh_CN")));
            QCoreApplication::processEvents();
            const QMap<QString, QString> chinese = gui::visibleTexts(&window);
            QStringList untranslated;
            for (auto it = english.begin(); it != english.end(); ++it)
                if (chinese.value(it.key()) == it.value() && !gui::languageNeutral(it.value()))
                    untranslated << it.key() + QStringLiteral(" = ") + it.value();
            QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
            QVERIFY(window.setLanguage(QStringLiteral("en")));
            QCoreApplication::processEvents();
            const QMap<QString, QString> back = gui::visibleTexts(&window);
            QStringList changed;
            for (auto it = english.begin(); it != english.end(); ++it)
                if (back.value(it.key()) != it.value())
                    changed << it.key() + QStringLiteral(": ") + it.value() + QStringLiteral(" -> ")
                            + back.value(it.key());
            QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        }
    }

    // Every control the keyboard can reach says what it is: an accessible name, or its own text.
    void everyFocusableControlIsNamed()
    {
        MainWindow window(options("en"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (int index = 0; index < MainWindow::workspaceCount(); ++index) {
            window.showWorkspace(index);
            QCoreApplication::processEvents();
            for (QWidget *w : window.workspace(index)->findChildren<QWidget *>()) {
                if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                    continue;
                if (qobject_cast<QAbstractScrollArea *>(w->parentWidget())
                    || w->inherits("QLineEdit"))
                    continue; // viewports and the editors inside spin boxes: their owner is named
                auto *button = qobject_cast<QAbstractButton *>(w);
                const bool named
                    = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
                if (!named)
                    unnamed << QStringLiteral("%1 %2").arg(
                        QLatin1String(w->metaObject()->className()), w->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // --help and --version answer without a display (over ssh, in a script): no platform plugin
    // is loaded, so no display is needed and none is tried.
    void helpAndVersionNeedNoDisplay()
    {
        for (const char *option : {"--help", "--version"}) {
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                environment.remove(QLatin1String(name));
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(APP_PATH), {QLatin1String(option)});
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);
            const QString out = QString::fromUtf8(app.readAllStandardOutput());
            QVERIFY2(out.contains(QLatin1String(option) == QLatin1String("--help")
                             ? QStringLiteral("--presentation")
                             : QStringLiteral("activation-lab ")),
                qPrintable(out));
        }
    }

    // --screenshot, File > Export and Save weights write regular files only, in the format the
    // suffix names: a FIFO stays a FIFO, a device and a link to it are left alone. The device is
    // a null device made here, never the system's /dev/null, which a broken build would replace.
    void specialFilesAreNeverReplaced()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.png"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        const QString device = dir.filePath(QStringLiteral("null.png"));
        const QString link = dir.filePath(QStringLiteral("link.png"));
        QStringList specials {fifo};
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            QVERIFY(QFile::link(device, link));
            specials << device << link;
        } else {
            qInfo("mknod failed (not root?): the device cases are skipped");
        }
        const auto screenshot = [](const QString &path) {
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.insert(QStringLiteral("HOME"), QDir::tempPath());
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(APP_PATH), {QStringLiteral("--screenshot"), path});
            if (!app.waitForFinished(30000))
                qFatal("the app did not finish");
            return std::make_pair(app.exitCode(), QString::fromUtf8(app.readAllStandardError()));
        };
        const auto unchanged = [&] {
            struct stat status;
            for (const QString &path : specials)
                if (::lstat(QFile::encodeName(path).constData(), &status) != 0
                    || S_ISREG(status.st_mode))
                    return false;
            return specials.size() == 1 || QFileInfo(link).isSymLink();
        };
        for (const QString &path : specials) {
            const auto [status, error] = screenshot(path);
            QCOMPARE(status, 2);
            QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        }
        QVERIFY(unchanged()); // still a FIFO, a device and a link
        const auto [bmp, bmpError] = screenshot(dir.filePath(QStringLiteral("window.bmp")));
        QCOMPARE(bmp, 0);
        QFile written(dir.filePath(QStringLiteral("window.bmp")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(2), QByteArray("BM")); // a BMP, not PNG bytes
        QCOMPARE(screenshot(dir.filePath(QStringLiteral("window.xyz"))).first, 2);

        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &path : specials) {
            QString error;
            QVERIFY(!window.exportCurrent(path, &error));
            QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        }
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("mlp")));
        auto *weights = gui::child<al::MlpWorkspace>(&window, "mlpWorkspace");
        for (const QString &path : specials) {
            QString error;
            QVERIFY(!weights->state().saveStateDict(path, &error)); // Save weights
            QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        }
        QVERIFY(unchanged());
    }

    // SIGTERM (a logout) and SIGINT (Ctrl+C) close the window as its button does: saved.
    void aSignalSavesTheLesson()
    {
        for (const char *signal : {"TERM", "INT"}) {
            QTemporaryDir home;
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.insert(QStringLiteral("HOME"), home.path());
            environment.insert(
                QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(APP_PATH), {"--lang", "en", "--workspace", "softmax"});
            QVERIFY(app.waitForStarted());
            QTest::qWait(1500); // up and painted
            QCOMPARE(QProcess::execute(QStringLiteral("kill"),
                         {QStringLiteral("-%1").arg(QLatin1String(signal)),
                             QString::number(app.processId())}),
                0);
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed: it shut down
            const QSettings saved(
                home.filePath(QStringLiteral(".config/activation-lab/activation-lab.conf")),
                QSettings::IniFormat);
            QCOMPARE(saved.value(QStringLiteral("window/workspace")).toString(),
                QStringLiteral("softmax"));
        }
    }

    // Saved every few seconds too: a session killed outright (SIGKILL, a power cut) loses
    // seconds, not the lesson.
    void savesAfterChangesWithoutClosing()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("summary")));
        auto *autosave = window.findChild<QTimer *>(QStringLiteral("autosaveTimer"));
        QVERIFY(autosave && autosave->isActive() && autosave->interval() <= 5000);
        QVERIFY(QMetaObject::invokeMethod(autosave, "timeout"));
        QCOMPARE(QSettings().value(QStringLiteral("window/workspace")).toString(),
            QStringLiteral("summary"));
    }

    // A setting written before the first whole save (the zoom, on a small screen) carries the
    // format: a session killed before that save does not make the next start call the file
    // damaged.
    void anEarlyWriteCarriesTheFormat()
    {
        const QString path = QSettings().fileName();
        QFile::remove(path);
        MainWindow window(options("en"));
        window.setZoom(1.25);
        QTest::qWait(50); // QSettings writes on its next event
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("format=1"), text.constData());
        QVERIFY2(text.contains("1.25"), text.constData());
    }

    // A settings location that cannot be written is said once, not ignored.
    void unsavableSettingsAreReportedOnce()
    {
        const QString path = QSettings().fileName();
        const QString folder = QFileInfo(path).absolutePath();
        QDir(folder).removeRecursively();
        {
            QFile blocker(folder); // a file where the settings folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        auto *autosave = window.findChild<QTimer *>(QStringLiteral("autosaveTimer"));
        QVERIFY(autosave);
        // Three saves, the message gone between them as its timeout takes it: a repeat would
        // show again (the status bar signals a message only when it changes).
        QVERIFY(QMetaObject::invokeMethod(autosave, "timeout"));
        window.statusBar()->clearMessage();
        QVERIFY(QMetaObject::invokeMethod(autosave, "timeout"));
        window.statusBar()->clearMessage();
        window.close();
        QFile::remove(folder);
        int said = 0;
        for (const QList<QVariant> &message : messages)
            said += message.at(0).toString().contains(QStringLiteral("cannot be saved"));
        QCOMPARE(said, 1);
    }

    // A refused huge state dict leaves the window on the screen: the geometry saved at close is
    // no taller than the screen.
    void aRefusedHugeFileKeepsTheWindowOnScreen()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("wide.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"fc1.weight\": [[" + QByteArray("0.5,").repeated(6999999)
            + "0.5]], \"fc1.bias\": [0]}");
        file.close();
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("mlp")));
        QTimer::singleShot(0, [&file] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                    dialog->selectFile(file.fileName());
                    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept
                }
        });
        gui::child<QPushButton>(&window, "loadButton")->click(); // Load weights
        const QString error = gui::child<al::Workspace>(&window, "mlpWorkspace")->fieldError();
        QVERIFY2(
            error.contains(QStringLiteral("at most 4096 inputs and outputs")), qPrintable(error));
        const int screenHeight = window.screen()->availableGeometry().height();
        window.close();
        QDataStream saved(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
        quint32 magic = 0;
        quint16 major = 0, minor = 0;
        QRect frame;
        saved >> magic >> major >> minor >> frame; // QWidget::saveGeometry's first fields
        QCOMPARE(magic, quint32(0x1D9D0CB));
        QVERIFY2(frame.height() <= screenHeight,
            qPrintable(QStringLiteral("%1 > %2").arg(frame.height()).arg(screenHeight)));
    }

    void keyboardSwitchesWorkspaces()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("deep")));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("train")));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("summary")));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("curves")));
    }

    void presentationModeTogglesCleanly()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal normalSize = QApplication::font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.isFullScreen());
        // Controls and notes grow a little, the picture a lot: the class reads the plot.
        QVERIFY(QApplication::font().pointSizeF() > normalSize * 1.2);
        auto *plot = window.findChild<QCustomPlot *>(QStringLiteral("curvesPlot"));
        QVERIFY(plot->graph(0)->pen().widthF() > 3.0);
        QVERIFY(plot->xAxis->tickLabelFont().pointSizeF() > normalSize * 1.8);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(!window.isFullScreen());
        QCOMPARE(QApplication::font().pointSizeF(), normalSize);
        QVERIFY(plot->graph(0)->pen().widthF() < 3.0);
    }

    // Every workspace's whole state comes back after a restart, lists and nested lists included
    // (logits, units, targets, compared activations), through the settings file.
    void everyStateComesBack()
    {
        std::map<QString, QVariantMap> saved;
        {
            MainWindow window(options("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const std::pair<const char *, QVariantMap> states[] = {
                {"curves",
                    {{"activation", "elu"}, {"elu/alpha", 0.5},
                        {"compared", QStringList {"relu", "tanh"}}, {"from", -3}, {"to", 2}}},
                {"softmax",
                    {{"logits", QVariantList {QVariantList {1, 2, 3}, QVariantList {0.5, -1, 4}}},
                        {"dim", 0}, {"targets", QVariantList {2, 1}}, {"view", "crossEntropy"}}},
                {"mlp",
                    {{"activations", QStringList {"leaky_relu", "gelu"}}, {"biasShift", -1.5},
                        {"trainSteps", 3}, {"gradients", true}, {"stage", 3}}},
                {"deep", {{"activation", "tanh"}, {"depth", 7}, {"init", "xavier"}}},
                {"train",
                    {{"units", QVariantList {5}}, {"activations", QStringList {"silu"}},
                        {"compare", QStringList {"relu", "tanh", "gelu"}},
                        {"features", QStringList {"x1", "x2", "x1*x2"}}, {"step", 4}}},
            };
            for (const auto &[id, state] : states) {
                const int index = MainWindow::workspaceIndex(QLatin1String(id));
                QCOMPARE(
                    window.workspace(index)->setViewState(state, StateMode::Apply), QStringList());
                saved[QLatin1String(id)] = window.workspace(index)->viewState();
            }
            window.close();
        }
        MainWindow again(options("en"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        for (const auto &[id, state] : saved) {
            const QVariantMap back = again.workspace(MainWindow::workspaceIndex(id))->viewState();
            for (auto it = state.constBegin(); it != state.constEnd(); ++it)
                QVERIFY2(QJsonValue::fromVariant(back.value(it.key()))
                        == QJsonValue::fromVariant(it.value()),
                    qPrintable(QStringLiteral("%1 %2: %3, was %4")
                                   .arg(id, it.key(), back.value(it.key()).toString(),
                                       it.value().toString())));
        }
    }

    void settingsBringTheLessonBack()
    {
        {
            MainWindow window(options("zh_CN"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *list = window.findChild<QListWidget *>(QStringLiteral("activationList"));
            gui::selectNamed(list, "leaky_relu");
            auto *spin = window.findChild<QDoubleSpinBox *>(QStringLiteral("negative_slopeSpin"));
            QVERIFY(spin);
            spin->setValue(0.2);
            window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("summary")));
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("summary")));
        again.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("curves")));
        auto *list = again.findChild<QListWidget *>(QStringLiteral("activationList"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("LeakyReLU"));
        QCOMPARE(
            again.findChild<QDoubleSpinBox *>(QStringLiteral("negative_slopeSpin"))->value(), 0.2);
    }

    void damagedSettingsFallBackToDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("language"), QStringLiteral("klingon"));
        settings.setValue(QStringLiteral("window/workspace"), QStringLiteral("nowhere"));
        settings.setValue(QStringLiteral("curves/activation"), QStringLiteral("swish"));
        settings.setValue(
            QStringLiteral("curves/leaky_relu/negative_slope"), QStringLiteral("abc"));
        settings.setValue(QStringLiteral("curves/from"), 5);
        settings.setValue(QStringLiteral("curves/to"), -5);
        settings.sync();
        MainWindow window(options(""));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(al::Language::isKnown(window.language()));
        QCOMPARE(window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("curves")));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("activationList"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("ReLU"));
        QCOMPARE(window.findChild<QDoubleSpinBox *>(QStringLiteral("xFromSpin"))->value(), -6.0);
    }

    // Values a hostile file could hold are clamped or refused before they cost anything; a
    // settings file of megabytes is not read at all.
    void hostileSettingsCostNothing()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("window/workspace"), QStringLiteral("mlp"));
            settings.setValue(QStringLiteral("mlp/stage"), 2147483647);
            settings.setValue(
                QStringLiteral("mlp/activations"), QStringList(10000, QStringLiteral("sigmoid")));
            // Valid logits padded past the size cap: only the cap refuses them.
            settings.setValue(QStringLiteral("softmax/logits"),
                QStringLiteral("[1,") + QString(20000, QLatin1Char(' ')) + QStringLiteral("2]"));
            settings.sync();
        }
        {
            MainWindow window(options("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("softmax")));
            auto *table = window.findChild<QTableWidget *>(QStringLiteral("logitsTable"));
            QCOMPARE(table->rowCount() * table->columnCount(), 20); // the default, not [1, 2]
            window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("mlp")));
            auto *stage = window.findChild<al::TextPanel *>(QStringLiteral("stageLabel"));
            QVERIFY(stage);
            // Refused as out of range: the default stage, and the default activations.
            QVERIFY2(stage->text().contains(QStringLiteral("0 of 6")), qPrintable(stage->text()));
            const QVariantMap mlp
                = window.findChild<al::Workspace *>(QStringLiteral("mlpWorkspace"))->viewState();
            QCOMPARE(mlp.value(QStringLiteral("activations")).toStringList(),
                QStringList({QStringLiteral("relu"), QStringLiteral("tanh")}));
            window.close();
        }
        // A file of megabytes: set aside unread, the defaults used.
        const QString path = QSettings().fileName();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "[general]\nformat=1\nfiller=" + QByteArray(2 << 20, 'x') + "\n";
        file.write(line);
        file.close();
        MainWindow window(options("en"));
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    }

    void unreadableSettingsAreSetAsideAndReported()
    {
        const QByteArray garbage("[window\n\xff\xfe garbage=\"unterminated\n");
        const QString path = QSettings().fileName();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        {
            MainWindow window(options("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(
                window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("curves")));
            QVERIFY2(
                window.statusBar()->currentMessage().contains(QStringLiteral("could not be read")),
                qPrintable(window.statusBar()->currentMessage()));
            window.close();
        }
        QFile aside(path + QStringLiteral(".corrupt"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage); // kept for the teacher to inspect
        QCOMPARE(QSettings().value(QStringLiteral("format")).toInt(), 1); // and a good file again
    }

    void exportsPlotAndDataAtomically()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QString error;
        for (const char *name : {"plot.png", "plot.svg", "plot.pdf", "plot.csv"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QVERIFY2(window.exportCurrent(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(16);
            if (path.endsWith(QLatin1String("png")))
                QVERIFY(head.startsWith("\x89PNG"));
            else if (path.endsWith(QLatin1String("pdf")))
                QVERIFY(head.startsWith("%PDF"));
            else if (path.endsWith(QLatin1String("svg")))
                QVERIFY(head.contains("<?xml"));
            else
                QVERIFY(head.startsWith("x,relu,d_relu"));
        }
        QVERIFY(!window.exportCurrent(dir.filePath(QStringLiteral("missing/plot.png")), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not write")), qPrintable(error));
        QVERIFY(!window.exportCurrent(dir.filePath(QStringLiteral("plot.bmp")), &error));
        QVERIFY2(error.contains(QStringLiteral(".png")), qPrintable(error));
    }

    // On a dark screen, "Export on a light background" gives a light picture for printing and
    // leaves the screen dark; unticked, the export looks like the screen.
    void exportsOnALightBackgroundForPrint()
    {
        MainWindow window(options("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plot.png"));
        const auto cornerLightness = [&] {
            QString error;
            if (!window.exportCurrent(path, &error))
                qFatal("export failed: %s", qPrintable(error));
            return QImage(path).pixelColor(2, 2).lightness();
        };
        QVERIFY(cornerLightness() < 100);
        auto *light = window.findChild<QAction *>(QStringLiteral("actionLightExport"));
        QVERIFY(light && !light->isChecked());
        light->trigger();
        QVERIFY(cornerLightness() > 200);
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 100);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
