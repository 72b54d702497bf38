// activation-lab-cli run end to end, as a user runs it.

#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

struct CliResult {
    int exitCode;
    QByteArray out, err;
};

static CliResult runCli(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcess process;
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

    static QByteArray asJson(const QJsonValue &value) // a tensor, or a bare number for rank 0
    {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                               : QByteArray::number(value.toDouble(), 'g', 17);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
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
            const QJsonObject result = QJsonDocument::fromJson(r.out).object();
            AL_COMPARE_TENSORS(
                fixtures::tensor(result["output"]), fixtures::tensor(c["output"]), 4, 4e-7f);
            AL_COMPARE_TENSORS(fixtures::tensor(result["grad_input"]),
                fixtures::tensor(c["grad_input"]), 4, 4e-7f);
            ++checked;
        }
        QVERIFY(checked > 10);
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
        QTest::newRow("unknown activation") << QStringList {"eval", "--activation", "gelu"}
                                            << QByteArray("[1]") << "unknown activation \"gelu\"";
        QTest::newRow("dim out of range")
            << QStringList {"eval", "--activation", "softmax", "--dim", "2"}
            << QByteArray("[[1, 2]]")
            << "Dimension out of range (expected to be in range of [-2, 1], but got 2)";
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

    void everyCommandHasHelp()
    {
        for (const char *command : {"eval", "mlp", "table"}) {
            const CliResult r = runCli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith("Usage: activation-lab-cli " + QByteArray(command)));
        }
        const CliResult overview = runCli({"--help"});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.out.contains("Commands:"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
