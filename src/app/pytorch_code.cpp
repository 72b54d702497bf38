#include "app/pytorch_code.h"

#include "core/registry.h"

#include <QStringList>
#include <charconv>

namespace al {

namespace {

QStringList arguments(const Activation &activation)
{
    QStringList list;
    const ActivationSpec &spec = specOf(activation.kind);
    for (const ParameterSpec &p : spec.parameters) {
        const double value = parameterValue(activation, p.name);
        if (p.type == ParameterType::Boolean) {
            if (value != p.defaultValue)
                list << QStringLiteral("%1=%2").arg(
                    QLatin1String(p.name), value ? "True" : "False");
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
    return QStringLiteral("nn.%1(%2)")
        .arg(QLatin1String(specOf(activation.kind).moduleName), arguments(activation).join(", "));
}

QString functionalCode(const Activation &activation, const QString &input)
{
    const ActivationSpec &spec = specOf(activation.kind);
    // torch.sigmoid and torch.tanh: their F. aliases are deprecated.
    const QString function
        = activation.kind == ActivationKind::Sigmoid || activation.kind == ActivationKind::Tanh
        ? QStringLiteral("torch.%1").arg(QLatin1String(spec.functionalName))
        : QStringLiteral("F.%1").arg(QLatin1String(spec.functionalName));
    QStringList all {input};
    all << arguments(activation);
    return QStringLiteral("%1(%2)").arg(function, all.join(", "));
}

} // namespace al
