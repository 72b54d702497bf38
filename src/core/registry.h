#pragma once

// The one list of activations shared by the app, the CLI and the tests: PyTorch's functional
// name, the module name, and each parameter with its default and the values accepted.

#include "core/activation.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace al {

enum class ParameterType { Real, Integer, Boolean };

struct ParameterSpec {
    const char *name; // PyTorch's keyword: "negative_slope", "dim", "inplace"
    ParameterType type;
    double defaultValue;
    double minimum, maximum; // accepted, inclusive
    double sliderMinimum, sliderMaximum; // the range a slider offers
    double fineStep, coarseStep;
};

struct ActivationSpec {
    const char *functionalName; // "leaky_relu", as in torch.nn.functional
    const char *moduleName; // "LeakyReLU", as in torch.nn
    ActivationKind kind;
    std::vector<ParameterSpec> parameters;

    const ParameterSpec *parameter(std::string_view name) const;
};

// Thrown for an unknown activation or parameter, or a value outside the accepted range.
class ParameterError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

const std::vector<ActivationSpec> &activationRegistry();
const ActivationSpec *findActivation(std::string_view functionalName);
const ActivationSpec &specOf(ActivationKind kind);

// An activation with every parameter at its default.
Activation defaultActivation(const ActivationSpec &spec);
// Sets one parameter after checking it against the spec; throws ParameterError.
void setParameter(Activation &activation, std::string_view name, double value);
double parameterValue(const Activation &activation, std::string_view name);

} // namespace al
