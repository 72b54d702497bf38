#include "core/linear.h"

#include <cmath>

namespace al {

namespace {
using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
} // namespace

Linear::Linear(Tensor weight, Tensor bias)
    : weight_(std::move(weight))
    , bias_(std::move(bias))
{
    if (weight_.rank() != 2 || weight_.size(0) < 1 || weight_.size(1) < 1)
        throw ShapeError("a weight must have shape [out_features, in_features], got "
            + shapeToString(weight_.shape()));
    if (bias_.shape() != Shape {weight_.size(0)})
        throw ShapeError("a bias for weight " + shapeToString(weight_.shape()) + " must have shape "
            + shapeToString({weight_.size(0)}) + ", got " + shapeToString(bias_.shape()));
}

Linear Linear::torchDefault(int64_t inFeatures, int64_t outFeatures, TorchGenerator &generator)
{
    // The same double arithmetic as torch.nn.init.kaiming_uniform_ and Linear.reset_parameters.
    const double a = std::sqrt(5.0);
    const double gain = std::sqrt(2.0 / (1 + a * a));
    const double stddev = gain / std::sqrt(static_cast<double>(inFeatures));
    const double weightBound = std::sqrt(3.0) * stddev;
    const double biasBound = 1 / std::sqrt(static_cast<double>(inFeatures));
    Tensor weight({outFeatures, inFeatures});
    uniformFill(weight, -weightBound, weightBound, generator);
    Tensor bias({outFeatures});
    uniformFill(bias, -biasBound, biasBound, generator);
    return Linear(std::move(weight), std::move(bias));
}

Tensor Linear::forward(const Tensor &x) const
{
    if (x.rank() != 2 || x.size(1) != inFeatures())
        throw ShapeError("Linear(" + std::to_string(inFeatures()) + ", "
            + std::to_string(outFeatures()) + ") needs an input of shape [batch, "
            + std::to_string(inFeatures()) + "], got " + shapeToString(x.shape()));
    const int64_t batch = x.size(0);
    Tensor y({batch, outFeatures()});
    Eigen::Map<const RowMajorMatrix> in(x.data(), batch, inFeatures());
    Eigen::Map<const RowMajorMatrix> w(weight_.data(), outFeatures(), inFeatures());
    Eigen::Map<const Eigen::RowVectorXf> b(bias_.data(), outFeatures());
    Eigen::Map<RowMajorMatrix> out(y.data(), batch, outFeatures());
    out.noalias() = in * w.transpose();
    out.rowwise() += b;
    return y;
}

} // namespace al
