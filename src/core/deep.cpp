#include "core/deep.h"

#include "core/analysis.h"
#include "core/kernels.h"
#include "core/loss.h"
#include "core/mlp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace al {

namespace {

// A float's place in value order as an unsigned key (NaN excluded): -0 before +0.
uint32_t orderKey(uint32_t bits)
{
    return bits & 0x80000000u ? ~bits : bits | 0x80000000u;
}

float fromOrderKey(uint32_t key)
{
    const uint32_t bits = key & 0x80000000u ? key & 0x7fffffffu : ~key;
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

void selectKeys(uint32_t *keys, size_t n, int shift, const size_t *places, size_t count,
    uint32_t *found, uint32_t *scratch);

// selectKeys' pass over keys[0, n) at one digit, the keys dealt round-robin to Ways histograms and
// gatherings: consecutive keys of one bucket (the zeros after a rectifier) would otherwise each
// wait on the previous one's increment (measured: 4 ways take the quantiles of a deep stack of 50
// outputs of 64 x 256 from 2.7 ms to 1.6).
template<size_t Ways>
void selectKeysAt(uint32_t *keys, size_t n, int shift, const size_t *places, size_t count,
    uint32_t *found, uint32_t *scratch)
{
    constexpr size_t kBuckets = 2048;
    const uint32_t mask = shift == 0 ? 0x3ffu : 0x7ffu;
    const size_t dealt = n - n % Ways; // the rest go to way 0
    std::array<uint32_t, kBuckets * Ways> counts {};
    for (size_t i = 0; i < dealt; i += Ways)
        for (size_t w = 0; w < Ways; ++w)
            ++counts[w * kBuckets + ((keys[i + w] >> shift) & mask)];
    for (size_t i = dealt; i < n; ++i)
        ++counts[(keys[i] >> shift) & mask];
    auto histogram = [&](uint32_t digit) {
        size_t total = 0;
        for (size_t w = 0; w < Ways; ++w)
            total += counts[w * kBuckets + digit];
        return total;
    };
    struct Bucket {
        uint32_t digit;
        size_t start, size, firstPlace, places;
    };
    std::array<Bucket, 10> buckets {};
    size_t bucketCount = 0, start = 0;
    uint32_t digit = 0;
    for (size_t p = 0; p < count; ++p) {
        while (start + histogram(digit) <= places[p])
            start += histogram(digit++);
        if (bucketCount == 0 || buckets[bucketCount - 1].digit != digit)
            buckets[bucketCount++] = {digit, start, histogram(digit), p, 0};
        ++buckets[bucketCount - 1].places;
    }
    if (shift == 0) { // every key here has the same bits 10 to 31: the digit completes it
        for (size_t b = 0; b < bucketCount; ++b)
            for (size_t p = 0; p < buckets[b].places; ++p)
                found[buckets[b].firstPlace + p] = (keys[0] & ~mask) | buckets[b].digit;
        return;
    }
    const int next = shift == 21 ? 10 : 0;
    if (bucketCount == 1 && buckets[0].size == n)
        return selectKeys(keys, n, next, places, count, found, scratch);
    // One pass gathers every wanted bucket, each to its own range of scratch (split between the
    // ways); the other keys all land on one slot past them.
    std::array<uint8_t, kBuckets> slot;
    slot.fill(static_cast<uint8_t>(bucketCount));
    std::array<std::array<size_t, 11>, Ways> position {};
    std::array<size_t, 11> step {};
    size_t gathered = 0;
    for (size_t b = 0; b < bucketCount; ++b) {
        slot[buckets[b].digit] = static_cast<uint8_t>(b);
        step[b] = 1;
        for (size_t w = 0; w < Ways; ++w) {
            position[w][b] = gathered;
            gathered += counts[w * kBuckets + buckets[b].digit];
        }
    }
    for (size_t w = 0; w < Ways; ++w)
        position[w][bucketCount] = gathered;
    for (size_t i = 0; i < dealt; i += Ways)
        for (size_t w = 0; w < Ways; ++w) {
            const uint8_t s = slot[(keys[i + w] >> shift) & mask];
            scratch[position[w][s]] = keys[i + w];
            position[w][s] += step[s];
        }
    for (size_t i = dealt; i < n; ++i) {
        const uint8_t s = slot[(keys[i] >> shift) & mask];
        scratch[position[0][s]] = keys[i];
        position[0][s] += step[s];
    }
    uint32_t *sub = scratch;
    for (size_t b = 0; b < bucketCount; ++b) {
        std::array<size_t, 10> within {};
        for (size_t p = 0; p < buckets[b].places; ++p)
            within[p] = places[buckets[b].firstPlace + p] - buckets[b].start;
        selectKeys(sub, buckets[b].size, next, within.data(), buckets[b].places,
            found + buckets[b].firstPlace, scratch + gathered + 1);
        sub += buckets[b].size;
    }
}

// The keys at `places` (ascending) of keys[0, n) once sorted, into found: radix selection on the
// digits of bits 21 to 31, 10 to 20 and 0 to 9 in turn, each pass counting the keys by digit and
// gathering only the buckets the places fall in. scratch holds 3 n + 3 keys.
void selectKeys(uint32_t *keys, size_t n, int shift, const size_t *places, size_t count,
    uint32_t *found, uint32_t *scratch)
{
    if (n <= 64) {
        std::sort(keys, keys + n);
        for (size_t p = 0; p < count; ++p)
            found[p] = keys[places[p]];
    } else if (shift != 21
        && std::all_of(keys, keys + n, [&](uint32_t k) { return k == keys[0]; })) {
        // One value throughout (a rectifier's zeros): no need to count its digits twice more.
        std::fill(found, found + count, keys[0]);
    } else if (n < 2048) {
        selectKeysAt<1>(keys, n, shift, places, count, found, scratch);
    } else {
        selectKeysAt<4>(keys, n, shift, places, count, found, scratch);
    }
}

// The 5th, 25th, 50th, 75th and 95th percentiles as torch.quantile gives them. (Found with
// std::nth_element, they took 15 ms of the 100 of a deep stack of 50 x 64 x 256; by radix
// selection, under 1.)
std::array<float, 5> quantiles(const Tensor &t)
{
    std::array<float, 5> result {};
    const size_t n = static_cast<size_t>(t.numel());
    // The keys, then the scratch: written before read, so not zeroed (256 KB a layer).
    const std::unique_ptr<uint32_t[]> storage(new uint32_t[4 * n + 3]);
    uint32_t *const keys = storage.get();
    uint32_t nan = 0, negativeZero = 0;
    for (size_t i = 0; i < n; ++i) {
        uint32_t bits;
        std::memcpy(&bits, t.data() + i, sizeof bits);
        nan |= (bits & 0x7fffffffu) > 0x7f800000u;
        negativeZero |= bits == 0x80000000u;
        keys[i] = orderKey(bits);
    }
    // torch.quantile is NaN wherever the input holds a NaN.
    if (nan) {
        result.fill(std::numeric_limits<float>::quiet_NaN());
        return result;
    }
    // As torch.quantile: the rank q (n - 1) in float, then lerp between its neighbours.
    const float last = static_cast<float>(n - 1);
    const float levels[] = {0.05f, 0.25f, 0.5f, 0.75f, 0.95f};
    std::array<size_t, 10> places {};
    for (size_t i = 0; i < 5; ++i) {
        const float rank = levels[i] * last;
        places[2 * i] = static_cast<size_t>(rank);
        places[2 * i + 1] = static_cast<size_t>(std::min(std::ceil(rank), last));
    }
    std::array<float, 10> neighbours {};
    if (negativeZero) {
        // -0 and +0 compare equal, so which of them lands in a place is up to the algorithm:
        // that of the figures PyTorch was checked against (std::nth_element, the neighbours put in
        // their sorted places from the lowest up). Without -0, equal values have equal bits and
        // any selection gives the same.
        std::vector<float> values(t.data(), t.data() + n);
        auto from = values.begin();
        for (size_t place : places) { // ascending
            if (values.begin() + static_cast<long>(place) >= from) {
                std::nth_element(from, values.begin() + static_cast<long>(place), values.end());
                from = values.begin() + static_cast<long>(place) + 1;
            }
        }
        for (size_t i = 0; i < places.size(); ++i)
            neighbours[i] = values[places[i]];
    } else {
        std::array<uint32_t, 10> found {};
        selectKeys(keys, n, 21, places.data(), places.size(), found.data(), keys + n);
        for (size_t i = 0; i < places.size(); ++i)
            neighbours[i] = fromOrderKey(found[i]);
    }
    for (size_t i = 0; i < result.size(); ++i) {
        const float rank = levels[i] * last;
        const float weight = rank - static_cast<float>(places[2 * i]);
        const float low = neighbours[2 * i], high = neighbours[2 * i + 1];
        result[i]
            = weight < 0.5f ? low + weight * (high - low) : high - (high - low) * (1.0f - weight);
    }
    return result;
}

bool anyNaN(const Tensor &t)
{
    // On the bits, so that the compiler vectorises it.
    uint32_t nan = 0;
    for (int64_t i = 0; i < t.numel(); ++i) {
        uint32_t bits;
        std::memcpy(&bits, t.data() + i, sizeof bits);
        nan |= (bits & 0x7fffffffu) > 0x7f800000u;
    }
    return nan != 0;
}

} // namespace

namespace {

void check(const DeepStackOptions &options)
{
    const int64_t width = options.width, batch = options.batch;
    if (options.depth < 1 || options.depth > kMaxDeepDepth)
        throw ShapeError("a deep stack has 1 to " + std::to_string(kMaxDeepDepth) + " layers, got "
            + std::to_string(options.depth));
    if (width < kMinDeepWidth || width > kMaxDeepWidth)
        throw ShapeError("a deep stack's layers are " + std::to_string(kMinDeepWidth) + " to "
            + std::to_string(kMaxDeepWidth) + " wide, got " + std::to_string(width));
    if (batch < 1 || batch > kMaxBatch)
        throw ShapeError("a batch has 1 to " + std::to_string(kMaxBatch) + " samples, got "
            + std::to_string(batch));
    if (!options.activation.isElementwise())
        throw ShapeError("hidden activations must be elementwise");
    // PyTorch would draw RReLU's training slopes from the stack's own generator, layer by layer.
    if (options.activation.isRandom())
        throw ShapeError("hidden activations must be deterministic (rrelu with training=False)");
    if (!(options.weightScale >= 0 && options.weightScale <= kMaxWeightScale))
        throw ShapeError("the weight scale must be from 0 to " + std::to_string(kMaxWeightScale));
}

} // namespace

namespace {

// a [rows, cols] transposed into to [cols, rows], in tiles of 16 x 16, each read and written a few
// cache lines at a time (element by element down the columns, the draw of 50 x 256 x 256 spent 10
// ms here).
void transpose(const float *from, int64_t rows, int64_t cols, float *to)
{
    constexpr int64_t kTile = 16;
    for (int64_t r0 = 0; r0 < rows; r0 += kTile)
        for (int64_t c0 = 0; c0 < cols; c0 += kTile)
            for (int64_t r = r0; r < std::min(rows, r0 + kTile); ++r)
                for (int64_t c = c0; c < std::min(cols, c0 + kTile); ++c)
                    to[c * rows + r] = from[r * cols + c];
}

Tensor transposed(const Tensor &matrix)
{
    Tensor result = Tensor::uninitialized({matrix.size(1), matrix.size(0)});
    transpose(matrix.data(), matrix.size(0), matrix.size(1), result.data());
    return result;
}

} // namespace

bool DeepDraw::drawnFor(const DeepStackOptions &options) const
{
    return seed == options.seed && init == options.init && width == options.width
        && batch == options.batch && static_cast<int>(layers.size()) == options.depth;
}

DeepDraw drawDeepStack(const DeepStackOptions &options, const DeepDraw *previous)
{
    check(options);
    DeepDraw draw {options.seed, options.init, options.width, options.batch, {}, {}, {}};
    const int64_t width = options.width;
    if (previous && previous->seed == options.seed && previous->init == options.init
        && previous->width == width)
        draw.layers.assign(previous->layers.begin(),
            previous->layers.begin()
                + std::min<ptrdiff_t>(options.depth, ptrdiff_t(previous->layers.size())));
    TorchGenerator generator
        = draw.layers.empty() ? TorchGenerator(options.seed) : draw.layers.back()->after;
    while (static_cast<int>(draw.layers.size()) < options.depth) {
        const Linear layer = initializedLinear(width, width, options.init, generator);
        draw.layers.push_back(std::make_shared<const DeepLayerDraw>(
            DeepLayerDraw {transposed(layer.weight()), layer.bias(), generator}));
    }
    draw.head.emplace(Linear::torchDefault(width, kDeepClasses, generator));
    draw.input = randn({options.batch, width}, generator);
    return draw;
}

// What autograd computes for the stack, without its modules: each layer's forward as the product
// of its input and the transposed weight (reference BLAS sgemm's order, as Linear), the gradients
// with respect to each activation's output and each weight likewise, and of each weight's
// gradient only its norm. (Through Sequential, every layer's weight and gradients were copied and
// kept, 40 MB a run, the first run of a draw paying for the fresh pages.)
DeepStack deepStack(const DeepStackOptions &options, const DeepDraw &draw)
{
    check(options);
    if (!draw.drawnFor(options))
        throw std::logic_error("a deep stack run with another draw's layers");
    const int depth = options.depth;
    const int64_t width = options.width, batch = options.batch, area = width * width;
    const float scale = static_cast<float>(options.weightScale); // mul_ takes the float
    // The layer as Linear holds it, for the products of an operand with a NaN: the weights never
    // hold one (the generator's draw times a float from 0 to 10), so only the activations and
    // gradients are checked.
    auto layer = [&](size_t at) {
        Tensor weight = transposed(draw.layers[at]->transposedWeight);
        if (options.weightScale != 1.0)
            for (int64_t k = 0; k < area; ++k)
                weight.data()[k] *= scale;
        return Linear(std::move(weight), draw.layers[at]->bias);
    };

    // Forward: each layer's output (the activation's input) and the activation's output.
    std::vector<Tensor> linear(static_cast<size_t>(depth)), activated(static_cast<size_t>(depth));
    for (int i = 0; i < depth; ++i) {
        const size_t at = static_cast<size_t>(i);
        const Tensor &x = i == 0 ? draw.input : activated[at - 1];
        if (anyNaN(x)) {
            linear[at] = layer(at).forward(x);
        } else {
            linear[at] = Tensor::uninitialized({batch, width});
            kernels::productInOrder(batch, width, width, x.data(), width, 1, 1.0f,
                draw.layers[at]->transposedWeight.data(), width, scale, draw.layers[at]->bias.data(),
                linear[at].data(), width);
        }
        activated[at] = forward(options.activation, linear[at]);
    }
    const Tensor logits = draw.head->forward(activated.back());
    std::vector<int64_t> targets;
    for (int64_t b = 0; b < batch; ++b)
        targets.push_back(b % kDeepClasses);
    Tensor gradLogits;
    DeepStack result {crossEntropyWithGradient(logits, targets, &gradLogits), {}};

    // Backward: the gradient with respect to each activation's output, from the head down.
    Tensor gradActivated = Tensor::uninitialized({batch, width});
    if (anyNaN(gradLogits))
        gradActivated = draw.head->backward(activated.back(), gradLogits).gradInput;
    else
        kernels::productInOrder(batch, width, kDeepClasses, gradLogits.data(), kDeepClasses, 1,
            1.0f, draw.head->weight().data(), width, 1.0f, nullptr, gradActivated.data(), width);
    std::vector<float> gradNorms(static_cast<size_t>(depth));
    Tensor gradWeight = Tensor::uninitialized({width, width});
    // grad_input as its transpose, W^T grad_output^T, so that the weight is read as drawn.
    std::vector<float> gradLinearT(static_cast<size_t>(batch * width)),
        gradInputT(gradLinearT.size());
    for (int i = depth; i-- > 0;) {
        const size_t at = static_cast<size_t>(i);
        const Tensor gradLinear
            = backward(options.activation, linear[at], activated[at], gradActivated);
        const Tensor &x = i == 0 ? draw.input : activated[at - 1];
        if (anyNaN(gradLinear) || anyNaN(x)) {
            LinearGradients gradients = layer(at).backward(x, gradLinear);
            gradNorms[at] = normLikeTorch(gradients.gradWeight);
            gradActivated = std::move(gradients.gradInput);
            continue;
        }
        // grad_weight = grad_output^T x: grad_output read down its columns.
        kernels::productInOrder(width, width, batch, gradLinear.data(), 1, width, 1.0f, x.data(),
            width, 1.0f, nullptr, gradWeight.data(), width);
        gradNorms[at] = normLikeTorch(gradWeight);
        if (i > 0) { // grad_input = grad_output W; the stack's input needs none
            transpose(gradLinear.data(), batch, width, gradLinearT.data());
            kernels::productInOrder(width, batch, width, draw.layers[at]->transposedWeight.data(), width,
                1, scale, gradLinearT.data(), batch, 1.0f, nullptr, gradInputT.data(), batch);
            transpose(gradInputT.data(), width, batch, gradActivated.data());
        }
    }

    const ActivationSpec &spec = options.activation.spec();
    for (int i = 0; i < depth; ++i) {
        const Tensor &output = activated[static_cast<size_t>(i)];
        result.layers.push_back({"fc" + std::to_string(i + 1), gradNorms[static_cast<size_t>(i)],
            stdLikeTorch(output), saturatedShare(output, spec),
            spec.traits.rectifier ? std::optional<float>(deadShare(output)) : std::nullopt,
            quantiles(output)});
    }
    return result;
}

DeepStack deepStack(const DeepStackOptions &options)
{
    return deepStack(options, drawDeepStack(options));
}

} // namespace al
