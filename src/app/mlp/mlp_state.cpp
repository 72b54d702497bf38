#include "app/mlp/mlp_state.h"

#include "app/export.h"
#include "app/mlp/numpy_format.h"
#include "core/activation.h"
#include "io/state_dict.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace al {

namespace {

constexpr qint64 kMaxStateDictBytes = 64 * 1024 * 1024;
constexpr int kExplainedTerms = 5;

std::vector<float> row(const Tensor &t, int64_t r, int64_t count)
{
    const int64_t columns = t.size(1);
    const float *begin = t.data() + r * columns;
    return std::vector<float>(begin, begin + std::min(count, columns));
}

} // namespace

MlpState::MlpState(QObject *parent)
    : QObject(parent)
    , network_(Mlp::fromTorchSeed(0))
    , baseLayers_(network_.layers())
{
}

void MlpState::rebuild(std::vector<Linear> layers, Tensor input, int stage)
{
    std::vector<Activation> activations = network_.hiddenActivations();
    if (activations.size() + 1 != layers.size())
        activations = layers.size() == 3
            ? Mlp::defaultHiddenActivations()
            : std::vector<Activation>(layers.size() - 1, Activation::named("relu"));
    baseLayers_ = layers;
    network_ = Mlp(std::move(layers), std::move(activations), std::move(input));
    applyBiasShift();
    while (network_.currentStage() < std::min(stage, network_.stageCount() - 1))
        network_.step();
    sample_ = std::min<int>(sample_, static_cast<int>(network_.input().size(0)) - 1);
    selectedStage_ = std::min(selectedStage_, network_.stageCount() - 1);
    selectedNeuron_ = std::min<int>(
        selectedNeuron_, static_cast<int>(network_.stageShape(selectedStage_)[1]) - 1);
}

void MlpState::applyBiasShift()
{
    const Linear &base = baseLayers_.front();
    Tensor bias = base.bias();
    bias.flat() += static_cast<float>(biasShift_);
    network_.setLayer(0, Linear(base.weight(), bias));
}

QString MlpState::stageLabel(int stage) const
{
    return stage == 0 ? tr("input") : QString::fromStdString(network_.stageName(stage));
}

bool MlpState::setSeed(uint64_t seed, QString *error)
{
    if (seed > 0xffffffffULL) {
        *error = tr("The seed must be between 0 and 4294967295.");
        return false;
    }
    Mlp fresh = Mlp::fromTorchSeed(seed);
    seed_ = seed;
    fromSeed_ = true;
    rebuild(fresh.layers(), fresh.input(), network_.currentStage());
    emit changed();
    return true;
}

bool MlpState::setHiddenActivation(int index, const QString &functionalName, QString *error)
{
    const ActivationSpec *spec = findActivation(functionalName.toStdString());
    if (!spec || !spec->isElementwise() || index < 0
        || index >= static_cast<int>(network_.hiddenActivations().size())) {
        *error = tr("\"%1\" cannot go between the layers: choose an elementwise activation.")
                     .arg(functionalName);
        return false;
    }
    Activation activation = Activation(*spec);
    if (activation.has("negative_slope"))
        activation.set("negative_slope", negativeSlope_);
    network_.setHiddenActivation(index, activation);
    emit changed();
    return true;
}

bool MlpState::setNegativeSlope(double slope, QString *error)
{
    Activation leaky = Activation::named("leaky_relu");
    try {
        leaky.set("negative_slope", slope);
    } catch (const ParameterError &) {
        *error
            = tr("negative_slope must be a number from -1000 to 1000; %1 was refused.").arg(slope);
        return false;
    }
    negativeSlope_ = slope;
    for (int i = 0; i < static_cast<int>(network_.hiddenActivations().size()); ++i) {
        Activation activation = network_.hiddenActivations()[static_cast<size_t>(i)];
        if (activation.has("negative_slope")) {
            activation.set("negative_slope", slope);
            network_.setHiddenActivation(i, activation);
        }
    }
    emit changed();
    return true;
}

bool MlpState::setBiasShift(double shift, QString *error)
{
    if (!(std::abs(shift) <= kMaxBiasShift)) {
        *error = tr("The bias shift must be between -%1 and %1.").arg(kMaxBiasShift);
        return false;
    }
    biasShift_ = shift;
    applyBiasShift();
    emit changed();
    return true;
}

bool MlpState::setSample(int sample, QString *error)
{
    if (sample < 0 || sample >= network_.input().size(0)) {
        *error = tr("Choose a sample from 0 to %1.").arg(network_.input().size(0) - 1);
        return false;
    }
    sample_ = sample;
    emit changed();
    return true;
}

bool MlpState::selectNeuron(int stage, int neuron, QString *error)
{
    if (stage < 0 || stage >= network_.stageCount() || neuron < 0
        || neuron >= network_.stageShape(stage)[1]) {
        *error = tr("There is no such neuron.");
        return false;
    }
    selectedStage_ = stage;
    selectedNeuron_ = neuron;
    emit changed();
    return true;
}

void MlpState::step()
{
    if (network_.step())
        emit changed();
}

void MlpState::stepBack()
{
    if (network_.stepBack())
        emit changed();
}

void MlpState::reset()
{
    network_.reset();
    emit changed();
}

void MlpState::runAll()
{
    network_.runAll();
    emit changed();
}

bool MlpState::loadStateDict(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxStateDictBytes) {
        *error = tr("%1 is larger than 64 MiB; the network was not changed.").arg(path);
        return false;
    }
    QString parseError;
    std::optional<std::vector<Linear>> layers = io::parseStateDict(file.readAll(), &parseError);
    if (!layers) {
        *error = tr("%1 was not loaded: %2. The network was not changed.").arg(path, parseError);
        return false;
    }
    Tensor input = network_.input();
    if (input.size(1) != layers->front().inFeatures()) {
        TorchGenerator generator(seed_);
        input = randn({input.size(0), layers->front().inFeatures()}, generator);
    }
    fromSeed_ = false;
    rebuild(std::move(*layers), std::move(input), network_.currentStage());
    emit changed();
    return true;
}

bool MlpState::saveStateDict(const QString &path, QString *error) const
{
    return writeTextFile(path, io::stateDictToJson(network_.layers()), error);
}

std::vector<float> MlpState::sampleVector() const
{
    const Tensor &out = network_.current().output;
    return row(out, sample_, out.size(1));
}

StageStatistics MlpState::statistics() const
{
    const StageRecord &record = network_.current();
    const ActivationSpec *after = record.kind == StageKind::Activation
        ? &network_.hiddenActivations()[static_cast<size_t>(record.layer)].spec()
        : nullptr;
    return stageStatistics(record.output, after, record.kind == StageKind::Softmax);
}

float MlpState::stageExtent(int stage) const
{
    float extent = 1e-6f;
    if (stage <= network_.currentStage())
        for (float v : network_.records()[static_cast<size_t>(stage)].output.values())
            if (std::isfinite(v))
                extent = std::max(extent, std::abs(v));
    return extent;
}

float MlpState::deadShareAfterFirstActivation() const
{
    const Tensor z = network_.layers().front().forward(network_.input());
    return deadShare(forward(network_.hiddenActivations().front(), z));
}

NeuronExplanation MlpState::explain() const
{
    // From the whole recording: a neuron can be explained before the view has stepped to it.
    const std::vector<StageRecord> &records = network_.recording();
    NeuronExplanation e;
    e.stage = selectedStage_;
    e.neuron = selectedNeuron_;
    e.sample = sample_;
    if (selectedStage_ == 0) {
        e.z = records[0].output.at({sample_, selectedNeuron_});
        return e;
    }
    const int layer = Mlp::layerOf(selectedStage_);
    const int linearStage = Mlp::linearStage(layer);
    const Linear &linear = network_.layers()[static_cast<size_t>(layer)];
    const Tensor &previous = records[static_cast<size_t>(linearStage - 1)].output;
    e.hasLinear = true;
    std::vector<Contribution> terms;
    for (int64_t i = 0; i < linear.inFeatures(); ++i) {
        const float w = linear.weight().at({selectedNeuron_, i});
        const float x = previous.at({sample_, i});
        terms.push_back({static_cast<int>(i), w, x, w * x});
    }
    std::sort(terms.begin(), terms.end(), [](const Contribution &a, const Contribution &b) {
        return std::abs(a.product) > std::abs(b.product);
    });
    const size_t shown = std::min<size_t>(kExplainedTerms, terms.size());
    e.largest.assign(terms.begin(), terms.begin() + static_cast<long>(shown));
    for (size_t i = shown; i < terms.size(); ++i)
        e.rest += terms[i].product;
    e.bias = linear.bias().data()[selectedNeuron_];
    e.z = records[static_cast<size_t>(linearStage)].output.at({sample_, selectedNeuron_});
    if (selectedStage_ > linearStage) {
        e.hasActivation = true;
        const StageRecord &after = records[static_cast<size_t>(selectedStage_)];
        e.activationName = after.kind == StageKind::Softmax
            ? QStringLiteral("Softmax")
            : QLatin1String(
                network_.hiddenActivations()[static_cast<size_t>(layer)].spec().moduleName);
        e.activated = after.output.at({sample_, selectedNeuron_});
    }
    return e;
}

QString MlpState::consoleText() const
{
    // The seed program prints x[0, :5] after every layer, then the logits and the softmax demo.
    QString text;
    const StageRecords records = network_.records();
    const int layers = static_cast<int>(network_.layers().size());
    for (size_t s = 1; s < records.size(); ++s) {
        const StageRecord &r = records[s];
        const std::string first5 = numpyArray(
            row(r.output, 0, 5), 1, static_cast<int>(std::min<int64_t>(5, r.output.size(1))));
        if (r.kind == StageKind::Linear && r.layer + 1 < layers) {
            text += QStringLiteral("%1After fc%2: %3\n")
                        .arg(r.layer > 0 ? QStringLiteral("\n") : QString())
                        .arg(r.layer + 1)
                        .arg(QString::fromStdString(first5));
        } else if (r.kind == StageKind::Activation) {
            text
                += QStringLiteral("After %1: %2\n")
                       .arg(QLatin1String(network_.hiddenActivations()[static_cast<size_t>(r.layer)]
                                              .spec()
                                              .moduleName),
                           QString::fromStdString(first5));
        } else if (r.kind == StageKind::Linear) {
            text += QStringLiteral("\nFinal Logits (before Softmax): %1\n")
                        .arg(QString::fromStdString(
                            numpyArray(r.output.values(), static_cast<int>(r.output.size(0)),
                                static_cast<int>(r.output.size(1)))));
        } else if (r.kind == StageKind::Softmax) {
            const std::vector<float> first = row(r.output, 0, r.output.size(1));
            float sum = 0;
            for (float p : first)
                sum += p;
            const QString shape = QStringLiteral("torch.Size([%1, %2])")
                                      .arg(r.output.size(0))
                                      .arg(r.output.size(1));
            text += QStringLiteral(
                "\n--- Softmax Demonstration ---\nOutput Logits shape: %1\nProbabilities shape: "
                "%1\n"
                "Probabilities for first sample:\n%2\nSum of probabilities for first sample: %3\n")
                        .arg(shape,
                            QString::fromStdString(
                                numpyArray(first, 1, static_cast<int>(first.size()))),
                            QString::fromStdString(pythonFloat(sum)));
        }
    }
    return text;
}

} // namespace al
