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

// The families the pickers list activations under (Curves' list, Summary's Group column): the one
// place that says which family an activation belongs to, keyed by functional name, until the
// registry row carries it. Titles are QT_TRANSLATE_NOOP'd in "ActivationTexts"; show them through
// translatedText().
int activationGroupCount();
const char *activationGroupTitle(int group); // in display order, 0 .. activationGroupCount() - 1
int activationGroupIndex(std::string_view functionalName); // -1 if it has none
const char *groupOf(std::string_view functionalName); // its group's title; nullptr if none

// The order of the grouped list: family by family (each as the table lists it); smaller is
// earlier, and an activation without a group comes last.
int groupedOrder(std::string_view functionalName);
// The order of quick picks: the seed's five first (ReLU, LeakyReLU, Sigmoid, Tanh, Softmax: the
// lesson's backbone, always keys 1 to 5 in Curves and the first rows of Summary), then every other
// activation as the grouped list shows it (group by group, in the group table's order). An
// activation without a group comes last. Smaller is earlier.
int quickPickRank(std::string_view functionalName);
bool isSeedActivation(std::string_view functionalName);

} // namespace al
