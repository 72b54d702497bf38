#pragma once

// Summary: the seed document's closing table, one row per activation with a small curve. It opens
// in the lesson's order (the seed's five first, then family by family); clicking a column's title
// sorts by it, the filter keeps the rows whose name matches, and activating a row (double-click
// or Enter) asks the window to open that activation in Curves.

#include "app/workspace.h"

#include <QSize>
#include <memory>
#include <tuple>

class QLineEdit;
class QTableWidget;

namespace al {

class Appearance;

class SummaryWorkspace : public Workspace {
    Q_OBJECT

public:
    explicit SummaryWorkspace(Appearance &appearance, QWidget *parent = nullptr);

    QCustomPlot *exportPlot() const override { return nullptr; }
    QString exportCsv() const override; // the rows shown, in the order shown
    QString exportBaseName() const override { return QStringLiteral("summary"); }
    QString exportTitle() const override { return tr("The activations of torch.nn"); }
    QList<QPair<QString, QString>> keyHelp() const override;

    // Sorts by a column (its index in the table), or with -1 in the lesson's order.
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void styleCurves();
    void fitColumns();
    void fitRows();
    void applyFilter(const QString &text);
    QString functionalNameAt(int row) const;

    Appearance &appearance_;
    QLineEdit *filter_;
    QTableWidget *table_;
    std::tuple<QSize, qreal, double> fitted_; // the viewport, text size and mode rows fit last
    int sortColumn_ = -1; // -1: the lesson's order
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

} // namespace al
