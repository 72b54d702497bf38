// The network going backward against PyTorch 1.13's autograd (fixtures), bit for bit: Linear's
// three gradients, cross_entropy and its gradient, and the seed network trained on a fixed batch
// with each hidden activation; and what each of them refuses.

#include "core/activation.h"
#include "core/linear.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/modules.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

using namespace al;

Q_DECLARE_METATYPE(al::Tensor)

namespace {

std::vector<int64_t> targetsFrom(const QJsonValue &value)
{
    std::vector<int64_t> targets;
    for (const QJsonValue &target : value.toArray())
        targets.push_back(target.toInteger());
    return targets;
}

Activation activationFrom(const QJsonObject &object)
{
    const ActivationSpec *spec = findActivation(object["name"].toString().toStdString());
    if (!spec)
        qFatal("unknown activation in a fixture");
    Activation activation = Activation(*spec);
    const QJsonObject params = object["params"].toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        activation.set(it.key().toStdString(), it.value().toDouble());
    return activation;
}

} // namespace

// Bit for bit, except that -0 and +0 count equal: Qt's JSON reader takes -0 for 0, so the fixtures
// cannot tell them apart (zeroSignsAsPyTorch checks the signs).
#define AL_COMPARE_BITS(actual, expected) AL_COMPARE_TENSORS((actual), (expected), 0, 0.0f)
#define AL_COMPARE_FLOAT_BITS(actual, expected)                                                    \
    AL_COMPARE_BITS(Tensor({1}, (actual)), Tensor({1}, (expected)))

class TestModel : public QObject {
    Q_OBJECT

private slots:
    void linearBackward_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("linear_backward.json").array();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
    }
    void linearBackward()
    {
        QFETCH(QJsonObject, fixture);
        const Tensor weight = fixtures::tensor(fixture["weight"]);
        const Linear layer(weight, Tensor({weight.size(0)}));
        const LinearGradients gradients = layer.backward(
            fixtures::tensor(fixture["input"]), fixtures::tensor(fixture["grad_output"]));
        AL_COMPARE_BITS(gradients.gradInput, fixtures::tensor(fixture["grad_input"]));
        AL_COMPARE_BITS(gradients.gradWeight, fixtures::tensor(fixture["grad_weight"]));
        AL_COMPARE_BITS(gradients.gradBias, fixtures::tensor(fixture["grad_bias"]));
    }

    void linearBackwardRefusesShapes()
    {
        const Linear layer(Tensor({2, 3}, 1.0f), Tensor({2}));
        QVERIFY_THROWS_EXCEPTION(ShapeError, layer.backward(Tensor({4, 2}), Tensor({4, 2})));
        QVERIFY_THROWS_EXCEPTION(ShapeError, layer.backward(Tensor({3}), Tensor({1, 2})));
        QVERIFY_THROWS_EXCEPTION(ShapeError, layer.backward(Tensor({4, 3}), Tensor({4, 3})));
        QVERIFY_THROWS_EXCEPTION(ShapeError, layer.backward(Tensor({4, 3}), Tensor({3, 2})));
        QCOMPARE(layer.backward(Tensor({4, 3}), Tensor({4, 2})).gradWeight.shape(), (Shape {2, 3}));
    }

    void zeroSignsAsPyTorch()
    {
        // Every sum starts from +0, so terms that are all -0 sum to +0, as in PyTorch.
        for (const Shape &sizes : {Shape {3, 2, 9}, Shape {1, 2, 1}, Shape {40, 3, 45}}) {
            const Linear layer(Tensor({sizes[2], sizes[1]}, 1.0f), Tensor({sizes[2]}));
            const LinearGradients gradients = layer.backward(
                Tensor({sizes[0], sizes[1]}, -0.0f), Tensor({sizes[0], sizes[2]}, -0.0f));
            for (const Tensor *t :
                {&gradients.gradInput, &gradients.gradWeight, &gradients.gradBias})
                for (int64_t i = 0; i < t->numel(); ++i)
                    QVERIFY(t->data()[i] == 0.0f && !std::signbit(t->data()[i]));
        }
        // A zero upstream gradient: nll_loss's -(0 / batch) = -0 at the targets, which
        // log_softmax's backward keeps; +0 elsewhere.
        const Tensor grad = crossEntropyBackward(Tensor({3, 4}, 0.5f), {1, 1, 2}, 0.0f);
        for (int64_t i = 0; i < grad.numel(); ++i) {
            QCOMPARE(grad.data()[i], 0.0f);
            QCOMPARE(std::signbit(grad.data()[i]), i == 1 || i == 5 || i == 10);
        }
    }

    void crossEntropy_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        const QJsonArray cases = fixtures::load("cross_entropy.json").object()["cases"].toArray();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
    }
    void crossEntropy()
    {
        QFETCH(QJsonObject, fixture);
        const Tensor logits = fixtures::tensor(fixture["logits"]);
        const std::vector<int64_t> targets = targetsFrom(fixture["targets"]);
        const float expected = fixtures::tensor(fixture["loss"]).data()[0];
        AL_COMPARE_FLOAT_BITS(al::crossEntropy(logits, targets), expected);
        AL_COMPARE_BITS(crossEntropyBackward(
                            logits, targets, static_cast<float>(fixture["grad_loss"].toDouble())),
            fixtures::tensor(fixture["grad_logits"]));
    }

    void crossEntropyRefusesWithPyTorchsMessages()
    {
        const QJsonArray errors = fixtures::load("cross_entropy.json").object()["errors"].toArray();
        QCOMPARE(errors.size(), 5);
        for (const QJsonValue &error : errors) {
            const QJsonArray shape = error["shape"].toArray();
            const Tensor logits({shape[0].toInteger(), shape[1].toInteger()});
            const std::vector<int64_t> targets = targetsFrom(error["targets"]);
            const QString expected = error["message"].toString();
            const bool isTarget = expected.startsWith("Target");
            for (bool backward : {false, true}) {
                try {
                    if (backward)
                        crossEntropyBackward(logits, targets);
                    else
                        al::crossEntropy(logits, targets);
                    QFAIL(qPrintable("accepted: " + expected));
                } catch (const TargetError &e) {
                    QVERIFY2(isTarget, e.what());
                    QCOMPARE(QString(e.what()), expected);
                    QCOMPARE(QStringLiteral("Target %1 is out of bounds.").arg(e.target), expected);
                } catch (const ShapeError &e) {
                    QVERIFY2(!isTarget, e.what());
                    QCOMPARE(QString(e.what()), expected);
                }
            }
        }
        // Only [batch, classes] logits: PyTorch's [classes] and [batch, classes, d...] forms are
        // not taken.
        QVERIFY_THROWS_EXCEPTION(ShapeError, al::crossEntropy(Tensor({3}), {1}));
        QVERIFY_THROWS_EXCEPTION(ShapeError, al::crossEntropy(Tensor({2, 3, 4}), {0, 1}));
        // PyTorch skips ignore_index (-100); here it is out of bounds like any negative target.
        QVERIFY_THROWS_EXCEPTION(TargetError, al::crossEntropy(Tensor({1, 3}), {-100}));
    }

    void crossEntropyOfAnEmptyBatchIsNan()
    {
        // As in PyTorch: the mean of no terms, 0 / 0.
        QVERIFY(std::isnan(al::crossEntropy(Tensor({0, 5}), {})));
        QCOMPARE(crossEntropyBackward(Tensor({0, 5}), {}).shape(), (Shape {0, 5}));
    }

    void seedNetworkTrainingStep_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        QTest::addColumn<QJsonObject>("variant");
        for (const char *name : {"model_seed0.json", "model_seed1.json", "model_seed42.json"}) {
            const QJsonObject fixture = fixtures::load(name).object();
            const QJsonArray variants = fixture["variants"].toArray();
            QVERIFY(!variants.isEmpty());
            for (const QJsonValue &variant : variants)
                QTest::addRow("%s %s", name,
                    QJsonDocument(variant.toObject()["hidden"].toArray())
                        .toJson(QJsonDocument::Compact)
                        .constData())
                    << fixture << variant.toObject();
        }
    }
    void seedNetworkTrainingStep()
    {
        QFETCH(QJsonObject, fixture);
        QFETCH(QJsonObject, variant);
        std::vector<Activation> hidden;
        for (const QJsonValue &activation : variant["hidden"].toArray())
            hidden.push_back(activationFrom(activation.toObject()));
        const Mlp seeded = Mlp::fromTorchSeed(static_cast<uint64_t>(fixture["seed"].toInt()));
        Sequential network = Sequential::mlp(seeded.layers(), hidden);
        const std::vector<int64_t> targets = targetsFrom(fixture["targets"]);

        const std::vector<Tensor> outputs = network.forward(seeded.input());
        const float loss = al::crossEntropy(outputs.back(), targets);
        AL_COMPARE_FLOAT_BITS(loss, fixtures::tensor(variant["loss"]).data()[0]);
        const SequentialGradients gradients
            = network.backward(crossEntropyBackward(outputs.back(), targets));

        const QJsonArray stages = variant["stages"].toArray();
        QCOMPARE(outputs.size(), size_t(stages.size()));
        QCOMPARE(gradients.outputs.size(), outputs.size());
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const QJsonObject stage = stages[i].toObject();
            if (i > 0)
                QCOMPARE(network.stageName(int(i) - 1), stage["name"].toString().toStdString());
            AL_COMPARE_BITS(outputs[size_t(i)], fixtures::tensor(stage["output"]));
            AL_COMPARE_BITS(gradients.outputs[size_t(i)], fixtures::tensor(stage["grad"]));
        }

        // Every parameter's gradient, in state_dict order; fc1.weight's is not in every variant.
        const std::vector<std::string> names
            = {"fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias"};
        QCOMPARE(gradients.parameters.size(), names.size());
        const QJsonObject expected = variant["gradients"].toObject();
        QVERIFY(expected.size() >= 5);
        for (size_t i = 0; i < names.size(); ++i) {
            QCOMPARE(gradients.parameters[i].name, names[i]);
            const QString key = QString::fromStdString(names[i]);
            if (expected.contains(key))
                AL_COMPARE_BITS(gradients.parameters[i].tensor, fixtures::tensor(expected[key]));
            else
                QCOMPARE(key, QStringLiteral("fc1.weight"));
        }
    }

    void everyParameterGradientIsInSomeFixture()
    {
        const QJsonArray variants
            = fixtures::load("model_seed0.json").object().value("variants").toArray();
        QCOMPARE(variants.first().toObject().value("gradients").toObject().size(), 6);
    }

    void modulesNeedAForwardBeforeBackward()
    {
        TorchGenerator generator(0);
        LinearModule linear(Linear::torchDefault(3, 2, generator));
        QCOMPARE(linear.name(), std::string("linear"));
        QVERIFY(linear.gradients().empty());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, linear.backward(Tensor({1, 2})));
        const std::vector<NamedTensor> parameters = linear.parameters();
        QCOMPARE(parameters.size(), size_t(2));
        QCOMPARE(parameters[0].name, std::string("weight"));
        QCOMPARE(parameters[0].tensor, linear.layer().weight());
        QCOMPARE(parameters[1].name, std::string("bias"));

        linear.forward(Tensor({4, 3}, 1.0f));
        QVERIFY_THROWS_EXCEPTION(ShapeError, linear.backward(Tensor({4, 3})));
        QCOMPARE(linear.backward(Tensor({4, 2}, 1.0f)).shape(), (Shape {4, 3}));
        QCOMPARE(linear.gradients().size(), size_t(2));
        QCOMPARE(linear.gradients()[1].tensor, Tensor({2}, 4.0f));

        ActivationModule tanh(Activation::named("tanh"));
        QCOMPARE(tanh.name(), std::string("tanh"));
        QVERIFY(tanh.parameters().empty());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, tanh.backward(Tensor({1, 2})));
        tanh.forward(Tensor({1, 2}));
        QVERIFY_THROWS_EXCEPTION(ShapeError, tanh.backward(Tensor({2, 1})));
        QCOMPARE(tanh.backward(Tensor({1, 2}, 3.0f)), Tensor({1, 2}, 3.0f));

        Sequential network
            = Sequential::mlp({Linear::torchDefault(3, 2, generator)}, std::vector<Activation> {});
        QCOMPARE(network.size(), 1);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, network.backward(Tensor({1, 2})));
    }

    void sequentialRefusesInconsistentNetworks()
    {
        TorchGenerator generator(0);
        auto layer
            = [&](int64_t in, int64_t out) { return Linear::torchDefault(in, out, generator); };
        const std::vector<Activation> two = Mlp::defaultHiddenActivations();
        QVERIFY_THROWS_EXCEPTION(ShapeError, Sequential::mlp({}, {}));
        QVERIFY_THROWS_EXCEPTION(ShapeError, Sequential::mlp({layer(3, 4), layer(4, 2)}, two));
        QVERIFY_THROWS_EXCEPTION(
            ShapeError, Sequential::mlp({layer(3, 4), layer(5, 2), layer(2, 2)}, two));
        QVERIFY_THROWS_EXCEPTION(ShapeError,
            Sequential::mlp({layer(3, 4), layer(4, 2)}, {Activation::named("softmax")}));

        Sequential network = Sequential::mlp({layer(3, 4), layer(4, 2), layer(2, 2)}, two);
        QCOMPARE(network.size(), 5);
        QCOMPARE(network.stageName(2), std::string("fc2"));
        QCOMPARE(network.module(3).name(), std::string("tanh"));
        QVERIFY_THROWS_EXCEPTION(ShapeError, network.forward(Tensor({1, 4})));
        network.forward(Tensor({1, 3}));
        QVERIFY_THROWS_EXCEPTION(ShapeError, network.backward(Tensor({1, 3})));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
