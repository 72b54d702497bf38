#pragma once

// Train: a small network learns a two-dimensional data set live, as in TensorFlow Playground, and
// exactly as PyTorch would train it (`activation-lab-cli train`, File > Export Python program).
// The picture: the decision boundary with the training and test points; the network with every
// hidden unit's own picture and the weights as coloured lines; loss, accuracy, gradient norms and
// dead units over the steps. Compare trains the same network with two to four activations side
// by side, from the same seed, started together. Training runs from a RunLoop on the GUI thread
// a few steps per frame (a step of these networks takes microseconds), so a drag or a click never
// waits for more than one frame's steps.

#include "app/run_loop.h"
#include "app/train/train_session.h"
#include "app/workspace.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <array>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QCPAbstractLegendItem;
class QCPAxisRect;
class QCPGraph;
class QCPItemPixmap;
class QCPItemText;
class QCPLayoutGrid;
class QCPLegend;
class QCPMarginGroup;
class QCPTextElement;

namespace al {

class Appearance;
class CodeView;
class Plot;
class TextPanel;
class TrainDiagram;

class TrainWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit TrainWorkspace(Appearance &appearance, QWidget *parent = nullptr);
    ~TrainWorkspace() override;

    QCustomPlot *exportPlot() const override;
    QString exportCsv() const override; // the curves' history
    QString exportBaseName() const override { return QStringLiteral("train"); }
    QString exportTitle() const override;
    QString pythonProgram() const override;
    QList<QPair<QString, QString>> keyHelp() const override;
    QVariantMap viewState() const override;
    QStringList setViewState(const QVariantMap &state, StateMode mode) override;

    const TrainSetup &setup() const { return setup_; }
    const TrainSession &session() const { return *session_; }
    RunLoop &runLoop() { return loop_; }
    // A new setup, as the controls would give it: the session restarts from step 0. On a refusal
    // the message is shown, and the setup and the session stay as they were.
    bool applySetup(const TrainSetup &setup);
    // The data set as CSV rows x1,x2,label (what Import reads back).
    QString dataCsv() const;
    bool importCsv(const QString &path); // false (and a message) for a file it refuses
    // Redraws everything now (the bench: one frame).
    void refreshNow();

signals:
    void frameShown(); // the picture was redrawn

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Training pauses while another workspace (or a minimised window) hides this one, and goes
    // on when it is shown again: nobody watches it, and it would take a core.
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool resumeWhenShown_ = false;
    void buildControls(QWidget *column);
    QWidget *buildRunBar(QWidget *parent);
    TrainSetup readControls() const;
    void showSetup(); // setup_ into the controls, without signals
    void controlsChanged();
    void rebuildPictures(); // the plots for the session's runs and layers
    void refreshPicture();
    void refreshCounters();
    void refreshNotes();
    void refreshCode();
    void styleAll();
    // The plots placed in the picture as its room allows (see arrangements() in the .cpp).
    void layOut();
    // The curves' legend in as many columns as `width` holds, and the curves' own minimum size.
    void fitCurveLegend(int width);
    void fitCurvesMinimum();
    // The three charts one over the other, or side by side (a wide, low place under the
    // boundaries of a comparison); each reads its own steps when side by side.
    void arrangeCharts(bool inRow);
    void fitChartSteps(int width); // the steps' tick count for the charts' width
    int legendWidth(int columns) const;
    int legendColumns(int width) const; // the most that `width` holds
    int legendHeight(int columns) const;
    std::vector<QCPAbstractLegendItem *> legendItems() const;
    // A boundary's title, broken into lines where `width` pixels do not hold it on one.
    QString runCaption(size_t run, int width) const;

    Appearance &appearance_;
    TrainSetup setup_;
    std::unique_ptr<TrainSession> session_;
    RunLoop loop_;

    QComboBox *datasetCombo_, *optimizerCombo_, *speedCombo_;
    QSpinBox *classesSpin_, *pointsSpin_, *testSpin_, *dataSeedSpin_, *layersSpin_, *batchSpin_,
        *seedSpin_, *compareCountSpin_;
    QDoubleSpinBox *noiseSpin_, *lrSpin_, *momentumSpin_, *decaySpin_;
    QPushButton *importButton_, *exportDataButton_;
    std::array<QCheckBox *, kFeatureCount> featureChecks_ {};
    std::array<QSpinBox *, kMaxTrainHiddenLayers> unitSpins_ {};
    std::array<QComboBox *, kMaxTrainHiddenLayers> layerCombos_ {};
    std::array<QWidget *, kMaxTrainHiddenLayers> layerRows_ {};
    std::array<QLabel *, kMaxTrainHiddenLayers> layerLabels_ {};
    QCheckBox *compareCheck_;
    std::array<QComboBox *, kMaxCompareRuns> compareCombos_ {};
    QList<QLabel *> labels_;
    QList<QWidget *> labelled_;
    QList<QLabel *> groupTitles_;
    QString importedName_;

    QWidget *picture_;
    QWidget *runBar_;
    QPushButton *playButton_, *stepButton_, *resetButton_;
    QLabel *counterLabel_;
    QGridLayout *grid_;
    int generation_ = 0; // bumped when the points, axes or styles change: a whole replot
    int arrangement_ = -1; // which of arrangements(runs) the grid holds; -1: none yet
    int arrangedRuns_ = 0;
    struct Boundary {
        Plot *plot = nullptr;
        QCPItemPixmap *pixmap = nullptr;
        QCPTextElement *title = nullptr;
        std::vector<QCPGraph *> train, test; // per class
        // The boundary's grid, for the area last shown and the features it went through.
        Tensor gridInputs;
        double gridX = 0, gridY = 0;
        std::vector<Feature> gridFeatures;
        int shownGeneration = -1; // the points and axes are those of generation_
    };
    std::array<Boundary, kMaxCompareRuns> boundaries_;
    TrainDiagram *diagram_;
    Plot *curves_;
    std::array<QCPAxisRect *, 3> curveRects_ {}; // loss and accuracy, gradient norm, dead units
    QCPLegend *curveLegend_;
    QCPLayoutGrid *charts_; // the three charts, under the legend
    QCPMarginGroup *chartsLeft_, *chartsTop_; // their axes lined up, stacked or in a row
    bool chartsInRow_ = false;
    // The least the three charts under the legend need, one over the other and side by side.
    QSize stackedCharts_, rowOfCharts_;
    struct CurveStyle {
        QCPGraph *graph;
        int colour; // Appearance::curveColour's index
        Qt::PenStyle style;
    };
    std::vector<CurveStyle> curveStyles_;
    std::vector<QCPItemText *> normLabels_; // fc1, fc2, ... at their gradient lines' ends
    TextPanel *notes_;
    QElapsedTimer notesClock_; // since the notes were last written
    CodeView *code_;
};

} // namespace al
