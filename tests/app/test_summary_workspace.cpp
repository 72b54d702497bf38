// The Summary workspace driven through its real widgets: the lesson's order, sorting by a
// column's title, the filter, and a row that opens Curves.

#include "app/activation_texts.h"
#include "app/main_window.h"
#include "app/summary/summary_workspace.h"
#include "core/activation.h"
#include "gui_support.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace al;

class TestSummaryWorkspace : public QObject {
    Q_OBJECT

private:
    gui::ShownWorkspace<SummaryWorkspace> workspace_;

    QTableWidget *table() const
    {
        return gui::child<QTableWidget>(workspace_.get(), "summaryTable");
    }
    // A column by the title the user reads.
    int column(const QString &title) const
    {
        for (int c = 0; c < table()->columnCount(); ++c)
            if (table()->horizontalHeaderItem(c)->text() == title)
                return c;
        qFatal("no column %s", qPrintable(title));
    }
    // The activations of the rows the user sees, top to bottom ("nn.ReLU" -> "ReLU").
    QStringList shownRows() const
    {
        QStringList rows;
        for (int row = 0; row < table()->rowCount(); ++row)
            if (!table()->isRowHidden(row))
                rows << table()->item(row, column(QStringLiteral("Activation")))->text().mid(3);
        return rows;
    }
    void clickTitle(const QString &title)
    {
        QHeaderView *header = table()->horizontalHeader();
        const int c = column(title);
        const QPoint at(
            header->sectionViewportPosition(c) + header->sectionSize(c) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }
    // Every row's curve is its own activation's, whatever the order.
    void verifyCurvesFollowTheirRows()
    {
        const int curve = column(QStringLiteral("Curve"));
        for (int row = 0; row < table()->rowCount(); ++row) {
            const QString name = table()->item(row, column(QStringLiteral("Activation")))->text();
            const ActivationSpec *spec = nullptr;
            for (const ActivationSpec &s : activationRegistry())
                if (name == QStringLiteral("nn.") + QLatin1String(s.moduleName))
                    spec = &s;
            QVERIFY(spec);
            QWidget *plot = table()->cellWidget(row, curve);
            QVERIFY(plot);
            QCOMPARE(plot->objectName(),
                QStringLiteral("summaryCurve:") + QLatin1String(spec->functionalName));
            QCOMPARE(table()->visualRect(table()->model()->index(row, curve)).center().y(),
                plot->geometry().center().y());
        }
    }
    QStringList lessonsOrder() const
    {
        std::vector<const ActivationSpec *> rows;
        for (const ActivationSpec &spec : activationRegistry())
            rows.push_back(&spec);
        std::stable_sort(rows.begin(), rows.end(), [](const auto *a, const auto *b) {
            return quickPickRank(a->functionalName) < quickPickRank(b->functionalName);
        });
        QStringList names;
        for (const ActivationSpec *spec : rows)
            names << QLatin1String(spec->moduleName);
        return names;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        gui::freshSettings();
        QVERIFY(workspace_.show());
    }
    void cleanup() { workspace_.reset(); }

    // The seed's five first, in the seed's order; then the others family by family.
    void opensInTheLessonsOrder()
    {
        const QStringList rows = shownRows();
        QCOMPARE(rows.size(), int(activationRegistry().size()));
        QCOMPARE(rows.mid(0, 5), (QStringList {"ReLU", "LeakyReLU", "Sigmoid", "Tanh", "Softmax"}));
        QStringList groups;
        for (int row = 5; row < table()->rowCount(); ++row) {
            const QString group = table()->item(row, column(QStringLiteral("Group")))->text();
            QVERIFY(!group.isEmpty());
            if (groups.isEmpty() || groups.last() != group) {
                QVERIFY2(!groups.contains(group), qPrintable(group + QStringLiteral(" twice")));
                groups << group;
            }
        }
        QCOMPARE(groups,
            (QStringList {"Rectifiers", "Smooth rectifiers", "S-shaped", "Piecewise-linear (hard)",
                "Shrinkage", "Along a dim"}));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), -1);
        verifyCurvesFollowTheirRows();
    }

    // A title clicked sorts by it, again reverses, a third time brings the lesson's order back;
    // the curves move with their rows.
    void aColumnsTitleSortsByIt()
    {
        const QStringList lesson = shownRows();
        QCOMPARE(lesson, lessonsOrder());
        clickTitle(QStringLiteral("Activation"));
        QStringList byName = lesson;
        std::sort(byName.begin(), byName.end(),
            [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QCOMPARE(shownRows(), byName);
        QCOMPARE(shownRows().first(), QStringLiteral("CELU"));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
            column(QStringLiteral("Activation")));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        verifyCurvesFollowTheirRows();
        clickTitle(QStringLiteral("Activation"));
        std::reverse(byName.begin(), byName.end());
        QCOMPARE(shownRows(), byName);
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        clickTitle(QStringLiteral("Activation"));
        QCOMPARE(shownRows(), lesson);
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), -1);

        // By family: each family's rows together, in the families' order.
        clickTitle(QStringLiteral("Group"));
        QStringList groups;
        for (int row = 0; row < table()->rowCount(); ++row) {
            const QString group = table()->item(row, column(QStringLiteral("Group")))->text();
            if (groups.isEmpty() || groups.last() != group)
                groups << group;
        }
        QCOMPARE(groups,
            (QStringList {"Rectifiers", "Smooth rectifiers", "S-shaped", "Piecewise-linear (hard)",
                "Shrinkage", "Along a dim"}));
        verifyCurvesFollowTheirRows();

        // By output range, from the lowest output up: the unbounded below first, the ones that
        // never go below 0 last.
        clickTitle(QStringLiteral("Output range"));
        QStringList ranges;
        for (int row = 0; row < table()->rowCount(); ++row)
            ranges << table()->item(row, column(QStringLiteral("Output range")))->text();
        const auto unbounded
            = [](const QString &range) { return range.startsWith(QStringLiteral("(−∞")); };
        const auto firstBounded = std::find_if_not(ranges.begin(), ranges.end(), unbounded);
        QVERIFY(firstBounded != ranges.begin());
        QVERIFY(std::none_of(firstBounded, ranges.end(), unbounded));
        QVERIFY(shownRows().indexOf(QStringLiteral("SELU")) < shownRows().indexOf("ELU"));
        QVERIFY(shownRows().indexOf(QStringLiteral("Tanh")) < shownRows().indexOf("Sigmoid"));
        QCOMPARE(shownRows().last(), QStringLiteral("Threshold")); // nothing below 0.1
        verifyCurvesFollowTheirRows();

        // The curve's own title: the lesson's order.
        clickTitle(QStringLiteral("Curve"));
        QCOMPARE(shownRows(), lesson);
    }

    // Part of a name keeps the matching rows; Enter goes to the first of them.
    void filterKeepsTheMatchingRows()
    {
        auto *filter = gui::child<QLineEdit>(workspace_.get(), "summaryFilter");
        QVERIFY(!filter->hasFocus());
        QTest::keyClick(workspace_.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("SOFT"));
        QCOMPARE(shownRows(),
            (QStringList {"Softmax", "Softplus", "Softsign", "Softshrink", "LogSoftmax", "Softmin",
                "Softmax2d"}));
        QVERIFY(workspace_->exportCsv().count(QLatin1Char('\n')) == 1 + 7); // what is shown
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(table()->hasFocus());
        QCOMPARE(table()->currentRow(),
            table()->row(table()->findItems("nn.Softmax", Qt::MatchExactly).first()));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("leaky_"));
        QCOMPARE(shownRows(), QStringList {"LeakyReLU"});
        // Sorting keeps the filter.
        clickTitle(QStringLiteral("Activation"));
        QCOMPARE(shownRows(), QStringList {"LeakyReLU"});
        filter->clear();
        QCOMPARE(shownRows().size(), int(activationRegistry().size()));
    }

    // Activating a row (double-click or Enter) asks once for its activation, vector ones too.
    void activatingARowAsksForItsActivation()
    {
        QSignalSpy asked(workspace_.get(), &Workspace::activationRequested);
        clickTitle(QStringLiteral("Activation")); // rows no longer in the registry's order
        const int gelu = table()->row(table()->findItems("nn.GELU", Qt::MatchExactly).first());
        table()->scrollTo(table()->model()->index(gelu, 0));
        // As a real double-click arrives: a click, then the double-click, on the row's curve.
        const QPoint at
            = table()->visualRect(table()->model()->index(gelu, column("Curve"))).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.takeFirst().first().toString(), QStringLiteral("gelu"));
        table()->setFocus();
        table()->setCurrentCell(
            table()->row(table()->findItems("nn.LogSoftmax", Qt::MatchExactly).first()), 0);
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.takeFirst().first().toString(), QStringLiteral("log_softmax"));
    }

    // In the window, the row opens in Curves, shown there.
    void aRowOpensInCurves()
    {
        workspace_.reset();
        MainWindow::Options options;
        options.language = QStringLiteral("en");
        MainWindow window(options);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : {"gelu", "softmax", "log_softmax"}) {
            window.showWorkspace(MainWindow::workspaceIndex(QStringLiteral("summary")));
            auto *summary = gui::child<QTableWidget>(&window, "summaryTable");
            int row = -1;
            for (int r = 0; r < summary->rowCount(); ++r)
                if (QWidget *plot = summary->cellWidget(r, 1);
                    plot && plot->objectName() == QStringLiteral("summaryCurve:") + name)
                    row = r;
            QVERIFY(row >= 0);
            summary->setFocus();
            summary->setCurrentCell(row, 0);
            QTest::keyClick(summary, Qt::Key_Enter);
            QCOMPARE(
                window.currentWorkspace(), MainWindow::workspaceIndex(QStringLiteral("curves")));
            auto *list = gui::child<QListWidget>(&window, "activationList");
            QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QLatin1String(name));
            QVERIFY(list->currentItem()->isSelected());
        }
    }
};

QTEST_MAIN(TestSummaryWorkspace)
#include "test_summary_workspace.moc"
