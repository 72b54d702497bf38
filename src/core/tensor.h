#pragma once

// A float32 tensor of rank 0 to 4 in PyTorch's contiguous (row-major) layout.

#include <Eigen/Core>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace al {

using Shape = std::vector<int64_t>;

constexpr int kMaxRank = 4;

// Thrown for shapes the core does not accept (negative sizes, rank above kMaxRank, a value list
// that does not match the shape).
class ShapeError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

std::string shapeToString(const Shape &shape); // "[4, 5]", "[]" for a scalar

// An allocator that leaves floats uninitialised, so that a result tensor is not first zeroed and
// then overwritten: for a million elements that halves the memory traffic.
template<typename T>
struct DefaultInitAllocator : std::allocator<T> {
    template<typename U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };
    using std::allocator<T>::allocator;
    template<typename U>
    void construct(U *p) noexcept
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
int64_t elementCount(const Shape &shape);

class Tensor {
public:
    using FlatMap = Eigen::Map<Eigen::ArrayXf>;
    using ConstFlatMap = Eigen::Map<const Eigen::ArrayXf>;

    Tensor(); // a rank-0 tensor holding 0
    explicit Tensor(Shape shape, float fill = 0.0f);
    Tensor(Shape shape, const std::vector<float> &values);
    // A tensor whose every element the caller will write.
    static Tensor uninitialized(Shape shape);

    const Shape &shape() const { return shape_; }
    int rank() const { return static_cast<int>(shape_.size()); }
    int64_t size(int dim) const { return shape_.at(static_cast<size_t>(dim)); }
    int64_t numel() const { return static_cast<int64_t>(values_.size()); }

    float *data() { return values_.data(); }
    const float *data() const { return values_.data(); }
    std::vector<float> values() const { return {values_.begin(), values_.end()}; }

    // The elements as one flat Eigen array, for vectorised elementwise expressions.
    FlatMap flat() { return FlatMap(values_.data(), static_cast<Eigen::Index>(values_.size())); }
    ConstFlatMap flat() const
    {
        return ConstFlatMap(values_.data(), static_cast<Eigen::Index>(values_.size()));
    }

    // Element access by a full index (bounds-checked; for tests, views and the CLI).
    float at(const std::vector<int64_t> &index) const { return values_[offset(index)]; }
    float &at(const std::vector<int64_t> &index) { return values_[offset(index)]; }

    bool operator==(const Tensor &other) const
    {
        return shape_ == other.shape_ && values_ == other.values_;
    }

private:
    size_t offset(const std::vector<int64_t> &index) const;

    Shape shape_;
    std::vector<float, DefaultInitAllocator<float>> values_;
};

} // namespace al
