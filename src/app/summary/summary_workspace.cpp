#include "app/summary/summary_workspace.h"

#include "app/activation_texts.h"
#include "app/appearance.h"
#include "app/curves/curves_state.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <qcustomplot.h>
#include <tuple>

namespace al {

namespace {
enum Column {
    NameColumn,
    CurveColumn,
    GroupColumn,
    RangeColumn,
    StrengthsColumn,
    WeaknessesColumn,
    UseColumn,
    ColumnCount
};

constexpr int kNameRole = Qt::UserRole; // on the name cell: the functional name
constexpr int kSortRole = Qt::UserRole + 1; // what a cell sorts by, where not by its text
constexpr int kSortTieRole = Qt::UserRole + 2; // and then by this (a range's upper bound)
constexpr int kRankRole = Qt::UserRole + 3; // the lesson's order: ties, and the default order

// A cell that sorts by its keys: a name by the module's name, a group in the groups' order, an
// output range by its lowest and then its highest value; the texts by their text. Ties keep the
// lesson's order, so that every order is the same on every run.
class SortedItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        for (int role : {kSortRole, kSortTieRole}) {
            const QVariant mine = data(role), theirs = other.data(role);
            if (!mine.isValid() || !theirs.isValid())
                continue;
            const QPartialOrdering order = QVariant::compare(mine, theirs);
            if (order == QPartialOrdering::Less)
                return true;
            if (order == QPartialOrdering::Greater)
                return false;
        }
        if (!data(kSortRole).isValid())
            if (const int byText = QString::localeAwareCompare(text(), other.text()); byText != 0)
                return byText < 0;
        return data(kRankRole).toInt() < other.data(kRankRole).toInt();
    }
};

// The lowest and the highest output, to sort ranges by: sampled on the default x range (where
// GELU, SiLU and Mish dip) and out to ±10⁶; beyond ±1000 counts as unbounded. The range's text
// ("(−alpha, +∞)") names it; these numbers order it, with the default parameters.
std::pair<double, double> outputBounds(CurvesState &state)
{
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    auto take = [&] {
        for (const Curve &curve : state.curves())
            for (double y : curve.y)
                if (std::isfinite(y)) {
                    lowest = std::min(lowest, y);
                    highest = std::max(highest, y);
                }
    };
    take();
    QString error;
    if (state.setRange(-1e6, 1e6, &error))
        take();
    if (lowest < -1000)
        lowest = -std::numeric_limits<double>::infinity();
    if (highest > 1000)
        highest = std::numeric_limits<double>::infinity();
    return {lowest, highest};
}
} // namespace

SummaryWorkspace::SummaryWorkspace(Appearance &appearance, QWidget *parent)
    : Workspace(parent)
    , appearance_(appearance)
    , filter_(new QLineEdit(this))
    , table_(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filter_, 1);
    filterRow->addStretch(2);
    layout->addLayout(filterRow);
    layout->addWidget(table_);
    filter_->setObjectName(QStringLiteral("summaryFilter"));
    filter_->setClearButtonEnabled(true);
    // As in Curves: a click or Ctrl+F, so that the table has the first focus (arrows, Enter).
    filter_->setFocusPolicy(Qt::ClickFocus);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (isVisible())
            filter_->setFocus(Qt::ShortcutFocusReason);
    });
    connect(filter_, &QLineEdit::textChanged, this, &SummaryWorkspace::applyFilter);
    connect(filter_, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < table_->rowCount(); ++row)
            if (!table_->isRowHidden(row)) {
                table_->setCurrentCell(row, NameColumn);
                table_->setFocus(Qt::OtherFocusReason);
                return;
            }
    });

    table_->setObjectName(QStringLiteral("summaryTable"));
    table_->setColumnCount(ColumnCount);
    table_->setRowCount(static_cast<int>(activationRegistry().size()));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(true);
    table_->verticalHeader()->setVisible(false);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Column widths are set here (fitColumns), not left to the header's delayed resizing: rows
    // must be measured with the widths they will have, or a wrapped text ends in "…".
    QHeaderView *header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    // Sorting is ours, not QTableWidget's: a title clicked sorts up, again down, a third time
    // back to the lesson's order; the curve's title goes straight back to it.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        if (column == CurveColumn || (column == sortColumn_ && sortOrder_ == Qt::DescendingOrder))
            sortBy(-1);
        else
            sortBy(column, column == sortColumn_ ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    table_->viewport()->installEventFilter(this);
    setRegions(nullptr, table_, {});
    int row = 0;
    for (const ActivationSpec &spec : activationRegistry()) {
        const QString name = QString::fromLatin1(spec.functionalName);
        auto *plot = new QCustomPlot(table_);
        plot->setObjectName(QStringLiteral("summaryCurve:%1").arg(name));
        plot->axisRect()->setAutoMargins(QCP::msNone);
        plot->axisRect()->setMargins(QMargins(2, 2, 2, 2));
        plot->xAxis->setVisible(false);
        plot->yAxis->setVisible(false);
        plot->setAttribute(Qt::WA_TransparentForMouseEvents);
        plot->setFocusPolicy(Qt::NoFocus); // a picture in a cell; the row is what takes focus
        CurvesState state;
        QString error;
        state.selectActivation(name, &error);
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

        // The cells, their texts set by retranslate().
        const auto [lowest, highest] = outputBounds(state);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new SortedItem;
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            item->setData(kRankRole, quickPickRank(spec.functionalName));
            table_->setItem(row, column, item);
        }
        table_->item(row, NameColumn)->setData(kNameRole, name);
        table_->item(row, NameColumn)
            ->setData(kSortRole, QString::fromLatin1(spec.moduleName).toLower());
        table_->item(row, GroupColumn)->setData(kSortRole, groupedOrder(spec.functionalName));
        table_->item(row, RangeColumn)->setData(kSortRole, lowest);
        table_->item(row, RangeColumn)->setData(kSortTieRole, highest);
        ++row;
    }
    // Double-click and Enter both activate a row (one signal each, never two).
    connect(table_, &QTableWidget::cellActivated, this,
        [this](int row, int) { emit activationRequested(functionalNameAt(row)); });
    connect(&appearance_, &Appearance::changed, this, &SummaryWorkspace::styleCurves);
    sortBy(-1);
    retranslate();
    styleCurves();
}

QString SummaryWorkspace::functionalNameAt(int row) const
{
    const QTableWidgetItem *item = table_->item(row, NameColumn);
    return item ? item->data(kNameRole).toString() : QString();
}

void SummaryWorkspace::sortBy(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == CurveColumn) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    sortColumn_ = column;
    sortOrder_ = order;
    // The curve cells hold no text and no key of their own: sorted by them, rows fall back to
    // the lesson's order. The cell widgets (the curves) move with their rows.
    table_->sortItems(column < 0 ? CurveColumn : column, order);
    table_->horizontalHeader()->setSortIndicator(column, order);
    if (QTableWidgetItem *current = table_->currentItem())
        table_->scrollToItem(current);
}

void SummaryWorkspace::applyFilter(const QString &text)
{
    // Part of a name, the module's or the function's, as in Curves.
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QTableWidgetItem *name = table_->item(row, NameColumn);
        table_->setRowHidden(row,
            !name->text().contains(text, Qt::CaseInsensitive)
                && !name->data(kNameRole).toString().contains(text, Qt::CaseInsensitive));
    }
    fitted_ = {};
    fitRows();
}

QList<QPair<QString, QString>> SummaryWorkspace::keyHelp() const
{
    return {{QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                tr("open the selected activation in Curves")},
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
            tr("filter the activations by name")}};
}

void SummaryWorkspace::retranslate()
{
    table_->setHorizontalHeaderLabels({tr("Activation"), tr("Curve"), tr("Group"),
        tr("Output range"), tr("Strengths"), tr("Weaknesses"), tr("Typical use")});
    table_->setAccessibleName(tr("Summary of the activations"));
    table_->setToolTip(tr("Double-click a row (or press Enter) to open it in Curves. Click a "
                          "column's title to sort by it, again to reverse, a third time for the "
                          "lesson's order."));
    filter_->setPlaceholderText(tr("Filter: type part of a name"));
    filter_->setAccessibleName(tr("Filter the activations"));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const ActivationSpec &spec = *findActivation(functionalNameAt(row).toStdString());
        const ActivationTexts *texts = textsFor(spec.functionalName);
        const char *group = groupOf(spec.functionalName);
        const QString cells[] = {QStringLiteral("nn.") + QLatin1String(spec.moduleName), QString(),
            group ? translatedText(group) : tr("Other activations"),
            texts ? QString::fromUtf8(spec.traits.outputRange) : QString(),
            texts ? translatedText(texts->strengths) : QString(),
            texts ? translatedText(texts->weaknesses) : QString(),
            texts ? translatedText(texts->typicalUse) : QString()};
        for (int column = 0; column < ColumnCount; ++column)
            table_->item(row, column)->setText(cells[column]);
    }
    // Sorted by a text, the new language sorts differently.
    if (sortColumn_ >= 0)
        sortBy(sortColumn_, sortOrder_);
    fitted_ = {};
    fitRows();
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
    // The name as wide as its text (or its title), the curve as set; the group and the range as
    // wide as their widest piece, so that "Smooth rectifiers" and "(−∞, −lambd) ∪ {0} ∪ (lambd,
    // +∞)" wrap between pieces; the three texts share what is left and wrap.
    QHeaderView *header = table_->horizontalHeader();
    const QFontMetrics metrics(table_->font());
    const int padding = metrics.averageCharWidth(); // clear of the grid lines
    int used = table_->columnWidth(CurveColumn);
    const auto fit = [&](int column, int width) {
        width = std::max(width, header->sectionSizeHint(column)) + padding;
        table_->setColumnWidth(column, width);
        used += width;
    };
    fit(NameColumn, static_cast<const QAbstractItemView *>(table_)->sizeHintForColumn(NameColumn));
    const auto widestPiece = [&](int column, const QString &separator) {
        int widest = 0;
        for (int row = 0; row < table_->rowCount(); ++row)
            for (const QString &piece :
                table_->item(row, column)->text().split(separator, Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(piece.trimmed()));
        return widest + 2 * padding; // the cell's own margins
    };
    fit(GroupColumn, widestPiece(GroupColumn, QStringLiteral(" ")));
    fit(RangeColumn, widestPiece(RangeColumn, QStringLiteral(" ∪ ")));
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
            if (!table_->isRowHidden(row))
                rows += table_->rowHeight(row);
        if (scale <= 1.0 || rows <= table_->viewport()->height())
            break;
    }
}

QString SummaryWorkspace::exportCsv() const
{
    // The table as CSV, with RFC 4180 quoting: the rows the filter shows, in the order shown.
    auto quote = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    };
    QString csv;
    for (int row = -1; row < table_->rowCount(); ++row) {
        if (row >= 0 && table_->isRowHidden(row))
            continue;
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
