// Fuzz target: the JSON tensor parser. Anything parsed must write back and parse to the same
// tensor (NaN matching NaN).

#include "io/json_tensor.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<al::Tensor> tensor = al::io::parseTensor(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), &error);
    if (!tensor) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const std::optional<al::Tensor> again
        = al::io::parseTensor(al::io::tensorToJson(*tensor), &error);
    if (!again || again->shape() != tensor->shape())
        std::abort();
    for (int64_t i = 0; i < tensor->numel(); ++i) {
        const float a = tensor->data()[i], b = again->data()[i];
        if (!(a == b || (std::isnan(a) && std::isnan(b))))
            std::abort();
    }
    return 0;
}
