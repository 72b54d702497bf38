#include "io/json_tensor.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace al;

class TestJsonTensor : public QObject {
    Q_OBJECT

private slots:
    void parsesShapesAndNonFinite()
    {
        QString error;
        auto t = io::parseTensor("[[1, 2.5, \"nan\"], [\"inf\", \"-inf\", -0.0]]", &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->shape(), (Shape {2, 3}));
        QCOMPARE(t->at({0, 1}), 2.5f);
        QVERIFY(std::isnan(t->at({0, 2})));
        QCOMPARE(t->at({1, 0}), std::numeric_limits<float>::infinity());
        QCOMPARE(t->at({1, 1}), -std::numeric_limits<float>::infinity());

        auto scalar = io::parseTensor(" 3.25 ", &error);
        QVERIFY2(scalar, qPrintable(error));
        QCOMPARE(scalar->rank(), 0);
        QCOMPARE(scalar->data()[0], 3.25f);

        auto rank4 = io::parseTensor("[[[[1],[2]]],[[[3],[4]]]]", &error);
        QVERIFY2(rank4, qPrintable(error));
        QCOMPARE(rank4->shape(), (Shape {2, 1, 2, 1}));
    }

    void roundTripsFloat32Exactly()
    {
        std::vector<float> values = {0.1f, 1e-45f, -3.4028235e38f, 1.0f / 3.0f, 16777217.0f,
            std::numeric_limits<float>::quiet_NaN(), -0.0f, std::numeric_limits<float>::infinity()};
        const Tensor original({2, 4}, values);
        QString error;
        auto back = io::parseTensor(io::tensorToJson(original), &error);
        QVERIFY2(back, qPrintable(error));
        for (size_t i = 0; i < values.size(); ++i) {
            if (std::isnan(values[i]))
                QVERIFY(std::isnan(back->data()[i]));
            else
                QCOMPARE(back->data()[i], values[i]);
        }
        QCOMPARE(
            io::tensorToJson(Tensor({3}, {0.1f, 2.0f, -1e-45f})), QByteArray("[0.1, 2, -1e-45]"));
        QCOMPARE(io::tensorToJson(Tensor({1}, {std::numeric_limits<float>::infinity()})),
            QByteArray("[\"inf\"]"));
    }

    // As Python's json module and torch.tensor read them.
    void readsNumbersAsPythonDoes()
    {
        QString error;
        const auto t = al::io::parseTensor(
            "[-0.0, -0, -0e0, 1e400, -1e400, -1e-400, NaN, Infinity, -Infinity, 1e-46, 0.5]",
            &error);
        QVERIFY2(t, qPrintable(error));
        const float *v = t->data();
        QVERIFY(v[0] == 0 && std::signbit(v[0]));
        QVERIFY(v[1] == 0 && !std::signbit(v[1])); // Python's integer 0
        QVERIFY(v[2] == 0 && std::signbit(v[2]));
        QVERIFY(std::isinf(v[3]) && v[3] > 0);
        QVERIFY(std::isinf(v[4]) && v[4] < 0);
        QVERIFY(v[5] == 0 && std::signbit(v[5]));
        QVERIFY(std::isnan(v[6]));
        QVERIFY(std::isinf(v[7]) && v[7] > 0 && std::isinf(v[8]) && v[8] < 0);
        QVERIFY(v[9] == 0 && !std::signbit(v[9]));
        QCOMPARE(v[10], 0.5f);
        // -0.0 is written so that Python reads it back as -0.0; strings are left alone.
        QCOMPARE(al::io::tensorToJson(al::Tensor({2}, {-0.0f, 0.0f})), QByteArray("[-0.0, 0]"));
        QCOMPARE(al::io::pythonNumbersToJson("{\"-0.0 NaN\": [-0.0]}"),
            QByteArray("{\"-0.0 NaN\": [\"-0\"]}"));
        for (const char *bad : {"[-]", "[01]", "[1e]", "[NaNa]"})
            QVERIFY2(!al::io::parseTensor(bad, &error), bad);
    }

    void rejectsMalformedInputWithWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("  \n") << "empty input";
        QTest::newRow("ragged") << QByteArray("[[1, 2], [3]]") << "ragged array at [1]";
        QTest::newRow("ragged deeper")
            << QByteArray("[[[1, 2], [3, 4]], [[1, 2], [3]]]") << "ragged array at [1][1]";
        QTest::newRow("number where array") << QByteArray("[[1, 2], 3]") << "at [1]";
        QTest::newRow("array where number") << QByteArray("[1, [2]]") << "an array at [1]";
        QTest::newRow("string") << QByteArray("[1, \"abc\"]") << "not a number at [1]";
        QTest::newRow("bool") << QByteArray("[true]") << "not a number at [0]";
        QTest::newRow("null") << QByteArray("[1, null]") << "not a number at [1]";
        QTest::newRow("object") << QByteArray("{\"a\": 1}") << "found an object";
        QTest::newRow("nested object") << QByteArray("[{\"a\": 1}]") << "not a number at [0]";
        QTest::newRow("trailing garbage")
            << QByteArray("[1, 2] xyz") << "invalid JSON at character";
        QTest::newRow("truncated") << QByteArray("[[1, 2], [3,") << "invalid JSON at character";
        QTest::newRow("bare garbage") << QByteArray("abc") << "invalid JSON at character";
        QTest::newRow("two numbers") << QByteArray("1 2") << "invalid JSON";
        QTest::newRow("empty array") << QByteArray("[]") << "an empty array at the top level";
        QTest::newRow("empty inner") << QByteArray("[[], []]") << "an empty array at [0]";
        QTest::newRow("rank 5") << QByteArray("[[[[[1]]]]]") << "more than 4 dimensions";
        QTest::newRow("absurd nesting")
            << QByteArray(5000, '[') + QByteArray(5000, ']') << "invalid JSON";
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << "invalid JSON";
    }
    void rejectsMalformedInputWithWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!io::parseTensor(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJsonTensor)
#include "test_json_tensor.moc"
