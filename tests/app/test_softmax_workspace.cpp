// The Softmax & dim workspace driven through its real widgets.

#include "app/appearance.h"
#include "app/softmax/softmax_workspace.h"
#include "app/widgets/heatmap.h"
#include "app/widgets/text_panel.h"
#include "core/activation.h"
#include "core/analysis.h"
#include "core/registry.h"
#include "core/torch_random.h"
#include "gui_support.h"
#include "io/json_tensor.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static Activation along(const char *name, int64_t dim)
    {
        Activation a = Activation::named(name);
        if (a.has("dim"))
            a.set("dim", dim);
        return a;
    }
    // The cells of one heatmap of the probabilities tab, row-major.
    std::vector<float> cells(const QString &name)
    {
        auto *map = child<QCustomPlot>("softmaxPlot")->findChild<QCPColorMap *>(name);
        if (!map)
            return {};
        std::vector<float> values;
        for (int r = 0; r < map->data()->valueSize(); ++r)
            for (int c = 0; c < map->data()->keySize(); ++c)
                values.push_back(float(map->data()->cell(c, r)));
        return values;
    }
    void chooseFunction(const char *name)
    {
        auto *combo = child<QComboBox>("functionCombo");
        const int index = combo->findText(QLatin1String(name));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    QString fieldError()
    {
        // The message next to the control, after its warning sign.
        auto *label = workspace_->findChild<QLabel *>(QStringLiteral("fieldError"));
        if (!label || !label->isVisible())
            return QString();
        const QString text = label->text();
        return text.startsWith(QStringLiteral("\u26A0 ")) ? text.mid(2) : text;
    }
    void paste(const QString &json)
    {
        QApplication::clipboard()->setText(json);
        child<QPushButton>("pasteButton")->click();
    }
    static QJsonArray fixture(const char *file)
    {
        QFile f(QStringLiteral(FIXTURES_DIR "/") + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).array();
    }
    static QString errorMessage(const char *name, const QJsonArray &shape)
    {
        for (const QJsonValue &e : fixture("activations_more_errors.json"))
            if (e[QStringLiteral("name")].toString() == QLatin1String(name)
                && e[QStringLiteral("shape")].toArray() == shape)
                return e[QStringLiteral("message")].toString();
        return {};
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

    void logSoftmaxShowsLogProbabilitiesWhoseExpAddsUpToOne()
    {
        chooseFunction("log_softmax");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::LogSoftmax);
        const Tensor logits = workspace_->state().logits();
        const Tensor y = forward(along("log_softmax", 1), logits);
        QCOMPARE(cells(QStringLiteral("probabilityMap0")), y.values());
        for (float v : y.values())
            QVERIFY(v <= 0.0f);
        // The sums shown are of exp(y) = softmax(z), the core's softmax.
        const Tensor p = forward(along("softmax", 1), logits);
        QCOMPARE(workspace_->state().normalised().values(), p.values());
        QVERIFY(child<TextPanel>("sumsLabel")->text().startsWith(QStringLiteral("Sums of exp(y)")));
        QCOMPARE(
            sums(), QStringList(4, QStringLiteral("Σeʸ=%1").arg(QLocale().toString(1.0, 'f', 3))));
        QVERIFY(child<TextPanel>("mixWarningLabel")
                    ->text()
                    .contains(QStringLiteral("log-probabilities")));
        // The tab, dim's tooltip, the batch sentence and the note on dim speak of log_softmax.
        QCOMPARE(child<QTabWidget>("softmaxTabs")->tabText(0), QStringLiteral("Log-probabilities"));
        QVERIFY(child<QSpinBox>("dimSpin")->toolTip().contains(QStringLiteral("log_softmax")));
        QVERIFY(child<TextPanel>("mixWarningLabel")
                    ->text()
                    .contains(QStringLiteral("every sample's log-probabilities are its own")));
        QVERIFY(child<TextPanel>("implicitDimLabel")
                    ->text()
                    .contains(QStringLiteral("nn.LogSoftmax()")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("y = F.log_softmax(logits, dim=1)")));
        // Its Jacobian: the core's, which is δ_ij − p_j.
        showTab("jacobianTab");
        child<QSpinBox>("jacobianSliceSpin")->setValue(1);
        auto *map = child<QCustomPlot>("jacobianPlot")
                        ->findChild<QCPColorMap *>(QStringLiteral("jacobianMap"));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 5);
        const Tensor row({5}, std::vector<float>(logits.data() + 5, logits.data() + 10));
        const Tensor j = jacobian(along("log_softmax", 0), row);
        for (int i = 0; i < 5; ++i)
            for (int k = 0; k < 5; ++k) {
                QCOMPARE(float(map->data()->cell(k, i)), j.at({i, k}));
                QVERIFY(std::abs(j.at({i, k}) - ((i == k ? 1.0f : 0.0f) - p.at({1, k}))) < 1e-6f);
            }
        // and dim and temperature apply to it as to softmax.
        showTab("probabilitiesTab");
        child<QSpinBox>("dimSpin")->setValue(0);
        child<QDoubleSpinBox>("temperatureSpin")->setValue(2.0);
        Tensor scaled = logits;
        scaled.flat() /= 2.0f;
        QCOMPARE(cells(QStringLiteral("probabilityMap0")),
            forward(along("log_softmax", 0), scaled).values());
    }

    void softminAddsUpToOneAndFavoursTheSmallestLogit()
    {
        chooseFunction("softmin");
        const Tensor logits = workspace_->state().logits();
        const Tensor p = forward(along("softmin", 1), logits);
        QCOMPARE(cells(QStringLiteral("probabilityMap0")), p.values());
        QCOMPARE(workspace_->state().sums().numel(), int64_t(4));
        for (float sum : workspace_->state().sums().values())
            QVERIFY(std::abs(sum - 1.0f) < 1e-6f);
        QCOMPARE(
            sums(), QStringList(4, QStringLiteral("Σ=%1").arg(QLocale().toString(1.0, 'f', 3))));
        for (int64_t r = 0; r < 4; ++r) { // the smallest logit has the largest probability
            int64_t smallest = 0, largest = 0;
            for (int64_t c = 1; c < 5; ++c) {
                smallest = logits.at({r, c}) < logits.at({r, smallest}) ? c : smallest;
                largest = p.at({r, c}) > p.at({r, largest}) ? c : largest;
            }
            QCOMPARE(largest, smallest);
        }
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("p = F.softmin(logits, dim=1)")));
        // Its Jacobian is the softmax Jacobian of -z, negated.
        showTab("jacobianTab");
        auto *map = child<QCustomPlot>("jacobianPlot")
                        ->findChild<QCPColorMap *>(QStringLiteral("jacobianMap"));
        QVERIFY(map);
        std::vector<float> negated(logits.data(), logits.data() + 5);
        for (float &v : negated)
            v = -v;
        const Tensor softmaxJacobian = jacobian(along("softmax", 0), Tensor({5}, negated));
        const Tensor own = jacobian(
            along("softmin", 0), Tensor({5}, std::vector<float>(logits.data(), logits.data() + 5)));
        for (int i = 0; i < 5; ++i)
            for (int k = 0; k < 5; ++k) {
                QCOMPARE(float(map->data()->cell(k, i)), own.at({i, k}));
                QVERIFY(std::abs(own.at({i, k}) + softmaxJacobian.at({i, k})) < 1e-6f);
            }
    }

    void softmax2dNormalisesTheChannelsAtEveryPosition()
    {
        // Picked for 2-D logits: PyTorch's refusal is said, and random logits of one image of
        // 3 channels (same seed) take their place.
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        chooseFunction("softmax2d");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Softmax2d);
        QCOMPARE(child<QComboBox>("functionCombo")->currentText(), QStringLiteral("softmax2d"));
        const QString refusal = errorMessage("softmax2d", QJsonArray {2, 3});
        QCOMPARE(refusal, QStringLiteral("Softmax2d requires a 3D or 4D tensor as input"));
        QCOMPARE(messages.size(), 1);
        const QString note = messages[0][0].toString();
        QVERIFY2(note.contains(refusal) && note.contains(QStringLiteral("[4, 5]"))
                && note.contains(QStringLiteral("[1, 3, 4, 4]")),
            qPrintable(note));
        QCOMPARE(fieldError(), QString());
        QCOMPARE(workspace_->state().logits().shape(), (Shape {1, 3, 4, 4}));
        TorchGenerator generator(workspace_->state().seed());
        QVERIFY(workspace_->state().logits() == randn({1, 3, 4, 4}, generator));
        QCOMPARE(child<QComboBox>("rankCombo")->currentIndex(), 3);
        QCOMPARE(child<QTabWidget>("softmaxTabs")->tabText(0), QStringLiteral("Probabilities"));
        // Back to softmax: 4-D logits give way to a batch of 4 x 5.
        chooseFunction("softmax");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Softmax);
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 5}));
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[1][0].toString().contains(QStringLiteral("4-D logits are for softmax2d")));

        // A 4-D case of PyTorch's fixture: the heatmaps are its output.
        QJsonObject fixtureCase;
        for (const QJsonValue &c : fixture("activations_more.json"))
            if (c[QStringLiteral("name")].toString() == QLatin1String("softmax2d")) {
                const QJsonArray input = c[QStringLiteral("input")].toArray();
                if (input.size() <= 2 && input[0].toArray().size() <= 4 && input[0][0].isArray()
                    && input[0][0][0].isArray()) {
                    fixtureCase = c.toObject();
                    break;
                }
            }
        QVERIFY(!fixtureCase.isEmpty());
        const QByteArray inputJson
            = QJsonDocument(fixtureCase[QStringLiteral("input")].toArray()).toJson();
        const QByteArray outputJson
            = QJsonDocument(fixtureCase[QStringLiteral("output")].toArray()).toJson();
        QString error;
        const std::optional<Tensor> input = io::parseTensor(inputJson, &error);
        const std::optional<Tensor> output = io::parseTensor(outputJson, &error);
        QVERIFY(input && output);
        QCOMPARE(input->rank(), 4);
        // 4-D logits are softmax2d's: softmax refuses them.
        paste(QString::fromUtf8(inputJson));
        QVERIFY(fieldError().contains(QStringLiteral("4-D logits are for softmax2d")));
        QCOMPARE(workspace_->state().logits().rank(), 2);
        // 3-D logits first, then softmax2d, then the 4-D ones.
        child<QComboBox>("rankCombo")->setCurrentIndex(2);
        chooseFunction("softmax2d");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Softmax2d);
        QVERIFY(!child<QSpinBox>("dimSpin")->isEnabled());
        QCOMPARE(child<QSpinBox>("dimSpin")->value(), -3);
        paste(QString::fromUtf8(inputJson));
        QCOMPARE(workspace_->state().logits().shape(), input->shape());
        const int64_t n = input->size(0), c = input->size(1),
                      area = input->size(2) * input->size(3);
        for (int64_t b = 0; b < n * c; ++b) {
            const std::vector<float> expected(
                output->data() + b * area, output->data() + (b + 1) * area);
            QCOMPARE(cells(QStringLiteral("probabilityMap%1").arg(b)), expected);
        }
        QCOMPARE(
            workspace_->state().output().values(), forward(along("softmax2d", 0), *input).values());
        // Each position's channels add up to 1: the sums heatmap and the text.
        for (int64_t s = 0; s < n; ++s) {
            const std::vector<float> sumCells = cells(QStringLiteral("sumMap%1").arg(s));
            QCOMPARE(int64_t(sumCells.size()), area);
            for (int64_t i = 0; i < area; ++i) {
                float sum = 0;
                for (int64_t k = 0; k < c; ++k)
                    sum += output->data()[(s * c + k) * area + i];
                QCOMPARE(sumCells[size_t(i)], sum);
                QVERIFY(std::abs(sum - 1.0f) < 1e-6f);
            }
        }
        QVERIFY(child<TextPanel>("sumsLabel")->text().contains(QStringLiteral("(dim -3)")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("nn.Softmax2d()(logits)")));
        // A 4-D paste under softmax is refused, and nothing changes.
        const Tensor shown = workspace_->state().logits();
        chooseFunction("softmax");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Softmax);
        paste(QString::fromUtf8(inputJson));
        QVERIFY(fieldError().contains(QStringLiteral("4-D logits are for softmax2d")));
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 5}));
        QVERIFY(!(workspace_->state().logits() == shown));
    }

    void gluHalvesDimAndRefusesAnOddSize()
    {
        // The default logits are 4 x 5: dim 1 has an odd size. Picked, glu says so in PyTorch's
        // words and takes random logits of 4 x 6; its tab shows an output, not probabilities.
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        chooseFunction("glu");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Glu);
        const QString odd = errorMessage("glu", QJsonArray {2, 5});
        QCOMPARE(odd, QStringLiteral("Halving dimension must be even, but dimension 1 is size 5"));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0][0].toString().contains(odd));
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 6}));
        QCOMPARE(workspace_->state().output().shape(), (Shape {4, 3}));
        QCOMPARE(child<QTabWidget>("softmaxTabs")->tabText(0), QStringLiteral("Output"));
        // Back to softmax and 4 x 5 logits; dim 0 has size 4: glu takes it as it is.
        chooseFunction("softmax");
        child<QSpinBox>("size1Spin")->setValue(5);
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 5}));
        child<QSpinBox>("dimSpin")->setValue(0);
        chooseFunction("glu");
        QCOMPARE(workspace_->state().function(), SoftmaxFunction::Glu);
        const Tensor logits = workspace_->state().logits();
        const Tensor y = forward(along("glu", 0), logits);
        QCOMPARE(y.shape(), (Shape {2, 5}));
        QCOMPARE(workspace_->state().output().shape(), (Shape {2, 5}));
        QCOMPARE(cells(QStringLiteral("probabilityMap0")), y.values());
        // a and b: the first and the second two rows.
        QCOMPARE(cells(QStringLiteral("gluAMap")),
            std::vector<float>(logits.data(), logits.data() + 10));
        QCOMPARE(cells(QStringLiteral("gluBMap")),
            std::vector<float>(logits.data() + 10, logits.data() + 20));
        QVERIFY(child<TextPanel>("sumsLabel")->text().contains(QStringLiteral("[2, 5]")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("y = F.glu(logits, dim=0)")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("torch.Size([2, 5])")));
        QVERIFY(!child<QDoubleSpinBox>("temperatureSpin")->isEnabled());
        // An odd size along dim: refused by dim, by the sizes and by a paste; nothing changes.
        child<QSpinBox>("dimSpin")->setValue(1);
        QCOMPARE(child<TextPanel>("dimMessageLabel")->text(), odd);
        QCOMPARE(workspace_->state().dim(), int64_t(0));
        child<QSpinBox>("size0Spin")->setValue(3);
        // [3, 5] along dim 0: PyTorch's words for the same odd size.
        QCOMPARE(fieldError(), errorMessage("glu", QJsonArray {3, 4}));
        QCOMPARE(workspace_->state().logits().shape(), (Shape {4, 5}));
        QCOMPARE(child<QSpinBox>("size0Spin")->value(), 4);
        child<QComboBox>("rankCombo")->setCurrentIndex(2);
        QVERIFY(fieldError().contains(QStringLiteral("glu here takes 1- or 2-D logits")));
        QCOMPARE(workspace_->state().logits().rank(), 2);
        // 1-D logits along their only dim: [6] gives [3].
        paste(QStringLiteral("[1, -2, 3, 0.5, -1, 2]"));
        QCOMPARE(workspace_->state().output().shape(), (Shape {3}));
        QCOMPARE(cells(QStringLiteral("probabilityMap0")),
            forward(along("glu", 0), workspace_->state().logits()).values());
        // Its Jacobian is 3 x 6, the core's.
        showTab("jacobianTab");
        auto *map = child<QCustomPlot>("jacobianPlot")
                        ->findChild<QCPColorMap *>(QStringLiteral("jacobianMap"));
        QCOMPARE(map->data()->keySize(), 6);
        QCOMPARE(map->data()->valueSize(), 3);
        const Tensor j = jacobian(along("glu", 0), workspace_->state().logits());
        for (int i = 0; i < 3; ++i)
            for (int k = 0; k < 6; ++k)
                QCOMPARE(float(map->data()->cell(k, i)), j.at({i, k}));
    }

    void functionKeyRoundTrips()
    {
        for (const char *name : {"log_softmax", "softmin", "softmax2d", "glu", "softmax"}) {
            SoftmaxWorkspace &w = *workspace_.get();
            QVariantMap state;
            state[QStringLiteral("function")] = QString::fromLatin1(name);
            if (QLatin1String(name) == QLatin1String("softmax2d"))
                state[QStringLiteral("logits")]
                    = QVariantList {QVariantList {QVariantList {1, 2}, QVariantList {3, 4}},
                        QVariantList {QVariantList {0, 5}, QVariantList {-1, 2}}};
            if (QLatin1String(name) == QLatin1String("glu")) {
                state[QStringLiteral("logits")]
                    = QVariantList {QVariantList {1, 2, 3}, QVariantList {4, 5, 6}};
                state[QStringLiteral("dim")] = 0; // size 2: even
            }
            QCOMPARE(w.setViewState(state, StateMode::Apply), QStringList());
            QCOMPARE(QLatin1String(SoftmaxState::functionName(w.state().function())),
                QLatin1String(name));
            QCOMPARE(child<QComboBox>("functionCombo")->currentText(), QLatin1String(name));
            const QVariantMap saved = w.viewState();
            QCOMPARE(saved.value(QStringLiteral("function")).toString(), QLatin1String(name));
            const Tensor output = w.state().output();
            QCOMPARE(w.setViewState(QVariantMap(), StateMode::Apply), QStringList());
            QCOMPARE(w.state().function(), SoftmaxFunction::Softmax);
            QCOMPARE(w.setViewState(saved, StateMode::Apply), QStringList());
            QCOMPARE(w.viewState(), saved);
            QVERIFY(w.state().output() == output);
        }
        // Refused: an unknown name, a function the logits do not fit; nothing changes.
        const QVariantMap before = workspace_->viewState();
        QStringList problems = workspace_->setViewState(
            {{QStringLiteral("function"), QStringLiteral("sigmoid")}}, StateMode::Apply);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(QStringLiteral("function")));
        problems = workspace_->setViewState({{QStringLiteral("function"), QStringLiteral("glu")},
                                                {QStringLiteral("logits"), QVariantList {1, 2, 3}}},
            StateMode::Apply);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(
            QStringLiteral("Halving dimension must be even, but dimension 0 is size 3")));
        problems = workspace_->setViewState(
            {{QStringLiteral("function"), QStringLiteral("softmax2d")}}, StateMode::Apply);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(QStringLiteral("Softmax2d requires a 3D or 4D tensor")));
        QCOMPARE(workspace_->viewState(), before);
    }
};

QTEST_MAIN(TestSoftmaxWorkspace)
#include "test_softmax_workspace.moc"
