// The Train workspace's core against PyTorch 1.13 (fixtures), bit for bit: the data sets (their
// recipes again in Python, with torch.rand's uniforms), the Trainer's losses and final state dict
// with SGD (momentum, weight decay) and Adam (weight decay), the optimizers' refusals; and what
// the Trainer refuses.

#include "core/datasets.h"
#include "core/loss.h"
#include "core/train.h"
#include "io/state_dict.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <limits>

using namespace al;

namespace {

Dataset datasetFrom(const QJsonObject &data)
{
    Dataset dataset {fixtures::tensor(data["x"]), {}};
    for (const QJsonValue &label : data["y"].toArray())
        dataset.y.push_back(label.toInteger());
    return dataset;
}

TrainOptions optionsFrom(const QJsonObject &c)
{
    TrainOptions options;
    options.hiddenSizes.clear();
    for (const QJsonValue &size : c["hidden"].toArray())
        options.hiddenSizes.push_back(size.toInteger());
    const QJsonObject parameters = c["parameters"].toObject();
    for (const QJsonValue &name : c["activations"].toArray()) {
        options.activations.push_back(Activation::named(name.toString().toStdString()));
        for (auto p = parameters.begin(); p != parameters.end(); ++p)
            options.activations.back().set(p.key().toStdString(), p.value().toDouble());
    }
    options.seed = static_cast<uint64_t>(c["seed"].toInteger());
    options.optimizer
        = c["optimizer"].toString() == "adam" ? OptimizerKind::Adam : OptimizerKind::Sgd;
    options.lr = c["lr"].toDouble();
    options.momentum = c["momentum"].toDouble();
    options.weightDecay = c["weight_decay"].toDouble();
    options.batchSize = c["batch_size"].toInteger();
    return options;
}

Dataset circle(int64_t points)
{
    DatasetOptions options;
    options.points = points;
    return makeDataset(options);
}

} // namespace

// Bit for bit, except that -0 and +0 count equal: Qt's JSON reader takes -0 for 0.
#define AL_COMPARE_BITS(actual, expected) AL_COMPARE_TENSORS((actual), (expected), 0, 0.0f)

class TestTrain : public QObject {
    Q_OBJECT

private slots:
    void datasets_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("datasets.json").array();
        QCOMPARE(cases.size(), 12);
        for (const QJsonValue &c : cases)
            QTest::addRow("%s seed %lld noise %g", qPrintable(c["name"].toString()),
                c["seed"].toInteger(), c["noise"].toDouble())
                << c.toObject();
    }
    void datasets()
    {
        QFETCH(QJsonObject, fixture);
        DatasetOptions options;
        options.kind = *datasetNamed(fixture["name"].toString().toStdString());
        options.points = fixture["points"].toInteger();
        options.noise = fixture["noise"].toDouble();
        options.seed = static_cast<uint64_t>(fixture["seed"].toInteger());
        options.classes = fixture["classes"].toInt();
        const Dataset dataset = makeDataset(options);
        const Dataset expected = datasetFrom(fixture);
        AL_COMPARE_BITS(dataset.x, expected.x);
        QCOMPARE(dataset.y, expected.y);
        QCOMPARE(dataset.classes(), int64_t(options.classes));
    }

    // The same points on every machine: a few written out, as a second witness beside the
    // fixture (which this machine's Python wrote).
    void datasetsArePortable()
    {
        const Dataset points = circle(2);
        QCOMPARE(points.x, Tensor({2, 2}, {-0.63522464f, -2.340461f, 1.1422113f, -4.3190546f}));
        DatasetOptions spiral;
        spiral.kind = DatasetKind::Spiral;
        spiral.points = 3;
        spiral.seed = 7;
        spiral.noise = 0.5;
        spiral.classes = 3;
        const Dataset arms = makeDataset(spiral);
        QCOMPARE(arms.x,
            Tensor(
                {3, 2}, {-2.087958f, -0.72183037f, 3.993278f, -1.647558f, 4.0310454f, 0.1121881f}));
        QCOMPARE(arms.y, (std::vector<int64_t> {0, 1, 2}));
    }

    void portableSeriesAreCloseToTheLibrarys()
    {
        double worstTrig = 0, worstLog = 0;
        for (int i = -4000; i <= 4000; ++i) {
            const double x = i * 0.0123;
            worstTrig = std::max(worstTrig, std::abs(portable::sin(x) - std::sin(x)));
            worstTrig = std::max(worstTrig, std::abs(portable::cos(x) - std::cos(x)));
            const double y = std::ldexp(1.0 + (i + 4000) / 8001.0, i / 100);
            worstLog = std::max(worstLog, std::abs(portable::log(y) - std::log(y)));
        }
        QVERIFY2(worstTrig < 1e-14, qPrintable(QString::number(worstTrig)));
        QVERIFY2(worstLog < 1e-13, qPrintable(QString::number(worstLog)));
        QCOMPARE(portable::sin(0.0), 0.0);
        QCOMPARE(portable::log(1.0), 0.0);
    }

    void noiseMovesTheSamePoints()
    {
        DatasetOptions options;
        options.kind = DatasetKind::Gauss;
        options.points = 20;
        const Dataset clean = makeDataset(options);
        options.noise = 0.5;
        const Dataset noisy = makeDataset(options);
        QCOMPARE(noisy.y, clean.y);
        double largest = 0;
        for (int64_t i = 0; i < clean.x.numel(); ++i)
            largest = std::max(largest, double(std::abs(noisy.x.data()[i] - clean.x.data()[i])));
        QVERIFY(largest > 0.1 && largest < 5.0);
        options.kind = DatasetKind::Xor; // the labels alternate whatever the set
        QCOMPARE(makeDataset(options).y.front(), 0);
        QCOMPARE(makeDataset(options).y.back(), 1);
    }

    void datasetRefusals()
    {
        DatasetOptions options;
        for (int64_t points : {int64_t(0), int64_t(-1), kMaxDatasetPoints + 1}) {
            options.points = points;
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(options));
        }
        options.points = kMaxDatasetPoints;
        QCOMPARE(makeDataset(options).x.size(0), kMaxDatasetPoints);
        options.points = 10;
        for (double noise : {-0.1, 1.01, std::numeric_limits<double>::quiet_NaN()}) {
            options.noise = noise;
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(options));
        }
        options.noise = 1.0;
        options.classes = 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(options)); // circle: 2
        options.kind = DatasetKind::Spiral;
        QCOMPARE(makeDataset(options).classes(), 3);
        for (int classes : {1, 5}) {
            options.classes = classes;
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(options));
        }
        QCOMPARE(datasetKinds().size(), size_t(8));
        for (const DatasetInfo &info : datasetKinds())
            QCOMPARE(datasetNamed(info.name), std::optional<DatasetKind>(info.kind));
        QVERIFY(!datasetNamed("moon"));
    }

    void training_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("train.json").object()["cases"].toArray();
        QCOMPARE(cases.size(), 11);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
    }
    void training()
    {
        QFETCH(QJsonObject, fixture);
        Dataset data = datasetFrom(fixture["data"].toObject());
        if (fixture.contains("features")) {
            std::vector<Feature> features;
            for (const QJsonValue &name : fixture["features"].toArray()) {
                int f = 0;
                while (
                    f < kFeatureCount && name.toString() != QLatin1String(featureName(Feature(f))))
                    ++f;
                QVERIFY2(f < kFeatureCount, qPrintable(name.toString()));
                features.push_back(Feature(f));
            }
            data.x = withFeatures(data.x, features);
        }
        Trainer trainer(data.x, data.y, optionsFrom(fixture));
        QCOMPARE(trainer.classes(), data.classes());
        const int64_t n = data.x.size(0), batch = fixture["batch_size"].toInteger();
        QCOMPARE(trainer.batchCount(), (n + batch - 1) / batch);
        std::vector<float> losses;
        while (trainer.stepsTaken() < fixture["steps"].toInteger() && !trainer.divergedAt())
            losses.push_back(trainer.step());
        AL_COMPARE_BITS(
            Tensor({int64_t(losses.size())}, losses), fixtures::tensor(fixture["losses"]));
        if (fixture.contains("diverged_at")) {
            QCOMPARE(
                trainer.divergedAt(), std::optional<int64_t>(fixture["diverged_at"].toInteger()));
            QVERIFY(std::isnan(losses.back()));
            QVERIFY_THROWS_EXCEPTION(std::logic_error, trainer.step());
        } else {
            QVERIFY(!trainer.divergedAt());
        }
        QString error;
        const std::optional<std::vector<Linear>> expected
            = io::stateDictFromJson(fixture["state_dict"].toObject(), &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(trainer.layers().size(), expected->size());
        for (size_t i = 0; i < expected->size(); ++i) {
            AL_COMPARE_BITS(trainer.layers()[i].weight(), (*expected)[i].weight());
            AL_COMPARE_BITS(trainer.layers()[i].bias(), (*expected)[i].bias());
        }

        // What the workspace plots of the trained network, on the whole set.
        const QJsonObject expectedEvaluation = fixture["evaluation"].toObject();
        const Evaluation evaluation
            = evaluateNetwork(trainer.layers(), trainer.activations(), data.x, data.y);
        AL_COMPARE_BITS(Tensor({1}, {evaluation.loss}),
            fixtures::tensor(QJsonArray {expectedEvaluation["loss"]}));
        QCOMPARE(evaluation.accuracy, expectedEvaluation["accuracy"].toDouble());
        std::vector<int64_t> dead;
        for (const QJsonValue &count : expectedEvaluation["dead_units"].toArray())
            dead.push_back(count.toInteger());
        QCOMPARE(evaluation.deadUnits, dead);
        const NetworkProbe probe = probeNetwork(trainer.layers(), trainer.activations(), data.x);
        QCOMPARE(probe.hidden.size(), trainer.activations().size());
        QCOMPARE(probe.probabilities.shape(), (Shape {data.x.size(0), trainer.classes()}));
        for (int64_t p = 0; p < data.x.size(0); ++p) {
            double sum = 0;
            for (int64_t c = 0; c < trainer.classes(); ++c)
                sum += probe.probabilities.data()[p * trainer.classes() + c];
            QVERIFY(std::abs(sum - 1.0) < 1e-5 || fixture.contains("diverged_at"));
        }
    }

    // The network is readable between steps, and the steps go round the batches in order.
    void steppingOneBatchAtATime()
    {
        const Dataset data = circle(25);
        TrainOptions options;
        options.activations = {Activation::named("tanh"), Activation::named("tanh")};
        options.batchSize = 10;
        Trainer trainer(data.x, data.y, options);
        QCOMPARE(trainer.batchCount(), 3);
        QCOMPARE(trainer.layers().size(), size_t(3));
        QCOMPARE(trainer.layers()[0].weight().shape(), (Shape {8, 2}));
        QCOMPARE(trainer.layers()[2].weight().shape(), (Shape {2, 8}));
        const Tensor before = trainer.layers()[0].weight();
        trainer.step();
        QVERIFY(!(trainer.layers()[0].weight() == before));
        QCOMPARE(trainer.stepsTaken(), 1);
        // With lr 0 nothing moves: step k and step k + 3 see the same batch and the same loss.
        options.lr = 0.0;
        Trainer still(data.x, data.y, options);
        std::vector<float> losses;
        for (int k = 0; k < 6; ++k)
            losses.push_back(still.step());
        QCOMPARE(losses[3], losses[0]);
        QCOMPARE(losses[5], losses[2]);
        QVERIFY(losses[1] != losses[0]);
    }

    void trainerRefusals()
    {
        const Dataset data = circle(20);
        TrainOptions good;
        good.activations = {Activation::named("relu"), Activation::named("relu")};
        Trainer(data.x, data.y, good); // taken
        auto refused = [&](const Tensor &x, const std::vector<int64_t> &y, TrainOptions options) {
            try {
                Trainer(x, y, options);
            } catch (const std::invalid_argument &) {
                return true;
            }
            return false;
        };
        QVERIFY(refused(Tensor({0, 2}), {}, good)); // empty
        QVERIFY(refused(Tensor({20, kMaxTrainInputs + 1}), data.y, good)); // too many inputs
        QVERIFY(refused(Tensor({20, 0}), data.y, good));
        QVERIFY(refused(Tensor({20}), data.y, good));
        QVERIFY(refused(data.x, std::vector<int64_t>(19, 0), good)); // lengths
        std::vector<int64_t> labels = data.y;
        labels[3] = -1;
        QVERIFY(refused(data.x, labels, good));
        labels[3] = kMaxTrainClasses;
        QVERIFY(refused(data.x, labels, good));
        labels[3] = kMaxTrainClasses - 1; // 16 classes: taken
        QVERIFY(!refused(data.x, labels, good));
        TrainOptions o = good;
        o.hiddenSizes = std::vector<int64_t>(kMaxTrainHiddenLayers + 1, 4);
        o.activations = std::vector<Activation>(kMaxTrainHiddenLayers + 1);
        QVERIFY(refused(data.x, data.y, o));
        o.hiddenSizes.pop_back();
        o.activations.pop_back();
        QVERIFY(!refused(data.x, data.y, o));
        o = good;
        o.hiddenSizes = {8, kMaxTrainUnits + 1};
        QVERIFY(refused(data.x, data.y, o));
        o.hiddenSizes = {0, 8};
        QVERIFY(refused(data.x, data.y, o));
        o = good;
        o.activations.pop_back(); // 2 hidden layers, 1 activation
        QVERIFY(refused(data.x, data.y, o));
        o.activations = {Activation::named("relu"), Activation::named("softmax")};
        QVERIFY(refused(data.x, data.y, o));
        o = good;
        o.hiddenSizes = {};
        o.activations = {};
        QVERIFY(!refused(data.x, data.y, o)); // logistic regression
        for (int64_t batch : {int64_t(0), kMaxTrainBatch + 1}) {
            o = good;
            o.batchSize = batch;
            QVERIFY(refused(data.x, data.y, o));
        }
        for (double lr : {-0.1, std::numeric_limits<double>::quiet_NaN(),
                 std::numeric_limits<double>::infinity()}) {
            o = good;
            o.lr = lr;
            QVERIFY(refused(data.x, data.y, o));
            o.optimizer = OptimizerKind::Adam;
            QVERIFY(refused(data.x, data.y, o));
        }
        o = good;
        o.momentum = 1.0;
        QVERIFY(refused(data.x, data.y, o));
        o.momentum = 0.5;
        QVERIFY(!refused(data.x, data.y, o));
        o.optimizer = OptimizerKind::Adam; // Adam has no momentum
        QVERIFY(refused(data.x, data.y, o));
        o.momentum = 0.0;
        o.weightDecay = -0.1;
        QVERIFY(refused(data.x, data.y, o));
    }

    void optimizerErrors()
    {
        const QJsonArray errors = fixtures::load("train.json").object()["errors"].toArray();
        QCOMPARE(errors.size(), 8);
        for (const QJsonValue &error : errors) {
            const QJsonObject e = error.toObject();
            const double lr = e["lr"].isString() ? std::numeric_limits<double>::quiet_NaN()
                                                 : e["lr"].toDouble();
            try {
                if (e["optimizer"].toString() == "sgd") {
                    Sgd(lr, e["momentum"].toDouble(), e["weight_decay"].toDouble());
                } else {
                    const QJsonArray betas = e["betas"].toArray({0.9, 0.999});
                    Adam(lr, e["weight_decay"].toDouble(), betas[0].toDouble(), betas[1].toDouble(),
                        e["eps"].toDouble(1e-8));
                }
                QFAIL(qPrintable("accepted: " + e["message"].toString()));
            } catch (const std::invalid_argument &caught) {
                QCOMPARE(QString(caught.what()), e["message"].toString());
            }
        }
        Adam(0.0, 0.0, 0.0, 0.0, 0.0); // the bounds themselves are taken
    }

    // The Trainer's loss and gradient in one pass: the bits of the two separate calls.
    void crossEntropyWithGradientIsBothCalls()
    {
        TorchGenerator generator(4);
        const Tensor logits = randn({7, 3}, generator);
        const std::vector<int64_t> targets {0, 2, 1, 1, 0, 2, 2};
        Tensor gradient;
        const float loss = crossEntropyWithGradient(logits, targets, &gradient);
        QCOMPARE(loss, crossEntropy(logits, targets));
        QCOMPARE(gradient, crossEntropyBackward(logits, targets));
        QVERIFY_THROWS_EXCEPTION(
            TargetError, crossEntropyWithGradient(logits, {0, 1, 2, 3, 0, 0, 0}, &gradient));
    }

    // Parameters held elsewhere are updated in place, and checked as the named ones are.
    void optimizersStepTensorsInPlace()
    {
        Tensor w({2}, 1.0f);
        const Tensor g({2}, 10.0f), wrong({3});
        Sgd sgd(0.1);
        sgd.step(std::vector<Tensor *> {&w}, {&g});
        QCOMPARE(w, Tensor({2}, std::fma(-0.1f, 10.0f, 1.0f)));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, sgd.step(std::vector<Tensor *> {&w}, {&wrong}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sgd.step(std::vector<Tensor *> {&w}, {}));
    }

    // One Adam step by hand: the moments, the bias corrections in double, the division.
    void adamFirstStep()
    {
        Adam adam(0.1);
        std::vector<NamedTensor> parameters {{"w", Tensor({1}, 1.0f)}};
        adam.step(parameters, {{"w", Tensor({1}, 0.5f)}});
        // m = 0.05, v = 0.00025; m / (1 - 0.9) = 0.5, sqrt(v) / sqrt(1 - 0.999) = 0.5: a step of
        // lr * (0.5 / (0.5 + eps)), a shade under 0.1.
        QVERIFY(std::abs(parameters[0].tensor.data()[0] - 0.9f) < 1e-6f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, adam.step(parameters, {}));
    }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "test_train.moc"
