#pragma once

// Summary: the seed document's closing table, one row per activation with a small curve.
// Double-clicking a row asks the window to open that activation in Curves.

#include "app/workspace.h"

#include <QSize>
#include <memory>
#include <tuple>

class QTableWidget;

namespace al {

class Appearance;

class SummaryWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit SummaryWorkspace(Appearance &appearance, QWidget *parent = nullptr);

    QCustomPlot *exportPlot() const override { return nullptr; }
    QString exportCsv() const override;
    QString exportBaseName() const override { return QStringLiteral("summary"); }
    QString exportTitle() const override { return tr("The activations of torch.nn"); }

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void styleCurves();
    void fitColumns();
    void fitRows();

    Appearance &appearance_;
    QTableWidget *table_;
    std::tuple<QSize, qreal, double> fitted_; // the viewport, text size and mode rows fit last
};

} // namespace al
