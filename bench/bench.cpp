// activation-lab-bench: drives the real main window offscreen at 1280 x 800 (and in presentation
// mode at 1920 x 1080) and prints one "name: value" line per figure. --quick runs tiny counts (a
// smoke test for ctest).

#include "app/deep/deep_workspace.h"
#include "app/main_window.h"
#include "app/mlp/mlp_workspace.h"
#include "app/train/train_workspace.h"
#include "core/activation.h"
#include "core/datasets.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/registry.h"
#include "core/train.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <malloc.h>
#include <qcustomplot.h>
#include <random>
#include <sys/resource.h>
#include <vector>

namespace {

struct Figures {
    double median = 0, p99 = 0;
};

Figures summarise(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, static_cast<size_t>(q * samples.size()))];
    };
    return {at(0.5), at(0.99)};
}

// Time one user change, from the value change to a finished, synchronous repaint: the queued
// replot is flushed and the workspace painted before the clock stops.
double timeChange(QWidget *workspace, const std::function<void()> &change)
{
    // With --breakdown, where the time goes: the change itself (state and widgets), the events it
    // posted (the queued replot, layouts, dirty widgets), the repaint.
    static const bool breakdown
        = QCoreApplication::arguments().contains(QStringLiteral("--breakdown"));
    static double parts[3];
    static int count = 0;
    static int layouts = 0;
    struct LayoutCounter : QObject {
        int *counter;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::LayoutRequest)
                ++*counter; // a layout pass over some widget tree
            return false;
        }
    };
    static LayoutCounter *counter = nullptr;
    if (breakdown && !counter) {
        counter = new LayoutCounter;
        counter->counter = &layouts;
        qApp->installEventFilter(counter);
    }
    QElapsedTimer timer, part;
    timer.start();
    part.start();
    change();
    parts[0] += part.nsecsElapsed() / 1e6;
    part.restart();
    QCoreApplication::processEvents();
    parts[1] += part.nsecsElapsed() / 1e6;
    part.restart();
    workspace->repaint();
    parts[2] += part.nsecsElapsed() / 1e6;
    const double total = timer.nsecsElapsed() / 1e6;
    if (breakdown && ++count % 200 == 0) {
        std::printf("  %s: change %.2f, events %.2f, repaint %.2f ms, layout requests %.1f\n",
            qPrintable(workspace->objectName()), parts[0] / 200, parts[1] / 200, parts[2] / 200,
            layouts / 200.0);
        parts[0] = parts[1] = parts[2] = 0;
        layouts = 0;
    }
    return total;
}

// With --breakdown: the same repaint with nothing changed, the part of every figure that no
// change to the workspace's own code can remove.
void printFloor(QWidget *workspace)
{
    std::vector<double> samples;
    for (int i = 0; i < 200; ++i)
        samples.push_back(timeChange(workspace, [] {}));
    std::printf("  %s: repaint with nothing changed %.2f ms\n", qPrintable(workspace->objectName()),
        summarise(samples).median);
}

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *child = root->findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("bench: no widget %s", name);
    return child;
}

double coreFwdBwd(const char *name, int repetitions)
{
    using namespace al;
    Activation activation = Activation::named(name);
    // Dim-wise rows: 1024 x 1024 along dim 1 (GLU halves it); Softmax2d: 16 channels of 256 x 256.
    const bool softmax = !activation.isElementwise();
    if (activation.has("dim"))
        activation.set("dim", 1);
    const Shape shape = activation.kind() == ActivationKind::Softmax2d ? Shape {16, 256, 256}
        : softmax                                                      ? Shape {1024, 1024}
                                                                       : Shape {1 << 20};
    std::mt19937 engine(7);
    std::normal_distribution<float> normal(0.0f, 3.0f);
    Tensor x(shape), grad(outputShape(activation, shape));
    for (int64_t i = 0; i < x.numel(); ++i)
        x.data()[i] = normal(engine);
    for (int64_t i = 0; i < grad.numel(); ++i)
        grad.data()[i] = normal(engine);
    std::vector<double> samples;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        const Tensor y = forward(activation, x);
        const Tensor g = backward(activation, x, y, grad);
        samples.push_back(timer.nsecsElapsed() / 1e6);
        if (g.numel() != x.numel())
            qFatal("bench: wrong size");
    }
    return summarise(samples).median;
}

// One training step's arithmetic on the seed network: forward, cross_entropy and backward to
// every parameter (the targets of the model fixtures), in microseconds.
double coreSeedNetFwdBwd(int repetitions)
{
    using namespace al;
    const Mlp seeded = Mlp::fromTorchSeed(0);
    Sequential model = Sequential::mlp(seeded.layers(), seeded.hiddenActivations());
    const std::vector<int64_t> targets {0, 3, 1, 4};
    std::vector<double> samples;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::vector<Tensor> outputs = model.forward(seeded.input());
        const float loss = crossEntropy(outputs.back(), targets);
        const SequentialGradients gradients
            = model.backward(crossEntropyBackward(outputs.back(), targets));
        samples.push_back(timer.nsecsElapsed() / 1e3);
        if (!std::isfinite(loss) || gradients.parameters.size() != 6)
            qFatal("bench: no gradients");
    }
    return summarise(samples).median;
}

// The Train workspace's loop (core only): 500 points of the circle set (noise 0.1, seed 0), a
// 2-8-8-2 tanh network, batches of 10, SGD at lr 0.1; steps per second, median of the runs.
double coreTrainStepsPerSecond(int runs, int steps)
{
    using namespace al;
    DatasetOptions circle;
    circle.points = 500;
    circle.noise = 0.1;
    const Dataset data = makeDataset(circle);
    TrainOptions options;
    options.hiddenSizes = {8, 8};
    options.activations = {Activation::named("tanh"), Activation::named("tanh")};
    options.lr = 0.1;
    options.batchSize = 10;
    std::vector<double> samples;
    for (int r = 0; r < runs; ++r) {
        Trainer trainer(data.x, data.y, options);
        QElapsedTimer timer;
        timer.start();
        float loss = 0;
        for (int k = 0; k < steps; ++k)
            loss = trainer.step();
        samples.push_back(steps / (timer.nsecsElapsed() / 1e9));
        if (!std::isfinite(loss))
            qFatal("bench: training diverged");
    }
    return summarise(samples).median;
}

double startupMedian(int launches)
{
    // The app with no settings (a fresh folder for them), as on a classroom machine's first day.
    QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    std::vector<double> samples;
    for (int i = 0; i < launches; ++i) {
        QProcess app;
        app.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(APP_PATH),
            {QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--quit-after-first-paint")});
        if (!app.waitForFinished(30000) || app.exitCode() != 0)
            qFatal("bench: the app did not start and paint");
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return summarise(samples).median;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Freed tensors stay with the process: the core figures measure computing, not the kernel
    // handing out fresh pages (PyTorch gets the same from transparent huge pages).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    QApplication app(argc, argv);
    // Every run from the defaults: the settings an earlier run left (the window saves them as
    // they change) would otherwise set the scene, four overlays and all.
    QSettings().clear();
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    const int sweep = quick ? 20 : 1000;
    const int coreRepetitions = quick ? 2 : 30;
    const bool breakdown = QCoreApplication::arguments().contains(QStringLiteral("--breakdown"));

    // --only curves|softmax|mlp|deep: one sweep and nothing else, for a profiler (deep prints its
    // two lines). --only core prints the core_<name>_fwdbwd_1M_ms lines alone, --only core:<name>
    // one of them (no window is made).
    const int onlyAt = QCoreApplication::arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? QCoreApplication::arguments().value(onlyAt + 1) : QString();
    if (only == QLatin1String("core") || only.startsWith(QLatin1String("core:"))) {
        const QString name = only.mid(5);
        for (const al::ActivationSpec &spec : al::activationRegistry())
            if (name.isEmpty() || name == QLatin1String(spec.functionalName))
                std::printf("core_%s_fwdbwd_1M_ms: %.3f\n", spec.functionalName,
                    coreFwdBwd(spec.functionalName, coreRepetitions));
        return 0;
    }
    auto wanted = [&](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    const double startup = only.isEmpty() ? startupMedian(quick ? 1 : 10) : 0;

    al::MainWindow::Options options;
    options.language = QStringLiteral("en");
    options.workspace = QStringLiteral("curves");
    options.activation = QStringLiteral("leaky_relu");
    al::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    // The three sweeps, run on the everyday window and again in presentation mode at 1920 x 1080
    // (thicker lines, larger text, the notes folded).
    auto sweeps = [&]() -> std::array<Figures, 3> {
        // Curves: negative_slope swept over `sweep` values.
        window.showWorkspace(al::MainWindow::workspaceIndex(QStringLiteral("curves")));
        QWidget *curves
            = window.workspace(al::MainWindow::workspaceIndex(QStringLiteral("curves")));
        auto *slope = find<QDoubleSpinBox>(curves, "negative_slopeSpin");
        std::vector<double> samples;
        for (int i = 0; i < sweep && wanted("curves"); ++i)
            samples.push_back(timeChange(curves, [&] { slope->setValue(-1.0 + 2.0 * i / sweep); }));
        const Figures curvesFigures = summarise(samples);
        if (breakdown && wanted("curves"))
            printFloor(curves);

        // Softmax & dim: 8 x 8 logits, dim flips and a temperature sweep.
        window.showWorkspace(al::MainWindow::workspaceIndex(QStringLiteral("softmax")));
        QWidget *softmax
            = window.workspace(al::MainWindow::workspaceIndex(QStringLiteral("softmax")));
        find<QSpinBox>(softmax, "size0Spin")->setValue(8);
        find<QSpinBox>(softmax, "size1Spin")->setValue(8);
        auto *dim = find<QSpinBox>(softmax, "dimSpin");
        auto *temperature = find<QDoubleSpinBox>(softmax, "temperatureSpin");
        samples.clear();
        for (int i = 0; i < sweep && wanted("softmax"); ++i)
            samples.push_back(timeChange(softmax, [&] {
                if (i % 2)
                    dim->setValue(i % 4 == 1 ? 0 : 1);
                else
                    temperature->setValue(0.1 + 5.0 * i / sweep);
            }));
        const Figures softmaxFigures = summarise(samples);
        if (breakdown && wanted("softmax")) {
            std::vector<double> flips, sweepSteps; // odd samples flipped dim
            for (size_t k = 0; k < samples.size(); ++k)
                (k % 2 ? flips : sweepSteps).push_back(samples[k]);
            std::printf(
                "  softmaxWorkspace: dim flips median %.2f ms, temperature steps median %.2f ms\n",
                summarise(flips).median, summarise(sweepSteps).median);
            printFloor(softmax);
        }

        // Forward pass: the bias-shift slider with the whole network computed.
        window.showWorkspace(al::MainWindow::workspaceIndex(QStringLiteral("mlp")));
        QWidget *mlp = window.workspace(al::MainWindow::workspaceIndex(QStringLiteral("mlp")));
        static_cast<al::MlpWorkspace *>(mlp)->state().runAll();
        auto *shift = find<QSlider>(mlp, "biasShiftSlider");
        samples.clear();
        for (int i = 0; i < sweep && wanted("mlp"); ++i)
            samples.push_back(timeChange(mlp, [&] { shift->setValue(-300 + (600 * i) / sweep); }));
        const Figures mlpFigures = summarise(samples);
        if (breakdown && wanted("mlp"))
            printFloor(mlp);
        return {curvesFigures, softmaxFigures, mlpFigures};
    };
    const auto [curvesFigures, softmaxFigures, mlpFigures] = sweeps();

    // Curves with four overlays: ELU's alpha swept under GELU, SiLU, Mish and Softplus.
    Figures overlayFigures;
    if (wanted("curves")) {
        const int index = al::MainWindow::workspaceIndex(QStringLiteral("curves"));
        window.showWorkspace(index);
        al::Workspace *curves = window.workspace(index);
        const QVariantMap before = curves->viewState();
        const QStringList problems = curves->setViewState(
            {{QStringLiteral("activation"), QStringLiteral("elu")},
                {QStringLiteral("compared"),
                    QStringList {QStringLiteral("gelu"), QStringLiteral("silu"),
                        QStringLiteral("mish"), QStringLiteral("softplus")}}},
            al::StateMode::Apply);
        if (!problems.isEmpty())
            qFatal("bench: %s", qPrintable(problems.join(QLatin1Char('\n'))));
        auto *alpha = find<QDoubleSpinBox>(curves, "alphaSpin");
        std::vector<double> samples;
        for (int i = 0; i < sweep; ++i)
            samples.push_back(timeChange(curves, [&] { alpha->setValue(0.1 + 2.0 * i / sweep); }));
        overlayFigures = summarise(samples);
        const QStringList restored = curves->setViewState(before, al::StateMode::Apply);
        if (!restored.isEmpty())
            qFatal("bench: %s", qPrintable(restored.join(QLatin1Char('\n'))));
    }

    // Deep stack at its largest (depth 50 x width 256, batch 64): one whole update, from the
    // weight scale's change to the repainted picture, computed on the GUI thread here (the app
    // computes it off that thread and skips the values a drag passes over).
    Figures deepFigures;
    if (wanted("deep")) {
        const int index = al::MainWindow::workspaceIndex(QStringLiteral("deep"));
        window.showWorkspace(index);
        auto *deep = static_cast<al::DeepWorkspace *>(window.workspace(index));
        al::DeepStackOptions largest;
        largest.depth = al::kMaxDeepDepth;
        largest.width = al::kMaxDeepWidth;
        largest.batch = 64;
        largest.activation = al::Activation::named("relu");
        largest.init = al::Init::Kaiming;
        // The switch to the largest stack first (a new draw, not an update while dragging), then
        // the two drags the issue names: the weight scale and the depth (49 <-> 50, the layers
        // kept and one drawn or dropped), in turn.
        deep->computeNow(largest);
        std::vector<double> samples;
        for (int i = 0; i < (quick ? 4 : 30); ++i) {
            if (i % 2)
                largest.depth = largest.depth == al::kMaxDeepDepth ? al::kMaxDeepDepth - 1
                                                                   : al::kMaxDeepDepth;
            else
                largest.weightScale = 1.0 + 0.01 * i;
            samples.push_back(timeChange(deep, [&] { deep->computeNow(largest); }));
        }
        deepFigures = summarise(samples);
    }

    // Forward pass with the gradients shown: a bias drag recomputes the loss and every gradient,
    // the diagram, the charts and the explanation; every other update steps back one stage.
    Figures backwardFigures;
    if (wanted("mlp")) {
        const int index = al::MainWindow::workspaceIndex(QStringLiteral("mlp"));
        window.showWorkspace(index);
        QWidget *mlp = window.workspace(index);
        find<QCheckBox>(mlp, "gradientsCheck")->setChecked(true);
        auto *bias = find<QDoubleSpinBox>(mlp, "biasShiftSpin");
        auto *back = find<QPushButton>(mlp, "stepBackButton");
        auto *all = find<QPushButton>(mlp, "runAllButton");
        auto *reset = find<QPushButton>(mlp, "resetButton");
        std::vector<double> samples;
        // With the gradients shown, the sequence runs from the logits (Reset) back to the input
        // (stepBackButton, one stage; Run all, the rest); at the input, Reset starts it again.
        for (int i = 0; i < sweep; ++i)
            samples.push_back(timeChange(mlp, [&] {
                if (i % 2) // 0.02 apart: each a change at the spin box's two decimals
                    bias->setValue(-2.0 + 0.02 * ((i / 2) % 200));
                else if (i % 10 == 0 && all->isEnabled())
                    all->click();
                else if (back->isEnabled())
                    back->click();
                else
                    reset->click();
            }));
        backwardFigures = summarise(samples);
        find<QCheckBox>(mlp, "gradientsCheck")->setChecked(false);
    }
    // Train at full speed: each frame takes the most steps a frame may (500 of 2-8-8-2 tanh on
    // 500 points, batch 10), then redraws the boundary (100 x 100 cells at least), the network's
    // unit pictures and the curves.
    Figures trainFigures;
    if (wanted("train")) {
        const int index = al::MainWindow::workspaceIndex(QStringLiteral("train"));
        window.showWorkspace(index);
        auto *train = static_cast<al::TrainWorkspace *>(window.workspace(index));
        al::TrainSetup setup;
        setup.data.kind = al::DatasetKind::Circle;
        setup.data.points = 500;
        setup.data.noise = 0.1;
        setup.testPercent = 0;
        setup.layers = {{8, al::Activation::named("tanh")}, {8, al::Activation::named("tanh")}};
        setup.batchSize = 10;
        train->applySetup(setup);
        auto *speed = find<QComboBox>(train, "trainSpeedCombo");
        speed->setCurrentIndex(speed->count() - 1);
        // Playing, as in class, with the ticks taken here: the timer's interval is out of reach.
        train->runLoop().setInterval(std::numeric_limits<int>::max());
        train->runLoop().play();
        std::vector<double> samples;
        for (int i = 0; i < (quick ? 20 : 600); ++i)
            samples.push_back(timeChange(train, [&] { train->runLoop().tick(); }));
        train->runLoop().pause();
        trainFigures = summarise(samples);
    }
    window.setPresentation(true);
    window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than 1080p
    window.resize(1920, 1080);
    QCoreApplication::processEvents();
    const std::array<Figures, 3> presentationFigures = sweeps();

    window.showWorkspace(al::MainWindow::workspaceIndex(QStringLiteral("summary")));
    QCoreApplication::processEvents();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakRssMb = usage.ru_maxrss / 1024.0;

    // With --only, the lines of that part (and the peak memory of the run).
    if (!only.isEmpty()) {
        if (wanted("curves"))
            std::printf("curves_overlays_update_ms_median: %.3f\n"
                        "curves_overlays_update_ms_p99: %.3f\n",
                overlayFigures.median, overlayFigures.p99);
        if (wanted("deep"))
            std::printf("deep_update_ms_median: %.3f\ndeep_update_ms_p99: %.3f\n",
                deepFigures.median, deepFigures.p99);
        if (wanted("mlp"))
            std::printf("mlp_backward_update_ms_median: %.3f\nmlp_backward_update_ms_p99: %.3f\n",
                backwardFigures.median, backwardFigures.p99);
        if (wanted("train"))
            std::printf("train_frame_ms_median: %.3f\ntrain_frame_ms_p99: %.3f\n",
                trainFigures.median, trainFigures.p99);
        std::printf("peak_rss_mb: %.1f\n", peakRssMb);
        return 0;
    }
    std::printf("curves_update_ms_median: %.3f\ncurves_update_ms_p99: %.3f\n", curvesFigures.median,
        curvesFigures.p99);
    std::printf("curves_overlays_update_ms_median: %.3f\ncurves_overlays_update_ms_p99: %.3f\n",
        overlayFigures.median, overlayFigures.p99);
    std::printf("softmax_update_ms_median: %.3f\nsoftmax_update_ms_p99: %.3f\n",
        softmaxFigures.median, softmaxFigures.p99);
    std::printf(
        "mlp_update_ms_median: %.3f\nmlp_update_ms_p99: %.3f\n", mlpFigures.median, mlpFigures.p99);
    std::printf("deep_update_ms_median: %.3f\ndeep_update_ms_p99: %.3f\n", deepFigures.median,
        deepFigures.p99);
    std::printf("mlp_backward_update_ms_median: %.3f\nmlp_backward_update_ms_p99: %.3f\n",
        backwardFigures.median, backwardFigures.p99);
    std::printf("train_frame_ms_median: %.3f\ntrain_frame_ms_p99: %.3f\n", trainFigures.median,
        trainFigures.p99);
    const char *const names[] = {"curves", "softmax", "mlp"};
    for (size_t i = 0; i < presentationFigures.size(); ++i)
        std::printf("%s_update_ms_median_1080p: %.3f\n%s_update_ms_p99_1080p: %.3f\n", names[i],
            presentationFigures[i].median, names[i], presentationFigures[i].p99);
    for (const al::ActivationSpec &spec : al::activationRegistry()) // every row, by construction
        std::printf("core_%s_fwdbwd_1M_ms: %.3f\n", spec.functionalName,
            coreFwdBwd(spec.functionalName, coreRepetitions));
    std::printf("core_mlp_fwdbwd_seed_net_us: %.1f\n", coreSeedNetFwdBwd(quick ? 10 : 2000));
    std::printf(
        "train_steps_per_s: %.0f\n", coreTrainStepsPerSecond(quick ? 1 : 9, quick ? 50 : 5000));
    std::printf("startup_ms_median: %.1f\npeak_rss_mb: %.1f\n", startup, peakRssMb);
    return 0;
}
