// The Curves workspace driven through its real widgets.

#include "app/activation_texts.h"
#include "app/appearance.h"
#include "app/curves/curves_workspace.h"
#include "app/curves/polyline.h"
#include "app/widgets/text_panel.h"
#include "core/activation.h"
#include "gui_support.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace al;

namespace {

// Marks every text of the activations' tables, so that a test sees them retranslated without
// needing a catalogue that holds them.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QLatin1String(context) == QLatin1String("ActivationTexts")
            ? QStringLiteral("«%1»").arg(QString::fromUtf8(source))
            : QString();
    }
};

// A family's header: an item that names no activation.
bool isHeader(const QListWidgetItem *item)
{
    return item->data(Qt::UserRole).toString().isEmpty();
}

} // namespace

class TestCurvesWorkspace : public QObject {
    Q_OBJECT

private:
    gui::ShownWorkspace<CurvesWorkspace> workspace_;

    template<typename T>
    T *child(const char *name)
    {
        return gui::child<T>(workspace_.get(), name);
    }
    QCPGraph *graph(const QString &name)
    {
        QCustomPlot *plot = child<QCustomPlot>("curvesPlot");
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->objectName() == name)
                return plot->graph(i);
        return nullptr;
    }
    void select(const char *functionalName)
    {
        gui::selectNamed(child<QListWidget>("activationList"), functionalName);
    }
    QString shown() const { return QLatin1String(workspace_->state().spec().functionalName); }
    // The texts of the list's rows the user can see, headers included.
    QStringList visibleRows()
    {
        QStringList rows;
        auto *list = child<QListWidget>("activationList");
        for (int row = 0; row < list->count(); ++row)
            if (!list->item(row)->isHidden())
                rows << list->item(row)->text();
        return rows;
    }
    // A graph keeps only the samples the drawing needs: every one it keeps is a sample of the
    // curve, and the line through them passes within a pixel (at 4000 pixels per axis span) of
    // every sample it dropped.
    void verifyDrawnWithinAPixel(QCPGraph *graph, const QVector<double> &values)
    {
        const QVector<double> &xs = workspace_->state().curves().front().x; // shared by all
        const double xUnit = (xs.last() - xs.first()) / kPolylineUnitsPerSpan;
        const double yUnit = graph->valueAxis()->range().size() / kPolylineUnitsPerSpan;
        QVERIFY(graph->data()->size() >= 2 && graph->data()->size() <= xs.size());
        auto next = graph->data()->constBegin();
        auto previous = next;
        for (int i = 0; i < xs.size(); ++i) {
            if (next != graph->data()->constEnd() && next->key == xs[i]) {
                QCOMPARE(next->value, values[i]); // a kept sample, unchanged
                previous = next++;
                continue;
            }
            QVERIFY(next != graph->data()->constEnd() && previous->key < xs[i]);
            if (!std::isfinite(values[i]))
                QFAIL("a non-finite sample was dropped");
            const double t = (xs[i] - previous->key) / (next->key - previous->key);
            const double line = previous->value + t * (next->value - previous->value);
            // the distance to the chord, vertically, bounds the distance measured across it
            const double dx = (next->key - previous->key) / xUnit;
            const double dy = (next->value - previous->value) / yUnit;
            const double across = std::abs(values[i] - line) / yUnit * dx / std::hypot(dx, dy);
            QVERIFY2(across <= 1.0 + 1e-9,
                qPrintable(QStringLiteral("%1 units off at x = %2").arg(across).arg(xs[i])));
        }
        QVERIFY(next == graph->data()->constEnd());
    }

    // The plotted f and f' must be exactly what the core computes at the plotted x.
    void verifyPlotMatchesCore(const Activation &activation)
    {
        QCPGraph *f = graph(QStringLiteral("functionGraph"));
        QCPGraph *d = graph(QStringLiteral("derivativeGraph"));
        QVERIFY(f && d);
        verifyDrawnWithinAPixel(f, workspace_->state().curves().front().y);
        verifyDrawnWithinAPixel(d, workspace_->state().curves().front().dy);
        auto keys = [](QCPGraph *g) {
            std::vector<float> xs;
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
                xs.push_back(static_cast<float>(it->key));
            return Tensor({static_cast<int64_t>(xs.size())}, xs);
        };
        const Tensor y = forward(activation, keys(f));
        const Tensor dy = derivative(activation, keys(d));
        int i = 0;
        for (auto it = f->data()->constBegin(); it != f->data()->constEnd(); ++it, ++i)
            QCOMPARE(static_cast<float>(it->value), y.data()[i]);
        i = 0;
        for (auto it = d->data()->constBegin(); it != d->data()->constEnd(); ++it, ++i)
            QCOMPARE(static_cast<float>(it->value), dy.data()[i]);
    }

private slots:
    void init() { QVERIFY(workspace_.show()); }
    void cleanup() { workspace_.reset(); }

    // The current activation is in sight in the list: chosen while Curves was hidden (the command
    // line, the Summary) and after presentation mode makes every row taller.
    // The current activation stays in sight in the list when the list gets shorter (a window
    // manager sizing the window to the screen, presentation mode's larger controls).
    void theCurrentActivationStaysInSight()
    {
        auto *list = child<QListWidget>("activationList");
        auto inSight = [list] {
            return list->viewport()->rect().contains(list->visualItemRect(list->currentItem()));
        };
        QVERIFY(workspace_->selectActivation(QStringLiteral("glu")));
        QTRY_VERIFY(inSight());
        workspace_->resize(1024, 560);
        QTRY_VERIFY(inSight());
        workspace_.appearance().setPresentation(true);
        QTRY_VERIFY(inSight());
        workspace_.appearance().setPresentation(false);
    }

    void startsWithReluAndItsDeadSide()
    {
        verifyPlotMatchesCore(Activation::named("relu"));
        QCustomPlot *plot = child<QCustomPlot>("curvesPlot");
        bool dead = false;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                dead = dead || text->text() == QStringLiteral("dead: f′ = 0");
        QVERIFY(dead);
    }

    void zeroGradientZonesFollowTheThreshold()
    {
        auto zones = [this] {
            QStringList labels;
            QCustomPlot *plot = child<QCustomPlot>("curvesPlot");
            for (int i = 0; i < plot->itemCount(); ++i)
                if (plot->item(i)->objectName() == QLatin1String("zeroGradientLabel"))
                    labels << static_cast<QCPItemText *>(plot->item(i))->text();
            return labels;
        };
        select("leaky_relu");
        QVERIFY(zones().isEmpty()); // f' = 0.01 on the left: small, but not below 0.01
        child<QDoubleSpinBox>("negative_slopeSpin")->setValue(0.0);
        QCOMPARE(zones(), QStringList {QStringLiteral("dead: f′ = 0")});
        select("tanh");
        QCOMPARE(zones(), QStringList(2, QStringLiteral("saturated: |f′| < 0.01"))); // both tails
        select("hardshrink"); // the band inside the range is dead, not saturated
        QCOMPARE(zones(), QStringList {QStringLiteral("dead: f′ = 0")});
        select("tanhshrink"); // small around 0 (tanh² x), inside the range: flat
        QCOMPARE(zones(), QStringList {QStringLiteral("flat: |f′| < 0.01")});
        select("gelu"); // f' crosses 0 at its dip: a minimum, not a zone; the left tail saturates
        QCOMPARE(zones(), QStringList {QStringLiteral("saturated: |f′| < 0.01")});
        child<QDoubleSpinBox>("flatThresholdSpin")->setValue(0.0);
        QVERIFY(zones().isEmpty());
    }

    // A fast drag: every value reaches the state at once, but the plot is redrawn once, when
    // the event loop runs, and shows the last value.
    void aFastDragRedrawsOnceWithTheLastValue()
    {
        select("leaky_relu");
        QApplication::processEvents();
        auto *plot = child<QCustomPlot>("curvesPlot");
        int redraws = 0;
        connect(plot, &QCustomPlot::afterReplot, this, [&] { ++redraws; });
        auto *slider = child<QSlider>("negative_slopeSlider");
        for (int step = 1; step <= 40; ++step)
            slider->setValue(slider->minimum() + step);
        QCOMPARE(redraws, 0);
        QApplication::processEvents();
        QCOMPARE(redraws, 1);
        Activation expected = Activation::named("leaky_relu");
        expected.set("negative_slope", -1.0 + 40 * 0.01);
        QCOMPARE(workspace_->state().activation().value("negative_slope"),
            expected.value("negative_slope"));
        verifyPlotMatchesCore(expected);
    }

    void sliderDrivesThePlotAndTheSpinBox()
    {
        select("leaky_relu");
        auto *slider = child<QSlider>("negative_slopeSlider");
        auto *spin = child<QDoubleSpinBox>("negative_slopeSpin");
        QCOMPARE(spin->value(), 0.01);
        slider->setValue(slider->value() + 4); // four fine steps: 0.05
        QCOMPARE(spin->value(), 0.05);
        Activation expected = Activation::named("leaky_relu");
        expected.set("negative_slope", 0.05);
        verifyPlotMatchesCore(expected);
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("nn.LeakyReLU(negative_slope=0.05)")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("F.leaky_relu(x, negative_slope=0.05)")));

        spin->setValue(-0.5);
        QCOMPARE(slider->value(), 50); // -1 .. 1 in steps of 0.01
        expected.set("negative_slope", -0.5);
        verifyPlotMatchesCore(expected);

        // Keyboard: arrows are fine steps, Page Up a coarse one.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(spin->value(), -0.49);
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(spin->value(), -0.39);

        child<QToolButton>("negative_slopeReset")->click();
        QCOMPARE(spin->value(), 0.01);
    }

    void refusedValueKeepsTheStateAndSaysWhy()
    {
        select("leaky_relu");
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        auto *spin = child<QDoubleSpinBox>("negative_slopeSpin");
        spin->setValue(5000);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("from -1000 to 1000")));
        QCOMPARE(spin->value(), 0.01);
        verifyPlotMatchesCore(Activation::named("leaky_relu"));

        select("softmax");
        child<QSpinBox>("dimSpin")->setValue(1);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral(
            "Dimension out of range (expected to be in range of [-1, 0], but got 1)")));
        QCOMPARE(child<QSpinBox>("dimSpin")->value(), -1);

        auto *from = child<QDoubleSpinBox>("xFromSpin");
        from->setValue(10);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("x range")));
        QCOMPARE(from->value(), -6.0);
    }

    void hoverShowsExactValuesAndTheTangent()
    {
        select("sigmoid");
        QCustomPlot *plot = child<QCustomPlot>("curvesPlot");
        plot->replot();
        QCPAxis *xAxis = plot->axisRect(0)->axis(QCPAxis::atBottom);
        QCPAxis *yAxis = plot->axisRect(0)->axis(QCPAxis::atLeft);
        const QPoint at(int(xAxis->coordToPixel(1.0)), int(yAxis->coordToPixel(0.5)));
        QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
            Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        QCPItemText *readout = plot->findChild<QCPItemText *>(QStringLiteral("readoutText"));
        QVERIFY(readout && readout->visible());
        const double x = xAxis->pixelToCoord(at.x());
        const Tensor in({1}, static_cast<float>(x));
        const Activation sigmoid = Activation::named("sigmoid");
        const float y = forward(sigmoid, in).data()[0];
        const float dy = derivative(sigmoid, in).data()[0];
        QVERIFY2(readout->text().contains(
                     QStringLiteral("f(x) = %1").arg(QLocale().toString(double(y), 'g', 6))),
            qPrintable(readout->text()));
        QVERIFY2(readout->text().contains(
                     QStringLiteral("f′(x) = %1").arg(QLocale().toString(double(dy), 'g', 6))),
            qPrintable(readout->text()));
        auto *tangent = plot->findChild<QCPItemStraightLine *>(QStringLiteral("tangentLine"));
        QVERIFY(tangent->visible());
        const QPointF p1 = tangent->point1->coords(), p2 = tangent->point2->coords();
        QCOMPARE(float(p1.y()), y);
        QCOMPARE(float((p2.y() - p1.y()) / (p2.x() - p1.x())), dy);

        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(plot, &leave);
        QVERIFY(!readout->visible());
    }

    // Typing part of a name keeps the matching activations; Enter shows the first.
    void filterFindsAnActivationByName()
    {
        auto *filter = child<QLineEdit>("activationFilter");
        auto *list = child<QListWidget>("activationList");
        QVERIFY(!filter->hasFocus()); // never the first focus: digits pick activations
        QTest::keyClick(workspace_.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("SHRINK"));
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            if (!list->item(row)->isHidden() && !isHeader(list->item(row)))
                shown << list->item(row)->data(Qt::UserRole).toString();
        QCOMPARE(shown, (QStringList {"hardshrink", "softshrink", "tanhshrink"}));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(workspace_->state().spec().functionalName, "hardshrink");
        filter->clear();
        for (int row = 0; row < list->count(); ++row)
            QVERIFY(!list->item(row)->isHidden());
        QTest::keyClicks(filter, QStringLiteral("leaky_"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(workspace_->state().spec().functionalName, "leaky_relu");
    }

    // The list goes family by family, each under a bold header that cannot be picked or ticked;
    // every activation of the registry is in it once, under its own family.
    void activationsAreListedUnderTheirFamilies()
    {
        auto *list = child<QListWidget>("activationList");
        QStringList headers;
        QMap<QString, int> seen;
        QString family;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            if (isHeader(item)) {
                headers << item->text();
                family = item->text();
                QVERIFY(item->font().bold());
                QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
                QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
                QVERIFY(item->data(Qt::CheckStateRole).isNull()); // no check box drawn
                continue;
            }
            const QString name = item->data(Qt::UserRole).toString();
            ++seen[name];
            QVERIFY2(!family.isEmpty(), qPrintable(name + QStringLiteral(" before any header")));
            QCOMPARE(family, translatedText(groupOf(name.toStdString())));
            QVERIFY(item->flags() & Qt::ItemIsSelectable);
        }
        QCOMPARE(headers,
            (QStringList {"Rectifiers", "Smooth rectifiers", "S-shaped", "Piecewise-linear (hard)",
                "Shrinkage", "Along a dim"}));
        QCOMPARE(seen.size(), int(activationRegistry().size()));
        for (const ActivationSpec &spec : activationRegistry())
            QCOMPARE(seen.value(QLatin1String(spec.functionalName)), 1);

        // A click on a header changes nothing.
        select("tanh");
        const QRect header = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, header.center());
        QCOMPARE(shown(), QStringLiteral("tanh"));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("tanh"));
        QVERIFY(list->selectedItems().size() == 1
            && list->selectedItems().first() == list->currentItem());
    }

    // The arrows go from activation to activation: a header is never the current row.
    void arrowsSkipTheHeaders()
    {
        auto *list = child<QListWidget>("activationList");
        list->setFocus();
        select("rrelu"); // the last rectifier; the smooth ones' header is next
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(shown(), QStringLiteral("elu"));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(shown(), QStringLiteral("rrelu"));
        select("relu"); // the first row of the list is a header
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(shown(), QStringLiteral("relu"));
        QTest::keyClick(list, Qt::Key_End);
        QVERIFY(!isHeader(list->currentItem()));
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(shown(), QStringLiteral("relu"));
        for (int step = 0; step < list->count(); ++step) {
            QTest::keyClick(list, Qt::Key_Down);
            QVERIFY2(!isHeader(list->currentItem()), qPrintable(list->currentItem()->text()));
        }
        QCOMPARE(list->currentItem(), list->item(list->count() - 1));
        for (Qt::Key key : {Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_PageUp}) {
            QTest::keyClick(list, key);
            QVERIFY2(!isHeader(list->currentItem()), qPrintable(list->currentItem()->text()));
            QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), shown());
        }
    }

    // Keys 1 to 5 are the seed's five, wherever the grouping puts them; one the filter hides
    // clears the filter, so that the list shows what is plotted.
    void digitsPickTheSeedsFive()
    {
        auto *list = child<QListWidget>("activationList");
        const QStringList seeds {"relu", "leaky_relu", "sigmoid", "tanh", "softmax"};
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(workspace_.get(), Qt::Key(Qt::Key_1 + i));
            QCOMPARE(shown(), seeds[i]);
            QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), seeds[i]);
        }
        // Not by place: the fifth row of the list is a rectifier or a header, not Softmax.
        QVERIFY(list->item(4)->data(Qt::UserRole).toString() != QLatin1String("softmax"));
        QTest::keyClick(workspace_.get(), Qt::Key_6); // the next one down the list
        QCOMPARE(shown(), QStringLiteral("relu6"));

        auto *filter = child<QLineEdit>("activationFilter");
        filter->setText(QStringLiteral("shrink"));
        list->setFocus();
        QTest::keyClick(workspace_.get(), Qt::Key_3);
        QCOMPARE(shown(), QStringLiteral("sigmoid"));
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!list->currentItem()->isHidden());
    }

    // The filter hides the families it leaves empty.
    void filterHidesEmptyFamilies()
    {
        auto *filter = child<QLineEdit>("activationFilter");
        filter->setText(QStringLiteral("shrink"));
        QCOMPARE(
            visibleRows(), (QStringList {"Shrinkage", "Hardshrink", "Softshrink", "Tanhshrink"}));
        filter->setText(QStringLiteral("soft"));
        QCOMPARE(visibleRows(),
            (QStringList {"Smooth rectifiers", "Softplus", "S-shaped", "Softsign", "Shrinkage",
                "Softshrink", "Along a dim", "Softmax", "LogSoftmax", "Softmin", "Softmax2d"}));
        filter->setText(QStringLiteral("zzz"));
        QVERIFY(visibleRows().isEmpty());
        QTest::keyClick(filter, Qt::Key_Return); // nothing to show: nothing changes
        QCOMPARE(shown(), QStringLiteral("relu"));
        filter->clear();
        QCOMPARE(visibleRows().size(), child<QListWidget>("activationList")->count());
    }

    // The headers follow the language, as everything else does.
    void headersAreRetranslated()
    {
        auto *list = child<QListWidget>("activationList");
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCoreApplication::processEvents(); // the posted LanguageChange
        QCOMPARE(list->item(0)->text(), QStringLiteral("«Rectifiers»"));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(list->item(0)->text(), QStringLiteral("Rectifiers"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("ReLU")); // names are never translated
    }

    // A value in range that a rule across parameters refuses is said in PyTorch's words, not as
    // a range, and the curve keeps the old bounds.
    void aRuleAcrossParametersIsExplained()
    {
        select("hardtanh");
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        child<QDoubleSpinBox>("min_valSpin")->setValue(2.0);
        QCOMPARE(messages.count(), 1);
        const QString message = messages.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("max_val must be greater than min_val")),
            qPrintable(message));
        QCOMPARE(workspace_->state().activation().value("min_val"), -1.0);
    }

    void overlaysComeAndGo()
    {
        auto *list = child<QListWidget>("activationList");
        QVERIFY(!graph(QStringLiteral("functionOverlay:tanh")));
        list->item(gui::rowNamed(list, "tanh"))->setCheckState(Qt::Checked);
        list->item(gui::rowNamed(list, "sigmoid"))->setCheckState(Qt::Checked);
        QVERIFY(graph(QStringLiteral("functionOverlay:tanh")));
        QVERIFY(graph(QStringLiteral("functionOverlay:sigmoid")));
        QVERIFY(child<QCustomPlot>("curvesPlot")->legend->visible());
        QVERIFY(graph(QStringLiteral("functionOverlay:tanh"))->pen().color()
            != graph(QStringLiteral("functionGraph"))->pen().color());
        list->item(gui::rowNamed(list, "tanh"))->setCheckState(Qt::Unchecked);
        QVERIFY(!graph(QStringLiteral("functionOverlay:tanh")));
        QVERIFY(graph(QStringLiteral("functionOverlay:sigmoid")));
    }

    // Issue 14's dim-wise rows as curves of the swept logit: softmin's and Softmax2d's components
    // sum to 1 (Softmax2d's logits are one pixel's channels, softmin favours the smallest);
    // GLU is one curve, a · σ(b) with the swept x as a or as the gate b.
    void newDimWiseRowsAreCurves()
    {
        for (const char *name : {"softmin", "softmax2d"}) {
            select(name);
            const std::vector<Curve> &curves = workspace_->state().curves();
            QCOMPARE(int(curves.size()), 3);
            for (int i = 0; i < CurvesState::kSamples; i += 50) {
                double sum = 0;
                for (const Curve &curve : curves)
                    sum += curve.y[i];
                QVERIFY(std::abs(sum - 1.0) < 1e-6);
            }
        }
        // Softmin of (x, 0, 1): the swept logit's probability falls as x rises.
        select("softmin");
        QVERIFY(workspace_->state().curves().front().y.first()
            > workspace_->state().curves().front().y.last());
        select("glu");
        const std::vector<Curve> &curves = workspace_->state().curves();
        QCOMPARE(int(curves.size()), 1);
        const Curve &glu = curves.front();
        // (a, b) = (x, 0): x / 2, slope 1/2.
        QCOMPARE(float(glu.y[0]), float(glu.x[0]) * 0.5f);
        QCOMPARE(float(glu.dy[0]), 0.5f);
        child<QSpinBox>("sweptIndexSpin")->setValue(1); // x is the gate b
        QCOMPARE(workspace_->state().sweptIndex(), 1);
        const Curve &gate = workspace_->state().curves().front();
        QVERIFY(gate.y.first() < 1e-2 && gate.y.last() < 1e-2); // a = 0: closed either way
    }

    // RReLU in training: its slopes come from the seed, and Re-sample draws the next ones.
    void rreluResamples()
    {
        select("rrelu");
        auto *resample = child<QPushButton>("resampleButton");
        QVERIFY(!resample->isEnabled()); // eval: the mean slope, nothing to draw
        child<QCheckBox>("trainingCheck")->setChecked(true);
        QVERIFY(resample->isEnabled());
        const QVector<double> before = workspace_->state().curves().front().y;
        resample->click();
        QCOMPARE(workspace_->state().activation().value("seed"), 1.0);
        QVERIFY(workspace_->state().curves().front().y != before);
        select("prelu");
        QVERIFY(!workspace_->findChild<QPushButton *>(QStringLiteral("resampleButton")));
    }

    void softmaxComponentsSumToOne()
    {
        select("softmax");
        QCPGraph *swept = graph(QStringLiteral("functionGraph"));
        QVERIFY(swept);
        QVector<QCPGraph *> components {swept, graph(QStringLiteral("functionGraph1")),
            graph(QStringLiteral("functionGraph2"))};
        const std::vector<Curve> &curves = workspace_->state().curves();
        QCOMPARE(int(curves.size()), 3);
        for (int c = 0; c < 3; ++c) {
            QVERIFY(components[c]);
            verifyDrawnWithinAPixel(components[c], curves[size_t(c)].y);
        }
        for (int i = 0; i < CurvesState::kSamples; i += 50) {
            double sum = 0;
            for (const Curve &curve : curves)
                sum += curve.y[i];
            QVERIFY(std::abs(sum - 1.0) < 1e-6);
        }
        // p1 with logits (x, 0, 1), straight from the core, at every point drawn:
        for (auto it = swept->data()->constBegin(); it != swept->data()->constEnd(); ++it) {
            Activation softmax = Activation::named("softmax");
            const Tensor p
                = forward(softmax, Tensor({3}, {static_cast<float>(it->key), 0.0f, 1.0f}));
            QCOMPARE(static_cast<float>(it->value), p.data()[0]);
        }
        auto *others = child<QLineEdit>("otherLogitsEdit");
        others->setText(QStringLiteral("0, 1, abc"));
        QSignalSpy messages(workspace_.get(), &Workspace::statusMessage);
        QMetaObject::invokeMethod(others, "editingFinished");
        QCOMPARE(messages.count(), 1);
        QCOMPARE(others->text(), QStringLiteral("0, 1"));
    }

    void inplaceDemoShowsTheOverwrite()
    {
        auto *check = child<QCheckBox>("inplaceCheck");
        auto *demo = child<TextPanel>("inplaceDemoLabel");
        QVERIFY(demo->text().contains(QStringLiteral("x afterwards = [-2, -0.5, 0, 1.5, 3]")));
        check->setChecked(true);
        QVERIFY(demo->text().contains(QStringLiteral("x afterwards = [0, 0, 0, 1.5, 3]")));
        QVERIFY(child<QPlainTextEdit>("codeView")
                    ->toPlainText()
                    .contains(QStringLiteral("nn.ReLU(inplace=True)")));
    }
};

QTEST_MAIN(TestCurvesWorkspace)
#include "test_curves_workspace.moc"
