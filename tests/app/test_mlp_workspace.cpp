// The Forward-pass workspace: PyTorch's own console output, stepping with buttons and keys,
// changing activations, dying ReLU, neuron explanations, state dicts.

#include "app/appearance.h"
#include "app/mlp/mlp_workspace.h"
#include "app/mlp/network_diagram.h"
#include "app/mlp/numpy_format.h"
#include "app/widgets/heatmap.h"
#include "app/widgets/text_panel.h"
#include "core/analysis.h"
#include "core/optim.h"
#include "gui_support.h"
#include "io/state_dict.h"
#include "support/fixtures.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>
#include <qcustomplot.h>

using namespace al;

namespace {

// A catalogue that marks every text of the Forward pass: a text without the mark after a switch
// of language was computed once and never again.
class MarkingTranslator : public QTranslator {
public:
    static constexpr QChar kMark = QChar(0x2039); // ‹

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QByteArrayList contexts {QByteArrayLiteral("al::MlpWorkspace"),
            QByteArrayLiteral("MlpWorkspace"), QByteArrayLiteral("al::NetworkDiagram"),
            QByteArrayLiteral("al::MlpState"), QByteArrayLiteral("al::Workspace")};
        if (!contexts.contains(QByteArray(context)))
            return {};
        return kMark + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

// Opens the dialog behind `button` and returns its name filters, then closes it.
QStringList fileDialogFilters(QAbstractButton *button)
{
    QStringList filters;
    QTimer::singleShot(0, [&filters] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                filters = dialog->nameFilters();
                dialog->reject();
            }
    });
    button->click();
    return filters;
}

} // namespace

class TestMlpWorkspace : public QObject {
    Q_OBJECT

private:
    gui::ShownWorkspace<MlpWorkspace> workspace_;

    template<typename T>
    T *child(const char *name)
    {
        return gui::child<T>(workspace_.get(), name);
    }
    const Mlp &network() { return workspace_->state().network(); }

    // The widget the keyboard types into, as a user's key press reaches it.
    static QWidget *focused()
    {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            qFatal("nothing has the keyboard focus");
        return focus;
    }
    static bool isEditor(const QWidget *w)
    {
        for (; w; w = w->parentWidget())
            if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w))
                return true;
        return false;
    }
    bool activate()
    {
        workspace_->activateWindow();
        return QTest::qWaitForWindowActive(workspace_.get());
    }

private slots:
    void init() { QVERIFY(workspace_.show()); }
    void cleanup() { workspace_.reset(); }

    // The console prints what `python3 seed_program.py` prints after torch.manual_seed(seed).
    void consoleMatchesThePythonProgram_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<QString>("expected");
        for (int seed : {0, 1, 42}) {
            const QString name = QStringLiteral("mlp_seed%1.json").arg(seed);
            QTest::newRow(qPrintable(name))
                << seed << fixtures::load(qPrintable(name)).object()["stdout"].toString();
        }
    }
    void consoleMatchesThePythonProgram()
    {
        QFETCH(int, seed);
        QFETCH(QString, expected);
        child<QSpinBox>("seedSpin")->setValue(seed);
        child<QPushButton>("runAllButton")->click();
        const QStringList actual
            = child<QPlainTextEdit>("consoleView")->toPlainText().split(QLatin1Char('\n'));
        const QStringList lines = expected.split(QLatin1Char('\n'));
        QCOMPARE(actual.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(actual[i], lines[i]);
    }

    void numpyFormatting()
    {
        QCOMPARE(numpyArray({0.5f, -1.25f, 0.0f}, 1, 3), std::string("[ 0.5  -1.25  0.  ]"));
        QCOMPARE(numpyArray({1e-5f, 2.0f}, 1, 2), std::string("[1.e-05 2.e+00]"));
        QCOMPARE(numpyArray({1.0f, NAN, -INFINITY}, 1, 3), std::string("[  1.  nan -inf]"));
        QCOMPARE(numpyArray({1.0f, 2.0f, 3.0f, 4.0f}, 2, 2), std::string("[[1. 2.]\n [3. 4.]]"));
        QCOMPARE(pythonFloat(1.0f), std::string("1.0"));
        QCOMPARE(pythonFloat(0.99999994f), std::string("0.9999999403953552"));
    }

    void steppingWithButtonsAndKeys()
    {
        QCOMPARE(network().currentStage(), 0);
        child<QPushButton>("stepButton")->click();
        QCOMPARE(network().currentStage(), 1);
        QTest::keyClick(workspace_.get(), Qt::Key_Space);
        QCOMPARE(network().currentStage(), 2);
        QVERIFY(child<TextPanel>("stageLabel")->text().contains(QStringLiteral("relu")));
        QVERIFY(child<TextPanel>("statisticsLabel")
                    ->text()
                    .contains(QStringLiteral("units dead for the whole batch")));
        auto *bars
            = child<QCustomPlot>("stagePlot")->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        QCOMPARE(bars->data()->size(), 64);
        const Tensor &relu = network().current().output;
        int i = 0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it, ++i)
            QCOMPARE(float(it->value), relu.at({0, i}));
        QTest::keyClick(workspace_.get(), Qt::Key_Backspace);
        QCOMPARE(network().currentStage(), 1);
        QTest::keyClick(workspace_.get(), Qt::Key_End);
        QCOMPARE(network().currentStage(), 6);
        QVERIFY(!child<QPushButton>("stepButton")->isEnabled());
        QVERIFY(child<TextPanel>("statisticsLabel")->text().contains(QStringLiteral("row sums")));
        QTest::keyClick(workspace_.get(), Qt::Key_Home);
        QCOMPARE(network().currentStage(), 0);
        QVERIFY(child<QPlainTextEdit>("consoleView")->toPlainText().isEmpty());
    }

    // The bars' value axis fits the stage's batch on every refresh, after any number of bias
    // steps up and back: symmetric around 0 for signed values, from 0 for non-negative ones, 0 to
    // about 1 for probabilities; choosing another sample does not rescale it.
    void stageAxisFitsItsData_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addRow("input") << 0;
        QTest::addRow("fc1") << 1;
        QTest::addRow("relu") << 2;
        QTest::addRow("fc3") << 5;
        QTest::addRow("softmax") << 6;
    }
    void stageAxisFitsItsData()
    {
        QFETCH(int, stage);
        for (int i = 0; i < stage; ++i)
            child<QPushButton>("stepButton")->click();
        QCOMPARE(network().currentStage(), stage);
        auto *slider = child<QSlider>("biasShiftSlider");
        for (int position = 0; position <= 300; position += 6)
            slider->setValue(position);
        for (int position = 300; position >= -300; position -= 6)
            slider->setValue(position);
        for (int position = -300; position <= 50; position += 6)
            slider->setValue(position);
        auto *bars
            = child<QCustomPlot>("stagePlot")->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        QVERIFY(bars);
        const QCPRange range = bars->valueAxis()->range();
        float lowest = 0, highest = 0;
        for (float v : network().current().output.values()) {
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
        if (stage == 6) {
            QCOMPARE(range.lower, 0.0);
            QVERIFY2(
                range.upper >= 1.0 && range.upper <= 1.1, qPrintable(QString::number(range.upper)));
        } else if (lowest < 0) {
            QCOMPARE(range.lower, -range.upper);
            QVERIFY(qFuzzyCompare(range.upper, std::max(-lowest, highest) * 1.1));
        } else {
            QCOMPARE(range.lower, 0.0);
            QVERIFY(qFuzzyCompare(range.upper, highest * 1.1));
        }
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            QVERIFY(range.contains(it->value));
        child<QSpinBox>("sampleSpin")->setValue(child<QSpinBox>("sampleSpin")->maximum());
        bars = child<QCustomPlot>("stagePlot")->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        const QCPRange other = bars->valueAxis()->range();
        QCOMPARE(other.lower, range.lower);
        QCOMPARE(other.upper, range.upper);
    }

    // All zeros (every ReLU unit killed) still gives an axis, not an empty range.
    void stageAxisOfZerosIsNotEmpty()
    {
        child<QPushButton>("stepButton")->click();
        child<QPushButton>("stepButton")->click();
        child<QSlider>("biasShiftSlider")->setValue(-300);
        QVERIFY(*workspace_->state().statistics().zeroShare > 0.99f);
        auto *bars
            = child<QCustomPlot>("stagePlot")->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        const QCPRange range = bars->valueAxis()->range();
        QCOMPARE(range.lower, 0.0);
        QVERIFY(range.upper > 0);
    }

    // One numbering, PyTorch's: sample k is x[k], the heatmap's row k; the steps count from the
    // input, step 0.
    void samplesCountFromZero()
    {
        auto *spin = child<QSpinBox>("sampleSpin");
        const int batch = static_cast<int>(network().input().size(0));
        QCOMPARE(spin->minimum(), 0);
        QCOMPARE(spin->maximum(), batch - 1);
        QCOMPARE(spin->value(), 0);
        QVERIFY(child<TextPanel>("stageLabel")->text().contains(QStringLiteral("Step 0 of 6")));
        child<QPushButton>("stepButton")->click();
        QVERIFY(child<TextPanel>("stageLabel")->text().contains(QStringLiteral("Step 1 of 6")));
        spin->setValue(2);
        QCOMPARE(workspace_->state().sample(), 2);
        auto *bars
            = child<QCustomPlot>("stagePlot")->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        QVERIFY(bars->keyAxis()->label().contains(QStringLiteral("sample 2")));
        int unit = 0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it, ++unit)
            QCOMPARE(float(it->value), network().current().output.at({2, unit}));
        QVERIFY(child<TextPanel>("explanationLabel")->text().contains(QStringLiteral("sample 2")));
        spin->setValue(batch - 1);
        QCOMPARE(workspace_->state().sample(), batch - 1);
        QString error;
        QVERIFY(!workspace_->state().setSample(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("0 to %1").arg(batch - 1)), qPrintable(error));
    }

    // The stepping keys work from wherever the focus is; a focused text field keeps the keys it
    // edits with, the slider its arrows; Page Down and Page Up (a presenter remote) always step.
    void keysStepFromAnywhere_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("stage"); // after the key, from stage 2 (sample 1, bias slider 0)
        const std::pair<const char *, int> everywhere[]
            = {{"networkDiagram", 2}, {"stepButton", 2}, {"activation1Combo", 2}, {"sampleSpin", 2},
                {"seedSpin", 2}, {"biasShiftSpin", 2}, {"biasShiftSlider", 2}};
        for (const auto &[focus, from] : everywhere) {
            QTest::addRow("%s PageDown", focus) << focus << int(Qt::Key_PageDown) << from + 1;
            QTest::addRow("%s PageUp", focus) << focus << int(Qt::Key_PageUp) << from - 1;
        }
        for (const char *focus : {"networkDiagram", "stepButton"}) {
            QTest::addRow("%s Space", focus) << focus << int(Qt::Key_Space) << 3;
            QTest::addRow("%s Right", focus) << focus << int(Qt::Key_Right) << 3;
            QTest::addRow("%s Backspace", focus) << focus << int(Qt::Key_Backspace) << 1;
            QTest::addRow("%s Left", focus) << focus << int(Qt::Key_Left) << 1;
            QTest::addRow("%s Home", focus) << focus << int(Qt::Key_Home) << 0;
            QTest::addRow("%s End", focus) << focus << int(Qt::Key_End) << 6;
        }
        for (const char *focus : {"sampleSpin", "biasShiftSpin"})
            for (int key : {Qt::Key_Space, Qt::Key_Right, Qt::Key_Backspace, Qt::Key_Left,
                     Qt::Key_Home, Qt::Key_End})
                QTest::addRow("%s edits with %s", focus, qPrintable(QKeySequence(key).toString()))
                    << focus << key << 2;
        for (int key : {Qt::Key_Right, Qt::Key_Left, Qt::Key_Home, Qt::Key_End})
            QTest::addRow("slider moves with %s", qPrintable(QKeySequence(key).toString()))
                << "biasShiftSlider" << key << 2;
    }
    void keysStepFromAnywhere()
    {
        QFETCH(QString, focus);
        QFETCH(int, key);
        QFETCH(int, stage);
        QVERIFY(activate());
        child<QPushButton>("stepButton")->click();
        child<QPushButton>("stepButton")->click();
        child<QSpinBox>("sampleSpin")->setValue(1);
        auto *widget = child<QWidget>(qPrintable(focus));
        widget->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), widget);
        QTest::keyClick(focused(), Qt::Key(key));
        QCOMPARE(network().currentStage(), stage);
        if (stage != 2)
            QCOMPARE(workspace_->state().sample(), 1); // the spin box did not take the key
    }

    // Run all disables the buttons: the focus goes to the diagram, not into the sample spin box,
    // so Backspace then steps back instead of editing the sample.
    void focusNeverLandsInAnEditor()
    {
        QVERIFY(activate());
        auto *runAll = child<QPushButton>("runAllButton");
        QTest::mouseClick(runAll, Qt::LeftButton);
        QCOMPARE(network().currentStage(), 6);
        QVERIFY2(!isEditor(focused()), focused()->metaObject()->className());
        QCOMPARE(focused(), child<QWidget>("networkDiagram"));
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QCOMPARE(network().currentStage(), 5);
        QTest::keyClick(focused(), Qt::Key_End);
        QCOMPARE(network().currentStage(), 6);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QCOMPARE(network().currentStage(), 5);
        // The same at the start: Reset disables itself and Step back.
        auto *reset = child<QPushButton>("resetButton");
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(network().currentStage(), 0);
        QVERIFY2(!isEditor(focused()), focused()->metaObject()->className());
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(network().currentStage(), 1);
        QCOMPARE(workspace_->state().sample(), 0);
    }

    // The diagram's legend gives the ends of the current stage's colour scale and says what the
    // dashed circles and the ring mean; it sits under the neurons, inside the widget.
    void diagramHasALegend()
    {
        auto *diagram = child<NetworkDiagram>("networkDiagram");
        child<QPushButton>("stepButton")->click();
        child<QPushButton>("stepButton")->click();
        const auto &legend = diagram->legend();
        QCOMPARE(legend.size(), size_t(3));
        float extent = 0;
        for (float v : network().current().output.values())
            extent = std::max(extent, std::abs(v));
        QCOMPARE(legend[0].upper, QLocale().toString(double(extent), 'g', 3));
        QCOMPARE(legend[0].lower, QLocale().toString(-double(extent), 'g', 3));
        QVERIFY(legend[0].text.contains(QStringLiteral("sample 0")));
        QVERIFY(legend[1].text.contains(QStringLiteral("not computed")));
        QVERIFY(legend[2].text.contains(QStringLiteral("notes explain")));
        for (const NetworkDiagram::LegendEntry &entry : legend) {
            QVERIFY(QRectF(diagram->rect()).contains(entry.rect));
            for (int stage = 0; stage < network().stageCount(); ++stage)
                for (int neuron = 0; neuron < 8; ++neuron)
                    QVERIFY(!diagram->neuronRect(stage, neuron).intersects(entry.rect));
        }
    }

    // A neuron not computed yet has a grey dashed outline; a computed 0 a dark one around white.
    void notComputedLooksDifferentFromZero()
    {
        child<QPushButton>("stepButton")->click();
        child<QPushButton>("stepButton")->click();
        child<QSlider>("biasShiftSlider")->setValue(-300); // most ReLU units are 0
        child<QPushButton>("stepButton")->click(); // fc2 current: relu and act2 are plain columns
        int zero = -1;
        for (int unit = 0; unit < 8 && zero < 0; ++unit)
            if (network().records()[2].output.at({0, unit}) == 0.0f)
                zero = unit;
        QVERIFY(zero >= 0);
        auto *diagram = child<NetworkDiagram>("networkDiagram");
        const QImage image = diagram->grab().toImage();
        const auto darkest = [&](const QRectF &r) {
            int lowest = 255;
            const QRect pixels = r.toAlignedRect();
            for (int y = pixels.top(); y <= pixels.bottom(); ++y)
                for (int x = pixels.left(); x <= pixels.right(); ++x)
                    lowest = std::min(lowest, qGray(image.pixel(x, y)));
            return lowest;
        };
        const int computedZero = darkest(diagram->neuronRect(2, zero));
        const int notComputed = darkest(diagram->neuronRect(4, zero));
        QVERIFY2(computedZero + 60 < notComputed,
            qPrintable(QStringLiteral("%1 %2").arg(computedZero).arg(notComputed)));
    }

    // The heatmap's colours have a scale beside them, with the same range, following a drag.
    void heatmapHasAColourScale()
    {
        child<QPushButton>("stepButton")->click();
        auto *plot = child<QCustomPlot>("stagePlot");
        for (int position : {0, 150}) {
            child<QSlider>("biasShiftSlider")->setValue(position);
            plot->replot();
            auto *scale = plot->findChild<QCPColorScale *>(QStringLiteral("batchScale"));
            auto *map = plot->findChild<QCPColorMap *>(QStringLiteral("batchMap"));
            QVERIFY(scale && map);
            QVERIFY(scale->visible() && scale->outerRect().width() > 0);
            QCOMPARE(scale->dataRange(), map->dataRange());
            QCOMPARE(scale->gradient(), map->gradient());
            QVERIFY(!scale->axis()->label().isEmpty());
            QVERIFY(scale->outerRect().top() >= map->keyAxis()->axisRect()->outerRect().top());
            QCOMPARE(map->dataRange().lower, -map->dataRange().upper); // signed: around 0
        }
        // Probabilities: from 0 to 1, as in Softmax & dim.
        child<QPushButton>("runAllButton")->click();
        plot->replot();
        auto *scale = plot->findChild<QCPColorScale *>(QStringLiteral("batchScale"));
        auto *map = plot->findChild<QCPColorMap *>(QStringLiteral("batchMap"));
        QCOMPARE(map->dataRange(), QCPRange(0, 1));
        QCOMPARE(scale->dataRange(), QCPRange(0, 1));
        QCOMPARE(scale->gradient(), viridis());
    }

    // Before the first step the console says what will appear there; after the last, every line
    // is whole: wrapped at the width, nothing beyond the right edge.
    void consoleExplainsItselfAndHidesNothing()
    {
        auto *console = child<QPlainTextEdit>("consoleView");
        QVERIFY(console->toPlainText().isEmpty());
        QVERIFY(!console->placeholderText().isEmpty());
        const QImage empty = console->viewport()->grab().toImage();
        bool drawn = false;
        for (int y = 0; y < empty.height() && !drawn; ++y)
            for (int x = 0; x < empty.width() && !drawn; ++x)
                drawn = empty.pixel(x, y) != empty.pixel(0, 0);
        QVERIFY2(drawn, "the empty console shows nothing");
        QTest::keyClick(workspace_.get(), Qt::Key_End);
        QCoreApplication::processEvents();
        QCOMPARE(console->horizontalScrollBar()->maximum(), 0);
        const int width = console->viewport()->width();
        for (QTextBlock block = console->document()->begin(); block.isValid(); block = block.next())
            for (int i = 0; i < block.layout()->lineCount(); ++i)
                QVERIFY(block.layout()->lineAt(i).naturalTextWidth() <= width);
    }

    // After a switch of language every text of the workspace is the new language's: the widgets,
    // the plot's axes, the console's placeholder, the diagram's legend, the file dialogs' filters.
    void everyTextFollowsTheLanguage()
    {
        child<QPushButton>("stepButton")->click();
        child<QPushButton>("stepButton")->click();
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QStringList unmarked;
        const QMap<QString, QString> texts = gui::visibleTexts(workspace_.get());
        for (auto it = texts.begin(); it != texts.end(); ++it)
            if (!it.value().contains(MarkingTranslator::kMark) && !gui::languageNeutral(it.value()))
                unmarked << it.key() + QStringLiteral(" = ") + it.value();
        const QString placeholder = child<QPlainTextEdit>("consoleView")->placeholderText();
        if (!placeholder.contains(MarkingTranslator::kMark))
            unmarked << QStringLiteral("console placeholder = ") + placeholder;
        for (const NetworkDiagram::LegendEntry &entry :
            child<NetworkDiagram>("networkDiagram")->legend())
            if (!entry.text.contains(MarkingTranslator::kMark))
                unmarked << QStringLiteral("legend = ") + entry.text;
        for (const char *button : {"loadButton", "saveButton"}) {
            const QStringList filters = fileDialogFilters(child<QAbstractButton>(button));
            if (filters.isEmpty() || !filters.first().contains(MarkingTranslator::kMark))
                unmarked << QStringLiteral("%1 filters = ").arg(QLatin1String(button))
                        + filters.join(QLatin1Char(';'));
        }
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(QLatin1Char('\n'))));
    }

    // The stage plot is legible at classroom sizes, in presentation mode too: a number is drawn
    // in a heatmap cell only if it fits the cell, tick labels do not touch, and the bar chart has
    // room for more than a line of ticks.
    void legibleAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presentation");
        QTest::addColumn<int>("stage");
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)})
            for (bool presentation : {false, true})
                for (int stage : {0, 3, 6})
                    QTest::addRow("%dx%d%s stage %d", size.width(), size.height(),
                        presentation ? " presentation" : "", stage)
                        << size << presentation << stage;
    }
    void legibleAtEverySize()
    {
        QFETCH(QSize, size);
        QFETCH(bool, presentation);
        QFETCH(int, stage);
        struct Everyday {
            Appearance &appearance;
            ~Everyday() { appearance.setPresentation(false); } // the application's font
        } everyday {workspace_.appearance()};
        workspace_.appearance().setPresentation(presentation);
        workspace_->resize(size);
        for (int i = 0; i < stage; ++i)
            child<QPushButton>("stepButton")->click();
        QCoreApplication::processEvents();
        auto *plot = child<QCustomPlot>("stagePlot");
        plot->replot();
        plot->replot(); // ticks are made for the previous layout's lengths
        auto *item = plot->findChild<HeatmapItem *>(QStringLiteral("batchItem"));
        QVERIFY(item);
        const QSizeF cell = item->cellSize();
        if (item->valuesShown()) {
            const QFontMetricsF metrics(item->valueFont());
            for (const QString &value : item->values())
                QVERIFY2(metrics.horizontalAdvance(value) <= cell.width(),
                    qPrintable(
                        QStringLiteral("%1 in a cell %2 wide").arg(value).arg(cell.width())));
            QVERIFY(metrics.height() <= cell.height());
        }
        if (stage == 6 && !presentation && size.width() >= 1366)
            QVERIFY(item->valuesShown()); // probabilities are read, where there is room

        auto *bars = plot->findChild<QCPBars *>(QStringLiteral("sampleBars"));
        auto *scale = plot->findChild<QCPColorScale *>(QStringLiteral("batchScale"));
        QCPAxisRect *barsRect = bars->keyAxis()->axisRect();
        QCPAxisRect *mapRect = item->clipAxisRect();
        for (QCPAxis *axis : {barsRect->axis(QCPAxis::atBottom), barsRect->axis(QCPAxis::atLeft),
                 mapRect->axis(QCPAxis::atBottom), mapRect->axis(QCPAxis::atLeft), scale->axis()}) {
            const QFontMetricsF metrics(axis->tickLabelFont());
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            QVERIFY2(ticks.size() >= 2,
                qPrintable(QStringLiteral("%1 ticks on %2 px")
                               .arg(ticks.size())
                               .arg(axis->axisRect()->height())));
            const bool horizontal = axis->orientation() == Qt::Horizontal;
            for (qsizetype i = 0; i + 1 < ticks.size(); ++i) {
                const double gap
                    = std::abs(axis->coordToPixel(ticks[i + 1]) - axis->coordToPixel(ticks[i]));
                const double needed = horizontal ? (metrics.horizontalAdvance(labels[i])
                                                       + metrics.horizontalAdvance(labels[i + 1]))
                        / 2
                                                 : metrics.height();
                QVERIFY2(gap >= needed,
                    qPrintable(QStringLiteral("%1 and %2: %3 px apart, %4 needed")
                                   .arg(labels[i], labels[i + 1])
                                   .arg(gap)
                                   .arg(needed)));
            }
        }
        const double line
            = QFontMetricsF(barsRect->axis(QCPAxis::atLeft)->tickLabelFont()).height();
        QVERIFY2(barsRect->height() >= 3 * line,
            qPrintable(QStringLiteral("bars %1 px tall").arg(barsRect->height())));
    }

    void changingAnActivationKeepsTheStep()
    {
        QTest::keyClick(workspace_.get(), Qt::Key_End);
        const Tensor before = network().current().output;
        gui::selectNamed(child<QComboBox>("activation1Combo"), "leaky_relu");
        gui::selectNamed(child<QComboBox>("activation2Combo"), "sigmoid");
        QCOMPARE(network().currentStage(), 6);
        AL_COMPARE_TENSORS(network().current().output,
            fixtures::tensor(
                fixtures::load("mlp_seed0.json").object()["leaky_relu_sigmoid_probabilities"]),
            4, 1e-5f);
        QVERIFY(!(network().current().output == before));
        QVERIFY(child<QPlainTextEdit>("consoleView")
                    ->toPlainText()
                    .contains(QStringLiteral("After LeakyReLU:")));
    }

    void biasShiftKillsUnitsAndLeakyReluRevivesThem()
    {
        QTest::keyClick(workspace_.get(), Qt::Key_Space);
        QTest::keyClick(workspace_.get(), Qt::Key_Space);
        const float before = workspace_->state().deadShareAfterFirstActivation();
        child<QSlider>("biasShiftSlider")->setValue(-200);
        QCOMPARE(workspace_->state().biasShift(), -2.0);
        const float after = workspace_->state().deadShareAfterFirstActivation();
        QVERIFY(after > before + 0.5f);
        QVERIFY(child<TextPanel>("deadLabel")
                    ->text()
                    .contains(QLocale().toString(after * 100.0, 'f', 1)));
        QCOMPARE(*workspace_->state().statistics().deadShare, after);
        // LeakyReLU: no unit is exactly 0
        gui::selectNamed(child<QComboBox>("activation1Combo"), "leaky_relu");
        QCOMPARE(workspace_->state().deadShareAfterFirstActivation(), 0.0f);
    }

    void clickingANeuronExplainsIt()
    {
        QTest::keyClick(workspace_.get(), Qt::Key_End);
        auto *diagram = child<NetworkDiagram>("networkDiagram");
        const QRectF r = diagram->neuronRect(2, 3); // ReLU, unit 3
        QVERIFY(!r.isEmpty());
        QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, r.center().toPoint());
        QCOMPARE(workspace_->state().selectedStage(), 2);
        QCOMPARE(workspace_->state().selectedNeuron(), 3);
        const NeuronExplanation e = workspace_->state().explain();
        float sum = e.rest + e.bias;
        for (const Contribution &c : e.largest)
            sum += c.product;
        QVERIFY(std::abs(sum - e.z) < 1e-4f);
        QCOMPARE(e.z, network().records()[1].output.at({0, 3}));
        QCOMPARE(e.activated, std::max(0.0f, e.z));
        QVERIFY(child<TextPanel>("explanationResultLabel")
                    ->text()
                    .contains(QStringLiteral("ReLU(z) = <b>%1</b>")
                                  .arg(QLocale().toString(double(e.activated), 'f', 4))));
    }

    void stateDictsLoadAndSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.json"));
        QString error;
        QVERIFY2(workspace_->state().saveStateDict(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto layers = io::parseStateDict(file.readAll(), &error);
        QVERIFY(layers && layers->size() == 3);
        QVERIFY(layers->front().weight() == network().layers().front().weight());

        // A smaller network: sizes come from the file.
        QFile small(dir.filePath(QStringLiteral("small.json")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(
            R"({"fc1.weight": [[1, 0], [0, 1], [1, 1]], "fc1.bias": [0, 0, -1], "fc2.weight": [[1, -1, 1]], "fc2.bias": [0.5]})");
        small.close();
        QVERIFY2(workspace_->state().loadStateDict(small.fileName(), &error), qPrintable(error));
        QCOMPARE(network().stageCount(), 5);
        QCOMPARE(network().input().shape(), (Shape {4, 2}));

        // Bad files keep the network and say why.
        const Tensor weight = network().layers().front().weight();
        for (const QByteArray &bad :
            {QByteArray(""), QByteArray("{\"fc1.weight\": [[1]]}"), QByteArray("\x00\xff", 2)}) {
            small.open(QIODevice::WriteOnly);
            small.write(bad);
            small.close();
            QVERIFY(!workspace_->state().loadStateDict(small.fileName(), &error));
            QVERIFY(error.contains(QStringLiteral("not loaded")));
            QVERIFY(network().layers().front().weight() == weight);
        }
        QVERIFY(!workspace_->state().loadStateDict(
            dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!workspace_->state().saveStateDict(
            dir.filePath(QStringLiteral("no/such/dir.json")), &error));
    }

    // loss.backward() on screen: the loss and the gradients are PyTorch's (model fixture: the
    // seed network, its targets), the diagram and the charts switch to ∂L/∂·, the step goes back
    // from the logits, where the loss's gradient enters, and fc3's ∂L/∂W fills the heatmap.
    void gradientsAreLossBackward()
    {
        const QJsonObject fixture = fixtures::load("model_seed0.json").object();
        const QJsonObject variant = fixture["variants"].toArray()[0].toObject();
        QStringList targets;
        for (const QJsonValue &t : fixture["targets"].toArray())
            targets << QString::number(t.toInt());
        auto *edit = child<QLineEdit>("targetsEdit");
        edit->setText(targets.join(QStringLiteral(", ")));
        emit edit->editingFinished();
        QCOMPARE(workspace_->state().targets(), (std::vector<int64_t> {0, 3, 1, 4}));
        const float loss = fixtures::tensor(variant["loss"]).data()[0];
        QCOMPARE(workspace_->state().gradients().loss, loss);
        QVERIFY(child<TextPanel>("lossPanel")
                    ->text()
                    .contains(QString::fromStdString(pythonFloat(loss))));

        // The per-layer chart: a bar per layer, torch.linalg.norm of its weight's gradient.
        auto *chart = child<QCustomPlot>("gradientNormChart");
        auto *bars = chart->findChild<QCPBars *>(QStringLiteral("gradientNormBars"));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 3);
        for (int layer = 0; layer < 3; ++layer) {
            const QString key = QStringLiteral("fc%1.weight").arg(layer + 1);
            const Tensor expected = fixtures::tensor(variant["gradients"].toObject()[key]);
            QCOMPARE((bars->data()->constBegin() + layer)->value, double(normLikeTorch(expected)));
        }

        child<QCheckBox>("gradientsCheck")->setChecked(true);
        QCOMPARE(network().stageName(network().currentStage()), std::string("fc3"));
        QVERIFY(!child<QPushButton>("stepButton")->isEnabled()); // no gradient past the logits
        const QJsonArray stages = variant["stages"].toArray();
        for (int stage = network().currentStage(); stage >= 0; --stage) {
            const Tensor expected = fixtures::tensor(stages[stage].toObject()["grad"]);
            AL_COMPARE_TENSORS(*workspace_->state().shownTensor(stage), expected, 0, 0.0f);
            const std::vector<float> bars = workspace_->state().sampleVector();
            QCOMPARE(bars.size(), size_t(expected.size(1)));
            QCOMPARE(bars.front(), expected.at({0, 0}));
            if (stage > 0)
                child<QPushButton>("stepBackButton")->click();
        }
        // Backward, Reset goes back to the logits where the loss's gradient enters, and Run all
        // runs the whole backward pass to the input.
        child<QPushButton>("resetButton")->click();
        QCOMPARE(network().stageName(network().currentStage()), std::string("fc3"));
        auto *plot = child<QCustomPlot>("stagePlot");
        auto *map = plot->findChild<QCPColorMap *>(QStringLiteral("batchMap"));
        const Tensor fc3 = fixtures::tensor(variant["gradients"].toObject()["fc3.weight"]);
        QCOMPARE(map->data()->keySize(), int(fc3.size(1)));
        QCOMPARE(map->data()->valueSize(), int(fc3.size(0)));
        QCOMPARE(map->data()->cell(2, 1), double(fc3.at({1, 2})));
        QVERIFY(
            child<QPlainTextEdit>("consoleView")
                ->toPlainText()
                .contains(QStringLiteral("Loss: ") + QString::fromStdString(pythonFloat(loss))));
        child<QPushButton>("runAllButton")->click();
        QCOMPARE(network().currentStage(), 0);
        AL_COMPARE_TENSORS(*workspace_->state().shownTensor(0),
            fixtures::tensor(stages[0].toObject()["grad"]), 0, 0.0f);
        child<QCheckBox>("gradientsCheck")->setChecked(false);
        QCOMPARE(workspace_->state().shownTensor(0), &network().recording()[0].output);
        QCOMPARE(workspace_->state().shownTensor(1), nullptr); // forward again, from the input
    }

    // The largest network the limits accept (16 layers, one of them 4096 wide) stays usable: it
    // loads, steps through every stage and back, and the window keeps a classroom size.
    void theLargestNetworkStaysUsable()
    {
        std::vector<int> sizes {100, kMaxLayerWidth};
        while (sizes.size() < size_t(kMaxLayers))
            sizes.push_back(8);
        sizes.push_back(5); // 17 sizes: 16 layers
        QJsonObject dict = gui::stateDict(
            sizes, [](int o, int i) { return ((o + i) % 7 - 3) * 0.01; }, 0.01);
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("largest.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(dict).toJson(QJsonDocument::Compact));
        file.close();
        QString error;
        QVERIFY2(workspace_->state().loadStateDict(file.fileName(), &error), qPrintable(error));
        QCOMPARE(int(network().layers().size()), kMaxLayers);
        child<QPushButton>("runAllButton")->click();
        QCOMPARE(network().currentStage(), network().stageCount() - 1);
        QCoreApplication::processEvents();
        const QSize minimum = workspace_->minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
            qPrintable(QStringLiteral("%1 x %2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(workspace_->size(), QSize(1280, 800));
        child<QCheckBox>("gradientsCheck")->setChecked(true); // backward through all 16
        child<QPushButton>("runAllButton")->click();
        QCOMPARE(network().currentStage(), 0);
        QCOMPARE(workspace_->state().shownTensor(1)->size(1), int64_t(kMaxLayerWidth));
        // A file with a 17th layer, valid but for the limit, is refused for the limit, and the
        // network on screen stays; so is one of 999 tiny layers.
        dict.insert(QStringLiteral("fc%1.weight").arg(kMaxLayers + 1),
            QJsonArray {QJsonArray {0.1, 0.1, 0.1, 0.1, 0.1}});
        dict.insert(QStringLiteral("fc%1.bias").arg(kMaxLayers + 1), QJsonArray {0.0});
        QFile more(folder.filePath(QStringLiteral("more.json")));
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write(QJsonDocument(dict).toJson(QJsonDocument::Compact));
        more.close();
        QVERIFY(!workspace_->state().loadStateDict(more.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("fc17."))
                && error.contains(QStringLiteral(": a network has at most 16 layers")),
            qPrintable(error));
        QCOMPARE(int(network().layers().size()), kMaxLayers);
        const std::vector<int> tiny(1000, 1);
        QFile many(folder.filePath(QStringLiteral("many.json")));
        QVERIFY(many.open(QIODevice::WriteOnly));
        many.write(QJsonDocument(gui::stateDict(
                                     tiny, [](int, int) { return 1.0; }, 0.0))
                       .toJson(QJsonDocument::Compact));
        many.close();
        QVERIFY(!workspace_->state().loadStateDict(many.fileName(), &error));
        QVERIFY2(
            error.contains(QStringLiteral("a network has at most 16 layers")), qPrintable(error));
        QCOMPARE(int(network().layers().size()), kMaxLayers);
    }

    // Targets are class indices, one per sample: anything else is refused and changes nothing.
    void badTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("class too large") << "0, 1, 5, 3"
                                         << "from 0 to 4";
        QTest::newRow("negative") << "0, -1, 2, 3"
                                  << "from 0 to 4";
        QTest::newRow("not a number") << "0, one, 2, 3"
                                      << "\"one\" is not";
        QTest::newRow("a fraction") << "0, 1.5, 2, 3"
                                    << "\"1.5\" is not";
        QTest::newRow("too few") << "0, 1, 2"
                                 << "give 4 targets";
        QTest::newRow("too many") << "0, 1, 2, 3, 4"
                                  << "give 4 targets";
    }
    void badTargetsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const float before = workspace_->state().gradients().loss;
        auto *edit = child<QLineEdit>("targetsEdit");
        edit->setText(text);
        emit edit->editingFinished();
        QVERIFY2(workspace_->fieldError().contains(message), qPrintable(workspace_->fieldError()));
        QCOMPARE(workspace_->state().targets(), (std::vector<int64_t> {0, 1, 2, 3}));
        QCOMPARE(workspace_->state().gradients().loss, before);
    }

    // Train = the PyTorch loop, step by step with one optimizer (momentum carried over): the
    // same losses and weights as trainWithSgd over all the steps at once.
    void trainingIsPyTorchsLoop()
    {
        const std::vector<Linear> before = network().layers();
        child<QDoubleSpinBox>("lrSpin")->setValue(0.2);
        child<QDoubleSpinBox>("momentumSpin")->setValue(0.9);
        child<QSpinBox>("trainStepsSpin")->setValue(7);
        child<QPushButton>("trainButton")->click();
        Sgd optimizer(0.2, 0.9);
        const SgdRun expected = trainWithSgd(before, network().hiddenActivations(),
            network().input(), workspace_->state().targets(), optimizer, 7);
        QCOMPARE(workspace_->state().history().losses, expected.losses);
        for (size_t i = 0; i < expected.layers.size(); ++i)
            AL_COMPARE_TENSORS(
                network().layers()[i].weight(), expected.layers[i].weight(), 0, 0.0f);
        QVERIFY(workspace_->state().gradients().loss < expected.losses.front());
        QVERIFY(
            child<TextPanel>("historyPanel")->text().contains(QStringLiteral("Trained 7 steps")));
        child<QPushButton>("reloadButton")->click(); // the seed's weights again
        AL_COMPARE_TENSORS(network().layers()[1].weight(), before[1].weight(), 0, 0.0f);
    }

    // The seed's claim, completed: a pushed-down fc1 bias kills ReLU units; they get no gradient
    // (rows of exactly 0) and training leaves them dead. Under LeakyReLU the same units get a
    // gradient and training moves them.
    void deadUnitsNeverLearnLeakyOnesDo()
    {
        child<QDoubleSpinBox>("biasShiftSpin")->setValue(-1.5);
        const std::vector<int> dead = workspace_->state().inactiveUnits();
        QVERIFY(dead.size() > 10);
        QCOMPARE(workspace_->state().inactiveUnitsWithoutGradient(), int(dead.size()));
        const Tensor fc1Before = network().layers()[0].weight();
        child<QSpinBox>("trainStepsSpin")->setValue(30);
        child<QPushButton>("trainButton")->click();
        for (int c : workspace_->state().history().inactiveUnits)
            QCOMPARE(c, int(dead.size())); // dead at every step
        for (int unit : dead)
            for (int64_t i = 0; i < fc1Before.size(1); ++i)
                QCOMPARE(network().layers()[0].weight().at({unit, i}), fc1Before.at({unit, i}));

        child<QPushButton>("reloadButton")->click();
        gui::selectNamed(child<QComboBox>("activation1Combo"), "leaky_relu");
        child<QDoubleSpinBox>("slopeSpin")->setValue(0.1);
        child<QDoubleSpinBox>("biasShiftSpin")->setValue(-1.5);
        QCOMPARE(workspace_->state().inactiveUnits(), dead);
        QCOMPARE(workspace_->state().inactiveUnitsWithoutGradient(), 0);
        child<QPushButton>("trainButton")->click();
        int moved = 0;
        for (int unit : dead)
            moved += network().layers()[0].weight().at({unit, 0}) != fc1Before.at({unit, 0});
        QCOMPARE(moved, int(dead.size()));
    }

    // Explain a neuron backward: the chain rule with autograd's own numbers.
    void aNeuronsGradientIsExplainedByTheChainRule()
    {
        child<QCheckBox>("gradientsCheck")->setChecked(true);
        MlpState &state = workspace_->state();
        QString error;
        for (int stage : {1, 3}) { // fc1 (then ReLU), fc2 (then Tanh): δ(z) = δ(a) × f′(z)
            QVERIFY(state.selectNeuron(stage, 3, &error));
            const NeuronGradient e = state.explainGradient();
            QCOMPARE(e.rule, NeuronGradient::Rule::ActivationDerivative);
            QCOMPARE(e.upstream * e.derivative, e.delta);
            QCOMPARE(e.delta, state.gradients().stages[size_t(stage)].at({0, 3}));
        }
        QVERIFY(state.selectNeuron(2, 5, &error)); // after ReLU: a sum over fc2's units
        NeuronGradient e = state.explainGradient();
        QCOMPARE(e.rule, NeuronGradient::Rule::NextLayerSum);
        QCOMPARE(e.largest.size(), size_t(5));
        float sum = e.rest;
        for (const Contribution &c : e.largest)
            sum += c.product;
        QVERIFY(std::abs(sum - e.delta) <= 1e-5f * std::max(1.0f, std::abs(e.delta)));
        QVERIFY(child<TextPanel>("explanationLabel")->text().contains(QStringLiteral("δ = Σ")));
        QVERIFY(state.selectNeuron(5, 1, &error)); // a logit: (p − [target]) / batch
        e = state.explainGradient();
        QCOMPARE(e.rule, NeuronGradient::Rule::Logit);
        QCOMPARE(e.isTarget, false); // sample 0's target is class 0
        QVERIFY(std::abs((e.probability - 0.0f) / e.batch - e.delta) < 1e-7f);
    }

    // PReLU's weight would be a parameter of the model: training here leaves it out, so the
    // network does not offer it (as activation-lab-cli mlp refuses it).
    void preluIsNotAHiddenActivationHere()
    {
        QCOMPARE(child<QComboBox>("activation1Combo")->findData(QStringLiteral("prelu")), -1);
        QVERIFY(child<QComboBox>("activation1Combo")->findData(QStringLiteral("gelu")) >= 0);
        QString error;
        QVERIFY(!workspace_->state().setHiddenActivation(0, QStringLiteral("prelu"), &error));
        QCOMPARE(network().hiddenActivations()[0].name(), "relu");
    }
};

QTEST_MAIN(TestMlpWorkspace)
#include "test_mlp_workspace.moc"
