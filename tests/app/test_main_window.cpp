#include "app/main_window.h"

#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void showsTheAppName()
    {
        al::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Activation Lab"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
