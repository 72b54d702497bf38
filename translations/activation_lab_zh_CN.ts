<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationTexts</name>
    <message>
        <source>Very cheap to compute. For x &gt; 0 the gradient is exactly 1, so it does not shrink as it flows back through many layers. Many units output exactly 0, which makes the network's activity sparse.</source>
        <translation>计算极快。x &gt; 0 时梯度恒为 1，反向穿过很多层也不会衰减。许多单元的输出恰好为 0，使网络的激活变得稀疏。</translation>
    </message>
    <message>
        <source>A unit whose input stays negative outputs 0 and gets a zero gradient, so training can never bring it back: the "dying ReLU" problem.</source>
        <translation>若某个单元的输入始终为负，它的输出恒为 0、梯度也恒为 0，训练再也无法让它恢复——这就是“ReLU 死亡”问题。</translation>
    </message>
    <message>
        <source>The default for the hidden layers of almost every kind of network.</source>
        <translation>几乎所有网络隐藏层的默认选择。</translation>
    </message>
    <message>
        <source>Dying ReLU: the whole left half has f′ = 0. Inputs that land there pass no gradient back at all.</source>
        <translation>ReLU 死亡：整个左半边 f′ = 0，落在这里的输入完全传不回梯度。</translation>
    </message>
    <message>
        <source>Keeps ReLU's strengths, and the small slope for negative inputs keeps a gradient flowing, so units cannot die.</source>
        <translation>保留了 ReLU 的优点；负输入处的小斜率让梯度继续流动，单元因此不会死亡。</translation>
    </message>
    <message>
        <source>The improvement over ReLU is not guaranteed, and the slope is one more setting to choose (PyTorch's default is 0.01).</source>
        <translation>相对 ReLU 的提升并无保证，而且斜率又多了一个需要选择的超参数（PyTorch 默认 0.01）。</translation>
    </message>
    <message>
        <source>A replacement for ReLU when many units of a network have died.</source>
        <translation>当网络中有大量神经元死亡时，用它替换 ReLU。</translation>
    </message>
    <message>
        <source>Drag negative_slope: at 0 it is ReLU again, at 1 it is the identity and the network collapses into a linear model.</source>
        <translation>拖动 negative_slope：为 0 时又变回 ReLU；为 1 时成了恒等映射，整个网络退化为线性模型。</translation>
    </message>
    <message>
        <source>Squeezes any real number into (0, 1), which reads as a probability; it also drives the gates of LSTM and GRU cells.</source>
        <translation>把任意实数压缩到 (0, 1)，可以解读为概率；LSTM 和 GRU 的门控也靠它。</translation>
    </message>
    <message>
        <source>Its gradient is at most 0.25 and almost 0 for large |x|, so gradients vanish in deep networks; its output is not centred on zero, which slows training down.</source>
        <translation>梯度最大只有 0.25，|x| 较大时几乎为 0，深层网络中梯度会消失；输出不以零为中心，收敛变慢。</translation>
    </message>
    <message>
        <source>The output layer of a binary classifier, and gates in recurrent cells. Not recommended for hidden layers.</source>
        <translation>二分类的输出层，以及循环网络中的门控。不推荐用于隐藏层。</translation>
    </message>
    <message>
        <source>Vanishing gradients: beyond |x| ≈ 5 the curve is flat and f′ is nearly zero.</source>
        <translation>梯度消失：|x| 超过约 5 后曲线变平，f′ 几乎为零。</translation>
    </message>
    <message>
        <source>Zero-centred output, so hidden layers usually train faster with it than with sigmoid.</source>
        <translation>输出以零为中心，因此在隐藏层中通常比 Sigmoid 收敛更快。</translation>
    </message>
    <message>
        <source>Saturates for large |x| just as sigmoid does, so gradients still vanish.</source>
        <translation>与 Sigmoid 一样，|x| 较大时会饱和，梯度仍会消失。</translation>
    </message>
    <message>
        <source>Hidden layers of recurrent networks; sometimes the hidden layers of an MLP or CNN, though ReLU and its relatives are usually preferred.</source>
        <translation>循环网络的隐藏层；有时也用于 MLP 或 CNN 的隐藏层，但通常首选 ReLU 及其变体。</translation>
    </message>
    <message>
        <source>tanh(x) = 2·sigmoid(2x) − 1: a steeper sigmoid centred on zero, with gradient 1 at x = 0.</source>
        <translation>tanh(x) = 2·sigmoid(2x) − 1：一条更陡、以零为中心的 S 形曲线，x = 0 处梯度为 1。</translation>
    </message>
    <message>
        <source>Turns a vector of logits into a probability distribution: every entry lies in (0, 1) and together they sum to 1.</source>
        <translation>把一个 logits 向量变成概率分布：每个元素都在 (0, 1) 之间，总和为 1。</translation>
    </message>
    <message>
        <source>More work than an elementwise function, since every output depends on every input; it must be applied along the right dim.</source>
        <translation>比逐元素函数计算量大，每个输出都依赖于所有输入；而且必须沿正确的 dim 计算。</translation>
    </message>
    <message>
        <source>The output layer of a multi-class classifier. With nn.CrossEntropyLoss leave it out: the loss already applies LogSoftmax.</source>
        <translation>多分类的输出层。使用 nn.CrossEntropyLoss 时不要再加它：损失函数内部已经做了 LogSoftmax。</translation>
    </message>
    <message>
        <source>Only differences between logits matter: raising one logit takes probability away from all the others.</source>
        <translation>只有 logits 之间的差值起作用：抬高一个 logit，就会从其他所有类别那里拿走概率。</translation>
    </message>
    <message>
        <source>The logarithm of softmax, computed in one numerically stable step.</source>
        <translation>Softmax 的对数，一步完成且数值稳定。</translation>
    </message>
    <message>
        <source>Gives log-probabilities, not probabilities.</source>
        <translation>输出的是对数概率，而不是概率。</translation>
    </message>
    <message>
        <source>Before nn.NLLLoss: nn.CrossEntropyLoss is exactly LogSoftmax followed by NLLLoss.</source>
        <translation>放在 nn.NLLLoss 之前：nn.CrossEntropyLoss 正是 LogSoftmax 加 NLLLoss。</translation>
    </message>
    <message>
        <source>x − log Σ exp(x): the largest logit ends up near 0, all the others below it.</source>
        <translation>x − log Σ exp(x)：最大的 logit 接近 0，其余都比它小。</translation>
    </message>
    <message>
        <source>The slope for inputs below zero. Arrow keys: fine steps; Page Up/Down: coarse steps.</source>
        <translation>输入小于零时的斜率。方向键微调，Page Up/Down 粗调。</translation>
    </message>
    <message>
        <source>The dimension along which the values are normalised; negative counts from the end.</source>
        <translation>沿哪个维度做归一化；负数表示从末尾倒数。</translation>
    </message>
    <message>
        <source>Overwrite the input tensor instead of allocating a new one.</source>
        <translation>直接覆盖输入张量，而不是新建一个张量。</translation>
    </message>
    <message>
        <source>ReLU capped at 6: the output fits a small, fixed range, which keeps it exact when a network is quantised to 8-bit integers on a phone.</source>
        <translation>上限为 6 的 ReLU：输出落在一个小而固定的范围内，网络在手机上量化为 8 位整数时仍能保持精确。</translation>
    </message>
    <message>
        <source>Two flat parts instead of one: units die below 0 as with ReLU, and learn nothing above 6 either.</source>
        <translation>平坦的部分有两段而不是一段：与 ReLU 一样，输入小于 0 的单元会死亡；输入大于 6 时同样学不到任何东西。</translation>
    </message>
    <message>
        <source>Mobile networks such as MobileNetV2, where it follows most convolutions.</source>
        <translation>移动端网络，例如 MobileNetV2，大多数卷积之后都跟着它。</translation>
    </message>
    <message>
        <source>Drag x past 6: the output stops growing and f′ drops from 1 to 0, as it does below 0.</source>
        <translation>把 x 拖过 6：输出不再增长，f′ 从 1 降为 0，和 x 小于 0 时一样。</translation>
    </message>
    <message>
        <source>A sigmoid made of three straight pieces: no exponential, so it is cheap on small chips, and its output still lies in [0, 1].</source>
        <translation>由三段直线拼成的 Sigmoid：不需要指数运算，在小型芯片上计算很便宜，输出仍在 [0, 1] 之内。</translation>
    </message>
    <message>
        <source>Exactly flat beyond ±3: there the gradient is 0, not merely small, so a saturated unit learns nothing at all.</source>
        <translation>在 ±3 之外完全平坦：那里的梯度恰好为 0，而不只是很小，所以饱和的单元完全学不到东西。</translation>
    </message>
    <message>
        <source>Gates in mobile networks, such as MobileNetV3's squeeze-and-excitation blocks.</source>
        <translation>移动端网络中的门控，例如 MobileNetV3 的 squeeze-and-excitation 模块。</translation>
    </message>
    <message>
        <source>Overlay Sigmoid: close in the middle, but f′ is a constant 1/6 between −3 and 3 and 0 outside.</source>
        <translation>叠加 Sigmoid 对比：中间部分很接近，但 f′ 在 −3 到 3 之间恒为 1/6，之外为 0。</translation>
    </message>
    <message>
        <source>x times Hardsigmoid(x): close to Swish (SiLU) but with no exponential; it dips slightly below 0, so small negative inputs still pass a gradient.</source>
        <translation>x 乘以 Hardsigmoid(x)：接近 Swish（SiLU），但不需要指数运算；它略微低于 0，所以较小的负输入仍能传回梯度。</translation>
    </message>
    <message>
        <source>Below −3 the output and the gradient are exactly 0, so units can die there as with ReLU.</source>
        <translation>x 小于 −3 时输出和梯度都恰好为 0，所以和 ReLU 一样，单元可能在那里死亡。</translation>
    </message>
    <message>
        <source>MobileNetV3, in place of Swish, where speed on a phone matters.</source>
        <translation>MobileNetV3 用它代替 Swish，因为在手机上速度很重要。</translation>
    </message>
    <message>
        <source>Its lowest point is −0.375 at x = −1.5; from x = 3 on it is the identity.</source>
        <translation>最低点是 x = −1.5 处的 −0.375；从 x = 3 起它就是恒等函数。</translation>
    </message>
    <message>
        <source>Tanh's shape from three straight pieces: the identity between min_val and max_val, flat outside. Cheap, and its output is bounded.</source>
        <translation>用三段直线拼出 Tanh 的形状：在 min_val 和 max_val 之间是恒等函数，之外是平的。计算便宜，输出有界。</translation>
    </message>
    <message>
        <source>Outside the bounds the gradient is exactly 0: a unit pushed there learns nothing until its input comes back.</source>
        <translation>在边界之外梯度恰好为 0：被推到那里的单元学不到任何东西，直到它的输入回到边界之内。</translation>
    </message>
    <message>
        <source>Older speech and mobile models; with bounds 0 and 6 it is ReLU6.</source>
        <translation>较早的语音模型和移动端模型；边界取 0 和 6 时就是 ReLU6。</translation>
    </message>
    <message>
        <source>Set min_val to 0 and max_val to 6: the curve becomes ReLU6's. nn.Hardtanh refuses min_val above max_val.</source>
        <translation>把 min_val 设为 0、max_val 设为 6：曲线就变成 ReLU6。nn.Hardtanh 不接受 min_val 大于 max_val。</translation>
    </message>
    <message>
        <source>A step with a chosen floor: inputs above the threshold pass unchanged, the others are replaced by one value.</source>
        <translation>带有自选下限的阶梯：高于阈值的输入原样通过，其余的都被替换成同一个值。</translation>
    </message>
    <message>
        <source>Replaced inputs pass no gradient, and the jump at the threshold is not smooth; PyTorch gives no defaults for its two parameters.</source>
        <translation>被替换的输入传不回梯度，阈值处的跳变也不平滑；PyTorch 没有为它的两个参数提供默认值。</translation>
    </message>
    <message>
        <source>Rare in modern networks; it shows where ReLU came from (ReLU is threshold 0, value 0).</source>
        <translation>在现代网络中很少见；它说明了 ReLU 的来历（ReLU 就是 threshold 为 0、value 为 0 的情形）。</translation>
    </message>
    <message>
        <source>Set threshold and value to 0: the curve becomes ReLU's.</source>
        <translation>把 threshold 和 value 都设为 0：曲线就变成 ReLU。</translation>
    </message>
    <message>
        <source>Sets small values to exactly 0 and keeps the others as they are: a simple way to make a signal sparse.</source>
        <translation>把较小的值置为恰好 0，其余保持不变：让信号变稀疏的一种简单办法。</translation>
    </message>
    <message>
        <source>Jumps at ±lambd, and inside the band the gradient is 0.</source>
        <translation>在 ±lambd 处跳变，区间内部梯度为 0。</translation>
    </message>
    <message>
        <source>Denoising and sparse coding, rather than the hidden layers of a classifier.</source>
        <translation>用于去噪和稀疏编码，而不是分类器的隐藏层。</translation>
    </message>
    <message>
        <source>Drag lambd: the band of zeros widens, and the curve jumps at its edges.</source>
        <translation>拖动 lambd：置零的区间变宽，曲线在区间边缘跳变。</translation>
    </message>
    <message>
        <source>Like Hardshrink but continuous: small values become 0 and every other value moves lambd towards 0 (soft thresholding).</source>
        <translation>和 Hardshrink 类似但连续：较小的值变为 0，其余每个值都向 0 靠近 lambd（软阈值）。</translation>
    </message>
    <message>
        <source>Every large value is shrunk too, and inside the band the gradient is 0; lambd must not be negative.</source>
        <translation>较大的值也会被缩小，区间内部梯度为 0；lambd 不能为负。</translation>
    </message>
    <message>
        <source>Sparse coding and the iterative shrinkage algorithms (ISTA) of compressed sensing.</source>
        <translation>稀疏编码，以及压缩感知中的迭代收缩算法（ISTA）。</translation>
    </message>
    <message>
        <source>Overlay Hardshrink: the same band of zeros, but no jump at its edges.</source>
        <translation>叠加 Hardshrink 对比：置零的区间相同，但边缘没有跳变。</translation>
    </message>
    <message>
        <source>The lower bound: smaller inputs give it.</source>
        <translation>下界：更小的输入都输出它。</translation>
    </message>
    <message>
        <source>The upper bound: larger inputs give it.</source>
        <translation>上界：更大的输入都输出它。</translation>
    </message>
    <message>
        <source>Inputs up to this value are replaced by value.</source>
        <translation>不超过该值的输入会被替换为 value。</translation>
    </message>
    <message>
        <source>What replaces the inputs up to the threshold.</source>
        <translation>用来替换不超过阈值的输入的值。</translation>
    </message>
    <message>
        <source>Inputs with |x| up to lambd become 0 (PyTorch spells it lambd).</source>
        <translation>|x| 不超过 lambd 的输入变为 0（PyTorch 的拼写就是 lambd）。</translation>
    </message>
    <message>
        <source>Smooth below zero: the curve bends towards −alpha instead of stopping at 0, so negative inputs still pass a gradient and the mean output sits closer to 0, which speeds up learning.</source>
        <translation>零以下也是平滑的：曲线不在 0 处截断，而是弯向 −alpha，所以负输入仍能传回梯度，输出的均值也更接近 0，学习因此更快。</translation>
    </message>
    <message>
        <source>Each negative input costs an exponential, and far to the left the curve is flat again: the gradient fades there as sigmoid's does.</source>
        <translation>每个负输入都要算一次指数；在很远的左侧曲线又变平，那里的梯度会像 sigmoid 一样消失。</translation>
    </message>
    <message>
        <source>A drop-in replacement for ReLU in convolutional and fully connected networks.</source>
        <translation>在卷积网络和全连接网络中直接替换 ReLU。</translation>
    </message>
    <message>
        <source>Drag alpha: the floor on the left moves to −alpha. At alpha = 1 the slope is 1 on both sides of 0, so f′ has no jump.</source>
        <translation>拖动 alpha：左侧的下限移到 −alpha。alpha = 1 时 0 两侧的斜率都是 1，f′ 没有跳变。</translation>
    </message>
    <message>
        <source>ELU scaled by two fixed constants (λ ≈ 1.0507, α ≈ 1.6733), chosen so that activations keep mean 0 and variance 1 from layer to layer: the network normalises itself.</source>
        <translation>用两个固定常数（λ ≈ 1.0507，α ≈ 1.6733）缩放的 ELU。常数的取值使激活值逐层保持均值 0、方差 1：网络会自我归一化。</translation>
    </message>
    <message>
        <source>The promise holds only with LeCun-normal initialisation, standardised inputs and AlphaDropout; with other layers it is just a scaled ELU.</source>
        <translation>只有配合 LeCun 正态初始化、标准化的输入和 AlphaDropout 才成立；换成其他层，它只是一个放大的 ELU。</translation>
    </message>
    <message>
        <source>Deep fully connected networks trained without batch normalisation.</source>
        <translation>不使用批归一化训练的深层全连接网络。</translation>
    </message>
    <message>
        <source>Overlay ELU: left of 0 SELU goes down to about −1.76, and right of 0 its slope is 1.0507 instead of 1.</source>
        <translation>叠加 ELU：在 0 左侧 SELU 下降到约 −1.76，在 0 右侧斜率是 1.0507 而不是 1。</translation>
    </message>
    <message>
        <source>ELU rewritten as alpha · (e^(x/alpha) − 1) below zero: for every alpha the slope at 0 is 1 from both sides, so the curve is continuously differentiable.</source>
        <translation>把 ELU 在零以下改写为 alpha · (e^(x/alpha) − 1)：无论 alpha 取何值，0 处左右两侧的斜率都是 1，曲线连续可导。</translation>
    </message>
    <message>
        <source>alpha = 0 is refused (it would divide by zero), and it costs an exponential like ELU.</source>
        <translation>alpha = 0 会被拒绝（会除以零）；它和 ELU 一样要算指数。</translation>
    </message>
    <message>
        <source>Where ELU is used, when a floor other than −1 is wanted without a kink in f′.</source>
        <translation>用在 ELU 适用的地方，需要 −1 以外的下限、又不希望 f′ 出现折点时。</translation>
    </message>
    <message>
        <source>Drag alpha and watch f′ at 0: it stays 1, while ELU's jumps from alpha to 1.</source>
        <translation>拖动 alpha，观察 0 处的 f′：它始终是 1，而 ELU 的 f′ 会从 alpha 跳到 1。</translation>
    </message>
    <message>
        <source>Weights each input by the probability that a standard normal variable is below it, x · Φ(x): smooth everywhere, with a small dip (about −0.17) left of 0.</source>
        <translation>用"标准正态变量小于该输入"的概率给输入加权，即 x · Φ(x)：处处平滑，在 0 左侧有一个小凹陷（约 −0.17）。</translation>
    </message>
    <message>
        <source>Costs more than ReLU, and it is not monotonic. For a contiguous tensor PyTorch hands the exact form to oneDNN, whose erf approximation is a little coarser than the math library's.</source>
        <translation>计算比 ReLU 贵，而且不是单调的。对连续存储的张量，PyTorch 把精确形式交给 oneDNN 计算，它的 erf 近似比数学库的略粗。</translation>
    </message>
    <message>
        <source>The feed-forward layers of Transformers: BERT, GPT and the Vision Transformer.</source>
        <translation>Transformer 的前馈层：BERT、GPT 和 Vision Transformer。</translation>
    </message>
    <message>
        <source>Switch approximate to 'tanh' and overlay the two: the curves are almost impossible to tell apart.</source>
        <translation>把 approximate 切换为 'tanh' 并叠加两者：两条曲线几乎无法区分。</translation>
    </message>
    <message>
        <source>x · σ(x), also called Swish: smooth, not monotonic (its minimum is about −0.28 near x = −1.28) and unbounded above like ReLU.</source>
        <translation>x · σ(x)，也叫 Swish：平滑、非单调（在 x = −1.28 附近取得最小值约 −0.28），并像 ReLU 一样上方无界。</translation>
    </message>
    <message>
        <source>An exponential per value; the small dip means that slightly negative inputs are pushed further down.</source>
        <translation>每个值都要算一次指数；那个小凹陷意味着略小于 0 的输入会被压得更低。</translation>
    </message>
    <message>
        <source>EfficientNet and many modern convolutional networks; the SwiGLU blocks of large language models.</source>
        <translation>EfficientNet 和许多现代卷积网络；大语言模型中的 SwiGLU 模块。</translation>
    </message>
    <message>
        <source>Overlay Hardswish: MobileNetV3's cheap approximation of this curve, built from straight pieces.</source>
        <translation>叠加 Hardswish：它是 MobileNetV3 用直线段拼出的、这条曲线的廉价近似。</translation>
    </message>
    <message>
        <source>x · tanh(softplus(x)): like SiLU smooth and non-monotonic, with a slightly deeper dip (about −0.31) and a smoother gradient.</source>
        <translation>x · tanh(softplus(x))：和 SiLU 一样平滑且非单调，凹陷略深（约 −0.31），梯度更平滑。</translation>
    </message>
    <message>
        <source>The most expensive here: an exponential, a log1p and a tanh per value.</source>
        <translation>这里计算最贵的一个：每个值都要一次指数、一次 log1p 和一次 tanh。</translation>
    </message>
    <message>
        <source>YOLOv4 and other object detectors.</source>
        <translation>YOLOv4 等目标检测网络。</translation>
    </message>
    <message>
        <source>Overlay SiLU and GELU: three smooth relatives of ReLU that differ mostly between −3 and 1.</source>
        <translation>叠加 SiLU 和 GELU：这三个 ReLU 的平滑近亲主要在 −3 到 1 之间有差别。</translation>
    </message>
    <message>
        <source>A smooth ReLU, ln(1 + e^(βx)) / β, always positive; its derivative is exactly σ(βx).</source>
        <translation>平滑版的 ReLU：ln(1 + e^(βx)) / β，输出总是正的；它的导数正好是 σ(βx)。</translation>
    </message>
    <message>
        <source>Never exactly 0, so no sparsity, and costlier than ReLU. Beyond the threshold PyTorch returns x itself.</source>
        <translation>输出从不恰好为 0，因此没有稀疏性，计算也比 ReLU 贵。超过 threshold 后 PyTorch 直接返回 x。</translation>
    </message>
    <message>
        <source>Producing values that must be positive, such as standard deviations or scales, rather than hidden layers.</source>
        <translation>用来产生必须为正的量（如标准差或缩放系数），而不是用在隐藏层。</translation>
    </message>
    <message>
        <source>Drag beta up: the bend at 0 sharpens and the curve approaches ReLU; f′ is a sigmoid.</source>
        <translation>把 beta 调大：0 处的弯折变尖，曲线趋近 ReLU；f′ 是一条 sigmoid 曲线。</translation>
    </message>
    <message>
        <source>x / (1 + |x|): tanh's S-shape without exponentials, approaching ±1 much more slowly, so its gradient fades more gently.</source>
        <translation>x / (1 + |x|)：不用指数就得到 tanh 的 S 形，趋近 ±1 的速度慢得多，因此梯度衰减得更平缓。</translation>
    </message>
    <message>
        <source>Still saturates far from 0, and it is rarely used today.</source>
        <translation>远离 0 时仍会饱和，如今很少使用。</translation>
    </message>
    <message>
        <source>Some older recurrent and text-to-speech models.</source>
        <translation>一些较早的循环网络和语音合成模型。</translation>
    </message>
    <message>
        <source>Overlay Tanh: both go from −1 to 1, but Softsign is still far from ±1 at x = ±6.</source>
        <translation>叠加 Tanh：两者都从 −1 到 1，但在 x = ±6 处 Softsign 离 ±1 还很远。</translation>
    </message>
    <message>
        <source>ln σ(x), computed stably even for large negative x: the log-probability a sigmoid output would give.</source>
        <translation>ln σ(x)，即使 x 是很大的负数也能稳定计算：就是 sigmoid 输出对应的对数概率。</translation>
    </message>
    <message>
        <source>Not meant for hidden layers: its outputs are always negative and unbounded below.</source>
        <translation>不适合用在隐藏层：输出总是负的，而且下方无界。</translation>
    </message>
    <message>
        <source>Inside losses: binary cross-entropy with logits, the negative sampling of word2vec.</source>
        <translation>用在损失函数内部：带 logits 的二元交叉熵、word2vec 的负采样。</translation>
    </message>
    <message>
        <source>Its gradient is 1 − σ(x): for large x it vanishes, for large negative x it is 1.</source>
        <translation>它的梯度是 1 − σ(x)：x 很大时趋于 0，x 是很大的负数时等于 1。</translation>
    </message>
    <message>
        <source>x − tanh(x): almost flat near 0 (about x³/3), almost x ∓ 1 far away; its gradient is tanh²(x).</source>
        <translation>x − tanh(x)：在 0 附近几乎是平的（约为 x³/3），远处几乎是 x ∓ 1；梯度为 tanh²(x)。</translation>
    </message>
    <message>
        <source>Small inputs get almost no gradient, and it is rarely used.</source>
        <translation>很小的输入几乎得不到梯度，这个函数也很少使用。</translation>
    </message>
    <message>
        <source>Niche: sparse coding and denoising, where small values should be suppressed smoothly.</source>
        <translation>小众用途：稀疏编码和去噪，需要平滑地压制小数值的场合。</translation>
    </message>
    <message>
        <source>Overlay Softshrink: both suppress small values; Tanhshrink does it without a dead band.</source>
        <translation>叠加 Softshrink：两者都压制小数值，但 Tanhshrink 没有"死区"。</translation>
    </message>
    <message>
        <source>For x &lt; 0 the curve bends towards −alpha; PyTorch's default is 1.</source>
        <translation>x &lt; 0 时曲线弯向 −alpha；PyTorch 的默认值是 1。</translation>
    </message>
    <message>
        <source>The floor on the left is −alpha, and the curve reaches it faster for smaller alpha; 0 is not allowed.</source>
        <translation>左侧的下限是 −alpha，alpha 越小曲线越快到达下限；不允许取 0。</translation>
    </message>
    <message>
        <source>'none' computes x · Φ(x) with erf; 'tanh' uses the faster tanh formula.</source>
        <translation>'none' 用 erf 计算 x · Φ(x)；'tanh' 使用更快的 tanh 公式。</translation>
    </message>
    <message>
        <source>How sharp the bend at 0 is: the larger beta, the closer to ReLU.</source>
        <translation>0 处弯折的锐利程度：beta 越大，越接近 ReLU。</translation>
    </message>
    <message>
        <source>Once beta · x is above it, the output is x itself, which avoids overflow.</source>
        <translation>当 beta · x 超过它时，输出直接取 x，以避免溢出。</translation>
    </message>
    <message>
        <source>Rectifiers</source>
        <translation>整流类</translation>
    </message>
    <message>
        <source>Smooth rectifiers</source>
        <translation>平滑整流类</translation>
    </message>
    <message>
        <source>S-shaped</source>
        <translation>S 形</translation>
    </message>
    <message>
        <source>Piecewise-linear (hard)</source>
        <translation>分段线性（Hard 系列）</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>收缩类</translation>
    </message>
    <message>
        <source>Along a dim</source>
        <translation>沿 dim 计算</translation>
    </message>
    <message>
        <source>A probability distribution that favours the smallest values: softmax of −x, so costs or distances become weights that sum to 1.</source>
        <translation>偏向最小值的概率分布：即 −x 的 softmax，可把代价或距离变成总和为 1 的权重。</translation>
    </message>
    <message>
        <source>Rarely needed: the same as softmax with the sign of the input flipped, and just as sensitive to the choice of dim.</source>
        <translation>很少用到：就是把输入取反后的 softmax，对 dim 的选择同样敏感。</translation>
    </message>
    <message>
        <source>Turning distances or energies into weights, e.g. soft nearest-neighbour assignments.</source>
        <translation>把距离或能量转换为权重，例如软最近邻分配。</translation>
    </message>
    <message>
        <source>Overlay Softmax with the same logits: raising a logit now takes probability away from it instead of giving it more.</source>
        <translation>用相同的 logits 叠加 Softmax：现在提高某个 logit 会使它的概率减少，而不是增加。</translation>
    </message>
    <message>
        <source>Softmax across the channels of every pixel of an image batch: each pixel gets its own probability distribution over the classes.</source>
        <translation>对一批图像的每个像素沿通道做 softmax：每个像素都得到自己在各类别上的概率分布。</translation>
    </message>
    <message>
        <source>Only for 3-D (C, H, W) or 4-D (N, C, H, W) inputs; it is nothing more than softmax with dim = −3.</source>
        <translation>只接受三维 (C, H, W) 或四维 (N, C, H, W) 输入；它不过是 dim = −3 的 softmax。</translation>
    </message>
    <message>
        <source>The last layer of semantic segmentation networks, which label every pixel.</source>
        <translation>语义分割网络的最后一层，为每个像素标注类别。</translation>
    </message>
    <message>
        <source>Here the logits are the channels of one pixel: the curves are softmax's, because a pixel's channels are normalised exactly as a vector of logits.</source>
        <translation>这里的 logits 是一个像素的各个通道：曲线与 softmax 的相同，因为一个像素的通道正是像 logits 向量那样被归一化的。</translation>
    </message>
    <message>
        <source>A learned gate: the second half of the input decides, through a sigmoid, how much of the first half passes. Gradients flow linearly through the open gate.</source>
        <translation>可学习的门：输入的后一半经过 sigmoid 决定前一半能通过多少。门打开时梯度线性地流过。</translation>
    </message>
    <message>
        <source>Halves the size along dim, so the layer before it must produce twice as many features; that size must be even.</source>
        <translation>沿 dim 的大小减半，因此前一层必须输出两倍的特征；该大小必须是偶数。</translation>
    </message>
    <message>
        <source>Gated convolutional language models, and the gated feed-forward layers (GEGLU, SwiGLU) of recent Transformers.</source>
        <translation>门控卷积语言模型，以及近年 Transformer 中的门控前馈层（GEGLU、SwiGLU）。</translation>
    </message>
    <message>
        <source>Sweep the gate b: the output slides from 0 to a along a sigmoid. Sweep a: a straight line whose slope is σ(b).</source>
        <translation>扫动门 b：输出沿 sigmoid 从 0 滑向 a。扫动 a：一条斜率为 σ(b) 的直线。</translation>
    </message>
    <message>
        <source>A leaky ReLU whose negative slope is random during training, which acts as a regulariser and keeps units from dying.</source>
        <translation>训练时负斜率随机的 Leaky ReLU，起到正则化作用，并防止单元死亡。</translation>
    </message>
    <message>
        <source>Training and evaluation compute different functions; results depend on the random seed, and it is slower than a fixed slope.</source>
        <translation>训练和评估时计算的是不同的函数；结果取决于随机种子，而且比固定斜率慢。</translation>
    </message>
    <message>
        <source>Small image classifiers where overfitting is a concern; otherwise uncommon.</source>
        <translation>担心过拟合的小型图像分类器；除此之外不常见。</translation>
    </message>
    <message>
        <source>Tick training and press Re-sample: every negative input gets a new slope between lower and upper. Untick it: the mean slope, always the same.</source>
        <translation>勾选 training 并点击“重新抽样”：每个负输入都会得到 lower 与 upper 之间的新斜率。取消勾选：使用平均斜率，始终不变。</translation>
    </message>
    <message>
        <source>A leaky ReLU whose slope is learned by gradient descent, one value for the layer or one per channel.</source>
        <translation>斜率通过梯度下降学习的 Leaky ReLU，整层一个值或每个通道一个值。</translation>
    </message>
    <message>
        <source>The extra parameters can overfit small datasets, and weight decay on the slope pushes it towards ReLU.</source>
        <translation>额外的参数可能在小数据集上过拟合，而对斜率的权重衰减会把它推向 ReLU。</translation>
    </message>
    <message>
        <source>Deep image classifiers (it was introduced with very deep ImageNet networks).</source>
        <translation>深层图像分类器（它随非常深的 ImageNet 网络一起提出）。</translation>
    </message>
    <message>
        <source>Drag weight: it is the same curve as LeakyReLU, but here the slope is a parameter the network learns, with its own gradient.</source>
        <translation>拖动 weight：曲线与 LeakyReLU 相同，但这里的斜率是网络学习的参数，有它自己的梯度。</translation>
    </message>
    <message>
        <source>The dimension cut in two halves: the first is gated by the sigmoid of the second. Its size must be even.</source>
        <translation>被切成两半的维度：前一半由后一半的 sigmoid 控制门。其大小必须是偶数。</translation>
    </message>
    <message>
        <source>The smallest slope drawn for negative inputs.</source>
        <translation>为负输入抽取的最小斜率。</translation>
    </message>
    <message>
        <source>The largest slope drawn for negative inputs.</source>
        <translation>为负输入抽取的最大斜率。</translation>
    </message>
    <message>
        <source>On: a random slope per negative input, as in model.train(). Off: the mean slope, as in model.eval().</source>
        <translation>开启：每个负输入一个随机斜率，如 model.train()。关闭：平均斜率，如 model.eval()。</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed) before the slopes are drawn: the same seed gives the same slopes.</source>
        <translation>抽取斜率前执行 torch.manual_seed(seed)：相同的种子给出相同的斜率。</translation>
    </message>
    <message>
        <source>The learned slope for inputs below zero; nn.PReLU starts it at 0.25 (init).</source>
        <translation>小于零的输入所用的可学习斜率；nn.PReLU 的初始值为 0.25（init）。</translation>
    </message>
</context>
<context>
    <name>CurvesWorkspace</name>
    <message>
        <source>Activations</source>
        <translation>激活函数列表</translation>
    </message>
    <message>
        <source>Pick an activation (keys 1–9). Tick others to overlay them for comparison.</source>
        <translation>选择一个激活函数（按键 1–9）。勾选其他函数可叠加对比。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation>这个激活函数没有参数。</translation>
    </message>
    <message>
        <source>Softmax as a vector function</source>
        <translation>Softmax 是向量函数</translation>
    </message>
    <message>
        <source>Other logits:</source>
        <translation>其余 logits：</translation>
    </message>
    <message>
        <source>Other logits</source>
        <translation>其余 logits</translation>
    </message>
    <message>
        <source>The logits that stay fixed while the swept one runs along x, separated by commas</source>
        <translation>扫描的 logit 沿 x 变化时保持不变的其余 logits，用逗号分隔</translation>
    </message>
    <message>
        <source>Swept logit:</source>
        <translation>扫描的 logit：</translation>
    </message>
    <message>
        <source>Swept logit</source>
        <translation>扫描的 logit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>x from:</source>
        <translation>x 从：</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 起点</translation>
    </message>
    <message>
        <source>x to:</source>
        <translation>x 到：</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x 终点</translation>
    </message>
    <message>
        <source>Show f(x)</source>
        <translation>显示 f(x)</translation>
    </message>
    <message>
        <source>Show f′(x)</source>
        <translation>显示 f′(x)</translation>
    </message>
    <message>
        <source>Flat when |f′| &lt;</source>
        <translation>平坦阈值 |f′| &lt;</translation>
    </message>
    <message>
        <source>Zero-gradient threshold</source>
        <translation>零梯度阈值</translation>
    </message>
    <message>
        <source>Where |f′(x)| is below this, the plot shades the region: no gradient flows back there</source>
        <translation>|f′(x)| 低于此值的区域会被着色：那里几乎没有梯度回传</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Back to x from −6 to 6</source>
        <translation>恢复 x 从 −6 到 6</translation>
    </message>
    <message>
        <source>Plot of f(x) and its gradient</source>
        <translation>f(x) 及其梯度的图像</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Formula of the gradient</source>
        <translation>梯度公式</translation>
    </message>
    <message>
        <source>About this activation</source>
        <translation>关于这个激活函数</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>What inplace does</source>
        <translation>inplace 的作用</translation>
    </message>
    <message>
        <source>Formula, explanation and code</source>
        <translation>公式、讲解与代码</translation>
    </message>
    <message>
        <source>The formula with the current values</source>
        <translation>代入当前数值的公式</translation>
    </message>
    <message>
        <source>What inplace does, on a short tensor</source>
        <translation>inplace 在一个短张量上的效果</translation>
    </message>
    <message>
        <source>Which position in the logit vector x takes (0 is the first)</source>
        <translation>x 占据 logit 向量的哪个位置（0 是第一个）</translation>
    </message>
    <message>
        <source>f′ axis from 0 to 1 at least</source>
        <translation>f′ 轴至少包含 0 到 1</translation>
    </message>
    <message>
        <source>Keep 0 and 1 on the gradient's axis, so that the gradients of different activations can be compared by height</source>
        <translation>梯度轴上始终包含 0 和 1，这样不同激活函数的梯度可以直接比较高低</translation>
    </message>
    <message>
        <source>Activation (tick others to overlay them)</source>
        <translation>激活函数（勾选其他函数可叠加对比）</translation>
    </message>
    <message>
        <source>Filter the activations</source>
        <translation>筛选激活函数</translation>
    </message>
    <message>
        <source>Filter: type part of a name</source>
        <translation>筛选：输入名称的一部分</translation>
    </message>
    <message>
        <source>"%1" is not one of %2.</source>
        <translation>“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>"%1" is not an elementwise activation.</source>
        <translation>“%1”不是逐元素的激活函数。</translation>
    </message>
    <message>
        <source>Give between 1 and %1 other logits, as numbers.</source>
        <translation>请给出 1 到 %1 个其他 logit，须为数字。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not encode the PNG image for %1.</source>
        <translation>无法为 %1 编码 PNG 图像。</translation>
    </message>
    <message>
        <source>Unknown file type "%1": use .png, .svg, .pdf or .csv.</source>
        <translation>未知的文件类型“%1”：请使用 .png、.svg、.pdf 或 .csv。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 不是普通文件，未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
</context>
<context>
    <name>JsonTensor</name>
    <message>
        <source>the top level</source>
        <translation>最外层</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <source>more than %1 dimensions at %2</source>
        <translation>%2 处超过 %1 维</translation>
    </message>
    <message>
        <source>an empty array at %1: a tensor needs at least one value</source>
        <translation>%1 处是空数组：张量至少需要一个值</translation>
    </message>
    <message>
        <source>an array at %1 where the shape %2 expects a number</source>
        <translation>%1 处是数组，但形状 %2 在此需要一个数</translation>
    </message>
    <message>
        <source>not a number at %1: %2 (use "nan", "inf" or "-inf" for non-finite values)</source>
        <translation>%1 处不是数字：%2（非有限值请写 "nan"、"inf" 或 "-inf"）</translation>
    </message>
    <message>
        <source>a number at %1 where the shape %2 expects an array</source>
        <translation>%1 处是数字，但形状 %2 在此需要一个数组</translation>
    </message>
    <message>
        <source>ragged array at %1: %2 elements where %3 were expected</source>
        <translation>%1 处数组长度不齐：有 %2 个元素，应为 %3 个</translation>
    </message>
    <message>
        <source>empty input: expected a number or nested arrays of numbers</source>
        <translation>输入为空：需要一个数或嵌套的数字数组</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>第 %1 个字符处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>expected a number or nested arrays of numbers, found an object</source>
        <translation>需要一个数或嵌套的数字数组，却得到一个对象</translation>
    </message>
    <message>
        <source>expected a number or nested arrays of numbers</source>
        <translation>需要一个数或嵌套的数字数组</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 has the key %2: a text has only "en" and "zh_CN"</source>
        <translation>%1 含有键 %2：文本只能有 "en" 和 "zh_CN"</translation>
    </message>
    <message>
        <source>%1 in %2 is not a string</source>
        <translation>%2 中的 %1 不是字符串</translation>
    </message>
    <message>
        <source>%1 has neither "en" nor "zh_CN"</source>
        <translation>%1 既没有 "en" 也没有 "zh_CN"</translation>
    </message>
    <message>
        <source>%1 is neither a string nor an object with "en" and "zh_CN" strings</source>
        <translation>%1 既不是字符串，也不是含 "en" 和 "zh_CN" 字符串的对象</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过了 %2 个字符</translation>
    </message>
    <message>
        <source>"question" is not an object</source>
        <translation>"question" 不是对象</translation>
    </message>
    <message>
        <source>"question" has an unknown key %1</source>
        <translation>"question" 含有未知的键 %1</translation>
    </message>
    <message>
        <source>"question.choices" is not a list</source>
        <translation>"question.choices" 不是列表</translation>
    </message>
    <message>
        <source>a question needs 2 to %1 choices; this one has %2</source>
        <translation>一个问题需要 2 到 %1 个选项；这个问题有 %2 个</translation>
    </message>
    <message>
        <source>"question.answer" is missing</source>
        <translation>缺少 "question.answer"</translation>
    </message>
    <message>
        <source>"question.answer" is not a whole number</source>
        <translation>"question.answer" 不是整数</translation>
    </message>
    <message>
        <source>"question.answer" is %1, but the choices are numbered 0 to %2</source>
        <translation>"question.answer" 是 %1，但选项的编号是 0 到 %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知的键 %1</translation>
    </message>
    <message>
        <source>"workspace" is missing</source>
        <translation>缺少 "workspace"</translation>
    </message>
    <message>
        <source>"workspace" is not a string</source>
        <translation>"workspace" 不是字符串</translation>
    </message>
    <message>
        <source>"state" is missing</source>
        <translation>缺少 "state"</translation>
    </message>
    <message>
        <source>"state" is not an object</source>
        <translation>"state" 不是对象</translation>
    </message>
    <message>
        <source>"state" is nested more than %1 levels deep</source>
        <translation>"state" 的嵌套超过了 %1 层</translation>
    </message>
    <message>
        <source>This is not an Activation Lab lesson: its "format" is not "activation-lab-lesson".</source>
        <translation>这不是激活函数实验室的课件：它的 "format" 不是 "activation-lab-lesson"。</translation>
    </message>
    <message>
        <source>The lesson has no "version".</source>
        <translation>课件没有 "version"。</translation>
    </message>
    <message>
        <source>The lesson's "version" is not a whole number.</source>
        <translation>课件的 "version" 不是整数。</translation>
    </message>
    <message>
        <source>This lesson comes from a newer version of Activation Lab: it is in version %1 of the lesson format, and this version of Activation Lab reads up to version %2.</source>
        <translation>这个课件来自更新版本的激活函数实验室：它使用第 %1 版课件格式，而本版本最多只能读取第 %2 版。</translation>
    </message>
    <message>
        <source>The lesson's "version" is %1; versions start at 1.</source>
        <translation>课件的 "version" 是 %1；版本号从 1 开始。</translation>
    </message>
    <message>
        <source>This is not a lesson file: it is not valid JSON (%1, line %2).</source>
        <translation>这不是课件文件：它不是有效的 JSON（%1，第 %2 行）。</translation>
    </message>
    <message>
        <source>This is not a lesson file: it holds no JSON object.</source>
        <translation>这不是课件文件：其中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>Lesson: unknown key %1 (ignored)</source>
        <translation>课件：未知的键 %1（已忽略）</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>课件：%1</translation>
    </message>
    <message>
        <source>The lesson has no "slides" list: there is nothing to show.</source>
        <translation>课件没有 "slides" 列表：没有可展示的内容。</translation>
    </message>
    <message>
        <source>The lesson has %1 slides; only the first %2 were read.</source>
        <translation>课件有 %1 张幻灯片；只读取了前 %2 张。</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>第 %1 张幻灯片：%2</translation>
    </message>
    <message>
        <source>The lesson has no slide that can be shown.</source>
        <translation>课件中没有可以展示的幻灯片。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a lesson file.</source>
        <translation>%1 是文件夹，不是课件文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a lesson.</source>
        <translation>%1 不是普通文件，所以不可能是课件。</translation>
    </message>
    <message>
        <source>%1 is too large for a lesson file (a lesson file has at most %2 MiB).</source>
        <translation>%1 太大，不像课件文件（课件文件最多 %2 MiB）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The lesson is too large to be saved: a lesson file has at most %1 MiB; nothing was written.</source>
        <translation>课件太大，无法保存：课件文件最多 %1 MiB；没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activation Lab</source>
        <translation>激活函数实验室</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Export plot…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the current plot as PNG, SVG or PDF, or its data as CSV</source>
        <translation>把当前图像保存为 PNG、SVG 或 PDF，或把数据保存为 CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Activation Lab</source>
        <translation>关闭激活函数实验室</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>曲线(&amp;C)</translation>
    </message>
    <message>
        <source>Every activation and its gradient</source>
        <translation>每个激活函数及其梯度</translation>
    </message>
    <message>
        <source>&amp;Softmax &amp;&amp; dim</source>
        <translation>Softmax 与 dim(&amp;S)</translation>
    </message>
    <message>
        <source>What Softmax's dim normalises</source>
        <translation>Softmax 的 dim 到底在哪个方向上归一化</translation>
    </message>
    <message>
        <source>&amp;Forward pass</source>
        <translation>前向传播(&amp;F)</translation>
    </message>
    <message>
        <source>Step the example network layer by layer</source>
        <translation>逐层单步运行示例网络</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>总结(&amp;U)</translation>
    </message>
    <message>
        <source>The summary table of the activations</source>
        <translation>激活函数总结表</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large text and thick lines, for a projector</source>
        <translation>全屏、大字、粗线，适合投影仪</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Use the desktop's colours</source>
        <translation>使用桌面的配色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>浅色背景上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>深色背景上的浅色文字</translation>
    </message>
    <message>
        <source>中文 (&amp;Chinese)</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <source>Switch the interface to Chinese</source>
        <translation>把界面切换为中文</translation>
    </message>
    <message>
        <source>English (&amp;English)</source>
        <translation>English(&amp;E)</translation>
    </message>
    <message>
        <source>Switch the interface to English</source>
        <translation>把界面切换为英文</translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation>中文 / English</translation>
    </message>
    <message>
        <source>Switch between Chinese and English</source>
        <translation>在中文和英文之间切换</translation>
    </message>
    <message>
        <source>&amp;About Activation Lab</source>
        <translation>关于激活函数实验室(&amp;A)</translation>
    </message>
    <message>
        <source>Version and the libraries in use</source>
        <translation>版本及所用的库</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>控件栏(&amp;C)</translation>
    </message>
    <message>
        <source>Show or fold the column of controls</source>
        <translation>显示或收起控件栏</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>Show or fold the explanations and code beside the picture</source>
        <translation>显示或收起图旁的说明和代码</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>Make everything larger on this screen</source>
        <translation>在这块屏幕上放大全部内容</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <source>Make everything smaller on this screen</source>
        <translation>在这块屏幕上缩小全部内容</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the normal size on this screen</source>
        <translation>在这块屏幕上恢复正常大小</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the app answers to</source>
        <translation>本程序响应的所有按键</translation>
    </message>
    <message>
        <source>Export on a &amp;light background</source>
        <translation>导出为浅色背景(&amp;L)</translation>
    </message>
    <message>
        <source>Export pictures in the light theme whatever the screen shows (for printing)</source>
        <translation>无论屏幕显示什么，都以浅色主题导出图片（便于打印）</translation>
    </message>
    <message>
        <source>&amp;Deep stack</source>
        <translation>深层网络(&amp;D)</translation>
    </message>
    <message>
        <source>Vanishing and exploding gradients through many layers</source>
        <translation>穿过许多层的梯度消失与梯度爆炸</translation>
    </message>
    <message>
        <source>Export &amp;Python program…</source>
        <translation>导出 Python 程序(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a Python program that computes with PyTorch what is shown</source>
        <translation>保存一个 Python 程序，用 PyTorch 算出当前显示的内容</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Watch a network learn, and compare activations</source>
        <translation>看网络如何学习，并比较不同的激活函数</translation>
    </message>
</context>
<context>
    <name>MlpWorkspace</name>
    <message>
        <source>Step through the network</source>
        <translation>逐步运行网络</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the input (Home)</source>
        <translation>回到输入（Home 键）</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Every stage up to the probabilities (End)</source>
        <translation>一直运行到输出概率（End 键）</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <source>Sample shown</source>
        <translation>显示的样本</translation>
    </message>
    <message>
        <source>Which row of the batch the bars, colours and explanation show</source>
        <translation>柱状图、颜色和解释显示批次中的哪一行</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed), then torch.randn(4, 100) and the three nn.Linear layers, as the seed program runs them</source>
        <translation>torch.manual_seed(seed)，然后按示例程序的顺序执行 torch.randn(4, 100) 和三个 nn.Linear 层</translation>
    </message>
    <message>
        <source>negative_slope:</source>
        <translation>negative_slope：</translation>
    </message>
    <message>
        <source>negative_slope</source>
        <translation>negative_slope 负斜率</translation>
    </message>
    <message>
        <source>The slope of LeakyReLU below zero</source>
        <translation>LeakyReLU 在零以下的斜率</translation>
    </message>
    <message>
        <source>Load weights…</source>
        <translation>加载权重…</translation>
    </message>
    <message>
        <source>Load a state dict saved as JSON (fc1.weight, fc1.bias, ...)</source>
        <translation>加载保存为 JSON 的 state dict（fc1.weight、fc1.bias……）</translation>
    </message>
    <message>
        <source>Save weights…</source>
        <translation>保存权重…</translation>
    </message>
    <message>
        <source>Save the current weights as a JSON state dict</source>
        <translation>把当前权重保存为 JSON 格式的 state dict</translation>
    </message>
    <message>
        <source>Dying ReLU</source>
        <translation>ReLU 死亡</translation>
    </message>
    <message>
        <source>Shift fc1 bias:</source>
        <translation>平移 fc1 偏置：</translation>
    </message>
    <message>
        <source>Shift of fc1 bias</source>
        <translation>fc1 偏置的平移量</translation>
    </message>
    <message>
        <source>Shift of fc1 bias slider</source>
        <translation>fc1 偏置平移滑块</translation>
    </message>
    <message>
        <source>Push every bias of fc1 down and watch units after the first activation die</source>
        <translation>把 fc1 的所有偏置往下压，观察第一个激活函数之后的神经元如何死亡</translation>
    </message>
    <message>
        <source>Diagram of the network</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>Click a neuron to see how it is computed</source>
        <translation>点击一个神经元，查看它是如何计算出来的</translation>
    </message>
    <message>
        <source>The current stage: the sample as bars, the batch as a heatmap</source>
        <translation>当前阶段：样本显示为柱状图，整个批次显示为热力图</translation>
    </message>
    <message>
        <source>Explain a neuron</source>
        <translation>解释一个神经元</translation>
    </message>
    <message>
        <source>Console: what the Python program prints</source>
        <translation>控制台：Python 程序的输出</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Share of dead units</source>
        <translation>死亡神经元的比例</translation>
    </message>
    <message>
        <source>Statistics of the current stage</source>
        <translation>当前阶段的统计</translation>
    </message>
    <message>
        <source>How the chosen neuron is computed</source>
        <translation>所选神经元的计算过程</translation>
    </message>
    <message>
        <source>The chosen neuron's bias, sum and activation</source>
        <translation>所选神经元的偏置、加权和与激活值</translation>
    </message>
    <message>
        <source>One stage back (Backspace, ←, Page Up)</source>
        <translation>后退一个阶段（Backspace、←、Page Up）</translation>
    </message>
    <message>
        <source>One stage forward (Space, →, Page Down)</source>
        <translation>前进一个阶段（空格、→、Page Down）</translation>
    </message>
</context>
<context>
    <name>SoftmaxWorkspace</name>
    <message>
        <source>Logits</source>
        <translation>Logits（未归一化的分数）</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <source>Number of dimensions</source>
        <translation>维数</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Size of dim 0</source>
        <translation>第 0 维大小</translation>
    </message>
    <message>
        <source>Size of dim 1</source>
        <translation>第 1 维大小</translation>
    </message>
    <message>
        <source>Size of dim 2</source>
        <translation>第 2 维大小</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed); torch.randn(shape)</source>
        <translation>torch.manual_seed(seed); torch.randn(shape)，与 PyTorch 生成的数相同</translation>
    </message>
    <message>
        <source>New random</source>
        <translation>重新随机</translation>
    </message>
    <message>
        <source>Draw new logits with the next seed</source>
        <translation>用下一个种子重新生成 logits</translation>
    </message>
    <message>
        <source>Type a number in a cell; nan, inf and -inf are accepted as in PyTorch</source>
        <translation>在单元格中输入数字；与 PyTorch 一样，也接受 nan、inf 和 -inf</translation>
    </message>
    <message>
        <source>Editing slice:</source>
        <translation>正在编辑的切片：</translation>
    </message>
    <message>
        <source>Slice being edited</source>
        <translation>正在编辑的切片</translation>
    </message>
    <message>
        <source>Paste tensor</source>
        <translation>粘贴张量</translation>
    </message>
    <message>
        <source>Paste JSON (as the command line writes it) or cells copied from a spreadsheet</source>
        <translation>粘贴 JSON（命令行工具的格式）或从电子表格复制的单元格</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax 设置</translation>
    </message>
    <message>
        <source>dim:</source>
        <translation>dim：</translation>
    </message>
    <message>
        <source>dim</source>
        <translation>dim 维度</translation>
    </message>
    <message>
        <source>The dimension softmax normalises; -1 is the last one</source>
        <translation>Softmax 在哪个维度上归一化；-1 表示最后一维</translation>
    </message>
    <message>
        <source>Temperature T:</source>
        <translation>温度 T：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>softmax(x / T): below 1 sharpens, above 1 flattens; the largest entry stays the largest</source>
        <translation>softmax(x / T)：小于 1 使分布更尖锐，大于 1 使其更平缓；最大的元素始终最大</translation>
    </message>
    <message>
        <source>Temperature slider</source>
        <translation>温度滑块</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>结果的不同视图</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Heatmap of the probabilities</source>
        <translation>概率热力图</translation>
    </message>
    <message>
        <source>Jacobian</source>
        <translation>雅可比矩阵</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>切片：</translation>
    </message>
    <message>
        <source>Slice whose Jacobian is shown</source>
        <translation>显示哪个切片的雅可比矩阵</translation>
    </message>
    <message>
        <source>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</source>
        <translation>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T：对角线为正，其余为负；每一行之和为 0。</translation>
    </message>
    <message>
        <source>Heatmap of the Jacobian</source>
        <translation>雅可比矩阵热力图</translation>
    </message>
    <message>
        <source>Numerical stability</source>
        <translation>数值稳定性</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Target class of each sample (row):</source>
        <translation>每个样本（行）的目标类别：</translation>
    </message>
    <message>
        <source>Target classes</source>
        <translation>目标类别</translation>
    </message>
    <message>
        <source>PyTorch code for the losses</source>
        <translation>计算损失的 PyTorch 代码</translation>
    </message>
    <message>
        <source>Message about dim</source>
        <translation>关于 dim 的提示</translation>
    </message>
    <message>
        <source>Warning about the batch dimension</source>
        <translation>关于批次维度的警告</translation>
    </message>
    <message>
        <source>Sums along dim</source>
        <translation>沿 dim 的和</translation>
    </message>
    <message>
        <source>Naive and stable softmax</source>
        <translation>直接计算与稳定计算的 Softmax</translation>
    </message>
    <message>
        <source>Cross-entropy losses</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <source>Size of dim 3</source>
        <translation>第 3 维大小</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>函数：</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>What is applied along dim: torch.nn.functional's softmax, log_softmax, softmin, glu, or nn.Softmax2d</source>
        <translation>沿 dim 应用哪个函数：torch.nn.functional 的 softmax、log_softmax、softmin、glu，或 nn.Softmax2d</translation>
    </message>
</context>
<context>
    <name>StateDict</name>
    <message>
        <source>unexpected key "%1": expected fc1.weight, fc1.bias, fc2.weight, ...</source>
        <translation>意外的键“%1”：应为 fc1.weight、fc1.bias、fc2.weight……</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no layers: expected fc1.weight, fc1.bias, ...</source>
        <translation>没有任何层：应为 fc1.weight、fc1.bias……</translation>
    </message>
    <message>
        <source>fc%1 is missing (found fc%2)</source>
        <translation>缺少 fc%1（却有 fc%2）</translation>
    </message>
    <message>
        <source>fc%1.%2 is missing</source>
        <translation>缺少 fc%1.%2</translation>
    </message>
    <message>
        <source>fc%1.weight must have the shape [out_features, in_features], got %2</source>
        <translation>fc%1.weight 的形状必须是 [out_features, in_features]，实际为 %2</translation>
    </message>
    <message>
        <source>fc%1.bias must have the shape [%2] to match fc%1.weight, got %3</source>
        <translation>fc%1.bias 的形状必须是 [%2] 才能与 fc%1.weight 匹配，实际为 %3</translation>
    </message>
    <message>
        <source>fc%1.weight takes %2 inputs but fc%3 gives %4 outputs</source>
        <translation>fc%1.weight 需要 %2 个输入，但 fc%3 只给出 %4 个输出</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>第 %1 个字符处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>a state dict must be a JSON object of named tensors</source>
        <translation>state dict 必须是由命名张量组成的 JSON 对象</translation>
    </message>
    <message>
        <source>%1: a network has at most %2 layers</source>
        <translation>%1：网络最多只能有 %2 层</translation>
    </message>
    <message>
        <source>fc%1.weight has the shape %2: a layer has at most %3 inputs and outputs</source>
        <translation>fc%1.weight 的形状为 %2：每层的输入和输出最多 %3 个</translation>
    </message>
    <message>
        <source>%1: a network has at most %2 parameters</source>
        <translation>%1：网络最多只能有 %2 个参数</translation>
    </message>
</context>
<context>
    <name>StateReader</name>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>%1 is not a number from %2 to %3.</source>
        <translation>%1 不是 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 不是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is neither true nor false.</source>
        <translation>%1 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <source>a name in quotes is expected here.</source>
        <translation>这里应是带引号的名称。</translation>
    </message>
    <message>
        <source>a list of names or numbers is expected here.</source>
        <translation>这里应是由名称或数字组成的列表。</translation>
    </message>
    <message>
        <source>a list is expected here.</source>
        <translation>这里应是一个列表。</translation>
    </message>
    <message>
        <source>%1: no such setting here.</source>
        <translation>%1：这里没有这个设置项。</translation>
    </message>
</context>
<context>
    <name>TrainCsv</name>
    <message>
        <source>row %1 has %2 fields, expected 3 (x1,x2,label)</source>
        <translation>第 %1 行有 %2 个字段，应为 3 个（x1,x2,label）</translation>
    </message>
    <message>
        <source>row %1: x%2 is not a finite number: "%3"</source>
        <translation>第 %1 行：x%2 不是有限的数字："%3"</translation>
    </message>
    <message>
        <source>row %1: the label is not a class from 0 to %2: "%3"</source>
        <translation>第 %1 行：标签不是 0 到 %2 之间的类别："%3"</translation>
    </message>
    <message>
        <source>more than %1 points</source>
        <translation>超过 %1 个点</translation>
    </message>
    <message>
        <source>no points in the file</source>
        <translation>文件里没有数据点</translation>
    </message>
    <message>
        <source>every point has label %1: a classifier needs two classes at least</source>
        <translation>所有点的标签都是 %1：分类器至少需要两个类别</translation>
    </message>
</context>
<context>
    <name>al::CurvesState</name>
    <message>
        <source>There is no activation called "%1".</source>
        <translation>没有名为“%1”的激活函数。</translation>
    </message>
    <message>
        <source>%1 has no parameter %2.</source>
        <translation>%1 没有参数 %2。</translation>
    </message>
    <message>
        <source>PyTorch refuses this dim for a vector of logits: %1</source>
        <translation>对一个 logits 向量，PyTorch 不接受这个 dim：%1</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3; %4 was refused.</source>
        <translation>%1 必须是 %2 到 %3 之间的数；%4 未被接受。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 was refused.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数；%4 未被接受。</translation>
    </message>
    <message>
        <source>The x range must go from a smaller to a larger number, at least 0.001 apart and within ±1000000.</source>
        <translation>x 范围必须从小到大，两端至少相差 0.001，且在 ±1000000 以内。</translation>
    </message>
    <message>
        <source>The zero-gradient threshold must be between 0 and 1.</source>
        <translation>零梯度阈值必须在 0 和 1 之间。</translation>
    </message>
    <message>
        <source>Give between 1 and %1 other logits.</source>
        <translation>请给出 1 到 %1 个其余 logits。</translation>
    </message>
    <message>
        <source>The other logits must be finite numbers.</source>
        <translation>其余 logits 必须是有限的数。</translation>
    </message>
    <message>
        <source>The swept logit must be one of positions 0 to %1.</source>
        <translation>扫描的 logit 必须位于第 0 到第 %1 个位置之一。</translation>
    </message>
    <message>
        <source>PyTorch refuses %1 = %2: %3</source>
        <translation>PyTorch 不接受 %1 = %2：%3</translation>
    </message>
</context>
<context>
    <name>al::CurvesWorkspace</name>
    <message>
        <source>Other logits must be numbers separated by commas, such as 0, 1.</source>
        <translation>其余 logits 必须是用逗号分隔的数字，例如 0, 1。</translation>
    </message>
    <message>
        <source>PyTorch code copied to the clipboard.</source>
        <translation>PyTorch 代码已复制到剪贴板。</translation>
    </message>
    <message>
        <source>p%1 (swept logit x)</source>
        <translation>p%1（扫描的 logit x）</translation>
    </message>
    <message>
        <source>p%1 (logit fixed at %2)</source>
        <translation>p%1（logit 固定为 %2）</translation>
    </message>
    <message>
        <source>dead: f′ = 0</source>
        <translation>死区：f′ = 0</translation>
    </message>
    <message>
        <source>saturated: |f′| &lt; %1</source>
        <translation>饱和：|f′| &lt; %1</translation>
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
        <translation>ReLU(%1) = max(0, %1) = %2；ReLU′(%1) = %3</translation>
    </message>
    <message>
        <source>With negative_slope = %1: f(x) = x for x ≥ 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</source>
        <translation>取 negative_slope = %1：x ≥ 0 时 f(x) = x，否则为 %1 · x。&lt;br&gt;f(%2) = %3；f′(%2) = %4</translation>
    </message>
    <message>
        <source>σ(%1) = 1 / (1 + e&lt;sup&gt;−(%1)&lt;/sup&gt;) = %2;  σ′(%1) = σ(1 − σ) = %3</source>
        <translation>σ(%1) = 1 / (1 + e&lt;sup&gt;−(%1)&lt;/sup&gt;) = %2；σ′(%1) = σ(1 − σ) = %3</translation>
    </message>
    <message>
        <source>tanh(%1) = %2;  tanh′(%1) = 1 − tanh² = %3</source>
        <translation>tanh(%1) = %2；tanh′(%1) = 1 − tanh² = %3</translation>
    </message>
    <message>
        <source>dim = %1. Logits (%2): p%3 = %4;  ∂p%3/∂x = %5</source>
        <translation>dim = %1。logits (%2)：p%3 = %4；∂p%3/∂x = %5</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>输出范围</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>缺点</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>主要使用场景</translation>
    </message>
    <message>
        <source>Show the class</source>
        <translation>课堂演示要点</translation>
    </message>
    <message>
        <source>the same, functional form</source>
        <translation>等价的函数式写法</translation>
    </message>
    <message>
        <source>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %3&lt;/b&gt;: x was overwritten, y &lt;i&gt;is&lt;/i&gt; x. One tensor in memory instead of two.&lt;/p&gt;&lt;p&gt;The catch: if autograd or a later line still needs the old x, PyTorch stops with "one of the variables needed for gradient computation has been modified by an inplace operation".&lt;/p&gt;</source>
        <translation>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;调用之后 x = %3&lt;/b&gt;：x 被原地覆盖，y &lt;i&gt;就是&lt;/i&gt; x。内存中只有一个张量，而不是两个。&lt;/p&gt;&lt;p&gt;代价：如果 autograd 或后面的代码还需要原来的 x，PyTorch 会报错 "one of the variables needed for gradient computation has been modified by an inplace operation"。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;x afterwards = %1&lt;/b&gt;: unchanged. y is a new tensor, so two tensors are in memory.&lt;/p&gt;&lt;p&gt;Tick inplace to overwrite x instead and save that memory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;x = %1&lt;br&gt;y = %2(x)  →  y = %3&lt;br&gt;&lt;b&gt;调用之后 x = %1&lt;/b&gt;：没有改变。y 是新张量，内存中有两个张量。&lt;/p&gt;&lt;p&gt;勾选 inplace 即可直接覆盖 x，省下这份内存。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>probability p</source>
        <translation>概率 p</translation>
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
        <translation>扫描的 logit x</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>%1: the function and its gradient</source>
        <translation>%1：函数及其梯度</translation>
    </message>
    <message>
        <source>ReLU6(%1) = min(max(0, %1), 6) = %2;  ReLU6′(%1) = %3</source>
        <translation>ReLU6(%1) = min(max(0, %1), 6) = %2；ReLU6′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardsigmoid(%1) = min(max(%1 + 3, 0), 6) / 6 = %2;  Hardsigmoid′(%1) = %3</source>
        <translation>Hardsigmoid(%1) = min(max(%1 + 3, 0), 6) / 6 = %2；Hardsigmoid′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardswish(%1) = %1 · min(max(%1 + 3, 0), 6) / 6 = %2;  Hardswish′(%1) = %3</source>
        <translation>Hardswish(%1) = %1 · min(max(%1 + 3, 0), 6) / 6 = %2；Hardswish′(%1) = %3</translation>
    </message>
    <message>
        <source>Hardtanh(%1) = min(max(%1, %2), %3) = %4;  Hardtanh′(%1) = %5</source>
        <translation>Hardtanh(%1) = min(max(%1, %2), %3) = %4；Hardtanh′(%1) = %5</translation>
    </message>
    <message>
        <source>Threshold(%1) = %1 if %1 &gt; %2, else %3: %4;  Threshold′(%1) = %5</source>
        <translation>Threshold(%1)：若 %1 &gt; %2 则为 %1，否则为 %3，结果 %4；Threshold′(%1) = %5</translation>
    </message>
    <message>
        <source>Hardshrink(%1) = 0 if |%1| ≤ %2, else %1: %3;  Hardshrink′(%1) = %4</source>
        <translation>Hardshrink(%1)：若 |%1| ≤ %2 则为 0，否则为 %1，结果 %3；Hardshrink′(%1) = %4</translation>
    </message>
    <message>
        <source>Softshrink(%1) = %1 moved %2 towards 0, or 0 if |%1| ≤ %2: %3;  Softshrink′(%1) = %4</source>
        <translation>Softshrink(%1)：把 %1 向 0 靠近 %2，若 |%1| ≤ %2 则为 0，结果 %3；Softshrink′(%1) = %4</translation>
    </message>
    <message>
        <source>filter the activations by name (Enter shows the first)</source>
        <translation>按名称筛选激活函数（按 Enter 显示第一个）</translation>
    </message>
    <message>
        <source>ELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1): %3;  ELU′(%1) = %4</source>
        <translation>ELU(%1)：若 %1 &gt; 0 则为 %1，否则为 %2 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1)，结果 %3；ELU′(%1) = %4</translation>
    </message>
    <message>
        <source>SELU(%1) = 1.0507 · (%1 if %1 &gt; 0, else 1.6733 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1)) = %2;  SELU′(%1) = %3</source>
        <translation>SELU(%1) = 1.0507 · （%1 &gt; 0 时为 %1，否则为 1.6733 · (e&lt;sup&gt;%1&lt;/sup&gt; − 1)）= %2；SELU′(%1) = %3</translation>
    </message>
    <message>
        <source>CELU(%1) = %1 if %1 &gt; 0, else %2 · (e&lt;sup&gt;%1/%2&lt;/sup&gt; − 1): %3;  CELU′(%1) = %4</source>
        <translation>CELU(%1)：若 %1 &gt; 0 则为 %1，否则为 %2 · (e&lt;sup&gt;%1/%2&lt;/sup&gt; − 1)，结果 %3；CELU′(%1) = %4</translation>
    </message>
    <message>
        <source>GELU(%1) = %1 · Φ(%1) = %2;  GELU′(%1) = %3</source>
        <translation>GELU(%1) = %1 · Φ(%1) = %2；GELU′(%1) = %3</translation>
    </message>
    <message>
        <source>GELU(%1) ≈ 0.5 · %1 · (1 + tanh(√(2/π) · (%1 + 0.044715 · %1³))) = %2;  GELU′(%1) = %3</source>
        <translation>GELU(%1) ≈ 0.5 · %1 · (1 + tanh(√(2/π) · (%1 + 0.044715 · %1³))) = %2；GELU′(%1) = %3</translation>
    </message>
    <message>
        <source>SiLU(%1) = %1 · σ(%1) = %2;  SiLU′(%1) = %3</source>
        <translation>SiLU(%1) = %1 · σ(%1) = %2；SiLU′(%1) = %3</translation>
    </message>
    <message>
        <source>Mish(%1) = %1 · tanh(ln(1 + e&lt;sup&gt;%1&lt;/sup&gt;)) = %2;  Mish′(%1) = %3</source>
        <translation>Mish(%1) = %1 · tanh(ln(1 + e&lt;sup&gt;%1&lt;/sup&gt;)) = %2；Mish′(%1) = %3</translation>
    </message>
    <message>
        <source>Softplus(%1) = ln(1 + e&lt;sup&gt;%2·%1&lt;/sup&gt;) / %2 (or %1 once %2·%1 &gt; %3) = %4;  Softplus′(%1) = %5</source>
        <translation>Softplus(%1) = ln(1 + e&lt;sup&gt;%2·%1&lt;/sup&gt;) / %2（当 %2·%1 &gt; %3 时直接取 %1）= %4；Softplus′(%1) = %5</translation>
    </message>
    <message>
        <source>Softsign(%1) = %1 / (1 + |%1|) = %2;  Softsign′(%1) = %3</source>
        <translation>Softsign(%1) = %1 / (1 + |%1|) = %2；Softsign′(%1) = %3</translation>
    </message>
    <message>
        <source>LogSigmoid(%1) = ln σ(%1) = %2;  LogSigmoid′(%1) = 1 − σ(%1) = %3</source>
        <translation>LogSigmoid(%1) = ln σ(%1) = %2；LogSigmoid′(%1) = 1 − σ(%1) = %3</translation>
    </message>
    <message>
        <source>Tanhshrink(%1) = %1 − tanh(%1) = %2;  Tanhshrink′(%1) = tanh²(%1) = %3</source>
        <translation>Tanhshrink(%1) = %1 − tanh(%1) = %2；Tanhshrink′(%1) = tanh²(%1) = %3</translation>
    </message>
    <message>
        <source>flat: |f′| &lt; %1</source>
        <translation>平坦：|f′| &lt; %1</translation>
    </message>
    <message>
        <source>Other activations</source>
        <translation>其他激活函数</translation>
    </message>
    <message>
        <source>pick an activation: 1–5 are ReLU, LeakyReLU, Sigmoid, Tanh and Softmax, 6–9 the next ones down the list</source>
        <translation>选择激活函数：1–5 依次为 ReLU、LeakyReLU、Sigmoid、Tanh、Softmax，6–9 为列表中往下的几个</translation>
    </message>
    <message>
        <source>Re-sample</source>
        <translation>重新抽样</translation>
    </message>
    <message>
        <source>Draw new random slopes: the next seed.</source>
        <translation>抽取新的随机斜率：使用下一个种子。</translation>
    </message>
    <message>
        <source>Training, seed %1: each x ≤ 0 gets its own slope drawn from [%2, %3); a single x drawn alone: f(%4) = %5;  f′(%4) = %6</source>
        <translation>训练模式，种子 %1：每个 x ≤ 0 从 [%2, %3) 中抽取自己的斜率；单独抽取一个 x 时：f(%4) = %5；f′(%4) = %6</translation>
    </message>
    <message>
        <source>Evaluation: the mean slope (%1 + %2) / 2 for x ≤ 0.&lt;br&gt;f(%3) = %4;  f′(%3) = %5</source>
        <translation>评估模式：x ≤ 0 时使用平均斜率 (%1 + %2) / 2。&lt;br&gt;f(%3) = %4；f′(%3) = %5</translation>
    </message>
    <message>
        <source>With weight = %1: f(x) = x for x &gt; 0, %1 · x otherwise.&lt;br&gt;f(%2) = %3;  f′(%2) = %4</source>
        <translation>weight = %1 时：x &gt; 0 时 f(x) = x，否则为 %1 · x。&lt;br&gt;f(%2) = %3；f′(%2) = %4</translation>
    </message>
    <message>
        <source>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂a = σ(b) = %5</source>
        <translation>dim = %1。(a, b) = (%2, %3)：GLU = a · σ(b) = %4；∂/∂a = σ(b) = %5</translation>
    </message>
    <message>
        <source>dim = %1. (a, b) = (%2, %3): GLU = a · σ(b) = %4;  ∂/∂b = a σ(b)(1 − σ(b)) = %5</source>
        <translation>dim = %1。(a, b) = (%2, %3)：GLU = a · σ(b) = %4；∂/∂b = a σ(b)(1 − σ(b)) = %5</translation>
    </message>
</context>
<context>
    <name>al::DeepWorkspace</name>
    <message>
        <source>The gradients overflowed: they exploded beyond float32's range.</source>
        <translation>梯度溢出了：它们爆炸到超出 float32 的表示范围。</translation>
    </message>
    <message>
        <source>The gradients explode: up to %1. Each layer multiplies the signal by more than 1, forward and backward; one SGD step with them would throw the network's weights away.</source>
        <translation>梯度爆炸：最大达到 %1。每一层都把信号放大一倍以上，前向和反向都是如此；用这样的梯度做一步 SGD，网络的权重就全毁了。</translation>
    </message>
    <message>
        <source>One layer: nothing to compare yet. Drag the depth up.</source>
        <translation>只有一层：还没有可比较的。把深度往上拖。</translation>
    </message>
    <message>
        <source>fc1 gets a gradient of exactly 0: nothing reaches the first layer, it cannot learn.</source>
        <translation>fc1 得到的梯度恰好为 0：没有任何梯度传到第一层，它无法学习。</translation>
    </message>
    <message>
        <source>fc%1 gets a gradient of exactly 0.</source>
        <translation>fc%1 得到的梯度恰好为 0。</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient vanishes on its way back to the input, and the first layers barely learn.</source>
        <translation>fc1 得到的梯度是 fc%2 的 %1 倍：梯度在传回输入的路上消失了，前面几层几乎学不到东西。</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient explodes on its way back to the input.</source>
        <translation>fc1 得到的梯度是 fc%2 的 %1 倍：梯度在传回输入的路上爆炸了。</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient stays level through the stack.</source>
        <translation>fc1 得到的梯度是 fc%2 的 %1 倍：梯度在整个网络中保持平稳。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loss %1.&lt;/b&gt; ‖∂L/∂W‖ of fc1: %2; of fc%3: %4.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;损失 %1。&lt;/b&gt;fc1 的 ‖∂L/∂W‖：%2；fc%3 的：%4。&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backpropagation multiplies the gradient, layer by layer, by the weights and by f′. Sigmoid's f′ is at most 0.25, so with nn.Linear's default weights the product shrinks geometrically with depth. ReLU's f′ is 1 where a unit is active: with Kaiming's initialisation the signal keeps its size. Weights scaled above that multiply it by more than 1 per layer, and it explodes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;反向传播逐层把梯度乘以权重和 f′。Sigmoid 的 f′ 最大只有 0.25，所以在 nn.Linear 的默认权重下，这个乘积随深度按几何级数缩小。ReLU 在单元激活时 f′ 为 1：配合 Kaiming 初始化，信号的大小保持不变。权重再放大，每层就乘上一个大于 1 的数，梯度随之爆炸。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>权重缩放</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Set pieces</source>
        <translation>预设演示</translation>
    </message>
    <message>
        <source>nn.Linear's default</source>
        <translation>nn.Linear 默认</translation>
    </message>
    <message>
        <source>Kaiming normal (for ReLU)</source>
        <translation>Kaiming 正态（适合 ReLU）</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>Hidden layers, 1 to %1</source>
        <translation>隐藏层数，1 到 %1</translation>
    </message>
    <message>
        <source>Every weight multiplied by this after its initialisation</source>
        <translation>初始化之后，每个权重都乘以这个数</translation>
    </message>
    <message>
        <source>Sigmoid: gradients vanish</source>
        <translation>Sigmoid：梯度消失</translation>
    </message>
    <message>
        <source>ReLU + Kaiming: level</source>
        <translation>ReLU + Kaiming：保持平稳</translation>
    </message>
    <message>
        <source>Weights ×2: gradients explode</source>
        <translation>权重 ×2：梯度爆炸</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖ (log)</source>
        <translation>‖∂L/∂W‖（对数）</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>middle 50 %</source>
        <translation>中间 50 %</translation>
    </message>
    <message>
        <source>middle 90 %</source>
        <translation>中间 90 %</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>dead units (%)</source>
        <translation>死亡单元 (%)</translation>
    </message>
    <message>
        <source>saturated (%)</source>
        <translation>饱和 (%)</translation>
    </message>
    <message>
        <source>none counted</source>
        <translation>不统计</translation>
    </message>
    <message>
        <source>%1, depth %2, width %3, %4 init, weight scale %5</source>
        <translation>%1，深度 %2，宽度 %3，%4 初始化，权重缩放 %5</translation>
    </message>
    <message>
        <source>Gradient norm, spread of the outputs and share of saturated or dead units, layer by layer</source>
        <translation>逐层的梯度范数、输出分布和饱和或死亡单元的比例</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The gradients overflow float32</source>
        <translation>梯度超出了 float32 的范围</translation>
    </message>
    <message>
        <source>The gradients explode: up to %1</source>
        <translation>梯度爆炸：最大达到 %1</translation>
    </message>
    <message>
        <source>One layer</source>
        <translation>只有一层</translation>
    </message>
    <message>
        <source>fc1 gets no gradient</source>
        <translation>fc1 得不到梯度</translation>
    </message>
    <message>
        <source>fc%1 gets no gradient</source>
        <translation>fc%1 得不到梯度</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it vanishes</source>
        <translation>fc1 的梯度是 fc%2 的 %1 倍：梯度消失</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it explodes</source>
        <translation>fc1 的梯度是 fc%2 的 %1 倍：梯度爆炸</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: level</source>
        <translation>fc1 的梯度是 fc%2 的 %1 倍：保持平稳</translation>
    </message>
    <message>
        <source>none in any layer</source>
        <translation>各层均为 0</translation>
    </message>
    <message>
        <source>"%1" is not an elementwise activation.</source>
        <translation>“%1”不是逐元素的激活函数。</translation>
    </message>
    <message>
        <source>Use default, kaiming or xavier.</source>
        <translation>请使用 default、kaiming 或 xavier。</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it shrinks</source>
        <translation>fc1 的梯度是 fc%2 的 %1 倍：梯度变小</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient shrinks on its way back to the input, so the first layers learn more slowly than the last.</source>
        <translation>fc1 得到的梯度是 fc%2 的 %1 倍：梯度在传回输入的路上变小了，所以前面几层比后面几层学得慢。</translation>
    </message>
    <message>
        <source>fc1 gets %1 × the gradient of fc%2: it grows</source>
        <translation>fc1 的梯度是 fc%2 的 %1 倍：梯度变大</translation>
    </message>
    <message>
        <source>fc1 gets %1 times the gradient of fc%2: the gradient grows on its way back to the input, so the first layers take larger steps than the last.</source>
        <translation>fc1 得到的梯度是 fc%2 的 %1 倍：梯度在传回输入的路上变大了，所以前面几层的更新步子比后面几层大。</translation>
    </message>
</context>
<context>
    <name>al::Language</name>
    <message>
        <source>Unknown language "%1" (available: zh_CN, en).</source>
        <translation>未知语言“%1”（可用：zh_CN、en）。</translation>
    </message>
    <message>
        <source>The %1 catalogue could not be loaded; the language stays as it was.</source>
        <translation>无法加载 %1 语言包，界面语言保持不变。</translation>
    </message>
</context>
<context>
    <name>al::LessonPlayer</name>
    <message>
        <source>Slide %1 could not be shown: %2</source>
        <translation>第 %1 张幻灯片无法展示：%2</translation>
    </message>
    <message>
        <source>Predict, then press Page Down to look.</source>
        <translation>先预测，再按 Page Down 查看。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>The previous slide (Page Up)</source>
        <translation>上一张幻灯片（Page Up）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>The next slide, or a question's answer (Page Down)</source>
        <translation>下一张幻灯片，或揭晓问题的答案（Page Down）</translation>
    </message>
    <message>
        <source>Show slide again</source>
        <translation>重新显示本张</translation>
    </message>
    <message>
        <source>Back to this slide's own settings after touching the controls</source>
        <translation>动过控件之后，回到这张幻灯片本来的设置</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课件</translation>
    </message>
    <message>
        <source>%1: no slides yet. Lessons &gt; Add this view as a slide.</source>
        <translation>%1：还没有幻灯片。请用 课件 &gt; 将当前视图添加为幻灯片。</translation>
    </message>
    <message>
        <source>%1 · %2 / %3: %4</source>
        <translation>%1 · %2 / %3：%4</translation>
    </message>
    <message>
        <source>A question covers the picture: Page Down shows the answer.</source>
        <translation>问题遮住了图像：按 Page Down 揭晓答案。</translation>
    </message>
    <message>
        <source>Teacher's note: %1</source>
        <translation>教师备注：%1</translation>
    </message>
    <message>
        <source>The lesson has no slides yet: add one first.</source>
        <translation>课件还没有幻灯片：请先添加一张。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>一个问题</translation>
    </message>
</context>
<context>
    <name>al::LessonsMenu</name>
    <message>
        <source>Lesson not opened</source>
        <translation>课件未打开</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新课件</translation>
    </message>
    <message>
        <source>There is no built-in lesson "%1"; the built-in ones are: %2.</source>
        <translation>没有名为“%1”的内置课件；内置课件有：%2。</translation>
    </message>
    <message>
        <source>Opened with problems: %1</source>
        <translation>已打开，但有问题：%1</translation>
    </message>
    <message>
        <source>Unsaved lesson</source>
        <translation>课件未保存</translation>
    </message>
    <message>
        <source>The lesson "%1" has changes that are not saved. Save them?</source>
        <translation>课件“%1”有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课件</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>课件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课件</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课件 (*.json)</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>课件未保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Edit slide %1</source>
        <translation>编辑第 %1 张幻灯片</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Narration (English)</source>
        <translation>讲解词（英文）</translation>
    </message>
    <message>
        <source>Narration (Chinese)</source>
        <translation>讲解词（中文）</translation>
    </message>
    <message>
        <source>Teacher's note (English)</source>
        <translation>教师备注（英文）</translation>
    </message>
    <message>
        <source>Teacher's note (Chinese)</source>
        <translation>教师备注（中文）</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>打开课件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent lessons</source>
        <translation>最近的课件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>新建课件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add this view as a slide</source>
        <translation>将当前视图添加为幻灯片(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit slide texts…</source>
        <translation>编辑幻灯片文字(&amp;E)…</translation>
    </message>
    <message>
        <source>Move slide &amp;earlier</source>
        <translation>幻灯片前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move slide &amp;later</source>
        <translation>幻灯片后移(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete slide</source>
        <translation>删除幻灯片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>保存课件(&amp;S)</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>课件另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>导出讲义 (PDF)(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课件(&amp;C)</translation>
    </message>
    <message>
        <source>This lesson has slides 1 to %1 only.</source>
        <translation>这个课件只有第 1 到第 %1 张幻灯片。</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>课件(&amp;E)</translation>
    </message>
</context>
<context>
    <name>al::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; the defaults are used this time.</source>
        <translation>无法读取设置文件 %1，本次使用默认设置。</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>This workspace has no plot; export its table as CSV.</source>
        <translation>这个工作区没有图像，请把表格导出为 CSV。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>About Activation Lab</source>
        <translation>关于激活函数实验室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab %1&lt;/h3&gt;&lt;p&gt;The activation functions of PyTorch's torch.nn, for the classroom. Every number is computed as PyTorch computes it (float32, CPU).&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · Eigen %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;激活函数实验室 %1&lt;/h3&gt;&lt;p&gt;在课堂上讲解 PyTorch torch.nn 中的激活函数。每一个数都按 PyTorch 的方式计算（float32，CPU）。&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3 · Eigen %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The settings file could not be read; it was kept as %1 and the defaults are used.</source>
        <translation>无法读取设置文件；它已另存为 %1，本次使用默认设置。</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>The menus (the menu bar is folded away in presentation mode)</source>
        <translation>全部菜单（演示模式下菜单栏已收起）</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>There is no activation called "%1".</source>
        <translation>没有名为“%1”的激活函数。</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1; this lesson will not be remembered.</source>
        <translation>设置无法保存到 %1；本节课的状态不会被记住。</translation>
    </message>
    <message>
        <source>Numbers are written as in Python, with a decimal point: 1.5, not 1,5.</source>
        <translation>数字按 Python 的写法输入，用小数点：1.5，而不是 1,5。</translation>
    </message>
    <message>
        <source>Export Python program</source>
        <translation>导出 Python 程序</translation>
    </message>
    <message>
        <source>Python program (*.py)</source>
        <translation>Python 程序 (*.py)</translation>
    </message>
    <message>
        <source>There is no workspace "%1".</source>
        <translation>没有名为“%1”的工作区。</translation>
    </message>
</context>
<context>
    <name>al::MlpState</name>
    <message>
        <source>The seed must be between 0 and 4294967295.</source>
        <translation>随机种子必须在 0 到 4294967295 之间。</translation>
    </message>
    <message>
        <source>"%1" cannot go between the layers: choose an elementwise activation.</source>
        <translation>“%1”不能放在层与层之间：请选择逐元素的激活函数。</translation>
    </message>
    <message>
        <source>negative_slope must be a number from -1000 to 1000; %1 was refused.</source>
        <translation>negative_slope 必须是 -1000 到 1000 之间的数；%1 未被接受。</translation>
    </message>
    <message>
        <source>The bias shift must be between -%1 and %1.</source>
        <translation>偏置平移量必须在 -%1 和 %1 之间。</translation>
    </message>
    <message>
        <source>There is no such neuron.</source>
        <translation>没有这个神经元。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; the network was not changed.</source>
        <translation>%1 大于 64 MiB；网络未做更改。</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2. The network was not changed.</source>
        <translation>未能加载 %1：%2。网络未做更改。</translation>
    </message>
    <message>
        <source>Choose a sample from 0 to %1.</source>
        <translation>请选择 0 到 %1 之间的样本。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Each target is a class index from 0 to %1, one per sample; "%2" is not.</source>
        <translation>每个目标都是 0 到 %1 之间的类别编号，每个样本一个；"%2" 不是。</translation>
    </message>
    <message>
        <source>The batch has %1 samples: give %1 targets, separated by commas.</source>
        <translation>这批数据有 %1 个样本：请给出 %1 个目标，用逗号分隔。</translation>
    </message>
    <message>
        <source>Train 1 to %1 steps at a time.</source>
        <translation>每次训练 1 到 %1 步。</translation>
    </message>
</context>
<context>
    <name>al::MlpWorkspace</name>
    <message>
        <source>Load weights</source>
        <translation>加载权重</translation>
    </message>
    <message>
        <source>State dict (*.json);;All files (*)</source>
        <translation>状态字典 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <source>State dict (*.json)</source>
        <translation>状态字典 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>After fc%1:</source>
        <translation>fc%1 之后：</translation>
    </message>
    <message>
        <source>Units dead after the first activation (0 for the whole batch): %1</source>
        <translation>第一个激活函数之后死亡的神经元（对整个批次都为 0）：%1</translation>
    </message>
    <message>
        <source>unit of %1 (sample %2)</source>
        <translation>%1 的神经元（样本 %2）</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>unit (whole batch)</source>
        <translation>神经元（整个批次）</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4</source>
        <translation>最小 %1 · 最大 %2 · 均值 %3 · 标准差 %4</translation>
    </message>
    <message>
        <source>exact zeros: &lt;b&gt;%1&lt;/b&gt; · units dead for the whole batch: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>恰好为 0：&lt;b&gt;%1&lt;/b&gt; · 对整个批次都死亡的神经元：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>saturated (|y| &gt; 0.99, f′ ≈ 0): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>饱和（|y| &gt; 0.99，f′ ≈ 0）：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>row sums: %1</source>
        <translation>每行之和：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, unit %2, sample %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1，神经元 %2，样本 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An input value: x = %1</source>
        <translation>一个输入值：x = %1</translation>
    </message>
    <message>
        <source>z = Σ wᵢ·xᵢ + b (fc%1, weight row %2)</source>
        <translation>z = Σ wᵢ·xᵢ + b（fc%1，权重第 %2 行）</translation>
    </message>
    <message>
        <source>all other terms</source>
        <translation>其余所有项</translation>
    </message>
    <message>
        <source>%1(z) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1(z) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Activation after fc%1</source>
        <translation>fc%1 之后的激活函数</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, shape [%4, %5]</source>
        <translation>第 %1 / %2 步：%3，形状 [%4, %5]</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Explanation and console</source>
        <translation>说明与控制台</translation>
    </message>
    <message>
        <source>Step forward: each stage prints here what the Python program prints.</source>
        <translation>向前执行：每个阶段都会在这里打印 Python 程序打印的内容。</translation>
    </message>
    <message>
        <source>Forward pass, step %1 of %2: %3, shape %4</source>
        <translation>前向传播，第 %1 / %2 步：%3，形状 %4</translation>
    </message>
    <message>
        <source>nn.CrossEntropyLoss of the logits: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;It applies log_softmax itself: it takes fc%2's logits, never the softmax stage (that one is for reading probabilities).&lt;br&gt;‖∂L/∂W‖: %3</source>
        <translation>logits 的 nn.CrossEntropyLoss：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;它自己会做 log_softmax：输入的是 fc%2 的 logits，而不是 softmax 阶段（那一步只是用来读概率的）。&lt;br&gt;‖∂L/∂W‖：%3</translation>
    </message>
    <message>
        <source>fc1 units ≤ 0 for the whole batch (dead under ReLU): &lt;b&gt;%1&lt;/b&gt;, of which %2 get a gradient row of exactly 0.</source>
        <translation>对整批数据都 ≤ 0 的 fc1 单元（在 ReLU 下即死亡）：&lt;b&gt;%1&lt;/b&gt; 个，其中 %2 个的梯度行恰好为 0。</translation>
    </message>
    <message>
        <source>Trained %1 steps: loss %2 → %3.&lt;br&gt;Units ≤ 0 per step: %4</source>
        <translation>已训练 %1 步：损失 %2 → %3。&lt;br&gt;每一步 ≤ 0 的单元数：%4</translation>
    </message>
    <message>
        <source>∂L/∂(%1) per unit (sample %2)</source>
        <translation>各单元的 ∂L/∂(%1)（样本 %2）</translation>
    </message>
    <message>
        <source>∂L/∂W</source>
        <translation>∂L/∂W</translation>
    </message>
    <message>
        <source>input unit</source>
        <translation>输入单元</translation>
    </message>
    <message>
        <source>∂L/∂(%1)</source>
        <translation>∂L/∂(%1)</translation>
    </message>
    <message>
        <source>Loss, gradients and training</source>
        <translation>损失、梯度与训练</translation>
    </message>
    <message>
        <source>Show gradients ∂L/∂· (loss.backward())</source>
        <translation>显示梯度 ∂L/∂·（loss.backward()）</translation>
    </message>
    <message>
        <source>Colour the diagram and the charts by the gradient of the loss instead of the values</source>
        <translation>用损失的梯度而不是数值为网络图和图表着色</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>One class index per sample, separated by commas</source>
        <translation>每个样本一个类别编号，用逗号分隔</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>torch.optim.SGD on the batch and the targets; the network keeps the trained weights</source>
        <translation>在这批数据和目标上运行 torch.optim.SGD；网络保留训练后的权重</translation>
    </message>
    <message>
        <source>Seed's weights</source>
        <translation>种子的权重</translation>
    </message>
    <message>
        <source>Back to the weights torch.manual_seed gives (untrained)</source>
        <translation>恢复 torch.manual_seed 给出的权重（未训练）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>show or hide the gradients ∂L/∂· of the loss</source>
        <translation>显示或隐藏损失的梯度 ∂L/∂·</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&lt;b&gt;∂L/∂ %1, unit %2, sample %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;∂L/∂ %1，单元 %2，样本 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss is the batch's mean of −log softmax(logits)[target]: for a logit, δ = (p − [unit = target]) / batch.</source>
        <translation>损失是整批样本 −log softmax(logits)[target] 的平均值：对一个 logit，δ = (p − [单元 = 目标]) / 批大小。</translation>
    </message>
    <message>
        <source>p = %1, target: %2&lt;br&gt;δ = (%1 − %3) / %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>p = %1，目标：%2&lt;br&gt;δ = (%1 − %3) / %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this unit</source>
        <translation>就是这个单元</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>另一个单元</translation>
    </message>
    <message>
        <source>Back through %1: δ(z) = δ(%1's output) × f′(z).</source>
        <translation>反向穿过 %1：δ(z) = δ(%1 的输出) × f′(z)。</translation>
    </message>
    <message>
        <source>δ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>δ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f′(z) = 0: nothing passes back to this unit's weights (a dead unit).</source>
        <translation>f′(z) = 0：没有梯度传回这个单元的权重（死亡单元）。</translation>
    </message>
    <message>
        <source>δ = Σₖ W[k, %1] · δₖ over fc%2's units, largest first:</source>
        <translation>δ = Σₖ W[k, %1] · δₖ，对 fc%2 的各单元求和，按绝对值从大到小：</translation>
    </message>
    <message>
        <source>δ = &lt;b&gt;%1&lt;/b&gt; (autograd's sum)</source>
        <translation>δ = &lt;b&gt;%1&lt;/b&gt;（autograd 求和的结果）</translation>
    </message>
    <message>
        <source>The loss reads these logits: backward starts here (Step back).</source>
        <translation>损失读取的是这些 logits：反向传播从这里开始（点“后退”）。</translation>
    </message>
    <message>
        <source>fc%1 unit</source>
        <translation>fc%1 单元</translation>
    </message>
    <message>
        <source>Python code of the loss, the backward pass and Train</source>
        <translation>损失、反向传播与训练的 Python 代码</translation>
    </message>
    <message>
        <source>Norm of each layer's weight gradient, log scale</source>
        <translation>每层权重梯度的范数（对数刻度）</translation>
    </message>
    <message>
        <source>Give %1 activations, one per hidden layer.</source>
        <translation>请给出 %1 个激活函数，每个隐藏层一个。</translation>
    </message>
    <message>
        <source>Gradients go back from the logits, stage %1 at most.</source>
        <translation>梯度从 logits 往回传，阶段最多为 %1。</translation>
    </message>
</context>
<context>
    <name>al::NetworkDiagram</name>
    <message>
        <source>value of sample %1 in %2 (each column on its own scale)</source>
        <translation>样本 %1 在 %2 中的值（每列各用自己的色标）</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>ring: the neuron the notes explain (F7)</source>
        <translation>圆环：说明栏（F7）中解释的神经元</translation>
    </message>
    <message>
        <source>∂L/∂(%2) of sample %1 (each column on its own scale)</source>
        <translation>样本 %1 的 ∂L/∂(%2)（每列各用自己的色标）</translation>
    </message>
    <message>
        <source>no gradient: the loss reads the logits, not the probabilities</source>
        <translation>没有梯度：损失读取的是 logits，而不是概率</translation>
    </message>
</context>
<context>
    <name>al::ParameterEditor</name>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to PyTorch's default, %1</source>
        <translation>恢复 PyTorch 的默认值 %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 滑块</translation>
    </message>
</context>
<context>
    <name>al::SoftmaxState</name>
    <message>
        <source>A %1-D tensor can be at most %2 here; %3 is too big or empty.</source>
        <translation>这里的 %1 维张量最大为 %2；%3 太大或为空。</translation>
    </message>
    <message>
        <source>"%1" is not a number; the cell keeps %2. (nan, inf and -inf are accepted, as in PyTorch.)</source>
        <translation>“%1”不是数字，单元格保持 %2。（与 PyTorch 一样，可以输入 nan、inf 和 -inf。）</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>没有这个单元格。</translation>
    </message>
    <message>
        <source>The pasted JSON was not used: %1</source>
        <translation>粘贴的 JSON 未被使用：%1</translation>
    </message>
    <message>
        <source>Row %1 of the pasted table has %2 cells, the first row %3; nothing was changed.</source>
        <translation>粘贴的表格第 %1 行有 %2 个单元格，第一行有 %3 个；未做任何更改。</translation>
    </message>
    <message>
        <source>"%1" in row %2 is not a number; nothing was changed.</source>
        <translation>第 %2 行的“%1”不是数字；未做任何更改。</translation>
    </message>
    <message>
        <source>The clipboard holds no numbers.</source>
        <translation>剪贴板中没有数字。</translation>
    </message>
    <message>
        <source>The temperature must be between %1 and %2.</source>
        <translation>温度必须在 %1 和 %2 之间。</translation>
    </message>
    <message>
        <source>Choose a slice from 1 to %1.</source>
        <translation>请选择 1 到 %1 之间的切片。</translation>
    </message>
    <message>
        <source>A target must be a class from 0 to %1.</source>
        <translation>目标必须是 0 到 %1 之间的类别。</translation>
    </message>
    <message>
        <source>"%1": numbers here are written as in Python, with a decimal point (1.5, not 1,5) and no thousands separator; the cell keeps %2.</source>
        <translation>“%1”：这里的数字按 Python 的写法输入，用小数点（1.5，而不是 1,5），不加千位分隔符；单元格保留 %2。</translation>
    </message>
    <message>
        <source>The logits must have 1, 2, 3 or 4 dimensions.</source>
        <translation>logits 必须是 1、2、3 或 4 维。</translation>
    </message>
    <message>
        <source>%1 here takes 1-, 2- or 3-D logits; 4-D logits are for softmax2d.</source>
        <translation>这里的 %1 接受一维、二维或三维 logits；四维 logits 用于 softmax2d。</translation>
    </message>
    <message>
        <source>glu here takes 1- or 2-D logits; these are %1-D.</source>
        <translation>这里的 glu 接受一维或二维 logits；当前的是 %1 维。</translation>
    </message>
    <message>
        <source>%1 does not take logits of shape %2: %3. New random logits of shape %4 were drawn (seed %5).</source>
        <translation>%1 不接受形状为 %2 的 logits：%3。已改为随机生成形状为 %4 的新 logits（种子 %5）。</translation>
    </message>
</context>
<context>
    <name>al::SoftmaxWorkspace</name>
    <message>
        <source>PyTorch code copied to the clipboard.</source>
        <translation>PyTorch 代码已复制到剪贴板。</translation>
    </message>
    <message>
        <source>every sum is 1</source>
        <translation>每个和都是 1</translation>
    </message>
    <message>
        <source>dim %1</source>
        <translation>第 %1 维</translation>
    </message>
    <message>
        <source> · classes</source>
        <translation> · 类别</translation>
    </message>
    <message>
        <source> · batch</source>
        <translation> · 批次</translation>
    </message>
    <message>
        <source>dim 0 = %1</source>
        <translation>第 0 维 = %1</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>dim 0 runs across the slices: each cell position adds up to 1 over the %1 slices.</source>
        <translation>第 0 维跨越各个切片：每个单元格位置在 %1 个切片上的和为 1。</translation>
    </message>
    <message>
        <source>Sums along dim %1: %2</source>
        <translation>沿 dim %1 的和：%2</translation>
    </message>
    <message>
        <source>j (logit zⱼ)</source>
        <translation>j（logit zⱼ）</translation>
    </message>
    <message>
        <source>i (probability pᵢ)</source>
        <translation>i（概率 pᵢ）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax does not change when the same number is added to every logit. The app (like PyTorch) subtracts the largest logit before exp, so no exponent is above 0. Written naively, exp(1000) overflows float32 (largest ≈ 3.4·10³⁸) to inf, and inf / inf is nan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;给每个 logit 加上同一个数，Softmax 的结果不变。本程序（与 PyTorch 一样）在求 exp 之前先减去最大的 logit，因此所有指数都不大于 0。若直接计算，exp(1000) 会超出 float32 的范围（最大约 3.4·10³⁸）变成 inf，而 inf / inf 得到 nan。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>Logits（未归一化的分数）</translation>
    </message>
    <message>
        <source>Naive exp(x) / Σ exp(x)</source>
        <translation>直接计算 exp(x) / Σ exp(x)</translation>
    </message>
    <message>
        <source>Max subtracted (PyTorch)</source>
        <translation>先减去最大值（PyTorch 的做法）</translation>
    </message>
    <message>
        <source>Slice %1 of your tensor (÷ T)</source>
        <translation>你的张量的第 %1 个切片（÷ T）</translation>
    </message>
    <message>
        <source>Target class of each sample (row):</source>
        <translation>每个样本（行）的目标类别：</translation>
    </message>
    <message>
        <source>Cross-entropy needs a 2-D tensor of shape (batch_size, num_classes).</source>
        <translation>交叉熵需要形状为 (batch_size, num_classes) 的二维张量。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标类别</translation>
    </message>
    <message>
        <source>Loss of this sample</source>
        <translation>该样本的损失</translation>
    </message>
    <message>
        <source>Target of sample %1</source>
        <translation>样本 %1 的目标类别</translation>
    </message>
    <message>
        <source>&lt;p&gt;nn.CrossEntropyLoss()(logits, target) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;nn.NLLLoss()(F.log_softmax(logits, dim=1), target) = &lt;b&gt;%2&lt;/b&gt; — the same: the loss applies LogSoftmax itself.&lt;br&gt;nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target) = &lt;b&gt;%3&lt;/b&gt; — a different, wrong number: softmax applied twice. Leave nn.Softmax out of a model trained with CrossEntropyLoss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;nn.CrossEntropyLoss()(logits, target) = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;nn.NLLLoss()(F.log_softmax(logits, dim=1), target) = &lt;b&gt;%2&lt;/b&gt; —— 完全相同：这个损失函数内部已经做了 LogSoftmax。&lt;br&gt;nn.CrossEntropyLoss()(F.softmax(logits, dim=1), target) = &lt;b&gt;%3&lt;/b&gt; —— 不同且错误：Softmax 被做了两次。用 CrossEntropyLoss 训练的模型不要再加 nn.Softmax。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>softmax applied twice</source>
        <translation>Softmax 被做了两次</translation>
    </message>
    <message>
        <source>1-D: one vector of logits</source>
        <translation>一维：一个 logits 向量</translation>
    </message>
    <message>
        <source>2-D: (batch_size, num_classes)</source>
        <translation>二维：(batch_size, num_classes)</translation>
    </message>
    <message>
        <source>3-D: a stack of batches</source>
        <translation>三维：多个批次叠在一起</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column now adds up to 1, so one sample's probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;dim=0 是沿批次方向归一化。现在每一列之和为 1，一个样本的概率竟取决于同一批中的其他样本。对 (batch_size, num_classes) 的输出应使用 dim=1。</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>结果的不同视图</translation>
    </message>
    <message>
        <source>dim=%1 normalises each row: every sample's probabilities add up to 1 on their own, whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</source>
        <translation>dim=%1 按行归一化：每个样本的概率各自加起来等于 1，与同一批中的其他样本无关。(batch_size, num_classes) 形状的输出正需要这样。</translation>
    </message>
    <message>
        <source>softmax(logits / %1, dim=%2), logits of shape %3</source>
        <translation>softmax(logits / %1, dim=%2)，logits 的形状为 %3</translation>
    </message>
    <message>
        <source>The logits are too long.</source>
        <translation>logits 太长了。</translation>
    </message>
    <message>
        <source>Give one class index per row of the logits, from 0 to the last class.</source>
        <translation>请为 logits 的每一行给出一个类别索引，从 0 到最后一个类别。</translation>
    </message>
    <message>
        <source>Use probabilities, jacobian, stability or crossEntropy.</source>
        <translation>请使用 probabilities、jacobian、stability 或 crossEntropy。</translation>
    </message>
    <message>
        <source>nn.Softmax2d has no dim: it always normalises over the channels, dim -3</source>
        <translation>nn.Softmax2d 没有 dim 参数：它总是沿通道（dim -3）归一化</translation>
    </message>
    <message>
        <source>The dimension glu halves; its size must be even</source>
        <translation>glu 将哪个维度减半；该维度的大小必须是偶数</translation>
    </message>
    <message>
        <source>log-probabilities: their exp adds up to 1</source>
        <translation>对数概率：它们的 exp 之和为 1</translation>
    </message>
    <message>
        <source>each position's channels add up to 1</source>
        <translation>每个位置上各通道之和为 1</translation>
    </message>
    <message>
        <source>y = a * torch.sigmoid(b)</source>
        <translation>y = a * torch.sigmoid(b)</translation>
    </message>
    <message>
        <source>log-probability</source>
        <translation>对数概率</translation>
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
        <translation>n %1 · 通道 %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>Σ over the channels</source>
        <translation>Σ（对所有通道求和）</translation>
    </message>
    <message>
        <source>a: first half %1</source>
        <translation>a：前一半 %1</translation>
    </message>
    <message>
        <source>b: second half %1</source>
        <translation>b：后一半 %1</translation>
    </message>
    <message>
        <source>a ⊗ σ(b): output %1</source>
        <translation>a ⊗ σ(b)：输出 %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>glu halves dim %1: logits of shape %2 give an output of shape %3.</source>
        <translation>glu 将 dim %1 减半：形状为 %2 的 logits 得到形状为 %3 的输出。</translation>
    </message>
    <message>
        <source>Sums over the %1 channels (dim -3) at each position: %2</source>
        <translation>每个位置上 %1 个通道（dim -3）之和：%2</translation>
    </message>
    <message>
        <source>Sums of exp(y) along dim %1: %2</source>
        <translation>沿 dim %1 的 exp(y) 之和：%2</translation>
    </message>
    <message>
        <source>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T: positive on the diagonal, negative elsewhere; every row sums to 0.</source>
        <translation>∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T：对角线为正，其余为负；每一行之和为 0。</translation>
    </message>
    <message>
        <source>∂yᵢ/∂zⱼ = (δᵢⱼ − pⱼ) / T with p = softmax(z): every row is the same but for its diagonal, and sums to 0.</source>
        <translation>∂yᵢ/∂zⱼ = (δᵢⱼ − pⱼ) / T，其中 p = softmax(z)：除对角线外每一行都相同，且每一行之和为 0。</translation>
    </message>
    <message>
        <source>softmin(z) = softmax(−z), so ∂pᵢ/∂zⱼ = −pᵢ(δᵢⱼ − pⱼ) / T: the softmax Jacobian of −z, negated: negative on the diagonal.</source>
        <translation>softmin(z) = softmax(−z)，因此 ∂pᵢ/∂zⱼ = −pᵢ(δᵢⱼ − pⱼ) / T：即 softmax 在 −z 处的雅可比矩阵取相反数，对角线为负。</translation>
    </message>
    <message>
        <source>∂yᵢ/∂xⱼ of one slice: %1 outputs by %2 inputs. yᵢ depends on aᵢ (σ(bᵢ)) and on bᵢ (aᵢ σ(bᵢ)(1 − σ(bᵢ))) only.</source>
        <translation>一个切片的 ∂yᵢ/∂xⱼ：%1 个输出 × %2 个输入。yᵢ 只依赖于 aᵢ（σ(bᵢ)）和 bᵢ（aᵢ σ(bᵢ)(1 − σ(bᵢ))）。</translation>
    </message>
    <message>
        <source>j (input xⱼ)</source>
        <translation>j（输入 xⱼ）</translation>
    </message>
    <message>
        <source>i (output yᵢ)</source>
        <translation>i（输出 yᵢ）</translation>
    </message>
    <message>
        <source>i (log-probability yᵢ)</source>
        <translation>i（对数概率 yᵢ）</translation>
    </message>
    <message>
        <source>4-D: (N, C, H, W), for softmax2d</source>
        <translation>四维：(N, C, H, W)，用于 softmax2d</translation>
    </message>
    <message>
        <source>log_softmax gives log-probabilities, all ≤ 0. They do not add up to 1; their exp does, since exp(log_softmax(z)) = softmax(z), so the sums below are of exp(y). It is (z − max) − log Σ exp(z − max), finite where log(softmax(z)) would give −inf.</source>
        <translation>log_softmax 输出对数概率，全部 ≤ 0。它们的和不等于 1，但它们的 exp 之和等于 1，因为 exp(log_softmax(z)) = softmax(z)，所以下面求的是 exp(y) 的和。它按 (z − max) − log Σ exp(z − max) 计算，在 log(softmax(z)) 会得到 −inf 的地方仍是有限值。</translation>
    </message>
    <message>
        <source>softmin(z) = softmax(−z): the smallest logit gets the largest probability. Along dim the outputs add up to 1, as softmax's do.</source>
        <translation>softmin(z) = softmax(−z)：最小的 logit 得到最大的概率。与 softmax 一样，沿 dim 的输出之和为 1。</translation>
    </message>
    <message>
        <source>nn.Softmax2d normalises over the channels C (dim −3) at every position (h, w): one heatmap per channel, and each position's %1 values add up to 1 (the Σ heatmap). It has no dim: dim is fixed to the channels.</source>
        <translation>nn.Softmax2d 在每个位置 (h, w) 上沿通道 C（dim −3）归一化：每个通道一张热力图，每个位置上的 %1 个值之和为 1（见 Σ 热力图）。它没有 dim 参数：dim 固定为通道维。</translation>
    </message>
    <message>
        <source>glu(x, dim) splits x along dim into two halves a and b and gives a ⊗ σ(b): dim %1's size halves, from %2 to %3. An odd size cannot be halved.</source>
        <translation>glu(x, dim) 沿 dim 把 x 分成两半 a 和 b，输出 a ⊗ σ(b)：dim %1 的大小减半，从 %2 变为 %3。奇数大小无法减半。</translation>
    </message>
    <message>
        <source>%1(logits / %2, dim=%3), logits of shape %4</source>
        <translation>%1(logits / %2, dim=%3)，logits 的形状为 %4</translation>
    </message>
    <message>
        <source>nn.Softmax2d()(logits / %1), logits of shape %2</source>
        <translation>nn.Softmax2d()(logits / %1)，logits 的形状为 %2</translation>
    </message>
    <message>
        <source>glu(logits, dim=%1), logits of shape %2</source>
        <translation>glu(logits, dim=%1)，logits 的形状为 %2</translation>
    </message>
    <message>
        <source>Use softmax, log_softmax, softmin, softmax2d or glu.</source>
        <translation>请使用 softmax、log_softmax、softmin、softmax2d 或 glu。</translation>
    </message>
    <message>
        <source>The dimension %1 normalises; -1 is the last one</source>
        <translation>%1 在哪个维度上归一化；-1 表示最后一维</translation>
    </message>
    <message>
        <source>Log-probabilities</source>
        <translation>对数概率</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Why Softmax2d has no dim: it is F.softmax(x, dim=-3), always the channels C of an (N, C, H, W) or (C, H, W) input, as a 1 x 1 convolution's classifier needs at every pixel.</source>
        <translation>为什么 Softmax2d 没有 dim：它就是 F.softmax(x, dim=-3)，总是在 (N, C, H, W) 或 (C, H, W) 输入的通道 C 上归一化，正是 1×1 卷积分类器在每个像素上所需要的。</translation>
    </message>
    <message>
        <source>glu's dim may be left out: F.glu(x) and nn.GLU() take dim=-1, the last dimension, whose size must then be even.</source>
        <translation>glu 的 dim 可以省略：F.glu(x) 和 nn.GLU() 默认 dim=-1，即最后一维，此时它的大小必须是偶数。</translation>
    </message>
    <message>
        <source>Why always write dim: nn.Softmax(), nn.LogSoftmax() and nn.Softmin() without dim used to guess it from the number of dimensions (dim 0 for 0-, 1- and 3-D input, dim 1 otherwise). The guess silently normalised the wrong way for some shapes, so PyTorch deprecated it and warns; write dim=1 (or -1) for a batch of logits.</source>
        <translation>为什么一定要写 dim：不带 dim 的 nn.Softmax()、nn.LogSoftmax() 和 nn.Softmin() 过去会根据维数猜测（0、1、3 维输入取 dim 0，否则取 dim 1）。对某些形状，这种猜测会悄悄地沿错误的方向归一化，所以 PyTorch 已弃用它并给出警告；对一批 logits 请写 dim=1（或 -1）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; dim=0 normalises down the batch. Each column's exp(y) now adds up to 1, so one sample's log-probabilities depend on the other samples in the batch. For a (batch_size, num_classes) output use dim=1.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;dim=0 是沿批次方向归一化。现在每一列的 exp(y) 之和为 1，一个样本的对数概率竟取决于同一批中的其他样本。对 (batch_size, num_classes) 的输出应使用 dim=1。</translation>
    </message>
    <message>
        <source>dim=%1 normalises each row: every sample's log-probabilities are its own (their exp adds up to 1), whatever the other samples in the batch are. This is what a (batch_size, num_classes) output needs.</source>
        <translation>dim=%1 按行归一化：每个样本的对数概率只属于它自己（其 exp 之和为 1），与同一批中的其他样本无关。(batch_size, num_classes) 形状的输出正需要这样。</translation>
    </message>
</context>
<context>
    <name>al::SummaryWorkspace</name>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>输出范围</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>缺点</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>主要使用场景</translation>
    </message>
    <message>
        <source>Summary of the activations</source>
        <translation>激活函数总结</translation>
    </message>
    <message>
        <source>The activations of torch.nn</source>
        <translation>torch.nn 的激活函数</translation>
    </message>
    <message>
        <source>open the selected activation in Curves</source>
        <translation>在“曲线”中打开选中的激活函数</translation>
    </message>
    <message>
        <source>filter the activations by name</source>
        <translation>按名称筛选激活函数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open it in Curves. Click a column's title to sort by it, again to reverse, a third time for the lesson's order.</source>
        <translation>双击一行（或按回车）即可在“曲线”中打开。点击列标题按该列排序，再点一次倒序，第三次恢复课堂顺序。</translation>
    </message>
    <message>
        <source>Filter: type part of a name</source>
        <translation>筛选：输入名称的一部分</translation>
    </message>
    <message>
        <source>Filter the activations</source>
        <translation>筛选激活函数</translation>
    </message>
    <message>
        <source>Other activations</source>
        <translation>其他激活函数</translation>
    </message>
</context>
<context>
    <name>al::TrainWorkspace</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>第 %1 步：</translation>
    </message>
    <message>
        <source>diverged at step %1 (the loss is not finite)</source>
        <translation>在第 %1 步发散（损失不再是有限值）</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <source>, test accuracy %1</source>
        <translation>，测试准确率 %1</translation>
    </message>
    <message>
        <source>, accuracy %1</source>
        <translation>，准确率 %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2</source>
        <translation>第 %1 轮 · 第 %2 步</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;h%1[%2]&lt;/b&gt; = %3(%4)&lt;/p&gt;&lt;p&gt;Its picture in the network shows this value over the plotted square: blue where it is positive, orange where it is negative. Click another unit to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;h%1[%2]&lt;/b&gt; = %3(%4)&lt;/p&gt;&lt;p&gt;网络图中它的小图画出了这个值在整个平面上的变化：蓝色为正，橙色为负。点击其他单元可查看它们的计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; test loss %1, accuracy %2</source>
        <translation>；测试损失 %1，准确率 %2</translation>
    </message>
    <message>
        <source>; %1 dead units (f′ = 0 on every training point: they no longer learn)</source>
        <translation>；%1 个死亡单元（在每个训练点上 f′ = 0：它们不再学习）</translation>
    </message>
    <message>
        <source>; diverged at step %1</source>
        <translation>；在第 %1 步发散</translation>
    </message>
    <message>
        <source>%1, %2, step %3</source>
        <translation>%1，%2，第 %3 步</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Play or pause the training</source>
        <translation>播放或暂停训练</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Start again from the same seed</source>
        <translation>用同一个种子从头开始</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 超过 %2 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 points from %2</source>
        <translation>已从 %2 导入 %1 个点</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Compare activations</source>
        <translation>比较激活函数</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classes (spiral arms)</source>
        <translation>类别数（螺旋臂数）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>测试点比例</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Weight decay (L2)</source>
        <translation>权重衰减（L2）</translation>
    </message>
    <message>
        <source>Seed (torch.manual_seed)</source>
        <translation>种子（torch.manual_seed）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两团高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Above or below a sine</source>
        <translation>正弦曲线上方或下方</translation>
    </message>
    <message>
        <source>Above or below a cubic</source>
        <translation>三次曲线上方或下方</translation>
    </message>
    <message>
        <source>Above or below |x|</source>
        <translation>|x| 上方或下方</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Units of hidden layer %1</source>
        <translation>第 %1 个隐藏层的单元数</translation>
    </message>
    <message>
        <source>Activation of hidden layer %1</source>
        <translation>第 %1 个隐藏层的激活函数</translation>
    </message>
    <message>
        <source>Activation of run %1</source>
        <translation>第 %1 组的激活函数</translation>
    </message>
    <message>
        <source>Feed %1 to the first layer</source>
        <translation>把 %1 输入第一层</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排训练</translation>
    </message>
    <message>
        <source>Train one network per activation below, each with it in every hidden layer, from the same seed</source>
        <translation>为下面每个激活函数各训练一个网络（所有隐藏层都用它），使用同一个种子</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Rows x1,x2,label (labels 0 to 3); a header row is allowed</source>
        <translation>每行 x1,x2,label（标签为 0 到 3）；可以有表头行</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The last points of the set are held out: the network never trains on them</source>
        <translation>数据集最后的这些点被留作测试：网络从不在它们上面训练</translation>
    </message>
    <message>
        <source>The step size of every update</source>
        <translation>每次更新的步长</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One mini-batch: forward, loss, backward, update (N)</source>
        <translation>一个小批量：前向、损失、反向、更新 (N)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again: the same seed gives the same run (R)</source>
        <translation>从头开始：同一个种子得到同样的训练过程 (R)</translation>
    </message>
    <message>
        <source>Train continuously (Space)</source>
        <translation>连续训练（空格）</translation>
    </message>
    <message>
        <source>Steps per frame</source>
        <translation>每帧步数</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The network: each hidden unit's output over the plane</source>
        <translation>网络：每个隐藏单元在平面上的输出</translation>
    </message>
    <message>
        <source>Loss, accuracy, gradient norms and dead units over the steps</source>
        <translation>损失、准确率、梯度范数和死亡单元随步数的变化</translation>
    </message>
    <message>
        <source>Decision boundary with the training and test points</source>
        <translation>决策边界，以及训练点和测试点</translation>
    </message>
    <message>
        <source>PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>死亡单元</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each step takes the next mini-batch in order, computes the loss (nn.CrossEntropyLoss) and its gradients, and updates the weights, as the program below does in PyTorch. The lower curves show the norm of each layer's weight gradient and the units that are dead: a ReLU unit whose input is negative on every point gets no gradient and never recovers. Click a unit of the network to read what it computes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每一步按顺序取下一个小批量，计算损失（nn.CrossEntropyLoss）及其梯度，再更新权重，和下面的 PyTorch 程序完全一样。下方的曲线给出每层权重梯度的范数和死亡单元的数量：一个 ReLU 单元如果在所有点上的输入都为负，就得不到梯度，再也无法恢复。点击网络中的一个单元，可以查看它计算的是什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Steps per frame: how fast it trains</source>
        <translation>每帧步数：训练有多快</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>test: dashed</source>
        <translation>测试集：虚线</translation>
    </message>
    <message>
        <source>accuracy (%): dotted</source>
        <translation>准确率 (%)：点线</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at step %2: training loss %3, accuracy %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 步：训练损失 %3，准确率 %4</translation>
    </message>
    <message>
        <source>There is no data set "%1".</source>
        <translation>没有名为“%1”的数据集。</translation>
    </message>
    <message>
        <source>There is no input feature "%1".</source>
        <translation>没有名为“%1”的输入特征。</translation>
    </message>
    <message>
        <source>"%1" cannot be trained here.</source>
        <translation>“%1”在这里不能训练。</translation>
    </message>
    <message>
        <source>Give 0 to %1 layers: as many unit counts as activations.</source>
        <translation>请给出 0 到 %1 层：单元数的个数与激活函数的个数相同。</translation>
    </message>
    <message>
        <source>A layer has 1 to %1 units; "%2" is not that.</source>
        <translation>每层有 1 到 %1 个单元；“%2”不符合。</translation>
    </message>
    <message>
        <source>Compare 2 to %1 activations, or none.</source>
        <translation>请对比 2 到 %1 个激活函数，或者不对比。</translation>
    </message>
    <message>
        <source>Use sgd or adam.</source>
        <translation>请使用 sgd 或 adam。</translation>
    </message>
    <message>
        <source>Not one of the speeds offered.</source>
        <translation>不是可选的速度之一。</translation>
    </message>
    <message>
        <source>Training to step %1 takes too long to open at once; use a smaller network, batch or step.</source>
        <translation>训练到第 %1 步太久，无法在打开时立即完成；请用更小的网络、批量或步数。</translation>
    </message>
</context>
<context>
    <name>al::Workspace</name>
    <message>
        <source>Controls</source>
        <translation>控件</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Activation Lab: the activation functions of torch.nn, for the classroom.</source>
        <translation>激活函数实验室：在课堂上讲解 torch.nn 的激活函数。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Open an activation in Curves, by its PyTorch functional name (relu, leaky_relu, ...).</source>
        <translation>在“曲线”中打开一个激活函数，用 PyTorch 的函数名（relu、leaky_relu……）。</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>以演示模式启动。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file after its first paint, then exit.</source>
        <translation>窗口首次绘制后把它渲染为 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>Open a workspace: %1.</source>
        <translation>打开一个工作区：%1。</translation>
    </message>
    <message>
        <source>Open a lesson: a built-in one by name (see --list-lessons) or a lesson file.</source>
        <translation>打开课件：按名称打开内置课件（见 --list-lessons），或打开课件文件。</translation>
    </message>
    <message>
        <source>Start the lesson at this slide (from 1).</source>
        <translation>从这一张幻灯片开始（从 1 数起）。</translation>
    </message>
    <message>
        <source>Print the names of the built-in lessons, then exit.</source>
        <translation>打印内置课件的名称，然后退出。</translation>
    </message>
    <message>
        <source>A lesson file to open (as --lesson).</source>
        <translation>要打开的课件文件（同 --lesson）。</translation>
    </message>
    <message>
        <source>Write the lesson's handout (every slide's picture and narration, in the interface language) to a PDF file, then exit.</source>
        <translation>把课件的讲义（每张幻灯片的图像和讲解词，使用界面语言）写入 PDF 文件，然后退出。</translation>
    </message>
</context>
</TS>