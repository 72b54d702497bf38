#include "app/lessons/lesson_player.h"

#include "app/export.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace al {

namespace {

// In teaching order: the seed's sections, then choosing an activation today.
const char *const kBuiltIn[] = {"nonlinearity", "dying-relu", "leaky-relu", "sigmoid", "tanh",
    "softmax-dim", "cross-entropy", "seed-network", "choosing"};

QString letter(size_t choice)
{
    return QString(QChar(u'A' + static_cast<char16_t>(choice)));
}

} // namespace

QStringList LessonPlayer::builtInNames()
{
    QStringList names;
    for (const char *name : kBuiltIn)
        names << QLatin1String(name);
    return names;
}

QString LessonPlayer::builtInPath(const QString &name)
{
    return QStringLiteral(":/lessons/%1.json").arg(name);
}

LessonPlayer::LessonPlayer(Host host, QWidget *parent)
    : QWidget(parent)
    , host_(std::move(host))
{
    setObjectName(QStringLiteral("lessonBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    auto button = [this, top](const char *name) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        top->addWidget(b);
        return b;
    };
    previousButton_ = button("lessonPreviousButton");
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("lessonHeading"));
    heading_->setTextFormat(Qt::PlainText);
    heading_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(heading_, 1);
    nextButton_ = button("lessonNextButton");
    againButton_ = button("lessonAgainButton");
    closeButton_ = button("lessonCloseButton");
    top->insertWidget(top->indexOf(heading_) + 1, nextButton_);
    layout->addLayout(top);
    narration_ = new QLabel(this);
    narration_->setObjectName(QStringLiteral("lessonNarration"));
    narration_->setWordWrap(true);
    narration_->setTextFormat(Qt::RichText);
    layout->addWidget(narration_);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("lessonNote"));
    note_->setWordWrap(true);
    note_->setTextFormat(Qt::PlainText);
    note_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note_);
    QFont emphasis = heading_->font();
    emphasis.setBold(true);
    heading_->setFont(emphasis);

    connect(previousButton_, &QToolButton::clicked, this, &LessonPlayer::previous);
    connect(nextButton_, &QToolButton::clicked, this, &LessonPlayer::next);
    connect(againButton_, &QToolButton::clicked, this, &LessonPlayer::showSlideAgain);
    connect(closeButton_, &QToolButton::clicked, this, &LessonPlayer::close);
    qApp->installEventFilter(this); // Page Down / Page Up, whatever has the focus
    hide();
    refresh();
}

QLabel *LessonPlayer::cover()
{
    if (!cover_) {
        cover_ = new QLabel(this);
        cover_->setObjectName(QStringLiteral("lessonQuestionCover"));
        cover_->setWordWrap(true);
        cover_->setTextFormat(Qt::RichText);
        cover_->setAlignment(Qt::AlignCenter);
        cover_->setAutoFillBackground(true);
        cover_->setMargin(24);
        cover_->hide();
    }
    return cover_;
}

void LessonPlayer::open(const Lesson &lesson, const QString &path, int slide)
{
    lesson_ = lesson;
    path_ = path;
    open_ = true;
    modified_ = false;
    slide_ = -1;
    show();
    if (!goTo(std::clamp(slide, 0, static_cast<int>(lesson_.slides.size()) - 1)))
        refresh(); // a new lesson, without slides yet
    emit changed();
}

void LessonPlayer::close()
{
    coverPicture(false);
    open_ = false;
    lesson_ = {};
    path_.clear();
    slide_ = -1;
    questionPending_ = false;
    hide();
    emit changed();
}

bool LessonPlayer::goTo(int slide)
{
    if (!open_ || slide < 0 || slide >= static_cast<int>(lesson_.slides.size()))
        return false;
    slide_ = slide;
    questionPending_ = lesson_.slides[size_t(slide)].question.has_value();
    showCurrent();
    emit changed();
    return true;
}

void LessonPlayer::next()
{
    if (questionPending_) {
        questionPending_ = false;
        coverPicture(false);
        refresh();
        return;
    }
    goTo(slide_ + 1);
}

void LessonPlayer::previous()
{
    goTo(slide_ - 1);
}

void LessonPlayer::showSlideAgain()
{
    if (slide_ >= 0)
        showCurrent();
}

void LessonPlayer::showCurrent()
{
    coverPicture(false);
    const QStringList problems = host_.show(lesson_.slides[size_t(slide_)]);
    if (!problems.isEmpty())
        emit statusMessage(tr("Slide %1 could not be shown: %2")
                               .arg(slide_ + 1)
                               .arg(problems.join(QStringLiteral("; "))));
    coverPicture(questionPending_);
    refresh();
}

void LessonPlayer::coverPicture(bool covered)
{
    if (covered_) {
        covered_->removeEventFilter(this);
        covered_ = nullptr;
    }
    QLabel *label = cover();
    label->hide();
    label->setParent(this); // back in the bar, hidden
    if (!covered)
        return;
    QWidget *picture = host_.workspace();
    if (!picture)
        return;
    covered_ = picture;
    label->setParent(picture);
    picture->installEventFilter(this);
    QFont font = picture->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    label->setFont(font);
    label->setText(questionHtml(*lesson_.slides[size_t(slide_)].question, false));
    label->setGeometry(picture->rect());
    label->raise();
    label->show();
}

QString LessonPlayer::questionHtml(const LessonQuestion &q, bool withAnswer) const
{
    const QString code = host_.language();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(q.prompt.in(code).toHtmlEscaped());
    for (size_t c = 0; c < q.choices.size(); ++c) {
        const QString choice
            = letter(c) + QStringLiteral(". ") + q.choices[c].in(code).toHtmlEscaped();
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(withAnswer && int(c) == q.answer ? QStringLiteral("<b>✔ %1</b>").arg(choice)
                                                         : choice);
    }
    if (!withAnswer)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Predict, then press Page Down to look.").toHtmlEscaped());
    else if (!q.explanation.in(code).isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(q.explanation.in(code).toHtmlEscaped());
    return html;
}

// The answer in one line under the narration: the bar stays short, the picture large.
QString LessonPlayer::answerHtml() const
{
    const LessonQuestion &q = *lesson_.slides[size_t(slide_)].question;
    const QString code = host_.language();
    return QStringLiteral("<br><b>✔ %1. %2</b> %3")
        .arg(letter(size_t(q.answer)), q.choices[size_t(q.answer)].in(code).toHtmlEscaped(),
            q.explanation.in(code).toHtmlEscaped());
}

void LessonPlayer::refresh()
{
    previousButton_->setText(tr("◀ Previous"));
    previousButton_->setToolTip(tr("The previous slide (Page Up)"));
    nextButton_->setText(tr("Next ▶"));
    nextButton_->setToolTip(tr("The next slide, or a question's answer (Page Down)"));
    againButton_->setText(tr("Show slide again"));
    againButton_->setToolTip(tr("Back to this slide's own settings after touching the controls"));
    closeButton_->setText(tr("Close lesson"));
    const QString code = host_.language();
    const int count = static_cast<int>(lesson_.slides.size());
    const QString lessonTitle
        = lesson_.title.in(code) + (modified_ ? QStringLiteral(" *") : QString());
    if (slide_ < 0) {
        heading_->setText(
            tr("%1: no slides yet. Lessons > Add this view as a slide.").arg(lessonTitle));
        narration_->clear();
        note_->clear();
    } else {
        const LessonSlide &s = lesson_.slides[size_t(slide_)];
        // While a question waits, so does the slide's title: it may name the answer.
        heading_->setText(tr("%1 · %2 / %3: %4")
                              .arg(lessonTitle)
                              .arg(slide_ + 1)
                              .arg(count)
                              .arg(questionPending_ ? tr("a question") : s.title.in(code)));
        // While a question waits, the narration (which may give the answer away) waits too.
        const QString narration = s.question && questionPending_
            ? QStringLiteral("<p><i>%1</i></p>")
                  .arg(tr("A question covers the picture: Page Down shows the answer.")
                           .toHtmlEscaped())
            : s.narration.in(code).toHtmlEscaped() + (s.question ? answerHtml() : QString());
        narration_->setText(narration);
        note_->setText(
            s.note.in(code).isEmpty() ? QString() : tr("Teacher's note: %1").arg(s.note.in(code)));
    }
    narration_->setVisible(!narration_->text().isEmpty());
    note_->setVisible(!presentation_ && !note_->text().isEmpty());
    previousButton_->setEnabled(slide_ > 0);
    nextButton_->setEnabled(questionPending_ || slide_ + 1 < count);
    againButton_->setEnabled(slide_ >= 0);
    if (cover_ && cover_->isVisible() && slide_ >= 0 && questionPending_)
        cover_->setText(questionHtml(*lesson_.slides[size_t(slide_)].question, false));
}

void LessonPlayer::setPresentation(bool on)
{
    presentation_ = on;
    refresh();
}

void LessonPlayer::addCurrentView()
{
    if (!open_)
        return;
    LessonSlide slide = host_.capture();
    const int number = slide_ + 2;
    // A placeholder title in both languages, for the teacher to edit.
    slide.title = {QStringLiteral("Slide %1").arg(number), QStringLiteral("第 %1 张").arg(number)};
    lesson_.slides.insert(lesson_.slides.begin() + (slide_ + 1), slide);
    modified_ = true;
    slide_ += 1;
    questionPending_ = false;
    refresh();
    emit changed();
}

void LessonPlayer::setSlideTexts(
    const LessonText &title, const LessonText &narration, const LessonText &note)
{
    if (slide_ < 0)
        return;
    LessonSlide &s = lesson_.slides[size_t(slide_)];
    s.title = title;
    s.narration = narration;
    s.note = note;
    modified_ = true;
    refresh();
    emit changed();
}

void LessonPlayer::moveSlide(int delta)
{
    const int to = slide_ + delta;
    if (slide_ < 0 || to < 0 || to >= static_cast<int>(lesson_.slides.size()))
        return;
    std::swap(lesson_.slides[size_t(slide_)], lesson_.slides[size_t(to)]);
    slide_ = to;
    modified_ = true;
    refresh();
    emit changed();
}

void LessonPlayer::deleteSlide()
{
    if (slide_ < 0)
        return;
    lesson_.slides.erase(lesson_.slides.begin() + slide_);
    modified_ = true;
    coverPicture(false);
    questionPending_ = false;
    slide_ = std::min(slide_, static_cast<int>(lesson_.slides.size()) - 1);
    if (slide_ >= 0)
        goTo(slide_);
    refresh();
    emit changed();
}

bool LessonPlayer::save(const QString &path, QString *error)
{
    if (lesson_.slides.empty()) {
        *error = tr("The lesson has no slides yet: add one first.");
        return false;
    }
    if (!saveLesson(lesson_, path, error))
        return false;
    path_ = path;
    modified_ = false;
    refresh();
    emit changed();
    return true;
}

bool LessonPlayer::exportHandout(const QString &path, QString *error)
{
    if (lesson_.slides.empty()) {
        *error = tr("The lesson has no slides yet: add one first.");
        return false;
    }
    if (!isWritableTarget(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString code = host_.language();
    const int keep = slide_;
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
            QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        pdf.setResolution(150);
        host_.pictureOnly(true);
        pdf.setTitle(lesson_.title.in(code));
        pdf.setCreator(QStringLiteral("Activation Lab"));
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        for (size_t i = 0; i < lesson_.slides.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            const LessonSlide &s = lesson_.slides[i];
            host_.show(s);
            host_.settle();
            QWidget *picture = host_.picture();
            const QPixmap shot = picture ? picture->grab() : QPixmap();
            QFont titleFont = font();
            titleFont.setPointSizeF(16);
            titleFont.setBold(true);
            painter.setFont(titleFont);
            const QString heading = tr("%1 · %2 / %3: %4")
                                        .arg(lesson_.title.in(code))
                                        .arg(i + 1)
                                        .arg(lesson_.slides.size())
                                        .arg(s.title.in(code));
            QRect titleRect(page.left(), page.top(), page.width(), page.height() / 12);
            painter.drawText(
                titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, heading);
            const QRect pictureBox(
                page.left(), titleRect.bottom() + 10, page.width(), page.height() * 55 / 100);
            if (!shot.isNull()) {
                const QSize size = shot.size().scaled(pictureBox.size(), Qt::KeepAspectRatio);
                painter.drawPixmap(
                    QRect(QPoint(pictureBox.left() + (pictureBox.width() - size.width()) / 2,
                              pictureBox.top()),
                        size),
                    shot);
            }
            QTextDocument text;
            text.documentLayout()->setPaintDevice(&pdf); // its dots per inch, not the screen's
            QFont body = font();
            body.setPointSizeF(12);
            text.setDefaultFont(body);
            QString html = QStringLiteral("<p>%1</p>").arg(s.narration.in(code).toHtmlEscaped());
            if (s.question) {
                html += questionHtml(*s.question, true);
            }
            text.setHtml(html);
            text.setTextWidth(page.width());
            // A long narration with a question gets a smaller font rather than a cut-off end.
            const double room = page.bottom() - pictureBox.bottom() - 16;
            while (text.size().height() > room && body.pointSizeF() > 7) {
                body.setPointSizeF(body.pointSizeF() - 0.5);
                text.setDefaultFont(body);
            }
            painter.save();
            painter.translate(page.left(), pictureBox.bottom() + 16);
            text.drawContents(
                &painter, QRectF(0, 0, page.width(), page.bottom() - pictureBox.bottom() - 16));
            painter.restore();
        }
    }
    host_.pictureOnly(false);
    if (keep >= 0)
        goTo(keep);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool LessonPlayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == covered_ && event->type() == QEvent::Resize && cover_)
        cover_->setGeometry(covered_->rect());
    if (open_ && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)
            && key->modifiers() == Qt::NoModifier && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == window()
            && !QApplication::activeModalWidget()) {
            event->accept(); // no shortcut takes it, and no spin box
            if (event->type() == QEvent::KeyPress) {
                if (key->key() == Qt::Key_PageDown)
                    next();
                else
                    previous();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LessonPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace al
