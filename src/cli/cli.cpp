#include "cli/cli.h"

#include "core/activation.h"
#include "core/analysis.h"
#include "core/datasets.h"
#include "core/deep.h"
#include "core/loss.h"
#include "core/mlp.h"
#include "core/optim.h"
#include "core/registry.h"
#include "core/train.h"
#include "io/json_tensor.h"
#include "io/state_dict.h"
#include "io/train_script.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <stdexcept>

// The CLI speaks English, like PyTorch's own messages it mirrors; the io messages it relays are
// translated with the rest of the app.

namespace al::cli {

namespace {

constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;
constexpr double kMaxRange = 1e6; // table's --from and --to
constexpr int64_t kMaxTrainSteps = 100000; // train's --steps

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void usage(const QString &message)
{
    throw UsageError(message.toStdString());
}

const char *const kOverview = R"(Usage: activation-lab-cli COMMAND [OPTIONS]

The activation functions of torch.nn, computed exactly as PyTorch computes them (float32, CPU).

Commands:
  eval    apply an activation to a JSON tensor and give its output and gradient
  mlp     run the seed document's network (or a state dict), print every stage; with targets,
          the loss, the gradients and SGD steps
  deep    gradients and activations through a deep stack of one activation, per layer
  table   tabulate x, f(x), f'(x) of an elementwise activation as CSV
  dataset the Train workspace's seeded two-dimensional data sets (circle, xor, spiral, ...)
  train   train a small network on such a data set with SGD or Adam, as PyTorch does

Run 'activation-lab-cli COMMAND --help' for a command's options.
)";

// The activations and their parameter options, from the registry.
QString activationHelp(bool elementwiseOnly)
{
    QStringList names;
    QList<QPair<QString, QStringList>> options; // option, the activations that take it
    QStringList lines;
    for (const ActivationSpec &spec : activationRegistry()) {
        if (elementwiseOnly && !spec.isElementwise())
            continue;
        names << QString::fromLatin1(spec.functionalName);
        for (const ParameterSpec &p : spec.parameters) {
            QString value = p.type == ParameterType::Boolean ? QStringLiteral("true|false")
                : p.type == ParameterType::Choice            ? QString()
                : p.type == ParameterType::Integer           ? QStringLiteral("N")
                                                             : QStringLiteral("X");
            for (const char *choice : p.choices)
                value += (value.isEmpty() ? "" : "|") + QString::fromLatin1(choice);
            const QString option
                = QStringLiteral("--%1 %2").arg(QString::fromStdString(p.cliOption()), value);
            const QString line
                = QStringLiteral("%1 (default %2)")
                      .arg(QLatin1String(p.description))
                      .arg(p.type == ParameterType::Choice
                              ? QString::fromLatin1(p.choices.at(size_t(p.defaultValue)))
                              : p.type == ParameterType::Boolean
                              ? QString::fromLatin1(p.defaultValue ? "true" : "false")
                              : QString::number(p.defaultValue));
            const QString entry = QStringLiteral("  %1  %2").arg(option.leftJustified(26), line);
            auto known = std::find_if(options.begin(), options.end(),
                [&](const auto &known) { return known.first == entry; });
            if (known == options.end())
                options.append({entry, {names.last()}});
            else
                known->second << names.last();
        }
    }
    QString help
        = QStringLiteral("  --activation NAME           one of %1\n\nParameters, each for the "
                         "activations named after it (PyTorch's keyword, '_' written '-'):\n")
              .arg(names.join(QStringLiteral(", ")));
    for (const auto &[entry, takers] : options)
        help += entry.left(30) + takers.join(QStringLiteral(", ")) + QStringLiteral(": ")
            + entry.mid(30) + QLatin1Char('\n');
    return help;
}

QString evalHelp()
{
    return QStringLiteral(
               "Usage: activation-lab-cli eval --activation NAME [--PARAMETER VALUE ...]\n"
               "                              [--input FILE] [--grad-output FILE]\n\n"
               "Reads a JSON tensor (nested arrays; \"nan\", \"inf\", \"-inf\" as strings) from "
               "FILE or standard input\nand prints {\"shape\": [...], \"output\": ..., "
               "\"grad_input\": ...}, where shape is the output's, grad_input the gradient\n"
               "autograd computes for grad_output (default: all ones; the output's shape, which is "
               "the input's\nbut for glu: it halves dim). prelu adds \"grad_weight\", the "
               "gradient of its weight; its --weight\nis a number or a JSON array of one weight "
               "per channel (dim 1 of the input), as '[0.1, 0.2]'.\n\n")
        + activationHelp(false)
        + QStringLiteral(
            "\n  --input FILE                the input tensor (default: standard input)\n"
            "  --grad-output FILE          grad_output, the shape of the output\n");
}

const char *const kMlpHelp
    = R"(Usage: activation-lab-cli mlp [--weights STATE_DICT.json] [--seed N] [--input FILE]
                             [--hidden-activations relu,tanh] [--negative-slope S]
                             [--targets FILE [--backward] [--sgd-steps N --lr LR [--momentum M]]]

Runs input -> fc1 -> act -> fc2 -> act -> ... -> fcN -> softmax(dim=1) and prints
{"stages": [{"name": "input", "shape": [...], "output": ...}, ...]}.
Without --weights the network is the seed document's Linear(100, 64) -> ReLU -> Linear(64, 32)
-> Tanh -> Linear(32, 5), initialised exactly as PyTorch does after torch.manual_seed(N) and
torch.randn(4, 100).

  --weights FILE              a state dict as JSON: fc1.weight, fc1.bias, fc2.weight, ...
  --seed N                    torch.manual_seed(N) for the input batch and weights (default 0)
  --input FILE                a [batch, in_features] JSON tensor (default: randn(4, in_features))
  --hidden-activations LIST   one elementwise activation per hidden layer (default relu,tanh)
  --negative-slope S          the slope of any leaky_relu in LIST (default 0.01)

Training, on the logits fcN (softmax is a display stage, not part of the model):
  --targets FILE              a JSON array of class indices, one per input row; adds "loss",
                              F.cross_entropy(logits, targets) (mean)
  --backward                  adds "grads", loss.backward()'s gradient of every parameter
                              ({"fc1.weight": ..., ...}), and "stage_grads", the gradient with
                              respect to each stage's output from the input to the logits
                              ([{"name": "input", "grad": ...}, ...])
  --sgd-steps N               1 to 10000 steps of torch.optim.SGD(model.parameters(), lr=LR,
                              momentum=M), each zero_grad, loss, backward, step; adds "losses"
                              (each before its step) and the final "state_dict"
  --lr LR                     the learning rate, at least 0 (needed by --sgd-steps)
  --momentum M                from 0 to below 1 (default 0)

Limits, checked before any work (a state dict's before any of its numbers is read):
  at most 16 layers, each with at most 4096 inputs and outputs;
  at most 16781312 parameters in all (one 4096 x 4096 layer and its bias);
  a batch of at most 1024 samples; 64 MiB for any file or standard input.
)";

QString deepHelp()
{
    return QStringLiteral(
               "Usage: activation-lab-cli deep --activation NAME [--PARAMETER VALUE ...]\n"
               "                               [--depth N] [--width W] [--batch B] [--seed S]\n"
               "                               [--init default|kaiming|xavier] [--weight-scale "
               "S]\n\n"
               "Builds what PyTorch builds after torch.manual_seed(S): N layers nn.Linear(W, W), "
               "each followed by\nits init, then head = nn.Linear(W, 10), x = torch.randn(B, W) "
               "and the targets torch.arange(B) % 10;\nruns x -> (Linear, activation) x N -> "
               "head -> F.cross_entropy and loss.backward(), and prints\n{\"loss\": ..., "
               "\"layers\": [{\"name\": \"fc1\", \"grad_norm\": ..., \"output_std\": ..., "
               "...}, ...]}:\n"
               "  grad_norm           torch.linalg.norm(fc.weight.grad)\n"
               "  output_std          torch.std of the layer's activation output (all "
               "elements, unbiased)\n"
               "  saturated_fraction  after an activation that saturates (sigmoid, tanh, ...): "
               "the share of\n"
               "                      outputs within 0.01 of where its derivative vanishes\n"
               "  dead_fraction       after a rectifier (relu, ...): the share of units that are "
               "0 for every sample\n\n")
        + activationHelp(true)
        + QStringLiteral("\n  --depth N                   1 to 50 hidden layers (default 10)\n"
                         "  --width W                   8 to 256 units per layer (default 64)\n"
                         "  --batch B                   1 to 1024 samples (default 16)\n"
                         "  --seed S                    torch.manual_seed(S) (default 0)\n"
                         "  --init default|kaiming|xavier\n"
                         "                              default: nn.Linear's own; kaiming: "
                         "kaiming_normal_(weight,\n"
                         "                              nonlinearity='relu'), zero bias; xavier: "
                         "xavier_uniform_(weight),\n"
                         "                              zero bias (default default)\n"
                         "  --weight-scale S            0 to 10: each layer's weight.mul_(S) "
                         "after its init\n"
                         "                              (default 1; above 1 gradients explode)\n");
}

QString tableHelp()
{
    return QStringLiteral(
               "Usage: activation-lab-cli table --activation NAME [--PARAMETER VALUE ...]\n"
               "                               [--from A] [--to B] [--points N]\n\n"
               "Prints CSV with the header x,y,dy: N evenly spaced x from A to B, f(x) "
               "and f'(x).\n\n")
        + activationHelp(true)
        + QStringLiteral(
            "\n  --from A, --to B            the x range, within ±1e6 (default -6 to 6)\n"
            "  --points N                  2 to 100000 (default 241)\n");
}

QIODevice *standardInput = nullptr; // set by run(); the process's stdin when null

// Everything up to the end of the file or stream: a pipe delivers its data in pieces, and one read
// would take only the first.
QByteArray readToEnd(QIODevice &device, const QString &what)
{
    QByteArray data;
    // A file's size is known: one allocation, not a series of ever larger copies.
    if (!device.isSequential())
        data.reserve(std::min(device.size(), kMaxInputBytes + 1));
    while (true) {
        const QByteArray chunk = device.read(1 << 16);
        if (chunk.isEmpty()) {
            if (device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        data += chunk;
        if (data.size() > kMaxInputBytes)
            usage(QStringLiteral("%1 is larger than 64 MiB").arg(what));
    }
    if (auto *file = qobject_cast<QFile *>(&device); file && file->error() != QFileDevice::NoError)
        usage(QStringLiteral("cannot read %1: %2").arg(what, file->errorString()));
    return data;
}

QByteArray readInput(const QString &path)
{
    const bool standard = path.isEmpty() || path == QLatin1String("-");
    const QString what = standard ? QStringLiteral("standard input") : path;
    if (standard && standardInput)
        return readToEnd(*standardInput, what);
    QFile file;
    // Unbuffered: each read is one read(2), which blocks until data or the end of a pipe.
    const bool opened = standard
        ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        usage(QStringLiteral("cannot open %1: %2").arg(what, file.errorString()));
    return readToEnd(file, what);
}

Tensor readTensor(const QString &path, const QString &what)
{
    QString error;
    std::optional<Tensor> tensor = io::parseTensor(readInput(path), &error);
    if (!tensor)
        usage(QStringLiteral("%1: %2").arg(what, error));
    return *tensor;
}

double number(const QCommandLineParser &parser, const QString &option, double fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        usage(QStringLiteral("--%1 needs a finite number, got \"%2\"")
                  .arg(option, parser.value(option).left(40)));
    return value;
}

int64_t integer(const QCommandLineParser &parser, const QString &option, int64_t fallback,
    int64_t minimum, int64_t maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        usage(QStringLiteral("--%1 needs an integer from %2 to %3, got \"%4\"")
                  .arg(option)
                  .arg(minimum)
                  .arg(maximum)
                  .arg(parser.value(option).left(40)));
    return value;
}

const ActivationSpec &activationNamed(const QString &name)
{
    const ActivationSpec *spec = findActivation(name.toStdString());
    if (!spec) {
        QStringList names;
        for (const ActivationSpec &s : activationRegistry())
            names << QString::fromLatin1(s.functionalName);
        usage(QStringLiteral("unknown activation \"%1\" (expected one of %2)")
                  .arg(name.left(40), names.join(QStringLiteral(", "))));
    }
    return *spec;
}

// Every parameter of the registry as an option, once: --negative-slope, --dim, --inplace, ...
// but those the command has itself (deep's --seed is torch.manual_seed for the whole stack).
QList<QCommandLineOption> parameterOptions(const QStringList &commandOwn = {})
{
    QStringList names;
    for (const ActivationSpec &spec : activationRegistry())
        for (const ParameterSpec &p : spec.parameters)
            if (!names.contains(QString::fromStdString(p.cliOption()))
                && !commandOwn.contains(QString::fromStdString(p.cliOption())))
                names << QString::fromStdString(p.cliOption());
    QList<QCommandLineOption> options;
    for (const QString &name : names)
        options << QCommandLineOption(name, QString(), QStringLiteral("value"));
    return options;
}

// The value of a parameter option, as the registry holds it (a choice as its index).
double parameterOption(const QCommandLineParser &parser, const ParameterSpec &p)
{
    const QString option = QString::fromStdString(p.cliOption());
    const QString text = parser.value(option);
    switch (p.type) {
    case ParameterType::Real:
    case ParameterType::Integer:
        return number(parser, option, 0.0);
    case ParameterType::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == "1")
            return 1.0;
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == "0")
            return 0.0;
        usage(QStringLiteral("--%1 needs true or false, got \"%2\"").arg(option, text.left(40)));
    case ParameterType::Choice: {
        QStringList choices;
        for (const char *choice : p.choices)
            choices << QString::fromLatin1(choice);
        if (!choices.contains(text))
            usage(QStringLiteral("--%1 needs one of %2, got \"%3\"")
                      .arg(option, choices.join(QStringLiteral(", ")), text.left(40)));
        return choices.indexOf(text);
    }
    }
    return 0.0;
}

// Builds the activation from --activation and its parameter options; a parameter it does not
// have is refused. `commandOwn`: options the command reads itself, not the activation.
Activation activationFrom(const QCommandLineParser &parser, const QStringList &commandOwn = {})
{
    if (!parser.isSet(QStringLiteral("activation")))
        usage(QStringLiteral("--activation NAME is required"));
    const ActivationSpec &spec = activationNamed(parser.value(QStringLiteral("activation")));
    Activation activation(spec);
    std::vector<std::pair<std::string, double>> values;
    for (const QCommandLineOption &option : parameterOptions(commandOwn)) {
        const QString name = option.names().first();
        if (!parser.isSet(name))
            continue;
        const auto p = std::find_if(spec.parameters.begin(), spec.parameters.end(),
            [&](const ParameterSpec &p) { return QString::fromStdString(p.cliOption()) == name; });
        if (p == spec.parameters.end())
            usage(QStringLiteral("%1 has no parameter '%2'")
                      .arg(spec.functionalName, QString(name).replace(QLatin1Char('-'), '_')));
        values.emplace_back(p->name, parameterOption(parser, *p));
    }
    activation.set(values); // together: a rule across them sees them all
    return activation;
}

// A float32 as the JSON tensors write it: shortest round trip, "nan" and "inf" as strings.
QByteArray jsonNumber(float value)
{
    return io::tensorToJson(Tensor(Shape {}, {value}));
}

// The targets file: a JSON array of class indices, one per row of the batch, refused as
// F.cross_entropy refuses them (PyTorch's words), -100 (ignore_index) included.
std::vector<int64_t> readTargets(const QString &path, int64_t batch, int64_t classes)
{
    const QByteArray data = readInput(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(io::pythonNumbersToJson(data), &error);
    if (error.error != QJsonParseError::NoError)
        usage(QStringLiteral("targets: invalid JSON at character %1: %2")
                  .arg(error.offset)
                  .arg(error.errorString()));
    if (!document.isArray())
        usage(QStringLiteral("targets: expected a JSON array of class indices"));
    const QJsonArray array = document.array();
    std::vector<int64_t> targets;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const double value = array[i].toDouble(0.5);
        if (!array[i].isDouble() || value != std::floor(value) || std::abs(value) > 1e15)
            usage(QStringLiteral("targets: [%1] is not a class index (an integer): %2")
                      .arg(i)
                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray {array[i]})
                                                 .toJson(QJsonDocument::Compact)
                                                 .mid(1)
                                                 .chopped(1)
                                                 .left(40))));
        targets.push_back(static_cast<int64_t>(value));
    }
    // Every element is a number, so a '.' or an exponent is in one: Python reads 1.0 and 1e0 as
    // floats, which torch.tensor makes class probabilities, not indices.
    if (data.contains('.') || data.contains('e') || data.contains('E'))
        usage(
            QStringLiteral("targets: class indices are integers, not numbers such as 1.0 or 1e0"));
    checkTargets(batch, classes, targets);
    return targets;
}

// --sgd-steps, --lr and --momentum, checked before any work: the optimizer, or none.
std::optional<Sgd> optimizerFrom(const QCommandLineParser &parser)
{
    for (const QString &option : {QStringLiteral("backward"), QStringLiteral("sgd-steps")})
        if (parser.isSet(option) && !parser.isSet(QStringLiteral("targets")))
            usage(QStringLiteral("--%1 needs --targets").arg(option));
    if (!parser.isSet(QStringLiteral("sgd-steps"))) {
        for (const QString &option : {QStringLiteral("lr"), QStringLiteral("momentum")})
            if (parser.isSet(option))
                usage(QStringLiteral("--%1 goes with --sgd-steps").arg(option));
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("lr")))
        usage(QStringLiteral("--sgd-steps needs --lr"));
    const double momentum = number(parser, QStringLiteral("momentum"), 0.0);
    Sgd optimizer(number(parser, QStringLiteral("lr"), 0.0), momentum); // PyTorch's refusals
    // PyTorch takes more; at 1 or more the steps grow without bound.
    if (momentum >= 1.0)
        usage(QStringLiteral("--momentum must be below 1, got \"%1\"")
                  .arg(parser.value(QStringLiteral("momentum")).left(40)));
    return optimizer;
}

void parse(QCommandLineParser &parser, const QStringList &arguments,
    const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList {QStringLiteral("activation-lab-cli")} + arguments))
        usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
}

QCommandLineOption valueOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
}

// PReLU's --weight as a JSON array: one weight per channel (dim 1 of the input), the form the
// registry's single number cannot hold. Null for a plain number (the registry's parameter).
std::optional<Tensor> channelWeights(const QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("weight")).trimmed();
    if (parser.value(QStringLiteral("activation")) != QLatin1String("prelu")
        || !text.startsWith(QLatin1Char('[')))
        return std::nullopt;
    QString error;
    std::optional<Tensor> weight = io::parseTensor(text.toUtf8(), &error);
    if (!weight)
        usage(QStringLiteral("--weight: %1").arg(error));
    if (weight->rank() != 1)
        usage(QStringLiteral("--weight needs a number or a flat JSON array of numbers"));
    return weight;
}

int evalCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        QList<QCommandLineOption> {
            valueOption("activation"), valueOption("input"), valueOption("grad-output")}
            + parameterOptions());
    const std::optional<Tensor> perChannel = channelWeights(parser);
    const Activation activation
        = activationFrom(parser, perChannel ? QStringList {"weight"} : QStringList {});
    const Tensor x = readTensor(parser.value(QStringLiteral("input")), QStringLiteral("input"));
    // GLU halves its dim: grad_output has the output's shape, grad_input the input's.
    const Shape shape
        = perChannel ? preluShape(*perChannel, x.shape()) : outputShape(activation, x.shape());
    const Tensor gradOutput = parser.isSet(QStringLiteral("grad-output"))
        ? readTensor(parser.value(QStringLiteral("grad-output")), QStringLiteral("grad-output"))
        : Tensor(shape, 1.0f);
    if (gradOutput.shape() != shape)
        usage(QStringLiteral("grad-output has shape %1 but the output has shape %2")
                  .arg(QString::fromStdString(shapeToString(gradOutput.shape())),
                      QString::fromStdString(shapeToString(shape))));
    Tensor y, gradInput;
    std::optional<Tensor> gradWeight;
    if (activation.kind() == ActivationKind::Prelu) {
        // The weight's gradient too, the tensor nn.PReLU learns (weight.grad).
        const Tensor weight = perChannel ? *perChannel : preluWeight(activation);
        y = preluForward(x, weight);
        PreluGradients gradients = preluBackward(x, weight, gradOutput);
        gradInput = std::move(gradients.input);
        gradWeight = std::move(gradients.weight);
    } else {
        y = forward(activation, x);
        gradInput = backward(activation, x, y, gradOutput);
    }
    out << "{\"shape\": " << QString::fromStdString(shapeToString(y.shape()))
        << ", \"output\": " << io::tensorToJson(y)
        << ", \"grad_input\": " << io::tensorToJson(gradInput);
    if (gradWeight)
        out << ", \"grad_weight\": " << io::tensorToJson(*gradWeight);
    out << "}\n";
    return 0;
}

int mlpCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        {valueOption("weights"), valueOption("seed"), valueOption("input"),
            valueOption("hidden-activations"), valueOption("negative-slope"),
            valueOption("targets"), QCommandLineOption(QStringLiteral("backward")),
            valueOption("sgd-steps"), valueOption("lr"), valueOption("momentum")});
    std::optional<Sgd> optimizer = optimizerFrom(parser);
    const int64_t steps = integer(parser, QStringLiteral("sgd-steps"), 0, 1, 10000);
    const auto seed = static_cast<uint64_t>(
        integer(parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<int64_t>::max()));

    std::vector<Activation> activations;
    if (parser.isSet(QStringLiteral("hidden-activations"))) {
        for (const QString &name :
            parser.value(QStringLiteral("hidden-activations")).split(QLatin1Char(','))) {
            const ActivationSpec &spec = activationNamed(name.trimmed());
            if (!spec.isElementwise())
                usage(QStringLiteral("%1 cannot be a hidden activation: it is not elementwise")
                          .arg(name.trimmed()));
            // nn.PReLU's weight would be learned with the layers, which mlp does not model.
            if (spec.kind == ActivationKind::Prelu)
                usage(QStringLiteral("prelu cannot be a hidden activation: its weight is a "
                                     "parameter mlp does not train"));
            activations.push_back(Activation(spec));
        }
    }
    if (parser.isSet(QStringLiteral("negative-slope"))) {
        // Checked whether or not a layer takes it; then given to every layer that does.
        Activation leaky = Activation::named("leaky_relu");
        leaky.set("negative_slope", number(parser, QStringLiteral("negative-slope"), 0.01));
        for (Activation &activation : activations)
            if (activation.has("negative_slope"))
                activation.set("negative_slope", leaky.value("negative_slope"));
    }

    std::optional<Mlp> network;
    if (parser.isSet(QStringLiteral("weights"))) {
        QString error;
        std::optional<std::vector<Linear>> layers
            = io::parseStateDict(readInput(parser.value(QStringLiteral("weights"))), &error);
        if (!layers)
            usage(QStringLiteral("%1: %2").arg(parser.value(QStringLiteral("weights")), error));
        if (activations.empty())
            activations = layers->size() == 3
                ? Mlp::defaultHiddenActivations()
                : std::vector<Activation>(layers->size() - 1, Activation::named("relu"));
        TorchGenerator generator(seed);
        Tensor input = randn({4, layers->front().inFeatures()}, generator);
        network.emplace(std::move(*layers), activations, std::move(input));
    } else {
        network.emplace(Mlp::fromTorchSeed(seed, {100, 64, 32, 5}, 4,
            activations.empty() ? Mlp::defaultHiddenActivations() : activations));
    }
    if (parser.isSet(QStringLiteral("input")))
        network->setInput(
            readTensor(parser.value(QStringLiteral("input")), QStringLiteral("input")));

    std::optional<std::vector<int64_t>> targets;
    if (parser.isSet(QStringLiteral("targets")))
        targets = readTargets(parser.value(QStringLiteral("targets")), network->input().size(0),
            network->layers().back().outFeatures());

    network->runAll();
    out << "{\"stages\": [";
    bool first = true;
    for (const StageRecord &record : network->records()) {
        out << (first ? "\n  " : ",\n  ") << "{\"name\": \"" << QString::fromStdString(record.name)
            << "\", \"shape\": " << QString::fromStdString(shapeToString(record.output.shape()))
            << ", \"output\": " << io::tensorToJson(record.output) << "}";
        first = false;
    }
    out << "\n]";
    if (targets) {
        // The model ends at the logits: the loss, and the gradients, start there.
        Sequential model = Sequential::mlp(network->layers(), network->hiddenActivations());
        const std::vector<Tensor> outputs = model.forward(network->input());
        out << ",\n\"loss\": " << jsonNumber(crossEntropy(outputs.back(), *targets));
        if (parser.isSet(QStringLiteral("backward"))) {
            const SequentialGradients gradients
                = model.backward(crossEntropyBackward(outputs.back(), *targets));
            out << ",\n\"grads\": {";
            for (size_t i = 0; i < gradients.parameters.size(); ++i)
                out << (i ? ",\n  \"" : "\n  \"")
                    << QString::fromStdString(gradients.parameters[i].name)
                    << "\": " << io::tensorToJson(gradients.parameters[i].tensor);
            out << "\n},\n\"stage_grads\": [";
            for (size_t i = 0; i < gradients.outputs.size(); ++i)
                out << (i ? ",\n  " : "\n  ") << "{\"name\": \""
                    << QString::fromStdString(i ? model.stageName(int(i) - 1) : "input")
                    << "\", \"grad\": " << io::tensorToJson(gradients.outputs[i]) << "}";
            out << "\n]";
        }
        if (optimizer) {
            const SgdRun run = trainWithSgd(network->layers(), network->hiddenActivations(),
                network->input(), *targets, *optimizer, static_cast<int>(steps));
            out << ",\n\"losses\": "
                << io::tensorToJson(Tensor({static_cast<int64_t>(run.losses.size())}, run.losses))
                << ",\n\"state_dict\": " << io::stateDictToJson(run.layers).trimmed();
        }
    }
    out << "}\n";
    return 0;
}

int deepCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        QList<QCommandLineOption> {valueOption("activation"), valueOption("depth"),
            valueOption("width"), valueOption("batch"), valueOption("seed"), valueOption("init"),
            valueOption("weight-scale")}
            + parameterOptions({QStringLiteral("seed")}));
    DeepStackOptions options;
    options.activation = activationFrom(parser, {QStringLiteral("seed")});
    if (!options.activation.isElementwise())
        usage(QStringLiteral("deep needs an elementwise activation; %1 maps vectors to vectors")
                  .arg(parser.value(QStringLiteral("activation"))));
    // PyTorch would draw RReLU's slopes from the same generator as the stack, layer by layer.
    if (options.activation.isRandom())
        usage(QStringLiteral("deep needs a deterministic activation; rrelu with --training true "
                             "draws random slopes"));
    options.depth = static_cast<int>(
        integer(parser, QStringLiteral("depth"), options.depth, 1, kMaxDeepDepth));
    options.width
        = integer(parser, QStringLiteral("width"), options.width, kMinDeepWidth, kMaxDeepWidth);
    options.batch = integer(parser, QStringLiteral("batch"), options.batch, 1, kMaxBatch);
    options.seed = static_cast<uint64_t>(
        integer(parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<int64_t>::max()));
    const QStringList inits {"default", "kaiming", "xavier"};
    const QString init = parser.value(QStringLiteral("init"));
    if (parser.isSet(QStringLiteral("init")) && !inits.contains(init))
        usage(QStringLiteral("--init needs one of default, kaiming, xavier, got \"%1\"")
                  .arg(init.left(40)));
    options.init = init == inits[1] ? Init::Kaiming
        : init == inits[2]          ? Init::Xavier
                                    : Init::Default;
    options.weightScale = number(parser, QStringLiteral("weight-scale"), 1.0);
    if (options.weightScale < 0 || options.weightScale > kMaxWeightScale)
        usage(QStringLiteral("--weight-scale must be from 0 to %1, got %2")
                  .arg(kMaxWeightScale)
                  .arg(options.weightScale));

    const DeepStack result = deepStack(options);
    out << "{\"loss\": " << jsonNumber(result.loss) << ", \"layers\": [";
    for (size_t i = 0; i < result.layers.size(); ++i) {
        const DeepLayer &layer = result.layers[i];
        out << (i ? ",\n  " : "\n  ") << "{\"name\": \"" << QString::fromStdString(layer.name)
            << "\", \"grad_norm\": " << jsonNumber(layer.gradNorm)
            << ", \"output_std\": " << jsonNumber(layer.outputStd);
        if (layer.saturatedFraction)
            out << ", \"saturated_fraction\": " << jsonNumber(*layer.saturatedFraction);
        if (layer.deadFraction)
            out << ", \"dead_fraction\": " << jsonNumber(*layer.deadFraction);
        out << "}";
    }
    out << "\n]}\n";
    return 0;
}

int tableCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        QList<QCommandLineOption> {valueOption("activation"), valueOption("from"),
            valueOption("to"), valueOption("points")}
            + parameterOptions());
    const Activation activation = activationFrom(parser);
    if (!activation.isElementwise())
        usage(QStringLiteral("table needs an elementwise activation; %1 maps vectors to vectors")
                  .arg(parser.value(QStringLiteral("activation"))));
    const double from = number(parser, QStringLiteral("from"), -6.0);
    const double to = number(parser, QStringLiteral("to"), 6.0);
    if (!(from < to))
        usage(QStringLiteral("--from must be less than --to"));
    // As the app's: beyond, the grid's steps overflow (1e308 - -1e308 is inf).
    if (std::abs(from) > kMaxRange || std::abs(to) > kMaxRange)
        usage(QStringLiteral("--from and --to must be within ±%1").arg(kMaxRange, 0, 'g', 7));
    const int64_t points = integer(parser, QStringLiteral("points"), 241, 2, 100000);
    const Tensor x = linspace(from, to, points);
    const Tensor y = forward(activation, x);
    const Tensor dy = derivative(activation, x);
    out << "x,y,dy\n";
    for (int64_t i = 0; i < points; ++i)
        out << io::formatFloat(x.data()[i]).c_str() << ',' << io::formatFloat(y.data()[i]).c_str()
            << ',' << io::formatFloat(dy.data()[i]).c_str() << '\n';
    return 0;
}

QString datasetHelp()
{
    QStringList names;
    for (const DatasetInfo &info : datasetKinds())
        names << QString::fromLatin1(info.name);
    return QStringLiteral(
        "Usage: activation-lab-cli dataset --name NAME [--points N] [--noise F] [--seed S]\n"
        "                                  [--classes C]\n\n"
        "Prints {\"x\": [[x1, x2], ...], \"y\": [class, ...]}: the Train workspace's data, the "
        "same points on\nevery machine. Point i has class i mod C. Each point draws four uniforms "
        "a, b, c, d from the\ngenerator of torch.manual_seed(S), as torch.rand(N, 4, "
        "dtype=torch.float64) draws them; c and d\ngive the jitter noise * (r cos 2πd, r sin 2πd), "
        "r = sqrt(-2 log(1 - c)).\n"
        "  circle  class 0 inside radius 2.5 (r = 2.5a), class 1 in the ring 3.5 to 5 (r = 3.5 + "
        "1.5a),\n          angle 2πb\n"
        "  xor     |x| = 0.3 + 4.7a, |y| = 0.3 + 4.7b; class 0 in (+, +) and (-, -), class 1 in "
        "(+, -)\n          and (-, +), the quadrants taking turns within a class\n"
        "  gauss   blobs of standard deviation 1 around (2, 2) (class 0) and (-2, -2) (class 1),\n"
        "          Box-Muller of a and b\n"
        "  spiral  C arms: r = 0.2 + 4.8a, angle 3.5πa + 2π class / C\n"
        "  moons   half circles of radius 3: (3 cos πa - 1.5, 3 sin πa - 0.75) for class 0,\n"
        "          (1.5 - 3 cos πa, 0.75 - 3 sin πa) for class 1\n"
        "  sine, cubic, abs\n"
        "          x = -6 + 12a, y = f(x) + (0.1 + 2.9b) for class 0 (above), f(x) - (0.1 + 2.9b) "
        "for\n          class 1 (below); f = sin x, x³/40, |x| - 3\n\n"
        "  --name NAME                 one of %1\n"
        "  --points N                  1 to 10000 (default 200)\n"
        "  --noise F                   0 to 1, the jitter's standard deviation (default 0)\n"
        "  --seed S                    torch.manual_seed(S) (default 0)\n"
        "  --classes C                 a spiral's arms, 2 to 4 (default 2; the others have 2)\n")
        .arg(names.join(QStringLiteral(", ")));
}

QString trainHelp()
{
    return QStringLiteral(
               "Usage: activation-lab-cli train --data FILE --hidden-sizes 8,8 --activations "
               "tanh,tanh\n"
               "                                --optimizer sgd|adam --lr LR --batch-size B "
               "--steps N\n"
               "                                [--seed S] [--momentum M] [--weight-decay WD]\n"
               "                                [--PARAMETER VALUE ...] [--export-script "
               "OUT.py]\n\n"
               "Trains on FILE, {\"x\": [[x1, x2], ...], \"y\": [class, ...]} (what dataset "
               "prints), what PyTorch\ntrains after torch.manual_seed(S): nn.Linear(2, h1), "
               "act1, nn.Linear(h1, h2), ..., nn.Linear(h_last,\nclasses), classes = max(y) + 1, "
               "with torch.optim.SGD(lr, momentum, weight_decay) or\n"
               "torch.optim.Adam(lr, weight_decay) and F.cross_entropy (mean). Mini-batches in "
               "order, unshuffled:\nstep k takes rows [i, i + B) for i = (k mod ceil(n / B)) * B. "
               "Prints {\"losses\": [...], \"state_dict\":\n{...}}: each step's loss before its "
               "update, and fc1.weight, fc1.bias, ... in the format\n'mlp --weights' reads. A loss "
               "that is not finite ends the run there: it is the last of \"losses\",\n"
               "\"diverged_at\" gives its step (from 0), and the state dict is the one that "
               "gave it.\n\n")
        + activationHelp(true)
        + QStringLiteral(
            "\n  --data FILE                 the data set (- for standard input)\n"
            "  --hidden-sizes LIST         0 to 6 hidden layers of 1 to 16 units: 8,8 (\"\" for "
            "none)\n"
            "  --activations LIST          one elementwise activation per hidden layer: "
            "tanh,relu; a\n"
            "                              parameter option goes to each that takes it\n"
            "  --seed S                    torch.manual_seed(S) before the layers (default 0)\n"
            "  --optimizer sgd|adam        Adam with betas (0.9, 0.999) and eps 1e-8\n"
            "  --lr LR                     the learning rate, at least 0\n"
            "  --momentum M                SGD only, from 0 to below 1 (default 0)\n"
            "  --weight-decay WD           at least 0 (default 0)\n"
            "  --batch-size B              1 to 1024 (the last batch may be smaller)\n"
            "  --steps N                   1 to 100000\n"
            "  --export-script OUT.py      also write a Python program (the data inline) that "
            "trains the\n"
            "                              same network with PyTorch and prints the same JSON\n\n"
            "Limits, checked before any work: 1 to 10000 points, labels from 0 to 15, 64 MiB "
            "for the file.\n");
}

// `--name circle ...`: the data set as JSON.
int datasetCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        {valueOption("name"), valueOption("points"), valueOption("noise"), valueOption("seed"),
            valueOption("classes")});
    if (!parser.isSet(QStringLiteral("name")))
        usage(QStringLiteral("--name NAME is required"));
    DatasetOptions options;
    const QString name = parser.value(QStringLiteral("name"));
    const std::optional<DatasetKind> kind = datasetNamed(name.toStdString());
    if (!kind) {
        QStringList names;
        for (const DatasetInfo &info : datasetKinds())
            names << QString::fromLatin1(info.name);
        usage(QStringLiteral("unknown data set \"%1\" (expected one of %2)")
                  .arg(name.left(40), names.join(QStringLiteral(", "))));
    }
    options.kind = *kind;
    options.points
        = integer(parser, QStringLiteral("points"), options.points, 1, kMaxDatasetPoints);
    options.noise = number(parser, QStringLiteral("noise"), 0.0);
    if (options.noise < 0.0 || options.noise > 1.0)
        usage(QStringLiteral("--noise must be from 0 to 1, got \"%1\"")
                  .arg(parser.value(QStringLiteral("noise")).left(40)));
    options.seed = static_cast<uint64_t>(
        integer(parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<int64_t>::max()));
    const bool spiral = options.kind == DatasetKind::Spiral;
    if (!spiral && parser.isSet(QStringLiteral("classes"))
        && parser.value(QStringLiteral("classes")) != QLatin1String("2"))
        usage(QStringLiteral("--classes is a spiral's number of arms; %1 has 2 classes")
                  .arg(QLatin1String(datasetName(options.kind))));
    options.classes = static_cast<int>(
        integer(parser, QStringLiteral("classes"), 2, 2, spiral ? kMaxSpiralClasses : 2));
    const Dataset dataset = makeDataset(options);
    out << "{\"x\": " << io::tensorToJson(dataset.x) << ",\n\"y\": [";
    for (size_t i = 0; i < dataset.y.size(); ++i)
        out << (i ? ", " : "") << dataset.y[i];
    out << "]}\n";
    return 0;
}

// The data file: {"x": [[x1, x2], ...], "y": [class, ...]}, each coordinate finite, each label
// an integer from 0.
Dataset readDataset(const QString &path)
{
    const QString what
        = path.isEmpty() || path == QLatin1String("-") ? QStringLiteral("standard input") : path;
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(io::pythonNumbersToJson(readInput(path)), &error);
    if (error.error != QJsonParseError::NoError)
        usage(QStringLiteral("%1: invalid JSON at character %2: %3")
                  .arg(what)
                  .arg(error.offset)
                  .arg(error.errorString()));
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(QStringLiteral("x")).isArray()
        || !object.value(QStringLiteral("y")).isArray())
        usage(
            QStringLiteral("%1: expected {\"x\": [[x1, x2], ...], \"y\": [class, ...]}").arg(what));
    const QJsonArray xs = object.value(QStringLiteral("x")).toArray();
    const QJsonArray ys = object.value(QStringLiteral("y")).toArray();
    if (xs.isEmpty())
        usage(QStringLiteral("%1: the data set is empty").arg(what));
    if (xs.size() > kMaxDatasetPoints)
        usage(QStringLiteral("%1: %2 points, at most %3")
                  .arg(what)
                  .arg(xs.size())
                  .arg(kMaxDatasetPoints));
    if (xs.size() != ys.size())
        usage(
            QStringLiteral("%1: %2 points but %3 labels").arg(what).arg(xs.size()).arg(ys.size()));
    Dataset dataset {Tensor::uninitialized({xs.size(), 2}), {}};
    for (qsizetype i = 0; i < xs.size(); ++i) {
        const QJsonArray point = xs[i].toArray();
        if (!xs[i].isArray() || point.size() != 2)
            usage(QStringLiteral("%1: x[%2] is not a point [x1, x2]").arg(what).arg(i));
        for (qsizetype j = 0; j < 2; ++j) {
            const auto value = static_cast<float>(point[j].toDouble());
            if (!point[j].isDouble() || !std::isfinite(value))
                usage(
                    QStringLiteral("%1: x[%2][%3] is not a finite number").arg(what).arg(i).arg(j));
            dataset.x.data()[2 * i + j] = value;
        }
    }
    for (qsizetype i = 0; i < ys.size(); ++i) {
        const double value = ys[i].toDouble(-1.0);
        if (!ys[i].isDouble() || value != std::floor(value) || value < 0
            || value >= double(kMaxTrainClasses))
            usage(QStringLiteral("%1: y[%2] is not a class from 0 to %3: %4")
                      .arg(what)
                      .arg(i)
                      .arg(kMaxTrainClasses - 1)
                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray {ys[i]})
                                                 .toJson(QJsonDocument::Compact)
                                                 .mid(1)
                                                 .chopped(1)
                                                 .left(40))));
        dataset.y.push_back(static_cast<int64_t>(value));
    }
    return dataset;
}

// A comma-separated list; "" is none.
QStringList listOption(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        usage(QStringLiteral("--%1 is required (\"\" for none)").arg(option));
    const QString value = parser.value(option).trimmed();
    QStringList items;
    if (!value.isEmpty())
        for (const QString &item : value.split(QLatin1Char(',')))
            items << item.trimmed();
    return items;
}

// The hidden activations of --activations, each with the parameter options it takes; an option
// none of them takes is refused.
std::vector<Activation> trainActivations(const QCommandLineParser &parser)
{
    std::vector<Activation> activations;
    for (const QString &name : listOption(parser, QStringLiteral("activations"))) {
        const ActivationSpec &spec = activationNamed(name);
        if (!spec.isElementwise())
            usage(QStringLiteral("%1 cannot be a hidden activation: it is not elementwise")
                      .arg(name));
        activations.push_back(Activation(spec));
    }
    std::vector<std::vector<std::pair<std::string, double>>> values(activations.size());
    for (const QCommandLineOption &option : parameterOptions({QStringLiteral("seed")})) {
        const QString name = option.names().first();
        if (!parser.isSet(name))
            continue;
        bool taken = false;
        for (size_t i = 0; i < activations.size(); ++i)
            for (const ParameterSpec &p : activations[i].spec().parameters)
                if (QString::fromStdString(p.cliOption()) == name) {
                    values[i].emplace_back(p.name, parameterOption(parser, p));
                    taken = true;
                }
        if (!taken)
            usage(QStringLiteral("no activation in --activations has a parameter '%1'")
                      .arg(QString(name).replace(QLatin1Char('-'), '_')));
    }
    for (size_t i = 0; i < activations.size(); ++i)
        activations[i].set(values[i]);
    return activations;
}

// The command line as a shell would read it back: ' train --data d.json ...'.
QString quotedArguments(const QStringList &arguments)
{
    QString quoted;
    for (const QString &argument : arguments)
        quoted += QLatin1Char(' ')
            + (argument.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.,/=:-]")))
                        || argument.isEmpty()
                    ? QStringLiteral("'%1'").arg(
                        QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''")))
                    : argument);
    return quoted;
}

// The app's rule for exports: a regular file, or a new name in an existing folder; never a FIFO,
// a device or a folder (QSaveFile would rename its new file over it).
void checkWritableTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        usage(QStringLiteral("%1 is not a regular file; nothing was written").arg(path));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        usage(QStringLiteral("cannot write %1: the folder %2 does not exist")
                  .arg(path, info.absolutePath()));
}

void writeFile(const QString &path, const QByteArray &data)
{
    checkWritableTarget(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        usage(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

int trainCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        QList<QCommandLineOption> {valueOption("data"), valueOption("hidden-sizes"),
            valueOption("activations"), valueOption("seed"), valueOption("optimizer"),
            valueOption("lr"), valueOption("momentum"), valueOption("weight-decay"),
            valueOption("batch-size"), valueOption("steps"), valueOption("export-script")}
            + parameterOptions({QStringLiteral("seed")})); // --seed is the run's (manual_seed)
    for (const char *required : {"data", "optimizer", "lr", "batch-size", "steps"})
        if (!parser.isSet(QLatin1String(required)))
            usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    TrainOptions options;
    options.hiddenSizes.clear();
    const QStringList sizes = listOption(parser, QStringLiteral("hidden-sizes"));
    if (sizes.size() > kMaxTrainHiddenLayers)
        usage(QStringLiteral("--hidden-sizes: at most %1 hidden layers, got %2")
                  .arg(kMaxTrainHiddenLayers)
                  .arg(sizes.size()));
    for (const QString &size : sizes) {
        bool ok = false;
        const int value = size.toInt(&ok);
        if (!ok || value < 1 || value > kMaxTrainUnits)
            usage(QStringLiteral("--hidden-sizes: a layer has 1 to %1 units, got \"%2\"")
                      .arg(kMaxTrainUnits)
                      .arg(size.left(40)));
        options.hiddenSizes.push_back(value);
    }
    options.activations = trainActivations(parser);
    if (options.activations.size() != options.hiddenSizes.size())
        usage(QStringLiteral("%1 hidden layers need %1 activations, got %2")
                  .arg(options.hiddenSizes.size())
                  .arg(options.activations.size()));
    options.seed = static_cast<uint64_t>(
        integer(parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<int64_t>::max()));
    const QString optimizer = parser.value(QStringLiteral("optimizer"));
    if (optimizer != QLatin1String("sgd") && optimizer != QLatin1String("adam"))
        usage(QStringLiteral("--optimizer needs sgd or adam, got \"%1\"").arg(optimizer.left(40)));
    options.optimizer
        = optimizer == QLatin1String("adam") ? OptimizerKind::Adam : OptimizerKind::Sgd;
    options.lr = number(parser, QStringLiteral("lr"), 0.0);
    if (options.optimizer == OptimizerKind::Adam && parser.isSet(QStringLiteral("momentum")))
        usage(QStringLiteral("--momentum goes with sgd; Adam's betas are (0.9, 0.999)"));
    options.momentum = number(parser, QStringLiteral("momentum"), 0.0);
    options.weightDecay = number(parser, QStringLiteral("weight-decay"), 0.0);
    // PyTorch's refusals, in its words, before ours.
    if (options.optimizer == OptimizerKind::Sgd)
        Sgd(options.lr, options.momentum, options.weightDecay);
    else
        Adam(options.lr, options.weightDecay);
    if (options.momentum >= 1.0)
        usage(QStringLiteral("--momentum must be below 1, got \"%1\"")
                  .arg(parser.value(QStringLiteral("momentum")).left(40)));
    options.batchSize = integer(parser, QStringLiteral("batch-size"), 0, 1, kMaxTrainBatch);
    const int64_t steps = integer(parser, QStringLiteral("steps"), 0, 1, kMaxTrainSteps);
    const QString script = parser.value(QStringLiteral("export-script"));
    if (parser.isSet(QStringLiteral("export-script")))
        checkWritableTarget(script);

    const Dataset data = readDataset(parser.value(QStringLiteral("data")));
    Trainer trainer(data.x, data.y, options);
    std::vector<float> losses;
    losses.reserve(static_cast<size_t>(steps));
    while (trainer.stepsTaken() < steps && !trainer.divergedAt())
        losses.push_back(trainer.step());
    if (parser.isSet(QStringLiteral("export-script")))
        writeFile(script,
            trainingScript(data.x, data.y, options, trainer.classes(), steps,
                QStringLiteral("Written by: activation-lab-cli train")
                    + quotedArguments(arguments)));
    out << "{\"losses\": "
        << io::tensorToJson(Tensor({static_cast<int64_t>(losses.size())}, losses));
    if (trainer.divergedAt())
        out << ",\n\"diverged_at\": " << *trainer.divergedAt();
    out << ",\n\"state_dict\": " << io::stateDictToJson(trainer.layers()).trimmed() << "}\n";
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in)
{
    standardInput = in;
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const bool help
        = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
    // The whole document is made before any of it goes out: a failure leaves stdout empty.
    QString document;
    QTextStream buffer(&document);
    try {
        if (command == QLatin1String("eval"))
            help ? (buffer << evalHelp(), 0) : evalCommand(rest, buffer);
        else if (command == QLatin1String("mlp"))
            help ? (buffer << kMlpHelp, 0) : mlpCommand(rest, buffer);
        else if (command == QLatin1String("deep"))
            help ? (buffer << deepHelp(), 0) : deepCommand(rest, buffer);
        else if (command == QLatin1String("table"))
            help ? (buffer << tableHelp(), 0) : tableCommand(rest, buffer);
        else if (command == QLatin1String("dataset"))
            help ? (buffer << datasetHelp(), 0) : datasetCommand(rest, buffer);
        else if (command == QLatin1String("train"))
            help ? (buffer << trainHelp(), 0) : trainCommand(rest, buffer);
        else if (command == QLatin1String("--help") || command == QLatin1String("-h"))
            buffer << kOverview;
        else if (command.isEmpty())
            usage(QStringLiteral("no command given (expected eval, mlp, deep, table, dataset or "
                                 "train; see --help)"));
        else
            usage(QStringLiteral("unknown command \"%1\" (expected eval, mlp, deep, table, dataset "
                                 "or train; see --help)")
                      .arg(command.left(40)));
        buffer.flush();
    } catch (const std::bad_alloc &) {
        err << "error: out of memory\n";
        return 2;
    } catch (const std::exception &e) {
        err << "error: " << QString::fromStdString(e.what()).simplified() << '\n';
        return 2;
    }
    out << document;
    return 0;
}

} // namespace al::cli
