#include "app/lessons/lessons_menu.h"

#include "app/lessons/lesson_player.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>

namespace al {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("lessons/recent");

} // namespace

LessonsMenu::LessonsMenu(
    LessonPlayer &player, SlideCheck check, QSettings &settings, QWidget *parent)
    : QMenu(parent)
    , player_(player)
    , check_(std::move(check))
    , settings_(settings)
{
    setObjectName(QStringLiteral("menuLessons"));
    for (const QString &name : LessonPlayer::builtInNames()) {
        QFile file(LessonPlayer::builtInPath(name));
        file.open(QIODevice::ReadOnly);
        const LessonLoad load = parseLesson(file.readAll(), {});
        builtIn_.emplace_back(name, load.lesson ? load.lesson->title : LessonText {name, name});
        QAction *action = addAction(QString());
        action->setObjectName(QStringLiteral("lesson:%1").arg(name));
        connect(action, &QAction::triggered, this, [this, name] {
            QString error;
            if (confirmDiscard() && !openLesson(name, 0, &error))
                QMessageBox::warning(parentWidget(), tr("Lesson not opened"), error);
        });
        builtInActions_ << action;
    }
    addSeparator();
    auto action = [this](const char *name, QKeySequence key, auto slot) {
        QAction *a = addAction(QString());
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    openAction_ = action("actionOpenLesson", QKeySequence::Open, [this] { openWithDialog(); });
    recentMenu_ = addMenu(QString());
    recentMenu_->setObjectName(QStringLiteral("menuRecentLessons"));
    newAction_ = action("actionNewLesson", QKeySequence(), [this] {
        if (!confirmDiscard())
            return;
        Lesson lesson;
        lesson.title = {tr("New lesson"), tr("New lesson")};
        player_.open(lesson, QString());
    });
    addSeparator();
    addAction_ = action("actionAddSlide", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [this] { player_.addCurrentView(); });
    editAction_ = action("actionEditSlide", QKeySequence(), [this] { editSlideTexts(); });
    earlierAction_
        = action("actionSlideEarlier", QKeySequence(), [this] { player_.moveSlide(-1); });
    laterAction_ = action("actionSlideLater", QKeySequence(), [this] { player_.moveSlide(1); });
    deleteAction_ = action("actionDeleteSlide", QKeySequence(), [this] { player_.deleteSlide(); });
    addSeparator();
    saveAction_ = action("actionSaveLesson", QKeySequence::Save, [this] { saveWithDialog(false); });
    saveAsAction_
        = action("actionSaveLessonAs", QKeySequence::SaveAs, [this] { saveWithDialog(true); });
    handoutAction_
        = action("actionLessonHandout", QKeySequence(), [this] { exportHandoutWithDialog(); });
    closeAction_ = action("actionCloseLesson", QKeySequence(), [this] {
        if (confirmDiscard())
            player_.close();
    });
    connect(&player_, &LessonPlayer::changed, this, &LessonsMenu::refreshActions);
    retranslate();
    refreshRecent();
    refreshActions();
}

bool LessonsMenu::openLesson(const QString &nameOrPath, int slide, QString *error)
{
    const bool builtIn = LessonPlayer::builtInNames().contains(nameOrPath);
    const QString path = builtIn ? LessonPlayer::builtInPath(nameOrPath) : nameOrPath;
    const LessonLoad load = loadLessonFile(path, check_);
    if (!load.lesson) {
        const bool aName = !builtIn && !QFileInfo::exists(path)
            && !nameOrPath.contains(QLatin1Char('/'))
            && !nameOrPath.endsWith(QLatin1String(".json"));
        *error = aName
            ? tr("There is no built-in lesson \"%1\"; the built-in ones are: %2.")
                  .arg(nameOrPath.left(60), LessonPlayer::builtInNames().join(QStringLiteral(", ")))
            : load.problems.join(QLatin1Char(' '));
        return false;
    }
    const int count = static_cast<int>(load.lesson->slides.size());
    if (slide < 0 || slide >= count) {
        *error = tr("This lesson has slides 1 to %1 only.").arg(count);
        return false;
    }
    player_.open(*load.lesson, builtIn ? QString() : QFileInfo(path).absoluteFilePath(), slide);
    if (!builtIn)
        remember(QFileInfo(path).absoluteFilePath());
    if (!load.problems.isEmpty())
        emit statusMessage(
            tr("Opened with problems: %1").arg(load.problems.join(QStringLiteral("; "))));
    return true;
}

bool LessonsMenu::confirmDiscard()
{
    if (!player_.isOpen() || !player_.modified())
        return true;
    const auto answer = QMessageBox::question(parentWidget(), tr("Unsaved lesson"),
        tr("The lesson \"%1\" has changes that are not saved. Save them?")
            .arg(player_.lesson().title.in(player_.language())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveWithDialog(false);
    return answer == QMessageBox::Discard;
}

void LessonsMenu::openWithDialog()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Open lesson"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Lessons (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openLesson(path, 0, &error))
        QMessageBox::warning(parentWidget(), tr("Lesson not opened"), error);
}

bool LessonsMenu::saveWithDialog(bool askPath)
{
    QString path = player_.path();
    if (askPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(parentWidget(), tr("Save lesson"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                + QStringLiteral("lesson.json"),
            tr("Lessons (*.json)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
    }
    QString error;
    if (!player_.save(path, &error)) {
        QMessageBox::warning(parentWidget(), tr("Lesson not saved"), error);
        return false;
    }
    remember(QFileInfo(path).absoluteFilePath());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LessonsMenu::exportHandoutWithDialog()
{
    QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export handout"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + QStringLiteral("handout.pdf"),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (player_.exportHandout(path, &error))
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(parentWidget(), tr("Export failed"), error);
}

void LessonsMenu::editSlideTexts()
{
    if (player_.slide() < 0)
        return;
    const LessonSlide &slide = player_.lesson().slides[size_t(player_.slide())];
    QDialog dialog(parentWidget());
    dialog.setObjectName(QStringLiteral("editSlideDialog"));
    dialog.setWindowTitle(tr("Edit slide %1").arg(player_.slide() + 1));
    auto *form = new QFormLayout(&dialog);
    auto line = [&](const char *name, const QString &text) {
        auto *edit = new QLineEdit(text, &dialog);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    auto block = [&](const char *name, const QString &text) {
        auto *edit = new QPlainTextEdit(text, &dialog);
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        return edit;
    };
    QLineEdit *titleEn = line("slideTitleEn", slide.title.en);
    QLineEdit *titleZh = line("slideTitleZh", slide.title.zh);
    QPlainTextEdit *narrationEn = block("slideNarrationEn", slide.narration.en);
    QPlainTextEdit *narrationZh = block("slideNarrationZh", slide.narration.zh);
    QPlainTextEdit *noteEn = block("slideNoteEn", slide.note.en);
    QPlainTextEdit *noteZh = block("slideNoteZh", slide.note.zh);
    form->addRow(tr("Title (English)"), titleEn);
    form->addRow(tr("Title (Chinese)"), titleZh);
    form->addRow(tr("Narration (English)"), narrationEn);
    form->addRow(tr("Narration (Chinese)"), narrationZh);
    form->addRow(tr("Teacher's note (English)"), noteEn);
    form->addRow(tr("Teacher's note (Chinese)"), noteZh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    player_.setSlideTexts({titleEn->text(), titleZh->text()},
        {narrationEn->toPlainText(), narrationZh->toPlainText()},
        {noteEn->toPlainText(), noteZh->toPlainText()});
}

void LessonsMenu::remember(const QString &path)
{
    QStringList recent = settings_.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings_.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    refreshRecent();
}

void LessonsMenu::refreshRecent()
{
    recentMenu_->clear();
    const QStringList recent = settings_.value(kRecentKey).toStringList().mid(0, kMaxRecent);
    for (const QString &path : recent) {
        QAction *a = recentMenu_->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (confirmDiscard() && !openLesson(path, 0, &error))
                QMessageBox::warning(parentWidget(), tr("Lesson not opened"), error);
        });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void LessonsMenu::refreshActions()
{
    const bool open = player_.isOpen();
    const bool slide = open && player_.slide() >= 0;
    const int count = static_cast<int>(player_.lesson().slides.size());
    addAction_->setEnabled(open);
    editAction_->setEnabled(slide);
    earlierAction_->setEnabled(slide && player_.slide() > 0);
    laterAction_->setEnabled(slide && player_.slide() + 1 < count);
    deleteAction_->setEnabled(slide);
    saveAction_->setEnabled(slide);
    saveAsAction_->setEnabled(slide);
    handoutAction_->setEnabled(slide);
    closeAction_->setEnabled(open);
}

void LessonsMenu::retranslate()
{
    setTitle(tr("L&essons"));
    const QString code = player_.language();
    for (size_t i = 0; i < builtIn_.size(); ++i)
        builtInActions_[int(i)]->setText(builtIn_[i].second.in(code));
    openAction_->setText(tr("&Open lesson…"));
    recentMenu_->setTitle(tr("&Recent lessons"));
    newAction_->setText(tr("&New lesson"));
    addAction_->setText(tr("&Add this view as a slide"));
    editAction_->setText(tr("&Edit slide texts…"));
    earlierAction_->setText(tr("Move slide &earlier"));
    laterAction_->setText(tr("Move slide &later"));
    deleteAction_->setText(tr("&Delete slide"));
    saveAction_->setText(tr("&Save lesson"));
    saveAsAction_->setText(tr("Save lesson &as…"));
    handoutAction_->setText(tr("Export &handout (PDF)…"));
    closeAction_->setText(tr("&Close lesson"));
}

void LessonsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace al
