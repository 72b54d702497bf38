#pragma once

// Curves: every activation and its gradient, live. The view of a CurvesState.

#include "app/curves/curves_state.h"
#include "app/workspace.h"

#include <memory>
#include <optional>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPAbstractItem;
class QListWidgetItem;

namespace Ui {
class CurvesWorkspace;
}

class QPushButton;

namespace al {

class Appearance;
class ParameterEditor;

class CurvesWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit CurvesWorkspace(Appearance &appearance, QWidget *parent = nullptr);
    ~CurvesWorkspace() override;

    bool selectActivation(const QString &functionalName) override;
    const CurvesState &state() const { return state_; }
    // A f′ axis that always holds 0 and 1, so that activations compare (on by default).
    void setDerivativeScaleLocked(bool locked);

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
    void setUpPlot();
    void applyFilter(const QString &text);
    void rebuildParameterEditors();
    void refresh(); // everything from the state
    void refreshControls();
    void refreshPlot();
    void refreshZones();
    void refreshHover();
    void refreshTexts();
    void report(bool ok, const QString &error);
    void applyAppearance();
    void keepCurrentActivationInSight();
    QString curveLabel(const Curve &curve) const;

    std::unique_ptr<Ui::CurvesWorkspace> ui_;
    Appearance &appearance_;
    CurvesState state_;
    QCPAxisRect *functionRect_ = nullptr;
    QCPAxisRect *derivativeRect_ = nullptr;
    QCPItemTracer *tracer_ = nullptr;
    QCPItemStraightLine *tangent_ = nullptr;
    QCPItemText *readoutText_ = nullptr;
    std::vector<QCPAbstractItem *> zoneItems_;
    std::vector<ParameterEditor *> editors_;
    // RReLU in training: draws new slopes (the next seed). Null for rows without a seed.
    QPushButton *resampleButton_ = nullptr;
    const ActivationSpec *editorsFor_ = nullptr;
    std::optional<double> hoverX_;
    bool derivativeShown_ = true;
    bool hoverOnDerivative_ = false; // the pointer is over the f′ panel
    bool derivativeScaleLocked_ = true; // f′ axis always holds 0 and 1
    QString infoCardHtml_;
};

} // namespace al
