#include "core/optim.h"

#include "core/loss.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace al {

namespace {

// Python's repr of a float: the shortest digits that read back, in fixed notation from 1e-4 to
// below 1e16 ("-0.1", "-1.0"), else as "-1e-05".
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

} // namespace

Sgd::Sgd(double lr, double momentum)
    : lr_(static_cast<float>(lr))
    , momentum_(static_cast<float>(momentum))
    , hasMomentum_(momentum != 0.0)
{
    if (lr < 0.0)
        throw std::invalid_argument("Invalid learning rate: " + pythonFloat(lr));
    if (momentum < 0.0)
        throw std::invalid_argument("Invalid momentum value: " + pythonFloat(momentum));
}

void Sgd::step(std::vector<NamedTensor> &parameters, const std::vector<NamedTensor> &gradients)
{
    if (gradients.size() != parameters.size())
        throw std::invalid_argument("SGD: " + std::to_string(parameters.size()) + " parameters but "
            + std::to_string(gradients.size()) + " gradients");
    for (size_t i = 0; i < parameters.size(); ++i)
        if (gradients[i].tensor.shape() != parameters[i].tensor.shape())
            throw std::invalid_argument("SGD: " + parameters[i].name + " has the shape "
                + shapeToString(parameters[i].tensor.shape()) + " but its gradient "
                + shapeToString(gradients[i].tensor.shape()));
    const bool firstStep = buffers_.empty();
    for (size_t i = 0; i < parameters.size(); ++i) {
        const Tensor &grad = gradients[i].tensor;
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
        float *param = parameters[i].tensor.data();
        for (int64_t k = 0; k < grad.numel(); ++k)
            param[k] = std::fma(-lr_, direction->data()[k], param[k]);
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
