#pragma once

// The one list of activations: everything the app, the CLI, the code generator, the bench and the
// tests know about an activation is its row here (PyTorch's names, its traits, its parameters and
// their ranges, its kernels). Nothing else enumerates activations. Adding one is one row, its
// kernel functor (core/elementwise.h), its fixtures, its two formula SVGs and its texts; the
// test_registry_complete test fails until all of them exist.

#include "core/tensor.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace al {

// The identity of a row. Switches over it have no default (built with -Werror=switch), so a new
// kind cannot be forgotten where a kind is switched on.
enum class ActivationKind {
    Relu,
    LeakyRelu,
    Sigmoid,
    Tanh,
    Softmax,
    LogSoftmax,
    Relu6,
    Hardsigmoid,
    Hardswish,
    Hardtanh,
    Threshold,
    Hardshrink,
    Softshrink,
    Elu,
    Selu,
    Celu,
    Gelu,
    Silu,
    Mish,
    Softplus,
    Softsign,
    LogSigmoid,
    Tanhshrink,
    Softmin,
    Softmax2d,
    Glu,
    Rrelu,
    Prelu,
};

enum class ParameterType {
    Real,
    Integer,
    Boolean,
    Choice, // one of `choices`, held as its index (GELU's approximate='none'|'tanh')
};

struct ParameterSpec {
    const char *name; // PyTorch's keyword: "negative_slope", "dim", "inplace"
    ParameterType type;
    double defaultValue;
    double minimum, maximum; // accepted, inclusive
    double sliderMinimum, sliderMaximum; // the range a slider offers
    double fineStep, coarseStep;
    const char *description; // for the CLI's help, in English (the app's are in its texts)
    std::vector<const char *> choices = {}; // ParameterType::Choice: PyTorch's strings

    std::string cliOption() const; // the keyword with '_' written '-': "negative-slope"
};

class Activation;

// What the network statistics and the views need to know about an activation's shape.
struct ActivationTraits {
    bool elementwise; // else it works along `dim` (softmax): a vector in, a vector out
    bool backwardNeedsInput; // else backward reads only the output (relu, sigmoid, tanh)
    // Outputs exactly 0 for negative inputs (or a small slope of them): units can die.
    bool rectifier;
    // The outputs at which f' vanishes (sigmoid 0 and 1, tanh -1 and 1); an output within 0.01 of
    // one counts as saturated. Equal bounds: never saturates.
    double saturatedBelow, saturatedAbove;
    const char *outputRange; // in mathematical notation, the same in every language
};

struct ActivationSpec {
    const char *functionalName; // "leaky_relu", as in torch.nn.functional; the key of its texts
    const char *moduleName; // "LeakyReLU", as in torch.nn
    // The function the generated code calls: F.leaky_relu, but torch.sigmoid and torch.tanh
    // (their F. aliases are deprecated).
    const char *pythonFunction;
    ActivationKind kind;
    ActivationTraits traits;
    std::vector<ParameterSpec> parameters;
    // PyTorch's refusal of a combination of parameters (Hardtanh's min_val > max_val): the
    // message, or empty when the values go together. Null when any values do.
    std::string (*check)(const Activation &) = nullptr;
    // y = f(x), and the vector-Jacobian product autograd computes: grad_input for grad_output.
    Tensor (*forward)(const Activation &, const Tensor &x) = nullptr;
    Tensor (*backward)(
        const Activation &, const Tensor &x, const Tensor &y, const Tensor &gradOutput)
        = nullptr;
    // The shape of y for an input of this shape, or PyTorch's refusal of the input (a
    // ShapeError): null for the rows that take any input and keep its shape. GLU's halves `dim`;
    // Softmax2d's and PReLU's only refuse. gradOutput has y's shape, grad_input x's.
    Shape (*outputShape)(const Activation &, const Shape &input) = nullptr;

    const ParameterSpec *parameter(std::string_view name) const;
    bool isElementwise() const { return traits.elementwise; }
};

// Thrown for an unknown activation or parameter, or a value outside the accepted range.
class ParameterError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

const std::vector<ActivationSpec> &activationRegistry();
const ActivationSpec *findActivation(std::string_view functionalName);
const ActivationSpec &specOf(ActivationKind kind);

} // namespace al
