#include "core/analysis.h"

#include "core/kernels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace al {

Tensor linspace(double from, double to, int64_t count)
{
    Tensor x({count});
    for (int64_t i = 0; i < count; ++i)
        x.data()[i] = static_cast<float>(
            from + (to - from) * static_cast<double>(i) / static_cast<double>(count - 1));
    return x;
}

Tensor jacobianRow(
    const Activation &activation, const Tensor &x, const Tensor &y, int64_t component)
{
    Activation rows = activation;
    rows.set("dim", 1);
    Tensor oneHot(x.shape());
    const int64_t width = x.size(1);
    for (int64_t r = 0; r < x.size(0); ++r)
        oneHot.data()[r * width + component] = 1.0f;
    return backward(rows, x, y, oneHot);
}

Tensor jacobian(const Activation &activation, const Tensor &x)
{
    const int64_t n = x.numel();
    Activation vector = activation;
    if (vector.has("dim"))
        vector.set("dim", 0);
    const Tensor y = forward(vector, x);
    const int64_t m = y.numel(); // GLU: n / 2 outputs
    Tensor result({m, n});
    for (int64_t i = 0; i < m; ++i) {
        Tensor oneHot(y.shape());
        oneHot.data()[i] = 1.0f;
        const Tensor row = backward(vector, x, y, oneHot);
        std::copy(row.data(), row.data() + n, result.data() + i * n);
    }
    return result;
}

float deadShare(const Tensor &y)
{
    // Row by row, over contiguous memory (element by element through at() cost 1 ms for a deep
    // stack's 50 outputs of 64 x 256).
    const int64_t batch = y.size(0), units = y.size(1);
    std::vector<char> alive(static_cast<size_t>(units), 0);
    for (int64_t b = 0; b < batch; ++b) {
        const float *row = y.data() + b * units;
        for (int64_t unit = 0; unit < units; ++unit)
            alive[static_cast<size_t>(unit)] |= row[unit] != 0.0f;
    }
    const auto dead = std::count(alive.begin(), alive.end(), 0);
    return static_cast<float>(dead) / static_cast<float>(units);
}

std::optional<float> saturatedShare(const Tensor &y, const ActivationSpec &after)
{
    if (!(after.traits.saturatedBelow < after.traits.saturatedAbove))
        return std::nullopt;
    const float below = static_cast<float>(after.traits.saturatedBelow) + 0.01f;
    const float above = static_cast<float>(after.traits.saturatedAbove) - 0.01f;
    int64_t saturated = 0;
    for (int64_t i = 0; i < y.numel(); ++i)
        saturated += y.data()[i] < below || y.data()[i] > above;
    return static_cast<float>(saturated) / static_cast<float>(y.numel());
}

float stdLikeTorch(const Tensor &y)
{
    const int64_t n = y.numel();
    float sum = 0.0f;
    kernels::sumColumnsLikeTorch(y.data(), n, 1, &sum); // torch.sum of contiguous values
    const double mean = sum / static_cast<float>(n);
    double squares = 0.0;
    for (int64_t i = 0; i < n; ++i) {
        const double deviation = static_cast<double>(y.data()[i]) - mean;
        squares += deviation * deviation;
    }
    return static_cast<float>(std::sqrt(squares / static_cast<double>(n - 1)));
}

float normLikeTorch(const Tensor &y)
{
    return kernels::normLikeTorch(y.data(), y.numel());
}

StageStatistics stageStatistics(const Tensor &y, const ActivationSpec *after, bool probabilities)
{
    StageStatistics s;
    const auto values = y.flat();
    const float count = static_cast<float>(y.numel());
    s.minimum = values.minCoeff();
    s.maximum = values.maxCoeff();
    s.mean = values.mean();
    const double n = static_cast<double>(y.numel());
    s.stddev = n > 1
        ? static_cast<float>(std::sqrt((values - s.mean).square().cast<double>().sum() / (n - 1)))
        : 0.0f;
    if (after && after->traits.rectifier) {
        s.zeroShare = static_cast<float>((values == 0.0f).count()) / count;
        s.deadShare = deadShare(y);
    }
    if (after)
        s.saturatedShare = saturatedShare(y, *after);
    if (probabilities)
        for (int64_t b = 0; b < y.size(0); ++b) {
            const float *row = y.data() + b * y.size(1);
            s.rowSums.push_back(std::accumulate(row, row + y.size(1), 0.0f));
        }
    return s;
}

} // namespace al
