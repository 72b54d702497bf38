// The Deep stack workspace: what the class sees (the gradient norms, the spread, the shares, the
// verdict) is the core's deep stack for the controls' settings, computed off the GUI thread with
// the latest settings winning, in both languages and after a restart.

#include "app/deep/deep_workspace.h"
#include "gui_support.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTranslator>
#include <qcustomplot.h>

using namespace al;

class TestDeepWorkspace : public QObject {
    Q_OBJECT

    gui::ShownWorkspace<DeepWorkspace> workspace_;

    template<typename T>
    T *child(const char *name) const
    {
        return gui::child<T>(workspace_.get(), name);
    }
    QCPGraph *graph(const char *name) const
    {
        auto *plot = child<QCustomPlot>("deepPlot");
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->objectName() == QLatin1String(name))
                return plot->graph(i);
        qFatal("no graph %s", name);
    }
    QString notes() const { return child<QTextEdit>("deepNotes")->toPlainText(); }
    // Waits for the result of the current settings (the latest request wins).
    bool settle() const
    {
        QSignalSpy shown(workspace_.get(), &DeepWorkspace::resultShown);
        for (int i = 0; i < 200; ++i) {
            if (!workspace_->computing() && workspace_->result()
                && workspace_->resultOptions().depth == workspace_->options().depth
                && workspace_->resultOptions().weightScale == workspace_->options().weightScale
                && workspace_->resultOptions().activation == workspace_->options().activation
                && workspace_->resultOptions().init == workspace_->options().init)
                return true;
            shown.wait(50);
        }
        return false;
    }
    // ‖∂L/∂W‖ of fc1 over that of the last layer, as the plot holds them.
    double ratioShown() const
    {
        const QSharedPointer<QCPGraphDataContainer> data = graph("gradientNorms")->data();
        return data->constBegin()->value / (data->constEnd() - 1)->value;
    }

private slots:
    void init()
    {
        gui::freshSettings();
        QVERIFY(workspace_.show());
        QVERIFY(settle());
    }
    void cleanup() { workspace_.reset(); }

    // The first sight is the seed's claim: sigmoid's gradients vanish with depth.
    void opensOnVanishingSigmoidGradients()
    {
        QCOMPARE(workspace_->options().activation.name(), "sigmoid");
        QCOMPARE(graph("gradientNorms")->data()->size(), 20);
        QVERIFY2(ratioShown() < 1e-6, qPrintable(QString::number(ratioShown())));
        QVERIFY2(notes().contains(QStringLiteral("vanishes")), qPrintable(notes()));
    }

    // Each point of the picture is the core's figure for the settings shown.
    void thePictureIsTheCoresDeepStack()
    {
        child<QSpinBox>("deepDepthSpin")->setValue(7);
        gui::selectNamed(child<QComboBox>("deepActivationCombo"), "gelu");
        child<QComboBox>("deepInitCombo")->setCurrentIndex(2); // Xavier
        child<QDoubleSpinBox>("deepScaleSpin")->setValue(1.5);
        QVERIFY(settle());
        DeepStackOptions expected;
        expected.depth = 7;
        expected.width = 64;
        expected.batch = 64;
        expected.activation = Activation::named("gelu");
        expected.init = Init::Xavier;
        expected.weightScale = 1.5;
        const DeepStack core = deepStack(expected);
        const QSharedPointer<QCPGraphDataContainer> norms = graph("gradientNorms")->data();
        const QSharedPointer<QCPGraphDataContainer> medians = graph("medians")->data();
        QCOMPARE(norms->size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(norms->at(i)->value, double(core.layers[size_t(i)].gradNorm));
            QCOMPARE(medians->at(i)->value, double(core.layers[size_t(i)].quantiles[2]));
        }
        QVERIFY(notes().contains(QString::number(double(core.loss), 'g', 6)));
        QVERIFY(child<QPlainTextEdit>("deepCode")->toPlainText().contains("F.gelu(l(h))"));
        QVERIFY(child<QPlainTextEdit>("deepCode")->toPlainText().contains("l.weight.mul_(1.5)"));
        QVERIFY(child<QPlainTextEdit>("deepCode")->toPlainText().contains("xavier_uniform_"));
        QCOMPARE(workspace_->exportCsv().count(QLatin1Char('\n')), 8); // header + 7 layers
    }

    // The three set pieces say what they show, with the dead-unit count after ReLU.
    void setPiecesVanishLevelAndExplode()
    {
        child<QPushButton>("deepLevelButton")->click();
        QVERIFY(settle());
        QVERIFY2(ratioShown() > 0.2 && ratioShown() < 5, qPrintable(notes()));
        QVERIFY2(notes().contains(QStringLiteral("level")), qPrintable(notes()));
        auto *plot = child<QCustomPlot>("deepPlot");
        QCOMPARE(plot->axisRects().at(2)->axis(QCPAxis::atLeft)->label(),
            QStringLiteral("dead units (%)"));
        const double level = graph("gradientNorms")->data()->constBegin()->value;
        // Between level and vanished: ReLU, 10 layers of 64 with nn.Linear's default init give
        // fc1 0.028 of fc10's gradient, which is not level.
        QCOMPARE(workspace_->setViewState(
                     {{QStringLiteral("activation"), QStringLiteral("relu")},
                         {QStringLiteral("init"), QStringLiteral("default")},
                         {QStringLiteral("depth"), 10}, {QStringLiteral("width"), 64},
                         {QStringLiteral("batch"), 64}},
                     StateMode::Apply),
            QStringList());
        QVERIFY(settle());
        QVERIFY2(ratioShown() > 1e-2 && ratioShown() < 0.2, qPrintable(notes()));
        QVERIFY2(notes().contains(QStringLiteral("shrinks")) && !notes().contains("level"),
            qPrintable(notes()));
        child<QPushButton>("deepExplodingButton")->click();
        QVERIFY(settle());
        // Forward and backward grow alike: every layer's gradient is huge, not only fc1's.
        QVERIFY2(
            graph("gradientNorms")->data()->constBegin()->value > 1e4 * level, qPrintable(notes()));
        QVERIFY2(notes().contains(QStringLiteral("explode")), qPrintable(notes()));
        child<QPushButton>("deepVanishingButton")->click();
        QVERIFY(settle());
        QVERIFY(ratioShown() < 1e-2);
        QCOMPARE(plot->axisRects().at(2)->axis(QCPAxis::atLeft)->label(),
            QStringLiteral("saturated (%)"));
    }

    // A drag sends many values; the GUI never waits, and the last value is what ends up shown.
    void aDragEndsOnItsLastValue()
    {
        child<QPushButton>("deepLevelButton")->click();
        auto *slider = child<QSlider>("deepDepthSlider");
        for (int depth = 50; depth >= 30; --depth)
            slider->setValue(depth);
        QCOMPARE(child<QSpinBox>("deepDepthSpin")->value(), 30);
        QVERIFY(settle());
        QCOMPARE(workspace_->resultOptions().depth, 30);
        QCOMPARE(graph("gradientNorms")->data()->size(), 30);
        child<QSlider>("deepScaleSlider")->setValue(250);
        QCOMPARE(child<QDoubleSpinBox>("deepScaleSpin")->value(), 2.5);
        QVERIFY(settle());
        QCOMPARE(workspace_->resultOptions().weightScale, 2.5);
    }

    // The whole state comes back (a restart, a lesson slide); a damaged one is named key by key.
    void stateComesBackAndDamageIsRefused()
    {
        child<QPushButton>("deepExplodingButton")->click();
        child<QSpinBox>("deepDepthSpin")->setValue(33);
        const QVariantMap saved = workspace_->viewState();
        workspace_.reset();
        QVERIFY(workspace_.show());
        QCOMPARE(workspace_->setViewState(saved, StateMode::Apply), QStringList());
        QCOMPARE(workspace_->options().depth, 33);
        QCOMPARE(workspace_->options().weightScale, 2.0);
        QCOMPARE(workspace_->options().activation.name(), "relu");
        QCOMPARE(workspace_->options().init, Init::Kaiming);
        QCOMPARE(child<QSpinBox>("deepDepthSpin")->value(), 33);
        const QVariantMap hostile {{QStringLiteral("depth"), 100000}, {QStringLiteral("width"), -5},
            {QStringLiteral("scale"), 1e300},
            {QStringLiteral("activation"), QStringLiteral("softmax")},
            {QStringLiteral("init"), QStringLiteral("orthogonal")}, {QStringLiteral("batch"), 32},
            {QStringLiteral("colour"), 1}};
        // Applied as a whole: refused, every bad key named, nothing changed.
        const QStringList problems = workspace_->setViewState(hostile, StateMode::Apply);
        QCOMPARE(problems.size(), 6);
        for (const char *key : {"depth", "width", "scale", "activation", "init", "colour"})
            QVERIFY2(
                !problems.filter(QStringLiteral("%1:").arg(QLatin1String(key))).isEmpty(), key);
        QCOMPARE(workspace_->options().depth, 33);
        // Leniently (a damaged settings file): the good key taken, the rest at their defaults.
        QCOMPARE(workspace_->setViewState(hostile, StateMode::Lenient).size(), 6);
        QCOMPARE(workspace_->options().batch, 32);
        QCOMPARE(workspace_->options().depth, DeepStackOptions().depth);
        QCOMPARE(workspace_->options().weightScale, 1.0);
        QCOMPARE(child<QSpinBox>("deepDepthSpin")->value(), DeepStackOptions().depth);
        QVERIFY(settle());
    }

    // Every text of the workspace follows the language, the verdict included.
    void speaksChinese()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/activation_lab_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QCoreApplication::processEvents(); // the language change is posted
        const QString verdict = notes();
        const QString shareAxis
            = child<QCustomPlot>("deepPlot")->axisRects().at(2)->axis(QCPAxis::atLeft)->label();
        QCoreApplication::removeTranslator(&chinese);
        QCoreApplication::processEvents();
        QCOMPARE(shareAxis, QStringLiteral("饱和 (%)"));
        QVERIFY2(!verdict.contains(QStringLiteral("vanishes")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("梯度")), qPrintable(verdict));
        QVERIFY(notes().contains(QStringLiteral("vanishes")));
    }
};

QTEST_MAIN(TestDeepWorkspace)
#include "test_deep_workspace.moc"
