// activation-lab-cli run end to end, as a user runs it.

#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <sys/resource.h>

// AddressSanitizer reserves terabytes of address space: no address-space limit can hold there.
#if defined(__SANITIZE_ADDRESS__)
#define AL_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AL_SANITIZED 1
#endif
#endif

struct CliResult {
    int exitCode;
    QByteArray out, err;
};

// With addressSpace, the CLI runs with at most that many bytes of address space (RLIMIT_AS),
// libraries and all; not under sanitizers.
static CliResult runCli(
    const QStringList &arguments, const QByteArray &stdinData = {}, rlim_t addressSpace = 0)
{
    QProcess process;
#ifndef AL_SANITIZED
    if (addressSpace) {
        // In the C locale: a locale archive mapped in would count against the limit too.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([addressSpace] {
            const rlimit limit {addressSpace, addressSpace};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
#else
    Q_UNUSED(addressSpace);
#endif
    process.start(QStringLiteral(CLI_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("activation-lab-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    // A fixture's tensor, or a bare number for rank 0, as JSON (QJsonDocument would write -0.0 as
    // 0; non-finite numbers are the fixtures' strings, which Python's json writes as NaN etc.).
    static QByteArray asJson(const QJsonValue &value)
    {
        if (value.isArray()) {
            QByteArrayList items;
            for (const QJsonValue &item : value.toArray())
                items << asJson(item);
            return '[' + items.join(", ") + ']';
        }
        const QString text = value.toString();
        if (value.isString()) // fixtures::load's "-0", "nan", "inf", "-inf"
            return text == "-0" ? "-0.0"
                : text == "nan" ? "NaN"
                : text == "inf" ? "Infinity"
                                : "-Infinity";
        return QByteArray::number(value.toDouble(), 'g', 17);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    // The train command for a fixture case: its data set as a file, its options.
    QStringList trainArguments(const QJsonObject &c)
    {
        QStringList hidden, activations;
        for (const QJsonValue &size : c["hidden"].toArray())
            hidden << QString::number(size.toInt());
        for (const QJsonValue &name : c["activations"].toArray())
            activations << name.toString();
        QStringList arguments {"train", "--data",
            writeFile(QStringLiteral("data.json"), QJsonDocument(c["data"].toObject()).toJson()),
            "--hidden-sizes", hidden.join(','), "--activations", activations.join(','), "--seed",
            QString::number(c["seed"].toInteger()), "--optimizer", c["optimizer"].toString(),
            "--lr", QString::number(c["lr"].toDouble(), 'g', 17), "--batch-size",
            QString::number(c["batch_size"].toInteger()), "--steps",
            QString::number(c["steps"].toInteger())};
        if (c["momentum"].toDouble() != 0)
            arguments << "--momentum" << QString::number(c["momentum"].toDouble(), 'g', 17);
        if (c["weight_decay"].toDouble() != 0)
            arguments << "--weight-decay" << QString::number(c["weight_decay"].toDouble(), 'g', 17);
        const QJsonObject parameters = c["parameters"].toObject();
        for (auto p = parameters.begin(); p != parameters.end(); ++p)
            arguments << "--" + QString(p.key()).replace('_', '-')
                      << QString::number(p.value().toDouble(), 'g', 17);
        return arguments;
    }

    // The mlp command for a fixture case (the seed network, or its state dict and input), its
    // targets and hidden activations, and `extra` options.
    QJsonObject runMlp(const QJsonObject &c, const QStringList &extra)
    {
        QStringList arguments {"mlp", "--targets",
            writeFile(
                QStringLiteral("targets.json"), QJsonDocument(c["targets"].toArray()).toJson())};
        QStringList hidden;
        for (const QJsonValue &name : c["hidden"].toArray())
            hidden << name.toString();
        if (!hidden.isEmpty())
            arguments << "--hidden-activations" << hidden.join(',');
        if (c["negative_slope"].isDouble())
            arguments << "--negative-slope" << QString::number(c["negative_slope"].toDouble());
        if (c.contains("seed"))
            arguments << "--seed" << QString::number(c["seed"].toInt());
        else
            arguments << "--weights"
                      << writeFile(QStringLiteral("weights.json"),
                             QJsonDocument(c["state_dict"].toObject()).toJson())
                      << "--input"
                      << writeFile(QStringLiteral("input.json"),
                             QJsonDocument(c["input"].toArray()).toJson());
        const CliResult r = runCli(arguments + extra);
        if (r.exitCode != 0)
            qFatal("mlp failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    static QJsonArray shapeOf(const al::Tensor &t)
    {
        QJsonArray shape;
        for (int64_t extent : t.shape())
            shape << qint64(extent);
        return shape;
    }

private slots:
    void evalReadsStdinAndGivesOutputAndGradient()
    {
        const CliResult r = runCli({"eval", "--activation", "relu"}, "[[-1, 0, 2.5]]");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result["shape"].toArray(), QJsonArray({1, 3}));
        QCOMPARE(fixtures::tensor(result["output"]), al::Tensor({1, 3}, {0.0f, 0.0f, 2.5f}));
        QCOMPARE(fixtures::tensor(result["grad_input"]), al::Tensor({1, 3}, {0.0f, 0.0f, 1.0f}));
    }

    // Every softmax and log_softmax fixture case, through files, equals PyTorch.
    void evalAgreesWithPyTorch()
    {
        const QJsonArray cases = fixtures::load("activations_softmax.json").array();
        int checked = 0;
        for (qsizetype i = 0; i < cases.size(); i += 7) {
            const QJsonObject c = cases[i].toObject();
            const QString input = writeFile("input.json", asJson(c["input"]));
            const QString grad = writeFile("grad.json", asJson(c["grad_output"]));
            const CliResult r = runCli({"eval", "--activation", c["name"].toString(), "--dim",
                QString::number(c["params"].toObject()["dim"].toInt()), "--input", input,
                "--grad-output", grad});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            // Read as Python reads it: Qt's own reader turns -0.0 into an integer 0.
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["output"]), fixtures::tensor(c["output"]), 4, 4e-7f);
            AL_COMPARE_TENSORS(fixtures::tensor(result["grad_input"]),
                fixtures::tensor(c["grad_input"]), 4, 4e-7f);
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    // Every elementwise activation with PyTorch's keywords as options (True, 'tanh', numbers), bit
    // for bit.
    void elementwiseEvalAgreesWithPyTorch()
    {
        const QJsonArray cases = fixtures::load("activations_elementwise.json").array();
        QSet<QString> names;
        for (qsizetype i = 0; i < cases.size(); i += 3) {
            const QJsonObject c = cases[i].toObject();
            QStringList arguments {"eval", "--activation", c["name"].toString()};
            const QJsonObject params = c["params"].toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                arguments << QStringLiteral("--") + QString(it.key()).replace('_', '-')
                          << (it->isBool()            ? QString(it->toBool() ? "true" : "false")
                                     : it->isString() ? it->toString()
                                                      : QString::number(it->toDouble(), 'g', 17));
            arguments << "--input" << writeFile("input.json", asJson(c["input"])) << "--grad-output"
                      << writeFile("grad.json", asJson(c["grad_output"]));
            const CliResult r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["output"]), fixtures::tensor(c["output"]), 0, 0.0f);
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["grad_input"]), fixtures::tensor(c["grad_input"]), 0, 0.0f);
            names << c["name"].toString();
        }
        QVERIFY(names.size() >= 20);
    }

    // Issue 14's rows through the CLI: GLU's grad_output has the output's (halved) shape, RReLU
    // draws from --seed, PReLU's one weight; softmin and Softmax2d backward within softmax's
    // budget, the rest bit for bit.
    void moreEvalAgreesWithPyTorch()
    {
        const QJsonArray cases = fixtures::load("activations_more.json").array();
        QSet<QString> names;
        for (qsizetype i = 0; i < cases.size(); i += 5) {
            const QJsonObject c = cases[i].toObject();
            const QString name = c["name"].toString();
            QStringList arguments {"eval", "--activation", name};
            const QJsonObject params = c["params"].toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                arguments << QStringLiteral("--") + QString(it.key()).replace('_', '-')
                          << (it->isBool() ? QString(it->toBool() ? "true" : "false")
                                           : QString::number(it->toDouble(), 'g', 17));
            arguments << "--input" << writeFile("input.json", asJson(c["input"])) << "--grad-output"
                      << writeFile("grad.json", asJson(c["grad_output"]));
            const CliResult r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            const bool softmaxLike = name == "softmin" || name == "softmax2d";
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["output"]), fixtures::tensor(c["output"]), 0, 0.0f);
            AL_COMPARE_TENSORS(fixtures::tensor(result["grad_input"]),
                fixtures::tensor(c["grad_input"]), softmaxLike ? 16 : 0,
                softmaxLike ? 4e-7f : 0.0f);
            QCOMPARE(result["shape"].toArray(), shapeOf(fixtures::tensor(c["output"])));
            names << name;
        }
        QCOMPARE(names.size(), 5);
    }

    // --weight as a JSON array: one weight per channel; the output adds grad_weight.
    void preluChannelWeightsAgreeWithPyTorch()
    {
        int checked = 0;
        for (const QJsonValue &value : fixtures::load("prelu.json").object()["cases"].toArray()) {
            const QJsonObject c = value.toObject();
            const CliResult r = runCli({"eval", "--activation", "prelu", "--weight",
                QString::fromUtf8(asJson(c["weight"])), "--input",
                writeFile("input.json", asJson(c["input"])), "--grad-output",
                writeFile("grad.json", asJson(c["grad_output"]))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["output"]), fixtures::tensor(c["output"]), 0, 0.0f);
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["grad_input"]), fixtures::tensor(c["grad_input"]), 0, 0.0f);
            AL_COMPARE_TENSORS(fixtures::tensor(result["grad_weight"]),
                fixtures::tensor(c["grad_weight"]), 0, 0.0f);
            ++checked;
        }
        QVERIFY(checked > 10);
        // One number: the registry's parameter, and its gradient too.
        const CliResult r
            = runCli({"eval", "--activation", "prelu", "--weight", "0.5"}, "[-2, 3, -1]");
        QCOMPARE(r.out,
            QByteArray("{\"shape\": [3], \"output\": [-1, 3, -0.5], \"grad_input\": [0.5, 1, "
                       "0.5], \"grad_weight\": [-3]}\n"));
    }

    void mlpPrintsPyTorchsStages()
    {
        const QJsonObject fixture = fixtures::load("mlp_seed42.json").object();
        const CliResult r = runCli({"mlp", "--seed", "42"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray stages = QJsonDocument::fromJson(r.out).object()["stages"].toArray();
        const QJsonArray expected = fixture["stages"].toArray();
        QCOMPARE(stages.size(), expected.size());
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QCOMPARE(stages[i].toObject()["name"], expected[i].toObject()["name"]);
            AL_COMPARE_TENSORS(fixtures::tensor(stages[i].toObject()["output"]),
                fixtures::tensor(expected[i].toObject()["output"]), 4, 1e-5f);
        }
    }

    void mlpTakesAStateDictAndAnInput()
    {
        const QJsonObject fixture = fixtures::load("mlp_seed1.json").object();
        const QString weights
            = writeFile("weights.json", QJsonDocument(fixture["state_dict"].toObject()).toJson());
        const QString input
            = writeFile("x.json", QJsonDocument(fixture["input"].toArray()).toJson());
        const CliResult r = runCli(
            {"mlp", "--weights", weights, "--input", input, "--hidden-activations", "relu,tanh"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray stages = QJsonDocument::fromJson(r.out).object()["stages"].toArray();
        AL_COMPARE_TENSORS(fixtures::tensor(stages.last().toObject()["output"]),
            fixtures::tensor(fixture["stages"].toArray().last().toObject()["output"]), 4, 1e-5f);

        const CliResult leaky = runCli({"mlp", "--weights", weights, "--hidden-activations",
            "leaky_relu,sigmoid", "--negative-slope", "0.2"});
        QVERIFY2(leaky.exitCode == 0, leaky.err.constData());
        QVERIFY(leaky.out.contains("\"name\": \"leaky_relu\""));
        QVERIFY(leaky.out.contains("\"name\": \"sigmoid\""));
    }

    // --targets, --backward: the loss, every parameter's gradient and every stage's up to the
    // logits, bit for bit as PyTorch's autograd, for the seed network and state dicts.
    void mlpGivesPyTorchsGradients()
    {
        const QJsonArray cases = fixtures::load("mlp_backward.json").array();
        QVERIFY(cases.size() >= 9);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QJsonObject result = runMlp(c, {"--backward"});
            AL_COMPARE_TENSORS(fixtures::tensor(result["loss"]), fixtures::tensor(c["loss"]), 0, 0);
            const QJsonObject grads = result["grads"].toObject();
            QCOMPARE(grads.keys(), c["grads"].toObject().keys());
            for (const QString &key : grads.keys())
                AL_COMPARE_TENSORS(fixtures::tensor(grads[key]),
                    fixtures::tensor(c["grads"].toObject()[key]), 0, 0);
            // The stages' names, from the input to the logits: every stage but softmax.
            const QJsonArray stages = result["stages"].toArray();
            const QJsonArray stageGrads = result["stage_grads"].toArray();
            const QJsonArray expected = c["stage_grads"].toArray();
            QCOMPARE(stageGrads.size(), expected.size());
            QCOMPARE(stages.size(), stageGrads.size() + 1);
            QCOMPARE(stages.last()["name"].toString(), QStringLiteral("softmax"));
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(stageGrads[i]["name"], expected[i]["name"]);
                QCOMPARE(stageGrads[i]["name"], stages[i]["name"]);
                AL_COMPARE_TENSORS(fixtures::tensor(stageGrads[i]["grad"]),
                    fixtures::tensor(expected[i]["grad"]), 0, 0);
            }
            QVERIFY(!result.contains("losses") && !result.contains("state_dict"));
        }
    }

    // --targets alone adds the loss and nothing else; without it the document is as before.
    void mlpTargetsAloneAddTheLoss()
    {
        const QString targets = writeFile(QStringLiteral("targets.json"), "[0, 3, 1, 4]");
        const CliResult r = runCli({"mlp", "--targets", targets});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.keys(), QStringList({"loss", "stages"}));
        const QJsonObject fixture = fixtures::load("mlp_backward.json").array()[0].toObject();
        AL_COMPARE_TENSORS(
            fixtures::tensor(result["loss"]), fixtures::tensor(fixture["loss"]), 0, 0);
        const CliResult plain = runCli({"mlp"});
        QVERIFY(plain.out.endsWith("}\n]}\n"));
        QCOMPARE(QJsonDocument::fromJson(plain.out).object().keys(), QStringList({"stages"}));
    }

    // --sgd-steps: torch.optim.SGD's losses and final state dict, bit for bit, with and without
    // momentum; the state dict reads back with --weights.
    void mlpTrainsWithPyTorchsSgd()
    {
        const QJsonArray cases = fixtures::load("mlp_sgd.json").object()["cases"].toArray();
        QVERIFY(cases.size() >= 5);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QJsonObject result = runMlp(c,
                {"--sgd-steps", QString::number(c["steps"].toInt()), "--lr",
                    QString::number(c["lr"].toDouble(), 'g', 17), "--momentum",
                    QString::number(c["momentum"].toDouble(), 'g', 17)});
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["losses"]), fixtures::tensor(c["losses"]), 0, 0);
            const QJsonObject after = result["state_dict"].toObject();
            const QJsonObject expected = c["state_dict_after"].toObject();
            QCOMPARE(after.keys(), expected.keys());
            for (const QString &key : after.keys())
                AL_COMPARE_TENSORS(
                    fixtures::tensor(after[key]), fixtures::tensor(expected[key]), 0, 0);
            QVERIFY(!result.contains("grads"));
        }
        // The trained state dict is a --weights file.
        const QJsonObject c = cases[1].toObject();
        const QJsonObject trained
            = runMlp(c, {"--sgd-steps", "6", "--lr", "0.1", "--momentum", "0.9"});
        const QString weights = writeFile(QStringLiteral("trained.json"),
            QJsonDocument(trained["state_dict"].toObject()).toJson());
        const CliResult again = runCli({"mlp", "--weights", weights, "--seed", "0"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }

    // The data sets, bit for bit as the fixture's Python recipes give them.
    void datasetPrintsTheRecipesPoints()
    {
        const QJsonArray cases = fixtures::load("datasets.json").array();
        QVERIFY(cases.size() >= 12);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const CliResult r = runCli({"dataset", "--name", c["name"].toString(), "--points",
                QString::number(c["points"].toInteger()), "--noise",
                QString::number(c["noise"].toDouble(), 'g', 17), "--seed",
                QString::number(c["seed"].toInteger()), "--classes",
                QString::number(c["classes"].toInt())});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            QCOMPARE(result.keys(), QStringList({"x", "y"}));
            AL_COMPARE_TENSORS(fixtures::tensor(result["x"]), fixtures::tensor(c["x"]), 0, 0);
            QCOMPARE(result["y"].toArray(), c["y"].toArray());
        }
        // The defaults: 200 points, no noise, seed 0.
        const CliResult defaults = runCli({"dataset", "--name", "moons"});
        QCOMPARE(defaults.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(defaults.out).object()["y"].toArray().size(), 200);
        QCOMPARE(defaults.out,
            runCli({"dataset", "--name", "moons", "--points", "200", "--noise", "0", "--seed", "0"})
                .out);
    }

    // train: PyTorch's losses and final state dict, bit for bit, with SGD and Adam; the data
    // file is what dataset prints, the state dict what mlp --weights reads.
    void trainGivesPyTorchsLosses()
    {
        const QJsonArray cases = fixtures::load("train.json").object()["cases"].toArray();
        QCOMPARE(cases.size(), 11);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            if (c.contains("features"))
                continue; // the app's input features: the CLI's data are points
            const QStringList arguments = trainArguments(c);
            const CliResult r = runCli(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result
                = QJsonDocument::fromJson(al::io::pythonNumbersToJson(r.out)).object();
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["losses"]), fixtures::tensor(c["losses"]), 0, 0);
            QCOMPARE(result["diverged_at"], c["diverged_at"]);
            const QJsonObject after = result["state_dict"].toObject();
            const QJsonObject expected = c["state_dict"].toObject();
            QCOMPARE(after.keys(), expected.keys());
            for (const QString &key : after.keys())
                AL_COMPARE_TENSORS(
                    fixtures::tensor(after[key]), fixtures::tensor(expected[key]), 0, 0);
            if (c["hidden"].toArray().isEmpty() || c.contains("diverged_at"))
                continue;
            // The trained network is a --weights file.
            QStringList hidden;
            for (const QJsonValue &name : c["activations"].toArray())
                hidden << name.toString();
            const CliResult again = runCli({"mlp", "--weights",
                writeFile(QStringLiteral("trained.json"), QJsonDocument(after).toJson()),
                "--hidden-activations", hidden.join(',')});
            QVERIFY2(again.exitCode == 0, again.err.constData());
        }
    }

    // --export-script: a Python program with the data inline (make_fixtures.py runs those of the
    // fixture's cases under PyTorch when ACTIVATION_LAB_CLI names the CLI); special files are
    // refused as the app's exports refuse them, before any work.
    void trainExportsAScript()
    {
        const QJsonObject c
            = fixtures::load("train.json").object()["cases"].toArray()[7].toObject();
        const QString path = dir_.filePath(QStringLiteral("train %1.py"));
        const CliResult r = runCli(trainArguments(c) + QStringList {"--export-script", path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray script = file.readAll();
        for (const char *line : {"torch.manual_seed(9)\n", "(\"fc1\", nn.Linear(2, 4)),\n",
                 "(\"act6\", nn.LeakyReLU(negative_slope=0.2)),\n", "(\"fc7\", nn.Linear(4, 2)),\n",
                 "opt = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.0001)\n",
                 "B = 30\n", "for k in range(100):\n", "--export-script '"})
            QVERIFY2(script.contains(line), line);
        // Every coordinate exactly, as the double of its float32.
        const QJsonArray x = c["data"].toObject()["x"].toArray();
        const int at = script.indexOf("X = [[") + 6;
        QVERIFY(at > 6);
        const double first = script.mid(at, script.indexOf(',', at) - at).toDouble();
        QCOMPARE(first, double(float(x[0][0].toDouble())));
        QVERIFY(script.contains("Y = [0, 1, 0, 1"));

        for (const QString &target : {QStringLiteral("/dev/null"), dir_.path(),
                 dir_.filePath(QStringLiteral("missing/train.py"))}) {
            const CliResult refused
                = runCli(trainArguments(c) + QStringList {"--export-script", target});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.out.isEmpty());
            QVERIFY2(refused.err.contains(target.toUtf8()), refused.err.constData());
        }
    }

    // The deep stack's per-layer figures, bit for bit as PyTorch's.
    void deepGivesPyTorchsFigures()
    {
        const QJsonArray cases = fixtures::load("deep_stack.json").array();
        QVERIFY(cases.size() >= 30);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const CliResult r = runCli({"deep", "--activation", c["activation"].toString(),
                "--depth", QString::number(c["depth"].toInt()), "--width",
                QString::number(c["width"].toInt()), "--batch", QString::number(c["batch"].toInt()),
                "--seed", QString::number(c["seed"].toInt()), "--init", c["init"].toString(),
                "--weight-scale", QString::number(c["weight_scale"].toDouble(), 'g', 17)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject result = QJsonDocument::fromJson(r.out).object();
            AL_COMPARE_TENSORS(fixtures::tensor(result["loss"]), fixtures::tensor(c["loss"]), 0, 0);
            const QJsonArray layers = result["layers"].toArray();
            const QJsonArray expected = c["layers"].toArray();
            QCOMPARE(layers.size(), expected.size());
            for (qsizetype i = 0; i < layers.size(); ++i) {
                QStringList keys = expected[i].toObject().keys();
                keys.removeOne(QStringLiteral("quantiles")); // the app's picture, not the CLI's
                QCOMPARE(layers[i].toObject().keys(), keys);
                for (const QString &key : layers[i].toObject().keys())
                    if (key != QLatin1String("name"))
                        AL_COMPARE_TENSORS(fixtures::tensor(layers[i][key]),
                            fixtures::tensor(expected[i][key]), 0, 0);
                QCOMPARE(layers[i]["name"], expected[i]["name"]);
            }
        }
        // An activation's parameters, as eval takes them.
        const CliResult leaky = runCli({"deep", "--activation", "leaky_relu", "--negative-slope",
            "0.3", "--depth", "2", "--width", "8", "--batch", "3"});
        const CliResult plain = runCli(
            {"deep", "--activation", "leaky_relu", "--depth", "2", "--width", "8", "--batch", "3"});
        QCOMPARE(leaky.exitCode, 0);
        QVERIFY(leaky.out != plain.out);
    }

    void tablePrintsCsv()
    {
        const CliResult r = runCli(
            {"table", "--activation", "sigmoid", "--from", "-2", "--to", "2", "--points", "5"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QByteArray("x,y,dy"));
        QCOMPARE(lines[3], QByteArray("0,0.5,0.25"));
        const CliResult leaky = runCli(
            {"table", "--activation", "leaky_relu", "--negative-slope", "0.5", "--points", "3"});
        QCOMPARE(leaky.out, QByteArray("x,y,dy\n-6,-3,0.5\n0,0,0.5\n6,6,1\n"));
    }

    void errorsAreOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList {} << QByteArray() << "no command";
        QTest::newRow("unknown command")
            << QStringList {"plot"} << QByteArray() << "unknown command";
        QTest::newRow("no activation")
            << QStringList {"eval"} << QByteArray("[1]") << "--activation";
        QTest::newRow("unknown activation") << QStringList {"eval", "--activation", "swish"}
                                            << QByteArray("[1]") << "unknown activation \"swish\"";
        QTest::newRow("dim out of range")
            << QStringList {"eval", "--activation", "softmax", "--dim", "2"}
            << QByteArray("[[1, 2]]")
            << "Dimension out of range (expected to be in range of [-2, 1], but got 2)";
        QTest::newRow("glu odd") << QStringList {"eval", "--activation", "glu"}
                                 << QByteArray("[[1, 2, 3]]")
                                 << "Halving dimension must be even, but dimension 1 is size 3";
        QTest::newRow("glu scalar")
            << QStringList {"eval", "--activation", "glu"} << QByteArray("2")
            << "glu does not support scalars because halving size";
        QTest::newRow("softmax2d 2-D")
            << QStringList {"eval", "--activation", "softmax2d"} << QByteArray("[[1, 2]]")
            << "Softmax2d requires a 3D or 4D tensor as input";
        QTest::newRow("rrelu bounds")
            << QStringList {"eval", "--activation", "rrelu", "--lower", "0.5", "--upper", "0.1"}
            << QByteArray("[1]") << "Lower bound should be less than or equal to the upper bound";
        QTest::newRow("rrelu seed negative")
            << QStringList {"eval", "--activation", "rrelu", "--seed", "-1"} << QByteArray("[1]")
            << "seed must be an integer from 0";
        QTest::newRow("prelu channels")
            << QStringList {"eval", "--activation", "prelu", "--weight", "[0.1, 0.2, 0.3]"}
            << QByteArray("[[1, 2]]")
            << "Mismatch of parameter numbers and input channel size. Found parameter numbers = 3 "
               "and channel size = 2.";
        QTest::newRow("prelu weight nested")
            << QStringList {"eval", "--activation", "prelu", "--weight", "[[0.1]]"}
            << QByteArray("[[1, 2]]") << "--weight needs a number or a flat JSON array";
        QTest::newRow("prelu weight for relu")
            << QStringList {"eval", "--activation", "relu", "--weight", "[0.1]"}
            << QByteArray("[1]") << "relu has no parameter 'weight'";
        QTest::newRow("deep random rrelu")
            << QStringList {"deep", "--activation", "rrelu", "--training", "true"} << QByteArray()
            << "deep needs a deterministic activation";
        QTest::newRow("mlp prelu") << QStringList {"mlp", "--hidden-activations", "prelu,relu"}
                                   << QByteArray() << "prelu cannot be a hidden activation";
        QTest::newRow("dim for relu") << QStringList {"eval", "--activation", "relu", "--dim", "0"}
                                      << QByteArray("[1]") << "relu has no parameter 'dim'";
        QTest::newRow("slope not a number")
            << QStringList {"eval", "--activation", "leaky_relu", "--negative-slope", "abc"}
            << QByteArray("[1]") << "--negative-slope needs a finite number";
        QTest::newRow("slope absurd")
            << QStringList {"eval", "--activation", "leaky_relu", "--negative-slope", "1e9"}
            << QByteArray("[1]") << "negative_slope must be a number from -1000 to 1000";
        QTest::newRow("bad json") << QStringList {"eval", "--activation", "relu"}
                                  << QByteArray("[1,") << "input: invalid JSON";
        QTest::newRow("ragged") << QStringList {"eval", "--activation", "relu"}
                                << QByteArray("[[1],[1,2]]") << "ragged array at [1]";
        QTest::newRow("missing file")
            << QStringList {"eval", "--activation", "relu", "--input", "/nonexistent.json"}
            << QByteArray() << "cannot open /nonexistent.json";
        QTest::newRow("unknown option")
            << QStringList {"eval", "--activation", "relu", "--frobnicate"} << QByteArray("[1]")
            << "frobnicate";
        QTest::newRow("extra argument") << QStringList {"table", "--activation", "relu", "extra"}
                                        << QByteArray() << "unexpected argument";
        QTest::newRow("table of softmax")
            << QStringList {"table", "--activation", "softmax"} << QByteArray() << "elementwise";
        QTest::newRow("one point") << QStringList {"table", "--activation", "relu", "--points", "1"}
                                   << QByteArray() << "--points needs an integer from 2 to 100000";
        QTest::newRow("empty range")
            << QStringList {"table", "--activation", "relu", "--from", "1", "--to", "1"}
            << QByteArray() << "--from must be less than --to";
        QTest::newRow("softmax hidden")
            << QStringList {"mlp", "--hidden-activations", "relu,softmax"} << QByteArray()
            << "not elementwise";
        QTest::newRow("too few hidden") << QStringList {"mlp", "--hidden-activations", "relu"}
                                        << QByteArray() << "3 layers need 2 hidden activations";
        QTest::newRow("negative seed")
            << QStringList {"mlp", "--seed", "-1"} << QByteArray() << "--seed needs an integer";
        QTest::newRow("bad weights")
            << QStringList {"mlp", "--weights", "/dev/null"} << QByteArray() << "invalid JSON";
        // Options are checked whatever else is given (here: no leaky_relu layer takes it).
        QTest::newRow("absurd slope without a leaky layer")
            << QStringList {"mlp", "--negative-slope", "5000"} << QByteArray()
            << "negative_slope must be a number from -1000 to 1000";
        // The grid's steps would overflow to inf.
        QTest::newRow("table beyond the range")
            << QStringList {"table", "--activation", "relu", "--from", "-1e308", "--to", "1e308"}
            << QByteArray() << "within ±1000000";
        QTest::newRow("tanh has no slope")
            << QStringList {"eval", "--activation", "tanh", "--negative-slope", "0.1"}
            << QByteArray("[1]") << "tanh has no parameter 'negative_slope'";
        QTest::newRow("hardtanh bounds crossed")
            << QStringList {"eval", "--activation", "hardtanh", "--min-val", "2", "--max-val", "1"}
            << QByteArray("[1]") << "max_val must be greater than min_val";
        QTest::newRow("softshrink negative lambd")
            << QStringList {"eval", "--activation", "softshrink", "--lambd", "-0.5"}
            << QByteArray("[1]") << "lambda must be greater or equal to 0, but found to be -0.5.";
        QTest::newRow("gelu approximate unknown")
            << QStringList {"eval", "--activation", "gelu", "--approximate", "fast"}
            << QByteArray("[1]") << "--approximate needs one of none, tanh";
        QTest::newRow("celu alpha 0") << QStringList {"eval", "--activation", "celu", "--alpha",
            "0"} << QByteArray("[1]") << "alpha cannot be 0 for CELU";
        QTest::newRow("elu inplace negative alpha")
            << QStringList {"eval", "--activation", "elu", "--alpha", "-1", "--inplace", "true"}
            << QByteArray("[1]")
            << "In-place elu backward calculation is triggered with a negative";
        QTest::newRow("leaky_relu inplace negative slope") << QStringList {"eval", "--activation",
            "leaky_relu", "--negative-slope", "-0.5", "--inplace",
            "true"} << QByteArray("[1]") << "In-place leakyReLu backward calculation";
        QTest::newRow("softplus has no alpha")
            << QStringList {"eval", "--activation", "softplus", "--alpha", "1"} << QByteArray("[1]")
            << "softplus has no parameter 'alpha'";
        QTest::newRow("inplace not a flag")
            << QStringList {"eval", "--activation", "relu", "--inplace", "maybe"}
            << QByteArray("[1]") << "--inplace needs true or false";
        // Targets: a JSON array of class indices, one per row (the seed network: 4 rows, 5
        // classes), as F.cross_entropy takes them.
        int files = 0;
        const auto targets = [&](const QByteArray &json) {
            return QStringList {
                "mlp", "--targets", writeFile(QStringLiteral("t%1.json").arg(++files), json)};
        };
        QTest::newRow("targets not JSON")
            << targets("[0, 1") << QByteArray() << "targets: invalid JSON";
        QTest::newRow("targets not an array")
            << targets("{\"t\": [0]}") << QByteArray() << "targets: expected a JSON array";
        QTest::newRow("too few targets")
            << targets("[0, 1, 2]") << QByteArray()
            << "Expected input batch_size (4) to match target batch_size (3).";
        QTest::newRow("too many targets")
            << targets("[0, 1, 2, 3, 4]") << QByteArray()
            << "Expected input batch_size (4) to match target batch_size (5).";
        QTest::newRow("target beyond the classes")
            << targets("[0, 1, 5, 3]") << QByteArray() << "Target 5 is out of bounds.";
        QTest::newRow("negative target")
            << targets("[0, -1, 2, 3]") << QByteArray() << "Target -1 is out of bounds.";
        QTest::newRow("ignore_index")
            << targets("[0, 1, -100, 3]") << QByteArray() << "Target -100 is out of bounds.";
        QTest::newRow("fractional target") << targets("[0, 1.5, 2, 3]") << QByteArray()
                                           << "[1] is not a class index (an integer): 1.5";
        QTest::newRow("string target") << targets("[0, 1, \"a\", 3]") << QByteArray()
                                       << "[2] is not a class index (an integer): \"a\"";
        QTest::newRow("boolean target") << targets("[true, 1, 2, 3]") << QByteArray()
                                        << "[0] is not a class index (an integer): true";
        QTest::newRow("nested target") << targets("[[0], 1, 2, 3]") << QByteArray()
                                       << "[0] is not a class index (an integer): [0]";
        QTest::newRow("float-typed target")
            << targets("[0, 1.0, 2, 3]") << QByteArray() << "class indices are integers";
        QTest::newRow("exponent target")
            << targets("[0, 1, 2e0, 3]") << QByteArray() << "class indices are integers";
        QTest::newRow("targets missing") << QStringList {"mlp", "--targets", "/nonexistent.json"}
                                         << QByteArray() << "cannot open /nonexistent.json";
        const QString good = writeFile(QStringLiteral("good.json"), "[0, 3, 1, 4]");
        QTest::newRow("backward without targets")
            << QStringList {"mlp", "--backward"} << QByteArray() << "--backward needs --targets";
        QTest::newRow("sgd without targets") << QStringList {"mlp", "--sgd-steps", "3", "--lr",
            "0.1"} << QByteArray() << "--sgd-steps needs --targets";
        QTest::newRow("sgd without lr") << QStringList {"mlp", "--targets", good, "--sgd-steps",
            "3"} << QByteArray() << "--sgd-steps needs --lr";
        QTest::newRow("lr without sgd") << QStringList {"mlp", "--targets", good, "--lr", "0.1"}
                                        << QByteArray() << "--lr goes with --sgd-steps";
        QTest::newRow("momentum without sgd")
            << QStringList {"mlp", "--targets", good, "--momentum", "0.5"} << QByteArray()
            << "--momentum goes with --sgd-steps";
        const QStringList sgd {"mlp", "--targets", good, "--sgd-steps", "3"};
        QTest::newRow("negative lr")
            << sgd + QStringList {"--lr", "-0.1"} << QByteArray() << "Invalid learning rate: -0.1";
        QTest::newRow("tiny negative lr") << sgd + QStringList {"--lr", "-1e-5"} << QByteArray()
                                          << "Invalid learning rate: -1e-05";
        QTest::newRow("nan lr") << sgd + QStringList {"--lr", "nan"} << QByteArray()
                                << "--lr needs a finite number";
        QTest::newRow("infinite lr")
            << sgd + QStringList {"--lr", "inf"} << QByteArray() << "--lr needs a finite number";
        QTest::newRow("negative momentum") << sgd + QStringList {"--lr", "0.1", "--momentum", "-1"}
                                           << QByteArray() << "Invalid momentum value: -1.0";
        QTest::newRow("momentum 1") << sgd + QStringList {"--lr", "0.1", "--momentum", "1"}
                                    << QByteArray() << "--momentum must be below 1";
        QTest::newRow("nan momentum") << sgd + QStringList {"--lr", "0.1", "--momentum", "nan"}
                                      << QByteArray() << "--momentum needs a finite number";
        for (const char *steps : {"0", "10001", "-3", "many"})
            QTest::addRow("%s sgd steps", steps)
                << QStringList {"mlp", "--targets", good, "--sgd-steps", steps, "--lr", "0.1"}
                << QByteArray() << "--sgd-steps needs an integer from 1 to 10000";
        // The deep stack's limits, and its activation as eval's.
        const QStringList deep {"deep", "--activation", "relu"};
        QTest::newRow("deep without activation") << QStringList {"deep", "--depth", "3"}
                                                 << QByteArray() << "--activation NAME is required";
        QTest::newRow("deep unknown activation") << QStringList {"deep", "--activation", "swish"}
                                                 << QByteArray() << "unknown activation \"swish\"";
        QTest::newRow("deep weight scale beyond")
            << QStringList {"deep", "--activation", "relu", "--weight-scale", "11"} << QByteArray()
            << "--weight-scale must be from 0 to 10, got 11";
        QTest::newRow("deep softmax") << QStringList {"deep", "--activation", "softmax"}
                                      << QByteArray() << "deep needs an elementwise activation";
        QTest::newRow("deep relu slope")
            << deep + QStringList {"--negative-slope", "0.1"} << QByteArray()
            << "relu has no parameter 'negative_slope'";
        for (const char *depth : {"0", "51"})
            QTest::addRow("depth %s", depth)
                << deep + QStringList {"--depth", depth} << QByteArray()
                << "--depth needs an integer from 1 to 50";
        for (const char *width : {"7", "257"})
            QTest::addRow("width %s", width)
                << deep + QStringList {"--width", width} << QByteArray()
                << "--width needs an integer from 8 to 256";
        for (const char *batch : {"0", "1025"})
            QTest::addRow("batch %s", batch)
                << deep + QStringList {"--batch", batch} << QByteArray()
                << "--batch needs an integer from 1 to 1024";
        QTest::newRow("deep negative seed")
            << deep + QStringList {"--seed", "-1"} << QByteArray() << "--seed needs an integer";
        QTest::newRow("unknown init")
            << deep + QStringList {"--init", "orthogonal"} << QByteArray()
            << "--init needs one of default, kaiming, xavier, got \"orthogonal\"";
        QTest::newRow("deep extra argument")
            << deep + QStringList {"extra"} << QByteArray() << "unexpected argument";
        // dataset
        const QStringList dataset {"dataset", "--name", "circle"};
        QTest::newRow("dataset without name")
            << QStringList {"dataset"} << QByteArray() << "--name NAME is required";
        QTest::newRow("dataset unknown")
            << QStringList {"dataset", "--name", "swirl"} << QByteArray()
            << "unknown data set \"swirl\" (expected one of circle, xor, gauss, spiral, moons, "
               "sine, cubic, abs)";
        for (const char *points : {"0", "10001", "1.5"})
            QTest::addRow("dataset points %s", points)
                << dataset + QStringList {"--points", points} << QByteArray()
                << "--points needs an integer from 1 to 10000";
        for (const char *noise : {"-0.1", "1.5"})
            QTest::addRow("dataset noise %s", noise)
                << dataset + QStringList {"--noise", noise} << QByteArray()
                << "--noise must be from 0 to 1";
        QTest::newRow("dataset nan noise")
            << dataset + QStringList {"--noise", "nan"} << QByteArray() << "finite number";
        QTest::newRow("circle of 3 classes")
            << dataset + QStringList {"--classes", "3"} << QByteArray()
            << "--classes is a spiral's number of arms; circle has 2 classes";
        QTest::newRow("spiral of 5 arms")
            << QStringList {"dataset", "--name", "spiral", "--classes", "5"} << QByteArray()
            << "--classes needs an integer from 2 to 4";
        // train
        const auto data = [&](const QByteArray &json) {
            return writeFile(QStringLiteral("d%1.json").arg(++files), json);
        };
        const QString points = data("{\"x\": [[0, 1], [1, 0], [0.5, 0.5]], \"y\": [0, 1, 1]}");
        const QStringList train {"train", "--hidden-sizes", "4", "--activations", "tanh",
            "--optimizer", "sgd", "--lr", "0.1", "--batch-size", "2", "--steps", "3"};
        const auto on = [&](const QByteArray &json) {
            return train + QStringList {"--data", data(json)};
        };
        const QStringList ok = train + QStringList {"--data", points};
        QTest::newRow("train without data") << train << QByteArray() << "--data is required";
        QStringList prelu = ok, rrelu = ok;
        prelu[prelu.indexOf("tanh")] = "prelu";
        rrelu[rrelu.indexOf("tanh")] = "rrelu";
        QTest::newRow("train prelu")
            << prelu << QByteArray() << "prelu cannot be a hidden activation here: its weight";
        QTest::newRow("train rrelu training")
            << QStringList(rrelu + QStringList {"--training", "true"}) << QByteArray()
            << "rrelu cannot be a hidden activation here: in training mode";
        QTest::newRow("train without steps")
            << QStringList(ok.mid(0, ok.size() - 4) + ok.mid(ok.size() - 2)) << QByteArray()
            << "--steps is required";
        QTest::newRow("train data not JSON")
            << on("{\"x\": [[0, 1]") << QByteArray() << "invalid JSON";
        QTest::newRow("train data not an object")
            << on("[[0, 1]]") << QByteArray() << "expected {\"x\": [[x1, x2], ...]";
        QTest::newRow("train data without y")
            << on("{\"x\": [[0, 1]]}") << QByteArray() << "expected {\"x\"";
        QTest::newRow("train ragged") << on("{\"x\": [[0, 1], [1]], \"y\": [0, 1]}") << QByteArray()
                                      << "x[1] is not a point [x1, x2]";
        QTest::newRow("train three features")
            << on("{\"x\": [[0, 1, 2]], \"y\": [0]}") << QByteArray() << "x[0] is not a point";
        QTest::newRow("train point not a list")
            << on("{\"x\": [0, 1], \"y\": [0, 1]}") << QByteArray() << "x[0] is not a point";
        QTest::newRow("train non-numeric") << on("{\"x\": [[0, \"a\"]], \"y\": [0]}")
                                           << QByteArray() << "x[0][1] is not a finite number";
        QTest::newRow("train nan point")
            << on("{\"x\": [[0, NaN]], \"y\": [0]}") << QByteArray() << "x[0][1] is not a finite";
        QTest::newRow("train huge point")
            << on("{\"x\": [[1e39, 0]], \"y\": [0]}") << QByteArray() << "x[0][0] is not a finite";
        for (const char *label : {"1.5", "\"a\"", "true", "-1", "16", "null", "[1]"})
            QTest::addRow("train label %s", label)
                << on("{\"x\": [[0, 1], [1, 0]], \"y\": [0, " + QByteArray(label) + "]}")
                << QByteArray() << "y[1] is not a class from 0 to 15: " + QString(label);
        QTest::newRow("train lengths") << on("{\"x\": [[0, 1], [1, 0]], \"y\": [0]}")
                                       << QByteArray() << "2 points but 1 labels";
        QTest::newRow("train empty")
            << on("{\"x\": [], \"y\": []}") << QByteArray() << "the data set is empty";
        QTest::newRow("train batch 0") << ok + QStringList {"--batch-size", "0"} << QByteArray()
                                       << "--batch-size needs an integer from 1 to 1024";
        QTest::newRow("train steps 0") << ok + QStringList {"--steps", "0"} << QByteArray()
                                       << "--steps needs an integer from 1 to 100000";
        QTest::newRow("train nan lr")
            << ok + QStringList {"--lr", "nan"} << QByteArray() << "--lr needs a finite number";
        QTest::newRow("train negative lr")
            << ok + QStringList {"--lr", "-0.5"} << QByteArray() << "Invalid learning rate: -0.5";
        QTest::newRow("train adam negative lr")
            << ok + QStringList {"--lr", "-0.5", "--optimizer", "adam"} << QByteArray()
            << "Invalid learning rate: -0.5";
        QTest::newRow("train negative weight decay")
            << ok + QStringList {"--weight-decay", "-0.1"} << QByteArray()
            << "Invalid weight_decay value: -0.1";
        QTest::newRow("train unknown optimizer")
            << ok + QStringList {"--optimizer", "rmsprop"} << QByteArray()
            << "--optimizer needs sgd or adam, got \"rmsprop\"";
        QTest::newRow("train momentum with adam")
            << ok + QStringList {"--optimizer", "adam", "--momentum", "0.9"} << QByteArray()
            << "--momentum goes with sgd";
        QTest::newRow("train momentum 1")
            << ok + QStringList {"--momentum", "1"} << QByteArray() << "--momentum must be below 1";
        QTest::newRow("train seven hidden layers")
            << ok
                + QStringList {"--hidden-sizes", "2,2,2,2,2,2,2", "--activations",
                    "relu,relu,relu,relu,relu,relu,relu"}
            << QByteArray() << "at most 6 hidden layers, got 7";
        QTest::newRow("train 17 units") << ok + QStringList {"--hidden-sizes", "17"} << QByteArray()
                                        << "a layer has 1 to 16 units, got \"17\"";
        QTest::newRow("train 0 units")
            << ok + QStringList {"--hidden-sizes", "8,0", "--activations", "relu,relu"}
            << QByteArray() << "a layer has 1 to 16 units, got \"0\"";
        QTest::newRow("train unknown activation") << ok + QStringList {"--activations", "swish"}
                                                  << QByteArray() << "unknown activation \"swish\"";
        QTest::newRow("train softmax activation")
            << ok + QStringList {"--activations", "softmax"} << QByteArray()
            << "softmax cannot be a hidden activation";
        QTest::newRow("train activations count")
            << ok + QStringList {"--activations", "tanh,tanh"} << QByteArray()
            << "1 hidden layers need 1 activations, got 2";
        QTest::newRow("train no hidden but an activation")
            << ok + QStringList {"--hidden-sizes", ""} << QByteArray()
            << "0 hidden layers need 0 activations, got 1";
        QTest::newRow("train parameter nobody takes")
            << ok + QStringList {"--negative-slope", "0.2"} << QByteArray()
            << "no activation in --activations has a parameter 'negative_slope'";
        QTest::newRow("train parameter out of range")
            << ok + QStringList {"--activations", "celu", "--alpha", "0"} << QByteArray()
            << "alpha cannot be 0 for CELU";
        QTest::newRow("train export to a device")
            << ok + QStringList {"--export-script", "/dev/null"} << QByteArray()
            << "/dev/null is not a regular file; nothing was written";
    }
    void errorsAreOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(QString, expected);
        const CliResult r = runCli(arguments, stdinData);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    }

    // Parameters are set together: a rule across them sees the final values, in any order.
    void parametersAreSetTogether()
    {
        const CliResult r
            = runCli({"eval", "--activation", "hardtanh", "--min-val", "2", "--max-val", "3"},
                "[1, 2.5, 4]");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QByteArray("{\"shape\": [3], \"output\": [2, 2.5, 3], \"grad_input\": [0, 1, 0]}\n"));
    }

    // A pipe delivers its data in pieces: the CLI reads to the end, however slow the writer.
    void readsASlowPipeToTheEnd()
    {
        QProcess process;
        process.start(QStringLiteral(CLI_PATH), {"eval", "--activation", "relu"});
        QVERIFY(process.waitForStarted());
        process.write("[12");
        QVERIFY(process.waitForBytesWritten());
        QTest::qWait(400);
        process.write("34, -5]");
        QVERIFY(process.waitForBytesWritten());
        QTest::qWait(200);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(),
            QByteArray("{\"shape\": [2], \"output\": [1234, 0], \"grad_input\": [1, 0]}\n"));

        // A megabyte through a shell pipe, written in pieces by cat.
        QByteArray big = "[";
        for (int i = 0; i < 150000; ++i)
            big += QByteArray::number(i % 7 - 3) + ".25, ";
        big += "1]";
        const QString path = writeFile(QStringLiteral("big.json"), big);
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
            {"-c",
                QStringLiteral("cat '%1' | '%2' eval --activation relu --input -")
                    .arg(path, QStringLiteral(CLI_PATH))});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 0);
        QVERIFY(shell.readAllStandardOutput().startsWith("{\"shape\": [150001]"));

        // A state dict through a real pipe: half of it, a pause, the rest.
        const QByteArray weights
            = QJsonDocument(fixtures::load("mlp_seed1.json").object()["state_dict"].toObject())
                  .toJson();
        const QString half
            = writeFile(QStringLiteral("half.json"), weights.left(weights.size() / 2));
        const QString rest
            = writeFile(QStringLiteral("rest.json"), weights.mid(weights.size() / 2));
        QProcess slow;
        slow.start(QStringLiteral("/bin/sh"),
            {"-c",
                QStringLiteral("{ cat '%1'; sleep 0.4; cat '%2'; } | '%3' mlp --weights -")
                    .arg(half, rest, QStringLiteral(CLI_PATH))});
        QVERIFY(slow.waitForFinished(60000));
        QCOMPARE(slow.exitCode(), 0);
        const QJsonArray stages
            = QJsonDocument::fromJson(slow.readAllStandardOutput()).object()["stages"].toArray();
        QCOMPARE(stages.size(), 7); // input, fc1, relu, fc2, tanh, fc3, softmax
    }

    // A failed write is an error, never a silent success.
    void aFailedWriteIsAnError()
    {
        const QString input = writeFile(QStringLiteral("input.json"), "[1, -2]");
        for (const QStringList &arguments :
            {QStringList {"table", "--activation", "relu"}, QStringList {"mlp"},
                QStringList {"eval", "--activation", "relu", "--input", input}}) {
            QProcess process;
            process.setStandardOutputFile(QStringLiteral("/dev/full"));
            process.start(QStringLiteral(CLI_PATH), arguments);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 2);
            const QByteArray err = process.readAllStandardError();
            QVERIFY2(err.startsWith("error: could not write the output"), err.constData());
            QCOMPARE(err.count('\n'), 1);
        }
    }

    // Numbers as Python's json reads them, and zeros keep their sign all the way through, as
    // torch.tensor(json.loads(...)) and PyTorch's kernels keep it.
    void numbersAsPythonReadsThemAndSignedZeros()
    {
        const CliResult tanh = runCli({"eval", "--activation", "tanh"},
            "[-0.0, -0, -0e0, 1e400, -1e-400, NaN, -Infinity, Infinity]");
        QCOMPARE(tanh.exitCode, 0);
        QCOMPARE(tanh.out,
            QByteArray("{\"shape\": [8], \"output\": [-0.0, 0, -0.0, 1, -0.0, \"nan\", -1, 1], "
                       "\"grad_input\": [1, 1, 1, 0, 1, \"nan\", 0, 0]}\n"));
        const CliResult relu = runCli({"eval", "--activation", "relu"}, "[-1e-46, -0.0, -2]");
        QCOMPARE(relu.out,
            QByteArray(
                "{\"shape\": [3], \"output\": [-0.0, -0.0, 0], \"grad_input\": [0, 0, 0]}\n"));
        // A fraction of 200 000 digits is 0.1 to Python.
        const CliResult longNumber
            = runCli({"eval", "--activation", "relu"}, "[0." + QByteArray(200000, '1') + "]");
        QCOMPARE(longNumber.exitCode, 0);
        QVERIFY2(longNumber.out.contains("\"output\": [0.11111111]"), longNumber.out.constData());
        // Still JSON: a lone minus is refused.
        QCOMPARE(runCli({"eval", "--activation", "relu"}, "[-]").exitCode, 2);
    }

    // Networks beyond the limits are refused before any work (--help states them).
    void networksBeyondTheLimitsAreRefused()
    {
        QByteArray manyLayers = "{";
        for (int i = 1; i <= 999; ++i)
            manyLayers += QStringLiteral("\"fc%1.weight\": [[1]], \"fc%1.bias\": [0]%2")
                              .arg(i)
                              .arg(i < 999 ? ", " : "}")
                              .toUtf8();
        const CliResult deep
            = runCli({"mlp", "--weights", writeFile(QStringLiteral("deep.json"), manyLayers)});
        QCOMPARE(deep.exitCode, 2);
        QVERIFY2(deep.err.contains("at most 16 layers"), deep.err.constData());

        const QByteArray wide
            = "{\"fc1.weight\": [[" + QByteArray("0, ").repeated(4096) + "0]], \"fc1.bias\": [0]}";
        const CliResult tooWide
            = runCli({"mlp", "--weights", writeFile(QStringLiteral("wide.json"), wide)});
        QCOMPARE(tooWide.exitCode, 2);
        QVERIFY2(tooWide.err.contains("at most 4096 inputs"), tooWide.err.constData());
        QVERIFY(tooWide.out.isEmpty());
    }

    // A layer far wider than the limit is refused from the file's structure, before its numbers
    // are read: 29 MB of 0.5s in 150 MB of address space (reading them took 211 MB, 3 s).
    void aWideLayerIsRefusedBeforeItsNumbersAreRead()
    {
        const QString path = writeFile(QStringLiteral("wider.json"),
            "{\"fc1.weight\": [[" + QByteArray("0.5,").repeated(6999999)
                + "0.5]], \"fc1.bias\": [0]}");
        const CliResult r = runCli({"mlp", "--weights", path}, {}, 150 << 20);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err,
            QByteArray("error: " + path.toUtf8()
                + ": fc1.weight has the shape [1, 7000000]: a layer has at most 4096 inputs and "
                  "outputs\n"));
    }

    // Out of memory is said as such, one line, nothing on stdout: a 4096 x 4096 layer (within the
    // limits) read in 200 MB of address space.
    void outOfMemoryIsAnError()
    {
#ifdef AL_SANITIZED
        QSKIP("no address-space limit under AddressSanitizer");
#endif
        QByteArray row = '[' + QByteArray("0,").repeated(4095) + "0]";
        QByteArray weight = '[' + (row + ',').repeated(4095) + row + ']';
        const QString path = writeFile(QStringLiteral("full.json"),
            "{\"fc1.weight\": " + weight + ", \"fc1.bias\": " + row + '}');
        weight.clear();
        const CliResult r = runCli({"mlp", "--weights", path}, {}, 200 << 20);
        QCOMPARE(r.err, QByteArray("error: out of memory\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    void everyCommandHasHelp()
    {
        for (const char *command : {"eval", "mlp", "deep", "table", "dataset", "train"}) {
            const CliResult r = runCli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith("Usage: activation-lab-cli " + QByteArray(command)));
        }
        const CliResult overview = runCli({"--help"});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.out.contains("Commands:"));
        QVERIFY(overview.out.contains("\n  deep "));
        // The limits are stated where the options are.
        const CliResult mlp = runCli({"mlp", "--help"});
        QVERIFY(mlp.out.contains("--sgd-steps N               1 to 10000 steps"));
        QVERIFY(mlp.out.contains("--momentum M                from 0 to below 1"));
        for (const char *limit : {"at most 16 layers", "at most 4096 inputs and outputs",
                 "at most 16781312 parameters in all", "a batch of at most 1024 samples"})
            QVERIFY2(mlp.out.contains(limit), limit);
        const CliResult table = runCli({"table", "--help"});
        QVERIFY(table.out.contains(
            QStringLiteral("--from A, --to B            the x range, within ±1e6").toUtf8()));
        const CliResult deep = runCli({"deep", "--help"});
        for (const char *limit : {"1 to 50 hidden layers", "8 to 256 units", "1 to 1024 samples"})
            QVERIFY2(deep.out.contains(limit), limit);
        const CliResult dataset = runCli({"dataset", "--help"});
        for (const char *limit :
            {"--points N                  1 to 10000", "--noise F                   0 to 1",
                "a spiral's arms, 2 to 4", "circle, xor, gauss, spiral, moons, sine, cubic, abs"})
            QVERIFY2(dataset.out.contains(limit), limit);
        const CliResult train = runCli({"train", "--help"});
        for (const char *limit : {"0 to 6 hidden layers of 1 to 16 units", "1 to 1024",
                 "1 to 100000", "1 to 10000 points, labels from 0 to 15", "diverged_at"})
            QVERIFY2(train.out.contains(limit), limit);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
