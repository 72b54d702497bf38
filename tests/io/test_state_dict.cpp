#include "core/torch_random.h"
#include "io/state_dict.h"

#include <QTest>

using namespace al;

class TestStateDict : public QObject {
    Q_OBJECT

private slots:
    void roundTrips()
    {
        TorchGenerator generator(3);
        std::vector<Linear> layers {
            Linear::torchDefault(4, 3, generator), Linear::torchDefault(3, 2, generator)};
        QString error;
        auto back = io::parseStateDict(io::stateDictToJson(layers), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), size_t(2));
        for (size_t i = 0; i < 2; ++i) {
            QVERIFY(back->at(i).weight() == layers[i].weight());
            QVERIFY(back->at(i).bias() == layers[i].bias());
        }
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("fc1.weight = 1") << "invalid JSON";
        QTest::newRow("array") << QByteArray("[[1]]") << "JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << "no layers";
        QTest::newRow("unknown key")
            << QByteArray(R"({"conv1.weight": [[1]]})") << "unexpected key \"conv1.weight\"";
        QTest::newRow("missing bias")
            << QByteArray(R"({"fc1.weight": [[1, 2]]})") << "fc1.bias is missing";
        QTest::newRow("gap") << QByteArray(R"({"fc1.weight": [[1]], "fc1.bias": [0],
                                              "fc3.weight": [[1]], "fc3.bias": [0]})")
                             << "fc2 is missing";
        QTest::newRow("starts at fc2")
            << QByteArray(R"({"fc2.weight": [[1]], "fc2.bias": [0]})") << "fc1 is missing";
        QTest::newRow("weight rank") << QByteArray(R"({"fc1.weight": [1, 2], "fc1.bias": [0]})")
                                     << "fc1.weight must have the shape";
        QTest::newRow("bias shape") << QByteArray(R"({"fc1.weight": [[1, 2]], "fc1.bias": [0, 1]})")
                                    << "fc1.bias must have the shape [1]";
        QTest::newRow("chain") << QByteArray(R"({"fc1.weight": [[1, 2], [3, 4]], "fc1.bias": [0, 0],
                                                "fc2.weight": [[1, 2, 3]], "fc2.bias": [0]})")
                               << "fc2.weight takes 3 inputs but fc1 gives 2 outputs";
        QTest::newRow("bad tensor") << QByteArray(R"({"fc1.weight": [[1, "x"]], "fc1.bias": [0]})")
                                    << "fc1.weight: not a number at [0][1]";
    }
    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!io::parseStateDict(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // The limits are found in the text before any number is converted: a layer too wide, even
    // in a ragged array, and more parameters in all than one 4096 x 4096 layer and its bias.
    void limitsAreFoundBeforeTheNumbers()
    {
        QString error;
        QVERIFY(!io::parseStateDict("{\"fc1.weight\": [[1], [" + QByteArray("0,").repeated(4999)
                + "0]], \"fc1.bias\": [0, 0]}",
            &error));
        QVERIFY2(error.contains("fc1.weight has the shape [2, 5000]: a layer has at most 4096"),
            qPrintable(error));

        const QByteArray row = '[' + QByteArray("0,").repeated(4095) + "0]";
        const QByteArray full = "{\"fc1.weight\": [" + (row + ',').repeated(4095) + row
            + "], \"fc1.bias\": " + row + ", \"fc2.weight\": [" + row + "], \"fc2.bias\": [0]}";
        QVERIFY(!io::parseStateDict(full, &error));
        QCOMPARE(error, QStringLiteral("fc2.weight: a network has at most 16781312 parameters"));
    }
};

QTEST_GUILESS_MAIN(TestStateDict)
#include "test_state_dict.moc"
