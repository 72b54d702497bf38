#pragma once

// Forward pass: the seed document's MLP stepped stage by stage, with PyTorch's own numbers.
// The view of an MlpState.

#include "app/mlp/mlp_state.h"
#include "app/widgets/code_view.h"
#include "app/widgets/heatmap.h"
#include "app/workspace.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QCPBars;
class QCPColorScale;
class QCPMarginGroup;
class QGroupBox;

namespace Ui {
class MlpWorkspace;
}

namespace al {

class Plot;

class Appearance;
class TextPanel;

class MlpWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit MlpWorkspace(Appearance &appearance, QWidget *parent = nullptr);
    ~MlpWorkspace() override;

    MlpState &state() { return state_; }

    QCustomPlot *exportPlot() const override;
    QString exportCsv() const override;
    QString exportBaseName() const override;
    QString exportTitle() const override;
    QList<QPair<QString, QString>> keyHelp() const override;
    QVariantMap viewState() const override;
    QStringList setViewState(const QVariantMap &state, StateMode mode) override;

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshControls();
    void refreshPlot();
    void fitPlotHeight(); // for the plot's font
    void refreshStatistics();
    void refreshExplanation();
    void refreshGradientExplanation(); // the selected neuron's δ, by the chain rule
    void rebuildActivationCombos();
    void buildTrainingBox(); // loss, gradients and SGD, under the dying-ReLU box
    void refreshTraining();
    void report(bool ok, const QString &error);

    std::unique_ptr<Ui::MlpWorkspace> ui_;
    Appearance &appearance_;
    MlpState state_;
    std::vector<QComboBox *> activationCombos_;
    QCPMarginGroup *margins_ = nullptr, *scaleMargins_ = nullptr;
    QString plotLayout_; // the stage, shape and sample the plot was built for
    QCPBars *sampleBars_ = nullptr;
    Heatmap batchMap_;
    QCPColorScale *batchScale_ = nullptr;

    QGroupBox *trainingBox_ = nullptr;
    QCheckBox *gradientsCheck_ = nullptr;
    QLabel *targetsLabel_ = nullptr, *lrLabel_ = nullptr, *momentumLabel_ = nullptr,
           *stepsLabel_ = nullptr;
    QLineEdit *targetsEdit_ = nullptr;
    QDoubleSpinBox *lrSpin_ = nullptr, *momentumSpin_ = nullptr;
    QSpinBox *stepsSpin_ = nullptr;
    QPushButton *trainButton_ = nullptr, *reloadButton_ = nullptr;
    TextPanel *lossPanel_ = nullptr, *historyPanel_ = nullptr;
    Plot *normChart_ = nullptr; // ‖∂L/∂W‖ of each layer
    QCPBars *normBars_ = nullptr;
    CodeView *trainingCode_ = nullptr; // the Python of the loss, backward and Train
};

// The console: a CodeView that shows its placeholder while it is empty (CodeView draws only the
// lines of its text).
class ConsoleView : public CodeView {
    Q_OBJECT

public:
    using CodeView::CodeView;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace al
