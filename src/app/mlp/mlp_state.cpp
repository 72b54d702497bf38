#include "app/mlp/mlp_state.h"

#include "app/export.h"
#include "app/mlp/numpy_format.h"
#include "core/activation.h"
#include "core/loss.h"
#include "core/optim.h"
#include "io/state_dict.h"

#include <QFile>
#include <QStringList>
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

// The kExplainedTerms largest |products| first; the sum of the others in *rest.
std::vector<Contribution> largestTerms(std::vector<Contribution> terms, float *rest)
{
    std::sort(terms.begin(), terms.end(), [](const Contribution &a, const Contribution &b) {
        return std::abs(a.product) > std::abs(b.product);
    });
    const size_t shown = std::min<size_t>(kExplainedTerms, terms.size());
    for (size_t i = shown; i < terms.size(); ++i)
        *rest += terms[i].product;
    terms.resize(shown);
    return terms;
}

} // namespace

MlpState::MlpState(QObject *parent)
    : QObject(parent)
    , network_(Mlp::fromTorchSeed(0))
    , baseLayers_(network_.layers())
{
    // First of the slots: every view that reacts to a change reads fresh gradients.
    connect(this, &MlpState::changed, this, [this] { gradients_.reset(); });
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
    // Targets that no longer fit the batch or the classes become the default ones.
    const int64_t batch = network_.input().size(0),
                  classes = network_.layers().back().outFeatures();
    bool fit = static_cast<int64_t>(targets_.size()) == batch;
    for (int64_t t : targets_)
        fit = fit && t < classes;
    if (!fit) {
        targets_.clear();
        for (int64_t b = 0; b < batch; ++b)
            targets_.push_back(b % classes);
    }
    history_ = {};
    trainedSteps_ = 0;
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

bool MlpState::hiddenActivationAllowed(const ActivationSpec &spec)
{
    return spec.isElementwise() && spec.kind != ActivationKind::Prelu;
}

bool MlpState::setHiddenActivation(int index, const QString &functionalName, QString *error)
{
    const ActivationSpec *spec = findActivation(functionalName.toStdString());
    if (!spec || !hiddenActivationAllowed(*spec) || index < 0
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

bool MlpState::canStep() const
{
    // With gradients shown the last stage is the logits: the loss reads them, not the softmax.
    const int last = network_.stageCount() - 1;
    const bool softmaxLast = network_.recording().back().kind == StageKind::Softmax;
    return network_.currentStage() < (gradientsShown_ && softmaxLast ? last - 1 : last);
}

void MlpState::step()
{
    if (canStep() && network_.step())
        emit changed();
}

void MlpState::stepBack()
{
    if (network_.stepBack())
        emit changed();
}

// With gradients shown the sequence runs backward: it starts at the logits, where the loss's
// gradient enters, and runs all the way back to the input.
void MlpState::reset()
{
    network_.reset();
    if (gradientsShown_)
        while (canStep())
            network_.step();
    emit changed();
}

void MlpState::runAll()
{
    if (gradientsShown_)
        while (network_.stepBack()) { }
    else
        while (canStep())
            network_.step();
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
    const Tensor *shown = shownTensor(network_.currentStage());
    return shown ? row(*shown, sample_, shown->size(1)) : std::vector<float>();
}

StageStatistics MlpState::statistics() const
{
    if (const Tensor *shown = shownTensor(network_.currentStage()); gradientsShown_ && shown)
        return stageStatistics(*shown, nullptr, false);
    const StageRecord &record = network_.current();
    const ActivationSpec *after = record.kind == StageKind::Activation
        ? &network_.hiddenActivations()[static_cast<size_t>(record.layer)].spec()
        : nullptr;
    return stageStatistics(record.output, after, record.kind == StageKind::Softmax);
}

float MlpState::stageExtent(int stage) const
{
    float extent = gradientsShown_ ? 1e-12f : 1e-6f; // gradients can be that small
    if (const Tensor *shown = shownTensor(stage))
        for (int64_t i = 0; i < shown->numel(); ++i)
            if (std::isfinite(shown->data()[i]))
                extent = std::max(extent, std::abs(shown->data()[i]));
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
    e.largest = largestTerms(std::move(terms), &e.rest);
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

QString MlpState::targetsText() const
{
    QStringList parts;
    for (int64_t t : targets_)
        parts << QString::number(t);
    return parts.join(QStringLiteral(", "));
}

bool MlpState::setTargets(const QString &text, QString *error)
{
    const int64_t batch = network_.input().size(0),
                  classes = network_.layers().back().outFeatures();
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::vector<int64_t> targets;
    for (const QString &part : parts) {
        bool ok = false;
        const qlonglong t = part.trimmed().toLongLong(&ok);
        if (!ok || t < 0 || t >= classes) {
            *error = tr("Each target is a class index from 0 to %1, one per sample; \"%2\" is not.")
                         .arg(classes - 1)
                         .arg(part.trimmed().left(20));
            return false;
        }
        targets.push_back(t);
    }
    if (static_cast<int64_t>(targets.size()) != batch) {
        *error = tr("The batch has %1 samples: give %1 targets, separated by commas.").arg(batch);
        return false;
    }
    targets_ = std::move(targets);
    emit changed();
    return true;
}

const MlpGradients &MlpState::gradients() const
{
    if (gradients_)
        return *gradients_;
    Sequential model = Sequential::mlp(network_.layers(), network_.hiddenActivations());
    const std::vector<Tensor> outputs = model.forward(network_.input());
    MlpGradients g;
    g.loss = crossEntropy(outputs.back(), targets_);
    SequentialGradients backward = model.backward(crossEntropyBackward(outputs.back(), targets_));
    g.stages = std::move(backward.outputs);
    g.parameters = std::move(backward.parameters);
    gradients_ = std::move(g);
    return *gradients_;
}

void MlpState::setGradientsShown(bool shown)
{
    if (shown == gradientsShown_)
        return;
    gradientsShown_ = shown;
    if (shown) {
        // loss.backward() follows the whole forward pass; the backward view starts at the
        // logits, where the loss's gradient enters (the softmax stage has none).
        while (canStep())
            network_.step();
        if (network_.current().kind == StageKind::Softmax)
            network_.stepBack();
    }
    emit changed();
}

const Tensor *MlpState::shownTensor(int stage) const
{
    if (!gradientsShown_)
        return stage <= network_.currentStage()
            ? &network_.recording()[static_cast<size_t>(stage)].output
            : nullptr;
    const std::vector<Tensor> &stages = gradients().stages;
    return stage < static_cast<int>(stages.size()) ? &stages[static_cast<size_t>(stage)] : nullptr;
}

namespace {

std::vector<int> unitsBelowZero(const Linear &fc1, const Tensor &input)
{
    const Tensor z = fc1.forward(input);
    std::vector<int> units;
    for (int64_t j = 0; j < z.size(1); ++j) {
        bool below = true;
        for (int64_t b = 0; b < z.size(0) && below; ++b)
            below = z.at({b, j}) <= 0;
        if (below)
            units.push_back(static_cast<int>(j));
    }
    return units;
}

} // namespace

std::vector<int> MlpState::inactiveUnits() const
{
    return unitsBelowZero(network_.layers().front(), network_.input());
}

int MlpState::inactiveUnitsWithoutGradient() const
{
    const Tensor &grad = gradients().parameters.front().tensor; // fc1.weight
    int count = 0;
    for (int unit : inactiveUnits()) {
        bool zero = true;
        for (int64_t i = 0; i < grad.size(1) && zero; ++i)
            zero = grad.at({unit, i}) == 0;
        count += zero;
    }
    return count;
}

bool MlpState::train(double lr, double momentum, int steps, QString *error)
{
    if (steps < 1 || steps > kMaxTrainingSteps) {
        *error = tr("Train 1 to %1 steps at a time.").arg(kMaxTrainingSteps);
        return false;
    }
    try {
        if (!(momentum >= 0 && momentum < 1))
            throw std::invalid_argument("momentum must be from 0 to less than 1");
        Sgd optimizer(lr, momentum);
        TrainingHistory history;
        history.inactiveUnits.push_back(static_cast<int>(inactiveUnits().size()));
        std::vector<Linear> layers = network_.layers();
        for (int s = 0; s < steps; ++s) {
            SgdRun run = trainWithSgd(std::move(layers), network_.hiddenActivations(),
                network_.input(), targets_, optimizer, 1);
            layers = std::move(run.layers);
            history.losses.push_back(run.losses.front());
            history.inactiveUnits.push_back(
                static_cast<int>(unitsBelowZero(layers.front(), network_.input()).size()));
        }
        // The shift is in the trained fc1 bias now: the base is what the slider adds it to.
        for (size_t i = 0; i < layers.size(); ++i)
            network_.setLayer(static_cast<int>(i), layers[i]);
        baseLayers_ = layers;
        Tensor bias = baseLayers_.front().bias();
        bias.flat() -= static_cast<float>(biasShift_);
        baseLayers_.front() = Linear(baseLayers_.front().weight(), bias);
        history_ = std::move(history);
        trainedSteps_ += steps;
    } catch (const std::invalid_argument &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    emit changed();
    return true;
}

NeuronGradient MlpState::explainGradient() const
{
    const MlpGradients &g = gradients();
    NeuronGradient e;
    e.stage = std::min(selectedStage_, static_cast<int>(g.stages.size()) - 1);
    e.neuron = selectedNeuron_;
    e.sample = sample_;
    e.batch = static_cast<int>(network_.input().size(0));
    e.delta = g.stages[size_t(e.stage)].at({sample_, e.neuron});
    const std::vector<StageRecord> &records = network_.recording();
    const int layers = static_cast<int>(network_.layers().size());
    const StageRecord &record = records[size_t(e.stage)];
    if (record.kind == StageKind::Linear && record.layer == layers - 1) {
        e.rule = NeuronGradient::Rule::Logit;
        e.probability = records[size_t(e.stage) + 1].output.at({sample_, e.neuron}); // softmax
        e.isTarget = targets_[size_t(sample_)] == e.neuron;
        return e;
    }
    if (record.kind == StageKind::Linear) {
        e.rule = NeuronGradient::Rule::ActivationDerivative;
        const Activation &a = network_.hiddenActivations()[size_t(record.layer)];
        e.activationName = QLatin1String(a.spec().moduleName);
        e.upstream = g.stages[size_t(e.stage + 1)].at({sample_, e.neuron});
        e.derivative = derivative(a, Tensor({1}, record.output.at({sample_, e.neuron}))).data()[0];
        return e;
    }
    // The input or an activation's output feeds the next Linear layer: δ = Σ_k W[k, j] δ_k.
    e.rule = NeuronGradient::Rule::NextLayerSum;
    e.nextLayer = Mlp::layerOf(e.stage + 1);
    const Linear &next = network_.layers()[size_t(e.nextLayer)];
    const Tensor &upstream = g.stages[size_t(Mlp::linearStage(e.nextLayer))];
    std::vector<Contribution> terms;
    for (int64_t k = 0; k < next.outFeatures(); ++k) {
        const float w = next.weight().at({k, e.neuron}), d = upstream.at({sample_, k});
        terms.push_back({static_cast<int>(k), w, d, w * d});
    }
    e.largest = largestTerms(std::move(terms), &e.rest);
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
    if (gradientsShown_) {
        // The backward pass, as the lines
        //   loss = nn.CrossEntropyLoss()(logits, torch.tensor([targets])); loss.backward()
        //   print("Loss:", loss.item())
        //   print("fc1.weight.grad[0, :5]:", model.fc1.weight.grad[0, :5].numpy())
        // print it.
        const MlpGradients &g = gradients();
        const Tensor &fc1 = g.parameters.front().tensor;
        text += QStringLiteral("\nTargets: tensor([%1])\nLoss: %2\nfc1.weight.grad[0, :5]: %3\n")
                    .arg(targetsText(), QString::fromStdString(pythonFloat(g.loss)),
                        QString::fromStdString(numpyArray(row(fc1, 0, 5), 1,
                            static_cast<int>(std::min<int64_t>(5, fc1.size(1))))));
    }
    return text;
}

} // namespace al
