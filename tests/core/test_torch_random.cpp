// torch.manual_seed + randn / nn.Linear initialisation, against PyTorch's own draws.

#include "core/linear.h"
#include "core/torch_random.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace al;

class TestTorchRandom : public QObject {
    Q_OBJECT

private slots:
    void matchesPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("fixture");
        for (const QJsonValue &value : fixtures::load("torch_random.json").array()) {
            const QJsonObject c = value.toObject();
            QTest::addRow("%s seed %d %s", qPrintable(c["op"].toString()), c["seed"].toInt(),
                QJsonDocument(c["shape"].toArray()).toJson(QJsonDocument::Compact).constData())
                << c;
        }
    }

    void matchesPyTorch()
    {
        QFETCH(QJsonObject, fixture);
        Shape shape;
        for (const QJsonValue &extent : fixture["shape"].toArray())
            shape.push_back(extent.toInt());
        TorchGenerator generator(static_cast<uint64_t>(fixture["seed"].toInt()));
        const QString op = fixture["op"].toString();
        if (op == QLatin1String("randn")) {
            AL_COMPARE_TENSORS(
                randn(shape, generator), fixtures::tensor(fixture["values"]), 0, 0.0f);
        } else if (op == QLatin1String("randn_twice")) {
            // The second call starts with the sample the first one cached.
            const Tensor a = randn(shape, generator);
            const Tensor b = randn(shape, generator);
            std::vector<float> both(a.values());
            const std::vector<float> second = b.values();
            both.insert(both.end(), second.begin(), second.end());
            AL_COMPARE_TENSORS(
                Tensor({2 * shape[0]}, both), fixtures::tensor(fixture["values"]), 8, 2e-6f);
        } else {
            const Linear layer = Linear::torchDefault(shape[1], shape[0], generator);
            // uniform_ is bit-exact: the same 24 random bits, scaled and shifted the same way.
            AL_COMPARE_TENSORS(layer.weight(), fixtures::tensor(fixture["weight"]), 0, 0.0f);
            AL_COMPARE_TENSORS(layer.bias(), fixtures::tensor(fixture["bias"]), 0, 0.0f);
        }
    }

    void engineIsTheStandardMt19937()
    {
        TorchGenerator generator(5489);
        for (int i = 0; i < 9999; ++i)
            generator.random();
        QCOMPARE(generator.random(), 4123659995u); // the C++ standard's check value
    }
};

QTEST_GUILESS_MAIN(TestTorchRandom)
#include "test_torch_random.moc"
