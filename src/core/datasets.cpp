#include "core/datasets.h"

#include "core/torch_random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace al {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTwoPi = 6.28318530717958647692;
constexpr double kHalfPi = 1.57079632679489661923;
constexpr double kLn2 = 0.693147180559945309417;

} // namespace

namespace portable {

// Every operation below is one IEEE 754 operation on doubles (the core builds with
// -ffp-contract=off: nothing is fused behind our back), so the bits are the same everywhere.

double sin(double x)
{
    // To [-π, π], then to [-π/2, π/2] by sin(π - r) = sin r; then Taylor to r^23 (the next term
    // is below 1e-20 there).
    double r = x - std::floor(x / kTwoPi + 0.5) * kTwoPi;
    if (r > kHalfPi)
        r = kPi - r;
    else if (r < -kHalfPi)
        r = -kPi - r;
    const double r2 = r * r;
    double sum = 1.0; // Horner: 1 - r²/(2·3) (1 - r²/(4·5) (1 - ...))
    for (int n = 23; n >= 3; n -= 2)
        sum = 1.0 - r2 / double((n - 1) * n) * sum;
    return r * sum;
}

double cos(double x)
{
    return sin(x + kHalfPi);
}

double log(double x)
{
    int exponent = 0;
    double m = std::frexp(x, &exponent); // exact: x = m 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --exponent;
    }
    // log m = 2 atanh(t), t = (m - 1) / (m + 1) in [-0.172, 0.172]: t + t³/3 + ... to t^29.
    const double t = (m - 1.0) / (m + 1.0);
    const double t2 = t * t;
    double sum = 0.0;
    for (int k = 29; k >= 1; k -= 2)
        sum = 1.0 / k + t2 * sum;
    return exponent * kLn2 + 2.0 * t * sum;
}

} // namespace portable

const std::vector<DatasetInfo> &datasetKinds()
{
    static const std::vector<DatasetInfo> kinds {{DatasetKind::Circle, "circle"},
        {DatasetKind::Xor, "xor"}, {DatasetKind::Gauss, "gauss"}, {DatasetKind::Spiral, "spiral"},
        {DatasetKind::Moons, "moons"}, {DatasetKind::Sine, "sine"}, {DatasetKind::Cubic, "cubic"},
        {DatasetKind::Abs, "abs"}};
    return kinds;
}

std::optional<DatasetKind> datasetNamed(const std::string &name)
{
    for (const DatasetInfo &info : datasetKinds())
        if (name == info.name)
            return info.kind;
    return std::nullopt;
}

const char *datasetName(DatasetKind kind)
{
    for (const DatasetInfo &info : datasetKinds())
        if (info.kind == kind)
            return info.name;
    return "";
}

int64_t Dataset::classes() const
{
    return y.empty() ? 0 : *std::max_element(y.begin(), y.end()) + 1;
}

namespace {

// Box-Muller on two uniforms from [0, 1): a standard normal pair.
void gaussianPair(double c, double d, double *first, double *second)
{
    const double r = std::sqrt(-2.0 * portable::log(1.0 - c));
    *first = r * portable::cos(kTwoPi * d);
    *second = r * portable::sin(kTwoPi * d);
}

// The curve a sine, cubic or abs data set separates.
double curve(DatasetKind kind, double x)
{
    switch (kind) {
    case DatasetKind::Sine:
        return portable::sin(x);
    case DatasetKind::Cubic:
        return x * x * x / 40.0;
    default:
        return std::abs(x) - 3.0;
    }
}

} // namespace

Dataset makeDataset(const DatasetOptions &options)
{
    if (options.points < 1 || options.points > kMaxDatasetPoints)
        throw std::invalid_argument("a data set has 1 to " + std::to_string(kMaxDatasetPoints)
            + " points, got " + std::to_string(options.points));
    if (!(options.noise >= 0.0 && options.noise <= 1.0))
        throw std::invalid_argument("the noise must be from 0 to 1");
    const bool spiral = options.kind == DatasetKind::Spiral;
    if (spiral ? options.classes < 2 || options.classes > kMaxSpiralClasses : options.classes != 2)
        throw std::invalid_argument(spiral
                ? "a spiral has 2 to " + std::to_string(kMaxSpiralClasses) + " classes, got "
                    + std::to_string(options.classes)
                : std::string(datasetName(options.kind)) + " has 2 classes, got "
                    + std::to_string(options.classes));

    TorchGenerator generator(options.seed);
    Dataset dataset {Tensor::uninitialized({options.points, 2}), {}};
    dataset.y.reserve(static_cast<size_t>(options.points));
    for (int64_t i = 0; i < options.points; ++i) {
        const double a = generator.uniformDouble(0.0, 1.0);
        const double b = generator.uniformDouble(0.0, 1.0);
        const double c = generator.uniformDouble(0.0, 1.0);
        const double d = generator.uniformDouble(0.0, 1.0);
        const int64_t label = i % options.classes;
        double x = 0.0, y = 0.0;
        switch (options.kind) {
        case DatasetKind::Circle: {
            const double r = label == 0 ? 2.5 * a : 3.5 + 1.5 * a;
            x = r * portable::cos(kTwoPi * b);
            y = r * portable::sin(kTwoPi * b);
            break;
        }
        case DatasetKind::Xor: {
            const bool flip = (i / 2) % 2 == 1;
            x = (0.3 + 4.7 * a) * (flip ? -1.0 : 1.0);
            y = (0.3 + 4.7 * b) * ((label == 0) == flip ? -1.0 : 1.0);
            break;
        }
        case DatasetKind::Gauss: {
            gaussianPair(a, b, &x, &y);
            const double centre = label == 0 ? 2.0 : -2.0;
            x += centre;
            y += centre;
            break;
        }
        case DatasetKind::Spiral: {
            const double r = 0.2 + 4.8 * a;
            const double angle = 3.5 * kPi * a + kTwoPi * double(label) / options.classes;
            x = r * portable::cos(angle);
            y = r * portable::sin(angle);
            break;
        }
        case DatasetKind::Moons: {
            const double cosine = 3.0 * portable::cos(kPi * a), sine = 3.0 * portable::sin(kPi * a);
            x = label == 0 ? cosine - 1.5 : 1.5 - cosine;
            y = label == 0 ? sine - 0.75 : 0.75 - sine;
            break;
        }
        case DatasetKind::Sine:
        case DatasetKind::Cubic:
        case DatasetKind::Abs: {
            x = -6.0 + 12.0 * a;
            const double gap = 0.1 + 2.9 * b;
            y = curve(options.kind, x) + (label == 0 ? gap : -gap);
            break;
        }
        }
        double jitterX, jitterY;
        gaussianPair(c, d, &jitterX, &jitterY);
        dataset.x.data()[2 * i] = static_cast<float>(x + options.noise * jitterX);
        dataset.x.data()[2 * i + 1] = static_cast<float>(y + options.noise * jitterY);
        dataset.y.push_back(label);
    }
    return dataset;
}

const char *featureName(Feature feature)
{
    static const char *const names[kFeatureCount]
        = {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"};
    return names[static_cast<int>(feature)];
}

Tensor withFeatures(const Tensor &points, const std::vector<Feature> &features)
{
    const int64_t n = points.size(0);
    const auto columns = static_cast<int64_t>(features.size());
    Tensor x = Tensor::uninitialized({n, columns});
    for (int64_t i = 0; i < n; ++i) {
        const double a = points.data()[2 * i], b = points.data()[2 * i + 1];
        for (int64_t j = 0; j < columns; ++j) {
            double value = 0;
            switch (features[static_cast<size_t>(j)]) {
            case Feature::X1:
                value = a;
                break;
            case Feature::X2:
                value = b;
                break;
            case Feature::X1Squared:
                value = a * a;
                break;
            case Feature::X2Squared:
                value = b * b;
                break;
            case Feature::X1X2:
                value = a * b;
                break;
            case Feature::SinX1:
                value = std::sin(a);
                break;
            case Feature::SinX2:
                value = std::sin(b);
                break;
            }
            x.data()[i * columns + j] = static_cast<float>(value);
        }
    }
    return x;
}

} // namespace al
