// The seed document's network: stepping, and PyTorch's own numbers for several seeds.

#include "core/activation.h"
#include "core/mlp.h"
#include "io/state_dict.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace al;

class TestMlp : public QObject {
    Q_OBJECT

private:
    static void addSeeds()
    {
        QTest::addColumn<QJsonObject>("fixture");
        for (const char *name : {"mlp_seed0.json", "mlp_seed1.json", "mlp_seed42.json"})
            QTest::newRow(name) << fixtures::load(name).object();
    }

    static void compareStages(const Mlp &network, const QJsonArray &stages)
    {
        QCOMPARE(network.records().size(), size_t(stages.size()));
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const QJsonObject stage = stages[i].toObject();
            QCOMPARE(QString::fromStdString(network.records()[size_t(i)].name),
                stage["name"].toString());
            AL_COMPARE_TENSORS(
                network.records()[size_t(i)].output, fixtures::tensor(stage["output"]), 0, 0.0f);
        }
    }

private slots:
    void torchSeedReproducesPyTorch_data() { addSeeds(); }
    void torchSeedReproducesPyTorch()
    {
        QFETCH(QJsonObject, fixture);
        Mlp network = Mlp::fromTorchSeed(static_cast<uint64_t>(fixture["seed"].toInt()));
        network.runAll();
        compareStages(network, fixture["stages"].toArray());
    }

    void stateDictReproducesPyTorch_data() { addSeeds(); }
    void stateDictReproducesPyTorch()
    {
        QFETCH(QJsonObject, fixture);
        QString error;
        auto layers = io::stateDictFromJson(fixture["state_dict"].toObject(), &error);
        QVERIFY2(layers, qPrintable(error));
        QCOMPARE(layers->size(), size_t(3));
        QCOMPARE(layers->at(1).weight().shape(), (Shape {32, 64}));
        Mlp network(std::move(*layers), Mlp::defaultHiddenActivations(),
            fixtures::tensor(fixture["input"]));
        network.runAll();
        compareStages(network, fixture["stages"].toArray());

        // Other activations on the same weights: LeakyReLU(0.01) then Sigmoid.
        network.setHiddenActivation(0, Activation::named("leaky_relu"));
        network.setHiddenActivation(1, Activation::named("sigmoid"));
        QCOMPARE(network.currentStage(), 6);
        AL_COMPARE_TENSORS(network.current().output,
            fixtures::tensor(fixture["leaky_relu_sigmoid_probabilities"]), 4, 1e-5f);
    }

    void stepsInOrderAndKeepTheStep()
    {
        Mlp network = Mlp::fromTorchSeed(0);
        QCOMPARE(network.stageCount(), 7);
        QCOMPARE(network.currentStage(), 0);
        QVERIFY(!network.stepBack());
        const char *names[] = {"input", "fc1", "relu", "fc2", "tanh", "fc3", "softmax"};
        const Shape shapes[] = {{4, 100}, {4, 64}, {4, 64}, {4, 32}, {4, 32}, {4, 5}, {4, 5}};
        for (int stage = 0; stage < 7; ++stage) {
            QCOMPARE(network.currentStage(), stage);
            QCOMPARE(network.current().name, std::string(names[stage]));
            QCOMPARE(network.stageName(stage), std::string(names[stage]));
            QCOMPARE(network.current().output.shape(), shapes[stage]);
            QCOMPARE(network.stageShape(stage), shapes[stage]);
            QCOMPARE(network.step(), stage < 6);
        }
        QCOMPARE(network.current().kind, StageKind::Softmax);

        QVERIFY(network.stepBack());
        QVERIFY(network.stepBack());
        QCOMPARE(network.current().name, std::string("tanh"));
        network.setHiddenActivation(0, Activation::named("leaky_relu"));
        QCOMPARE(network.currentStage(), 4);
        QCOMPARE(network.stageName(2), std::string("leaky_relu"));
        QCOMPARE(network.records()[2].name, std::string("leaky_relu"));

        network.reset();
        QCOMPARE(network.currentStage(), 0);
        network.runAll();
        QCOMPARE(network.currentStage(), 6);
        for (int64_t row = 0; row < 4; ++row) {
            float sum = 0;
            for (int64_t c = 0; c < 5; ++c)
                sum += network.current().output.at({row, c});
            QVERIFY(std::abs(sum - 1.0f) < 1e-6f);
        }
    }

    void rejectsInconsistentNetworks()
    {
        TorchGenerator generator(0);
        auto layer
            = [&](int64_t in, int64_t out) { return Linear::torchDefault(in, out, generator); };
        const auto acts = Mlp::defaultHiddenActivations();
        QVERIFY_THROWS_EXCEPTION(
            ShapeError, Mlp({layer(3, 4), layer(5, 2), layer(2, 2)}, acts, Tensor({1, 3})));
        QVERIFY_THROWS_EXCEPTION(ShapeError, Mlp({layer(3, 4), layer(4, 2)}, acts, Tensor({1, 3})));
        QVERIFY_THROWS_EXCEPTION(
            ShapeError, Mlp({layer(3, 4), layer(4, 2), layer(2, 2)}, acts, Tensor({1, 4})));
        Mlp network({layer(3, 4), layer(4, 2), layer(2, 2)}, acts, Tensor({2, 3}, 1.0f));
        network.runAll();
        QVERIFY_THROWS_EXCEPTION(ShapeError, network.setInput(Tensor({3})));
        QVERIFY_THROWS_EXCEPTION(ShapeError, network.setLayer(1, layer(4, 3)));
        QVERIFY_THROWS_EXCEPTION(
            ShapeError, network.setHiddenActivation(0, Activation::named("softmax")));
        QCOMPARE(network.currentStage(), 6);
        QCOMPARE(network.input().shape(), (Shape {2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestMlp)
#include "test_mlp.moc"
