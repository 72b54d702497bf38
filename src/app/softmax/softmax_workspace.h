#pragma once

// Softmax & dim: what dim normalises, temperature, the Jacobian, numerical stability and
// cross-entropy, on a tensor of logits the class can edit. The view of a SoftmaxState.

#include "app/softmax/softmax_state.h"
#include "app/widgets/heatmap.h"
#include "app/workspace.h"

#include <memory>

namespace Ui {
class SoftmaxWorkspace;
}

namespace al {

class Appearance;

class SoftmaxWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit SoftmaxWorkspace(Appearance &appearance, QWidget *parent = nullptr);
    ~SoftmaxWorkspace() override;

    const SoftmaxState &state() const { return state_; }

    QCustomPlot *exportPlot() const override;
    QString exportCsv() const override;
    QString exportBaseName() const override;
    QString exportTitle() const override;
    QVariantMap viewState() const override;
    QStringList setViewState(const QVariantMap &state, StateMode mode) override;

protected:
    void retranslate() override;

private:
    void refresh();
    void refreshControls();
    void refreshTable();
    void refreshCurrentTab();
    void refreshProbabilities();
    void buildProbabilities(); // axes, colour maps and labels for the current shape
    void buildSoftmax2d(); // one heatmap per channel and one of the sums, per sample
    QCustomPlot *clearedPlot();
    void refreshSoftmax2d();
    void buildGlu(); // the halves a and b and the output
    void refreshGlu();
    void styleColourScale(
        QCustomPlot *plot, int column, double lower, double upper, const QString &label);
    void refreshSums();
    void refreshJacobian();
    void refreshStability();
    void refreshCrossEntropy();
    void applyShape();
    void report(bool ok, const QString &error, QWidget *control = nullptr);
    QString explanation() const; // what the chosen function does along dim
    Shape requestedShape() const;

    std::unique_ptr<Ui::SoftmaxWorkspace> ui_;
    Appearance &appearance_;
    SoftmaxState state_;
    QString dimMessage_;
    Tensor shownLogits_; // what the table shows
    QString probabilityLayout_; // the shape and dim the heatmap was built for
    std::vector<Heatmap> probabilityMaps_;
    std::vector<Heatmap> extraMaps_; // softmax2d: the sums per sample; glu: the halves a and b
    QCPColorScale *probabilityScale_ = nullptr;
    QCPMarginGroup *probabilityMargins_ = nullptr; // the heatmaps' and the colour bar's
};

} // namespace al
