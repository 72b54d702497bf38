#include "io/pytorch_code.h"

#include "core/activation.h"

#include <QStringList>
#include <charconv>
#include <string_view>

namespace al {

namespace {

QStringList arguments(const Activation &activation)
{
    QStringList list;
    const ActivationSpec &spec = activation.spec();
    for (const ParameterSpec &p : spec.parameters) {
        // Not arguments: RReLU's training is the module's mode (and F.rrelu's keyword, added
        // there), its seed a torch.manual_seed before the call; PReLU's weight is a tensor.
        const bool rreluMode = spec.kind == ActivationKind::Rrelu
            && (p.name == std::string_view("training") || p.name == std::string_view("seed"));
        if (rreluMode || spec.kind == ActivationKind::Prelu)
            continue;
        const double value = activation.value(p.name);
        if (p.type == ParameterType::Boolean) {
            if (value != p.defaultValue)
                list << QStringLiteral("%1=%2").arg(
                    QLatin1String(p.name), value ? "True" : "False");
        } else if (p.type == ParameterType::Choice) {
            if (value != p.defaultValue)
                list << QStringLiteral("%1='%2'").arg(
                    QLatin1String(p.name), QLatin1String(p.choices[static_cast<size_t>(value)]));
        } else if (p.type == ParameterType::Integer || value != p.defaultValue) {
            list << QStringLiteral("%1=%2").arg(QLatin1String(p.name), pythonNumber(value));
        }
    }
    return list;
}

} // namespace

QString pythonNumber(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString text = QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
    return text;
}

QString moduleCode(const Activation &activation)
{
    QStringList list = arguments(activation);
    // nn.PReLU starts its one weight at init.
    if (activation.kind() == ActivationKind::Prelu && activation.value("weight") != 0.25)
        list << QStringLiteral("init=%1").arg(pythonNumber(activation.value("weight")));
    QString code = QStringLiteral("nn.%1(%2)")
                       .arg(QLatin1String(activation.spec().moduleName), list.join(", "));
    // A module is in training mode until .eval(): nn.RReLU draws its slopes unless evaluated.
    if (activation.kind() == ActivationKind::Rrelu && !activation.isRandom())
        code += QStringLiteral(".eval()");
    return code;
}

QString functionalCode(const Activation &activation, const QString &input)
{
    QStringList all {input};
    switch (activation.kind()) {
    case ActivationKind::Softmax2d:
        all << QStringLiteral("dim=-3"); // nn.Softmax2d has no functional form of its own
        break;
    case ActivationKind::Prelu:
        all << QStringLiteral("torch.tensor([%1])").arg(pythonNumber(activation.value("weight")));
        break;
    default:
        break;
    }
    all << arguments(activation);
    if (activation.isRandom())
        all << QStringLiteral("training=True");
    return QStringLiteral("%1(%2)").arg(
        QLatin1String(activation.spec().pythonFunction), all.join(", "));
}

} // namespace al
