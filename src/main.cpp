#include "app/main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("activation-lab"));
    QApplication::setOrganizationName(QStringLiteral("activation-lab"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVATION_LAB_VERSION));
    al::MainWindow window;
    window.show();
    return app.exec();
}
