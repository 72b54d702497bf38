#include "app/pytorch_code.h"

#include "core/activation.h"

#include <QStringList>
#include <charconv>

namespace al {

namespace {

QStringList arguments(const Activation &activation)
{
    QStringList list;
    const ActivationSpec &spec = activation.spec();
    for (const ParameterSpec &p : spec.parameters) {
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
    return QStringLiteral("nn.%1(%2)")
        .arg(QLatin1String(activation.spec().moduleName), arguments(activation).join(", "));
}

QString functionalCode(const Activation &activation, const QString &input)
{
    QStringList all {input};
    all << arguments(activation);
    return QStringLiteral("%1(%2)").arg(
        QLatin1String(activation.spec().pythonFunction), all.join(", "));
}

} // namespace al
