// One number format in every locale, Python's: ctest runs this under C, de_DE.UTF-8 and
// zh_CN.UTF-8 (scripts/test generates the locales). A decimal point and no group separators on
// screen and on input; a comma where a point was meant is refused with a message, never read as
// a thousand or a number ten times larger.

#include "app/main_window.h"
#include "app/widgets/heatmap.h"
#include "gui_support.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using al::MainWindow;

class TestLocales : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("LANG=%s, system locale %s", qgetenv("LANG").constData(),
            qPrintable(QLocale::system().name()));
        // The locale ctest started this run with is the one in force, not a silent C: LC_ALL
        // or else LANG, without its codeset ("de_DE.UTF-8" is de_DE; unset or C.UTF-8 is C).
        QString started = qEnvironmentVariable("LC_ALL");
        if (started.isEmpty())
            started = qEnvironmentVariable("LANG");
        started = started.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
        if (started.isEmpty() || started == QLatin1String("POSIX"))
            started = QStringLiteral("C");
        QCOMPARE(QLocale::system().name(), started);
    }

    void numbersArePythonsEverywhere()
    {
        MainWindow::Options options;
        options.language = QStringLiteral("en");
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));

        // A spin box shows a point and reads "0.5" as a half, typed key by key.
        gui::selectNamed(gui::child<QListWidget>(&window, "activationList"), "leaky_relu");
        auto *slope = gui::child<QDoubleSpinBox>(&window, "negative_slopeSpin");
        QCOMPARE(slope->text(), QStringLiteral("0.0100"));
        slope->setFocus();
        slope->selectAll();
        QTest::keyClicks(slope, QStringLiteral("0.5"));
        QTest::keyClick(slope, Qt::Key_Return);
        QCOMPARE(slope->value(), 0.5);
        slope->selectAll();
        QTest::keyClicks(slope, QStringLiteral("0,")); // refused, said, selected for retyping
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("decimal point")),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(slope->findChild<QLineEdit *>()->selectedText(), slope->text());
        QTest::keyClicks(slope, QStringLiteral("0.25"));
        QTest::keyClick(slope, Qt::Key_Return);
        QCOMPARE(slope->value(), 0.25);

        // A logits cell: "1,000" and "1,5" are refused with a message, "1.5" is 1.5.
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("softmax")));
        auto *table = gui::child<QTableWidget>(&window, "logitsTable");
        const QString before = table->item(0, 0)->text();
        for (const char *comma : {"1,000", "1,5"}) {
            table->item(0, 0)->setText(QLatin1String(comma));
            QCOMPARE(table->item(0, 0)->text(), before);
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("decimal point")),
                qPrintable(window.statusBar()->currentMessage()));
        }
        table->item(0, 0)->setText(QStringLiteral("1.5"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1.5"));

        // What the picture writes: points, no separators.
        auto *item = gui::child<QCustomPlot>(&window, "softmaxPlot")
                         ->findChild<al::HeatmapItem *>(QStringLiteral("probabilityItem0"));
        QVERIFY(item && !item->values().empty());
        for (const QString &value : item->values())
            QVERIFY2(!value.contains(QLatin1Char(',')) && value.contains(QLatin1Char('.')),
                qPrintable(value));
    }
};

QTEST_MAIN(TestLocales)
#include "test_locales.moc"
