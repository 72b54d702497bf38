#include "core/registry.h"

#include <QTest>

using namespace al;

class TestRegistry : public QObject {
    Q_OBJECT

private slots:
    void seedActivationsComeFirstInOrder()
    {
        const char *expected[] = {"relu", "leaky_relu", "sigmoid", "tanh", "softmax"};
        for (size_t i = 0; i < std::size(expected); ++i)
            QCOMPARE(activationRegistry().at(i).functionalName, expected[i]);
        QVERIFY(findActivation("log_softmax"));
        QVERIFY(!findActivation("gelu"));
    }

    void defaultsArePyTorchs()
    {
        const Activation leaky = defaultActivation(*findActivation("leaky_relu"));
        QCOMPARE(leaky.negativeSlope, 0.01);
        QCOMPARE(leaky.inplace, false);
        QCOMPARE(findActivation("leaky_relu")->moduleName, "LeakyReLU");
        QCOMPARE(defaultActivation(*findActivation("softmax")).dim, int64_t(-1));
    }

    void parametersAreCheckedAgainstTheirRange()
    {
        Activation leaky = defaultActivation(*findActivation("leaky_relu"));
        setParameter(leaky, "negative_slope", -0.5);
        QCOMPARE(parameterValue(leaky, "negative_slope"), -0.5);
        QVERIFY_THROWS_EXCEPTION(ParameterError, setParameter(leaky, "negative_slope", 1e9));
        QVERIFY_THROWS_EXCEPTION(ParameterError, setParameter(leaky, "negative_slope", NAN));
        QVERIFY_THROWS_EXCEPTION(ParameterError, setParameter(leaky, "dim", 1));
        QCOMPARE(parameterValue(leaky, "negative_slope"), -0.5);

        Activation softmax = defaultActivation(*findActivation("softmax"));
        QVERIFY_THROWS_EXCEPTION(ParameterError, setParameter(softmax, "dim", 0.5));
        QVERIFY_THROWS_EXCEPTION(ParameterError, setParameter(softmax, "dim", 4));
        setParameter(softmax, "dim", -4);
        QCOMPARE(softmax.dim, int64_t(-4));
    }

    void everyParameterHasASaneSliderRange()
    {
        for (const ActivationSpec &spec : activationRegistry())
            for (const ParameterSpec &p : spec.parameters) {
                QVERIFY2(p.minimum <= p.sliderMinimum && p.sliderMaximum <= p.maximum, p.name);
                QVERIFY2(
                    p.sliderMinimum <= p.defaultValue && p.defaultValue <= p.sliderMaximum, p.name);
                QVERIFY2(p.fineStep > 0 && p.coarseStep >= p.fineStep, p.name);
            }
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
