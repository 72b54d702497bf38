// Fuzz target: the settings file a start restores (damaged, hand-edited, from another version or
// hostile). The input is the file's bytes. Every start must come up with a window in a valid
// state, show every workspace and close, whatever the file holds.

#include "app/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir home;
    static int argc = 1;
    static char name[] = "fuzz_settings";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
        auto *application = new QApplication(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("activation-lab"));
        QCoreApplication::setApplicationName(QStringLiteral("activation-lab"));
        return application;
    }();
    const QString path = QSettings().fileName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    {
        al::MainWindow window(al::MainWindow::Options {});
        window.show();
        QCoreApplication::processEvents();
        if (window.currentWorkspace() < 0
            || window.currentWorkspace() >= al::MainWindow::workspaceCount())
            std::abort();
        for (int i = 0; i < al::MainWindow::workspaceCount(); ++i) {
            window.showWorkspace(i);
            QCoreApplication::processEvents();
        }
        window.close();
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".corrupt"));
    (void)app;
    return 0;
}
