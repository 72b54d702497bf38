// Every activation against PyTorch 1.13's own forward and autograd results (fixtures), including
// the corners: 0 and -0, denormals, ±1e38, ±inf, NaN, any negative_slope, softmax over every dim
// of ranks 0..4, rows with -inf, inf and NaN.

#include "core/activation.h"
#include "core/registry.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace al;

Q_DECLARE_METATYPE(al::Tensor)
Q_DECLARE_METATYPE(al::Activation)
Q_DECLARE_METATYPE(al::Shape)

class TestActivation : public QObject {
    Q_OBJECT

private:
    static void addCases(const char *fixture)
    {
        QTest::addColumn<Activation>("activation");
        QTest::addColumn<Tensor>("input");
        QTest::addColumn<Tensor>("gradOutput");
        QTest::addColumn<Tensor>("output");
        QTest::addColumn<Tensor>("gradInput");
        const QJsonArray cases = fixtures::load(fixture).array();
        QVERIFY(cases.size() > 20);
        int index = 0;
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const ActivationSpec *spec = findActivation(c["name"].toString().toStdString());
            QVERIFY(spec);
            Activation activation = Activation(*spec);
            const QJsonObject params = c["params"].toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                activation.set(it.key().toStdString(), parameterValue(*spec, it.key(), *it));
            const Tensor input = fixtures::tensor(c["input"]);
            QTest::addRow("%d %s %s shape %s", index++, spec->functionalName,
                QJsonDocument(params).toJson(QJsonDocument::Compact).constData(),
                shapeToString(input.shape()).c_str())
                << activation << input << fixtures::tensor(c["grad_output"])
                << fixtures::tensor(c["output"]) << fixtures::tensor(c["grad_input"]);
        }
    }

    // A parameter as PyTorch spells it (True, 'tanh'), as the registry holds it.
    static double parameterValue(
        const ActivationSpec &spec, const QString &name, const QJsonValue &v)
    {
        if (v.isBool())
            return v.toBool() ? 1.0 : 0.0;
        if (v.isString()) {
            const std::vector<const char *> &choices = spec.parameter(name.toStdString())->choices;
            for (size_t i = 0; i < choices.size(); ++i)
                if (v.toString() == QLatin1String(choices[i]))
                    return static_cast<double>(i);
            qFatal("unknown choice %s", qPrintable(v.toString()));
        }
        return v.toDouble();
    }

    // forwardUlps / backwardUlps: the distance allowed from PyTorch's own bits; absolute: for
    // results of a cancellation, whose relative error says nothing.
    static void check(int64_t forwardUlps, int64_t backwardUlps, float absolute)
    {
        QFETCH(Activation, activation);
        QFETCH(Tensor, input);
        QFETCH(Tensor, gradOutput);
        QFETCH(Tensor, output);
        QFETCH(Tensor, gradInput);
        const Tensor y = forward(activation, input);
        AL_COMPARE_TENSORS(y, output, forwardUlps, forwardUlps ? absolute : 0.0f);
        AL_COMPARE_TENSORS(backward(activation, input, output, gradOutput), gradInput, backwardUlps,
            backwardUlps ? absolute : 0.0f);
    }

private slots:
    void elementwise_data() { addCases("activations_elementwise.json"); }
    void elementwise() { check(0, 0, 0.0f); }

    // softmax's forward follows PyTorch's kernels exactly (SLEEF exp, the vector reductions, the
    // scalar tail), and so does log_softmax along the last dim (SLEEF log, the fused backward),
    // which cross_entropy takes. Along other dims log_softmax takes std::log where PyTorch takes
    // SLEEF's, and some backward paths sum in another order: a few ulps, or a few float32
    // epsilons after a cancellation.
    void softmax_data() { addCases("activations_softmax.json"); }
    void softmax()
    {
        QFETCH(Activation, activation);
        QFETCH(Tensor, input);
        const int lastDim = std::max(input.rank(), 1) - 1;
        if (activation.kind() == ActivationKind::Softmax)
            check(0, 16, 4e-7f);
        else if (normaliseDim(activation.dim(), input.rank()) == lastDim)
            check(0, 0, 0.0f);
        else
            check(4, 16, 4e-7f);
    }

    // Issue 14's rows. Softmin and Softmax2d are softmax's kernels: forward bit for bit, backward
    // along a dim other than the last within softmax's budget (its sums run in another order);
    // GLU, RReLU (eval and training, from the seed) and PReLU bit for bit.
    void more_data() { addCases("activations_more.json"); }
    void more()
    {
        QFETCH(Activation, activation);
        if (activation.kind() == ActivationKind::Softmin
            || activation.kind() == ActivationKind::Softmax2d)
            check(0, 16, 4e-7f);
        else
            check(0, 0, 0.0f);
    }

    void moreRefuseInputsInPyTorchsWords()
    {
        int checked = 0;
        for (const QJsonValue &value : fixtures::load("activations_more_errors.json").array()) {
            const QJsonObject c = value.toObject();
            Shape shape;
            for (const QJsonValue &extent : c["shape"].toArray())
                shape.push_back(extent.toInt());
            if (shape.size() > size_t(kMaxRank))
                continue; // the core holds ranks 0 to 4
            Activation activation = Activation::named(c["name"].toString().toStdString());
            const QJsonObject params = c["params"].toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                activation.set(it.key().toStdString(), it->toDouble());
            try {
                forward(activation, Tensor(shape));
                QFAIL(qPrintable(c["message"].toString()));
            } catch (const std::exception &e) {
                QCOMPARE(QString::fromStdString(e.what()), c["message"].toString());
            }
            // backward refuses the same input, before looking at anything else.
            QVERIFY_THROWS_EXCEPTION(
                std::exception, backward(activation, Tensor(shape), Tensor(), Tensor()));
            ++checked;
        }
        QCOMPARE(checked, 9);
    }

    // F.prelu with one weight or one per channel: output, grad_input and the weight's gradient
    // (a reduction: PyTorch's sum of x <= 0 ? x * grad : 0, in its order).
    void preluWithWeightTensors()
    {
        const QJsonObject fixture = fixtures::load("prelu.json").object();
        int index = 0;
        for (const QJsonValue &value : fixture["cases"].toArray()) {
            const QJsonObject c = value.toObject();
            const Tensor x = fixtures::tensor(c["input"]);
            const Tensor weight = fixtures::tensor(c["weight"]);
            const PreluGradients gradients
                = preluBackward(x, weight, fixtures::tensor(c["grad_output"]));
            ++index;
            AL_COMPARE_TENSORS(preluForward(x, weight), fixtures::tensor(c["output"]), 0, 0.0f);
            AL_COMPARE_TENSORS(gradients.input, fixtures::tensor(c["grad_input"]), 0, 0.0f);
            AL_COMPARE_TENSORS(gradients.weight, fixtures::tensor(c["grad_weight"]), 0, 0.0f);
        }
        QVERIFY(index > 10);
        for (const QJsonValue &value : fixture["errors"].toArray()) {
            const QJsonObject c = value.toObject();
            Shape shape;
            for (const QJsonValue &extent : c["shape"].toArray())
                shape.push_back(extent.toInt());
            try {
                preluForward(Tensor(shape), Tensor({c["weights"].toInt()}, 1.0f));
                QFAIL("no ShapeError");
            } catch (const ShapeError &e) {
                QCOMPARE(QString::fromStdString(e.what()), c["message"].toString());
            }
        }
    }

    // The same seed, the same slopes; another seed, others. Eval draws nothing.
    void rreluTrainingIsReproducible()
    {
        Activation rrelu = Activation::named("rrelu");
        const Tensor x({64}, -1.0f);
        QCOMPARE(forward(rrelu, x), Tensor({64}, -0.229166672f));
        rrelu.set({{"training", 1.0}, {"seed", 3.0}});
        const Tensor first = forward(rrelu, x);
        QCOMPARE(forward(rrelu, x), first);
        rrelu.set("seed", 4.0);
        QVERIFY(!(forward(rrelu, x) == first));
        QVERIFY_THROWS_EXCEPTION(ParameterError, rrelu.set({{"lower", 0.5}, {"upper", 0.4}}));
    }

    void derivativeIsBackwardWithOnes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("slope");
        QTest::addColumn<float>("x");
        QTest::addColumn<float>("expected");
        QTest::newRow("relu at 0 is 0") << "relu" << 0.01 << 0.0f << 0.0f;
        QTest::newRow("relu at -0 is 0") << "relu" << 0.01 << -0.0f << 0.0f;
        QTest::newRow("relu above 0 is 1") << "relu" << 0.01 << 1e-30f << 1.0f;
        QTest::newRow("leaky_relu at 0 is the slope") << "leaky_relu" << 0.01 << 0.0f << 0.01f;
        QTest::newRow("leaky_relu slope 2.5") << "leaky_relu" << 2.5 << -3.0f << 2.5f;
        QTest::newRow("sigmoid at 0 is 1/4") << "sigmoid" << 0.01 << 0.0f << 0.25f;
        QTest::newRow("tanh at 0 is 1") << "tanh" << 0.01 << 0.0f << 1.0f;
        QTest::newRow("tanh saturates") << "tanh" << 0.01 << 10.0f << 0.0f;
    }
    void derivativeIsBackwardWithOnes()
    {
        QFETCH(QString, name);
        QFETCH(double, slope);
        QFETCH(float, x);
        QFETCH(float, expected);
        Activation activation = Activation::named(name.toStdString());
        if (activation.has("negative_slope"))
            activation.set("negative_slope", slope);
        QCOMPARE(derivative(activation, Tensor({1}, x)).data()[0], expected);
    }

    void dimOutOfRangeStatesTheRange_data()
    {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<qint64>("dim");
        QTest::addColumn<QString>("message");
        for (const QJsonValue &value : fixtures::load("softmax_dim_errors.json").array()) {
            const QJsonObject c = value.toObject();
            Shape shape;
            for (const QJsonValue &extent : c["shape"].toArray())
                shape.push_back(extent.toInt());
            QTest::addRow("shape %s dim %d", shapeToString(shape).c_str(), c["dim"].toInt())
                << shape << qint64(c["dim"].toInt()) << c["message"].toString();
        }
    }
    void dimOutOfRangeStatesTheRange()
    {
        QFETCH(Shape, shape);
        QFETCH(qint64, dim);
        QFETCH(QString, message);
        for (const char *name : {"softmax", "log_softmax"}) {
            Activation activation = Activation::named(name);
            activation.set("dim", dim);
            try {
                forward(activation, Tensor(shape));
                QFAIL("no DimensionError");
            } catch (const DimensionError &e) {
                QCOMPARE(QString::fromStdString(e.what()), message);
            }
        }
    }

    void backwardRejectsMismatchedShapes()
    {
        const Activation relu = Activation::named("relu");
        const Tensor x({2, 3});
        QVERIFY_THROWS_EXCEPTION(ShapeError, backward(relu, x, x, Tensor({3, 2})));
    }

    void softmaxOfLargeLogitsDoesNotOverflow()
    {
        Activation softmax = Activation::named("softmax");
        const Tensor y = forward(softmax, Tensor({3}, {1000.0f, 1001.0f, 1002.0f}));
        QVERIFY(std::abs(y.flat().sum() - 1.0f) < 1e-6f);
        QVERIFY(y.data()[2] > y.data()[1]);
    }
};

QTEST_GUILESS_MAIN(TestActivation)
#include "test_activation.moc"
