// The Softmax & dim workspace driven through its real widgets.

#include "app/appearance.h"
#include "app/softmax/softmax_workspace.h"
#include "app/widgets/heatmap.h"
#include "app/widgets/text_panel.h"
#include "core/activation.h"
#include "core/registry.h"
#include "gui_support.h"

#include <QClipboard>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

using namespace al;

class TestSoftmaxWorkspace : public QObject {
    Q_OBJECT

private:
    gui::ShownWorkspace<SoftmaxWorkspace> workspace_;

    template<typename T>
    T *child(const char *name)
    {
        return gui::child<T>(workspace_.get(), name);
    }
    // What the probability heatmaps outline and write at the slices' ends, over all blocks.
    int outlines()
    {
        int count = 0;
        for (auto *labels : child<QCustomPlot>("softmaxPlot")->findChildren<HeatmapItem *>())
            count += labels->outlineCount();
        return count;
    }
    QStringList sums()
    {
        QStringList all;
        for (auto *labels : child<QCustomPlot>("softmaxPlot")->findChildren<HeatmapItem *>())
            for (const QString &sum : labels->endLabels())
                all << sum;
        return all;
    }
    // The heatmap cells must be softmax(logits / T, dim) as the core computes it.
    void verifyHeatmap(int64_t dim, float temperature)
    {
        Tensor logits = workspace_->state().logits();
        logits.flat() /= temperature;
        Activation softmax = Activation::named("softmax");
        softmax.set("dim", dim);
        const Tensor expected = forward(softmax, logits);
        auto *map = child<QCustomPlot>("softmaxPlot")
                        ->findChild<QCPColorMap *>(QStringLiteral("probabilityMap0"));
        QVERIFY(map);
        const int columns = map->data()->keySize(), rows = map->data()->valueSize();
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                QCOMPARE(float(map->data()->cell(c, r)), expected.data()[r * columns + c]);
        // and the number written in each cell is that probability, rounded.
        auto *labels = child<QCustomPlot>("softmaxPlot")
                           ->findChild<HeatmapItem *>(QStringLiteral("probabilityItem0"));
        QVERIFY(labels);
        QCOMPARE(int(labels->values().size()), rows * columns);
        for (int i = 0; i < rows * columns; ++i)
            QCOMPARE(labels->values()[size_t(i)],
                QLocale().toString(double(expected.data()[i]), 'f', 3));
    }

    void showTab(const char *name)
    {
        child<QTabWidget>("softmaxTabs")->setCurrentWidget(child<QWidget>(name));
    }

private slots:
    void init() { QVERIFY(workspace_.show()); }
    void cleanup() { workspace_.reset(); }

    void switchingDimChangesWhichCellsAddUpToOne()
    {
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 5}));
        QCOMPARE(child<QSpinBox>("dimSpin")->value(), 1);
        verifyHeatmap(1, 1.0f);
        QCOMPARE(outlines(), 4); // one per sample
        QCOMPARE(
            sums(), QStringList(4, QStringLiteral("Σ=%1").arg(QLocale().toString(1.0, 'f', 3))));
        QVERIFY(child<TextPanel>("sumsLabel")
                    ->text()
                    .contains(QStringLiteral("1.000000, 1.000000, 1.000000, 1.000000")));
        auto *mixPanel = child<TextPanel>("mixWarningLabel");
        QVERIFY(mixPanel->text().contains(QStringLiteral("dim=1 normalises each row")));
        const QRect plotArea = child<QCustomPlot>("softmaxPlot")->geometry();

        child<QSpinBox>("dimSpin")->setValue(0);
        verifyHeatmap(0, 1.0f);
        QCOMPARE(outlines(), 5); // one per class
        QCOMPARE(sums().size(), 5);
        QVERIFY(mixPanel->text().contains(QStringLiteral("Careful:")));
        QApplication::processEvents();
        QCOMPARE(child<QCustomPlot>("softmaxPlot")->geometry(), plotArea); // nothing moved
        QVERIFY(child<QPlainTextEdit>("codeView")->toPlainText().contains(QStringLiteral("dim=0")));
    }

    // The plot's own background, as the screen shows it, follows the theme (its paint buffer is
    // opaque and filled with that colour).
    void plotBackgroundFollowsTheTheme()
    {
        auto *plot = child<QCustomPlot>("softmaxPlot");
        for (const auto theme : {Appearance::Theme::Dark, Appearance::Theme::Light}) {
            workspace_.appearance().setTheme(theme);
            QApplication::processEvents();
            const QImage shown = plot->grab().toImage();
            QCOMPARE(QColor(shown.pixel(1, 1)), workspace_.appearance().backgroundColour());
            QCOMPARE(QColor(shown.pixel(shown.width() - 2, shown.height() - 2)),
                workspace_.appearance().backgroundColour());
        }
    }

    void outOfRangeDimShowsPyTorchsMessageAndKeepsTheResult()
    {
        const Tensor before = workspace_->state().probabilities();
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        child<QSpinBox>("dimSpin")->setValue(2);
        const QString expected = QStringLiteral(
            "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
        QCOMPARE(child<TextPanel>("dimMessageLabel")->text(), expected);
        QCOMPARE(messages.last().first().toString(), expected);
        QVERIFY(workspace_->state().probabilities() == before);
        QCOMPARE(child<QSpinBox>("dimSpin")->value(), 1);
        child<QDoubleSpinBox>("temperatureSpin")->setValue(2.0); // any valid change: it goes
        QVERIFY(!child<TextPanel>("dimMessageLabel")->isVisible());
        child<QDoubleSpinBox>("temperatureSpin")->setValue(1.0);
        child<QSpinBox>("dimSpin")->setValue(2);
        QVERIFY(child<TextPanel>("dimMessageLabel")->isVisible());
        child<QSpinBox>("dimSpin")->setValue(-2); // valid: the message goes
        QVERIFY(!child<TextPanel>("dimMessageLabel")->isVisible());
        verifyHeatmap(-2, 1.0f);
    }

    void editingCells()
    {
        auto *table = child<QTableWidget>("logitsTable");
        // Four significant digits on screen, every digit in the cell's text and tooltip.
        auto *delegate = qobject_cast<QStyledItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("-1.1258398"));
        QCOMPARE(table->item(0, 0)->toolTip(), QStringLiteral("-1.1258398"));
        QCOMPARE(delegate->displayText(table->item(0, 0)->data(Qt::DisplayRole), QLocale()),
            QStringLiteral("-1.126"));
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        const float old = workspace_->state().logits().at({1, 2});
        table->item(1, 2)->setText(QStringLiteral("abc"));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(workspace_->state().logits().at({1, 2}), old);
        QCOMPARE(table->item(1, 2)->text().toFloat(), old);

        table->item(1, 2)->setText(QStringLiteral("7.5"));
        QCOMPARE(workspace_->state().logits().at({1, 2}), 7.5f);
        verifyHeatmap(1, 1.0f);

        table->item(2, 0)->setText(QStringLiteral("-inf")); // PyTorch accepts it: probability 0
        QCOMPARE(workspace_->state().probabilities().at({2, 0}), 0.0f);
        table->item(3, 0)->setText(QStringLiteral("nan")); // and NaN spreads over its row
        QVERIFY(std::isnan(workspace_->state().probabilities().at({3, 4})));
        // NaN is written as such, on a grey hatch no colour of the scale has.
        auto *plot = child<QCustomPlot>("softmaxPlot");
        auto *item = plot->findChild<HeatmapItem *>(QStringLiteral("probabilityItem0"));
        auto *map = plot->findChild<QCPColorMap *>(QStringLiteral("probabilityMap0"));
        const int columns = map->data()->keySize();
        QCOMPARE(item->values()[size_t(3 * columns + 4)], QStringLiteral("NaN"));
        const QImage image = plot->toPixmap().toImage();
        const QPoint corner(int(map->keyAxis()->coordToPixel(4 - 0.4)),
            int(map->valueAxis()->coordToPixel(3 - 0.4)));
        const QColor nan = image.pixelColor(corner);
        QVERIFY2(nan.red() == nan.green() && nan.green() == nan.blue(), qPrintable(nan.name()));
        const QColor finite = image.pixelColor(QPoint(int(map->keyAxis()->coordToPixel(4 - 0.4)),
            int(map->valueAxis()->coordToPixel(1 - 0.4))));
        QVERIFY2(finite.red() != finite.blue(), qPrintable(finite.name()));
    }

    void temperatureSharpensAndFlattensButKeepsTheArgmax()
    {
        auto argmax = [](const Tensor &p, int64_t row) {
            int64_t best = 0;
            for (int64_t c = 1; c < p.size(1); ++c)
                if (p.at({row, c}) > p.at({row, best}))
                    best = c;
            return best;
        };
        const Tensor before = workspace_->state().probabilities();
        child<QDoubleSpinBox>("temperatureSpin")->setValue(0.5);
        verifyHeatmap(1, 0.5f);
        const Tensor sharp = workspace_->state().probabilities();
        for (int64_t row = 0; row < 4; ++row) {
            QCOMPARE(argmax(sharp, row), argmax(before, row));
            QVERIFY(sharp.at({row, argmax(sharp, row)}) > before.at({row, argmax(before, row)}));
        }
        auto *slider = child<QSlider>("temperatureSlider");
        slider->setValue(100); // T = 10
        QCOMPARE(child<QDoubleSpinBox>("temperatureSpin")->value(), 10.0);
        verifyHeatmap(1, 10.0f);
    }

    void jacobianIsPTimesDeltaMinusP()
    {
        showTab("jacobianTab");
        const Tensor p = workspace_->state().probabilities();
        auto *map = child<QCustomPlot>("jacobianPlot")
                        ->findChild<QCPColorMap *>(QStringLiteral("jacobianMap"));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 5);
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 5; ++j) {
                const float expected = p.at({0, i}) * ((i == j ? 1.0f : 0.0f) - p.at({0, j}));
                QVERIFY(std::abs(map->data()->cell(j, i) - expected) < 1e-6);
            }
        child<QSpinBox>("jacobianSliceSpin")->setValue(2); // 0-based: the third row, p[2]
        map = child<QCustomPlot>("jacobianPlot")
                  ->findChild<QCPColorMap *>(QStringLiteral("jacobianMap"));
        QVERIFY(std::abs(map->data()->cell(1, 1) - p.at({2, 1}) * (1 - p.at({2, 1}))) < 1e-6);
    }

    void naiveSoftmaxOverflowsWhereTheStableOneDoesNot()
    {
        showTab("stabilityTab");
        const QString text = child<TextPanel>("stabilityLabel")->text();
        QVERIFY(text.contains(QStringLiteral("nan, nan, nan")));
        const std::vector<float> stable = SoftmaxState::stableSoftmax({1000.0f, 1001.0f, 1002.0f});
        QVERIFY(text.contains(QLocale().toString(double(stable[2]), 'f', 4)));
    }

    void crossEntropyEqualsNllOfLogSoftmax()
    {
        showTab("crossEntropyTab");
        child<QSpinBox>("targetSpin2")->setValue(3);
        QCOMPARE(workspace_->state().targets()[2], int64_t(3));
        const CrossEntropy ce = workspace_->state().crossEntropy();
        Activation logSoftmax = Activation::named("log_softmax");
        logSoftmax.set("dim", 1);
        const Tensor ls = forward(logSoftmax, workspace_->state().logits());
        QCOMPARE(ce.lossPerSample[2], -ls.at({2, 3}));
        QCOMPARE(ce.meanLoss, ce.nllOfLogSoftmax); // bit for bit, as in PyTorch
        QVERIFY(std::abs(ce.meanLoss - ce.lossAfterSoftmax) > 1e-3f);
        auto *table = child<QTableWidget>("targetsTable");
        QCOMPARE(
            table->item(2, 1)->text(), QLocale().toString(double(ce.lossPerSample[2]), 'f', 4));
        QVERIFY(child<TextPanel>("crossEntropyLabel")
                    ->text()
                    .contains(QLocale().toString(double(ce.meanLoss), 'f', 4)));
        QVERIFY(child<QPlainTextEdit>("crossEntropyCode")
                    ->toPlainText()
                    .contains(QStringLiteral("target = torch.tensor([0, 0, 3, 0])")));
    }

    void pastingJsonOrASpreadsheet()
    {
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        QApplication::clipboard()->setText(QStringLiteral("[[1, 2, 3], [4, 5, \"inf\"]]"));
        child<QPushButton>("pasteButton")->click();
        QCOMPARE(workspace_->state().logits().shape(), (Shape {2, 3}));
        QApplication::clipboard()->setText(QStringLiteral("1\t2\n3\t4\n5\t6\n"));
        child<QPushButton>("pasteButton")->click();
        QCOMPARE(workspace_->state().logits().shape(), (Shape {3, 2}));
        QCOMPARE(workspace_->state().logits().at({2, 1}), 6.0f);
        QCOMPARE(messages.count(), 0);
        QApplication::clipboard()->setText(QStringLiteral("1\t2\n3\n"));
        child<QPushButton>("pasteButton")->click();
        QCOMPARE(messages.count(), 1);
        QCOMPARE(workspace_->state().logits().shape(), (Shape {3, 2}));
        QApplication::clipboard()->setText(QStringLiteral("[[1, 2], [3]]"));
        child<QPushButton>("pasteButton")->click();
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("ragged")));
        QApplication::clipboard()->setText(QStringLiteral("[[1,2,3,4,5,6,7,8,9]]"));
        child<QPushButton>("pasteButton")->click();
        QCOMPARE(messages.count(), 3);
        QCOMPARE(workspace_->state().logits().shape(), (Shape {3, 2}));
    }

    void threeDimensionalTensorsShowARowOfSlices()
    {
        child<QComboBox>("rankCombo")->setCurrentIndex(2);
        QCOMPARE(workspace_->state().logits().rank(), 3);
        QCustomPlot *plot = child<QCustomPlot>("softmaxPlot");
        QCOMPARE(plot->axisRectCount(), int(workspace_->state().logits().size(0)));
        child<QSpinBox>("dimSpin")->setValue(0);
        QCOMPARE(outlines(), 0);
        QVERIFY(
            child<TextPanel>("sumsLabel")->text().contains(QStringLiteral("across the slices")));
        child<QSpinBox>("dimSpin")->setValue(-3);
        QCOMPARE(workspace_->state().normalisedDim(), int64_t(0));
    }
};

QTEST_MAIN(TestSoftmaxWorkspace)
#include "test_softmax_workspace.moc"
