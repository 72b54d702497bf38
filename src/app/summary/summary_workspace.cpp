#include "app/summary/summary_workspace.h"

#include "app/activation_texts.h"
#include "app/appearance.h"
#include "app/curves/curves_state.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <tuple>

namespace al {

namespace {
enum Column {
    NameColumn,
    CurveColumn,
    RangeColumn,
    StrengthsColumn,
    WeaknessesColumn,
    UseColumn,
    ColumnCount
};
}

SummaryWorkspace::SummaryWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , appearance_(appearance)
    , table_(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    table_->setObjectName(QStringLiteral("summaryTable"));
    table_->setColumnCount(ColumnCount);
    table_->setRowCount(static_cast<int>(activationRegistry().size()));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(true);
    table_->verticalHeader()->setVisible(false);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Column widths are set here (fitColumns), not left to the header's delayed resizing: rows
    // must be measured with the widths they will have, or a wrapped text ends in "…".
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->viewport()->installEventFilter(this);
    setRegions(nullptr, table_, {});
    int row = 0;
    for (const ActivationSpec &spec : activationRegistry()) {
        auto *plot = new QCustomPlot(table_);
        plot->setObjectName(
            QStringLiteral("summaryCurve:%1").arg(QLatin1String(spec.functionalName)));
        plot->axisRect()->setAutoMargins(QCP::msNone);
        plot->axisRect()->setMargins(QMargins(2, 2, 2, 2));
        plot->xAxis->setVisible(false);
        plot->yAxis->setVisible(false);
        plot->setAttribute(Qt::WA_TransparentForMouseEvents);
        plot->setFocusPolicy(Qt::NoFocus); // a picture in a cell; the row is what takes focus
        CurvesState state;
        QString error;
        state.selectActivation(QString::fromLatin1(spec.functionalName), &error);
        // Every output a swept input moves: softmax's p0 rising while the others fall, not one
        // S-curve that would pass for a sigmoid.
        for (const Curve &curve : state.curves()) {
            QCPGraph *graph = plot->addGraph();
            graph->setData(curve.x, curve.y, true);
            plot->xAxis->setRange(curve.x.front(), curve.x.back());
        }
        plot->yAxis->rescale();
        plot->yAxis->scaleRange(1.15);
        // The axes through 0, faint: ReLU's floor and LeakyReLU's dip below it, sigmoid's (0, 1)
        // against tanh's (−1, 1) read at a glance.
        for (const auto &[from, to] :
            {std::pair {QPointF(0, 0), QPointF(1, 0)}, std::pair {QPointF(0, 0), QPointF(0, 1)}}) {
            auto *axis = new QCPItemStraightLine(plot);
            axis->setObjectName(QStringLiteral("zeroLine"));
            axis->setLayer(QStringLiteral("grid")); // under the curve
            axis->point1->setCoords(from);
            axis->point2->setCoords(to);
        }
        table_->setCellWidget(row, CurveColumn, plot);
        ++row;
    }
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit activationRequested(
            QString::fromLatin1(activationRegistry().at(static_cast<size_t>(row)).functionalName));
    });
    connect(table_, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit activationRequested(
            QString::fromLatin1(activationRegistry().at(static_cast<size_t>(row)).functionalName));
    });
    connect(&appearance_, &Appearance::changed, this, &SummaryWorkspace::styleCurves);
    retranslate();
    styleCurves();
}

void SummaryWorkspace::retranslate()
{
    table_->setHorizontalHeaderLabels({tr("Activation"), tr("Curve"), tr("Output range"),
        tr("Strengths"), tr("Weaknesses"), tr("Typical use")});
    table_->setAccessibleName(tr("Summary of the activations"));
    table_->setToolTip(tr("Double-click a row (or press Enter) to open it in Curves."));
    int row = 0;
    for (const ActivationSpec &spec : activationRegistry()) {
        const ActivationTexts *texts = textsFor(spec.functionalName);
        const QString cells[] = {QStringLiteral("nn.") + QLatin1String(spec.moduleName), QString(),
            texts ? QString::fromUtf8(spec.traits.outputRange) : QString(),
            texts ? translatedText(texts->strengths) : QString(),
            texts ? translatedText(texts->weaknesses) : QString(),
            texts ? translatedText(texts->typicalUse) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            if (column == CurveColumn)
                continue;
            auto *item = new QTableWidgetItem(cells[column]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            table_->setItem(row, column, item);
        }
        ++row;
    }
    table_->resizeRowsToContents();
}

bool SummaryWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    // The texts wrap: a new width needs new row heights, measured once the stretched columns
    // have taken their new widths (after this event).
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &SummaryWorkspace::fitRows, Qt::QueuedConnection);
    return Workspace::eventFilter(watched, event);
}

void SummaryWorkspace::styleCurves()
{
    for (int row = 0; row < table_->rowCount(); ++row)
        if (auto *plot = qobject_cast<QCustomPlot *>(table_->cellWidget(row, CurveColumn))) {
            const QColor base = table_->palette().color(QPalette::Base);
            plot->setBackground(base);
            plot->axisRect()->setBackground(base);
            for (int i = 0; i < plot->graphCount(); ++i)
                plot->graph(i)->setPen(QPen(appearance_.curveColour(i), appearance_.lineWidth()));
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(i)))
                    line->setPen(QPen(appearance_.gridColour(), 1));
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    QFont header = QApplication::font();
    header.setPointSizeF(header.pointSizeF() * (appearance_.presentation() ? 1.15 : 1.0));
    table_->horizontalHeader()->setFont(header);
    fitted_ = {};
    const int thumbnailWidth = static_cast<int>(150 * appearance_.textScale());
    table_->setColumnWidth(CurveColumn, thumbnailWidth);
    for (int row = 0; row < table_->rowCount(); ++row)
        if (QWidget *plot = table_->cellWidget(row, CurveColumn))
            plot->setFixedHeight(thumbnailWidth * 3 / 5);
    fitRows();
}

void SummaryWorkspace::fitColumns()
{
    // Names and ranges as wide as their text (or their header), the curve as set, and the three
    // texts share what is left and wrap.
    QHeaderView *header = table_->horizontalHeader();
    int used = table_->columnWidth(CurveColumn);
    for (int column : {NameColumn, RangeColumn}) {
        const int width
            = std::max(static_cast<const QAbstractItemView *>(table_)->sizeHintForColumn(column),
                  header->sectionSizeHint(column))
            + table_->fontMetrics().averageCharWidth(); // clear of the grid lines
        table_->setColumnWidth(column, width);
        used += width;
    }
    const int text = std::max(80, (table_->viewport()->width() - used) / 3);
    for (int column : {StrengthsColumn, WeaknessesColumn, UseColumn})
        table_->setColumnWidth(column, text);
}

void SummaryWorkspace::fitRows()
{
    // The table is this workspace's picture: in presentation mode its text grows past the
    // controls' (as plot text does), as far as lets every row show, from 1.6 times the controls'
    // text down to 1; rows that still do not fit scroll a whole row at a time.
    const double largest = appearance_.presentation() ? 1.6 : 1.0;
    const auto fitted
        = std::make_tuple(table_->viewport()->size(), QApplication::font().pointSizeF(), largest);
    if (fitted == fitted_)
        return; // a resize this fitting caused (a scroll bar came or went at the same height)
    fitted_ = fitted;
    for (double scale = largest;; scale -= 0.05) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * scale);
        table_->setFont(font);
        fitColumns();
        table_->resizeRowsToContents();
        int rows = 0;
        for (int row = 0; row < table_->rowCount(); ++row)
            rows += table_->rowHeight(row);
        if (scale <= 1.0 || rows <= table_->viewport()->height())
            break;
    }
}

QString SummaryWorkspace::exportCsv() const
{
    // The table as CSV, with RFC 4180 quoting.
    auto quote = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    };
    QString csv;
    for (int row = -1; row < table_->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            if (column == CurveColumn)
                continue;
            cells << quote(row < 0 ? table_->horizontalHeaderItem(column)->text()
                                   : table_->item(row, column)->text());
        }
        csv += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace al
