#include "core/tensor.h"

namespace al {

namespace {
void checkShape(const Shape &shape)
{
    if (shape.size() > static_cast<size_t>(kMaxRank))
        throw ShapeError("a tensor has at most " + std::to_string(kMaxRank) + " dimensions, got "
            + std::to_string(shape.size()));
    for (int64_t extent : shape)
        if (extent < 0)
            throw ShapeError("negative dimension in shape " + shapeToString(shape));
}
} // namespace

std::string shapeToString(const Shape &shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

int64_t elementCount(const Shape &shape)
{
    int64_t count = 1;
    for (int64_t extent : shape)
        count *= extent;
    return count;
}

Tensor::Tensor()
    : values_(1, 0.0f)
{
}

Tensor::Tensor(Shape shape, float fill)
    : shape_(std::move(shape))
{
    checkShape(shape_);
    values_.assign(static_cast<size_t>(elementCount(shape_)), fill);
}

Tensor::Tensor(Shape shape, const std::vector<float> &values)
    : shape_(std::move(shape))
    , values_(values.begin(), values.end())
{
    checkShape(shape_);
    if (static_cast<int64_t>(values_.size()) != elementCount(shape_))
        throw ShapeError("shape " + shapeToString(shape_) + " needs "
            + std::to_string(elementCount(shape_)) + " values, got "
            + std::to_string(values_.size()));
}

Tensor Tensor::uninitialized(Shape shape)
{
    Tensor tensor;
    checkShape(shape);
    tensor.values_.resize(static_cast<size_t>(elementCount(shape)));
    tensor.shape_ = std::move(shape);
    return tensor;
}

size_t Tensor::offset(const std::vector<int64_t> &index) const
{
    if (index.size() != shape_.size())
        throw std::out_of_range("index of rank " + std::to_string(index.size())
            + " for a tensor of rank " + std::to_string(shape_.size()));
    int64_t flatIndex = 0;
    for (size_t d = 0; d < shape_.size(); ++d) {
        if (index[d] < 0 || index[d] >= shape_[d])
            throw std::out_of_range("index " + std::to_string(index[d])
                + " out of range for dimension " + std::to_string(d) + " of size "
                + std::to_string(shape_[d]));
        flatIndex = flatIndex * shape_[d] + index[d];
    }
    return static_cast<size_t>(flatIndex);
}

} // namespace al
