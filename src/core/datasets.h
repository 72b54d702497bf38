#pragma once

// The Train workspace's two-dimensional data sets, as TensorFlow Playground offers them: seeded
// and portable, the same points on every machine and with every compiler. Each point draws four
// uniform doubles from the generator of torch.manual_seed(seed), in the order torch.rand(n, 4,
// dtype=torch.float64) draws them: a and b place the point, c and d give its Gaussian jitter
// (Box-Muller: r = sqrt(-2 log(1 - c)), jitter = noise * r * (cos 2πd, sin 2πd)). Point i has
// class i % classes, so that mini-batches taken in order mix the classes. The sines, cosines and
// logarithms are our own series in double (+, -, *, / and sqrt only, which IEEE 754 rounds the
// same everywhere), never the C library's; each coordinate is rounded to float32 at the end.
//
//   circle  class 0 inside radius 2.5 (r = 2.5 a), class 1 in the ring from 3.5 to 5
//           (r = 3.5 + 1.5 a); angle 2π b
//   xor     |x| = 0.3 + 4.7 a, |y| = 0.3 + 4.7 b; class 0 where x and y have the same sign,
//           class 1 where they differ, the quadrant taking turns within a class: (+, +),
//           (-, -) for class 0 and (+, -), (-, +) for class 1 (by (i / 2) % 2)
//   gauss   two blobs of standard deviation 1: class 0 around (2, 2), class 1 around (-2, -2)
//           (their own spread drawn from a and b by Box-Muller, as the jitter)
//   spiral  C arms (2 to 4 classes): t = a, r = 0.2 + 4.8 t, angle 3.5 π t + 2π class / C
//           (b is drawn and not used)
//   moons   two interleaving half circles of radius 3: class 0 at (3 cos πa - 1.5, 3 sin πa -
//           0.75), class 1 at (1.5 - 3 cos πa, 0.75 - 3 sin πa) (b is drawn and not used)
//   sine, cubic, abs
//           x = -6 + 12 a; class 0 above the curve, class 1 below it: y = f(x) ± (0.1 + 2.9 b),
//           f = sin x, x³ / 40 or |x| - 3
//
// Then both coordinates get the jitter. The draws do not depend on the noise: the same seed with
// another noise moves the same points.

#include "core/tensor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace al {

enum class DatasetKind { Circle, Xor, Gauss, Spiral, Moons, Sine, Cubic, Abs };

struct DatasetInfo {
    DatasetKind kind;
    const char *name; // "circle", ... as the CLI and the settings write it
};
const std::vector<DatasetInfo> &datasetKinds();
std::optional<DatasetKind> datasetNamed(const std::string &name);
const char *datasetName(DatasetKind kind);

constexpr int64_t kMaxDatasetPoints = 10000;
constexpr int kMaxSpiralClasses = 4;

struct DatasetOptions {
    DatasetKind kind = DatasetKind::Circle;
    int64_t points = 200; // 1 to kMaxDatasetPoints
    double noise = 0.0; // 0 to 1: the standard deviation of the jitter
    uint64_t seed = 0;
    int classes = 2; // 2 to kMaxSpiralClasses for a spiral; 2 for the others
};

struct Dataset {
    Tensor x; // [points, 2]
    std::vector<int64_t> y; // a class per point, from 0
    int64_t classes() const; // max(y) + 1, 0 when empty
};

// Throws std::invalid_argument for points, noise or classes beyond the limits.
Dataset makeDataset(const DatasetOptions &options);

// TensorFlow Playground's input features: what the first layer sees of a point (x1, x2). Each is
// computed in double from the float32 coordinates and rounded to float32 (the exported Python
// program carries the values themselves, so the sine need not be portable).
enum class Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2 };
constexpr int kFeatureCount = 7;
const char *featureName(Feature feature); // "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", ...
// [n, features.size()] from points [n, 2], the features in the order given.
Tensor withFeatures(const Tensor &points, const std::vector<Feature> &features);

// The portable series the recipes use, exposed for the tests: within a few ulps of the C
// library's, and the same bits on every IEEE 754 machine.
namespace portable {
double sin(double x);
double cos(double x);
double log(double x); // x > 0
} // namespace portable

} // namespace al
