// Fuzz target: a lesson file as a teacher hands it over (hand-edited, damaged, from another
// version or hostile). The input is the file's bytes. Reading never crashes; what it returns is
// always usable (at least one slide, every slide accepted by its workspace, every answer one of
// its choices), or it says why not; and a lesson read writes back to a file that reads without a
// problem and writes the very same bytes again.

#include "app/lessons/lesson_file.h"

#include <QStringList>
#include <cstdlib>

namespace {

// The workspaces' check, reduced to what the parser must respect: the six workspace ids, and a
// state with a key "bad" refused.
QString check(const QString &workspace, const QVariantMap &state)
{
    static const QStringList workspaces
        = {QStringLiteral("curves"), QStringLiteral("softmax"), QStringLiteral("mlp"),
            QStringLiteral("deep"), QStringLiteral("train"), QStringLiteral("summary")};
    if (!workspaces.contains(workspace))
        return QStringLiteral("unknown workspace");
    if (state.contains(QStringLiteral("bad")))
        return QStringLiteral("refused key \"bad\"");
    return {};
}

bool withinLimit(const al::LessonText &text)
{
    return text.en.size() <= al::kMaxLessonTextLength && text.zh.size() <= al::kMaxLessonTextLength;
}

void verifyUsable(const al::Lesson &lesson)
{
    if (lesson.slides.empty() || lesson.slides.size() > size_t(al::kMaxLessonSlides))
        std::abort();
    if (!withinLimit(lesson.title))
        std::abort();
    for (const al::LessonSlide &slide : lesson.slides) {
        if (!check(slide.workspace, slide.state).isEmpty())
            std::abort();
        if (!withinLimit(slide.title) || !withinLimit(slide.narration) || !withinLimit(slide.note))
            std::abort();
        if (!slide.question)
            continue;
        const al::LessonQuestion &question = *slide.question;
        if (question.choices.size() < 2
            || question.choices.size() > size_t(al::kMaxQuestionChoices))
            std::abort();
        if (question.answer < 0 || size_t(question.answer) >= question.choices.size())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const al::LessonLoad load = al::parseLesson(bytes, check);
    if (!load.lesson) {
        if (load.problems.isEmpty()) // refused without saying why
            std::abort();
        return 0;
    }
    verifyUsable(*load.lesson);

    const QByteArray written = al::lessonToJson(*load.lesson);
    const al::LessonLoad again = al::parseLesson(written, check);
    if (!again.lesson || !again.problems.isEmpty())
        std::abort();
    if (again.lesson->slides.size() != load.lesson->slides.size())
        std::abort();
    if (al::lessonToJson(*again.lesson) != written)
        std::abort();
    return 0;
}
