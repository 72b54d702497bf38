#include "core/activation.h"

#include <QTest>
#include <set>

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
        QVERIFY(!findActivation("no_such_activation"));
    }

    void defaultsArePyTorchs()
    {
        const Activation leaky = Activation::named("leaky_relu");
        QCOMPARE(leaky.value("negative_slope"), 0.01);
        QCOMPARE(leaky.value("inplace"), 0.0);
        QCOMPARE(findActivation("leaky_relu")->moduleName, "LeakyReLU");
        QCOMPARE(Activation::named("softmax").dim(), int64_t(-1));
        QVERIFY_THROWS_EXCEPTION(ParameterError, Activation::named("no_such_activation"));
    }

    void parametersAreCheckedAgainstTheirRange()
    {
        Activation leaky = Activation::named("leaky_relu");
        leaky.set("negative_slope", -0.5);
        QCOMPARE(leaky.value("negative_slope"), -0.5);
        QVERIFY_THROWS_EXCEPTION(ParameterError, leaky.set("negative_slope", 1e9));
        QVERIFY_THROWS_EXCEPTION(ParameterError, leaky.set("negative_slope", NAN));
        QVERIFY_THROWS_EXCEPTION(ParameterError, leaky.set("dim", 1));
        QVERIFY_THROWS_EXCEPTION(ParameterError, leaky.set("inplace", 0.5));
        QCOMPARE(leaky.value("negative_slope"), -0.5);

        // Any integer is a dim until it meets a tensor (then DimensionError, as PyTorch).
        Activation softmax = Activation::named("softmax");
        QVERIFY_THROWS_EXCEPTION(ParameterError, softmax.set("dim", 0.5));
        softmax.set("dim", 7);
        QCOMPARE(softmax.dim(), int64_t(7));
        QVERIFY_THROWS_EXCEPTION(DimensionError, forward(softmax, Tensor({2, 3})));
    }

    // A rule across parameters refuses with PyTorch's words and keeps the old value.
    void rulesAcrossParametersAreChecked()
    {
        Activation hardtanh = Activation::named("hardtanh");
        hardtanh.set("max_val", 1.0);
        hardtanh.set("min_val", 1.0); // equal bounds: F.hardtanh takes them
        try {
            hardtanh.set("min_val", 2.0);
            QFAIL("min_val above max_val was taken");
        } catch (const ParameterError &e) {
            QCOMPARE(QString::fromLatin1(e.what()),
                QStringLiteral("max_val must be greater than min_val"));
        }
        QCOMPARE(hardtanh.value("min_val"), 1.0);
        Activation softshrink = Activation::named("softshrink");
        try {
            softshrink.set("lambd", -0.5);
            QFAIL("a negative lambd was taken");
        } catch (const ParameterError &e) {
            QCOMPARE(QString::fromLatin1(e.what()),
                QStringLiteral("lambda must be greater or equal to 0, but found to be -0.5."));
        }
        QCOMPARE(softshrink.value("lambd"), 0.5);
        Activation hardshrink = Activation::named("hardshrink");
        hardshrink.set("lambd", -0.5); // F.hardshrink has no such rule
    }

    void everyParameterHasASaneSliderRange()
    {
        for (const ActivationSpec &spec : activationRegistry())
            for (const ParameterSpec &p : spec.parameters) {
                QVERIFY2(p.minimum <= p.sliderMinimum && p.sliderMaximum <= p.maximum, p.name);
                QVERIFY2(
                    p.sliderMinimum <= p.defaultValue && p.defaultValue <= p.sliderMaximum, p.name);
                QVERIFY2(p.fineStep > 0 && p.coarseStep >= p.fineStep, p.name);
                QVERIFY2(p.description && *p.description, p.name);
                QCOMPARE(p.type == ParameterType::Choice, !p.choices.empty());
            }
    }

    // One row per kind, every row with its kernels and a parameter list the Activation can hold.
    void everyRowIsWhole()
    {
        std::set<ActivationKind> kinds;
        for (const ActivationSpec &spec : activationRegistry()) {
            QVERIFY2(kinds.insert(spec.kind).second, spec.functionalName);
            QVERIFY2(spec.forward && spec.backward, spec.functionalName);
            QVERIFY2(spec.parameters.size() <= Activation::kMaxParameters, spec.functionalName);
            QVERIFY2(spec.pythonFunction && spec.traits.outputRange, spec.functionalName);
            // Dim-wise: along `dim`, or (Softmax2d) along its fixed dim -3.
            QVERIFY2(spec.isElementwise() || spec.parameter("dim")
                    || spec.kind == ActivationKind::Softmax2d,
                spec.functionalName);
            QCOMPARE(&specOf(spec.kind), &spec);
            QCOMPARE(&Activation(spec).spec(), &spec);
        }
        QCOMPARE(findActivation("leaky_relu")->parameters.front().cliOption(),
            std::string("negative-slope"));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
