#pragma once

// Helpers for GUI tests: every text a user can see in a window, keyed by where it is, so that two
// walks (one per language) can be compared.

#include "app/appearance.h"
#include "core/activation.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <functional>
#include <memory>
#include <qcustomplot.h>

namespace gui {

// Finds a widget by objectName under root, or stops the test: a missing widget is a broken form.
template<typename T>
T *child(const QObject *root, const char *name)
{
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

// The row of a list (or the entry of a combo box) whose item holds `name` (an activation's
// functional name) as its data: tests pick activations by name, never by position.
inline int rowNamed(const QListWidget *list, const char *name)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String(name))
            return row;
    qFatal("no row %s", name);
}
inline void selectNamed(QListWidget *list, const char *name)
{
    list->setCurrentRow(rowNamed(list, name));
}
inline void selectNamed(QComboBox *combo, const char *name)
{
    const int index = combo->findData(QLatin1String(name));
    if (index < 0)
        qFatal("no entry %s", name);
    combo->setCurrentIndex(index);
}

// Each test starts from settings this app wrote, holding nothing else.
inline void freshSettings()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("format"), 1);
}

// A state dict of layers fc1 ... fcN of the given sizes (N + 1 of them), as the app reads one:
// weight(o, i) for every weight, `bias` for every bias.
inline QJsonObject stateDict(const std::vector<int> &sizes,
    const std::function<double(int out, int in)> &weight, double bias)
{
    QJsonObject dict;
    for (size_t l = 0; l + 1 < sizes.size(); ++l) {
        QJsonArray rows, biases;
        for (int o = 0; o < sizes[l + 1]; ++o) {
            QJsonArray row;
            for (int i = 0; i < sizes[l]; ++i)
                row.append(weight(o, i));
            rows.append(row);
            biases.append(bias);
        }
        dict.insert(QStringLiteral("fc%1.weight").arg(l + 1), rows);
        dict.insert(QStringLiteral("fc%1.bias").arg(l + 1), biases);
    }
    return dict;
}

// A workspace shown at classroom size with an Appearance of its own, remade for each test.
template<typename W>
class ShownWorkspace {
public:
    bool show()
    {
        appearance_ = std::make_unique<al::Appearance>();
        workspace_ = std::make_unique<W>(*appearance_);
        workspace_->resize(1280, 800);
        workspace_->show();
        return QTest::qWaitForWindowExposed(workspace_.get());
    }
    void reset()
    {
        workspace_.reset();
        appearance_.reset();
    }
    W *get() const { return workspace_.get(); }
    al::Appearance &appearance() const { return *appearance_; }
    W *operator->() const { return workspace_.get(); }

private:
    std::unique_ptr<al::Appearance> appearance_;
    std::unique_ptr<W> workspace_;
};

inline QString key(const QObject *object, const QString &what)
{
    return QStringLiteral("%1@%2/%3")
        .arg(object->metaObject()->className(),
            object->objectName().isEmpty() ? QString::number(quintptr(object), 16)
                                           : object->objectName(),
            what);
}

// Texts of visible widgets, their tool tips, list and table items, menus and plot axes.
inline QMap<QString, QString> visibleTexts(QWidget *root)
{
    QMap<QString, QString> texts;
    auto add = [&](const QObject *o, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.insert(key(o, what), text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && !qobject_cast<QMenu *>(w))
            continue;
        add(w, QStringLiteral("toolTip"), w->toolTip());
        add(w, QStringLiteral("accessibleName"), w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), box->title());
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            add(w, QStringLiteral("plainText"), browser->toPlainText());
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            add(w, QStringLiteral("title"), menu->title());
            for (QAction *action : menu->actions()) {
                add(action, QStringLiteral("text"), action->text());
                add(action, QStringLiteral("toolTip"), action->toolTip());
            }
        }
        if (auto *list = qobject_cast<QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                add(w, QStringLiteral("item%1").arg(i), list->item(i)->text());
        if (auto *table = qobject_cast<QTableWidget *>(w))
            for (int c = 0; c < table->columnCount(); ++c) {
                add(w, QStringLiteral("header%1").arg(c), table->horizontalHeaderItem(c)->text());
                for (int r = 0; r < table->rowCount(); ++r)
                    if (table->item(r, c))
                        add(w, QStringLiteral("cell%1,%2").arg(r).arg(c),
                            table->item(r, c)->text());
            }
        if (auto *plot = qobject_cast<QCustomPlot *>(w)) {
            // Plots rebuild their axes and items: key them by position, not by object.
            int n = 0;
            for (QCPAxisRect *rect : plot->axisRects())
                for (QCPAxis *axis : rect->axes())
                    add(plot, QStringLiteral("axis%1").arg(n++), axis->label());
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto *text = qobject_cast<QCPItemText *>(plot->item(i));
                    text && text->visible())
                    add(plot, QStringLiteral("text%1").arg(i), text->text());
        }
    }
    return texts;
}

// True if `text` is only proper names, code, formulas and numbers: the words a Chinese interface
// keeps as they are.
inline bool languageNeutral(const QString &text)
{
    // The activations' and their parameters' names come from the registry.
    static const QRegularExpression neutral([] {
        QStringList words {
            QStringLiteral("PyTorch|English|nn|torch|logits?|x|y|f|p|e|d|max|min|"
                           "float32|CPU|Qt|QCustomPlot|Eigen|fc\\d|JSON|CSV|PNG|SVG|PDF|sin")};
        for (const al::ActivationSpec &spec : al::activationRegistry()) {
            words << QLatin1String(spec.moduleName) << QLatin1String(spec.functionalName);
            for (const al::ParameterSpec &p : spec.parameters)
                words << QLatin1String(p.name);
        }
        return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))));
    }());
    QString rest = text;
    rest.remove(neutral);
    return !rest.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

} // namespace gui
