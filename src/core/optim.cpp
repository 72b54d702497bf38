#include "core/optim.h"

#include "core/loss.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace al {

std::string pythonFloat(double value)
{
    char buffer[40];
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
    char *end
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    const std::string text(buffer, end); // "-1.2345e-05"
    const size_t e = text.find('e');
    const int exponent = std::stoi(text.substr(e + 1));
    const std::string sign = value < 0 ? "-" : "";
    std::string digits;
    for (size_t i = sign.size(); i < e; ++i)
        if (text[i] != '.')
            digits += text[i];
    const auto size = static_cast<int>(digits.size());
    if (exponent < -4 || exponent >= 16) {
        char suffix[16];
        std::snprintf(
            suffix, sizeof suffix, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return sign + digits.substr(0, 1) + (size > 1 ? "." + digits.substr(1) : "") + suffix;
    }
    if (exponent < 0)
        return sign + "0." + std::string(size_t(-exponent - 1), '0') + digits;
    if (size <= exponent + 1)
        return sign + digits + std::string(size_t(exponent + 1 - size), '0') + ".0";
    return sign + digits.substr(0, size_t(exponent + 1)) + "."
        + digits.substr(size_t(exponent + 1));
}

namespace {

// grad.add(param, alpha=weight_decay): PyTorch's add kernel fuses alpha * param + grad.
Tensor withWeightDecay(const Tensor &grad, const Tensor &param, float weightDecay)
{
    Tensor result = Tensor::uninitialized(grad.shape());
    for (int64_t k = 0; k < grad.numel(); ++k)
        result.data()[k] = std::fma(weightDecay, param.data()[k], grad.data()[k]);
    return result;
}

} // namespace

void Optimizer::step(
    std::vector<NamedTensor> &parameters, const std::vector<NamedTensor> &gradients)
{
    if (gradients.size() != parameters.size())
        throw std::invalid_argument(std::string(name()) + ": " + std::to_string(parameters.size())
            + " parameters but " + std::to_string(gradients.size()) + " gradients");
    std::vector<Tensor *> tensors;
    std::vector<const Tensor *> grads;
    for (size_t i = 0; i < parameters.size(); ++i) {
        if (gradients[i].tensor.shape() != parameters[i].tensor.shape())
            throw std::invalid_argument(std::string(name()) + ": " + parameters[i].name
                + " has the shape " + shapeToString(parameters[i].tensor.shape())
                + " but its gradient " + shapeToString(gradients[i].tensor.shape()));
        tensors.push_back(&parameters[i].tensor);
        grads.push_back(&gradients[i].tensor);
    }
    update(tensors, grads);
}

void Optimizer::step(
    const std::vector<Tensor *> &parameters, const std::vector<const Tensor *> &gradients)
{
    if (gradients.size() != parameters.size())
        throw std::invalid_argument(std::string(name()) + ": " + std::to_string(parameters.size())
            + " parameters but " + std::to_string(gradients.size()) + " gradients");
    for (size_t i = 0; i < parameters.size(); ++i)
        if (gradients[i]->shape() != parameters[i]->shape())
            throw std::invalid_argument(std::string(name()) + ": parameter " + std::to_string(i)
                + " has the shape " + shapeToString(parameters[i]->shape()) + " but its gradient "
                + shapeToString(gradients[i]->shape()));
    update(parameters, gradients);
}

Sgd::Sgd(double lr, double momentum, double weightDecay)
    : lr_(static_cast<float>(lr))
    , momentum_(static_cast<float>(momentum))
    , weightDecay_(static_cast<float>(weightDecay))
    , hasMomentum_(momentum != 0.0)
    , hasWeightDecay_(weightDecay != 0.0)
{
    // torch.optim.SGD's tests are `lr < 0.0` etc.: NaN passes them.
    if (lr < 0.0)
        throw std::invalid_argument("Invalid learning rate: " + pythonFloat(lr));
    if (momentum < 0.0)
        throw std::invalid_argument("Invalid momentum value: " + pythonFloat(momentum));
    if (weightDecay < 0.0)
        throw std::invalid_argument("Invalid weight_decay value: " + pythonFloat(weightDecay));
}

void Sgd::update(
    const std::vector<Tensor *> &parameters, const std::vector<const Tensor *> &gradients)
{
    const bool firstStep = buffers_.empty();
    for (size_t i = 0; i < parameters.size(); ++i) {
        Tensor decayed;
        if (hasWeightDecay_)
            decayed = withWeightDecay(*gradients[i], *parameters[i], weightDecay_);
        const Tensor &grad = hasWeightDecay_ ? decayed : *gradients[i];
        const Tensor *direction = &grad;
        if (hasMomentum_) {
            // buf = clone(d_p) at the first step, then buf.mul_(momentum).add_(d_p): two roundings.
            if (firstStep)
                buffers_.push_back(grad);
            else
                for (int64_t k = 0; k < grad.numel(); ++k)
                    buffers_[i].data()[k] = buffers_[i].data()[k] * momentum_ + grad.data()[k];
            direction = &buffers_[i];
        }
        // param.add_(d_p, alpha=-lr): PyTorch's add kernel fuses the multiply-add, in its vector
        // loop and its tail alike.
        float *param = parameters[i]->data();
        for (int64_t k = 0; k < grad.numel(); ++k)
            param[k] = std::fma(-lr_, direction->data()[k], param[k]);
    }
}

Adam::Adam(double lr, double weightDecay, double beta1, double beta2, double eps)
    : lr_(lr)
    , beta1_(beta1)
    , beta2_(beta2)
    , eps_(eps)
    , weightDecay_(weightDecay)
{
    // torch.optim.Adam's tests are `not 0.0 <= lr` etc.: NaN fails them.
    if (!(lr >= 0.0))
        throw std::invalid_argument("Invalid learning rate: " + pythonFloat(lr));
    if (!(eps >= 0.0))
        throw std::invalid_argument("Invalid epsilon value: " + pythonFloat(eps));
    if (!(beta1 >= 0.0 && beta1 < 1.0))
        throw std::invalid_argument("Invalid beta parameter at index 0: " + pythonFloat(beta1));
    if (!(beta2 >= 0.0 && beta2 < 1.0))
        throw std::invalid_argument("Invalid beta parameter at index 1: " + pythonFloat(beta2));
    if (!(weightDecay >= 0.0))
        throw std::invalid_argument("Invalid weight_decay value: " + pythonFloat(weightDecay));
}

void Adam::update(
    const std::vector<Tensor *> &parameters, const std::vector<const Tensor *> &gradients)
{
    if (states_.empty())
        for (const Tensor *parameter : parameters)
            states_.push_back({0.0f, Tensor(parameter->shape()), Tensor(parameter->shape())});
    // The tensors' kernels take the Python floats as float32; the bias corrections are Python
    // arithmetic, in double (step_t.item(), then ** with the C library's pow).
    const float beta1 = static_cast<float>(beta1_), beta2 = static_cast<float>(beta2_);
    const float oneMinusBeta1 = static_cast<float>(1.0 - beta1_);
    const float oneMinusBeta2 = static_cast<float>(1.0 - beta2_);
    const float eps = static_cast<float>(eps_);
    const float weightDecay = static_cast<float>(weightDecay_);
    for (size_t i = 0; i < parameters.size(); ++i) {
        State &state = states_[i];
        state.step += 1.0f; // step_t += 1
        Tensor decayed;
        if (weightDecay_ != 0.0)
            decayed = withWeightDecay(*gradients[i], *parameters[i], weightDecay);
        const float *grad = (weightDecay_ != 0.0 ? decayed : *gradients[i]).data();
        const double step = state.step;
        const double biasCorrection1 = 1.0 - std::pow(beta1_, step);
        const double biasCorrection2 = 1.0 - std::pow(beta2_, step);
        const double stepSize = lr_ / biasCorrection1;
        const float biasCorrection2Sqrt = static_cast<float>(std::sqrt(biasCorrection2));
        const float value = static_cast<float>(-stepSize);
        float *param = parameters[i]->data();
        float *expAvg = state.expAvg.data();
        float *expAvgSq = state.expAvgSq.data();
        for (int64_t k = 0; k < state.expAvg.numel(); ++k) {
            const float g = grad[k];
            // exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1): a rounded product, then the add
            // kernel's fused multiply-add.
            expAvg[k] = std::fma(oneMinusBeta1, g, expAvg[k] * beta1);
            // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2): addcmul computes
            // self + value * t1 * t2, and PyTorch's build fuses the last multiply with the add.
            expAvgSq[k] = std::fma(oneMinusBeta2 * g, g, expAvgSq[k] * beta2);
            // denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps), each op rounded;
            // param.addcdiv_(exp_avg, denom, value=-step_size): self + value * t1 / t2, no fusing
            // across the division.
            const float denom = std::sqrt(expAvgSq[k]) / biasCorrection2Sqrt + eps;
            param[k] = param[k] + value * expAvg[k] / denom;
        }
    }
}

SgdRun trainWithSgd(std::vector<Linear> layers, const std::vector<Activation> &hiddenActivations,
    const Tensor &input, const std::vector<int64_t> &targets, Sgd &optimizer, int steps)
{
    SgdRun run {{}, std::move(layers)};
    for (int step = 0; step < steps; ++step) {
        Sequential model = Sequential::mlp(run.layers, hiddenActivations);
        const std::vector<Tensor> outputs = model.forward(input);
        run.losses.push_back(crossEntropy(outputs.back(), targets));
        const SequentialGradients gradients
            = model.backward(crossEntropyBackward(outputs.back(), targets));
        std::vector<NamedTensor> parameters = model.parameters(); // weight, bias, weight, ...
        optimizer.step(parameters, gradients.parameters);
        for (size_t i = 0; i < run.layers.size(); ++i)
            run.layers[i] = Linear(
                std::move(parameters[2 * i].tensor), std::move(parameters[2 * i + 1].tensor));
    }
    return run;
}

} // namespace al
