#include "app/workspace.h"

#include "app/appearance.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace al {

void Workspace::setRegions(QWidget *controls, QWidget *visual, const QList<QWidget *> &notes)
{
    visual_ = visual;
    for (QWidget *note : notes)
        notes_.append(note);
    controls_ = controls;
    if (!controls)
        return;
    controlsScroll_ = scrollable(controls);
    controlsScroll_->setObjectName(QStringLiteral("controlsScroll"));
    controlsScroll_->setAccessibleName(tr("Controls"));
    controlsScroll_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    fitControlsWidth();
}

QScrollArea *Workspace::scrollable(QWidget *column)
{
    QWidget *parent = column->parentWidget();
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(column->objectName() + QStringLiteral("Scroll"));
    scroll->setAccessibleName(column->accessibleName());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (QLayout *layout = parent->layout())
        delete layout->replaceWidget(column, scroll);
    scroll->setWidget(column);
    scroll->setMinimumWidth(
        column->minimumWidth() + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMaximumWidth(column->maximumWidth());
    return scroll;
}

QWidget *Workspace::controlsPanel() const
{
    return controlsScroll_;
}

void Workspace::fitControlsWidth()
{
    // As wide as the column's own limit (which grows with the text) plus room for the scroll bar:
    // a scroll area alone would let the layout squeeze the controls to nothing.
    if (!controlsScroll_)
        return;
    // Never narrower than its texts need (a Chinese label can be wider than the English one).
    const int limit = std::min(controls_->maximumWidth(), 2000);
    const int wanted = std::max(controls_->minimumSizeHint().width(),
        std::min(limit, std::max(controls_->sizeHint().width(), limit * 3 / 4)));
    if (controls_->maximumWidth() < wanted)
        controls_->setMaximumWidth(wanted);
    controlsScroll_->setFixedWidth(
        wanted + controlsScroll_->verticalScrollBar()->sizeHint().width() + 2);
}

void Workspace::fitControls(const Appearance &appearance)
{
    for (QWidget *text : pictureTexts_)
        text->setFont(appearance.pictureFont());
    if (!controls_)
        return;
    appearance.fitWidthLimit(controls_);
    fitControlsWidth();
}

void Workspace::setControlsShown(bool shown)
{
    if (controlsScroll_)
        controlsScroll_->setVisible(shown);
}

void Workspace::setNotesShown(bool shown)
{
    for (const QPointer<QWidget> &note : std::as_const(notes_))
        if (note)
            note->setVisible(shown);
}

QString Workspace::fieldError() const
{
    return fieldError_ && !fieldError_->isHidden() ? fieldError_->text() : QString();
}

void Workspace::refuse(const QString &message, QWidget *control)
{
    if (!control)
        control = qobject_cast<QWidget *>(sender());
    if (!control || !isAncestorOf(control))
        control = QApplication::focusWidget();
    if (!fieldError_) {
        fieldError_ = new QLabel(this);
        fieldError_->setObjectName(QStringLiteral("fieldError"));
        fieldError_->setWordWrap(true);
        fieldError_->setAutoFillBackground(true);
        fieldError_->setMargin(6);
        fieldError_->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    QPalette palette = fieldError_->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x2a, 0x00));
    fieldError_->setPalette(palette);
    fieldError_->setText(QStringLiteral("⚠ ") + message);
    fieldErrorControl_ = control && isAncestorOf(control) ? control : nullptr;
    placeFieldError();
    fieldError_->show();
    fieldError_->raise();
    emit statusMessage(message);
}

void Workspace::clearFieldError()
{
    if (fieldError_)
        fieldError_->hide();
}

void Workspace::placeFieldError()
{
    // Under its control, as wide as the control's column allows; at the top left without one.
    if (!fieldError_)
        return;
    QWidget *control = fieldErrorControl_;
    const bool anchored = control && control->isVisible();
    const QRect area = anchored ? QRect(control->mapTo(this, QPoint(0, 0)), control->size())
                                : QRect(0, 0, width() / 3, 0);
    const int w = std::clamp(std::max(area.width(), 260), 100, std::max(100, width() - 8));
    const int h = fieldError_->heightForWidth(w);
    int x = std::clamp(area.left(), 4, std::max(4, width() - w - 4));
    int y = area.bottom() + 2;
    if (y + h > height() - 4)
        y = std::max(4, area.top() - h - 2);
    fieldError_->setGeometry(x, y, w, h);
}

void Workspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        whenVisible("language", [this] {
            if (controlsScroll_)
                controlsScroll_->setAccessibleName(tr("Controls"));
            retranslate();
            fitControlsWidth(); // the other language's labels may need another width
        });
    QWidget::changeEvent(event);
}

void Workspace::whenVisible(const std::string &kind, std::function<void()> work)
{
    if (isVisible()) {
        work();
        return;
    }
    deferred_[kind] = std::move(work);
}

void Workspace::showEvent(QShowEvent *event)
{
    std::map<std::string, std::function<void()>> due;
    due.swap(deferred_);
    for (auto &[kind, work] : due)
        work();
    QWidget::showEvent(event);
}

void Workspace::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitControlsWidth(); // the first layout, with this workspace's texts in place
    if (fieldError_ && !fieldError_->isHidden())
        placeFieldError();
}

QStringList Workspace::setViewState(const QVariantMap &state, StateMode)
{
    return StateReader(state).problems(); // no keys here: every one is unknown
}

} // namespace al
