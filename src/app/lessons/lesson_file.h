#pragma once

// Lesson files (docs/lessons.md): a teacher's sequence of slides, each a workspace in a given
// state with narration and an optional "predict, then look" question. Reading loads what is valid
// and says what was not (a broken slide is skipped and named, the others still load); writing is
// atomic and stable (what is read back writes the same bytes again).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>
#include <vector>

namespace al {

// The format this version writes and the newest it reads.
inline constexpr char kLessonFormat[] = "activation-lab-lesson";
inline constexpr int kLessonVersion = 1;
// Bounds on what a file may hold: beyond them the file (or the slide) is refused with a problem
// rather than read without bound.
inline constexpr qint64 kMaxLessonFileBytes = 4 * 1024 * 1024;
inline constexpr int kMaxLessonSlides = 500;
inline constexpr int kMaxLessonTextLength = 20000; // characters of one text in one language
inline constexpr int kMaxQuestionChoices = 10;
// Arrays and objects within a state's value (3-D softmax logits are 3): a deeper state is refused,
// since written out indented it would grow with the square of its depth.
inline constexpr int kMaxStateDepth = 8;

// A text in both languages of the app. Either may be empty: it then falls back to the other.
struct LessonText {
    QString en, zh;

    // The text for a language code of Language ("zh_CN" gives zh, any other code en).
    QString in(const QString &languageCode) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool operator==(const LessonText &other) const { return en == other.en && zh == other.zh; }
    bool operator!=(const LessonText &other) const { return !(*this == other); }
};

// "Predict, then look": the choices are shown first, the answer and its explanation afterwards.
struct LessonQuestion {
    LessonText prompt;
    std::vector<LessonText> choices; // 2 to kMaxQuestionChoices
    int answer = 0; // index into choices
    LessonText explanation; // optional
};

struct LessonSlide {
    LessonText title;
    QString workspace; // "curves", "softmax", "mlp", "deep", "train" or "summary"
    QVariantMap state; // the workspace's whole state (keys not given take their defaults)
    LessonText narration;
    LessonText note; // for the teacher only, never shown in presentation mode
    std::optional<LessonQuestion> question;
};

struct Lesson {
    LessonText title;
    std::vector<LessonSlide> slides;
};

// Why a slide's state cannot be shown in its workspace (an unknown workspace, an unknown key, a
// refused value), or an empty string if it can. An empty function accepts every slide.
using SlideCheck = std::function<QString(const QString &workspace, const QVariantMap &state)>;

// What reading a lesson gave: the lesson (empty when nothing usable was found, e.g. not a lesson,
// a newer version, no valid slide) and every problem found, as sentences for the user.
struct LessonLoad {
    std::optional<Lesson> lesson;
    QStringList problems;
};

// The caller bounds json's size (loadLessonFile reads at most kMaxLessonFileBytes); the number of
// slides, the length of texts and the depth of states are bounded here.
LessonLoad parseLesson(const QByteArray &json, const SlideCheck &check);
// Refuses, with one problem and no lesson, a path that is missing, a folder or not a regular file
// (a FIFO, a device), a file over kMaxLessonFileBytes (before reading it) or one that cannot be
// read.
LessonLoad loadLessonFile(const QString &path, const SlideCheck &check);

// Indented UTF-8 JSON, keys sorted. Texts are always written as objects with the languages that
// are not empty; optional parts (narration, note, question, explanation) only when set.
QByteArray lessonToJson(const Lesson &lesson);
// Atomic (QSaveFile): on failure (a folder that does not exist, a path that is not a regular file,
// a failed write, a lesson whose file would be too large to open again) *error says why, a file
// already at path is left as it was and no partial file is left behind.
bool saveLesson(const Lesson &lesson, const QString &path, QString *error);

} // namespace al
