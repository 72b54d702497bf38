#include "core/registry.h"

#include "core/activation.h"
#include "core/elementwise.h"

#include <iomanip>
#include <sstream>

namespace al {

namespace {

const ParameterSpec kNegativeSlope {"negative_slope", ParameterType::Real, 0.01, -1000.0, 1000.0,
    -1.0, 1.0, 0.01, 0.1, "the slope for x <= 0"};
const ParameterSpec kInplace {"inplace", ParameterType::Boolean, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0,
    "overwrite the input (saves memory; the same values)"};
// -1 is the last dimension: dim=1 for a (batch_size, num_classes) batch, as the seed advises.
// Any integer is a dim until it meets a tensor: then PyTorch's DimensionError names the range.
const ParameterSpec kDim {"dim", ParameterType::Integer, -1.0, -1000, 1000, -kMaxRank, kMaxRank - 1,
    1.0, 1.0, "the dimension normalised, -rank .. rank-1"};

// Hardtanh's bounds, and the shrinks' lambd: PyTorch's defaults, a lesson's range.
const ParameterSpec kMinVal {
    "min_val", ParameterType::Real, -1.0, -1000.0, 1000.0, -3.0, 0.0, 0.01, 0.1, "the lower bound"};
const ParameterSpec kMaxVal {
    "max_val", ParameterType::Real, 1.0, -1000.0, 1000.0, 0.0, 3.0, 0.01, 0.1, "the upper bound"};
const ParameterSpec kHardLambd {"lambd", ParameterType::Real, 0.5, -1000.0, 1000.0, 0.0, 3.0, 0.01,
    0.1, "|x| up to lambd becomes 0"};
const ParameterSpec kSoftLambd {"lambd", ParameterType::Real, 0.5, -1000.0, 1000.0, 0.0, 3.0, 0.01,
    0.1, "|x| up to lambd becomes 0, the rest moves lambd towards 0 (at least 0)"};
// Threshold has no defaults in PyTorch: these are its documentation's example.
const ParameterSpec kThreshold {"threshold", ParameterType::Real, 0.1, -1000.0, 1000.0, -6.0, 6.0,
    0.01, 0.1, "inputs up to it are replaced"};
const ParameterSpec kValue {"value", ParameterType::Real, 20.0, -1000.0, 1000.0, -30.0, 30.0, 0.1,
    1.0, "what replaces them"};

// ELU's and CELU's alpha: the value the curve approaches on the left is -alpha.
const ParameterSpec kAlpha {"alpha", ParameterType::Real, 1.0, -1000.0, 1000.0, 0.0, 3.0, 0.01, 0.1,
    "the negative part saturates at -alpha"};
const ParameterSpec kApproximate {"approximate", ParameterType::Choice, 0.0, 0.0, 1.0, 0.0, 1.0,
    1.0, 1.0, "'none' (the exact erf form) or 'tanh' (the tanh approximation)", {"none", "tanh"}};
const ParameterSpec kBeta {"beta", ParameterType::Real, 1.0, -1000.0, 1000.0, 0.1, 10.0, 0.01, 0.1,
    "the sharpness of the bend: log(1 + exp(beta x)) / beta"};
const ParameterSpec kSoftplusThreshold {"threshold", ParameterType::Real, 20.0, -1000.0, 1000.0,
    0.0, 30.0, 0.1, 1.0, "above it, beta x is returned as x itself (numerical stability)"};

// GLU splits its input in two along dim; PyTorch's default is the last dimension.
const ParameterSpec kGluDim {"dim", ParameterType::Integer, -1.0, -1000, 1000, -kMaxRank,
    kMaxRank - 1, 1.0, 1.0, "the dimension halved: the first half gated by the second"};

// RReLU's slope range (PyTorch's defaults 1/8 and 1/3) and its randomness: with training the
// slopes are drawn from torch.manual_seed(seed), else they are the mean, (lower + upper) / 2.
const ParameterSpec kLower {"lower", ParameterType::Real, 1.0 / 8, -1000.0, 1000.0, 0.0, 1.0, 0.01,
    0.1, "the smallest random slope for x <= 0"};
const ParameterSpec kUpper {"upper", ParameterType::Real, 1.0 / 3, -1000.0, 1000.0, 0.0, 1.0, 0.01,
    0.1, "the largest random slope for x <= 0"};
const ParameterSpec kTraining {"training", ParameterType::Boolean, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0,
    1.0, "draw a random slope per element (else the mean slope, as in eval mode)"};
// torch.manual_seed's range is 64 bits; a double holds integers exactly up to 2^53.
const ParameterSpec kSeed {"seed", ParameterType::Integer, 0.0, 0.0, 9007199254740992.0, 0.0,
    1000.0, 1.0, 10.0, "torch.manual_seed(seed) before the random slopes are drawn"};

// PReLU's learnable weight as one number (num_parameters=1; init=0.25 is PyTorch's start). A
// weight per channel is the CLI's --weight [w0, w1, ...] (activation.h's preluForward): the
// registry's parameters are numbers, and one number is what a curve can show.
const ParameterSpec kPreluWeight {"weight", ParameterType::Real, 0.25, -1000.0, 1000.0, -1.0, 1.0,
    0.01, 0.1, "the slope for x <= 0 (nn.PReLU's init; learned in training)"};

// In-place backward reads the result, which loses the sign of a negative slope: PyTorch refuses
// it when autograd gets there.
const char *const kInplaceNegativeElu
    = "In-place elu backward calculation is triggered with a negative slope which is not "
      "supported. This is caused by calling in-place forward function with a negative slope, "
      "please call out-of-place version instead.";

std::string leakyReluInplace(const Activation &a)
{
    if (a.value("inplace") == 0.0 || a.value("negative_slope") >= 0.0)
        return "";
    return "In-place leakyReLu backward calculation is triggered with a negative slope which is "
           "not supported. This is caused by calling in-place forward function with a negative "
           "slope, please call out-of-place version instead. File an issue at "
           "https://github.com/pytorch/pytorch if you do require supporting in-place leakRelu "
           "backward calculation with negative slope";
}

std::string eluInplace(const Activation &a)
{
    return a.value("inplace") != 0.0 && a.value("alpha") < 0.0 ? kInplaceNegativeElu : "";
}

// F.celu divides by alpha.
std::string celuAlpha(const Activation &a)
{
    return a.value("alpha") == 0.0 ? "ZeroDivisionError: alpha cannot be 0 for CELU"
                                   : eluInplace(a);
}

// nn.Hardtanh's own check (F.hardtanh has none; equal bounds it takes).
std::string hardtanhBounds(const Activation &a)
{
    return a.value("min_val") > a.value("max_val") ? "max_val must be greater than min_val" : "";
}

// F.softshrink's own refusal, in its words.
std::string softshrinkLambd(const Activation &a)
{
    const double lambd = a.value("lambd");
    if (lambd >= 0)
        return "";
    std::ostringstream text;
    text << "lambda must be greater or equal to 0, but found to be " << std::setprecision(17)
         << lambd << ".";
    return text.str();
}

template<typename Op>
ActivationSpec elementwiseRow(const char *functionalName, const char *moduleName,
    const char *pythonFunction, ActivationKind kind, ActivationTraits traits,
    std::vector<ParameterSpec> parameters, std::string (*check)(const Activation &) = nullptr)
{
    return {functionalName, moduleName, pythonFunction, kind, traits, std::move(parameters), check,
        &elementwise::forward<Op>, &elementwise::backward<Op>};
}

} // namespace

std::string ParameterSpec::cliOption() const
{
    std::string option = name;
    for (char &c : option)
        if (c == '_')
            c = '-';
    return option;
}

const ParameterSpec *ActivationSpec::parameter(std::string_view name) const
{
    for (const ParameterSpec &p : parameters)
        if (name == p.name)
            return &p;
    return nullptr;
}

const std::vector<ActivationSpec> &activationRegistry()
{
    // Traits: elementwise, backward needs x, rectifier, saturated below / above, output range.
    static const std::vector<ActivationSpec> registry {
        elementwiseRow<elementwise::Relu>("relu", "ReLU", "F.relu", ActivationKind::Relu,
            {true, false, true, 0, 0, "[0, +∞)"}, {kInplace}),
        elementwiseRow<elementwise::LeakyRelu>("leaky_relu", "LeakyReLU", "F.leaky_relu",
            ActivationKind::LeakyRelu, {true, true, true, 0, 0, "(−∞, +∞)"},
            {kNegativeSlope, kInplace}, &leakyReluInplace),
        elementwiseRow<elementwise::Sigmoid>("sigmoid", "Sigmoid", "torch.sigmoid",
            ActivationKind::Sigmoid, {true, false, false, 0, 1, "(0, 1)"}, {}),
        elementwiseRow<elementwise::Tanh>("tanh", "Tanh", "torch.tanh", ActivationKind::Tanh,
            {true, false, false, -1, 1, "(−1, 1)"}, {}),
        {"softmax", "Softmax", "F.softmax", ActivationKind::Softmax,
            {false, false, false, 0, 0, "(0, 1)"}, {kDim}, nullptr, &softmaxForward,
            &softmaxBackward},
        {"log_softmax", "LogSoftmax", "F.log_softmax", ActivationKind::LogSoftmax,
            {false, false, false, 0, 0, "(−∞, 0]"}, {kDim}, nullptr, &logSoftmaxForward,
            &logSoftmaxBackward},
        // The piecewise-linear "hard" ones of mobile networks (MobileNetV2's ReLU6, MobileNetV3's
        // Hardswish): no exp, exact in float.
        elementwiseRow<elementwise::Relu6>("relu6", "ReLU6", "F.relu6", ActivationKind::Relu6,
            {true, true, true, 0, 6, "[0, 6]"}, {kInplace}),
        elementwiseRow<elementwise::Hardsigmoid>("hardsigmoid", "Hardsigmoid", "F.hardsigmoid",
            ActivationKind::Hardsigmoid, {true, true, false, 0, 1, "[0, 1]"}, {kInplace}),
        elementwiseRow<elementwise::Hardswish>("hardswish", "Hardswish", "F.hardswish",
            ActivationKind::Hardswish, {true, true, true, 0, 0, "[−0.375, +∞)"}, {kInplace}),
        elementwiseRow<elementwise::Hardtanh>("hardtanh", "Hardtanh", "F.hardtanh",
            ActivationKind::Hardtanh, {true, true, false, -1, 1, "[min_val, max_val]"},
            {kMinVal, kMaxVal, kInplace}, &hardtanhBounds),
        elementwiseRow<elementwise::Threshold>("threshold", "Threshold", "F.threshold",
            ActivationKind::Threshold, {true, true, false, 0, 0, "{value} ∪ (threshold, +∞)"},
            {kThreshold, kValue, kInplace}),
        elementwiseRow<elementwise::Hardshrink>("hardshrink", "Hardshrink", "F.hardshrink",
            ActivationKind::Hardshrink,
            {true, true, false, 0, 0, "(−∞, −lambd) ∪ {0} ∪ (lambd, +∞)"}, {kHardLambd}),
        elementwiseRow<elementwise::Softshrink>("softshrink", "Softshrink", "F.softshrink",
            ActivationKind::Softshrink, {true, true, false, 0, 0, "(−∞, +∞)"}, {kSoftLambd},
            &softshrinkLambd),
        // The smooth ones of newer networks: the exponential linear units, GELU of Transformers,
        // SiLU (swish) of EfficientNet, Mish of YOLOv4, and softplus, ReLU made smooth.
        elementwiseRow<elementwise::Elu>("elu", "ELU", "F.elu", ActivationKind::Elu,
            {true, true, false, 0, 0, "(−alpha, +∞)"}, {kAlpha, kInplace}, &eluInplace),
        elementwiseRow<elementwise::Elu>("selu", "SELU", "F.selu", ActivationKind::Selu,
            {true, true, false, 0, 0, "(−1.7581, +∞)"}, {kInplace}),
        elementwiseRow<elementwise::Elu>("celu", "CELU", "F.celu", ActivationKind::Celu,
            {true, true, false, 0, 0, "(−alpha, +∞)"}, {kAlpha, kInplace}, &celuAlpha),
        elementwiseRow<elementwise::Gelu>("gelu", "GELU", "F.gelu", ActivationKind::Gelu,
            {true, true, false, 0, 0, "[−0.17, +∞)"}, {kApproximate}),
        elementwiseRow<elementwise::Silu>("silu", "SiLU", "F.silu", ActivationKind::Silu,
            {true, true, false, 0, 0, "[−0.278, +∞)"}, {kInplace}),
        elementwiseRow<elementwise::Mish>("mish", "Mish", "F.mish", ActivationKind::Mish,
            {true, true, false, 0, 0, "[−0.309, +∞)"}, {kInplace}),
        elementwiseRow<elementwise::Softplus>("softplus", "Softplus", "F.softplus",
            ActivationKind::Softplus, {true, true, false, 0, 0, "(0, +∞)"},
            {kBeta, kSoftplusThreshold}),
        // S-shaped and shrinking ones built from other operations.
        elementwiseRow<elementwise::Softsign>("softsign", "Softsign", "F.softsign",
            ActivationKind::Softsign, {true, true, false, -1, 1, "(−1, 1)"}, {}),
        elementwiseRow<elementwise::LogSigmoid>("logsigmoid", "LogSigmoid", "F.logsigmoid",
            ActivationKind::LogSigmoid, {true, true, false, 0, 0, "(−∞, 0)"}, {}),
        elementwiseRow<elementwise::Tanhshrink>("tanhshrink", "Tanhshrink", "F.tanhshrink",
            ActivationKind::Tanhshrink, {true, true, false, 0, 0, "(−∞, +∞)"}, {}),
        // Issue 14's rows (more_activations.cpp). Softmin is softmax of -x; Softmax2d softmax
        // over the channels (dim -3) of an image batch; GLU halves dim; RReLU and PReLU are
        // leaky ReLUs whose slope is random or learned.
        {"softmin", "Softmin", "F.softmin", ActivationKind::Softmin,
            {false, false, false, 0, 0, "(0, 1)"}, {kDim}, nullptr, &softminForward,
            &softminBackward},
        {"softmax2d", "Softmax2d", "F.softmax", ActivationKind::Softmax2d,
            {false, false, false, 0, 0, "(0, 1)"}, {}, nullptr, &softmax2dForward,
            &softmax2dBackward, &softmax2dShape},
        {"glu", "GLU", "F.glu", ActivationKind::Glu, {false, true, false, 0, 0, "(−∞, +∞)"},
            {kGluDim}, nullptr, &gluForward, &gluBackward, &gluShape},
        {"rrelu", "RReLU", "F.rrelu", ActivationKind::Rrelu, {true, true, true, 0, 0, "(−∞, +∞)"},
            {kLower, kUpper, kTraining, kSeed, kInplace}, &rreluBounds, &rreluForward,
            &rreluBackward},
        {"prelu", "PReLU", "F.prelu", ActivationKind::Prelu, {true, true, true, 0, 0, "(−∞, +∞)"},
            {kPreluWeight}, nullptr, &preluForwardRow, &preluBackwardRow, &preluShapeRow},
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

} // namespace al
