// The Train workspace: what the class sees (the boundary, the points, the network, the curves) is
// what the core's Trainer computes for the controls' setup, step for step as PyTorch would; the
// same seed gives the same run; bad files and setups change nothing; both languages.

#include "app/train/train_csv.h"
#include "app/train/train_diagram.h"
#include "app/train/train_workspace.h"
#include "core/registry.h"
#include "gui_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTranslator>
#include <qcustomplot.h>

using namespace al;

class TestTrainWorkspace : public QObject {
    Q_OBJECT

    gui::ShownWorkspace<TrainWorkspace> workspace_;

    template<typename T>
    T *child(const char *name) const
    {
        return gui::child<T>(workspace_.get(), name);
    }
    QString notes() const { return child<QTextEdit>("trainNotes")->toPlainText(); }
    const TrainSession &session() const { return workspace_->session(); }
    // The training points through the setup's features, and their labels.
    std::pair<Tensor, std::vector<int64_t>> trainingSet() const
    {
        const Tensor inputs = withFeatures(session().data().x, session().setup().features);
        const int64_t n = session().trainCount(), columns = inputs.size(1);
        Tensor x = Tensor::uninitialized({n, columns});
        std::copy(inputs.data(), inputs.data() + n * columns, x.data());
        return {x, {session().data().y.begin(), session().data().y.begin() + n}};
    }
    // A Trainer of its own for the session's setup and training points, stepped `steps` times.
    std::unique_ptr<Trainer> independent(int64_t steps, const Activation *every = nullptr) const
    {
        const auto [x, y] = trainingSet();
        auto trainer = std::make_unique<Trainer>(x, y, session().setup().trainOptions(every));
        for (int64_t k = 0; k < steps; ++k)
            trainer->step();
        return trainer;
    }
    static bool sameBits(const Tensor &a, const Tensor &b)
    {
        return a.shape() == b.shape()
            && std::memcmp(a.data(), b.data(), sizeof(float) * size_t(a.numel())) == 0;
    }
    static bool sameNetwork(const Trainer &a, const Trainer &b)
    {
        for (size_t i = 0; i < a.layers().size(); ++i)
            if (!sameBits(a.layers()[i].weight(), b.layers()[i].weight())
                || !sameBits(a.layers()[i].bias(), b.layers()[i].bias()))
                return false;
        return a.layers().size() == b.layers().size();
    }
    void steps(int count)
    {
        for (int i = 0; i < count; ++i)
            child<QPushButton>("trainStepButton")->click();
    }

private slots:
    void init()
    {
        gui::freshSettings();
        QVERIFY(workspace_.show());
    }
    void cleanup() { workspace_.reset(); }

    // Each step is the core's step: after 37 steps the network is, bit for bit, what a Trainer
    // of its own computes from the same points (PyTorch's, by the core's fixtures).
    void stepsAreTheTrainersSteps()
    {
        QCOMPARE(session().steps(), 0);
        steps(37);
        QCOMPARE(session().steps(), 37);
        QVERIFY(sameNetwork(*session().runs().front().trainer, *independent(37)));
        const int64_t batches = session().runs().front().trainer->batchCount();
        QCOMPARE(child<QLabel>("trainCounter")->text(),
            QStringLiteral("epoch %1 · step 37").arg(37 / batches));
        // The curves hold the history, the last point the network as it is now.
        auto *curves = child<QCustomPlot>("trainCurves");
        const HistoryPoint &last = session().runs().front().history.back();
        QCOMPARE(last.step, 37);
        QCOMPARE((curves->graph(0)->data()->constEnd() - 1)->value, double(last.train.loss));
        QCOMPARE((curves->graph(0)->data()->constEnd() - 1)->key, 37.0);
        QCOMPARE(session().runs().front().history.size(), size_t(38)); // step 0, then each step
    }

    // The picture shows every point, training points and test points apart, in its class.
    void boundaryShowsThePoints()
    {
        auto *plot = child<QCustomPlot>("trainBoundary0");
        const int64_t classes = session().classes();
        QCOMPARE(plot->graphCount(), int(2 * classes));
        int train = 0, test = 0;
        for (int c = 0; c < classes; ++c) {
            train += plot->graph(2 * c)->data()->size();
            test += plot->graph(2 * c + 1)->data()->size();
        }
        QCOMPARE(train, int(session().trainCount()));
        QCOMPARE(test, int(session().data().x.size(0) - session().trainCount()));
        QVERIFY(test > 0);
        // The boundary image covers the axes' range and is at least 100 cells on a side.
        QCPItemPixmap *pixmap = nullptr;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *p = qobject_cast<QCPItemPixmap *>(plot->item(i)))
                pixmap = p;
        QVERIFY(pixmap);
        QVERIFY(std::min(pixmap->pixmap().width(), pixmap->pixmap().height()) >= 100);
        QCOMPARE(pixmap->topLeft->coords().x(), plot->xAxis->range().lower);
        QCOMPARE(pixmap->bottomRight->coords().y(), plot->yAxis->range().lower);
    }

    // Reset starts again from the same seed: the same steps give the same network.
    void resetGivesTheSameRun()
    {
        steps(12);
        const std::vector<Linear> first = session().runs().front().trainer->layers();
        child<QPushButton>("trainResetButton")->click();
        QCOMPARE(session().steps(), 0);
        steps(12);
        for (size_t i = 0; i < first.size(); ++i)
            QVERIFY(sameBits(
                first[i].weight(), session().runs().front().trainer->layers()[i].weight()));
    }

    // Playing takes the steps of a frame per tick and never blocks: the event loop runs.
    void playRunsFromTheEventLoop()
    {
        child<QPushButton>("trainPlayButton")->click();
        QVERIFY(workspace_->runLoop().running());
        QTRY_VERIFY(session().steps() >= 50);
        // Hidden (another workspace on screen), it pauses; shown again, it goes on.
        workspace_->hide();
        QVERIFY(!workspace_->runLoop().running());
        int64_t now = session().steps();
        QTest::qWait(50);
        QCOMPARE(session().steps(), now);
        workspace_->show();
        QVERIFY(workspace_->runLoop().running());
        QTRY_VERIFY(session().steps() > now);
        child<QPushButton>("trainPlayButton")->click();
        QVERIFY(!workspace_->runLoop().running());
        now = session().steps();
        QTest::qWait(50);
        QCOMPARE(session().steps(), now);
    }

    // The controls are the setup: a network of ReLU layers with the features x1², x2² trains as a
    // Trainer of those does.
    void controlsAreTheSetup()
    {
        child<QCheckBox>("trainFeature2")->setChecked(true);
        child<QCheckBox>("trainFeature3")->setChecked(true);
        child<QSpinBox>("trainLayersSpin")->setValue(3);
        gui::selectNamed(child<QComboBox>("trainActivationCombo0"), "relu");
        child<QSpinBox>("trainUnitsSpin2")->setValue(3);
        child<QComboBox>("trainOptimizerCombo")->setCurrentIndex(1); // Adam
        child<QDoubleSpinBox>("trainLrSpin")->setValue(0.01);
        child<QSpinBox>("trainSeedSpin")->setValue(7);
        const TrainSetup &setup = session().setup();
        QCOMPARE(setup.features.size(), size_t(4));
        QCOMPARE(setup.layers.size(), size_t(3));
        QCOMPARE(setup.layers[0].activation.name(), "relu");
        QCOMPARE(setup.layers[2].units, 3);
        QCOMPARE(setup.layers[2].activation.name(), "tanh"); // the new layer took its neighbour's
        QCOMPARE(setup.optimizer, OptimizerKind::Adam);
        QCOMPARE(session().runs().front().trainer->layers().front().inFeatures(), 4);
        QVERIFY(!child<QDoubleSpinBox>("trainMomentumSpin")->isEnabled()); // Adam has none
        steps(20);
        QVERIFY(sameNetwork(*session().runs().front().trainer, *independent(20)));
        // The diagram draws the inputs, the hidden layers and the classes.
        QCOMPARE(child<TrainDiagram>("trainDiagram")->hiddenLayerCount(), 3);
    }

    // A layer offers every activation the Trainer trains with its defaults, the elementwise
    // family but PReLU (RReLU in eval mode, its slope fixed), and nothing else; an RReLU layer
    // trains as an independent Trainer does.
    void layersOfferWhatTheTrainerTrains()
    {
        QStringList offered, expected;
        auto *combo = child<QComboBox>("trainActivationCombo0");
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemData(i).toString();
        for (const ActivationSpec &spec : activationRegistry())
            if (spec.isElementwise() && spec.kind != ActivationKind::Prelu)
                expected << QLatin1String(spec.functionalName);
        QCOMPARE(offered, expected);
        QVERIFY(offered.contains(QStringLiteral("rrelu")) && !offered.contains("softmax"));
        gui::selectNamed(combo, "rrelu");
        QVERIFY(!session().setup().layers[0].activation.isRandom());
        steps(7);
        QVERIFY(sameNetwork(*session().runs().front().trainer, *independent(7)));
    }

    // No feature at all is refused with a message, and the setup stays.
    void refusalsChangeNothing()
    {
        steps(5);
        child<QCheckBox>("trainFeature0")->setChecked(false);
        QCOMPARE(session().setup().features.size(), size_t(1));
        child<QCheckBox>("trainFeature1")->setChecked(false);
        QVERIFY2(!workspace_->fieldError().isEmpty(), "no message");
        QCOMPARE(session().setup().features.size(), size_t(1));
        QVERIFY(child<QCheckBox>("trainFeature1")->isChecked()); // the control shows the setup
        QCOMPARE(session().steps(), 0); // the accepted change before restarted the run
    }

    // Compare: two to four runs from the same seed, started together, each the Trainer of its
    // activation; the boundaries side by side and the curves overlaid.
    void compareTrainsSideBySide()
    {
        child<QCheckBox>("trainCompareCheck")->setChecked(true);
        child<QSpinBox>("trainCompareCountSpin")->setValue(3);
        gui::selectNamed(child<QComboBox>("trainCompareCombo0"), "relu");
        gui::selectNamed(child<QComboBox>("trainCompareCombo1"), "sigmoid");
        gui::selectNamed(child<QComboBox>("trainCompareCombo2"), "gelu");
        QCOMPARE(session().runs().size(), size_t(3));
        steps(15);
        for (size_t r = 0; r < 3; ++r) {
            const TrainRun &run = session().runs()[r];
            QCOMPARE(run.trainer->stepsTaken(), 15);
            QVERIFY(sameNetwork(*run.trainer, *independent(15, &session().setup().compare[r])));
            auto *plot = child<QCustomPlot>(qPrintable(QStringLiteral("trainBoundary%1").arg(r)));
            QVERIFY(plot->isVisible());
        }
        QVERIFY(!child<QCustomPlot>("trainBoundary3")->isVisible());
        QVERIFY(!child<TrainDiagram>("trainDiagram")->isVisible());
        QCOMPARE(child<QCustomPlot>("trainCurves")->graphCount(), 3 * 5);
        QCOMPARE(session().runs()[1].label, std::string("sigmoid"));
    }

    // A click on a unit explains it with its weights as they are.
    void clickExplainsAUnit()
    {
        steps(3);
        auto *diagram = child<TrainDiagram>("trainDiagram");
        QTest::mouseClick(diagram, Qt::LeftButton, {}, diagram->unitRect(1, 2).center());
        QCOMPARE(diagram->selected(), std::make_pair(1, 2));
        const Linear &fc2 = session().runs().front().trainer->layers()[1];
        QVERIFY2(notes().contains(QStringLiteral("h2[2] = tanh(")), qPrintable(notes()));
        const QString bias = QString::number(std::abs(double(fc2.bias().data()[2])), 'g', 3);
        QVERIFY2(notes().contains(bias), qPrintable(notes()));
    }

    // The weights between the hidden layers are drawn as lines: the largest one's middle is
    // covered, and the diagram draws again when the weights change.
    void diagramDrawsTheWeights()
    {
        steps(3);
        auto *diagram = child<TrainDiagram>("trainDiagram");
        const auto middleOfLargest = [&] {
            const Tensor &w = session().runs().front().trainer->layers()[1].weight();
            int64_t largest = 0;
            for (int64_t k = 1; k < w.numel(); ++k)
                if (std::abs(w.data()[k]) > std::abs(w.data()[largest]))
                    largest = k;
            const QRect from = diagram->unitRect(0, int(largest % w.size(1)));
            const QRect to = diagram->unitRect(1, int(largest / w.size(1)));
            return QPoint(
                (from.right() + to.left()) / 2, (from.center().y() + to.center().y()) / 2);
        };
        const QImage before = diagram->grab().toImage();
        const QRgb background = before.pixel(1, 1);
        QPoint middle = middleOfLargest();
        QVERIFY2(before.pixel(middle) != background,
            qPrintable(QStringLiteral("(%1, %2)").arg(middle.x()).arg(middle.y())));
        steps(200);
        const QImage after = diagram->grab().toImage();
        middle = middleOfLargest();
        QVERIFY(after.pixel(middle) != background);
        QVERIFY(after != before);
    }

    // ReLU units pushed below zero everywhere are dead: counted, and they stay dead.
    void deadUnitsAreCounted()
    {
        TrainSetup setup = session().setup();
        setup.layers = {{8, Activation::named("relu")}};
        setup.lr = 3.0; // large steps kill units
        QVERIFY(workspace_->applySetup(setup));
        steps(60);
        const HistoryPoint &last = session().runs().front().history.back();
        QCOMPARE(last.train.deadUnits.size(), size_t(1));
        const auto [x, y] = trainingSet();
        const Evaluation now = evaluateNetwork(session().runs().front().trainer->layers(),
            session().runs().front().trainer->activations(), x, y);
        QCOMPARE(last.train.deadUnits, now.deadUnits);
        auto *curves = child<QCustomPlot>("trainCurves");
        const QCPGraph *dead = curves->graph(curves->graphCount() - 1);
        QCOMPARE((dead->data()->constEnd() - 1)->value, double(now.deadUnits[0]));
        QVERIFY2(now.deadUnits[0] > 0, "no dead unit at lr 3");
    }

    // A run whose loss stops being finite stops there and says so; playing ends by itself.
    void divergenceStopsAndSays()
    {
        TrainSetup setup = session().setup();
        setup.layers = {{8, Activation::named("relu")}};
        setup.lr = 1000.0; // beyond the spin box's reach, as the core's diverging fixture
        QVERIFY(workspace_->applySetup(setup));
        child<QPushButton>("trainPlayButton")->click();
        QTRY_VERIFY(!workspace_->runLoop().running());
        const Trainer &trainer = *session().runs().front().trainer;
        QVERIFY(trainer.divergedAt());
        QVERIFY(std::isnan(session().runs().front().history.back().train.loss)
            || std::isinf(session().runs().front().history.back().train.loss));
        auto *plot = child<QCustomPlot>("trainBoundary0");
        QCPTextElement *title = nullptr;
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
            if (auto *t = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                title = t;
        QVERIFY(title);
        QVERIFY2(title->text().contains(
                     QStringLiteral("diverged at step %1").arg(*trainer.divergedAt())),
            qPrintable(title->text()));
        QVERIFY2(notes().contains(QStringLiteral("diverged")), qPrintable(notes()));
        // A step more does nothing; Reset starts again.
        const int64_t steps = trainer.stepsTaken();
        child<QPushButton>("trainStepButton")->click();
        QCOMPARE(session().runs().front().trainer->stepsTaken(), steps);
        child<QPushButton>("trainResetButton")->click();
        QCOMPARE(session().steps(), 0);
    }

    // No hidden layer: a linear classifier, drawn inputs to outputs.
    void noHiddenLayer()
    {
        child<QSpinBox>("trainLayersSpin")->setValue(0);
        QCOMPARE(session().setup().layers.size(), size_t(0));
        steps(10);
        QVERIFY(sameNetwork(*session().runs().front().trainer, *independent(10)));
        QCOMPARE(child<TrainDiagram>("trainDiagram")->hiddenLayerCount(), 0);
        QCOMPARE(session().runs().front().label, std::string("linear"));
    }

    // CSV: a file's points are trained on; a bad row is refused with its row number and the
    // setup stays; Export writes what Import reads back.
    void csvImportAndExport()
    {
        QTemporaryDir folder;
        const QString bad = folder.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x1,x2,label\n0.5,1,0\n1,2,x\n");
        file.close();
        const Dataset before = session().data();
        QVERIFY(!workspace_->importCsv(bad));
        QVERIFY2(workspace_->fieldError().contains(QStringLiteral("row 3")),
            qPrintable(workspace_->fieldError()));
        QVERIFY(sameBits(session().data().x, before.x));

        const QString good = folder.filePath(QStringLiteral("good.csv"));
        QFile out(good);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(workspace_->dataCsv().toUtf8());
        out.close();
        child<QComboBox>("trainDatasetCombo")->setCurrentIndex(1); // xor, to see the import
        QVERIFY(workspace_->importCsv(good));
        QVERIFY(sameBits(session().data().x, before.x));
        QCOMPARE(session().data().y, before.y);
        QVERIFY(child<QComboBox>("trainDatasetCombo")->currentText().contains("good.csv"));
        QVERIFY(!child<QSpinBox>("trainPointsSpin")->isEnabled());

        QString error;
        QVERIFY(!parseDatasetCsv("1,2,0\n1,2,0\n", &error)); // one class
        QVERIFY(!parseDatasetCsv("1,2\n", &error));
        QVERIFY(!parseDatasetCsv("1,nan,0\n2,3,1\n", &error));
        QVERIFY(!parseDatasetCsv("1,2,4\n2,3,1\n", &error)); // classes 0 to 3
        QVERIFY(!parseDatasetCsv("1,2,0.5\n2,3,1\n", &error));
        QVERIFY(!parseDatasetCsv("1,0,5,0\n2,3,1\n", &error)); // a comma as a decimal point
        QVERIFY(!parseDatasetCsv("", &error));
        const std::optional<Dataset> parsed = parseDatasetCsv("-0.5,1e3,1\n\n2,+3,0\n", &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->x.data()[1], 1000.0f);
        QCOMPARE(parsed->y, (std::vector<int64_t> {1, 0}));
    }

    // The exported program is the Trainer's: its network, optimizer, batches and steps.
    void exportsThePythonProgram()
    {
        steps(4);
        const QString program = workspace_->pythonProgram();
        QVERIFY(program.contains(QStringLiteral("torch.manual_seed(0)")));
        QVERIFY(program.contains(QStringLiteral("(\"fc1\", nn.Linear(2, 6))")));
        QVERIFY(program.contains(QStringLiteral("(\"act2\", nn.Tanh())")));
        QVERIFY(program.contains(QStringLiteral("(\"fc3\", nn.Linear(6, 2))")));
        QVERIFY(program.contains(QStringLiteral("lr=0.03, momentum=0.0")));
        QVERIFY(program.contains(QStringLiteral("for k in range(4):")));
        QVERIFY(program.contains(QStringLiteral("B = 10\n")));
        // One row of X per training point.
        const qsizetype x = program.indexOf(QStringLiteral("X = ")),
                        y = program.indexOf(QStringLiteral("Y = "));
        QCOMPARE(program.mid(x, y - x).count(QLatin1Char('[')) - 1, session().trainCount());

        // Side by side: one program trains every run from the same seed.
        child<QCheckBox>("trainCompareCheck")->setChecked(true);
        gui::selectNamed(child<QComboBox>("trainCompareCombo0"), "relu");
        gui::selectNamed(child<QComboBox>("trainCompareCombo1"), "sigmoid");
        steps(3);
        const QString comparison = workspace_->pythonProgram();
        for (const char *line : {"def train(layers):\n", "    torch.manual_seed(0)\n",
                 "    (\"relu\", lambda: [\n", "(\"act2\", nn.ReLU())",
                 "    (\"sigmoid\", lambda: [\n", "(\"act1\", nn.Sigmoid())",
                 "    for k in range(3):\n", "print(json.dumps({\"runs\": "})
            QVERIFY2(comparison.contains(QLatin1String(line)), line);
    }

    // Everything comes back after a restart.
    void settingsRoundTrip()
    {
        child<QSpinBox>("trainLayersSpin")->setValue(1);
        gui::selectNamed(child<QComboBox>("trainActivationCombo0"), "silu");
        child<QSpinBox>("trainTestSpin")->setValue(50);
        child<QCheckBox>("trainFeature4")->setChecked(true);
        child<QPushButton>("trainStepButton")->click();
        child<QPushButton>("trainStepButton")->click();
        QTRY_COMPARE(session().steps(), 2);
        const QVariantMap saved = workspace_->viewState();
        QCOMPARE(saved.value(QStringLiteral("step")).toInt(), 2);
        const std::vector<Linear> trained = session().runs()[0].trainer->layers();
        workspace_.reset();
        QVERIFY(workspace_.show());
        QCOMPARE(session().setup().layers.size(), size_t(2));
        QCOMPARE(workspace_->setViewState(saved, StateMode::Apply), QStringList());
        QCOMPARE(session().steps(), 2); // trained to the same step, to the same weights
        QCOMPARE(session().runs()[0].trainer->layers()[0].weight().values(),
            trained[0].weight().values());
        QCOMPARE(session().setup().layers.size(), size_t(1));
        QCOMPARE(session().setup().layers[0].activation.name(), "silu");
        QCOMPARE(session().setup().testPercent, 50);
        QCOMPARE(session().setup().features.size(), size_t(3));
        // A damaged state is refused key by key and changes nothing.
        QVariantMap damaged = saved;
        damaged.insert(QStringLiteral("units"), QStringLiteral("99"));
        damaged.insert(QStringLiteral("lr"), QStringLiteral("nan"));
        damaged.insert(QStringLiteral("step"), 100000000);
        const QStringList problems = workspace_->setViewState(damaged, StateMode::Apply);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(
            problems.filter(QRegularExpression(QStringLiteral("^(units|lr|step):"))).size(), 3);
        QCOMPARE(session().setup().layers.size(), size_t(1));
        QCOMPARE(session().steps(), 2);
        // Training too far to open at once is refused, with the reason.
        damaged = saved;
        damaged.insert(QStringLiteral("compare"), QStringList {"relu", "tanh", "gelu", "silu"});
        damaged.insert(QStringLiteral("batch"), 1000);
        damaged.insert(QStringLiteral("step"), 100000);
        QVERIFY(workspace_->setViewState(damaged, StateMode::Apply).join(' ').contains("too long"));
        QCOMPARE(session().steps(), 2);
    }

    void speaksChinese()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/activation_lab_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QCoreApplication::processEvents();
        const QString counter = child<QLabel>("trainCounter")->text();
        const QString axis
            = child<QCustomPlot>("trainCurves")->axisRects().at(0)->axis(QCPAxis::atLeft)->label();
        const QString step = child<QPushButton>("trainStepButton")->text();
        QCoreApplication::removeTranslator(&chinese);
        QCoreApplication::processEvents();
        QVERIFY2(counter.contains(QStringLiteral("步")), qPrintable(counter));
        QCOMPARE(axis, QStringLiteral("损失"));
        QVERIFY2(step != QStringLiteral("Step"), qPrintable(step));
        QCOMPARE(child<QPushButton>("trainStepButton")->text(), QStringLiteral("Step"));
    }
};

QTEST_MAIN(TestTrainWorkspace)
#include "test_train_workspace.moc"
