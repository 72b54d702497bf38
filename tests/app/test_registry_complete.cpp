// Every row of the registry is a whole activation: PyTorch fixtures that test it, both formula
// SVGs, its texts, its parameters' tooltips and its group in both languages. Adding a row without
// one of them fails here (the kernels and traits are checked by test_registry, the switches over
// kinds by -Werror=switch, and the bench iterates the registry).

#include "app/activation_texts.h"
#include "io/pytorch_code.h"
#include "core/activation.h"
#include "gui_support.h"
#include "support/fixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace al;

class TestRegistryComplete : public QObject {
    Q_OBJECT

    QSet<QString> fixtureNames;
    QTranslator chinese;

private slots:
    void initTestCase()
    {
        for (const char *file :
            {"activations_elementwise.json", "activations_softmax.json", "activations_more.json"})
            for (const QJsonValue &c : fixtures::load(file).array())
                fixtureNames << c.toObject()[QStringLiteral("name")].toString();
        QVERIFY(chinese.load(QStringLiteral(":/i18n/activation_lab_zh_CN.qm")));
    }

    void everyRowIsComplete_data()
    {
        QTest::addColumn<QString>("name");
        for (const ActivationSpec &spec : activationRegistry())
            QTest::newRow(spec.functionalName) << QString::fromLatin1(spec.functionalName);
    }
    void everyRowIsComplete()
    {
        QFETCH(QString, name);
        const ActivationSpec &spec = *findActivation(name.toStdString());
        QVERIFY2(fixtureNames.contains(name), "no PyTorch fixture");
        for (const QString &formula : {name, name + QStringLiteral("_grad")}) {
            QFile svg(QStringLiteral(":/formulas/%1.svg").arg(formula));
            QVERIFY2(svg.open(QIODevice::ReadOnly),
                qPrintable(formula + QStringLiteral(".svg is missing")));
            // Qt's renderer (SVG Tiny) drops a nested <svg> and all after it: a tall brace's
            // pieces must be groups (make_formulas.mjs flattens them).
            QVERIFY2(svg.readAll().count("<svg") == 1, qPrintable(formula));
        }

        const ActivationTexts *texts = textsFor(spec.functionalName);
        QVERIFY2(texts, "no texts");
        // The family the pickers list it under (activation_texts.cpp's group table).
        const char *group = groupOf(spec.functionalName);
        QVERIFY2(group, "no group: add it to the group table in activation_texts.cpp");
        QStringList english;
        for (const char *text :
            {texts->strengths, texts->weaknesses, texts->typicalUse, texts->phenomenon}) {
            QVERIFY(text && *text);
            english << translatedText(text);
        }
        for (const ParameterSpec &p : spec.parameters) {
            QVERIFY2(!parameterHelp(spec.functionalName, p.name).isEmpty(), p.name);
            english << parameterHelp(spec.functionalName, p.name);
        }
        english << translatedText(group);
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QStringList translated;
        for (const char *text :
            {texts->strengths, texts->weaknesses, texts->typicalUse, texts->phenomenon})
            translated << translatedText(text);
        for (const ParameterSpec &p : spec.parameters)
            translated << parameterHelp(spec.functionalName, p.name);
        translated << translatedText(group);
        QCoreApplication::removeTranslator(&chinese);
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(translated[i] != english[i], qPrintable(english[i]));

        // The code panel names the module and the function PyTorch has.
        const Activation activation(spec);
        QVERIFY(moduleCode(activation).startsWith(QStringLiteral("nn.") + spec.moduleName));
        QVERIFY(functionalCode(activation, QStringLiteral("x"))
                    .startsWith(QLatin1String(spec.pythonFunction) + QStringLiteral("(x")));
    }
};

QTEST_MAIN(TestRegistryComplete)
#include "test_registry_complete.moc"
