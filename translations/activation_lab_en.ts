<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivationTexts</name>
    <message>
        <source>Very cheap to compute. For x &gt; 0 the gradient is exactly 1, so it does not shrink as it flows back through many layers. Many units output exactly 0, which makes the network's activity sparse.</source>
        <translation>Very cheap to compute. For x &gt; 0 the gradient is exactly 1, so it does not shrink as it flows back through many layers. Many units output exactly 0, which makes the network's activity sparse.</translation>
    </message>
    <message>
        <source>A unit whose input stays negative outputs 0 and gets a zero gradient, so training can never bring it back: the "dying ReLU" problem.</source>
        <translation>A unit whose input stays negative outputs 0 and gets a zero gradient, so training can never bring it back: the "dying ReLU" problem.</translation>
    </message>
    <message>
        <source>The default for the hidden layers of almost every kind of network.</source>
        <translation>The default for the hidden layers of almost every kind of network.</translation>
    </message>
    <message>
        <source>Dying ReLU: the whole left half has f′ = 0. Inputs that land there pass no gradient back at all.</source>
        <translation>Dying ReLU: the whole left half has f′ = 0. Inputs that land there pass no gradient back at all.</translation>
    </message>
    <message>
        <source>Keeps ReLU's strengths, and the small slope for negative inputs keeps a gradient flowing, so units cannot die.</source>
        <translation>Keeps ReLU's strengths, and the small slope for negative inputs keeps a gradient flowing, so units cannot die.</translation>
    </message>
    <message>
        <source>The improvement over ReLU is not guaranteed, and the slope is one more setting to choose (PyTorch's default is 0.01).</source>
        <translation>The improvement over ReLU is not guaranteed, and the slope is one more setting to choose (PyTorch's default is 0.01).</translation>
    </message>
    <message>
        <source>A replacement for ReLU when many units of a network have died.</source>
        <translation>A replacement for ReLU when many units of a network have died.</translation>
    </message>
    <message>
        <source>Drag negative_slope: at 0 it is ReLU again, at 1 it is the identity and the network collapses into a linear model.</source>
        <translation>Drag negative_slope: at 0 it is ReLU again, at 1 it is the identity and the network collapses into a linear model.</translation>
    </message>
    <message>
        <source>Squeezes any real number into (0, 1), which reads as a probability; it also drives the gates of LSTM and GRU cells.</source>
        <translation>Squeezes any real number into (0, 1), which reads as a probability; it also drives the gates of LSTM and GRU cells.</translation>
    </message>
    <message>
        <source>Its gradient is at most 0.25 and almost 0 for large |x|, so gradients vanish in deep networks; its output is not centred on zero, which slows training down.</source>
        <translation>Its gradient is at most 0.25 and almost 0 for large |x|, so gradients vanish in deep networks; its output is not centred on zero, which slows training down.</translation>
    </message>
    <message>
        <source>The output layer of a binary classifier, and gates in recurrent cells. Not recommended for hidden layers.</source>
        <translation>The output layer of a binary classifier, and gates in recurrent cells. Not recommended for hidden layers.</translation>
    </message>
    <message>
        <source>Vanishing gradients: beyond |x| ≈ 5 the curve is flat and f′ is nearly zero.</source>
        <translation>Vanishing gradients: beyond |x| ≈ 5 the curve is flat and f′ is nearly zero.</translation>
    </message>
    <message>
        <source>Zero-centred output, so hidden layers usually train faster with it than with sigmoid.</source>
        <translation>Zero-centred output, so hidden layers usually train faster with it than with sigmoid.</translation>
    </message>
    <message>
        <source>Saturates for large |x| just as sigmoid does, so gradients still vanish.</source>
        <translation>Saturates for large |x| just as sigmoid does, so gradients still vanish.</translation>
    </message>
    <message>
        <source>Hidden layers of recurrent networks; sometimes the hidden layers of an MLP or CNN, though ReLU and its relatives are usually preferred.</source>
        <translation>Hidden layers of recurrent networks; sometimes the hidden layers of an MLP or CNN, though ReLU and its relatives are usually preferred.</translation>
    </message>
    <message>
        <source>tanh(x) = 2·sigmoid(2x) − 1: a steeper sigmoid centred on zero, with gradient 1 at x = 0.</source>
        <translation>tanh(x) = 2·sigmoid(2x) − 1: a steeper sigmoid centred on zero, with gradient 1 at x = 0.</translation>
    </message>
    <message>
        <source>Turns a vector of logits into a probability distribution: every entry lies in (0, 1) and together they sum to 1.</source>
        <translation>Turns a vector of logits into a probability distribution: every entry lies in (0, 1) and together they sum to 1.</translation>
    </message>
    <message>
        <source>More work than an elementwise function, since every output depends on every input; it must be applied along the right dim.</source>
        <translation>More work than an elementwise function, since every output depends on every input; it must be applied along the right dim.</translation>
    </message>
    <message>
        <source>The output layer of a multi-class classifier. With nn.CrossEntropyLoss leave it out: the loss already applies LogSoftmax.</source>
        <translation>The output layer of a multi-class classifier. With nn.CrossEntropyLoss leave it out: the loss already applies LogSoftmax.</translation>
    </message>
    <message>
        <source>Only differences between logits matter: raising one logit takes probability away from all the others.</source>
        <translation>Only differences between logits matter: raising one logit takes probability away from all the others.</translation>
    </message>
    <message>
        <source>The logarithm of softmax, computed in one numerically stable step.</source>
        <translation>The logarithm of softmax, computed in one numerically stable step.</translation>
    </message>
    <message>
        <source>Gives log-probabilities, not probabilities.</source>
        <translation>Gives log-probabilities, not probabilities.</translation>
    </message>
    <message>
        <source>Before nn.NLLLoss: nn.CrossEntropyLoss is exactly LogSoftmax followed by NLLLoss.</source>
        <translation>Before nn.NLLLoss: nn.CrossEntropyLoss is exactly LogSoftmax followed by NLLLoss.</translation>
    </message>
    <message>
        <source>x − log Σ exp(x): the largest logit ends up near 0, all the others below it.</source>
        <translation>x − log Σ exp(x): the largest logit ends up near 0, all the others below it.</translation>
    </message>
    <message>
        <source>The slope for inputs below zero. Arrow keys: fine steps; Page Up/Down: coarse steps.</source>
        <translation>The slope for inputs below zero. Arrow keys: fine steps; Page Up/Down: coarse steps.</translation>
    </message>
    <message>
        <source>The dimension along which the values are normalised; negative counts from the end.</source>
        <translation>The dimension along which the values are normalised; negative counts from the end.</translation>
    </message>
    <message>
        <source>Overwrite the input tensor instead of allocating a new one.</source>
        <translation>Overwrite the input tensor instead of allocating a new one.</translation>
    </message>
    <message>
        <source>ReLU capped at 6: the output fits a small, fixed range, which keeps it exact when a network is quantised to 8-bit integers on a phone.</source>
        <translation>ReLU capped at 6: the output fits a small, fixed range, which keeps it exact when a network is quantised to 8-bit integers on a phone.</translation>
    </message>
    <message>
        <source>Two flat parts instead of one: units die below 0 as with ReLU, and learn nothing above 6 either.</source>
        <translation>Two flat parts instead of one: units die below 0 as with ReLU, and learn nothing above 6 either.</translation>
    </message>
    <message>
        <source>Mobile networks such as MobileNetV2, where it follows most convolutions.</source>
        <translation>Mobile networks such as MobileNetV2, where it follows most convolutions.</translation>
    </message>
    <message>
        <source>Drag x past 6: the output stops growing and f′ drops from 1 to 0, as it does below 0.</source>
        <translation>Drag x past 6: the output stops growing and f′ drops from 1 to 0, as it does below 0.</translation>
    </message>
    <message>
        <source>A sigmoid made of three straight pieces: no exponential, so it is cheap on small chips, and its output still lies in [0, 1].</source>
        <translation>A sigmoid made of three straight pieces: no exponential, so it is cheap on small chips, and its output still lies in [0, 1].</translation>
    </message>
    <message>
        <source>Exactly flat beyond ±3: there the gradient is 0, not merely small, so a saturated unit learns nothing at all.</source>
        <translation>Exactly flat beyond ±3: there the gradient is 0, not merely small, so a saturated unit learns nothing at all.</translation>
    </message>
    <message>
        <source>Gates in mobile networks, such as MobileNetV3's squeeze-and-excitation blocks.</source>
        <translation>Gates in mobile networks, such as MobileNetV3's squeeze-and-excitation blocks.</translation>
    </message>
    <message>
        <source>Overlay Sigmoid: close in the middle, but f′ is a constant 1/6 between −3 and 3 and 0 outside.</source>
        <translation>Overlay Sigmoid: close in the middle, but f′ is a constant 1/6 between −3 and 3 and 0 outside.</translation>
    </message>
    <message>
        <source>x times Hardsigmoid(x): close to Swish (SiLU) but with no exponential; it dips slightly below 0, so small negative inputs still pass a gradient.</source>
        <translation>x times Hardsigmoid(x): close to Swish (SiLU) but with no exponential; it dips slightly below 0, so small negative inputs still pass a gradient.</translation>
    </message>
    <message>
        <source>Below −3 the output and the gradient are exactly 0, so units can die there as with ReLU.</source>
        <translation>Below −3 the output and the gradient are exactly 0, so units can die there as with ReLU.</translation>
    </message>
    <message>
        <source>MobileNetV3, in place of Swish, where speed on a phone matters.</source>
        <translation>MobileNetV3, in place of Swish, where speed on a phone matters.</translation>
    </message>
    <message>
        <source>Its lowest point is −0.375 at x = −1.5; from x = 3 on it is the identity.</source>
        <translation>Its lowest point is −0.375 at x = −1.5; from x = 3 on it is the identity.</translation>
    </message>
    <message>
        <source>Tanh's shape from three straight pieces: the identity between min_val and max_val, flat outside. Cheap, and its output is bounded.</source>
        <translation>Tanh's shape from three straight pieces: the identity between min_val and max_val, flat outside. Cheap, and its output is bounded.</translation>
    </message>
    <message>
        <source>Outside the bounds the gradient is exactly 0: a unit pushed there learns nothing until its input comes back.</source>
        <translation>Outside the bounds the gradient is exactly 0: a unit pushed there learns nothing until its input comes back.</translation>
    </message>
    <message>
        <source>Older speech and mobile models; with bounds 0 and 6 it is ReLU6.</source>
        <translation>Older speech and mobile models; with bounds 0 and 6 it is ReLU6.</translation>
    </message>
    <message>
        <source>Set min_val to 0 and max_val to 6: the curve becomes ReLU6's. nn.Hardtanh refuses min_val above max_val.</source>
        <translation>Set min_val to 0 and max_val to 6: the curve becomes ReLU6's. nn.Hardtanh refuses min_val above max_val.</translation>
    </message>
    <message>
        <source>A step with a chosen floor: inputs above the threshold pass unchanged, the others are replaced by one value.</source>
        <translation>A step with a chosen floor: inputs above the threshold pass unchanged, the others are replaced by one value.</translation>
    </message>
    <message>
        <source>Replaced inputs pass no gradient, and the jump at the threshold is not smooth; PyTorch gives no defaults for its two parameters.</source>
        <translation>Replaced inputs pass no gradient, and the jump at the threshold is not smooth; PyTorch gives no defaults for its two parameters.</translation>
    </message>
    <message>
        <source>Rare in modern networks; it shows where ReLU came from (ReLU is threshold 0, value 0).</source>
        <translation>Rare in modern networks; it shows where ReLU came from (ReLU is threshold 0, value 0).</translation>
    </message>
    <message>
        <source>Set threshold and value to 0: the curve becomes ReLU's.</source>
        <translation>Set threshold and value to 0: the curve becomes ReLU's.</translation>
    </message>
    <message>
        <source>Sets small values to exactly 0 and keeps the others as they are: a simple way to make a signal sparse.</source>
        <translation>Sets small values to exactly 0 and keeps the others as they are: a simple way to make a signal sparse.</translation>
    </message>
    <message>
        <source>Jumps at ±lambd, and inside the band the gradient is 0.</source>
        <translation>Jumps at ±lambd, and inside the band the gradient is 0.</translation>
    </message>
    <message>
        <source>Denoising and sparse coding, rather than the hidden layers of a classifier.</source>
        <translation>Denoising and sparse coding, rather than the hidden layers of a classifier.</translation>
    </message>
    <message>
        <source>Drag lambd: the band of zeros widens, and the curve jumps at its edges.</source>
        <translation>Drag lambd: the band of zeros widens, and the curve jumps at its edges.</translation>
    </message>
    <message>
        <source>Like Hardshrink but continuous: small values become 0 and every other value moves lambd towards 0 (soft thresholding).</source>
        <translation>Like Hardshrink but continuous: small values become 0 and every other value moves lambd towards 0 (soft thresholding).</translation>
    </message>
    <message>
        <source>Every large value is shrunk too, and inside the band the gradient is 0; lambd must not be negative.</source>
        <translation>Every large value is shrunk too, and inside the band the gradient is 0; lambd must not be negative.</translation>
    </message>
    <message>
        <source>Sparse coding and the iterative shrinkage algorithms (ISTA) of compressed sensing.</source>
        <translation>Sparse coding and the iterative shrinkage algorithms (ISTA) of compressed sensing.</translation>
    </message>
    <message>
        <source>Overlay Hardshrink: the same band of zeros, but no jump at its edges.</source>
        <translation>Overlay Hardshrink: the same band of zeros, but no jump at its edges.</translation>
    </message>
    <message>
        <source>The lower bound: smaller inputs give it.</source>
        <translation>The lower bound: smaller inputs give it.</translation>
    </message>
    <message>
        <source>The upper bound: larger inputs give it.</source>
        <translation>The upper bound: larger inputs give it.</translation>
    </message>
    <message>
        <source>Inputs up to this value are replaced by value.</source>
        <translation>Inputs up to this value are replaced by value.</translation>
    </message>
    <message>
        <source>What replaces the inputs up to the threshold.</source>
        <translation>What replaces the inputs up to the threshold.</translation>
    </message>
    <message>
        <source>Inputs with |x| up to lambd become 0 (PyTorch spells it lambd).</source>
        <translation>Inputs with |x| up to lambd become 0 (PyTorch spells it lambd).</translation>
    </message>
    <message>
        <source>Smooth below zero: the curve bends towards −alpha instead of stopping at 0, so negative inputs still pass a gradient and the mean output sits closer to 0, which speeds up learning.</source>
        <translation>Smooth below zero: the curve bends towards −alpha instead of stopping at 0, so negative inputs still pass a gradient and the mean output sits closer to 0, which speeds up learning.</translation>
    </message>
    <message>
        <source>Each negative input costs an exponential, and far to the left the curve is flat again: the gradient fades there as sigmoid's does.</source>
        <translation>Each negative input costs an exponential, and far to the left the curve is flat again: the gradient fades there as sigmoid's does.</translation>
    </message>
    <message>
        <source>A drop-in replacement for ReLU in convolutional and fully connected networks.</source>
        <translation>A drop-in replacement for ReLU in convolutional and fully connected networks.</translation>
    </message>
    <message>
        <source>Drag alpha: the floor on the left moves to −alpha. At alpha = 1 the slope is 1 on both sides of 0, so f′ has no jump.</source>
        <translation>Drag alpha: the floor on the left moves to −alpha. At alpha = 1 the slope is 1 on both sides of 0, so f′ has no jump.</translation>
    </message>
    <message>
        <source>ELU scaled by two fixed constants (λ ≈ 1.0507, α ≈ 1.6733), chosen so that activations keep mean 0 and variance 1 from layer to layer: the network normalises itself.</source>
        <translation>ELU scaled by two fixed constants (λ ≈ 1.0507, α ≈ 1.6733), chosen so that activations keep mean 0 and variance 1 from layer to layer: the network normalises itself.</translation>
    </message>
    <message>
        <source>The promise holds only with LeCun-normal initialisation, standardised inputs and AlphaDropout; with other layers it is just a scaled ELU.</source>
        <translation>The promise holds only with LeCun-normal initialisation, standardised inputs and AlphaDropout; with other layers it is just a scaled ELU.</translation>
    </message>
    <message>
        <source>Deep fully connected networks trained without batch normalisation.</source>
        <translation>Deep fully connected networks trained without batch normalisation.</translation>
    </message>
    <message>
        <source>Overlay ELU: left of 0 SELU goes down to about −1.76, and right of 0 its slope is 1.0507 instead of 1.</source>
        <translation>Overlay ELU: left of 0 SELU goes down to about −1.76, and right of 0 its slope is 1.0507 instead of 1.</translation>
    </message>
    <message>
        <source>ELU rewritten as alpha · (e^(x/alpha) − 1) below zero: for every alpha the slope at 0 is 1 from both sides, so the curve is continuously differentiable.</source>
        <translation>ELU rewritten as alpha · (e^(x/alpha) − 1) below zero: for every alpha the slope at 0 is 1 from both sides, so the curve is continuously differentiable.</translation>
    </message>
    <message>
        <source>alpha = 0 is refused (it would divide by zero), and it costs an exponential like ELU.</source>
        <translation>alpha = 0 is refused (it would divide by zero), and it costs an exponential like ELU.</translation>
    </message>
    <message>
        <source>Where ELU is used, when a floor other than −1 is wanted without a kink in f′.</source>
        <translation>Where ELU is used, when a floor other than −1 is wanted without a kink in f′.</translation>
    </message>
    <message>
        <source>Drag alpha and watch f′ at 0: it stays 1, while ELU's jumps from alpha to 1.</source>
        <translation>Drag alpha and watch f′ at 0: it stays 1, while ELU's jumps from alpha to 1.</translation>
    </message>
    <message>
        <source>Weights each input by the probability that a standard normal variable is below it, x · Φ(x): smooth everywhere, with a small dip (about −0.17) left of 0.</source>
        <translation>Weights each input by the probability that a standard normal variable is below it, x · Φ(x): smooth everywhere, with a small dip (about −0.17) left of 0.</translation>
    </message>
    <message>
        <source>Costs more than ReLU, and it is not monotonic. For a contiguous tensor PyTorch hands the exact form to oneDNN, whose erf approximation is a little coarser than the math library's.</source>
        <translation>Costs more than ReLU, and it is not monotonic. For a contiguous tensor PyTorch hands the exact form to oneDNN, whose erf approximation is a little coarser than the math library's.</translation>
    </message>
    <message>
        <source>The feed-forward layers of Transformers: BERT, GPT and the Vision Transformer.</source>
        <translation>The feed-forward layers of Transformers: BERT, GPT and the Vision Transformer.</translation>
    </message>
    <message>
        <source>Switch approximate to 'tanh' and overlay the two: the curves are almost impossible to tell apart.</source>
        <translation>Switch approximate to 'tanh' and overlay the two: the curves are almost impossible to tell apart.</translation>
    </message>
    <message>
        <source>x · σ(x), also called Swish: smooth, not monotonic (its minimum is about −0.28 near x = −1.28) and unbounded above like ReLU.</source>
        <translation>x · σ(x), also called Swish: smooth, not monotonic (its minimum is about −0.28 near x = −1.28) and unbounded above like ReLU.</translation>
    </message>
    <message>
        <source>An exponential per value; the small dip means that slightly negative inputs are pushed further down.</source>
        <translation>An exponential per value; the small dip means that slightly negative inputs are pushed further down.</translation>
    </message>
    <message>
        <source>EfficientNet and many modern convolutional networks; the SwiGLU blocks of large language models.</source>
        <translation>EfficientNet and many modern convolutional networks; the SwiGLU blocks of large language models.</translation>
    </message>
    <message>
        <source>Overlay Hardswish: MobileNetV3's cheap approximation of this curve, built from straight pieces.</source>
        <translation>Overlay Hardswish: MobileNetV3's cheap approximation of this curve, built from straight pieces.</translation>
    </message>
    <message>
        <source>x · tanh(softplus(x)): like SiLU smooth and non-monotonic, with a slightly deeper dip (about −0.31) and a smoother gradient.</source>
        <translation>x · tanh(softplus(x)): like SiLU smooth and non-monotonic, with a slightly deeper dip (about −0.31) and a smoother gradient.</translation>
    </message>
    <message>
        <source>The most expensive here: an exponential, a log1p and a tanh per value.</source>
        <translation>The most expensive here: an exponential, a log1p and a tanh per value.</translation>
    </message>
    <message>
        <source>YOLOv4 and other object detectors.</source>
        <translation>YOLOv4 and other object detectors.</translation>
    </message>
    <message>
        <source>Overlay SiLU and GELU: three smooth relatives of ReLU that differ mostly between −3 and 1.</source>
        <translation>Overlay SiLU and GELU: three smooth relatives of ReLU that differ mostly between −3 and 1.</translation>
    </message>
    <message>
        <source>A smooth ReLU, ln(1 + e^(βx)) / β, always positive; its derivative is exactly σ(βx).</source>
        <translation>A smooth ReLU, ln(1 + e^(βx)) / β, always positive; its derivative is exactly σ(βx).</translation>
    </message>
    <message>
        <source>Never exactly 0, so no sparsity, and costlier than ReLU. Beyond the threshold PyTorch returns x itself.</source>
        <translation>Never exactly 0, so no sparsity, and costlier than ReLU. Beyond the threshold PyTorch returns x itself.</translation>
    </message>
    <message>
        <source>Producing values that must be positive, such as standard deviations or scales, rather than hidden layers.</source>
        <translation>Producing values that must be positive, such as standard deviations or scales, rather than hidden layers.</translation>
    </message>
    <message>
        <source>Drag beta up: the bend at 0 sharpens and the curve approaches ReLU; f′ is a sigmoid.</source>
        <translation>Drag beta up: the bend at 0 sharpens and the curve approaches ReLU; f′ is a sigmoid.</translation>
    </message>
    <message>
        <source>x / (1 + |x|): tanh's S-shape without exponentials, approaching ±1 much more slowly, so its gradient fades more gently.</source>
        <translation>x / (1 + |x|): tanh's S-shape without exponentials, approaching ±1 much more slowly, so its gradient fades more gently.</translation>
    </message>
    <message>
        <source>Still saturates far from 0, and it is rarely used today.</source>
        <translation>Still saturates far from 0, and it is rarely used today.</translation>
    </message>
    <message>
        <source>Some older recurrent and text-to-speech models.</source>
        <translation>Some older recurrent and text-to-speech models.</translation>
    </message>
    <message>
        <source>Overlay Tanh: both go from −1 to 1, but Softsign is still far from ±1 at x = ±6.</source>
        <translation>Overlay Tanh: both go from −1 to 1, but Softsign is still far from ±1 at x = ±6.</translation>
    </message>
    <message>
        <source>ln σ(x), computed stably even for large negative x: the log-probability a sigmoid output would give.</source>
        <translation>ln σ(x), computed stably even for large negative x: the log-probability a sigmoid output would give.</translation>
    </message>
    <message>
        <source>Not meant for hidden layers: its outputs are always negative and unbounded below.</source>
        <translation>Not meant for hidden layers: its outputs are always negative and unbounded below.</translation>
    </message>
    <message>
        <source>Inside losses: binary cross-entropy with logits, the negative sampling of word2vec.</source>
        <translation>Inside losses: binary cross-entropy with logits, the negative sampling of word2vec.</translation>
    </message>
    <message>
        <source>Its gradient is 1 − σ(x): for large x it vanishes, for large negative x it is 1.</source>
        <translation>Its gradient is 1 − σ(x): for large x it vanishes, for large negative x it is 1.</translation>
    </message>
    <message>
        <source>x − tanh(x): almost flat near 0 (about x³/3), almost x ∓ 1 far away; its gradient is tanh²(x).</source>
        <translation>x − tanh(x): almost flat near 0 (about x³/3), almost x ∓ 1 far away; its gradient is tanh²(x).</translation>
    </message>
    <message>
        <source>Small inputs get almost no gradient, and it is rarely used.</source>
        <translation>Small inputs get almost no gradient, and it is rarely used.</translation>
    </message>
    <message>
        <source>Niche: sparse coding and denoising, where small values should be suppressed smoothly.</source>
        <translation>Niche: sparse coding and denoising, where small values should be suppressed smoothly.</translation>
    </message>
    <message>
        <source>Overlay Softshrink: both suppress small values; Tanhshrink does it without a dead band.</source>
        <translation>Overlay Softshrink: both suppress small values; Tanhshrink does it without a dead band.</translation>
    </message>
    <message>
        <source>For x &lt; 0 the curve bends towards −alpha; PyTorch's default is 1.</source>
        <translation>For x &lt; 0 the curve bends towards −alpha; PyTorch's default is 1.</translation>
    </message>
    <message>
        <source>The floor on the left is −alpha, and the curve reaches it faster for smaller alpha; 0 is not allowed.</source>
        <translation>The floor on the left is −alpha, and the curve reaches it faster for smaller alpha; 0 is not allowed.</translation>
    </message>
    <message>
        <source>'none' computes x · Φ(x) with erf; 'tanh' uses the faster tanh formula.</source>
        <translation>'none' computes x · Φ(x) with erf; 'tanh' uses the faster tanh formula.</translation>
    </message>
    <message>
        <source>How sharp the bend at 0 is: the larger beta, the closer to ReLU.</source>
        <translation>How sharp the bend at 0 is: the larger beta, the closer to ReLU.</translation>
    </message>
    <message>
        <source>Once beta · x is above it, the output is x itself, which avoids overflow.</source>
        <translation>Once beta · x is above it, the output is x itself, which avoids overflow.</translation>
    </message>
    <message>
        <source>Rectifiers</source>
        <translation>Rectifiers</translation>
    </message>
    <message>
        <source>Smooth rectifiers</source>
        <translation>Smooth rectifiers</translation>
    </message>
    <message>
        <source>S-shaped</source>
        <translation>S-shaped</translation>
    </message>
    <message>
        <source>Piecewise-linear (hard)</source>
        <translation>Piecewise-linear (hard)</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Shrinkage</translation>
    </message>
    <message>
        <source>Along a dim</source>
        <translation>Along a dim</translation>
    </message>
    <message>
        <source>A probability distribution that favours the smallest values: softmax of −x, so costs or distances become weights that sum to 1.</source>
        <translation>A probability distribution that favours the smallest values: softmax of −x, so costs or distances become weights that sum to 1.</translation>
    </message>
    <message>
        <source>Rarely needed: the same as softmax with the sign of the input flipped, and just as sensitive to the choice of dim.</source>
        <translation>Rarely needed: the same as softmax with the sign of the input flipped, and just as sensitive to the choice of dim.</translation>
    </message>
    <message>
        <source>Turning distances or energies into weights, e.g. soft nearest-neighbour assignments.</source>
        <translation>Turning distances or energies into weights, e.g. soft nearest-neighbour assignments.</translation>
    </message>
    <message>
        <source>Overlay Softmax with the same logits: raising a logit now takes probability away from it instead of giving it more.</source>
        <translation>Overlay Softmax with the same logits: raising a logit now takes probability away from it instead of giving it more.</translation>
    </message>
    <message>
        <source>Softmax across the channels of every pixel of an image batch: each pixel gets its own probability distribution over the classes.</source>
        <translation>Softmax across the channels of every pixel of an image batch: each pixel gets its own probability distribution over the classes.</translation>
    </message>
    <message>
        <source>Only for 3-D (C, H, W) or 4-D (N, C, H, W) inputs; it is nothing more than softmax with dim = −3.</source>
        <translation>Only for 3-D (C, H, W) or 4-D (N, C, H, W) inputs; it is nothing more than softmax with dim = −3.</translation>
    </message>
    <message>
        <source>The last layer of semantic segmentation networks, which label every pixel.</source>
        <translation>The last layer of semantic segmentation networks, which label every pixel.</translation>
    </message>
    <message>
        <source>Here the logits are the channels of one pixel: the curves are softmax's, because a pixel's channels are normalised exactly as a vector of logits.</source>
        <translation>Here the logits are the channels of one pixel: the curves are softmax's, because a pixel's channels are normalised exactly as a vector of logits.</translation>
    </message>
    <message>
        <source>A learned gate: the second half of the input decides, through a sigmoid, how much of the first half passes. Gradients flow linearly through the open gate.</source>
        <translation>A learned gate: the second half of the input decides, through a sigmoid, how much of the first half passes. Gradients flow linearly through the open gate.</translation>
    </message>
    <message>
        <source>Halves the size along dim, so the layer before it must produce twice as many features; that size must be even.</source>
        <translation>Halves the size along dim, so the layer before it must produce twice as many features; that size must be even.</translation>
    </message>
    <message>
        <source>Gated convolutional language models, and the gated feed-forward layers (GEGLU, SwiGLU) of recent Transformers.</source>
        <translation>Gated convolutional language models, and the gated feed-forward layers (GEGLU, SwiGLU) of recent Transformers.</translation>
    </message>
    <message>
        <source>Sweep the gate b: the output slides from 0 to a along a sigmoid. Sweep a: a straight line whose slope is σ(b).</source>
        <translation>Sweep the gate b: the output slides from 0 to a along a sigmoid. Sweep a: a straight line whose slope is σ(b).</translation>
    </message>
    <message>
        <source>A leaky ReLU whose negative slope is random during training, which acts as a regulariser and keeps units from dying.</source>
        <translation>A leaky ReLU whose negative slope is random during training, which acts as a regulariser and keeps units from dying.</translation>
    </message>
    <message>
        <source>Training and evaluation compute different functions; results depend on the random seed, and it is slower than a fixed slope.</source>
        <translation>Training and evaluation compute different functions; results depend on the random seed, and it is slower than a fixed slope.</translation>
    </message>
    <message>
        <source>Small image classifiers where overfitting is a concern; otherwise uncommon.</source>
        <translation>Small image classifiers where overfitting is a concern; otherwise uncommon.</translation>
    </message>
    <message>
        <source>Tick training and press Re-sample: every negative input gets a new slope between lower and upper. Untick it: the mean slope, always the same.</source>
        <translation>Tick training and press Re-sample: every negative input gets a new slope between lower and upper. Untick it: the mean slope, always the same.</translation>
    </message>
    <message>
        <source>A leaky ReLU whose slope is learned by gradient descent, one value for the layer or one per channel.</source>
        <translation>A leaky ReLU whose slope is learned by gradient descent, one value for the layer or one per channel.</translation>
    </message>
    <message>
        <source>The extra parameters can overfit small datasets, and weight decay on the slope pushes it towards ReLU.</source>
        <translation>The extra parameters can overfit small datasets, and weight decay on the slope pushes it towards ReLU.</translation>
    </message>
    <message>
        <source>Deep image classifiers (it was introduced with very deep ImageNet networks).</source>
        <translation>Deep image classifiers (it was introduced with very deep ImageNet networks).</translation>
    </message>
    <message>
        <source>Drag weight: it is the same curve as LeakyReLU, but here the slope is a parameter the network learns, with its own gradient.</source>
        <translation>Drag weight: it is the same curve as LeakyReLU, but here the slope is a parameter the network learns, with its own gradient.</translation>
    </message>
    <message>
        <source>The dimension cut in two halves: the first is gated by the sigmoid of the second. Its size must be even.</source>
        <translation>The dimension cut in two halves: the first is gated by the sigmoid of the second. Its size must be even.</translation>
    </message>
    <message>
        <source>The smallest slope drawn for negative inputs.</source>
        <translation>The smallest slope drawn for negative inputs.</translation>
    </message>
    <message>
        <source>The largest slope drawn for negative inputs.</source>
        <translation>The largest slope drawn for negative inputs.</translation>
    </message>
    <message>
        <source>On: a random slope per negative input, as in model.train(). Off: the mean slope, as in model.eval().</source>
        <translation>On: a random slope per negative input, as in model.train(). Off: the mean slope, as in model.eval().</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed) before the slopes are drawn: the same seed gives the same slopes.</source>
        <translation>torch.manual_seed(seed) before the slopes are drawn: the same seed gives the same slopes.</translation>
    </message>
    <message>
        <source>The learned slope for inputs below zero; nn.PReLU starts it at 0.25 (init).</source>
        <translation>The learned slope for inputs below zero; nn.PReLU starts it at 0.25 (init).</translation>
    </message>
</context>
<context>
    <name>CurvesWorkspace</name>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Pick an activation (keys 1–9). Tick others to overlay them for comparison.</source>
        <translation>Pick an activation (keys 1–9). Tick others to overlay them for comparison.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation>This activation has no parameters.</translation>
    </message>
    <message>
        <source>Softmax as a vector function</source>
        <translation>Softmax as a vector function</translation>
    </message>
    <message>
        <source>Other logits:</source>
        <translation>Other logits:</translation>
    </message>
    <message>
        <source>Other logits</source>
        <translation>Other logits</translation>
    </message>
    <message>
        <source>The logits that stay fixed while the swept one runs along x, separated by commas</source>
        <translation>The logits that stay fixed while the swept one runs along x, separated by commas</translation>
    </message>
    <message>
        <source>Swept logit:</source>
        <translation>Swept logit:</translation>
    </message>
    <message>
        <source>Swept logit</source>
        <translation>Swept logit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>x from:</source>
        <translation>x from:</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x from</translation>
    </message>
    <message>
        <source>x to:</source>
        <translation>x to:</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x to</translation>
    </message>
    <message>
        <source>Show f(x)</source>
        <translation>Show f(x)</translation>
    </message>
    <message>
        <source>Show f′(x)</source>
        <translation>Show f′(x)</translation>
    </message>
    <message>
        <source>Flat when |f′| &lt;</source>
        <translation>Flat when |f′| &lt;</translation>
    </message>
    <message>
        <source>Zero-gradient threshold</source>
        <translation>Zero-gradient threshold</translation>
    </message>
    <message>
        <source>Where |f′(x)| is below this, the plot shades the region: no gradient flows back there</source>
        <translation>Where |f′(x)| is below this, the plot shades the region: no gradient flows back there</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <source>Back to x from −6 to 6</source>
        <translation>Back to x from −6 to 6</translation>
    </message>
    <message>
        <source>Plot of f(x) and its gradient</source>
        <translation>Plot of f(x) and its gradient</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Formula of the gradient</source>
        <translation>Formula of the gradient</translation>
    </message>
    <message>
        <source>About this activation</source>
        <translation>About this activation</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>What inplace does</source>
        <translation>What inplace does</translation>
    </message>
    <message>
        <source>Formula, explanation and code</source>
        <translation>Formula, explanation and code</translation>
    </message>
    <message>
        <source>The formula with the current values</source>
        <translation>The formula with the current values</translation>
    </message>
    <message>
        <source>What inplace does, on a short tensor</source>
        <translation>What inplace does, on a short tensor</translation>
    </message>
    <message>
        <source>Which position in the logit vector x takes (0 is the first)</source>
        <translation>Which position in the logit vector x takes (0 is the first)</translation>
    </message>
    <message>
        <source>f′ axis from 0 to 1 at least</source>
        <translation>f′ axis from 0 to 1 at least</translation>
    </message>
    <message>
        <source>Keep 0 and 1 on the gradient's axis, so that the gradients of different activations can be compared by height</source>
        <translation>Keep 0 and 1 on the gradient's axis, so that the gradients of different activations can be compared by height</translation>
    </message>
    <message>
        <source>Activation (tick others to overlay them)</source>
        <translation>Activation (tick others to overlay them)</translation>
    </message>
    <message>
        <source>Filter the activations</source>
        <translation>Filter the activations</translation>
    </message>
    <message>
        <source>Filter: type part of a name</source>
        <translation>Filter: type part of a name</translation>
    </message>
    <message>
        <source>"%1" is not one of %2.</source>
        <translation>"%1" is not one of %2.</translation>
    </message>
    <message>
        <source>"%1" is not an elementwise activation.</source>
        <translation>"%1" is not an elementwise activation.</translation>
    </message>
    <message>
        <source>Give between 1 and %1 other logits, as numbers.</source>
        <translation>Give between 1 and %1 other logits, as numbers.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not encode the PNG image for %1.</source>
        <translation>Could not encode the PNG image for %1.</translation>
    </message>
    <message>
        <source>Unknown file type "%1": use .png, .svg, .pdf or .csv.</source>
        <translation>Unknown file type "%1": use .png, .svg, .pdf or .csv.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 is not a regular file; nothing was written.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Could not write %1: the folder %2 does not exist.</translation>
    </message>
</context>
<context>
    <name>JsonTensor</name>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>a value</translation>
    </message>
    <message>
        <source>more than %1 dimensions at %2</source>
        <translation>more than %1 dimensions at %2</translation>
    </message>
    <message>
        <source>an empty array at %1: a tensor needs at least one value</source>
        <translation>an empty array at %1: a tensor needs at least one value</translation>
    </message>
    <message>
        <source>an array at %1 where the shape %2 expects a number</source>
        <translation>an array at %1 where the shape %2 expects a number</translation>
    </message>
    <message>
        <source>not a number at %1: %2 (use "nan", "inf" or "-inf" for non-finite values)</source>
        <translation>not a number at %1: %2 (use "nan", "inf" or "-inf" for non-finite values)</translation>
    </message>
    <message>
        <source>a number at %1 where the shape %2 expects an array</source>
        <translation>a number at %1 where the shape %2 expects an array</translation>
    </message>
    <message>
        <source>ragged array at %1: %2 elements where %3 were expected</source>
        <translation>ragged array at %1: %2 elements where %3 were expected</translation>
    </message>
    <message>
        <source>empty input: expected a number or nested arrays of numbers</source>
        <translation>empty input: expected a number or nested arrays of numbers</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>invalid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>expected a number or nested arrays of numbers, found an object</source>
        <translation>expected a number or nested arrays of numbers, found an object</translation>
    </message>
    <message>
        <source>expected a number or nested arrays of numbers</source>
        <translation>expected a number or nested arrays of numbers</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 has the key %2: a text has only "en" and "zh_CN"</source>
        <translation>%1 has the key %2: a text has only "en" and "zh_CN"</translation>
    </message>
    <message>
        <source>%1 in %2 is not a string</source>
        <translation>%1 in %2 is not a string</translation>
    </message>
    <message>
        <source>%1 has neither "en" nor "zh_CN"</source>
        <translation>%1 has neither "en" nor "zh_CN"</translation>
    </message>
    <message>
        <source>%1 is neither a string nor an object with "en" and "zh_CN" strings</source>
        <translation>%1 is neither a string nor an object with "en" and "zh_CN" strings</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>"question" is not an object</source>
        <translation>"question" is not an object</translation>
    </message>
    <message>
        <source>"question" has an unknown key %1</source>
        <translation>"question" has an unknown key %1</translation>
    </message>
    <message>
        <source>"question.choices" is not a list</source>
        <translation>"question.choices" is not a list</translation>
    </message>
    <message>
        <source>a question needs 2 to %1 choices; this one has %2</source>
        <translation>a question needs 2 to %1 choices; this one has %2</translation>
    </message>
    <message>
        <source>"question.answer" is missing</source>
        <translation>"question.answer" is missing</translation>
    </message>
    <message>
        <source>"question.answer" is not a whole number</source>
        <translation>"question.answer" is not a whole number</translation>
    </message>
    <message>
        <source>"question.answer" is %1, but the choices are numbered 0 to %2</source>
        <translation>"question.answer" is %1, but the choices are numbered 0 to %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
    <message>
        <source>"workspace" is missing</source>
        <translation>"workspace" is missing</translation>
    </message>
    <message>
        <source>"workspace" is not a string</source>
        <translation>"workspace" is not a string</translation>
    </message>
    <message>
        <source>"state" is missing</source>
        <translation>"state" is missing</translation>
    </message>
    <message>
        <source>"state" is not an object</source>
        <translation>"state" is not an object</translation>
    </message>
    <message>
        <source>"state" is nested more than %1 levels deep</source>
        <translation>"state" is nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>This is not an Activation Lab lesson: its "format" is not "activation-lab-lesson".</source>
        <translation>This is not an Activation Lab lesson: its "format" is not "activation-lab-lesson".</translation>
    </message>
    <message>
        <source>The lesson has no "version".</source>
        <translation>The lesson has no "version".</translation>
    </message>
    <message>
        <source>The lesson's "version" is not a whole number.</source>
        <translation>The lesson's "version" is not a whole number.</translation>
    </message>
    <message>
        <source>This lesson comes from a newer version of Activation Lab: it is in version %1 of the lesson format, and this version of Activation Lab reads up to version %2.</source>
        <translation>This lesson comes from a newer version of Activation Lab: it is in version %1 of the lesson format, and this version of Activation Lab reads up to version %2.</translation>
    </message>
    <message>
        <source>The lesson's "version" is %1; versions start at 1.</source>
        <translation>The lesson's "version" is %1; versions start at 1.</translation>
    </message>
    <message>
        <source>This is not a lesson file: it is not valid JSON (%1, line %2).</source>
        <translation>This is not a lesson file: it is not valid JSON (%1, line %2).</translation>
    </message>
    <message>
        <source>This is not a lesson file: it holds no JSON object.</source>
        <translation>This is not a lesson file: it holds no JSON object.</translation>
    </message>
    <message>
        <source>Lesson: unknown key %1 (ignored)</source>
        <translation>Lesson: unknown key %1 (ignored)</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lesson: %1</translation>
    </message>
    <message>
        <source>The lesson has no "slides" list: there is nothing to show.</source>
        <translation>The lesson has no "slides" list: there is nothing to show.</translation>
    </message>
    <message>
        <source>The lesson has %1 slides; only the first %2 were read.</source>
        <translation>The lesson has %1 slides; only the first %2 were read.</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Slide %1: %2</translation>
    </message>
    <message>
        <source>The lesson has no slide that can be shown.</source>
        <translation>The lesson has no slide that can be shown.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a lesson file.</source>
        <translation>%1 is a folder, not a lesson file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a lesson.</source>
        <translation>%1 is not a regular file, so it cannot be a lesson.</translation>
    </message>
    <message>
        <source>%1 is too large for a lesson file (a lesson file has at most %2 MiB).</source>
        <translation>%1 is too large for a lesson file (a lesson file has at most %2 MiB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The lesson is too large to be saved: a lesson file has at most %1 MiB; nothing was written.</source>
        <translation>The lesson is too large to be saved: a lesson file has at most %1 MiB; nothing was written.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activation Lab</source>
        <translation>Activation Lab</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Export plot…</source>
        <translation>&amp;Export plot…</translation>
    </message>
    <message>
        <source>Save the current plot as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Save the current plot as PNG, SVG or PDF, or its data as CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Activation Lab</source>
        <translation>Close Activation Lab</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Curves</translation>
    </message>
    <message>
        <source>Every activation and its gradient</source>
        <translation>Every activation and its gradient</translation>
    </message>
    <message>
        <source>&amp;Softmax &amp;&amp; dim</source>
        <translation>&amp;Softmax &amp;&amp; dim</translation>
    </message>
    <message>
        <source>What Softmax's dim normalises</source>
        <translation>What Softmax's dim normalises</translation>
    </message>
    <message>
        <source>&amp;Forward pass</source>
        <translation>&amp;Forward pass</translation>
    </message>
    <message>
        <source>Step the example network layer by layer</source>
        <translation>Step the example network layer by layer</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>The summary table of the activations</source>
        <translation>The summary table of the activations</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines, for a projector</source>
        <translation>Full screen with large text and thick lines, for a projector</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>Use the desktop's colours</source>
        <translation>Use the desktop's colours</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dark text on a light background</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Light text on a dark background</translation>
    </message>
    <message>
        <source>中文 (&amp;Chinese)</source>
        <translation>中文 (&amp;Chinese)</translation>
    </message>
    <message>
        <source>Switch the interface to Chinese</source>
        <translation>Switch the interface to Chinese</translation>
    </message>
    <message>
        <source>English (&amp;English)</source>
        <translation>English (&amp;English)</translation>
    </message>
    <message>
        <source>Switch the interface to English</source>
        <translation>Switch the interface to English</translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation>中文 / English</translation>
    </message>
    <message>
        <source>Switch between Chinese and English</source>
        <translation>Switch between Chinese and English</translation>
    </message>
    <message>
        <source>&amp;About Activation Lab</source>
        <translation>&amp;About Activation Lab</translation>
    </message>
    <message>
        <source>Version and the libraries in use</source>
        <translation>Version and the libraries in use</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;Controls</translation>
    </message>
    <message>
        <source>Show or fold the column of controls</source>
        <translation>Show or fold the column of controls</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Show or fold the explanations and code beside the picture</source>
        <translation>Show or fold the explanations and code beside the picture</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>Make everything larger on this screen</source>
        <translation>Make everything larger on this screen</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <source>Make everything smaller on this screen</source>
        <translation>Make everything smaller on this screen</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>Back to the normal size on this screen</source>
        <translation>Back to the normal size on this screen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every key the app answers to</source>
        <translation>Every key the app answers to</translation>
    </message>
    <message>
        <source>Export on a &amp;light background</source>
        <translation>Export on a &amp;light background</translation>
    </message>
    <message>
        <source>Export pictures in the light theme whatever the screen shows (for printing)</source>
        <translation>Export pictures in the light theme whatever the screen shows (for printing)</translation>
    </message>
    <message>
        <source>&amp;Deep stack</source>
        <translation>&amp;Deep stack</translation>
    </message>
    <message>
        <source>Vanishing and exploding gradients through many layers</source>
        <translation>Vanishing and exploding gradients through many layers</translation>
    </message>
    <message>
        <source>Export &amp;Python program…</source>
        <translation>Export &amp;Python program…</translation>
    </message>
    <message>
        <source>Save a Python program that computes with PyTorch what is shown</source>
        <translation>Save a Python program that computes with PyTorch what is shown</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>Watch a network learn, and compare activations</source>
        <translation>Watch a network learn, and compare activations</translation>
    </message>
</context>
<context>
    <name>MlpWorkspace</name>
    <message>
        <source>Step through the network</source>
        <translation>Step through the network</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back to the input (Home)</source>
        <translation>Back to the input (Home)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Run all</translation>
    </message>
    <message>
        <source>Every stage up to the probabilities (End)</source>
        <translation>Every stage up to the probabilities (End)</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <source>Sample shown</source>
        <translation>Sample shown</translation>
    </message>
    <message>
        <source>Which row of the batch the bars, colours and explanation show</source>
        <translation>Which row of the batch the bars, colours and explanation show</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed), then torch.randn(4, 100) and the three nn.Linear layers, as the seed program runs them</source>
        <translation>torch.manual_seed(seed), then torch.randn(4, 100) and the three nn.Linear layers, as the seed program runs them</translation>
    </message>
    <message>
        <source>negative_slope:</source>
        <translation>negative_slope:</translation>
    </message>
    <message>
        <source>negative_slope</source>
        <translation>negative_slope</translation>
    </message>
    <message>
        <source>The slope of LeakyReLU below zero</source>
        <translation>The slope of LeakyReLU below zero</translation>
    </message>
    <message>
        <source>Load weights…</source>
        <translation>Load weights…</translation>
    </message>
    <message>
        <source>Load a state dict saved as JSON (fc1.weight, fc1.bias, ...)</source>
        <translation>Load a state dict saved as JSON (fc1.weight, fc1.bias, ...)</translation>
    </message>
    <message>
        <source>Save weights…</source>
        <translation>Save weights…</translation>
    </message>
    <message>
        <source>Save the current weights as a JSON state dict</source>
        <translation>Save the current weights as a JSON state dict</translation>
    </message>
    <message>
        <source>Dying ReLU</source>
        <translation>Dying ReLU</translation>
    </message>
    <message>
        <source>Shift fc1 bias:</source>
        <translation>Shift fc1 bias:</translation>
    </message>
    <message>
        <source>Shift of fc1 bias</source>
        <translation>Shift of fc1 bias</translation>
    </message>
    <message>
        <source>Shift of fc1 bias slider</source>
        <translation>Shift of fc1 bias slider</translation>
    </message>
    <message>
        <source>Push every bias of fc1 down and watch units after the first activation die</source>
        <translation>Push every bias of fc1 down and watch units after the first activation die</translation>
    </message>
    <message>
        <source>Diagram of the network</source>
        <translation>Diagram of the network</translation>
    </message>
    <message>
        <source>Click a neuron to see how it is computed</source>
        <translation>Click a neuron to see how it is computed</translation>
    </message>
    <message>
        <source>The current stage: the sample as bars, the batch as a heatmap</source>
        <translation>The current stage: the sample as bars, the batch as a heatmap</translation>
    </message>
    <message>
        <source>Explain a neuron</source>
        <translation>Explain a neuron</translation>
    </message>
    <message>
        <source>Console: what the Python program prints</source>
        <translation>Console: what the Python program prints</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Share of dead units</source>
        <translation>Share of dead units</translation>
    </message>
    <message>
        <source>Statistics of the current stage</source>
        <translation>Statistics of the current stage</translation>
    </message>
    <message>
        <source>How the chosen neuron is computed</source>
        <translation>How the chosen neuron is computed</translation>
    </message>
    <message>
        <source>The chosen neuron's bias, sum and activation</source>
        <translation>The chosen neuron's bias, sum and activation</translation>
    </message>
    <message>
        <source>One stage back (Backspace, ←, Page Up)</source>
        <translation>One stage back (Backspace, ←, Page Up)</translation>
    </message>
    <message>
        <source>One stage forward (Space, →, Page Down)</source>
        <translation>One stage forward (Space, →, Page Down)</translation>
    </message>
</context>
<context>
    <name>SoftmaxWorkspace</name>
    <message>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Shape:</translation>
    </message>
    <message>
        <source>Number of dimensions</source>
        <translation>Number of dimensions</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>Sizes:</translation>
    </message>
    <message>
        <source>Size of dim 0</source>
        <translation>Size of dim 0</translation>
    </message>
    <message>
        <source>Size of dim 1</source>
        <translation>Size of dim 1</translation>
    </message>
    <message>
        <source>Size of dim 2</source>
        <translation>Size of dim 2</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed); torch.randn(shape)</source>
        <translation>torch.manual_seed(seed); torch.randn(shape)</translation>
    </message>
    <message>
        <source>New random</source>
        <translation>New random</translation>
    </message>
    <message>
        <source>Draw new logits with the next seed</source>
        <translation>Draw new logits with the next seed</translation>
    </message>
    <message>
        <source>Type a number in a cell; nan, inf and -inf are accepted as in PyTorch</source>
        <translation>Type a number in a cell; nan, inf and -inf are accepted as in PyTorch</translation>
    </message>
    <message>
        <source>Editing slice:</source>
        <translation>Editing slice:</translation>
    </message>
    <message>
        <source>Slice being edited</source>
        <translation>Slice being edited</translation>
    </message>
    <message>
        <source>Paste tensor</source>
        <translation>Paste tensor</translation>
    </message>
    <message>
        <source>Paste JSON (as the command line writes it) or cells copied from a spreadsheet</source>
        <translation>Paste JSON (as the command line writes it) or cells copied from a spreadsheet</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>dim:</source>
        <translation>dim:</translation>
    </message>
    <message>
        <source>dim</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>The dimension softmax normalises; -1 is the last one</source>
        <translation>The dimension softmax normalises; -1 is the last one</translation>
    </message>
    <message>
        <source>Temperature T:</source>
        <translation>Temperature T:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>softmax(x / T): below 1 sharpens, above 1 flattens; the largest entry stays the largest</source>
        <translation>softmax(x / T): below 1 sharpens, above 1 flattens; the largest entry stays the largest</translation>
    </message>
    <message>
        <source>Temperature slider</source>
        <translation>Temperature slider</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>Views of the result</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilities</translation>
    </message>
    <message>
        <source>Heatmap of the probabilities</source>
        <translation>Heatmap of the probabilities</translation>
    </message>
    <message>
        <source>Jacobian</source>
        <translation>Jacobian</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Slice:</translation>
    </message>
    <message>
        <source>Slice whose Jacobian is shown</source>
        <translation>Slice whose Jacobian is shown</translation>
    </message>
    <message>
        <source>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</source>
        <translation>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</translation>
    </message>
    <message>
        <source>Heatmap of the Jacobian</source>
        <translation>Heatmap of the Jacobian</translation>
    </message>
    <message>
        <source>Numerical stability</source>
        <translation>Numerical stability</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Cross-entropy</translation>
    </message>
    <message>
        <source>Target class of each sample (row):</source>
        <translation>Target class of each sample (row):</translation>
    </message>
    <message>
        <source>Target classes</source>
        <translation>Target classes</translation>
    </message>
    <message>
        <source>PyTorch code for the losses</source>
        <translation>PyTorch code for the losses</translation>
    </message>
    <message>
        <source>Message about dim</source>
        <translation>Message about dim</translation>
    </message>
    <message>
        <source>Warning about the batch dimension</source>
        <translation>Warning about the batch dimension</translation>
    </message>
    <message>
        <source>Sums along dim</source>
        <translation>Sums along dim</translation>
    </message>
    <message>
        <source>Naive and stable softmax</source>
        <translation>Naive and stable softmax</translation>
    </message>
    <message>
        <source>Cross-entropy losses</source>
        <translation>Cross-entropy losses</translation>
    </message>
    <message>
        <source>Size of dim 3</source>
        <translation>Size of dim 3</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Function:</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>What is applied along dim: torch.nn.functional's softmax, log_softmax, softmin, glu, or nn.Softmax2d</source>
        <translation>What is applied along dim: torch.nn.functional's softmax, log_softmax, softmin, glu, or nn.Softmax2d</translation>
    </message>
</context>
<context>
    <name>StateDict</name>
    <message>
        <source>unexpected key "%1": expected fc1.weight, fc1.bias, fc2.weight, ...</source>
        <translation>unexpected key "%1": expected fc1.weight, fc1.bias, fc2.weight, ...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no layers: expected fc1.weight, fc1.bias, ...</source>
        <translation>no layers: expected fc1.weight, fc1.bias, ...</translation>
    </message>
    <message>
        <source>fc%1 is missing (found fc%2)</source>
        <translation>fc%1 is missing (found fc%2)</translation>
    </message>
    <message>
        <source>fc%1.%2 is missing</source>
        <translation>fc%1.%2 is missing</translation>
    </message>
    <message>
        <source>fc%1.weight must have the shape [out_features, in_features], got %2</source>
        <translation>fc%1.weight must have the shape [out_features, in_features], got %2</translation>
    </message>
    <message>
        <source>fc%1.bias must have the shape [%2] to match fc%1.weight, got %3</source>
        <translation>fc%1.bias must have the shape [%2] to match fc%1.weight, got %3</translation>
    </message>
    <message>
        <source>fc%1.weight takes %2 inputs but fc%3 gives %4 outputs</source>
        <translation>fc%1.weight takes %2 inputs but fc%3 gives %4 outputs</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>invalid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>a state dict must be a JSON object of named tensors</source>
        <translation>a state dict must be a JSON object of named tensors</translation>
    </message>
    <message>
        <source>%1: a network has at most %2 layers</source>
        <translation>%1: a network has at most %2 layers</translation>
    </message>
    <message>
        <source>fc%1.weight has the shape %2: a layer has at most %3 inputs and outputs</source>
        <translation>fc%1.weight has the shape %2: a layer has at most %3 inputs and outputs</translation>
    </message>
    <message>
        <source>%1: a network has at most %2 parameters</source>
        <translation>%1: a network has at most %2 parameters</translation>
    </message>
</context>
<context>
    <name>StateReader</name>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 is not a number.</translation>
    </message>
    <message>
        <source>%1 is not a number from %2 to %3.</source>
        <translation>%1 is not a number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 is not a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 is neither true nor false.</source>
        <translation>%1 is neither true nor false.</translation>
    </message>
    <message>
        <source>a name in quotes is expected here.</source>
        <translation>a name in quotes is expected here.</translation>
    </message>
    <message>
        <source>a list of names or numbers is expected here.</source>
        <translation>a list of names or numbers is expected here.</translation>
    </message>
    <message>
        <source>a list is expected here.</source>
        <translation>a list is expected here.</translation>
    </message>
    <message>
        <source>%1: no such setting here.</source>
        <translation>%1: no such setting here.</translation>
    </message>
</context>
<context>
    <name>TrainCsv</name>
    <message>
        <source>row %1 has %2 fields, expected 3 (x1,x2,label)</source>
        <translation>row %1 has %2 fields, expected 3 (x1,x2,label)</translation>
    </message>
    <message>
        <source>row %1: x%2 is not a finite number: "%3"</source>
        <translation>row %1: x%2 is not a finite number: "%3"</translation>
    </message>
    <message>
        <source>row %1: the label is not a class from 0 to %2: "%3"</source>
        <translation>row %1: the label is not a class from 0 to %2: "%3"</translation>
    </message>
    <message>
        <source>more than %1 points</source>
        <translation>more than %1 points</translation>
    </message>
    <message>
        <source>no points in the file</source>
        <translation>no points in the file</translation>
    </message>
    <message>
        <source>every point has label %1: a classifier needs two classes at least</source>
        <translation>every point has label %1: a classifier needs two classes at least</translation>
    </message>
</context>
<context>
    <name>al::CurvesState</name>
    <message>
        <source>There is no activation called "%1".</source>
        <translation>There is no activation called "%1".</translation>
    </message>
    <message>
        <source>%1 has no parameter %2.</source>
        <translation>%1 has no parameter %2.</translation>
    </message>
    <message>
        <source>PyTorch refuses this dim for a vector of logits: %1</source>
        <translation>PyTorch refuses this dim for a vector of logits: %1</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3; %4 was refused.</source>
        <translation>%1 must be a number from %2 to %3; %4 was refused.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 was refused.</source>
        <translation>%1 must be a whole number from %2 to %3; %4 was refused.</translation>
    </message>
    <message>
        <source>The x range must go from a smaller to a larger number, at least 0.001 apart and within ±1000000.</source>
        <translation>The x range must go from a smaller to a larger number, at least 0.001 apart and within ±1000000.</translation>
    </message>
    <message>
        <source>The zero-gradient threshold must be between 0 and 1.</source>
        <translation>The zero-gradient threshold must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Give between 1 and %1 other logits.</source>
        <translation>Give between 1 and %1 other logits.</translation>
    </message>
    <message>
        <source>The other logits must be finite numbers.</source>
        <translation>The other logits must be finite numbers.</translation>
    </message>
    <message>
        <source>The swept logit must be one of positions 0 to %1.</source>
        <translation>The swept logit must be one of positions 0 to %1.</translation>
    </message>
    <message>
        <source>PyTorch refuses %1 = %2: %3</source>
        <translation>PyTorch refuses %1 = %2: %3</translation>
    </message>
</context>
<context>
    <name>al::CurvesWorkspace</name>
    <message>
        <source>Other logits must be numbers separated by commas, such as 0, 1.</source>
        <translation>Other logits must be numbers separated by commas, such as 0, 1.</translation>
    </message>
    <message>
        <source>PyTorch code copied to the clipboard.</source>
        <translation>PyTorch code copied to the clipboard.</translation>
    </message>
    <message>
        <source>p%1 (swept logit x)</source>
        <translation>p%1 (swept logit x)</translation>
    </message>
    <message>
        <source>p%1 (logit fixed at %2)</source>
        <translation>p%1 (logit fixed at %2)</translation>
    </message>
    <message>
        <source>dead: f′ = 0</source>
        <translation>dead: f′ = 0</translation>
    </message>
    <message>
        <source>saturated: |f′| &lt; %1</source>
        <translation>saturated: |f′| &lt; %1</translation>
    </message>
    <message>
        <source>x = %1
p%2 = %3
∂p%2/∂x = %4</source>
        <translation>x = %1
p%2 = %3
∂p%2/∂x = %4</translation>
    </message>
    <message>
        <source>x = %1
f(x) = %2
f′(x) = %3</source>
        <translation>x = %1
f(x) = %2
f′(x) = %3</translation>
    </message>
    <message>
        <source>ReLU(%1) = max(0, %1) = %2;  ReLU′(%1) = %3</source>
        <translation>ReLU(%1) = max(0, %1) = %2;  ReLU′(%1) = %3</translation>
    </message>
    <message>
        <source>With negative_slope = %1: f(x) = x for x ≥ 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</source>
        <translation>With negative_slope = %1: f(x) = x for x ≥ 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</translation>
    </message>
    <message>
        <source>σ(%1) = 1 / (1 + e&lt;sup&gt;−(%1)&lt;/sup&gt;) = %2;  σ′(%1) = σ(1 − σ) = %3</source>
        <translation>σ(%1) = 1 / (1 + e&lt;sup&gt;−(%1)&lt;/sup&gt;) = %2;  σ′(%1) = σ(1 − σ) = %3</translation>
    </message>
    <message>
        <source>tanh(%1) = %2;  tanh′(%1) = 1 − tanh² = %3</source>
        <translation>tanh(%1) = %2;  tanh′(%1) = 1 − tanh² = %3</translation>
    </message>
    <message>
        <source>dim = %1. Logits (%2): p%3 = %4;  ∂p%3/∂x = %5</source>
        <translation>dim = %1. Logits (%2): p%3 = %4;  ∂p%3/∂x = %5</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Output range</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Typical use</translation>
    </message>
    <message>
        <source>Show the class</source>
        <translation>Show the class</translation>
    </message>
    <message>
        <source>the same, functional form</source>
        <translation>the same, functional form</translation>
    </message>
    <message>
        <source>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %3&lt;/b&gt;: x was overwritten, y &lt;i&gt;is&lt;/i&gt; x. One tensor in memory instead of two.&lt;/p&gt;&lt;p&gt;The catch: if autograd or a later line still needs the old x, PyTorch stops with "one of the variables needed for gradient computation has been modified by an inplace operation".&lt;/p&gt;</source>
        <translation>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %3&lt;/b&gt;: x was overwritten, y &lt;i&gt;is&lt;/i&gt; x. One tensor in memory instead of two.&lt;/p&gt;&lt;p&gt;The catch: if autograd or a later line still needs the old x, PyTorch stops with "one of the variables needed for gradient computation has been modified by an inplace operation".&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %1&lt;/b&gt;: unchanged. y is a new tensor, so two tensors are in memory.&lt;/p&gt;&lt;p&gt;Tick inplace to overwrite x instead and save that memory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %1&lt;/b&gt;: unchanged. y is a new tensor, so two tensors are in memory.&lt;/p&gt;&lt;p&gt;Tick inplace to overwrite x instead and save that memory.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>probability p</source>
        <translation>probability p</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>∂p/∂x</source>
        <translation>∂p/∂x</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>swept logit x</source>
        <translation>swept logit x</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1: the function and its gradient</source>
        <translation>%1: the function and its gradient</translation>
    </message>
    <message>
        <source>ReLU6(%1) = min(max(0, %1), 6) = %2;  ReLU6′(%1) = %3</source>
        <translation>ReLU6(%1) = min(max(0, %1), 6) = %2;  ReLU6′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardsigmoid(%1) = min(max(%1 + 3, 0), 6) / 6 = %2;  Hardsigmoid′(%1) = %3</source>
        <translation>Hardsigmoid(%1) = min(max(%1 + 3, 0), 6) / 6 = %2;  Hardsigmoid′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardswish(%1) = %1 · min(max(%1 + 3, 0), 6) / 6 = %2;  Hardswish′(%1) = %3</source>
        <translation>Hardswish(%1) = %1 · min(max(%1 + 3, 0), 6) / 6 = %2;  Hardswish′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardtanh(%1) = min(max(%1, %2), %3) = %4;  Hardtanh′(%1) = %5</source>
        <translation>Hardtanh(%1) = min(max(%1, %2), %3) = %4;  Hardtanh′(%1) = %5</translation>
    </message>
    <message>
        <source>Threshold(%1) = %1 if %1 &gt; %2, else %3: %4;  Threshold′(%1) = %5</source>
        <translation>Threshold(%1) = %1 if %1 &gt; %2, else %3: %4;  Threshold′(%1) = %5</translation>
    </message>
    <message>
        <source>Hardshrink(%1) = 0 if |%1| ≤ %2, else %1: %3;  Hardshrink′(%1) = %4</source>
        <translation>Hardshrink(%1) = 0 if |%1| ≤ %2, else %1: %3;  Hardshrink′(%1) = %4</translation>
    </message>
    <message>
        <source>Softshrink(%1) = %1 moved %2 towards 0, or 0 if |%1| ≤ %2: %3;  Softshrink′(%1) = %4</source>
        <translation>Softshrink(%1) = %1 moved %2 towards 0, or 0 if |%1| ≤ %2: %3;  Softshrink′(%1) = %4</translation>
    </message>
    <message>
        <source>filter the activations by name (Enter shows the first)</source>
        <translation>filter the activations by name (Enter shows the first)</translation>
    </message>
    <message>
        <source>ELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1): %3;  ELU′(%1) = %4</source>
        <translation>ELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1): %3;  ELU′(%1) = %4</translation>
    </message>
    <message>
        <source>SELU(%1) = 1.0507 · (%1 if %1 &gt; 0, else 1.6733 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1)) = %2;  SELU′(%1) = %3</source>
        <translation>SELU(%1) = 1.0507 · (%1 if %1 &gt; 0, else 1.6733 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1)) = %2;  SELU′(%1) = %3</translation>
    </message>
    <message>
        <source>CELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1/%2&lt;/sup&gt; − 1): %3;  CELU′(%1) = %4</source>
        <translation>CELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1/%2&lt;/sup&gt; − 1): %3;  CELU′(%1) = %4</translation>
    </message>
    <message>
        <source>GELU(%1) = %1 · Φ(%1) = %2;  GELU′(%1) = %3</source>
        <translation>GELU(%1) = %1 · Φ(%1) = %2;  GELU′(%1) = %3</translation>
    </message>
    <message>
        <source>GELU(%1) ≈ 0.5 · %1 · (1 + tanh(√(2/π) · (%1 + 0.044715 · %1³))) = %2;  GELU′(%1) = %3</source>
        <translation>GELU(%1) ≈ 0.5 · %1 · (1 + tanh(√(2/π) · (%1 + 0.044715 · %1³))) = %2;  GELU′(%1) = %3</translation>
    </message>
    <message>
        <source>SiLU(%1) = %1 · σ(%1) = %2;  SiLU′(%1) = %3</source>
        <translation>SiLU(%1) = %1 · σ(%1) = %2;  SiLU′(%1) = %3</translation>
    </message>
    <message>
        <source>Mish(%1) = %1 · tanh(ln(1 + e&lt;sup&gt;%1&lt;/sup&gt;)) = %2;  Mish′(%1) = %3</source>
        <translation>Mish(%1) = %1 · tanh(ln(1 + e&lt;sup&gt;%1&lt;/sup&gt;)) = %2;  Mish′(%1) = %3</translation>
    </message>
    <message>
        <source>Softplus(%1) = ln(1 + e&lt;sup&gt;%2·%1&lt;/sup&gt;) / %2 (or %1 once %2·%1 &gt; %3) = %4;  Softplus′(%1) = %5</source>
        <translation>Softplus(%1) = ln(1 + e&lt;sup&gt;%2·%1&lt;/sup&gt;) / %2 (or %1 once %2·%1 &gt; %3) = %4;  Softplus′(%1) = %5</translation>
    </message>
    <message>
        <source>Softsign(%1) = %1 / (1 + |%1|) = %2;  Softsign′(%1) = %3</source>
        <translation>Softsign(%1) = %1 / (1 + |%1|) = %2;  Softsign′(%1) = %3</translation>
    </message>
    <message>
        <source>LogSigmoid(%1) = ln σ(%1) = %2;  LogSigmoid′(%1) = 1 − σ(%1) = %3</source>
        <translation>LogSigmoid(%1) = ln σ(%1) = %2;  LogSigmoid′(%1) = 1 − σ(%1) = %3</translation>
    </message>
    <message>
        <source>Tanhshrink(%1) = %1 − tanh(%1) = %2;  Tanhshrink′(%1) = tanh²(%1) = %3</source>
        <translation>Tanhshrink(%1) = %1 − tanh(%1) = %2;  Tanhshrink′(%1) = tanh²(%1) = %3</translation>
    </message>
    <message>
        <source>flat: |f′| &lt; %1</source>
        <translation>flat: |f′| &lt; %1</translation>
    </message>
    <message>
        <source>Other activations</source>
        <translation>Other activations</translation>
    </message>
    <message>
        <source>pick an activation: 1–5 are ReLU, LeakyReLU, Sigmoid, Tanh and Softmax, 6–9 the next ones down the list</source>
        <translation>pick an activation: 1–5 are ReLU, LeakyReLU, Sigmoid, Tanh and Softmax, 6–9 the next ones down the list</translation>
    </message>
    <message>
        <source>Re-sample</source>
        <translation>Re-sample</translation>
    </message>
    <message>
        <source>Draw new random slopes: the next seed.</source>
        <translation>Draw new random slopes: the next seed.</translation>
    </message>
    <message>
        <source>Training, seed %1: each x ≤ 0 gets its own slope drawn from [%2, %3); a single x drawn alone: f(%4) = %5;  f′(%4) = %6</source>
        <translation>Training, seed %1: each x ≤ 0 gets its own slope drawn from [%2, %3); a single x drawn alone: f(%4) = %5;  f′(%4) = %6</translation>
    </message>
    <message>
        <source>Evaluation: the mean slope (%1 + %2) / 2 for x ≤ 0.&lt;br&gt;f(%3) = %4;  f′(%3) = %5</source>
        <translation>Evaluation: the mean slope (%1 + %2) / 2 for x ≤ 0.&lt;br&gt;f(%3) = %4;  f′(%3) = %5</translation>
    </message>
    <message>
        <source>With weight = %1: f(x) = x for x &gt; 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</source>
        <translation>With weight = %1: f(x) = x for x &gt; 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</translation>
    </message>
    <message>
        <source>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂a = σ(b) = %5</source>
        <translation>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂a = σ(b) = %5</translation>
    </message>
    <message>
        <source>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂b = a σ(b)(1 − σ(b)) = %5</source>
        <translation>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂b = a σ(b)(1 − σ(b)) = %5</translation>
    </message>
</context>
<context>
    <name>al::DeepWorkspace</name>
    <message>
        <source>The gradients overflowed: they exploded beyond float32's range.</source>
        <translation>The gradients overflowed: they exploded beyond float32's range.</translation>
    </message>
    <message>
        <source>The gradients explode: up to %1. Each layer multiplies the signal by more than 1, forward and backward; one SGD step with them would throw the network's weights away.</source>
        <translation>The gradients explode: up to %1. Each layer multiplies the signal by more than 1, forward and backward; one SGD step with them would throw the network's weights away.</translation>
    </message>
    <message>
        <source>One layer: nothing to compare yet. Drag the depth up.</source>
        <translation>One layer: nothing to compare yet. Drag the depth up.</translation>
    </message>
    <message>
        <source>fc1 gets a gradient of exactly 0: nothing reaches the first layer, it cannot learn.</source>
        <translation>fc1 gets a gradient of exactly 0: nothing reaches the first layer, it cannot learn.</translation>
    </message>
    <message>
        <source>fc%1 gets a gradient of exactly 0.</source>
        <translation>fc%1 gets a gradient of exactly 0.</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient vanishes on its way back to the input, and the first layers barely learn.</source>
        <translation>fc1 gets %1 times the gradient of fc%2: the gradient vanishes on its way back to the input, and the first layers barely learn.</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient explodes on its way back to the input.</source>
        <translation>fc1 gets %1 times the gradient of fc%2: the gradient explodes on its way back to the input.</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient stays level through the stack.</source>
        <translation>fc1 gets %1 times the gradient of fc%2: the gradient stays level through the stack.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loss %1.&lt;/b&gt; ‖∂L/∂W‖ of fc1: %2; of fc%3: %4.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Loss %1.&lt;/b&gt; ‖∂L/∂W‖ of fc1: %2; of fc%3: %4.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backpropagation multiplies the gradient, layer by layer, by the weights and by f′. Sigmoid's f′ is at most 0.25, so with nn.Linear's default weights the product shrinks geometrically with depth. ReLU's f′ is 1 where a unit is active: with Kaiming's initialisation the signal keeps its size. Weights scaled above that multiply it by more than 1 per layer, and it explodes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Backpropagation multiplies the gradient, layer by layer, by the weights and by f′. Sigmoid's f′ is at most 0.25, so with nn.Linear's default weights the product shrinks geometrically with depth. ReLU's f′ is 1 where a unit is active: with Kaiming's initialisation the signal keeps its size. Weights scaled above that multiply it by more than 1 per layer, and it explodes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>Weight scale</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Set pieces</source>
        <translation>Set pieces</translation>
    </message>
    <message>
        <source>nn.Linear's default</source>
        <translation>nn.Linear's default</translation>
    </message>
    <message>
        <source>Kaiming normal (for ReLU)</source>
        <translation>Kaiming normal (for ReLU)</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier uniform</translation>
    </message>
    <message>
        <source>Hidden layers, 1 to %1</source>
        <translation>Hidden layers, 1 to %1</translation>
    </message>
    <message>
        <source>Every weight multiplied by this after its initialisation</source>
        <translation>Every weight multiplied by this after its initialisation</translation>
    </message>
    <message>
        <source>Sigmoid: gradients vanish</source>
        <translation>Sigmoid: gradients vanish</translation>
    </message>
    <message>
        <source>ReLU + Kaiming: level</source>
        <translation>ReLU + Kaiming: level</translation>
    </message>
    <message>
        <source>Weights ×2: gradients explode</source>
        <translation>Weights ×2: gradients explode</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (log)</source>
        <translation>‖∂L/∂W‖ (log)</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>outputs</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>middle 50 %</source>
        <translation>middle 50 %</translation>
    </message>
    <message>
        <source>middle 90 %</source>
        <translation>middle 90 %</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>dead units (%)</translation>
    </message>
    <message>
        <source>saturated (%)</source>
        <translation>saturated (%)</translation>
    </message>
    <message>
        <source>none counted</source>
        <translation>none counted</translation>
    </message>
    <message>
        <source>%1, depth %2, width %3, %4 init, weight scale %5</source>
        <translation>%1, depth %2, width %3, %4 init, weight scale %5</translation>
    </message>
    <message>
        <source>Gradient norm, spread of the outputs and share of saturated or dead units, layer by layer</source>
        <translation>Gradient norm, spread of the outputs and share of saturated or dead units, layer by layer</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch code</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>The gradients overflow float32</source>
        <translation>The gradients overflow float32</translation>
    </message>
    <message>
        <source>The gradients explode: up to %1</source>
        <translation>The gradients explode: up to %1</translation>
    </message>
    <message>
        <source>One layer</source>
        <translation>One layer</translation>
    </message>
    <message>
        <source>fc1 gets no gradient</source>
        <translation>fc1 gets no gradient</translation>
    </message>
    <message>
        <source>fc%1 gets no gradient</source>
        <translation>fc%1 gets no gradient</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it vanishes</source>
        <translation>fc1 gets %1 × the gradient of fc%2: it vanishes</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it explodes</source>
        <translation>fc1 gets %1 × the gradient of fc%2: it explodes</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: level</source>
        <translation>fc1 gets %1 × the gradient of fc%2: level</translation>
    </message>
    <message>
        <source>none in any layer</source>
        <translation>none in any layer</translation>
    </message>
    <message>
        <source>"%1" is not an elementwise activation.</source>
        <translation>"%1" is not an elementwise activation.</translation>
    </message>
    <message>
        <source>Use default, kaiming or xavier.</source>
        <translation>Use default, kaiming or xavier.</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it shrinks</source>
        <translation>fc1 gets %1 × the gradient of fc%2: it shrinks</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient shrinks on its way back to the input, so the first layers learn more slowly than the last.</source>
        <translation>fc1 gets %1 times the gradient of fc%2: the gradient shrinks on its way back to the input, so the first layers learn more slowly than the last.</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it grows</source>
        <translation>fc1 gets %1 × the gradient of fc%2: it grows</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient grows on its way back to the input, so the first layers take larger steps than the last.</source>
        <translation>fc1 gets %1 times the gradient of fc%2: the gradient grows on its way back to the input, so the first layers take larger steps than the last.</translation>
    </message>
</context>
<context>
    <name>al::Language</name>
    <message>
        <source>Unknown language "%1" (available: zh_CN, en).</source>
        <translation>Unknown language "%1" (available: zh_CN, en).</translation>
    </message>
    <message>
        <source>The %1 catalogue could not be loaded; the language stays as it was.</source>
        <translation>The %1 catalogue could not be loaded; the language stays as it was.</translation>
    </message>
</context>
<context>
    <name>al::LessonPlayer</name>
    <message>
        <source>Slide %1 could not be shown: %2</source>
        <translation>Slide %1 could not be shown: %2</translation>
    </message>
    <message>
        <source>Predict, then press Page Down to look.</source>
        <translation>Predict, then press Page Down to look.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>The previous slide (Page Up)</source>
        <translation>The previous slide (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>The next slide, or a question's answer (Page Down)</source>
        <translation>The next slide, or a question's answer (Page Down)</translation>
    </message>
    <message>
        <source>Show slide again</source>
        <translation>Show slide again</translation>
    </message>
    <message>
        <source>Back to this slide's own settings after touching the controls</source>
        <translation>Back to this slide's own settings after touching the controls</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Close lesson</translation>
    </message>
    <message>
        <source>%1: no slides yet. Lessons &gt; Add this view as a slide.</source>
        <translation>%1: no slides yet. Lessons &gt; Add this view as a slide.</translation>
    </message>
    <message>
        <source>%1 · %2 / %3: %4</source>
        <translation>%1 · %2 / %3: %4</translation>
    </message>
    <message>
        <source>A question covers the picture: Page Down shows the answer.</source>
        <translation>A question covers the picture: Page Down shows the answer.</translation>
    </message>
    <message>
        <source>Teacher's note: %1</source>
        <translation>Teacher's note: %1</translation>
    </message>
    <message>
        <source>The lesson has no slides yet: add one first.</source>
        <translation>The lesson has no slides yet: add one first.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>a question</translation>
    </message>
</context>
<context>
    <name>al::LessonsMenu</name>
    <message>
        <source>Lesson not opened</source>
        <translation>Lesson not opened</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <source>There is no built-in lesson "%1"; the built-in ones are: %2.</source>
        <translation>There is no built-in lesson "%1"; the built-in ones are: %2.</translation>
    </message>
    <message>
        <source>Opened with problems: %1</source>
        <translation>Opened with problems: %1</translation>
    </message>
    <message>
        <source>Unsaved lesson</source>
        <translation>Unsaved lesson</translation>
    </message>
    <message>
        <source>The lesson "%1" has changes that are not saved. Save them?</source>
        <translation>The lesson "%1" has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lessons (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Save lesson</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lessons (*.json)</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Lesson not saved</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Export handout</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Edit slide %1</source>
        <translation>Edit slide %1</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>Title (Chinese)</translation>
    </message>
    <message>
        <source>Narration (English)</source>
        <translation>Narration (English)</translation>
    </message>
    <message>
        <source>Narration (Chinese)</source>
        <translation>Narration (Chinese)</translation>
    </message>
    <message>
        <source>Teacher's note (English)</source>
        <translation>Teacher's note (English)</translation>
    </message>
    <message>
        <source>Teacher's note (Chinese)</source>
        <translation>Teacher's note (Chinese)</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Open lesson…</translation>
    </message>
    <message>
        <source>&amp;Recent lessons</source>
        <translation>&amp;Recent lessons</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>&amp;New lesson</translation>
    </message>
    <message>
        <source>&amp;Add this view as a slide</source>
        <translation>&amp;Add this view as a slide</translation>
    </message>
    <message>
        <source>&amp;Edit slide texts…</source>
        <translation>&amp;Edit slide texts…</translation>
    </message>
    <message>
        <source>Move slide &amp;earlier</source>
        <translation>Move slide &amp;earlier</translation>
    </message>
    <message>
        <source>Move slide &amp;later</source>
        <translation>Move slide &amp;later</translation>
    </message>
    <message>
        <source>&amp;Delete slide</source>
        <translation>&amp;Delete slide</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>&amp;Save lesson</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Save lesson &amp;as…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Export &amp;handout (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>&amp;Close lesson</translation>
    </message>
    <message>
        <source>This lesson has slides 1 to %1 only.</source>
        <translation>This lesson has slides 1 to %1 only.</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>L&amp;essons</translation>
    </message>
</context>
<context>
    <name>al::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; the defaults are used this time.</source>
        <translation>The settings file %1 could not be read; the defaults are used this time.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <source>This workspace has no plot; export its table as CSV.</source>
        <translation>This workspace has no plot; export its table as CSV.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV data (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>About Activation Lab</source>
        <translation>About Activation Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab %1&lt;/h3&gt;&lt;p&gt;The activation functions of PyTorch's torch.nn, for the classroom. Every number is computed as PyTorch computes it (float32, CPU).&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · Eigen %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Lab %1&lt;/h3&gt;&lt;p&gt;The activation functions of PyTorch's torch.nn, for the classroom. Every number is computed as PyTorch computes it (float32, CPU).&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · Eigen %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The settings file could not be read; it was kept as %1 and the defaults are used.</source>
        <translation>The settings file could not be read; it was kept as %1 and the defaults are used.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>The menus (the menu bar is folded away in presentation mode)</source>
        <translation>The menus (the menu bar is folded away in presentation mode)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>There is no activation called "%1".</source>
        <translation>There is no activation called "%1".</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1; this lesson will not be remembered.</source>
        <translation>The settings cannot be saved to %1; this lesson will not be remembered.</translation>
    </message>
    <message>
        <source>Numbers are written as in Python, with a decimal point: 1.5, not 1,5.</source>
        <translation>Numbers are written as in Python, with a decimal point: 1.5, not 1,5.</translation>
    </message>
    <message>
        <source>Export Python program</source>
        <translation>Export Python program</translation>
    </message>
    <message>
        <source>Python program (*.py)</source>
        <translation>Python program (*.py)</translation>
    </message>
    <message>
        <source>There is no workspace "%1".</source>
        <translation>There is no workspace "%1".</translation>
    </message>
</context>
<context>
    <name>al::MlpState</name>
    <message>
        <source>The seed must be between 0 and 4294967295.</source>
        <translation>The seed must be between 0 and 4294967295.</translation>
    </message>
    <message>
        <source>"%1" cannot go between the layers: choose an elementwise activation.</source>
        <translation>"%1" cannot go between the layers: choose an elementwise activation.</translation>
    </message>
    <message>
        <source>negative_slope must be a number from -1000 to 1000; %1 was refused.</source>
        <translation>negative_slope must be a number from -1000 to 1000; %1 was refused.</translation>
    </message>
    <message>
        <source>The bias shift must be between -%1 and %1.</source>
        <translation>The bias shift must be between -%1 and %1.</translation>
    </message>
    <message>
        <source>There is no such neuron.</source>
        <translation>There is no such neuron.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; the network was not changed.</source>
        <translation>%1 is larger than 64 MiB; the network was not changed.</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2. The network was not changed.</source>
        <translation>%1 was not loaded: %2. The network was not changed.</translation>
    </message>
    <message>
        <source>Choose a sample from 0 to %1.</source>
        <translation>Choose a sample from 0 to %1.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>Each target is a class index from 0 to %1, one per sample; "%2" is not.</source>
        <translation>Each target is a class index from 0 to %1, one per sample; "%2" is not.</translation>
    </message>
    <message>
        <source>The batch has %1 samples: give %1 targets, separated by commas.</source>
        <translation>The batch has %1 samples: give %1 targets, separated by commas.</translation>
    </message>
    <message>
        <source>Train 1 to %1 steps at a time.</source>
        <translation>Train 1 to %1 steps at a time.</translation>
    </message>
</context>
<context>
    <name>al::MlpWorkspace</name>
    <message>
        <source>Load weights</source>
        <translation>Load weights</translation>
    </message>
    <message>
        <source>State dict (*.json);;All files (*)</source>
        <translation>State dict (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Loaded %1</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>Save weights</translation>
    </message>
    <message>
        <source>State dict (*.json)</source>
        <translation>State dict (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>After fc%1:</source>
        <translation>After fc%1:</translation>
    </message>
    <message>
        <source>Units dead after the first activation (0 for the whole batch): %1</source>
        <translation>Units dead after the first activation (0 for the whole batch): %1</translation>
    </message>
    <message>
        <source>unit of %1 (sample %2)</source>
        <translation>unit of %1 (sample %2)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>unit (whole batch)</source>
        <translation>unit (whole batch)</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4</source>
        <translation>min %1 · max %2 · mean %3 · std %4</translation>
    </message>
    <message>
        <source>exact zeros: &lt;b&gt;%1&lt;/b&gt; · units dead for the whole batch: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>exact zeros: &lt;b&gt;%1&lt;/b&gt; · units dead for the whole batch: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>saturated (|y| &gt; 0.99, f′ ≈ 0): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>saturated (|y| &gt; 0.99, f′ ≈ 0): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>row sums: %1</source>
        <translation>row sums: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, unit %2, sample %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1, unit %2, sample %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An input value: x = %1</source>
        <translation>An input value: x = %1</translation>
    </message>
    <message>
        <source>z = Σ wᵢ·xᵢ + b (fc%1, weight row %2)</source>
        <translation>z = Σ wᵢ·xᵢ + b (fc%1, weight row %2)</translation>
    </message>
    <message>
        <source>all other terms</source>
        <translation>all other terms</translation>
    </message>
    <message>
        <source>%1(z) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1(z) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Activation after fc%1</source>
        <translation>Activation after fc%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, shape [%4, %5]</source>
        <translation>Step %1 of %2: %3, shape [%4, %5]</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Explanation and console</source>
        <translation>Explanation and console</translation>
    </message>
    <message>
        <source>Step forward: each stage prints here what the Python program prints.</source>
        <translation>Step forward: each stage prints here what the Python program prints.</translation>
    </message>
    <message>
        <source>Forward pass, step %1 of %2: %3, shape %4</source>
        <translation>Forward pass, step %1 of %2: %3, shape %4</translation>
    </message>
    <message>
        <source>nn.CrossEntropyLoss of the logits: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;It applies log_softmax itself: it takes fc%2's logits, never the softmax stage (that one is for reading probabilities).&lt;br&gt;‖∂L/∂W‖: %3</source>
        <translation>nn.CrossEntropyLoss of the logits: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;It applies log_softmax itself: it takes fc%2's logits, never the softmax stage (that one is for reading probabilities).&lt;br&gt;‖∂L/∂W‖: %3</translation>
    </message>
    <message>
        <source>fc1 units ≤ 0 for the whole batch (dead under ReLU): &lt;b&gt;%1&lt;/b&gt;, of which %2 get a gradient row of exactly 0.</source>
        <translation>fc1 units ≤ 0 for the whole batch (dead under ReLU): &lt;b&gt;%1&lt;/b&gt;, of which %2 get a gradient row of exactly 0.</translation>
    </message>
    <message>
        <source>Trained %1 steps: loss %2 → %3.&lt;br&gt;Units ≤ 0 per step: %4</source>
        <translation>Trained %1 steps: loss %2 → %3.&lt;br&gt;Units ≤ 0 per step: %4</translation>
    </message>
    <message>
        <source>∂L/∂(%1) per unit (sample %2)</source>
        <translation>∂L/∂(%1) per unit (sample %2)</translation>
    </message>
    <message>
        <source>∂L/∂W</source>
        <translation>∂L/∂W</translation>
    </message>
    <message>
        <source>input unit</source>
        <translation>input unit</translation>
    </message>
    <message>
        <source>∂L/∂(%1)</source>
        <translation>∂L/∂(%1)</translation>
    </message>
    <message>
        <source>Loss, gradients and training</source>
        <translation>Loss, gradients and training</translation>
    </message>
    <message>
        <source>Show gradients ∂L/∂· (loss.backward())</source>
        <translation>Show gradients ∂L/∂· (loss.backward())</translation>
    </message>
    <message>
        <source>Colour the diagram and the charts by the gradient of the loss instead of the values</source>
        <translation>Colour the diagram and the charts by the gradient of the loss instead of the values</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Targets:</translation>
    </message>
    <message>
        <source>One class index per sample, separated by commas</source>
        <translation>One class index per sample, separated by commas</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Learning rate:</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>torch.optim.SGD on the batch and the targets; the network keeps the trained weights</source>
        <translation>torch.optim.SGD on the batch and the targets; the network keeps the trained weights</translation>
    </message>
    <message>
        <source>Seed's weights</source>
        <translation>Seed's weights</translation>
    </message>
    <message>
        <source>Back to the weights torch.manual_seed gives (untrained)</source>
        <translation>Back to the weights torch.manual_seed gives (untrained)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>show or hide the gradients ∂L/∂· of the loss</source>
        <translation>show or hide the gradients ∂L/∂· of the loss</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>&lt;b&gt;∂L/∂ %1, unit %2, sample %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;∂L/∂ %1, unit %2, sample %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss is the batch's mean of −log softmax(logits)[target]: for a logit, δ = (p − [unit = target]) / batch.</source>
        <translation>The loss is the batch's mean of −log softmax(logits)[target]: for a logit, δ = (p − [unit = target]) / batch.</translation>
    </message>
    <message>
        <source>p = %1, target: %2&lt;br&gt;δ = (%1 − %3) / %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>p = %1, target: %2&lt;br&gt;δ = (%1 − %3) / %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this unit</source>
        <translation>this unit</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>another unit</translation>
    </message>
    <message>
        <source>Back through %1: δ(z) = δ(%1's output) × f′(z).</source>
        <translation>Back through %1: δ(z) = δ(%1's output) × f′(z).</translation>
    </message>
    <message>
        <source>δ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>δ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f′(z) = 0: nothing passes back to this unit's weights (a dead unit).</source>
        <translation>f′(z) = 0: nothing passes back to this unit's weights (a dead unit).</translation>
    </message>
    <message>
        <source>δ = Σₖ W[k, %1] · δₖ over fc%2's units, largest first:</source>
        <translation>δ = Σₖ W[k, %1] · δₖ over fc%2's units, largest first:</translation>
    </message>
    <message>
        <source>δ = &lt;b&gt;%1&lt;/b&gt; (autograd's sum)</source>
        <translation>δ = &lt;b&gt;%1&lt;/b&gt; (autograd's sum)</translation>
    </message>
    <message>
        <source>The loss reads these logits: backward starts here (Step back).</source>
        <translation>The loss reads these logits: backward starts here (Step back).</translation>
    </message>
    <message>
        <source>fc%1 unit</source>
        <translation>fc%1 unit</translation>
    </message>
    <message>
        <source>Python code of the loss, the backward pass and Train</source>
        <translation>Python code of the loss, the backward pass and Train</translation>
    </message>
    <message>
        <source>Norm of each layer's weight gradient, log scale</source>
        <translation>Norm of each layer's weight gradient, log scale</translation>
    </message>
    <message>
        <source>Give %1 activations, one per hidden layer.</source>
        <translation>Give %1 activations, one per hidden layer.</translation>
    </message>
    <message>
        <source>Gradients go back from the logits, stage %1 at most.</source>
        <translation>Gradients go back from the logits, stage %1 at most.</translation>
    </message>
</context>
<context>
    <name>al::NetworkDiagram</name>
    <message>
        <source>value of sample %1 in %2 (each column on its own scale)</source>
        <translation>value of sample %1 in %2 (each column on its own scale)</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>not computed yet</translation>
    </message>
    <message>
        <source>ring: the neuron the notes explain (F7)</source>
        <translation>ring: the neuron the notes explain (F7)</translation>
    </message>
    <message>
        <source>∂L/∂(%2) of sample %1 (each column on its own scale)</source>
        <translation>∂L/∂(%2) of sample %1 (each column on its own scale)</translation>
    </message>
    <message>
        <source>no gradient: the loss reads the logits, not the probabilities</source>
        <translation>no gradient: the loss reads the logits, not the probabilities</translation>
    </message>
</context>
<context>
    <name>al::ParameterEditor</name>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back to PyTorch's default, %1</source>
        <translation>Back to PyTorch's default, %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Reset %1</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 slider</translation>
    </message>
</context>
<context>
    <name>al::SoftmaxState</name>
    <message>
        <source>A %1-D tensor can be at most %2 here; %3 is too big or empty.</source>
        <translation>A %1-D tensor can be at most %2 here; %3 is too big or empty.</translation>
    </message>
    <message>
        <source>"%1" is not a number; the cell keeps %2. (nan, inf and -inf are accepted, as in PyTorch.)</source>
        <translation>"%1" is not a number; the cell keeps %2. (nan, inf and -inf are accepted, as in PyTorch.)</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>There is no such cell.</translation>
    </message>
    <message>
        <source>The pasted JSON was not used: %1</source>
        <translation>The pasted JSON was not used: %1</translation>
    </message>
    <message>
        <source>Row %1 of the pasted table has %2 cells, the first row %3; nothing was changed.</source>
        <translation>Row %1 of the pasted table has %2 cells, the first row %3; nothing was changed.</translation>
    </message>
    <message>
        <source>"%1" in row %2 is not a number; nothing was changed.</source>
        <translation>"%1" in row %2 is not a number; nothing was changed.</translation>
    </message>
    <message>
        <source>The clipboard holds no numbers.</source>
        <translation>The clipboard holds no numbers.</translation>
    </message>
    <message>
        <source>The temperature must be between %1 and %2.</source>
        <translation>The temperature must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Choose a slice from 1 to %1.</source>
        <translation>Choose a slice from 1 to %1.</translation>
    </message>
    <message>
        <source>A target must be a class from 0 to %1.</source>
        <translation>A target must be a class from 0 to %1.</translation>
    </message>
    <message>
        <source>"%1": numbers here are written as in Python, with a decimal point (1.5, not 1,5) and no thousands separator; the cell keeps %2.</source>
        <translation>"%1": numbers here are written as in Python, with a decimal point (1.5, not 1,5) and no thousands separator; the cell keeps %2.</translation>
    </message>
    <message>
        <source>The logits must have 1, 2, 3 or 4 dimensions.</source>
        <translation>The logits must have 1, 2, 3 or 4 dimensions.</translation>
    </message>
    <message>
        <source>%1 here takes 1-, 2- or 3-D logits; 4-D logits are for softmax2d.</source>
        <translation>%1 here takes 1-, 2- or 3-D logits; 4-D logits are for softmax2d.</translation>
    </message>
    <message>
        <source>glu here takes 1- or 2-D logits; these are %1-D.</source>
        <translation>glu here takes 1- or 2-D logits; these are %1-D.</translation>
    </message>
    <message>
        <source>%1 does not take logits of shape %2: %3. New random logits of shape %4 were drawn (seed %5).</source>
        <translation>%1 does not take logits of shape %2: %3. New random logits of shape %4 were drawn (seed %5).</translation>
    </message>
</context>
<context>
    <name>al::SoftmaxWorkspace</name>
    <message>
        <source>PyTorch code copied to the clipboard.</source>
        <translation>PyTorch code copied to the clipboard.</translation>
    </message>
    <message>
        <source>every sum is 1</source>
        <translation>every sum is 1</translation>
    </message>
    <message>
        <source>dim %1</source>
        <translation>dim %1</translation>
    </message>
    <message>
        <source> · classes</source>
        <translation> · classes</translation>
    </message>
    <message>
        <source> · batch</source>
        <translation> · batch</translation>
    </message>
    <message>
        <source>dim 0 = %1</source>
        <translation>dim 0 = %1</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <source>dim 0 runs across the slices: each cell position adds up to 1 over the %1 slices.</source>
        <translation>dim 0 runs across the slices: each cell position adds up to 1 over the %1 slices.</translation>
    </message>
    <message>
        <source>Sums along dim %1: %2</source>
        <translation>Sums along dim %1: %2</translation>
    </message>
    <message>
        <source>j (logit zⱼ)</source>
        <translation>j (logit zⱼ)</translation>
    </message>
    <message>
        <source>i (probability pᵢ)</source>
        <translation>i (probability pᵢ)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax does not change when the same number is added to every logit. The app (like PyTorch) subtracts the largest logit before exp, so no exponent is above 0. Written naively, exp(1000) overflows float32 (largest ≈ 3.4·10³⁸) to inf, and inf / inf is nan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Softmax does not change when the same number is added to every logit. The app (like PyTorch) subtracts the largest logit before exp, so no exponent is above 0. Written naively, exp(1000) overflows float32 (largest ≈ 3.4·10³⁸) to inf, and inf / inf is nan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>Naive exp(x) / Σ exp(x)</source>
        <translation>Naive exp(x) / Σ exp(x)</translation>
    </message>
    <message>
        <source>Max subtracted (PyTorch)</source>
        <translation>Max subtracted (PyTorch)</translation>
    </message>
    <message>
        <source>Slice %1 of your tensor (÷ T)</source>
        <translation>Slice %1 of your tensor (÷ T)</translation>
    </message>
    <message>
        <source>Target class of each sample (row):</source>
        <translation>Target class of each sample (row):</translation>
    </message>
    <message>
        <source>Cross-entropy needs a 2-D tensor of shape (batch_size, num_classes).</source>
        <translation>Cross-entropy needs a 2-D tensor of shape (batch_size, num_classes).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Loss of this sample</source>
        <translation>Loss of this sample</translation>
    </message>
    <message>
        <source>Target of sample %1</source>
        <translation>Target of sample %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;nn.CrossEntropyLoss()(logits, target) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;nn.NLLLoss()(F.log_softmax(logits, dim=1), target) = &lt;b&gt;%2&lt;/b&gt; — the same: the loss applies LogSoftmax itself.&lt;br&gt;nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target) = &lt;b&gt;%3&lt;/b&gt; — a different, wrong number: softmax applied twice. Leave nn.Softmax out of a model trained with CrossEntropyLoss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;nn.CrossEntropyLoss()(logits, target) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;nn.NLLLoss()(F.log_softmax(logits, dim=1), target) = &lt;b&gt;%2&lt;/b&gt; — the same: the loss applies LogSoftmax itself.&lt;br&gt;nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target) = &lt;b&gt;%3&lt;/b&gt; — a different, wrong number: softmax applied twice. Leave nn.Softmax out of a model trained with CrossEntropyLoss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>softmax applied twice</source>
        <translation>softmax applied twice</translation>
    </message>
    <message>
        <source>1-D: one vector of logits</source>
        <translation>1-D: one vector of logits</translation>
    </message>
    <message>
        <source>2-D: (batch_size, num_classes)</source>
        <translation>2-D: (batch_size, num_classes)</translation>
    </message>
    <message>
        <source>3-D: a stack of batches</source>
        <translation>3-D: a stack of batches</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column now adds up to 1, so one sample's probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</source>
        <translation>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column now adds up to 1, so one sample's probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>Views of the result</translation>
    </message>
    <message>
        <source>dim=%1 normalises each row: every sample's probabilities add up to 1 on their own, whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</source>
        <translation>dim=%1 normalises each row: every sample's probabilities add up to 1 on their own, whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</translation>
    </message>
    <message>
        <source>softmax(logits / %1, dim=%2), logits of shape %3</source>
        <translation>softmax(logits / %1, dim=%2), logits of shape %3</translation>
    </message>
    <message>
        <source>The logits are too long.</source>
        <translation>The logits are too long.</translation>
    </message>
    <message>
        <source>Give one class index per row of the logits, from 0 to the last class.</source>
        <translation>Give one class index per row of the logits, from 0 to the last class.</translation>
    </message>
    <message>
        <source>Use probabilities, jacobian, stability or crossEntropy.</source>
        <translation>Use probabilities, jacobian, stability or crossEntropy.</translation>
    </message>
    <message>
        <source>nn.Softmax2d has no dim: it always normalises over the channels, dim -3</source>
        <translation>nn.Softmax2d has no dim: it always normalises over the channels, dim -3</translation>
    </message>
    <message>
        <source>The dimension glu halves; its size must be even</source>
        <translation>The dimension glu halves; its size must be even</translation>
    </message>
    <message>
        <source>log-probabilities: their exp adds up to 1</source>
        <translation>log-probabilities: their exp adds up to 1</translation>
    </message>
    <message>
        <source>each position's channels add up to 1</source>
        <translation>each position's channels add up to 1</translation>
    </message>
    <message>
        <source>y = a * torch.sigmoid(b)</source>
        <translation>y = a * torch.sigmoid(b)</translation>
    </message>
    <message>
        <source>log-probability</source>
        <translation>log-probability</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>n %1 · channel %2</source>
        <translation>n %1 · channel %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>channel %1</translation>
    </message>
    <message>
        <source>Σ over the channels</source>
        <translation>Σ over the channels</translation>
    </message>
    <message>
        <source>a: first half %1</source>
        <translation>a: first half %1</translation>
    </message>
    <message>
        <source>b: second half %1</source>
        <translation>b: second half %1</translation>
    </message>
    <message>
        <source>a ⊗ σ(b): output %1</source>
        <translation>a ⊗ σ(b): output %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>glu halves dim %1: logits of shape %2 give an output of shape %3.</source>
        <translation>glu halves dim %1: logits of shape %2 give an output of shape %3.</translation>
    </message>
    <message>
        <source>Sums over the %1 channels (dim -3) at each position: %2</source>
        <translation>Sums over the %1 channels (dim -3) at each position: %2</translation>
    </message>
    <message>
        <source>Sums of exp(y) along dim %1: %2</source>
        <translation>Sums of exp(y) along dim %1: %2</translation>
    </message>
    <message>
        <source>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</source>
        <translation>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</translation>
    </message>
    <message>
        <source>∂yᵢ/∂zⱼ = (δᵢⱼ − pⱼ) / T with p = softmax(z): every row is the same but for its diagonal, and sums to 0.</source>
        <translation>∂yᵢ/∂zⱼ = (δᵢⱼ − pⱼ) / T with p = softmax(z): every row is the same but for its diagonal, and sums to 0.</translation>
    </message>
    <message>
        <source>softmin(z) = softmax(−z), so ∂pᵢ/∂zⱼ = −pᵢ(δᵢⱼ − pⱼ) / T: the softmax Jacobian of −z, negated: negative on the diagonal.</source>
        <translation>softmin(z) = softmax(−z), so ∂pᵢ/∂zⱼ = −pᵢ(δᵢⱼ − pⱼ) / T: the softmax Jacobian of −z, negated: negative on the diagonal.</translation>
    </message>
    <message>
        <source>∂yᵢ/∂xⱼ of one slice: %1 outputs by %2 inputs. yᵢ depends on aᵢ (σ(bᵢ)) and on bᵢ (aᵢ σ(bᵢ)(1 − σ(bᵢ))) only.</source>
        <translation>∂yᵢ/∂xⱼ of one slice: %1 outputs by %2 inputs. yᵢ depends on aᵢ (σ(bᵢ)) and on bᵢ (aᵢ σ(bᵢ)(1 − σ(bᵢ))) only.</translation>
    </message>
    <message>
        <source>j (input xⱼ)</source>
        <translation>j (input xⱼ)</translation>
    </message>
    <message>
        <source>i (output yᵢ)</source>
        <translation>i (output yᵢ)</translation>
    </message>
    <message>
        <source>i (log-probability yᵢ)</source>
        <translation>i (log-probability yᵢ)</translation>
    </message>
    <message>
        <source>4-D: (N, C, H, W), for softmax2d</source>
        <translation>4-D: (N, C, H, W), for softmax2d</translation>
    </message>
    <message>
        <source>log_softmax gives log-probabilities, all ≤ 0. They do not add up to 1; their exp does, since exp(log_softmax(z)) = softmax(z), so the sums below are of exp(y). It is (z − max) − log Σ exp(z − max), finite where log(softmax(z)) would give −inf.</source>
        <translation>log_softmax gives log-probabilities, all ≤ 0. They do not add up to 1; their exp does, since exp(log_softmax(z)) = softmax(z), so the sums below are of exp(y). It is (z − max) − log Σ exp(z − max), finite where log(softmax(z)) would give −inf.</translation>
    </message>
    <message>
        <source>softmin(z) = softmax(−z): the smallest logit gets the largest probability. Along dim the outputs add up to 1, as softmax's do.</source>
        <translation>softmin(z) = softmax(−z): the smallest logit gets the largest probability. Along dim the outputs add up to 1, as softmax's do.</translation>
    </message>
    <message>
        <source>nn.Softmax2d normalises over the channels C (dim −3) at every position (h, w): one heatmap per channel, and each position's %1 values add up to 1 (the Σ heatmap). It has no dim: dim is fixed to the channels.</source>
        <translation>nn.Softmax2d normalises over the channels C (dim −3) at every position (h, w): one heatmap per channel, and each position's %1 values add up to 1 (the Σ heatmap). It has no dim: dim is fixed to the channels.</translation>
    </message>
    <message>
        <source>glu(x, dim) splits x along dim into two halves a and b and gives a ⊗ σ(b): dim %1's size halves, from %2 to %3. An odd size cannot be halved.</source>
        <translation>glu(x, dim) splits x along dim into two halves a and b and gives a ⊗ σ(b): dim %1's size halves, from %2 to %3. An odd size cannot be halved.</translation>
    </message>
    <message>
        <source>%1(logits / %2, dim=%3), logits of shape %4</source>
        <translation>%1(logits / %2, dim=%3), logits of shape %4</translation>
    </message>
    <message>
        <source>nn.Softmax2d()(logits / %1), logits of shape %2</source>
        <translation>nn.Softmax2d()(logits / %1), logits of shape %2</translation>
    </message>
    <message>
        <source>glu(logits, dim=%1), logits of shape %2</source>
        <translation>glu(logits, dim=%1), logits of shape %2</translation>
    </message>
    <message>
        <source>Use softmax, log_softmax, softmin, softmax2d or glu.</source>
        <translation>Use softmax, log_softmax, softmin, softmax2d or glu.</translation>
    </message>
    <message>
        <source>The dimension %1 normalises; -1 is the last one</source>
        <translation>The dimension %1 normalises; -1 is the last one</translation>
    </message>
    <message>
        <source>Log-probabilities</source>
        <translation>Log-probabilities</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilities</translation>
    </message>
    <message>
        <source>Why Softmax2d has no dim: it is F.softmax(x, dim=-3), always the channels C of an (N, C, H, W) or (C, H, W) input, as a 1 x 1 convolution's classifier needs at every pixel.</source>
        <translation>Why Softmax2d has no dim: it is F.softmax(x, dim=-3), always the channels C of an (N, C, H, W) or (C, H, W) input, as a 1 x 1 convolution's classifier needs at every pixel.</translation>
    </message>
    <message>
        <source>glu's dim may be left out: F.glu(x) and nn.GLU() take dim=-1, the last dimension, whose size must then be even.</source>
        <translation>glu's dim may be left out: F.glu(x) and nn.GLU() take dim=-1, the last dimension, whose size must then be even.</translation>
    </message>
    <message>
        <source>Why always write dim: nn.Softmax(), nn.LogSoftmax() and nn.Softmin() without dim used to guess it from the number of dimensions (dim 0 for 0-, 1- and 3-D input, dim 1 otherwise). The guess silently normalised the wrong way for some shapes, so PyTorch deprecated it and warns; write dim=1 (or -1) for a batch of logits.</source>
        <translation>Why always write dim: nn.Softmax(), nn.LogSoftmax() and nn.Softmin() without dim used to guess it from the number of dimensions (dim 0 for 0-, 1- and 3-D input, dim 1 otherwise). The guess silently normalised the wrong way for some shapes, so PyTorch deprecated it and warns; write dim=1 (or -1) for a batch of logits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column's exp(y) now adds up to 1, so one sample's log-probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</source>
        <translation>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column's exp(y) now adds up to 1, so one sample's log-probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</translation>
    </message>
    <message>
        <source>dim=%1 normalises each row: every sample's log-probabilities are its own (their exp adds up to 1), whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</source>
        <translation>dim=%1 normalises each row: every sample's log-probabilities are its own (their exp adds up to 1), whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</translation>
    </message>
</context>
<context>
    <name>al::SummaryWorkspace</name>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Curve</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Output range</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Typical use</translation>
    </message>
    <message>
        <source>Summary of the activations</source>
        <translation>Summary of the activations</translation>
    </message>
    <message>
        <source>The activations of torch.nn</source>
        <translation>The activations of torch.nn</translation>
    </message>
    <message>
        <source>open the selected activation in Curves</source>
        <translation>open the selected activation in Curves</translation>
    </message>
    <message>
        <source>filter the activations by name</source>
        <translation>filter the activations by name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open it in Curves. Click a column's title to sort by it, again to reverse, a third time for the lesson's order.</source>
        <translation>Double-click a row (or press Enter) to open it in Curves. Click a column's title to sort by it, again to reverse, a third time for the lesson's order.</translation>
    </message>
    <message>
        <source>Filter: type part of a name</source>
        <translation>Filter: type part of a name</translation>
    </message>
    <message>
        <source>Filter the activations</source>
        <translation>Filter the activations</translation>
    </message>
    <message>
        <source>Other activations</source>
        <translation>Other activations</translation>
    </message>
</context>
<context>
    <name>al::TrainWorkspace</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>step %1: </translation>
    </message>
    <message>
        <source>diverged at step %1 (the loss is not finite)</source>
        <translation>diverged at step %1 (the loss is not finite)</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>loss %1</translation>
    </message>
    <message>
        <source>, test accuracy %1</source>
        <translation>, test accuracy %1</translation>
    </message>
    <message>
        <source>, accuracy %1</source>
        <translation>, accuracy %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2</source>
        <translation>epoch %1 · step %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;h%1[%2]&lt;/b&gt; = %3(%4)&lt;/p&gt;&lt;p&gt;Its picture in the network shows this value over the plotted square: blue where it is positive, orange where it is negative. Click another unit to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;h%1[%2]&lt;/b&gt; = %3(%4)&lt;/p&gt;&lt;p&gt;Its picture in the network shows this value over the plotted square: blue where it is positive, orange where it is negative. Click another unit to read it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; test loss %1, accuracy %2</source>
        <translation>; test loss %1, accuracy %2</translation>
    </message>
    <message>
        <source>; %1 dead units (f′ = 0 on every training point: they no longer learn)</source>
        <translation>; %1 dead units (f′ = 0 on every training point: they no longer learn)</translation>
    </message>
    <message>
        <source>; diverged at step %1</source>
        <translation>; diverged at step %1</translation>
    </message>
    <message>
        <source>%1, %2, step %3</source>
        <translation>%1, %2, step %3</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Play or pause the training</source>
        <translation>Play or pause the training</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>One step</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Start again from the same seed</source>
        <translation>Start again from the same seed</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 points from %2</source>
        <translation>Imported %1 points from %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Input features</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Compare activations</source>
        <translation>Compare activations</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <source>Classes (spiral arms)</source>
        <translation>Classes (spiral arms)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>Test points</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Data seed</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Hidden layers</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Weight decay (L2)</source>
        <translation>Weight decay (L2)</translation>
    </message>
    <message>
        <source>Seed (torch.manual_seed)</source>
        <translation>Seed (torch.manual_seed)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>Two Gaussians</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Moons</translation>
    </message>
    <message>
        <source>Above or below a sine</source>
        <translation>Above or below a sine</translation>
    </message>
    <message>
        <source>Above or below a cubic</source>
        <translation>Above or below a cubic</translation>
    </message>
    <message>
        <source>Above or below |x|</source>
        <translation>Above or below |x|</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Units of hidden layer %1</source>
        <translation>Units of hidden layer %1</translation>
    </message>
    <message>
        <source>Activation of hidden layer %1</source>
        <translation>Activation of hidden layer %1</translation>
    </message>
    <message>
        <source>Activation of run %1</source>
        <translation>Activation of run %1</translation>
    </message>
    <message>
        <source>Feed %1 to the first layer</source>
        <translation>Feed %1 to the first layer</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Train one network per activation below, each with it in every hidden layer, from the same seed</source>
        <translation>Train one network per activation below, each with it in every hidden layer, from the same seed</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Rows x1,x2,label (labels 0 to 3); a header row is allowed</source>
        <translation>Rows x1,x2,label (labels 0 to 3); a header row is allowed</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The last points of the set are held out: the network never trains on them</source>
        <translation>The last points of the set are held out: the network never trains on them</translation>
    </message>
    <message>
        <source>The step size of every update</source>
        <translation>The step size of every update</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>One mini-batch: forward, loss, backward, update (N)</source>
        <translation>One mini-batch: forward, loss, backward, update (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Start again: the same seed gives the same run (R)</source>
        <translation>Start again: the same seed gives the same run (R)</translation>
    </message>
    <message>
        <source>Train continuously (Space)</source>
        <translation>Train continuously (Space)</translation>
    </message>
    <message>
        <source>Steps per frame</source>
        <translation>Steps per frame</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>The network: each hidden unit's output over the plane</source>
        <translation>The network: each hidden unit's output over the plane</translation>
    </message>
    <message>
        <source>Loss, accuracy, gradient norms and dead units over the steps</source>
        <translation>Loss, accuracy, gradient norms and dead units over the steps</translation>
    </message>
    <message>
        <source>Decision boundary with the training and test points</source>
        <translation>Decision boundary with the training and test points</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch code</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>dead units</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each step takes the next mini-batch in order, computes the loss (nn.CrossEntropyLoss) and its gradients, and updates the weights, as the program below does in PyTorch. The lower curves show the norm of each layer's weight gradient and the units that are dead: a ReLU unit whose input is negative on every point gets no gradient and never recovers. Click a unit of the network to read what it computes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Each step takes the next mini-batch in order, computes the loss (nn.CrossEntropyLoss) and its gradients, and updates the weights, as the program below does in PyTorch. The lower curves show the norm of each layer's weight gradient and the units that are dead: a ReLU unit whose input is negative on every point gets no gradient and never recovers. Click a unit of the network to read what it computes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Steps per frame: how fast it trains</source>
        <translation>Steps per frame: how fast it trains</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>accuracy (%)</translation>
    </message>
    <message>
        <source>test: dashed</source>
        <translation>test: dashed</translation>
    </message>
    <message>
        <source>accuracy (%): dotted</source>
        <translation>accuracy (%): dotted</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at step %2: training loss %3, accuracy %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; at step %2: training loss %3, accuracy %4</translation>
    </message>
    <message>
        <source>There is no data set "%1".</source>
        <translation>There is no data set "%1".</translation>
    </message>
    <message>
        <source>There is no input feature "%1".</source>
        <translation>There is no input feature "%1".</translation>
    </message>
    <message>
        <source>"%1" cannot be trained here.</source>
        <translation>"%1" cannot be trained here.</translation>
    </message>
    <message>
        <source>Give 0 to %1 layers: as many unit counts as activations.</source>
        <translation>Give 0 to %1 layers: as many unit counts as activations.</translation>
    </message>
    <message>
        <source>A layer has 1 to %1 units; "%2" is not that.</source>
        <translation>A layer has 1 to %1 units; "%2" is not that.</translation>
    </message>
    <message>
        <source>Compare 2 to %1 activations, or none.</source>
        <translation>Compare 2 to %1 activations, or none.</translation>
    </message>
    <message>
        <source>Use sgd or adam.</source>
        <translation>Use sgd or adam.</translation>
    </message>
    <message>
        <source>Not one of the speeds offered.</source>
        <translation>Not one of the speeds offered.</translation>
    </message>
    <message>
        <source>Training to step %1 takes too long to open at once; use a smaller network, batch or step.</source>
        <translation>Training to step %1 takes too long to open at once; use a smaller network, batch or step.</translation>
    </message>
</context>
<context>
    <name>al::Workspace</name>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Activation Lab: the activation functions of torch.nn, for the classroom.</source>
        <translation>Activation Lab: the activation functions of torch.nn, for the classroom.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Open an activation in Curves, by its PyTorch functional name (relu, leaky_relu, ...).</source>
        <translation>Open an activation in Curves, by its PyTorch functional name (relu, leaky_relu, ...).</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>Start in presentation mode.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file after its first paint, then exit.</source>
        <translation>Render the window to a PNG file after its first paint, then exit.</translation>
    </message>
    <message>
        <source>Open a workspace: %1.</source>
        <translation>Open a workspace: %1.</translation>
    </message>
    <message>
        <source>Open a lesson: a built-in one by name (see --list-lessons) or a lesson file.</source>
        <translation>Open a lesson: a built-in one by name (see --list-lessons) or a lesson file.</translation>
    </message>
    <message>
        <source>Start the lesson at this slide (from 1).</source>
        <translation>Start the lesson at this slide (from 1).</translation>
    </message>
    <message>
        <source>Print the names of the built-in lessons, then exit.</source>
        <translation>Print the names of the built-in lessons, then exit.</translation>
    </message>
    <message>
        <source>A lesson file to open (as --lesson).</source>
        <translation>A lesson file to open (as --lesson).</translation>
    </message>
    <message>
        <source>Write the lesson's handout (every slide's picture and narration, in the interface language) to a PDF file, then exit.</source>
        <translation>Write the lesson's handout (every slide's picture and narration, in the interface language) to a PDF file, then exit.</translation>
    </message>
</context>
</TS>