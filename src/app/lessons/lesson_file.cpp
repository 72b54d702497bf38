#include "app/lessons/lesson_file.h"

#include "app/export.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace al {

QString LessonText::in(const QString &languageCode) const
{
    if (languageCode == QLatin1String("zh_CN"))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

namespace {

const QLatin1String kEn("en"), kZh("zh_CN");

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// A number written as the file wrote it, for a message ("2", "1e+300", "2.5").
QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::floor(number);
}

// One text at `name` (a path in the file, e.g. "question.choices[1]"), or why it is not one.
std::optional<LessonText> readText(const QJsonValue &value, const QString &name, QString *fault)
{
    LessonText text;
    if (value.isUndefined()) {
        *fault = QCoreApplication::translate("Lesson", "%1 is missing").arg(quoted(name));
        return std::nullopt;
    }
    if (value.isString()) {
        text.en = text.zh = value.toString();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != kEn && it.key() != kZh) {
                *fault = QCoreApplication::translate(
                    "Lesson", "%1 has the key %2: a text has only \"en\" and \"zh_CN\"")
                             .arg(quoted(name), quoted(it.key()));
                return std::nullopt;
            }
            if (!it.value().isString()) {
                *fault = QCoreApplication::translate("Lesson", "%1 in %2 is not a string")
                             .arg(quoted(it.key()), quoted(name));
                return std::nullopt;
            }
            (it.key() == kEn ? text.en : text.zh) = it.value().toString();
        }
        if (object.isEmpty()) {
            *fault = QCoreApplication::translate("Lesson", "%1 has neither \"en\" nor \"zh_CN\"")
                         .arg(quoted(name));
            return std::nullopt;
        }
    } else {
        *fault = QCoreApplication::translate(
            "Lesson", "%1 is neither a string nor an object with \"en\" and \"zh_CN\" strings")
                     .arg(quoted(name));
        return std::nullopt;
    }
    if (text.en.size() > kMaxLessonTextLength || text.zh.size() > kMaxLessonTextLength) {
        *fault = QCoreApplication::translate("Lesson", "%1 is longer than %2 characters")
                     .arg(quoted(name))
                     .arg(kMaxLessonTextLength);
        return std::nullopt;
    }
    return text;
}

// An optional text: absent gives an empty text.
bool readOptionalText(const QJsonObject &object, const QString &key, const QString &name,
    LessonText *text, QString *fault)
{
    if (!object.contains(key))
        return true;
    std::optional<LessonText> read = readText(object.value(key), name, fault);
    if (!read)
        return false;
    *text = *read;
    return true;
}

bool hasOnlyKeys(const QJsonObject &object, std::initializer_list<const char *> keys, QString *key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::none_of(keys.begin(), keys.end(),
                [&](const char *known) { return it.key() == QLatin1String(known); })) {
            *key = it.key();
            return false;
        }
    }
    return true;
}

std::optional<LessonQuestion> readQuestion(const QJsonValue &value, QString *fault)
{
    if (!value.isObject()) {
        *fault = QCoreApplication::translate("Lesson", "\"question\" is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    QString unknown;
    if (!hasOnlyKeys(object, {"prompt", "choices", "answer", "explanation"}, &unknown)) {
        *fault = QCoreApplication::translate("Lesson", "\"question\" has an unknown key %1")
                     .arg(quoted(unknown));
        return std::nullopt;
    }
    LessonQuestion question;
    std::optional<LessonText> prompt
        = readText(object.value(QLatin1String("prompt")), QStringLiteral("question.prompt"), fault);
    if (!prompt)
        return std::nullopt;
    question.prompt = *prompt;

    const QJsonValue choices = object.value(QLatin1String("choices"));
    if (!choices.isArray()) {
        *fault = QCoreApplication::translate("Lesson", "\"question.choices\" is not a list");
        return std::nullopt;
    }
    const QJsonArray list = choices.toArray();
    if (list.size() < 2 || list.size() > kMaxQuestionChoices) {
        *fault = QCoreApplication::translate(
            "Lesson", "a question needs 2 to %1 choices; this one has %2")
                     .arg(kMaxQuestionChoices)
                     .arg(list.size());
        return std::nullopt;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        std::optional<LessonText> choice
            = readText(list.at(i), QStringLiteral("question.choices[%1]").arg(i), fault);
        if (!choice)
            return std::nullopt;
        question.choices.push_back(*choice);
    }

    const QJsonValue answer = object.value(QLatin1String("answer"));
    if (answer.isUndefined()) {
        *fault = QCoreApplication::translate("Lesson", "\"question.answer\" is missing");
        return std::nullopt;
    }
    if (!isWholeNumber(answer)) {
        *fault = QCoreApplication::translate("Lesson", "\"question.answer\" is not a whole number");
        return std::nullopt;
    }
    const double index = answer.toDouble();
    if (index < 0 || index >= static_cast<double>(question.choices.size())) {
        *fault = QCoreApplication::translate(
            "Lesson", "\"question.answer\" is %1, but the choices are numbered 0 to %2")
                     .arg(numberText(index))
                     .arg(question.choices.size() - 1);
        return std::nullopt;
    }
    question.answer = static_cast<int>(index);

    if (!readOptionalText(object, QStringLiteral("explanation"),
            QStringLiteral("question.explanation"), &question.explanation, fault))
        return std::nullopt;
    return question;
}

// Whether value holds arrays and objects at most `levels` deep (a number is 0, [1, 2] is 1).
bool isNestedAtMost(const QJsonValue &value, int levels)
{
    if (value.isArray()) {
        if (levels == 0)
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
            [&](const QJsonValue &item) { return isNestedAtMost(item, levels - 1); });
    }
    if (value.isObject()) {
        if (levels == 0)
            return false;
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(),
            [&](const QJsonValue &item) { return isNestedAtMost(item, levels - 1); });
    }
    return true;
}

// One slide, or its first structural fault (the workspace's check comes afterwards).
std::optional<LessonSlide> readSlide(const QJsonValue &value, QString *fault)
{
    if (!value.isObject()) {
        *fault = QCoreApplication::translate("Lesson", "it is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    QString unknown;
    if (!hasOnlyKeys(
            object, {"title", "workspace", "state", "narration", "note", "question"}, &unknown)) {
        *fault = QCoreApplication::translate("Lesson", "unknown key %1").arg(quoted(unknown));
        return std::nullopt;
    }
    LessonSlide slide;
    std::optional<LessonText> title
        = readText(object.value(QLatin1String("title")), QStringLiteral("title"), fault);
    if (!title)
        return std::nullopt;
    slide.title = *title;

    const QJsonValue workspace = object.value(QLatin1String("workspace"));
    if (workspace.isUndefined()) {
        *fault = QCoreApplication::translate("Lesson", "\"workspace\" is missing");
        return std::nullopt;
    }
    if (!workspace.isString()) {
        *fault = QCoreApplication::translate("Lesson", "\"workspace\" is not a string");
        return std::nullopt;
    }
    slide.workspace = workspace.toString();

    const QJsonValue state = object.value(QLatin1String("state"));
    if (state.isUndefined()) {
        *fault = QCoreApplication::translate("Lesson", "\"state\" is missing");
        return std::nullopt;
    }
    if (!state.isObject()) {
        *fault = QCoreApplication::translate("Lesson", "\"state\" is not an object");
        return std::nullopt;
    }
    const QJsonObject stateObject = state.toObject();
    for (auto it = stateObject.begin(); it != stateObject.end(); ++it) {
        if (!isNestedAtMost(it.value(), kMaxStateDepth)) {
            *fault = QCoreApplication::translate(
                "Lesson", "\"state\" is nested more than %1 levels deep")
                         .arg(kMaxStateDepth);
            return std::nullopt;
        }
    }
    slide.state = stateObject.toVariantMap();

    if (!readOptionalText(object, QStringLiteral("narration"), QStringLiteral("narration"),
            &slide.narration, fault)
        || !readOptionalText(
            object, QStringLiteral("note"), QStringLiteral("note"), &slide.note, fault))
        return std::nullopt;

    if (object.contains(QLatin1String("question"))) {
        slide.question = readQuestion(object.value(QLatin1String("question")), fault);
        if (!slide.question)
            return std::nullopt;
    }
    return slide;
}

// The file's header, or the one problem that makes it unreadable.
bool readHeader(const QJsonObject &root, QStringList *problems)
{
    if (root.value(QLatin1String("format")) != QLatin1String(kLessonFormat)) {
        *problems << QCoreApplication::translate("Lesson",
            "This is not an Activation Lab lesson: its \"format\" is not "
            "\"activation-lab-lesson\".");
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined()) {
        *problems << QCoreApplication::translate("Lesson", "The lesson has no \"version\".");
        return false;
    }
    if (!isWholeNumber(version)) {
        *problems << QCoreApplication::translate(
            "Lesson", "The lesson's \"version\" is not a whole number.");
        return false;
    }
    const double number = version.toDouble();
    if (number > kLessonVersion) {
        *problems << QCoreApplication::translate("Lesson",
            "This lesson comes from a newer version of Activation Lab: it is in version %1 of the "
            "lesson format, and this version of Activation Lab reads up to version %2.")
                         .arg(numberText(number))
                         .arg(kLessonVersion);
        return false;
    }
    if (number < 1) {
        *problems << QCoreApplication::translate(
            "Lesson", "The lesson's \"version\" is %1; versions start at 1.")
                         .arg(numberText(number));
        return false;
    }
    return true;
}

} // namespace

LessonLoad parseLesson(const QByteArray &json, const SlideCheck &check)
{
    LessonLoad load;
    QStringList &problems = load.problems;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems << QCoreApplication::translate(
            "Lesson", "This is not a lesson file: it is not valid JSON (%1, line %2).")
                        .arg(error.errorString())
                        .arg(json.left(error.offset).count('\n') + 1);
        return load;
    }
    if (!document.isObject()) {
        problems << QCoreApplication::translate(
            "Lesson", "This is not a lesson file: it holds no JSON object.");
        return load;
    }
    const QJsonObject root = document.object();
    if (!readHeader(root, &problems))
        return load;

    Lesson lesson;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("title") && it.key() != QLatin1String("slides"))
            problems << QCoreApplication::translate("Lesson", "Lesson: unknown key %1 (ignored)")
                            .arg(quoted(it.key()));
    }
    QString fault;
    if (std::optional<LessonText> title
        = readText(root.value(QLatin1String("title")), QStringLiteral("title"), &fault))
        lesson.title = *title;
    else
        problems << QCoreApplication::translate("Lesson", "Lesson: %1").arg(fault);

    const QJsonValue slidesValue = root.value(QLatin1String("slides"));
    if (!slidesValue.isArray()) {
        problems << QCoreApplication::translate(
            "Lesson", "The lesson has no \"slides\" list: there is nothing to show.");
        return load;
    }
    const QJsonArray slides = slidesValue.toArray();
    if (slides.size() > kMaxLessonSlides)
        problems << QCoreApplication::translate(
            "Lesson", "The lesson has %1 slides; only the first %2 were read.")
                        .arg(slides.size())
                        .arg(kMaxLessonSlides);
    const qsizetype count = std::min<qsizetype>(slides.size(), kMaxLessonSlides);
    for (qsizetype i = 0; i < count; ++i) {
        std::optional<LessonSlide> slide = readSlide(slides.at(i), &fault);
        if (slide && check) {
            fault = check(slide->workspace, slide->state);
            if (!fault.isEmpty())
                slide.reset();
        }
        if (slide)
            lesson.slides.push_back(std::move(*slide));
        else
            problems << QCoreApplication::translate("Lesson", "Slide %1: %2").arg(i + 1).arg(fault);
    }
    if (lesson.slides.empty()) {
        problems << QCoreApplication::translate(
            "Lesson", "The lesson has no slide that can be shown.");
        return load;
    }
    load.lesson = std::move(lesson);
    return load;
}

LessonLoad loadLessonFile(const QString &path, const SlideCheck &check)
{
    LessonLoad load;
    const QFileInfo info(path);
    if (!info.exists()) {
        load.problems << QCoreApplication::translate("Lesson", "%1 does not exist.").arg(path);
        return load;
    }
    if (info.isDir()) {
        load.problems << QCoreApplication::translate("Lesson", "%1 is a folder, not a lesson file.")
                             .arg(path);
        return load;
    }
    if (!info.isFile()) {
        load.problems << QCoreApplication::translate(
            "Lesson", "%1 is not a regular file, so it cannot be a lesson.")
                             .arg(path);
        return load;
    }
    const QString tooLarge = QCoreApplication::translate(
        "Lesson", "%1 is too large for a lesson file (a lesson file has at most %2 MiB).")
                                 .arg(path, QString::number(kMaxLessonFileBytes / (1024 * 1024)));
    if (info.size() > kMaxLessonFileBytes) {
        load.problems << tooLarge;
        return load;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        load.problems << QCoreApplication::translate("Lesson", "Could not read %1: %2")
                             .arg(path, file.errorString());
        return load;
    }
    // At most one byte over the limit: the file may have grown since it was measured.
    const QByteArray data = file.read(kMaxLessonFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        load.problems << QCoreApplication::translate("Lesson", "Could not read %1: %2")
                             .arg(path, file.errorString());
        return load;
    }
    if (data.size() > kMaxLessonFileBytes) {
        load.problems << tooLarge;
        return load;
    }
    return parseLesson(data, check);
}

namespace {

QJsonObject textToJson(const LessonText &text)
{
    QJsonObject object;
    if (!text.en.isEmpty())
        object.insert(kEn, text.en);
    if (!text.zh.isEmpty())
        object.insert(kZh, text.zh);
    if (object.isEmpty())
        object.insert(kEn, QString());
    return object;
}

} // namespace

QByteArray lessonToJson(const Lesson &lesson)
{
    QJsonArray slides;
    for (const LessonSlide &slide : lesson.slides) {
        QJsonObject object;
        object.insert(QLatin1String("title"), textToJson(slide.title));
        object.insert(QLatin1String("workspace"), slide.workspace);
        object.insert(QLatin1String("state"), QJsonObject::fromVariantMap(slide.state));
        if (!slide.narration.isEmpty())
            object.insert(QLatin1String("narration"), textToJson(slide.narration));
        if (!slide.note.isEmpty())
            object.insert(QLatin1String("note"), textToJson(slide.note));
        if (slide.question) {
            const LessonQuestion &question = *slide.question;
            QJsonObject q;
            q.insert(QLatin1String("prompt"), textToJson(question.prompt));
            QJsonArray choices;
            for (const LessonText &choice : question.choices)
                choices.append(textToJson(choice));
            q.insert(QLatin1String("choices"), choices);
            q.insert(QLatin1String("answer"), question.answer);
            if (!question.explanation.isEmpty())
                q.insert(QLatin1String("explanation"), textToJson(question.explanation));
            object.insert(QLatin1String("question"), q);
        }
        slides.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(kLessonFormat));
    root.insert(QLatin1String("version"), kLessonVersion);
    root.insert(QLatin1String("title"), textToJson(lesson.title));
    root.insert(QLatin1String("slides"), slides);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveLesson(const Lesson &lesson, const QString &path, QString *error)
{
    const QByteArray json = lessonToJson(lesson);
    // What is saved must open again.
    if (json.size() > kMaxLessonFileBytes) {
        *error = QCoreApplication::translate("Lesson",
            "The lesson is too large to be saved: a lesson file has at most %1 MiB; nothing was "
            "written.")
                     .arg(kMaxLessonFileBytes / (1024 * 1024));
        return false;
    }
    return writeTextFile(path, json, error);
}

} // namespace al
