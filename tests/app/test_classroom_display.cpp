// The window on the screens classrooms have, in both languages, normal and presentation mode:
// it fits, the picture has its share, no text is cut, plots contain their data, and rows,
// samples, slices and classes are numbered from 0 as PyTorch numbers them.

#include "app/main_window.h"
#include "app/widgets/heatmap.h"
#include "app/workspace.h"
#include "gui_support.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using al::MainWindow;

namespace {

MainWindow::Options options(const QString &language, bool presentation)
{
    MainWindow::Options o;
    o.language = language;
    o.presentation = presentation;
    return o;
}

bool plainText(const QString &text)
{
    return !Qt::mightBeRichText(text) && !text.contains(QLatin1Char('\n'));
}

// Texts that do not fit the widget that shows them: single-line labels, buttons, check boxes,
// group box titles, table cells and headers, tabs.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    auto report = [&](QWidget *w, const QString &text, int need, int have) {
        cut << QStringLiteral("%1 %2: \"%3\" needs %4 px, has %5")
                   .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text)
                   .arg(need)
                   .arg(have);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        const QFontMetrics metrics(w->font());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->wordWrap() && plainText(label->text()) && !label->text().isEmpty()) {
                const int need = metrics.horizontalAdvance(label->text());
                if (need > label->contentsRect().width())
                    report(w, label->text(), need, label->contentsRect().width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                report(w, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->isColumnHidden(c))
                    continue;
                const int width = table->columnWidth(c);
                if (QTableWidgetItem *header = table->horizontalHeaderItem(c)) {
                    // The header's own margins and (possible) sort indicator come on top.
                    const int need = QFontMetrics(table->horizontalHeader()->font())
                                         .horizontalAdvance(header->text())
                        + 8;
                    if (!table->wordWrap() && need > width)
                        report(w, header->text(), need, width);
                }
                for (int r = 0; r < table->rowCount(); ++r) {
                    const QTableWidgetItem *item = table->item(r, c);
                    if (!item || item->text().isEmpty() || table->wordWrap())
                        continue;
                    const int need
                        = QFontMetrics(table->font()).horizontalAdvance(item->text()) + 6;
                    if (need > width)
                        report(w, item->text(), need, width);
                }
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int need = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
                if (need > tabs->tabRect(i).width())
                    report(w, tabs->tabText(i), need, tabs->tabRect(i).width());
            }
            const QRect last = tabs->tabRect(tabs->count() - 1);
            if (last.right() > tabs->width())
                report(w, tabs->tabText(tabs->count() - 1), last.right(), tabs->width());
        }
    }
    return cut;
}

// Plotted values outside their value axis (the axes must contain their data).
QStringList valuesOffAxis(QWidget *root)
{
    QStringList off;
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        if (!plot->isVisible())
            continue;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *p = plot->plottable(i);
            if (!p->visible() || !p->valueAxis() || qobject_cast<QCPColorMap *>(p))
                continue;
            bool found = false;
            const QCPRange values = p->getValueRange(found);
            const QCPRange axis = p->valueAxis()->range();
            if (found && (values.lower < axis.lower - 1e-9 || values.upper > axis.upper + 1e-9))
                off << QStringLiteral("%1 %2: data %3..%4, axis %5..%6")
                           .arg(plot->objectName(), p->objectName())
                           .arg(values.lower)
                           .arg(values.upper)
                           .arg(axis.lower)
                           .arg(axis.upper);
        }
    }
    return off;
}

// Visible widgets that reach outside the window, or out of the widget that holds them (over
// their neighbours). What a scroll area holds may be larger than it shows (a column of controls
// scrolls): the scroll area itself is checked instead.
QStringList outsideTheWindow(QWidget *window)
{
    QStringList outside;
    auto report = [&](QWidget *w, const QRect &where, const QWidget *frame) {
        outside << QStringLiteral("%1 %2 at %3,%4 %5 x %6 outside %7 %8 x %9")
                       .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                       .arg(where.x())
                       .arg(where.y())
                       .arg(where.width())
                       .arg(where.height())
                       .arg(frame->objectName())
                       .arg(frame->width())
                       .arg(frame->height());
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow())
            continue;
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || p->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (scrolled)
            continue;
        const QRect where(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(where))
            report(w, where, window);
        else if (!w->parentWidget()->rect().contains(w->geometry()))
            report(w, w->geometry(), w->parentWidget());
    }
    return outside;
}

// Plots smaller than their own layout needs: their titles, legends or axes are cut off.
QStringList squeezedPlots(QWidget *root)
{
    QStringList squeezed;
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        if (!plot->isVisible())
            continue;
        const QSize need = plot->plotLayout()->minimumOuterSizeHint();
        if (need.width() > plot->width() || need.height() > plot->height())
            squeezed << QStringLiteral("%1 needs %2 x %3, has %4 x %5")
                            .arg(plot->objectName())
                            .arg(need.width())
                            .arg(need.height())
                            .arg(plot->width())
                            .arg(plot->height());
    }
    return squeezed;
}

} // namespace

class TestClassroomDisplay : public QObject {
    Q_OBJECT

    // The window shows Train at the screen's size: nothing reaches out of it or is cut, and the
    // decision boundaries are the picture.
    // The window asks for no more than the screen and has the screen's size.
    static void windowFitsScreen(const MainWindow &window, QSize screen, const QString &where)
    {
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
            qPrintable(QStringLiteral("%1: the window needs at least %2 x %3")
                           .arg(where)
                           .arg(minimum.width())
                           .arg(minimum.height())));
        QVERIFY2(window.size() == screen,
            qPrintable(QStringLiteral("%1: the window is %2 x %3")
                           .arg(where)
                           .arg(window.width())
                           .arg(window.height())));
    }

    void trainFits(MainWindow &window, QSize screen, const QString &where)
    {
        for (int i = 0; i < 3; ++i) // the arrangement follows the picture's size
            QCoreApplication::processEvents();
        al::Workspace *train
            = window.workspace(MainWindow::workspaceIndex(QStringLiteral("train")));
        windowFitsScreen(window, screen, where);
        if (QTest::currentTestFailed())
            return;
        const QStringList outside = outsideTheWindow(&window);
        QVERIFY2(outside.isEmpty(), qPrintable(where + QLatin1Char('\n') + outside.join('\n')));
        const QStringList cut = cutTexts(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(where + QLatin1Char('\n') + cut.join('\n')));
        const QStringList squeezed = squeezedPlots(train);
        QVERIFY2(squeezed.isEmpty(), qPrintable(where + QLatin1Char('\n') + squeezed.join('\n')));
        const QStringList off = valuesOffAxis(train);
        QVERIFY2(off.isEmpty(), qPrintable(where + QLatin1Char('\n') + off.join('\n')));
        // The boundaries together larger than the curves beside them (under them, the charts
        // of a comparison go side by side), and the picture larger than the controls or the
        // notes.
        auto area = [](const QWidget *w) {
            return w->isVisible() ? double(w->width()) * w->height() : 0.0;
        };
        double boundaries = 0;
        int shown = 0;
        for (const char *name :
            {"trainBoundary0", "trainBoundary1", "trainBoundary2", "trainBoundary3"}) {
            boundaries += area(gui::child<QWidget>(train, name));
            shown += gui::child<QWidget>(train, name)->isVisible();
        }
        const double curves = area(gui::child<QWidget>(train, "trainCurves"));
        QVERIFY2(shown > 0 && boundaries > curves,
            qPrintable(QStringLiteral("%1: boundaries %2 px², curves %3 px²")
                           .arg(where)
                           .arg(boundaries)
                           .arg(curves)));
        const double picture = area(train->mainVisual());
        for (const char *side : {"controlsScroll", "trainNotes"})
            QVERIFY2(picture > area(gui::child<QWidget>(train, side)),
                qPrintable(QStringLiteral("%1: the picture is smaller than %2")
                               .arg(where, QLatin1String(side))));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { gui::freshSettings(); }

    void everyScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presentation");
        for (const char *language : {"en", "zh_CN"}) {
            // Normal mode down to 1024 x 700, presentation mode down to 1024 x 768.
            for (const QSize size :
                {QSize(1024, 700), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%dx%d %s normal", size.width(), size.height(), language)
                    << size << QString::fromLatin1(language) << false;
            for (const QSize size :
                {QSize(1024, 768), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%dx%d %s presentation", size.width(), size.height(), language)
                    << size << QString::fromLatin1(language) << true;
        }
    }

    void everyScreen()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QFETCH(bool, presentation);
        MainWindow window(options(language, presentation));
        // What a window manager does with a maximised or full-screen window on that screen.
        window.setWindowState(Qt::WindowNoState);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.presentation(), presentation);
        for (int index = 0; index < MainWindow::workspaceCount(); ++index) {
            window.showWorkspace(index);
            window.resize(screen);
            QCoreApplication::processEvents();
            const QString where = MainWindow::workspaceId(index);
            windowFitsScreen(window, screen, where);
            if (QTest::currentTestFailed())
                return;
            const QStringList cut = cutTexts(&window);
            QVERIFY2(cut.isEmpty(), qPrintable(where + QLatin1Char('\n') + cut.join('\n')));
            // A small heatmap (Softmax's logits) keeps its numbers on every screen.
            for (auto *item : window.findChildren<al::HeatmapItem *>())
                if (item->parentPlot()->isVisible() && !item->values().empty()
                    && item->values().size() <= 25)
                    QVERIFY2(item->valuesShown(),
                        qPrintable(where + QStringLiteral(": ") + item->objectName()
                            + QStringLiteral(" hides its numbers")));
            const QStringList off = valuesOffAxis(&window);
            QVERIFY2(off.isEmpty(), qPrintable(where + QLatin1Char('\n') + off.join('\n')));
            if (presentation && screen.width() >= 1366) {
                // The picture first: at least 60 % of the window.
                const QWidget *visual = window.workspace(index)->mainVisual();
                const double share = double(visual->width()) * visual->height()
                    / (double(screen.width()) * screen.height());
                QVERIFY2(share >= 0.6,
                    qPrintable(QStringLiteral("%1: the picture has %2 % of the window")
                                   .arg(where)
                                   .arg(share * 100, 0, 'f', 1)));
            }
        }
    }

    // Train side by side, two to four runs (and none), on every classroom screen: the window
    // stays the screen's size, nothing reaches out of it or is cut, and the decision boundaries
    // stay larger than the curves beside them.
    void trainComparisonFits_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presentation");
        for (const char *language : {"zh_CN", "en"})
            for (const bool presentation : {true, false})
                for (const QSize size : {QSize(1024, 768), QSize(1024, 700), QSize(1280, 720),
                         QSize(1366, 768), QSize(1920, 1080)}) {
                    if (presentation && size.height() < 768 && size.width() == 1024)
                        continue; // presentation mode down to 1024 x 768
                    QTest::addRow("%dx%d %s %s", size.width(), size.height(), language,
                        presentation ? "presentation" : "normal")
                        << size << QString::fromLatin1(language) << presentation;
                }
    }

    void trainComparisonFits()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QFETCH(bool, presentation);
        const QStringList names {QStringLiteral("sigmoid"), QStringLiteral("tanh"),
            QStringLiteral("relu"), QStringLiteral("gelu")};
        // Train with four runs from the start, as the settings keep them.
        QSettings().setValue(QStringLiteral("train/compare"), names);
        MainWindow::Options o = options(language, presentation);
        o.workspace = QStringLiteral("train");
        MainWindow window(o);
        window.setWindowState(Qt::WindowNoState);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(screen); // as a window manager would, with the frame known
        al::Workspace *train
            = window.workspace(MainWindow::workspaceIndex(QStringLiteral("train")));
        QVERIFY(train->isVisible());
        // From four to one and back, in one window: it must not grow on the way.
        for (const int runs : {4, 0, 2, 3, 4}) {
            const QStringList problems = train->setViewState(
                {{QStringLiteral("compare"), names.mid(0, runs)}}, al::StateMode::Apply);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
            trainFits(window, screen, QStringLiteral("%1 runs").arg(runs));
            if (QTest::currentTestFailed())
                return;
        }
        // Into the other mode and back (F5 twice), with four runs: the text grows and shrinks,
        // the notes fold and unfold, the window keeps the screen's size.
        // Full screen is the screen's size (the test's screen is larger than the one tested).
        const auto fullScreen = [&] {
            window.setWindowState(Qt::WindowNoState);
            window.resize(screen);
        };
        window.setPresentation(!presentation);
        fullScreen(); // or, from presentation, the window as a window manager would lay it out
        trainFits(window, screen, QStringLiteral("4 runs, F5"));
        if (QTest::currentTestFailed())
            return;
        window.setPresentation(presentation); // normal: the window as it was
        if (presentation)
            fullScreen();
        trainFits(window, screen, QStringLiteral("4 runs, F5 twice"));
    }

    // A restored window larger than the screen it opens on is shrunk to fit.
    void restoredGeometryIsShrunkToTheScreen()
    {
        {
            MainWindow window(options(QStringLiteral("en"), false));
            window.resize(3000, 2000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close(); // saves the oversized geometry
        }
        MainWindow again(options(QStringLiteral("en"), false));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        const QRect available = again.screen()->availableGeometry();
        QVERIFY2(available.contains(again.frameGeometry()),
            qPrintable(QStringLiteral("%1 x %2 on %3 x %4")
                           .arg(again.frameGeometry().width())
                           .arg(again.frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
    }

    // Ctrl+= and Ctrl+- enlarge and shrink everything; Ctrl+0 goes back; each mode and screen
    // keeps its own.
    void zoomIsKeptPerScreenAndMode()
    {
        qreal normalSize = 0;
        {
            MainWindow window(options(QStringLiteral("en"), false));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            normalSize = QApplication::font().pointSizeF();
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QVERIFY(QApplication::font().pointSizeF() > normalSize * 1.25);
            QVERIFY(window.zoom() > 1.25);
            window.setPresentation(true); // its own zoom, not the normal one's
            QCOMPARE(window.zoom(), 1.0);
            window.setPresentation(false);
            QVERIFY(window.zoom() > 1.25);
            window.close();
        }
        MainWindow again(options(QStringLiteral("en"), false));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.zoom() > 1.25);
        QTest::keyClick(&again, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(again.zoom(), 1.0);
        QCOMPARE(QApplication::font().pointSizeF(), normalSize);
        QTest::keyClick(&again, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(QApplication::font().pointSizeF() < normalSize);
    }

    // Presentation mode folds the notes and the navigation; View > Notes and Controls bring them
    // back or fold them, per mode.
    void presentationFoldsTheNotes()
    {
        MainWindow window(options(QStringLiteral("en"), false));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notes = window.findChild<QWidget *>(QStringLiteral("rightScroll"));
        auto *list = window.findChild<QWidget *>(QStringLiteral("workspaceList"));
        QVERIFY(notes->isVisible() && list->isVisible());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(!notes->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QTest::keyClick(&window, Qt::Key_F7);
        QVERIFY(notes->isVisible());
        QWidget *controls = window.workspace(MainWindow::workspaceIndex(QStringLiteral("curves")))
                                ->controlsPanel();
        QTest::keyClick(&window, Qt::Key_F6);
        QVERIFY(!controls->isVisible());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(notes->isVisible() && list->isVisible() && controls->isVisible());
        QVERIFY(window.menuBar()->isVisible());
    }

    // One numbering, PyTorch's: the first row, sample, slice, class and logit is 0.
    void numberingStartsAtZero()
    {
        MainWindow window(options(QStringLiteral("en"), false));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("softmax")));
        for (const char *name : {"jacobianSliceSpin", "editSliceSpin"})
            QCOMPARE(gui::child<QSpinBox>(&window, name)->minimum(), 0);
        gui::child<QTabWidget>(&window, "softmaxTabs")->setCurrentIndex(3); // Cross-entropy
        auto *targets = gui::child<QTableWidget>(&window, "targetsTable");
        QVERIFY(targets->rowCount() > 1);
        QCOMPARE(targets->verticalHeaderItem(0)->text(), QStringLiteral("0"));
        QCOMPARE(targets->verticalHeaderItem(1)->text(), QStringLiteral("1"));
        window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("curves")));
        QVERIFY(window.findChild<al::Workspace *>(QStringLiteral("curvesWorkspace")));
        auto *list = gui::child<QListWidget>(&window, "activationList");
        gui::selectNamed(list, "softmax");
        QCOMPARE(gui::child<QSpinBox>(&window, "sweptIndexSpin")->minimum(), 0);
    }

    // Numbers read the same in every language: '.' as the decimal point, no group separators.
    void numbersHaveNoGroupSeparators()
    {
        for (const char *language : {"en", "zh_CN"}) {
            MainWindow window(options(QLatin1String(language), false));
            QCOMPARE(QLocale().toString(1000.5, 'f', 4), QStringLiteral("1000.5000"));
            QCOMPARE(QLocale().toString(1234567), QStringLiteral("1234567"));
            bool ok = false;
            QLocale().toDouble(QStringLiteral("1,000.5"), &ok);
            QVERIFY(!ok); // refused, not read as 1000.5 or 1.0005
        }
    }

    // A refused value is shown next to its control until the state accepts one again.
    void refusalStaysNextToItsControl()
    {
        MainWindow window(options(QStringLiteral("en"), false));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *from = gui::child<QDoubleSpinBox>(&window, "xFromSpin");
        auto *to = gui::child<QDoubleSpinBox>(&window, "xToSpin");
        from->setValue(20); // beyond x to: refused
        al::Workspace *curves
            = window.workspace(MainWindow::workspaceIndex(QStringLiteral("curves")));
        QVERIFY(!curves->fieldError().isEmpty());
        auto *bubble = gui::child<QLabel>(curves, "fieldError");
        QVERIFY(bubble->isVisible());
        const QRect control(from->mapTo(curves, QPoint(0, 0)), from->size());
        QVERIFY2(std::abs(bubble->geometry().top() - control.bottom()) < 8
                || std::abs(bubble->geometry().bottom() - control.top()) < 8,
            "the message is not next to its control");
        QTest::qWait(50);
        QVERIFY(!curves->fieldError().isEmpty()); // still there, unlike a status message
        to->setValue(5); // a valid change
        QVERIFY(curves->fieldError().isEmpty());
    }

    // Exports are 16:9 landscape with a title line naming what is shown.
    void exportsAreLandscapeWithATitle()
    {
        MainWindow window(options(QStringLiteral("en"), false));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QString error;
        for (int index : {MainWindow::workspaceIndex(QStringLiteral("curves")),
                 MainWindow::workspaceIndex(QStringLiteral("softmax")),
                 MainWindow::workspaceIndex(QStringLiteral("mlp"))}) {
            window.showWorkspace(index);
            QCoreApplication::processEvents();
            const QString path = dir.filePath(QStringLiteral("plot%1.png").arg(index));
            QVERIFY2(window.exportCurrent(path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QCOMPARE(image.width() * 9, image.height() * 16);
            QVERIFY(!window.workspace(index)->exportTitle().isEmpty());
            const QString svg = dir.filePath(QStringLiteral("plot%1.svg").arg(index));
            QVERIFY2(window.exportCurrent(svg, &error), qPrintable(error));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString title = window.workspace(index)->exportTitle();
            QVERIFY2(QString::fromUtf8(file.readAll()).contains(title.left(12).toHtmlEscaped()),
                qPrintable(title));
        }
    }
};

// The offscreen platform's screen is 800 x 800 unless told otherwise: give it a 1920 x 1080 one,
// so that every size tested is a window on a screen that holds it.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920,
        "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestClassroomDisplay test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_classroom_display.moc"
