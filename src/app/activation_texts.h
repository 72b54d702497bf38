#pragma once

// What the app says about each activation (info card, summary table) and each parameter
// (tooltips), written from the seed document's facts. The texts are marked with QT_TRANSLATE_NOOP
// and translated when shown.

#include <QString>
#include <string_view>

namespace al {

struct ActivationTexts {
    const char *functionalName; // the registry's key
    const char *strengths;
    const char *weaknesses;
    const char *typicalUse;
    const char *phenomenon; // what to show the class
};

const ActivationTexts *textsFor(std::string_view functionalName); // nullptr if none written
QString translatedText(const char *text);
// What a parameter of an activation does, in the UI's language; empty for a parameter without a
// text. Most keywords mean one thing wherever they appear; softplus's threshold is its own.
QString parameterHelp(std::string_view activation, std::string_view name);

} // namespace al
