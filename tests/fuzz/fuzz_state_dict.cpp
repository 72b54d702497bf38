// Fuzz target: the state-dict loader. Anything it accepts must build a network that runs.

#include "core/activation.h"
#include "core/mlp.h"
#include "io/state_dict.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    std::optional<std::vector<al::Linear>> layers = al::io::parseStateDict(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), &error);
    if (!layers) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const int64_t in = layers->front().inFeatures();
    if (in > 4096)
        return 0; // the app refuses such widths before it builds anything
    const std::vector<al::Activation> hidden(layers->size() - 1, al::Activation::named("tanh"));
    al::Mlp network(std::move(*layers), hidden, al::Tensor({2, in}, 0.5f));
    network.runAll();
    if (network.current().output.size(0) != 2)
        std::abort();
    return 0;
}
