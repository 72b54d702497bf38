#pragma once

// The Softmax & dim workspace's state: the function (softmax, log_softmax, softmin, softmax2d or
// glu), a tensor of logits (1-D to 3-D; 4-D for softmax2d), dim, temperature, the slice whose
// Jacobian is shown and the target classes; everything shown is computed from them through the
// core. A refused edit changes nothing and says why.

#include "core/tensor.h"

#include <QObject>
#include <QString>
#include <optional>
#include <vector>

namespace al {

struct CrossEntropy {
    Tensor logSoftmax; // log_softmax(logits, dim=1)
    std::vector<float> lossPerSample; // -log_softmax[target]
    float meanLoss = 0; // nn.CrossEntropyLoss()(logits, target)
    float nllOfLogSoftmax = 0; // nn.NLLLoss()(log_softmax(logits), target): the same number
    float lossAfterSoftmax = 0; // the common mistake: CrossEntropyLoss(softmax(logits), target)
};

// What the workspace applies along dim, by PyTorch's names.
enum class SoftmaxFunction { Softmax, LogSoftmax, Softmin, Softmax2d, Glu };
inline constexpr SoftmaxFunction kSoftmaxFunctions[]
    = {SoftmaxFunction::Softmax, SoftmaxFunction::LogSoftmax, SoftmaxFunction::Softmin,
        SoftmaxFunction::Softmax2d, SoftmaxFunction::Glu};

class SoftmaxState : public QObject {
    Q_OBJECT

public:
    static constexpr double kMinTemperature = 0.05, kMaxTemperature = 20.0;

    explicit SoftmaxState(QObject *parent = nullptr);

    // Largest sizes: 10 for 1-D, 8 x 8 for 2-D, 4 x 6 x 6 for 3-D, 2 x 4 x 4 x 4 for 4-D.
    static bool shapeAllowed(const Shape &shape, QString *error);
    // Whether `function` takes logits of this shape along dim (softmax, log_softmax and softmin:
    // 1- to 3-D; softmax2d: 3- or 4-D; glu: 1- or 2-D with an even size along dim), or why not
    // (PyTorch's own words where PyTorch refuses).
    static bool takes(SoftmaxFunction function, const Shape &shape, int64_t dim, QString *error);

    static const char *functionName(SoftmaxFunction function); // "log_softmax"
    static std::optional<SoftmaxFunction> functionNamed(const QString &name);

    SoftmaxFunction function() const { return function_; }
    bool setFunction(SoftmaxFunction function, QString *error);
    // Both at once (a state: 4-D logits need softmax2d, which 2-D logits refuse).
    // With a dim too, checked against the new logits (glu's even size along the new dim).
    bool setFunctionAndLogits(SoftmaxFunction function, const Tensor &logits, QString *error,
        std::optional<int64_t> dim = std::nullopt);
    // The function as the user picks it: logits it does not take are replaced by random ones of
    // a shape it takes (same seed), and `note` says why in PyTorch's words. False (error set)
    // only if no shape would do.
    bool chooseFunction(SoftmaxFunction function, QString *note, QString *error);
    bool isProbability() const; // softmax, softmin, softmax2d: the output adds up to 1

    const Tensor &logits() const { return logits_; }
    uint64_t seed() const { return seed_; }
    // As the user gave it (may be negative); softmax2d's is always -3, the channels.
    int64_t dim() const { return function_ == SoftmaxFunction::Softmax2d ? -3 : dim_; }
    int64_t normalisedDim() const; // 0 .. rank-1: the dim the function works along
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

    // The results, always from the last valid settings: the function of logits / T along dim
    // (glu has no temperature: glu(logits, dim)), as the core computes it.
    const Tensor &output() const { return output_; }
    const Tensor &probabilities() const { return output_; } // softmax's output
    // What adds up to 1 along dim: the output, but for log_softmax exp(y), which is softmax(z)
    // (the core's softmax of the same logits). Empty for glu.
    const Tensor &normalised() const { return normalised_; }
    // normalised() summed along dim (shape without dim); empty for glu.
    const Tensor &sums() const { return sums_; }
    int sliceCount() const; // how many vectors softmax normalises separately
    std::vector<int64_t> sliceIndices(
        int slice) const; // flat indices of one slice, in order along dim
    // The chosen slice's Jacobian ∂y_i/∂x_j, through the core: softmax p_i (δ_ij − p_j) / T,
    // log_softmax (δ_ij − p_j) / T, softmin −p_i (δ_ij − p_j) / T with p = softmax(−z),
    // softmax2d the softmax's of one pixel's channels; glu [n/2, n].
    Tensor jacobian() const;
    bool mixesSamples() const; // a 2-D batch x classes normalised over the batch (dim 0)
    bool crossEntropyAvailable() const { return logits_.rank() == 2; }
    CrossEntropy crossEntropy() const; // of logits / T against the targets, over dim 1

    // Numerical stability: exp(x) / sum(exp(x)) computed naively in float32 overflows for large
    // logits; the core subtracts the maximum first, as PyTorch does.
    static std::vector<float> naiveSoftmax(const std::vector<float> &logits);
    static std::vector<float> stableSoftmax(const std::vector<float> &logits);
    // logits / T along one slice (glu: the logits themselves)
    std::vector<float> sliceLogits(int slice) const;

signals:
    void changed();

private:
    void recompute();
    Tensor scaledLogits() const;
    Tensor input() const; // what the function is applied to: logits / T, or the logits (glu)

    Tensor logits_;
    SoftmaxFunction function_ = SoftmaxFunction::Softmax;
    uint64_t seed_ = 0;
    int64_t dim_ = 1;
    double temperature_ = 1.0;
    int jacobianSlice_ = 0;
    std::vector<int64_t> targets_;
    Tensor output_, normalised_, sums_;
};

} // namespace al
