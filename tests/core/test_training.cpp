// Training against PyTorch 1.13 (fixtures), bit for bit: nn.init's recipes, the seed network's and
// other networks' gradients, torch.optim.SGD's steps with and without momentum, the deep stack's
// per-layer figures; and what each of them refuses.

#include "core/analysis.h"
#include "core/deep.h"
#include "core/init.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/optim.h"
#include "io/state_dict.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

using namespace al;

namespace {

std::vector<int64_t> targetsFrom(const QJsonValue &value)
{
    std::vector<int64_t> targets;
    for (const QJsonValue &target : value.toArray())
        targets.push_back(target.toInteger());
    return targets;
}

std::vector<Activation> hiddenFrom(const QJsonObject &c)
{
    std::vector<Activation> hidden;
    for (const QJsonValue &name : c["hidden"].toArray()) {
        hidden.push_back(Activation::named(name.toString().toStdString()));
        if (hidden.back().has("negative_slope") && c["negative_slope"].isDouble())
            hidden.back().set("negative_slope", c["negative_slope"].toDouble());
    }
    return hidden;
}

// The case's layers and input: the seed network, or its state dict and input.
std::pair<std::vector<Linear>, Tensor> networkFrom(const QJsonObject &c)
{
    if (c.contains("seed")) {
        const Mlp seeded = Mlp::fromTorchSeed(static_cast<uint64_t>(c["seed"].toInt()));
        return {seeded.layers(), seeded.input()};
    }
    QString error;
    const std::optional<std::vector<Linear>> layers
        = io::stateDictFromJson(c["state_dict"].toObject(), &error);
    if (!layers)
        qFatal("bad fixture state dict: %s", qPrintable(error));
    return {*layers, fixtures::tensor(c["input"])};
}

float number(const QJsonValue &value)
{
    return fixtures::tensor(value).data()[0];
}

} // namespace

// Bit for bit, except that -0 and +0 count equal: Qt's JSON reader takes -0 for 0.
#define AL_COMPARE_BITS(actual, expected) AL_COMPARE_TENSORS((actual), (expected), 0, 0.0f)
#define AL_COMPARE_FLOAT_BITS(actual, expected)                                                    \
    AL_COMPARE_BITS(Tensor({1}, (actual)), Tensor({1}, (expected)))

class TestTraining : public QObject {
    Q_OBJECT

private slots:
    void initRecipes_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("init.json").array();
        QCOMPARE(cases.size(), 8);
        for (const QJsonValue &c : cases)
            QTest::addRow("%s seed %d %s", qPrintable(c["init"].toString()), c["seed"].toInt(),
                qPrintable(QJsonDocument(c["shape"].toArray()).toJson(QJsonDocument::Compact)))
                << c.toObject();
    }
    void initRecipes()
    {
        QFETCH(QJsonObject, fixture);
        const QJsonArray shape = fixture["shape"].toArray();
        TorchGenerator generator(static_cast<uint64_t>(fixture["seed"].toInt()));
        const Init init = fixture["init"].toString() == "kaiming" ? Init::Kaiming : Init::Xavier;
        const Linear layer
            = initializedLinear(shape[1].toInteger(), shape[0].toInteger(), init, generator);
        AL_COMPARE_BITS(layer.weight(), fixtures::tensor(fixture["weight"]));
        QCOMPARE(layer.bias(), Tensor({shape[0].toInteger()}));
        // The generator is where PyTorch's is: the next draws agree.
        AL_COMPARE_BITS(randn({3}, generator), fixtures::tensor(fixture["next"]));
    }

    void initDefaultIsNnLinears()
    {
        TorchGenerator a(3), b(3);
        const Linear layer = initializedLinear(5, 4, Init::Default, a);
        const Linear expected = Linear::torchDefault(5, 4, b);
        QCOMPARE(layer.weight(), expected.weight());
        QCOMPARE(layer.bias(), expected.bias());
    }

    void networkGradients_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("mlp_backward.json").array();
        QVERIFY(cases.size() >= 9);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
    }
    void networkGradients()
    {
        QFETCH(QJsonObject, fixture);
        const auto [layers, input] = networkFrom(fixture);
        Sequential model = Sequential::mlp(layers, hiddenFrom(fixture));
        const std::vector<int64_t> targets = targetsFrom(fixture["targets"]);
        const std::vector<Tensor> outputs = model.forward(input);
        AL_COMPARE_FLOAT_BITS(crossEntropy(outputs.back(), targets), number(fixture["loss"]));
        const SequentialGradients gradients
            = model.backward(crossEntropyBackward(outputs.back(), targets));

        const QJsonArray stages = fixture["stage_grads"].toArray();
        QCOMPARE(gradients.outputs.size(), size_t(stages.size()));
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QCOMPARE(i == 0 ? std::string("input") : model.stageName(int(i) - 1),
                stages[i]["name"].toString().toStdString());
            AL_COMPARE_BITS(gradients.outputs[size_t(i)], fixtures::tensor(stages[i]["grad"]));
        }
        const QJsonObject expected = fixture["grads"].toObject();
        QCOMPARE(gradients.parameters.size(), size_t(expected.size()));
        for (const NamedTensor &gradient : gradients.parameters)
            AL_COMPARE_BITS(
                gradient.tensor, fixtures::tensor(expected[QString::fromStdString(gradient.name)]));
    }

    void sgdSteps_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("mlp_sgd.json").object()["cases"].toArray();
        QVERIFY(cases.size() >= 5);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
    }
    void sgdSteps()
    {
        QFETCH(QJsonObject, fixture);
        auto [layers, input] = networkFrom(fixture);
        Sgd optimizer(fixture["lr"].toDouble(), fixture["momentum"].toDouble());
        const SgdRun run = trainWithSgd(std::move(layers), hiddenFrom(fixture), input,
            targetsFrom(fixture["targets"]), optimizer, fixture["steps"].toInt());
        const QJsonArray losses = fixture["losses"].toArray();
        QCOMPARE(run.losses.size(), size_t(losses.size()));
        for (qsizetype i = 0; i < losses.size(); ++i)
            AL_COMPARE_FLOAT_BITS(run.losses[size_t(i)], number(losses[i]));
        // The losses fall: the steps went downhill, not nowhere.
        if (fixture["lr"].toDouble() > 0)
            QVERIFY(run.losses.back() < run.losses.front());
        const QJsonObject after = fixture["state_dict_after"].toObject();
        QCOMPARE(run.layers.size() * 2, size_t(after.size()));
        for (size_t i = 0; i < run.layers.size(); ++i) {
            const QString name = QStringLiteral("fc%1.").arg(i + 1);
            AL_COMPARE_BITS(run.layers[i].weight(), fixtures::tensor(after[name + "weight"]));
            AL_COMPARE_BITS(run.layers[i].bias(), fixtures::tensor(after[name + "bias"]));
        }
    }

    void sgdRefusesWithPyTorchsMessages()
    {
        const QJsonArray errors = fixtures::load("mlp_sgd.json").object()["errors"].toArray();
        QCOMPARE(errors.size(), 5);
        for (const QJsonValue &error : errors) {
            try {
                Sgd(error["lr"].toDouble(), error["momentum"].toDouble());
                QFAIL(qPrintable("accepted: " + error["message"].toString()));
            } catch (const std::invalid_argument &e) {
                QCOMPARE(QString(e.what()), error["message"].toString());
            }
        }
        // As PyTorch: lr 0 and momentum 1 or more are taken.
        Sgd(0.0, 1.5);
    }

    void sgdNeedsAGradientForEachParameter()
    {
        Sgd optimizer(0.1);
        std::vector<NamedTensor> parameters {{"w", Tensor({2}, 1.0f)}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optimizer.step(parameters, {}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, optimizer.step(parameters, {{"w", Tensor({3})}}));
        optimizer.step(parameters, {{"w", Tensor({2}, 10.0f)}});
        QCOMPARE(parameters[0].tensor, Tensor({2}, std::fma(-0.1f, 10.0f, 1.0f)));
    }

    void sequentialParametersAreTheStateDict()
    {
        TorchGenerator generator(0);
        const Sequential model = Sequential::mlp(
            {Linear::torchDefault(3, 4, generator), Linear::torchDefault(4, 2, generator)},
            {Activation::named("relu")});
        const std::vector<NamedTensor> parameters = model.parameters();
        QCOMPARE(parameters.size(), size_t(4));
        QCOMPARE(parameters[2].name, std::string("fc2.weight"));
        QCOMPARE(parameters[3].tensor.shape(), Shape {2});
    }

    // The deep stack's figures on values chosen to tell the orders of their sums apart.
    void normAndStdAsPyTorch()
    {
        const QJsonObject fixture = fixtures::load("reductions.json").object();
        const QJsonArray norms = fixture["norm"].toArray(), stds = fixture["std"].toArray();
        QVERIFY(norms.size() >= 100 && stds.size() >= 40);
        for (const QJsonValue &c : norms)
            AL_COMPARE_FLOAT_BITS(normLikeTorch(fixtures::tensor(c["values"])), number(c["norm"]));
        for (const QJsonValue &c : stds)
            AL_COMPARE_FLOAT_BITS(stdLikeTorch(fixtures::tensor(c["values"])), number(c["std"]));
    }

    // A draw reused with another weight scale or activation gives the bits of a fresh run; a
    // draw for other settings is refused.
    void aReusedDrawIsAFreshRun()
    {
        DeepStackOptions options;
        options.depth = 5;
        options.width = 24;
        options.init = Init::Kaiming;
        const DeepDraw draw = drawDeepStack(options);
        options.weightScale = 1.7;
        options.activation = Activation::named("tanh");
        const DeepStack reused = al::deepStack(options, draw);
        const DeepStack fresh = al::deepStack(options);
        QCOMPARE(reused.loss, fresh.loss);
        for (size_t i = 0; i < fresh.layers.size(); ++i)
            QCOMPARE(reused.layers[i].gradNorm, fresh.layers[i].gradNorm);
        options.depth = 6;
        QVERIFY(!draw.drawnFor(options));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, al::deepStack(options, draw));
        // Deeper and shallower draws from it share its layers and give a fresh draw's bits: the
        // layers added, the head and the input are drawn from where its layers left the
        // generator. Another seed shares nothing.
        for (int depth : {9, 2, 5}) {
            options.depth = depth;
            const DeepDraw grown = drawDeepStack(options, &draw);
            QVERIFY(grown.drawnFor(options));
            for (int i = 0; i < std::min(depth, 5); ++i)
                QCOMPARE(grown.layers[size_t(i)].get(), draw.layers[size_t(i)].get());
            const DeepStack fromDraw = al::deepStack(options, grown);
            const DeepStack fromNothing = al::deepStack(options);
            AL_COMPARE_FLOAT_BITS(fromDraw.loss, fromNothing.loss);
            QCOMPARE(int(fromDraw.layers.size()), depth);
            for (size_t i = 0; i < fromNothing.layers.size(); ++i) {
                AL_COMPARE_FLOAT_BITS(fromDraw.layers[i].gradNorm, fromNothing.layers[i].gradNorm);
                AL_COMPARE_FLOAT_BITS(fromDraw.layers[i].outputStd, fromNothing.layers[i].outputStd);
            }
        }
        options.seed = 1;
        const DeepDraw other = drawDeepStack(options, &draw);
        QVERIFY(other.layers[0].get() != draw.layers[0].get());
        AL_COMPARE_FLOAT_BITS(al::deepStack(options, other).loss, al::deepStack(options).loss);
    }

    void deepStack_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("deep_stack.json").array();
        QVERIFY(cases.size() >= 30);
        for (const QJsonValue &c : cases)
            QTest::addRow("%s %s depth %d width %d batch %d scale %g",
                qPrintable(c["activation"].toString()), qPrintable(c["init"].toString()),
                c["depth"].toInt(), c["width"].toInt(), c["batch"].toInt(),
                c["weight_scale"].toDouble())
                << c.toObject();
    }
    void deepStack()
    {
        QFETCH(QJsonObject, fixture);
        DeepStackOptions options;
        options.depth = fixture["depth"].toInt();
        options.width = fixture["width"].toInt();
        options.activation = Activation::named(fixture["activation"].toString().toStdString());
        const QString init = fixture["init"].toString();
        options.init = init == "kaiming" ? Init::Kaiming
            : init == "xavier"           ? Init::Xavier
                                         : Init::Default;
        options.batch = fixture["batch"].toInt();
        options.seed = static_cast<uint64_t>(fixture["seed"].toInt());
        options.weightScale = fixture["weight_scale"].toDouble();
        const DeepStack result = al::deepStack(options);
        AL_COMPARE_FLOAT_BITS(result.loss, number(fixture["loss"]));
        const QJsonArray layers = fixture["layers"].toArray();
        QCOMPARE(result.layers.size(), size_t(layers.size()));
        for (qsizetype i = 0; i < layers.size(); ++i) {
            const DeepLayer &layer = result.layers[size_t(i)];
            const QJsonObject expected = layers[i].toObject();
            QCOMPARE(layer.name, expected["name"].toString().toStdString());
            AL_COMPARE_FLOAT_BITS(layer.gradNorm, number(expected["grad_norm"]));
            AL_COMPARE_FLOAT_BITS(layer.outputStd, number(expected["output_std"]));
            QCOMPARE(layer.saturatedFraction.has_value(), expected.contains("saturated_fraction"));
            if (layer.saturatedFraction)
                QCOMPARE(*layer.saturatedFraction, number(expected["saturated_fraction"]));
            QCOMPARE(layer.deadFraction.has_value(), expected.contains("dead_fraction"));
            if (layer.deadFraction)
                QCOMPARE(*layer.deadFraction, number(expected["dead_fraction"]));
            // As torch.quantile interpolates (its rank in float, its lerp): bit for bit.
            const QJsonArray quantiles = expected["quantiles"].toArray();
            for (size_t q = 0; q < layer.quantiles.size(); ++q)
                QVERIFY2(
                    fixtures::ulpDistance(layer.quantiles[q], number(quantiles[qsizetype(q)])) <= 0,
                    qPrintable(QStringLiteral("quantile %1: %2 instead of %3")
                                   .arg(q)
                                   .arg(double(layer.quantiles[q]), 0, 'g', 9)
                                   .arg(number(quantiles[qsizetype(q)]), 0, 'g', 9)));
        }
    }

    void deepStackRefusesBeyondTheLimits()
    {
        const auto refuses = [](auto change) {
            DeepStackOptions options;
            change(options);
            QVERIFY_THROWS_EXCEPTION(ShapeError, al::deepStack(options));
        };
        refuses([](DeepStackOptions &o) { o.depth = 0; });
        refuses([](DeepStackOptions &o) { o.depth = kMaxDeepDepth + 1; });
        refuses([](DeepStackOptions &o) { o.width = kMinDeepWidth - 1; });
        refuses([](DeepStackOptions &o) { o.width = kMaxDeepWidth + 1; });
        refuses([](DeepStackOptions &o) { o.batch = 0; });
        refuses([](DeepStackOptions &o) { o.batch = kMaxBatch + 1; });
        refuses([](DeepStackOptions &o) { o.activation = Activation::named("softmax"); });
        DeepStackOptions smallest;
        smallest.depth = 1;
        smallest.width = kMinDeepWidth;
        smallest.batch = 1;
        QCOMPARE(al::deepStack(smallest).layers.size(), size_t(1));
    }

    void targetsAreCheckedAsCrossEntropyChecksThem()
    {
        checkTargets(2, 3, {0, 2});
        QVERIFY_THROWS_EXCEPTION(ShapeError, checkTargets(2, 3, {0}));
        QVERIFY_THROWS_EXCEPTION(TargetError, checkTargets(2, 3, {0, 3}));
        QVERIFY_THROWS_EXCEPTION(TargetError, checkTargets(1, 3, {-100}));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
