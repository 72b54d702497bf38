#include "app/activation_texts.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>
#include <limits>
#include <string>
#include <utility>

namespace al {

namespace {

const ActivationTexts kTexts[] {
    {"relu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Very cheap to compute. For x > 0 the gradient is exactly 1, so it does not "
            "shrink as it flows back through many layers. Many units output exactly 0, "
            "which makes the network's activity sparse."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A unit whose input stays negative outputs 0 and gets a zero gradient, so "
            "training can never bring it back: the \"dying ReLU\" problem."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The default for the hidden layers of almost every kind of network."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Dying ReLU: the whole left half has f′ = 0. Inputs that land there pass "
            "no gradient back at all.")},
    {"leaky_relu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Keeps ReLU's strengths, and the small slope for negative inputs keeps a "
            "gradient flowing, so units cannot die."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The improvement over ReLU is not guaranteed, and the slope is one more "
            "setting to choose (PyTorch's default is 0.01)."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "A replacement for ReLU when many units of a network have died."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag negative_slope: at 0 it is ReLU again, at 1 it is the identity and the "
            "network collapses into a linear model.")},
    {"sigmoid",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Squeezes any real number into (0, 1), which reads as a probability; it also "
            "drives the gates of LSTM and GRU cells."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Its gradient is at most 0.25 and almost 0 for large |x|, so gradients "
            "vanish in deep networks; its output is not centred on zero, which slows "
            "training down."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The output layer of a binary classifier, and gates in recurrent cells. "
            "Not recommended for hidden layers."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Vanishing gradients: beyond |x| ≈ 5 the curve is flat and f′ is nearly "
            "zero.")},
    {"tanh",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Zero-centred output, so hidden layers usually train faster with it than "
            "with sigmoid."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Saturates for large |x| just as sigmoid does, so gradients still vanish."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Hidden layers of recurrent networks; sometimes the hidden layers of an MLP "
            "or CNN, though ReLU and its relatives are usually preferred."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "tanh(x) = 2·sigmoid(2x) − 1: a steeper sigmoid centred on zero, with "
            "gradient 1 at x = 0.")},
    {"softmax",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Turns a vector of logits into a probability distribution: every entry lies "
            "in (0, 1) and together they sum to 1."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "More work than an elementwise function, since every output depends on every "
            "input; it must be applied along the right dim."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The output layer of a multi-class classifier. With nn.CrossEntropyLoss "
            "leave it out: the loss already applies LogSoftmax."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Only differences between logits matter: raising one logit takes "
            "probability away from all the others.")},
    {"log_softmax",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The logarithm of softmax, computed in one numerically stable step."),
        QT_TRANSLATE_NOOP("ActivationTexts", "Gives log-probabilities, not probabilities."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Before nn.NLLLoss: nn.CrossEntropyLoss is exactly LogSoftmax followed by "
            "NLLLoss."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x − log Σ exp(x): the largest logit ends up near 0, all the others below "
            "it.")},
    {"relu6",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "ReLU capped at 6: the output fits a small, fixed range, which keeps it exact when a "
            "network is quantised to 8-bit integers on a phone."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Two flat parts instead of one: units die below 0 as with ReLU, and learn nothing "
            "above 6 either."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Mobile networks such as MobileNetV2, where it follows most convolutions."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag x past 6: the output stops growing and f′ drops from 1 to 0, as it does "
            "below 0.")},
    {"hardsigmoid",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A sigmoid made of three straight pieces: no exponential, so it is cheap on small "
            "chips, and its output still lies in [0, 1]."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Exactly flat beyond ±3: there the gradient is 0, not merely small, so a saturated "
            "unit learns nothing at all."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Gates in mobile networks, such as MobileNetV3's squeeze-and-excitation blocks."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Sigmoid: close in the middle, but f′ is a constant 1/6 between −3 and 3 and "
            "0 outside.")},
    {"hardswish",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x times Hardsigmoid(x): close to Swish (SiLU) but with no exponential; it dips "
            "slightly below 0, so small negative inputs still pass a gradient."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Below −3 the output and the gradient are exactly 0, so units can die there as with "
            "ReLU."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "MobileNetV3, in place of Swish, where speed on a phone matters."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Its lowest point is −0.375 at x = −1.5; from x = 3 on it is the identity.")},
    {"hardtanh",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Tanh's shape from three straight pieces: the identity between min_val and max_val, "
            "flat outside. Cheap, and its output is bounded."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Outside the bounds the gradient is exactly 0: a unit pushed there learns nothing "
            "until its input comes back."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Older speech and mobile models; with bounds 0 and 6 it is ReLU6."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Set min_val to 0 and max_val to 6: the curve becomes ReLU6's. nn.Hardtanh refuses "
            "min_val above max_val.")},
    {"threshold",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A step with a chosen floor: inputs above the threshold pass unchanged, the others "
            "are replaced by one value."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Replaced inputs pass no gradient, and the jump at the threshold is not smooth; "
            "PyTorch gives no defaults for its two parameters."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Rare in modern networks; it shows where ReLU came from (ReLU is threshold 0, value "
            "0)."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Set threshold and value to 0: the curve becomes ReLU's.")},
    {"hardshrink",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Sets small values to exactly 0 and keeps the others as they are: a simple way to "
            "make a signal sparse."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Jumps at ±lambd, and inside the band the gradient is 0."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Denoising and sparse coding, rather than the hidden layers of a classifier."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag lambd: the band of zeros widens, and the curve jumps at its edges.")},
    {"softshrink",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Like Hardshrink but continuous: small values become 0 and every other value moves "
            "lambd towards 0 (soft thresholding)."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Every large value is shrunk too, and inside the band the gradient is 0; lambd "
            "must not be negative."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Sparse coding and the iterative shrinkage algorithms (ISTA) of compressed sensing."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Hardshrink: the same band of zeros, but no jump at its edges.")},
    {"elu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Smooth below zero: the curve bends towards −alpha instead of stopping at 0, so "
            "negative inputs still pass a gradient and the mean output sits closer to 0, which "
            "speeds up learning."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Each negative input costs an exponential, and far to the left the curve is flat "
            "again: the gradient fades there as sigmoid's does."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A drop-in replacement for ReLU in convolutional and fully connected networks."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag alpha: the floor on the left moves to −alpha. At alpha = 1 the slope is 1 on "
            "both sides of 0, so f′ has no jump.")},
    {"selu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "ELU scaled by two fixed constants (λ ≈ 1.0507, α ≈ 1.6733), chosen so that "
            "activations keep mean 0 and variance 1 from layer to layer: the network normalises "
            "itself."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The promise holds only with LeCun-normal initialisation, standardised inputs and "
            "AlphaDropout; with other layers it is just a scaled ELU."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Deep fully connected networks trained without batch normalisation."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay ELU: left of 0 SELU goes down to about −1.76, and right of 0 its slope is "
            "1.0507 instead of 1.")},
    {"celu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "ELU rewritten as alpha · (e^(x/alpha) − 1) below zero: for every alpha the slope at 0 "
            "is 1 from both sides, so the curve is continuously differentiable."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "alpha = 0 is refused (it would divide by zero), and it costs an exponential like "
            "ELU."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Where ELU is used, when a floor other than −1 is wanted without a kink in f′."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag alpha and watch f′ at 0: it stays 1, while ELU's jumps from alpha to 1.")},
    {"gelu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Weights each input by the probability that a standard normal variable is below it, x "
            "· Φ(x): smooth everywhere, with a small dip (about −0.17) left of 0."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Costs more than ReLU, and it is not monotonic. For a contiguous tensor PyTorch hands "
            "the exact form to oneDNN, whose erf approximation is a little coarser than the math "
            "library's."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The feed-forward layers of Transformers: BERT, GPT and the Vision Transformer."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Switch approximate to 'tanh' and overlay the two: the curves are almost impossible to "
            "tell apart.")},
    {"silu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x · σ(x), also called Swish: smooth, not monotonic (its minimum is about −0.28 near x "
            "= −1.28) and unbounded above like ReLU."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "An exponential per value; the small dip means that slightly negative inputs are "
            "pushed further down."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "EfficientNet and many modern convolutional networks; the SwiGLU blocks of large "
            "language models."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Hardswish: MobileNetV3's cheap approximation of this curve, built from "
            "straight pieces.")},
    {"mish",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x · tanh(softplus(x)): like SiLU smooth and non-monotonic, with a slightly deeper dip "
            "(about −0.31) and a smoother gradient."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The most expensive here: an exponential, a log1p and a tanh per value."),
        QT_TRANSLATE_NOOP("ActivationTexts", "YOLOv4 and other object detectors."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay SiLU and GELU: three smooth relatives of ReLU that differ mostly between −3 "
            "and 1.")},
    {"softplus",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A smooth ReLU, ln(1 + e^(βx)) / β, always positive; its derivative is exactly σ(βx)."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Never exactly 0, so no sparsity, and costlier than ReLU. Beyond the threshold PyTorch "
            "returns x itself."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Producing values that must be positive, such as standard deviations or scales, rather "
            "than hidden layers."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag beta up: the bend at 0 sharpens and the curve approaches ReLU; f′ is a "
            "sigmoid.")},
    {"softsign",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x / (1 + |x|): tanh's S-shape without exponentials, approaching ±1 much more slowly, "
            "so its gradient fades more gently."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Still saturates far from 0, and it is rarely used today."),
        QT_TRANSLATE_NOOP("ActivationTexts", "Some older recurrent and text-to-speech models."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Tanh: both go from −1 to 1, but Softsign is still far from ±1 at x = ±6.")},
    {"logsigmoid",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "ln σ(x), computed stably even for large negative x: the log-probability a sigmoid "
            "output would give."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Not meant for hidden layers: its outputs are always negative and unbounded below."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Inside losses: binary cross-entropy with logits, the negative sampling of word2vec."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Its gradient is 1 − σ(x): for large x it vanishes, for large negative x it is 1.")},
    {"tanhshrink",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "x − tanh(x): almost flat near 0 (about x³/3), almost x ∓ 1 far away; its gradient is "
            "tanh²(x)."),
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Small inputs get almost no gradient, and it is rarely used."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Niche: sparse coding and denoising, where small values should be suppressed "
            "smoothly."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Softshrink: both suppress small values; Tanhshrink does it without a dead "
            "band.")},
    {"softmin",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A probability distribution that favours the smallest values: softmax of −x, so "
            "costs or distances become weights that sum to 1."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Rarely needed: the same as softmax with the sign of the input flipped, and just as "
            "sensitive to the choice of dim."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Turning distances or energies into weights, e.g. soft nearest-neighbour "
            "assignments."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Overlay Softmax with the same logits: raising a logit now takes probability away "
            "from it instead of giving it more.")},
    {"softmax2d",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Softmax across the channels of every pixel of an image batch: each pixel gets its "
            "own probability distribution over the classes."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Only for 3-D (C, H, W) or 4-D (N, C, H, W) inputs; it is nothing more than "
            "softmax with dim = −3."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The last layer of semantic segmentation networks, which label every pixel."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Here the logits are the channels of one pixel: the curves are softmax's, because a "
            "pixel's channels are normalised exactly as a vector of logits.")},
    {"glu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A learned gate: the second half of the input decides, through a sigmoid, how much "
            "of the first half passes. Gradients flow linearly through the open gate."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Halves the size along dim, so the layer before it must produce twice as many "
            "features; that size must be even."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Gated convolutional language models, and the gated feed-forward layers (GEGLU, "
            "SwiGLU) of recent Transformers."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Sweep the gate b: the output slides from 0 to a along a sigmoid. Sweep a: a straight "
            "line whose slope is σ(b).")},
    {"rrelu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A leaky ReLU whose negative slope is random during training, which acts as a "
            "regulariser and keeps units from dying."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Training and evaluation compute different functions; results depend on the random "
            "seed, and it is slower than a fixed slope."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Small image classifiers where overfitting is a concern; otherwise uncommon."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Tick training and press Re-sample: every negative input gets a new slope between "
            "lower and upper. Untick it: the mean slope, always the same.")},
    {"prelu",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "A leaky ReLU whose slope is learned by gradient descent, one value for the layer or "
            "one per channel."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The extra parameters can overfit small datasets, and weight decay on the slope "
            "pushes it towards ReLU."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Deep image classifiers (it was introduced with very deep ImageNet networks)."),
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Drag weight: it is the same curve as LeakyReLU, but here the slope is a parameter "
            "the network learns, with its own gradient.")},
};

// What each parameter of the registry does, by PyTorch's keyword (tooltips of its editors).
const std::pair<const char *, const char *> kParameterHelp[] {
    {"negative_slope",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The slope for inputs below zero. Arrow keys: fine steps; Page Up/Down: coarse "
            "steps.")},
    {"dim",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The dimension along which the values are normalised; negative counts from the "
            "end.")},
    {"inplace",
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Overwrite the input tensor instead of allocating a new one.")},
    {"min_val", QT_TRANSLATE_NOOP("ActivationTexts", "The lower bound: smaller inputs give it.")},
    {"max_val", QT_TRANSLATE_NOOP("ActivationTexts", "The upper bound: larger inputs give it.")},
    {"threshold",
        QT_TRANSLATE_NOOP("ActivationTexts", "Inputs up to this value are replaced by value.")},
    {"value",
        QT_TRANSLATE_NOOP("ActivationTexts", "What replaces the inputs up to the threshold.")},
    {"lambd",
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "Inputs with |x| up to lambd become 0 (PyTorch spells it lambd).")},
    {"alpha",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "For x < 0 the curve bends towards −alpha; PyTorch's default is 1.")},
    {"celu.alpha",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The floor on the left is −alpha, and the curve reaches it faster for smaller alpha; 0 "
            "is not allowed.")},
    {"approximate",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "'none' computes x · Φ(x) with erf; 'tanh' uses the faster tanh formula.")},
    {"beta",
        QT_TRANSLATE_NOOP(
            "ActivationTexts", "How sharp the bend at 0 is: the larger beta, the closer to ReLU.")},
    {"glu.dim",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The dimension cut in two halves: the first is gated by the sigmoid of the second. "
            "Its size must be even.")},
    {"lower",
        QT_TRANSLATE_NOOP("ActivationTexts", "The smallest slope drawn for negative inputs.")},
    {"upper", QT_TRANSLATE_NOOP("ActivationTexts", "The largest slope drawn for negative inputs.")},
    {"training",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "On: a random slope per negative input, as in model.train(). Off: the mean slope, as "
            "in model.eval().")},
    {"seed",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "torch.manual_seed(seed) before the slopes are drawn: the same seed gives the same "
            "slopes.")},
    {"weight",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "The learned slope for inputs below zero; nn.PReLU starts it at 0.25 (init).")},
    {"softplus.threshold",
        QT_TRANSLATE_NOOP("ActivationTexts",
            "Once beta · x is above it, the output is x itself, which avoids overflow.")},
};

// The families, in the order the pickers show them.
const char *const kGroupTitles[] {
    QT_TRANSLATE_NOOP("ActivationTexts", "Rectifiers"),
    QT_TRANSLATE_NOOP("ActivationTexts", "Smooth rectifiers"),
    QT_TRANSLATE_NOOP("ActivationTexts", "S-shaped"),
    QT_TRANSLATE_NOOP("ActivationTexts", "Piecewise-linear (hard)"),
    QT_TRANSLATE_NOOP("ActivationTexts", "Shrinkage"),
    QT_TRANSLATE_NOOP("ActivationTexts", "Along a dim"),
};
enum Group { Rectifiers, SmoothRectifiers, SShaped, PiecewiseLinear, Shrinkage, AlongADim };

// Every activation's family, in the order each family lists them. A registry row missing here
// fails test_registry_complete. prelu, rrelu, softmin, softmax2d and glu are rows the registry is
// about to get: they are listed so that adding them does not need this file too.
const std::pair<const char *, Group> kGroups[] {
    {"relu", Rectifiers},
    {"leaky_relu", Rectifiers},
    {"relu6", Rectifiers},
    {"prelu", Rectifiers},
    {"rrelu", Rectifiers},
    {"elu", SmoothRectifiers},
    {"selu", SmoothRectifiers},
    {"celu", SmoothRectifiers},
    {"gelu", SmoothRectifiers},
    {"silu", SmoothRectifiers},
    {"mish", SmoothRectifiers},
    {"softplus", SmoothRectifiers},
    {"sigmoid", SShaped},
    {"tanh", SShaped},
    {"softsign", SShaped},
    {"logsigmoid", SShaped},
    {"hardtanh", PiecewiseLinear},
    {"hardsigmoid", PiecewiseLinear},
    {"hardswish", PiecewiseLinear},
    {"threshold", PiecewiseLinear},
    {"hardshrink", Shrinkage},
    {"softshrink", Shrinkage},
    {"tanhshrink", Shrinkage},
    {"softmax", AlongADim},
    {"log_softmax", AlongADim},
    {"softmin", AlongADim},
    {"softmax2d", AlongADim},
    {"glu", AlongADim},
};

// The seed document's five, in its order.
const char *const kSeedFive[] {"relu", "leaky_relu", "sigmoid", "tanh", "softmax"};

} // namespace

int activationGroupCount()
{
    return static_cast<int>(std::size(kGroupTitles));
}

const char *activationGroupTitle(int group)
{
    return group >= 0 && group < activationGroupCount() ? kGroupTitles[group] : nullptr;
}

int activationGroupIndex(std::string_view functionalName)
{
    for (const auto &[name, group] : kGroups)
        if (functionalName == name)
            return group;
    return -1;
}

const char *groupOf(std::string_view functionalName)
{
    return activationGroupTitle(activationGroupIndex(functionalName));
}

bool isSeedActivation(std::string_view functionalName)
{
    return std::find(std::begin(kSeedFive), std::end(kSeedFive), functionalName)
        != std::end(kSeedFive);
}

int groupedOrder(std::string_view functionalName)
{
    for (size_t i = 0; i < std::size(kGroups); ++i)
        if (functionalName == kGroups[i].first)
            return static_cast<int>(i);
    return std::numeric_limits<int>::max();
}

int quickPickRank(std::string_view functionalName)
{
    const auto seed = std::find(std::begin(kSeedFive), std::end(kSeedFive), functionalName);
    if (seed != std::end(kSeedFive))
        return static_cast<int>(seed - std::begin(kSeedFive));
    const int grouped = groupedOrder(functionalName);
    return grouped == std::numeric_limits<int>::max()
        ? grouped
        : static_cast<int>(std::size(kSeedFive)) + grouped;
}

const ActivationTexts *textsFor(std::string_view functionalName)
{
    for (const ActivationTexts &texts : kTexts)
        if (functionalName == texts.functionalName)
            return &texts;
    return nullptr;
}

QString parameterHelp(std::string_view activation, std::string_view name)
{
    const std::string qualified = std::string(activation) + '.' + std::string(name);
    for (const std::string_view key : {std::string_view(qualified), name})
        for (const auto &[parameter, help] : kParameterHelp)
            if (key == parameter)
                return translatedText(help);
    return {};
}

QString translatedText(const char *text)
{
    return QCoreApplication::translate("ActivationTexts", text);
}

} // namespace al
