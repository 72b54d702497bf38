#pragma once

// Deep stack: vanishing and exploding gradients. A stack of depth x (Linear(width, width),
// activation) under one initialisation, a head of 10 classes and a cross-entropy loss, as
// activation-lab-cli deep builds it from torch.manual_seed; one backward pass, and per layer the
// norm of the weight's gradient (log scale), the spread of the activation's outputs and the
// share of saturated or dead units. The computation runs off the GUI thread (a depth-50 stack
// of width 256 takes a tenth of a second): a drag never waits for it, and only the latest
// settings are computed.

#include "app/workspace.h"
#include "core/deep.h"

#include <QFutureWatcher>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QCPLegend;
class QCPTextElement;

namespace al {

// What a computation off the GUI thread hands back.
struct DeepOutcome {
    std::optional<DeepStack> stack;
    QString error; // the core's refusal, if any
    std::shared_ptr<const DeepDraw> draw; // the generator's draw it ran, for the next one
};

class Appearance;
class CodeView;
class Plot;
class TextPanel;

class DeepWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit DeepWorkspace(Appearance &appearance, QWidget *parent = nullptr);
    ~DeepWorkspace() override;

    QCustomPlot *exportPlot() const override;
    QString exportCsv() const override;
    QString exportBaseName() const override { return QStringLiteral("deep-stack"); }
    QString exportTitle() const override;
    QVariantMap viewState() const override;
    QStringList setViewState(const QVariantMap &state, StateMode mode) override;

    const DeepStackOptions &options() const { return options_; }
    // The result shown, for the options it was computed for; none before the first one arrives.
    const std::optional<DeepStack> &result() const { return result_; }
    const DeepStackOptions &resultOptions() const { return resultOptions_; }
    bool computing() const { return watcher_.isRunning(); }
    bool settled() const override;
    // Shows these options and computes them on this thread (the bench: one whole update).
    void computeNow(const DeepStackOptions &options);

    // The teacher's three set pieces: sigmoid with nn.Linear's init (gradients vanish), ReLU
    // with Kaiming's (level), ReLU with weights scaled up (they explode).
    enum class Preset { Vanishing, Level, Exploding };
    void applyPreset(Preset preset);

signals:
    void resultShown(); // a new result is on screen

protected:
    void retranslate() override;

private:
    void buildControls(QWidget *column);
    void readControls(); // the controls into options_, then a computation
    void showOptions(); // options_ into the controls, without signals
    void request(); // computes options_ off the GUI thread, once the running one ends
    void display(const DeepStackOptions &options, const DeepStack &result);
    void refreshPicture();
    void refreshNotes();
    std::pair<QString, QString> verdict() const; // a caption, and the notes' sentence
    void refreshShareLabel();
    void styleAll();
    QString pythonCode() const;

    Appearance &appearance_;
    DeepStackOptions options_;
    std::optional<DeepStack> result_;
    DeepStackOptions resultOptions_;
    QFutureWatcher<DeepOutcome> watcher_;
    // The last draw: reused while only the activation or the weight scale changes (a drag).
    std::shared_ptr<const DeepDraw> draw_;
    DeepStackOptions running_;
    bool pending_ = false; // options changed while a computation ran
    QString error_;

    QComboBox *activationCombo_, *initCombo_;
    QSlider *depthSlider_, *scaleSlider_;
    QSpinBox *depthSpin_, *widthSpin_, *batchSpin_, *seedSpin_;
    QDoubleSpinBox *scaleSpin_;
    QPushButton *vanishingButton_, *levelButton_, *explodingButton_;
    QList<QLabel *> labels_;
    QList<QList<QWidget *>> labelled_; // the field(s) each label names
    Plot *plot_;
    QCPAxisRect *normRect_, *spreadRect_, *shareRect_;
    QCPGraph *normGraph_, *medianGraph_, *outerLow_, *outerHigh_, *innerLow_, *innerHigh_;
    QCPBars *shareBars_;
    QCPLegend *spreadLegend_;
    QCPTextElement *caption_;
    QCPItemText *noShare_;
    TextPanel *notes_;
    CodeView *code_;
};

} // namespace al
