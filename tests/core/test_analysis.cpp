// The analyses the views show, against PyTorch (tests/fixtures/analysis.json).

#include "core/analysis.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using namespace al;

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    // Bit for bit: one vector-Jacobian product per output, as torch.autograd.functional.jacobian.
    void jacobiansAreAutogradsRowByRow()
    {
        for (const QJsonValue &value : fixtures::load("analysis.json")["jacobians"].toArray()) {
            const QJsonObject c = value.toObject();
            const Tensor x = fixtures::tensor(c["input"]);
            const Tensor expected = fixtures::tensor(c["jacobian"]);
            const Tensor j = jacobian(Activation::named(c["name"].toString().toStdString()), x);
            QCOMPARE(j.shape(), expected.shape());
            for (int64_t i = 0; i < j.numel(); ++i)
                QVERIFY2(fixtures::ulpDistance(j.data()[i], expected.data()[i]) == 0,
                    qPrintable(c["name"].toString() + QString::number(i)));
            // A row of a batch is the same product: rows of the Jacobian of each row's vector.
            const int64_t n = x.numel();
            Activation rows = Activation::named(c["name"].toString().toStdString());
            rows.set("dim", 1);
            Tensor batch({2, n});
            std::copy(x.data(), x.data() + n, batch.data());
            std::copy(x.data(), x.data() + n, batch.data() + n);
            const Tensor row = jacobianRow(rows, batch, forward(rows, batch), n - 1);
            for (int64_t k = 0; k < n; ++k)
                QCOMPARE(row.data()[n + k], expected.data()[(n - 1) * n + k]);
        }
    }

    // Counts exactly. The mean and standard deviation within 4 float32 ulps of the largest
    // |value|: Eigen sums in another order than torch.mean's cascade, and a mean of signed values
    // can cancel to far below the values it sums (the deviation is taken in double).
    void statisticsAreTorchs()
    {
        for (const QJsonValue &value : fixtures::load("analysis.json")["statistics"].toArray()) {
            const QJsonObject c = value.toObject();
            const QString name = c["name"].toString();
            const Tensor y = fixtures::tensor(c["output"]);
            const ActivationSpec *after = findActivation(name.toStdString());
            QCOMPARE(after != nullptr, name != QLatin1String("none"));
            const StageStatistics s = stageStatistics(y, after, false);
            QCOMPARE(s.minimum, float(c["min"].toDouble()));
            QCOMPARE(s.maximum, float(c["max"].toDouble()));
            const float scale = std::max(std::abs(s.minimum), std::abs(s.maximum));
            const float budget = 4 * std::numeric_limits<float>::epsilon() * scale;
            QVERIFY2(std::abs(s.mean - float(c["mean"].toDouble())) <= budget, qPrintable(name));
            QVERIFY2(std::abs(s.stddev - float(c["std"].toDouble())) <= budget, qPrintable(name));
            QCOMPARE(s.zeroShare.has_value(), after && after->traits.rectifier);
            if (s.zeroShare) {
                QCOMPARE(*s.zeroShare, float(c["zero_share"].toDouble()));
                QCOMPARE(*s.deadShare, float(c["dead_share"].toDouble()));
                QCOMPARE(*s.deadShare > 0, name == QLatin1String("relu")); // unit 0 is negative
            }
            QCOMPARE(s.saturatedShare.has_value(), !c["saturated_share"].isNull());
            if (s.saturatedShare)
                QCOMPARE(*s.saturatedShare, float(c["saturated_share"].toDouble()));
            QVERIFY(s.rowSums.empty());
        }
    }

    void linspaceIsDoubleThenRounded()
    {
        const Tensor x = linspace(-6, 6, 241);
        QCOMPARE(x.numel(), int64_t(241));
        QCOMPARE(x.data()[0], -6.0f);
        QCOMPARE(x.data()[120], 0.0f);
        QCOMPARE(x.data()[240], 6.0f);
        QCOMPARE(x.data()[1], static_cast<float>(-6.0 + 12.0 / 240.0));
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
