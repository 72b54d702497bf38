#include "io/train_script.h"

#include "core/optim.h"
#include "io/pytorch_code.h"

#include <QStringList>

namespace al {

namespace {

// Python's repr of a double: the shortest digits that read back (1.0, not 1: a list of those
// must stay a list of floats).
QByteArray pythonDouble(double value)
{
    return QByteArray::fromStdString(pythonFloat(value));
}

// X and Y as Python lists: each float32 exactly, as a double (torch.tensor reads it back without
// a second rounding).
std::pair<QString, QString> dataText(const Tensor &x, const std::vector<int64_t> &y)
{
    const int64_t inputs = x.size(1);
    QByteArray rows = "[";
    for (int64_t i = 0; i < x.size(0); ++i) {
        rows += i ? (i % 4 ? ", [" : ",\n     [") : "[";
        for (int64_t j = 0; j < inputs; ++j)
            rows += (j ? ", " : "") + pythonDouble(double(x.data()[i * inputs + j]));
        rows += "]";
    }
    rows += "]";
    QByteArray labels = "[";
    for (size_t i = 0; i < y.size(); ++i)
        labels += (i ? (i % 30 ? ", " : ",\n     ") : "") + QByteArray::number(qint64(y[i]));
    labels += "]";
    return {QString::fromLatin1(rows), QString::fromLatin1(labels)};
}

// ("fc1", nn.Linear(2, 8)), ("act1", nn.Tanh()), ..., ("fcN", nn.Linear(h, classes)).
QStringList layersText(const TrainOptions &options, int64_t inputs, int64_t classes)
{
    QStringList layers;
    int64_t in = inputs;
    for (size_t i = 0; i < options.hiddenSizes.size(); ++i) {
        layers << QStringLiteral("(\"fc%1\", nn.Linear(%2, %3))")
                      .arg(i + 1)
                      .arg(in)
                      .arg(options.hiddenSizes[i]);
        layers
            << QStringLiteral("(\"act%1\", %2)").arg(i + 1).arg(moduleCode(options.activations[i]));
        in = options.hiddenSizes[i];
    }
    layers << QStringLiteral("(\"fc%1\", nn.Linear(%2, %3))")
                  .arg(options.hiddenSizes.size() + 1)
                  .arg(in)
                  .arg(classes);
    return layers;
}

QString comments(const QString &header)
{
    QString text;
    for (const QString &line : header.split(QLatin1Char('\n')))
        text += QStringLiteral("# ") + line + QLatin1Char('\n');
    return text;
}

const char *const kEncode = "def encode(value):\n"
                            "    if isinstance(value, list):\n"
                            "        return [encode(v) for v in value]\n"
                            "    return value if math.isfinite(value) else \"nan\" if "
                            "math.isnan(value) else \"inf\" if value > 0 else \"-inf\"\n";

} // namespace

QString optimizerCode(const TrainOptions &options)
{
    return options.optimizer == OptimizerKind::Sgd
        ? QStringLiteral("torch.optim.SGD(model.parameters(), lr=%1, momentum=%2, "
                         "weight_decay=%3)")
              .arg(QString::fromLatin1(pythonDouble(options.lr)),
                  QString::fromLatin1(pythonDouble(options.momentum)),
                  QString::fromLatin1(pythonDouble(options.weightDecay)))
        : QStringLiteral("torch.optim.Adam(model.parameters(), lr=%1, weight_decay=%2)")
              .arg(QString::fromLatin1(pythonDouble(options.lr)),
                  QString::fromLatin1(pythonDouble(options.weightDecay)));
}

QByteArray trainingScript(const Tensor &x, const std::vector<int64_t> &y,
    const TrainOptions &options, int64_t classes, int64_t steps, const QString &header)
{
    const auto [rows, labels] = dataText(x, y);
    return QStringLiteral(
        "#!/usr/bin/env python3\n"
        "%1"
        "# Trains what Activation Lab trains, with PyTorch (1.13 gives the same bits), and prints "
        "the\n# same JSON: each step's loss before its update, and the final state dict.\n"
        "import json\nimport math\nfrom collections import OrderedDict\n\nimport torch\n"
        "import torch.nn as nn\nimport torch.nn.functional as F\n\n"
        "X = %2\nY = %3\n\n"
        "torch.manual_seed(%4)\n"
        "model = nn.Sequential(OrderedDict([\n    %5,\n]))\n"
        "opt = %6\n"
        "x, y = torch.tensor(X), torch.tensor(Y)\n"
        "B = %7\n"
        "batches = [(x[i:i + B], y[i:i + B]) for i in range(0, len(x), B)]\n"
        "losses, diverged_at = [], None\n"
        "for k in range(%8):\n"
        "    xb, yb = batches[k % len(batches)]\n"
        "    opt.zero_grad()\n"
        "    loss = F.cross_entropy(model(xb), yb)\n"
        "    losses.append(loss.item())\n"
        "    if not math.isfinite(losses[-1]):  # diverged: stop here, as Activation Lab does\n"
        "        diverged_at = k\n"
        "        break\n"
        "    loss.backward()\n"
        "    opt.step()\n\n\n"
        "%9\n\n"
        "result = {\"losses\": encode(losses)}\n"
        "if diverged_at is not None:\n"
        "    result[\"diverged_at\"] = diverged_at\n"
        "result[\"state_dict\"] = {k: encode(v.tolist()) for k, v in model.state_dict().items()}\n"
        "print(json.dumps(result))\n")
        // One pass: what is inserted (a file name with %1 in it) is not read for markers.
        .arg(comments(header), rows, labels, QString::number(options.seed),
            layersText(options, x.size(1), classes).join(QStringLiteral(",\n    ")),
            optimizerCode(options), QString::number(options.batchSize), QString::number(steps),
            QLatin1String(kEncode))
        .toUtf8();
}

QByteArray comparisonScript(const Tensor &x, const std::vector<int64_t> &y,
    const std::vector<std::pair<std::string, TrainOptions>> &runs, int64_t classes, int64_t steps,
    const QString &header)
{
    const auto [rows, labels] = dataText(x, y);
    QString table;
    for (const auto &[name, options] : runs)
        table
            += QStringLiteral("    (\"%1\", lambda: [\n        %2,\n    ]),\n")
                   .arg(QString::fromStdString(name),
                       layersText(options, x.size(1), classes).join(QStringLiteral(",\n        ")));
    const TrainOptions &first = runs.front().second; // the runs differ in their activations only
    return QStringLiteral(
        "#!/usr/bin/env python3\n"
        "%1"
        "# Trains each network of the comparison as Activation Lab trains it, with PyTorch (1.13 "
        "gives the\n# same bits), and prints for each its losses and final state dict.\n"
        "import json\nimport math\nfrom collections import OrderedDict\n\nimport torch\n"
        "import torch.nn as nn\nimport torch.nn.functional as F\n\n"
        "X = %2\nY = %3\n\n"
        "x, y = torch.tensor(X), torch.tensor(Y)\n"
        "B = %4\n"
        "batches = [(x[i:i + B], y[i:i + B]) for i in range(0, len(x), B)]\n\n\n"
        "%5\n\n"
        "def train(layers):\n"
        "    torch.manual_seed(%6)\n"
        "    model = nn.Sequential(OrderedDict(layers()))\n"
        "    opt = %7\n"
        "    losses, diverged_at = [], None\n"
        "    for k in range(%8):\n"
        "        xb, yb = batches[k % len(batches)]\n"
        "        opt.zero_grad()\n"
        "        loss = F.cross_entropy(model(xb), yb)\n"
        "        losses.append(loss.item())\n"
        "        if not math.isfinite(losses[-1]):  # diverged: stop here, as Activation Lab "
        "does\n"
        "            diverged_at = k\n"
        "            break\n"
        "        loss.backward()\n"
        "        opt.step()\n"
        "    result = {\"losses\": encode(losses)}\n"
        "    if diverged_at is not None:\n"
        "        result[\"diverged_at\"] = diverged_at\n"
        "    result[\"state_dict\"] = {k: encode(v.tolist()) for k, v in "
        "model.state_dict().items()}\n"
        "    return result\n\n\n"
        "RUNS = [\n%9]\n"
        "print(json.dumps({\"runs\": [dict(activation=name, **train(layers)) for name, layers in "
        "RUNS]}))\n")
        .arg(comments(header), rows, labels, QString::number(first.batchSize),
            QLatin1String(kEncode), QString::number(first.seed), optimizerCode(first),
            QString::number(steps), table)
        .toUtf8();
}

} // namespace al
