#pragma once

// What the app says about each activation (info card, summary table), written from the seed
// document's facts. The texts are marked with QT_TRANSLATE_NOOP and translated when shown.

#include <QString>
#include <string_view>

namespace al {

struct ActivationTexts {
    const char *functionalName;
    const char *outputRange; // mathematical notation, the same in every language
    const char *strengths;
    const char *weaknesses;
    const char *typicalUse;
    const char *phenomenon; // what to show the class
};

const ActivationTexts *textsFor(std::string_view functionalName); // nullptr if none written
QString translatedText(const char *text);

} // namespace al
