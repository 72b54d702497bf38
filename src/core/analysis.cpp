#include "core/analysis.h"

#include "core/kernels.h"

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
    int dead = 0;
    for (int64_t unit = 0; unit < y.size(1); ++unit) {
        bool allZero = true;
        for (int64_t b = 0; b < y.size(0) && allZero; ++b)
            allZero = y.at({b, unit}) == 0.0f;
        dead += allZero;
    }
    return static_cast<float>(dead) / static_cast<float>(y.size(1));
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
    const int64_t n = y.numel(), vectorEnd = n - n % 8;
    float lanes[8] = {};
    for (int64_t i = 0; i < vectorEnd; i += 8)
        for (int j = 0; j < 8; ++j)
            lanes[j] = std::fma(y.data()[i + j], y.data()[i + j], lanes[j]);
    float sum = lanes[0];
    for (int j = 1; j < 8; ++j)
        sum += lanes[j];
    // The last n % 8 as PyTorch's compiler built its scalar loop: four squares at a time in a
    // vector (each rounded, added in order), the one to three left over fused.
    int64_t i = vectorEnd;
    for (; i + 4 <= n; i += 4)
        for (int64_t k = i; k < i + 4; ++k)
            sum += y.data()[k] * y.data()[k];
    for (; i < n; ++i)
        sum = std::fma(y.data()[i], y.data()[i], sum);
    return std::sqrt(sum);
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
    if (after && after->traits.saturatedBelow < after->traits.saturatedAbove) {
        const float below = static_cast<float>(after->traits.saturatedBelow) + 0.01f;
        const float above = static_cast<float>(after->traits.saturatedAbove) - 0.01f;
        s.saturatedShare
            = static_cast<float>(((values < below) || (values > above)).count()) / count;
    }
    if (probabilities)
        for (int64_t b = 0; b < y.size(0); ++b) {
            const float *row = y.data() + b * y.size(1);
            s.rowSums.push_back(std::accumulate(row, row + y.size(1), 0.0f));
        }
    return s;
}

} // namespace al
