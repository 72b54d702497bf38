#include "core/registry.h"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace al {

namespace {

const ParameterSpec kNegativeSlope {
    "negative_slope", ParameterType::Real, 0.01, -1000.0, 1000.0, -1.0, 1.0, 0.01, 0.1};
const ParameterSpec kInplace {"inplace", ParameterType::Boolean, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0};
// -1 is the last dimension: dim=1 for a (batch_size, num_classes) batch, as the seed advises.
const ParameterSpec kDim {"dim", ParameterType::Integer, -1.0, -kMaxRank, kMaxRank - 1, -kMaxRank,
    kMaxRank - 1, 1.0, 1.0};

std::string formatNumber(double value)
{
    std::ostringstream text;
    text << std::setprecision(10) << value;
    return text.str();
}

} // namespace

const ParameterSpec *ActivationSpec::parameter(std::string_view name) const
{
    for (const ParameterSpec &p : parameters)
        if (name == p.name)
            return &p;
    return nullptr;
}

const std::vector<ActivationSpec> &activationRegistry()
{
    static const std::vector<ActivationSpec> registry {
        {"relu", "ReLU", ActivationKind::Relu, {kInplace}},
        {"leaky_relu", "LeakyReLU", ActivationKind::LeakyRelu, {kNegativeSlope, kInplace}},
        {"sigmoid", "Sigmoid", ActivationKind::Sigmoid, {}},
        {"tanh", "Tanh", ActivationKind::Tanh, {}},
        {"softmax", "Softmax", ActivationKind::Softmax, {kDim}},
        {"log_softmax", "LogSoftmax", ActivationKind::LogSoftmax, {kDim}},
    };
    return registry;
}

const ActivationSpec *findActivation(std::string_view functionalName)
{
    for (const ActivationSpec &spec : activationRegistry())
        if (functionalName == spec.functionalName)
            return &spec;
    return nullptr;
}

const ActivationSpec &specOf(ActivationKind kind)
{
    for (const ActivationSpec &spec : activationRegistry())
        if (spec.kind == kind)
            return spec;
    throw std::logic_error("activation kind missing from the registry");
}

Activation defaultActivation(const ActivationSpec &spec)
{
    Activation activation;
    activation.kind = spec.kind;
    for (const ParameterSpec &p : spec.parameters)
        setParameter(activation, p.name, p.defaultValue);
    return activation;
}

void setParameter(Activation &activation, std::string_view name, double value)
{
    const ActivationSpec &spec = specOf(activation.kind);
    const ParameterSpec *p = spec.parameter(name);
    if (!p)
        throw ParameterError(
            std::string(spec.functionalName) + " has no parameter '" + std::string(name) + "'");
    const bool integral = p->type != ParameterType::Real;
    if (!std::isfinite(value) || value < p->minimum || value > p->maximum
        || (integral && value != std::floor(value)))
        throw ParameterError(std::string(name) + " must be "
            + (integral ? "an integer" : "a number") + " from " + formatNumber(p->minimum) + " to "
            + formatNumber(p->maximum) + ", got " + formatNumber(value));
    if (name == "negative_slope")
        activation.negativeSlope = value;
    else if (name == "dim")
        activation.dim = static_cast<int64_t>(value);
    else if (name == "inplace")
        activation.inplace = value != 0.0;
}

double parameterValue(const Activation &activation, std::string_view name)
{
    if (name == "negative_slope")
        return activation.negativeSlope;
    if (name == "dim")
        return static_cast<double>(activation.dim);
    if (name == "inplace")
        return activation.inplace ? 1.0 : 0.0;
    throw ParameterError("no parameter '" + std::string(name) + "'");
}

} // namespace al
