#pragma once

// The Softmax & dim workspace's state: a tensor of logits (1-D, 2-D or 3-D), dim, temperature,
// the slice whose Jacobian is shown and the target classes; everything shown is computed from
// them through the core. A refused edit changes nothing and says why.

#include "core/tensor.h"

#include <QObject>
#include <QString>
#include <vector>

namespace al {

struct CrossEntropy {
    Tensor logSoftmax; // log_softmax(logits, dim=1)
    std::vector<float> lossPerSample; // -log_softmax[target]
    float meanLoss = 0; // nn.CrossEntropyLoss()(logits, target)
    float nllOfLogSoftmax = 0; // nn.NLLLoss()(log_softmax(logits), target): the same number
    float lossAfterSoftmax = 0; // the common mistake: CrossEntropyLoss(softmax(logits), target)
};

class SoftmaxState : public QObject {
    Q_OBJECT

public:
    static constexpr double kMinTemperature = 0.05, kMaxTemperature = 20.0;

    explicit SoftmaxState(QObject *parent = nullptr);

    // Largest sizes: 10 for 1-D, 8 x 8 for 2-D, 4 x 6 x 6 for 3-D.
    static bool shapeAllowed(const Shape &shape, QString *error);

    const Tensor &logits() const { return logits_; }
    uint64_t seed() const { return seed_; }
    int64_t dim() const { return dim_; } // as the user gave it (may be negative)
    int64_t normalisedDim() const; // 0 .. rank-1
    double temperature() const { return temperature_; }
    int jacobianSlice() const { return jacobianSlice_; }
    const std::vector<int64_t> &targets() const { return targets_; }

    // torch.manual_seed(seed); torch.randn(shape)
    bool randomise(const Shape &shape, uint64_t seed, QString *error);
    bool setLogits(const Tensor &logits, QString *error);
    // A cell typed by the user: a number, or nan / inf / -inf as PyTorch accepts them.
    bool setCell(int64_t flatIndex, const QString &text, QString *error);
    // JSON (the CLI's format) or rows of numbers separated by tabs, commas or spaces.
    bool paste(const QString &text, QString *error);
    bool setDim(int64_t dim, QString *error);
    bool setTemperature(double temperature, QString *error);
    bool setJacobianSlice(int slice, QString *error);
    bool setTarget(int row, int64_t target, QString *error);

    // The results, always from the last valid settings.
    const Tensor &probabilities() const { return probabilities_; } // softmax(logits / T, dim)
    const Tensor &sums() const
    {
        return sums_;
    } // probabilities summed along dim (shape without dim)
    int sliceCount() const; // how many vectors softmax normalises separately
    std::vector<int64_t> sliceIndices(
        int slice) const; // flat indices of one slice, in order along dim
    Tensor jacobian() const; // [n, n] of the chosen slice: ∂p_i/∂z_j = p_i (δ_ij − p_j) / T
    bool mixesSamples() const; // a 2-D batch x classes normalised over the batch (dim 0)
    bool crossEntropyAvailable() const { return logits_.rank() == 2; }
    CrossEntropy crossEntropy() const; // of logits / T against the targets, over dim 1

    // Numerical stability: exp(x) / sum(exp(x)) computed naively in float32 overflows for large
    // logits; the core subtracts the maximum first, as PyTorch does.
    static std::vector<float> naiveSoftmax(const std::vector<float> &logits);
    static std::vector<float> stableSoftmax(const std::vector<float> &logits);
    std::vector<float> sliceLogits(int slice) const; // logits / T along one slice

signals:
    void changed();

private:
    void recompute();
    Tensor scaledLogits() const;

    Tensor logits_;
    uint64_t seed_ = 0;
    int64_t dim_ = 1;
    double temperature_ = 1.0;
    int jacobianSlice_ = 0;
    std::vector<int64_t> targets_;
    Tensor probabilities_, sums_;
};

} // namespace al
