#include "cli/cli.h"

#include "core/activation.h"
#include "core/mlp.h"
#include "core/registry.h"
#include "io/json_tensor.h"
#include "io/state_dict.h"

#include <QCommandLineParser>
#include <QFile>
#include <cmath>
#include <stdexcept>

// The CLI speaks English, like PyTorch's own messages it mirrors; the io messages it relays are
// translated with the rest of the app.

namespace al::cli {

namespace {

constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

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
  mlp     run the seed document's network (or a state dict) and print every stage
  table   tabulate x, f(x), f'(x) of an elementwise activation as CSV

Run 'activation-lab-cli COMMAND --help' for a command's options.
)";

const char *const kEvalHelp
    = R"(Usage: activation-lab-cli eval --activation NAME [--negative-slope S] [--dim D]
                              [--input FILE] [--grad-output FILE]

Reads a JSON tensor (nested arrays; "nan", "inf", "-inf" as strings) from FILE or standard input
and prints {"shape": [...], "output": ..., "grad_input": ...}, where grad_input is the gradient
autograd computes for grad_output (default: all ones).

  --activation NAME     relu, leaky_relu, sigmoid, tanh, softmax or log_softmax
  --negative-slope S    leaky_relu's slope for x <= 0 (default 0.01)
  --dim D               softmax/log_softmax dimension, -rank .. rank-1 (default -1)
  --input FILE          the input tensor (default: standard input)
  --grad-output FILE    grad_output, the same shape as the input
)";

const char *const kMlpHelp
    = R"(Usage: activation-lab-cli mlp [--weights STATE_DICT.json] [--seed N] [--input FILE]
                             [--hidden-activations relu,tanh] [--negative-slope S]

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
)";

const char *const kTableHelp
    = R"(Usage: activation-lab-cli table --activation NAME [--negative-slope S]
                               [--from A] [--to B] [--points N]

Prints CSV with the header x,y,dy: N evenly spaced x from A to B, f(x) and f'(x).

  --activation NAME     relu, leaky_relu, sigmoid or tanh
  --negative-slope S    leaky_relu's slope (default 0.01)
  --from A, --to B      the x range (default -6 to 6)
  --points N            2 to 100000 (default 241)
)";

QIODevice *standardInput = nullptr; // set by run(); the process's stdin when null

QByteArray readInput(const QString &path)
{
    QFile file;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (standardInput) {
            const QByteArray data = standardInput->read(kMaxInputBytes + 1);
            if (data.size() > kMaxInputBytes)
                usage(QStringLiteral("input is larger than 64 MiB"));
            return data;
        }
        if (!file.open(stdin, QIODevice::ReadOnly))
            usage(QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            usage(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.read(kMaxInputBytes + 1);
    if (data.size() > kMaxInputBytes)
        usage(QStringLiteral("%1 is larger than 64 MiB").arg(path.isEmpty() ? "input" : path));
    return data;
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

// Builds the activation from --activation and the parameter options given.
Activation activationFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("activation")))
        usage(QStringLiteral("--activation NAME is required"));
    const ActivationSpec &spec = activationNamed(parser.value(QStringLiteral("activation")));
    Activation activation = defaultActivation(spec);
    if (parser.isSet(QStringLiteral("negative-slope")))
        setParameter(
            activation, "negative_slope", number(parser, QStringLiteral("negative-slope"), 0.0));
    if (parser.optionNames().contains(QStringLiteral("dim")) && parser.isSet(QStringLiteral("dim")))
        setParameter(activation, "dim",
            static_cast<double>(integer(parser, QStringLiteral("dim"), -1, -1000, 1000)));
    return activation;
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

int evalCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        {valueOption("activation"), valueOption("negative-slope"), valueOption("dim"),
            valueOption("input"), valueOption("grad-output")});
    const Activation activation = activationFrom(parser);
    const Tensor x = readTensor(parser.value(QStringLiteral("input")), QStringLiteral("input"));
    const Tensor gradOutput = parser.isSet(QStringLiteral("grad-output"))
        ? readTensor(parser.value(QStringLiteral("grad-output")), QStringLiteral("grad-output"))
        : Tensor(x.shape(), 1.0f);
    if (gradOutput.shape() != x.shape())
        usage(QStringLiteral("grad-output has shape %1 but the input has shape %2")
                  .arg(QString::fromStdString(shapeToString(gradOutput.shape())),
                      QString::fromStdString(shapeToString(x.shape()))));
    const Tensor y = forward(activation, x);
    const Tensor gradInput = backward(activation, x, y, gradOutput);
    out << "{\"shape\": " << QString::fromStdString(shapeToString(x.shape()))
        << ", \"output\": " << io::tensorToJson(y)
        << ", \"grad_input\": " << io::tensorToJson(gradInput) << "}\n";
    return 0;
}

int mlpCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        {valueOption("weights"), valueOption("seed"), valueOption("input"),
            valueOption("hidden-activations"), valueOption("negative-slope")});
    const auto seed = static_cast<uint64_t>(
        integer(parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<int64_t>::max()));

    std::vector<Activation> activations;
    if (parser.isSet(QStringLiteral("hidden-activations"))) {
        for (const QString &name :
            parser.value(QStringLiteral("hidden-activations")).split(QLatin1Char(','))) {
            const ActivationSpec &spec = activationNamed(name.trimmed());
            if (!isElementwise(spec.kind))
                usage(QStringLiteral("%1 cannot be a hidden activation: it is not elementwise")
                          .arg(name.trimmed()));
            activations.push_back(defaultActivation(spec));
        }
    }
    if (parser.isSet(QStringLiteral("negative-slope"))) {
        const double slope = number(parser, QStringLiteral("negative-slope"), 0.01);
        for (Activation &activation : activations)
            if (activation.kind == ActivationKind::LeakyRelu)
                setParameter(activation, "negative_slope", slope);
    }

    std::optional<Mlp> network;
    if (parser.isSet(QStringLiteral("weights"))) {
        QString error;
        std::optional<std::vector<Linear>> layers
            = io::parseStateDict(readInput(parser.value(QStringLiteral("weights"))), &error);
        if (!layers)
            usage(QStringLiteral("%1: %2").arg(parser.value(QStringLiteral("weights")), error));
        if (activations.empty())
            activations = layers->size() == 3 ? Mlp::defaultHiddenActivations()
                                              : std::vector<Activation>(layers->size() - 1,
                                                  defaultActivation(*findActivation("relu")));
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

    network->runAll();
    out << "{\"stages\": [";
    bool first = true;
    for (const StageRecord &record : network->records()) {
        out << (first ? "\n  " : ",\n  ") << "{\"name\": \"" << QString::fromStdString(record.name)
            << "\", \"shape\": " << QString::fromStdString(shapeToString(record.output.shape()))
            << ", \"output\": " << io::tensorToJson(record.output) << "}";
        first = false;
    }
    out << "\n]}\n";
    return 0;
}

int tableCommand(const QStringList &arguments, QTextStream &out)
{
    QCommandLineParser parser;
    parse(parser, arguments,
        {valueOption("activation"), valueOption("negative-slope"), valueOption("from"),
            valueOption("to"), valueOption("points")});
    const Activation activation = activationFrom(parser);
    if (!isElementwise(activation.kind))
        usage(QStringLiteral("table needs an elementwise activation; %1 maps vectors to vectors")
                  .arg(parser.value(QStringLiteral("activation"))));
    const double from = number(parser, QStringLiteral("from"), -6.0);
    const double to = number(parser, QStringLiteral("to"), 6.0);
    if (!(from < to))
        usage(QStringLiteral("--from must be less than --to"));
    const int64_t points = integer(parser, QStringLiteral("points"), 241, 2, 100000);
    Tensor x({points});
    for (int64_t i = 0; i < points; ++i)
        x.data()[i] = static_cast<float>(
            from + (to - from) * static_cast<double>(i) / static_cast<double>(points - 1));
    const Tensor y = forward(activation, x);
    const Tensor dy = derivative(activation, x);
    out << "x,y,dy\n";
    for (int64_t i = 0; i < points; ++i)
        out << io::formatFloat(x.data()[i]).c_str() << ',' << io::formatFloat(y.data()[i]).c_str()
            << ',' << io::formatFloat(dy.data()[i]).c_str() << '\n';
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
    try {
        if (command == QLatin1String("eval"))
            return help ? (out << kEvalHelp, 0) : evalCommand(rest, out);
        if (command == QLatin1String("mlp"))
            return help ? (out << kMlpHelp, 0) : mlpCommand(rest, out);
        if (command == QLatin1String("table"))
            return help ? (out << kTableHelp, 0) : tableCommand(rest, out);
        if (command == QLatin1String("--help") || command == QLatin1String("-h"))
            return out << kOverview, 0;
        if (command.isEmpty())
            usage(QStringLiteral("no command given (expected eval, mlp or table; see --help)"));
        usage(QStringLiteral("unknown command \"%1\" (expected eval, mlp or table; see --help)")
                  .arg(command.left(40)));
    } catch (const std::exception &e) {
        // Every command computes everything before it prints, so stdout stays empty here.
        err << "error: " << QString::fromStdString(e.what()).simplified() << '\n';
        return 2;
    }
}

} // namespace al::cli
