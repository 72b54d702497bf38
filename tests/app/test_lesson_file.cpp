// Lesson files (docs/lessons.md) read, written and read again: every field of a valid lesson,
// byte-identical round trips, a newer version refused with both numbers, broken slides skipped and
// named while the others load, texts falling back between languages, the limits, and files that
// cannot be read or written.

#include "app/lessons/lesson_file.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace al;

namespace {

const QStringList kWorkspaces
    = {QStringLiteral("curves"), QStringLiteral("softmax"), QStringLiteral("mlp"),
        QStringLiteral("deep"), QStringLiteral("train"), QStringLiteral("summary")};

// The workspaces' check as the app will give it: known workspace ids, and a state key "bad"
// refused.
QString check(const QString &workspace, const QVariantMap &state)
{
    if (!kWorkspaces.contains(workspace))
        return QStringLiteral("there is no workspace \"%1\"").arg(workspace);
    if (state.contains(QStringLiteral("bad")))
        return QStringLiteral("%1 has no key \"bad\"").arg(workspace);
    return {};
}

const char kFullLesson[] = R"({
  "format": "activation-lab-lesson",
  "version": 1,
  "title": {"en": "Dying ReLU", "zh_CN": "ReLU 的死亡单元"},
  "slides": [
    {
      "title": {"en": "A ReLU", "zh_CN": "一个 ReLU"},
      "workspace": "curves",
      "state": {"activation": "relu", "from": -5, "to": 5.5, "compared": ["gelu", "silu"],
                "leaky_relu/negative_slope": 0.2, "showDerivative": false},
      "narration": {"en": "Look at the left half.", "zh_CN": "看左半边。"},
      "note": {"en": "Ask before showing.", "zh_CN": "先提问。"},
      "question": {
        "prompt": {"en": "What is f'(x) for x < 0?", "zh_CN": "x < 0 时 f'(x) 是多少？"},
        "choices": [{"en": "0", "zh_CN": "零"}, {"en": "1", "zh_CN": "一"}, "x"],
        "answer": 2,
        "explanation": {"en": "It is flat there.", "zh_CN": "那里是平的。"}
      }
    },
    {
      "title": "Dead units",
      "workspace": "mlp",
      "state": {"biasShift": -1.5, "stage": 7, "activations": ["relu", "relu"]},
      "narration": {"en": "Most units never fire."}
    },
    {"title": {"zh_CN": "总结"}, "workspace": "summary", "state": {}}
  ]
}
)";

// A lesson with the given slides (JSON objects, comma-separated).
QByteArray lessonWith(const QByteArray &slides, int version = 1)
{
    return R"({"format": "activation-lab-lesson", "version": )" + QByteArray::number(version)
        + R"(, "title": "t", "slides": [)" + slides + "]}";
}

QByteArray slide(const QByteArray &title, const QByteArray &rest = "")
{
    return R"({"title": ")" + title + R"(", "workspace": "curves", "state": {})" + rest + "}";
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList slideTitles(const Lesson &lesson)
{
    QStringList titles;
    for (const LessonSlide &s : lesson.slides)
        titles << s.title.en;
    return titles;
}

} // namespace

class TestLessonFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private slots:
    void aFullLessonReadsEveryField()
    {
        const LessonLoad load = parseLesson(kFullLesson, check);
        QCOMPARE(load.problems, QStringList());
        QVERIFY(load.lesson);
        const Lesson &lesson = *load.lesson;
        QCOMPARE(lesson.title.en, QStringLiteral("Dying ReLU"));
        QCOMPARE(lesson.title.zh, QStringLiteral("ReLU 的死亡单元"));
        QCOMPARE(lesson.slides.size(), size_t(3));

        const LessonSlide &first = lesson.slides[0];
        QCOMPARE(first.title.zh, QStringLiteral("一个 ReLU"));
        QCOMPARE(first.workspace, QStringLiteral("curves"));
        QCOMPARE(first.state.size(), 6);
        QCOMPARE(
            first.state.value(QStringLiteral("activation")).toString(), QStringLiteral("relu"));
        QCOMPARE(first.state.value(QStringLiteral("from")).toInt(), -5);
        QCOMPARE(first.state.value(QStringLiteral("to")).toDouble(), 5.5);
        QCOMPARE(first.state.value(QStringLiteral("leaky_relu/negative_slope")).toDouble(), 0.2);
        QCOMPARE(first.state.value(QStringLiteral("showDerivative")).toBool(), false);
        QCOMPARE(first.state.value(QStringLiteral("compared")).toStringList(),
            QStringList({QStringLiteral("gelu"), QStringLiteral("silu")}));
        QCOMPARE(first.narration.en, QStringLiteral("Look at the left half."));
        QCOMPARE(first.narration.zh, QStringLiteral("看左半边。"));
        QCOMPARE(first.note.en, QStringLiteral("Ask before showing."));
        QCOMPARE(first.note.zh, QStringLiteral("先提问。"));
        QVERIFY(first.question);
        const LessonQuestion &question = *first.question;
        QCOMPARE(question.prompt.en, QStringLiteral("What is f'(x) for x < 0?"));
        QCOMPARE(question.choices.size(), size_t(3));
        QCOMPARE(question.choices[0].zh, QStringLiteral("零"));
        QCOMPARE(question.choices[1].en, QStringLiteral("1"));
        QCOMPARE(question.choices[2].en, QStringLiteral("x"));
        QCOMPARE(question.choices[2].zh, QStringLiteral("x"));
        QCOMPARE(question.answer, 2);
        QCOMPARE(question.explanation.zh, QStringLiteral("那里是平的。"));

        const LessonSlide &second = lesson.slides[1];
        QCOMPARE(second.workspace, QStringLiteral("mlp"));
        QCOMPARE(second.state.value(QStringLiteral("biasShift")).toDouble(), -1.5);
        QCOMPARE(second.state.value(QStringLiteral("stage")).toInt(), 7);
        QVERIFY(second.note.isEmpty());
        QVERIFY(!second.question);
        QCOMPARE(lesson.slides[2].state, QVariantMap());
    }

    void textsFallBackBetweenLanguages()
    {
        const Lesson lesson = *parseLesson(kFullLesson, check).lesson;
        // A plain string is both languages.
        QCOMPARE(lesson.slides[1].title.in(QStringLiteral("en")), QStringLiteral("Dead units"));
        QCOMPARE(lesson.slides[1].title.in(QStringLiteral("zh_CN")), QStringLiteral("Dead units"));
        // English only: Chinese falls back to it.
        QCOMPARE(lesson.slides[1].narration.zh, QString());
        QCOMPARE(lesson.slides[1].narration.in(QStringLiteral("zh_CN")),
            QStringLiteral("Most units never fire."));
        // Chinese only: English falls back to it.
        QCOMPARE(lesson.slides[2].title.en, QString());
        QCOMPARE(lesson.slides[2].title.in(QStringLiteral("en")), QStringLiteral("总结"));
        QCOMPARE(lesson.slides[2].title.in(QStringLiteral("zh_CN")), QStringLiteral("总结"));
        // Both: each language its own.
        QCOMPARE(lesson.title.in(QStringLiteral("en")), QStringLiteral("Dying ReLU"));
        QCOMPARE(lesson.title.in(QStringLiteral("zh_CN")), QStringLiteral("ReLU 的死亡单元"));
        QVERIFY(LessonText().isEmpty());
        const LessonText chineseOnly {QString(), QStringLiteral("中")};
        QVERIFY(!chineseOnly.isEmpty());
        QCOMPARE(LessonText().in(QStringLiteral("zh_CN")), QString());
    }

    void openSaveOpenIsByteIdentical()
    {
        const QString source = dir_.filePath(QStringLiteral("source.json"));
        const QString first = dir_.filePath(QStringLiteral("first.json"));
        const QString second = dir_.filePath(QStringLiteral("second.json"));
        writeAll(source, kFullLesson);
        const LessonLoad opened = loadLessonFile(source, check);
        QVERIFY(opened.lesson);
        QString error;
        QVERIFY2(saveLesson(*opened.lesson, first, &error), qPrintable(error));
        const LessonLoad reopened = loadLessonFile(first, check);
        QCOMPARE(reopened.problems, QStringList());
        QVERIFY(reopened.lesson);
        QVERIFY2(saveLesson(*reopened.lesson, second, &error), qPrintable(error));
        const QByteArray bytes = readAll(first);
        QCOMPARE(readAll(second), bytes);
        QCOMPARE(lessonToJson(*reopened.lesson), bytes);

        // Nothing was lost on the way.
        const Lesson &a = *opened.lesson, &b = *reopened.lesson;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.slides.size(), a.slides.size());
        for (size_t i = 0; i < a.slides.size(); ++i) {
            QCOMPARE(b.slides[i].title, a.slides[i].title);
            QCOMPARE(b.slides[i].workspace, a.slides[i].workspace);
            QCOMPARE(QJsonDocument(QJsonObject::fromVariantMap(b.slides[i].state)).toJson(),
                QJsonDocument(QJsonObject::fromVariantMap(a.slides[i].state)).toJson());
            QCOMPARE(b.slides[i].narration, a.slides[i].narration);
            QCOMPARE(b.slides[i].note, a.slides[i].note);
            QCOMPARE(bool(b.slides[i].question), bool(a.slides[i].question));
        }
        const LessonQuestion &qa = *a.slides[0].question, &qb = *b.slides[0].question;
        QCOMPARE(qb.prompt, qa.prompt);
        QVERIFY(qb.choices == qa.choices);
        QCOMPARE(qb.answer, qa.answer);
        QCOMPARE(qb.explanation, qa.explanation);

        // Indented, keys sorted, the optional parts only when set.
        QVERIFY(bytes.startsWith("{\n    \"format\": \"activation-lab-lesson\",\n"));
        QVERIFY(bytes.contains("\n    \"version\": 1\n"));
        QCOMPARE(bytes.count("\"note\""), 1);
        QCOMPARE(bytes.count("\"question\""), 1);
        QCOMPARE(bytes.count("\"narration\""), 2);
    }

    void aNewerVersionIsRefusedWithBothNumbers()
    {
        QByteArray json = kFullLesson;
        json.replace("\"version\": 1", "\"version\": 3");
        const LessonLoad load = parseLesson(json, check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems.size(), 1);
        const QString problem = load.problems.first();
        QVERIFY2(problem.contains(QStringLiteral("newer version of Activation Lab")),
            qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("version 3")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("up to version 1")), qPrintable(problem));
    }

    void theHeaderIsChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray good = slide("s");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("not JSON") << QByteArray("{\n\"format\": lesson")
                                  << "not valid JSON (illegal number, line 2)";
        QTest::newRow("non-UTF-8") << lessonWith(slide("\xff\xfe")) << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "holds no JSON object";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "activation-lab-settings", "version": 1})")
            << "not an Activation Lab lesson";
        QTest::newRow("no format")
            << QByteArray(R"({"version": 1})") << "not an Activation Lab lesson";
        QTest::newRow("no version")
            << QByteArray(R"({"format": "activation-lab-lesson"})") << "has no \"version\"";
        QTest::newRow("fractional version") << lessonWith(good).replace("\"version\": 1",
            "\"version\": 1.5") << "\"version\" is not a whole number";
        QTest::newRow("string version") << lessonWith(good).replace("\"version\": 1",
            "\"version\": \"1\"") << "\"version\" is not a whole number";
        QTest::newRow("version 0") << lessonWith(good, 0) << "versions start at 1";
        QTest::newRow("huge version") << lessonWith(good).replace("\"version\": 1",
            "\"version\": 1e300") << "version 1e+300 of the lesson format";
        QTest::newRow("no slides")
            << QByteArray(R"({"format": "activation-lab-lesson", "version": 1, "title": "t"})")
            << "no \"slides\" list";
        QTest::newRow("no valid slide")
            << lessonWith(slide("s", R"(, "x": 1)")) << "no slide that can be shown";
        QTest::newRow("empty slides") << lessonWith("") << "no slide that can be shown";
    }

    void theHeaderIsChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const LessonLoad load = parseLesson(json, check);
        QVERIFY(!load.lesson);
        QVERIFY(!load.problems.isEmpty());
        QVERIFY2(load.problems.last().contains(problem), qPrintable(load.problems.join('\n')));
    }

    void brokenSlidesAreSkippedAndNamed()
    {
        const QByteArray slides = slide("one") + ","
            + slide("two", R"(, "question": {"prompt": "p", "choices": ["a", "b"], "answer": 2})")
            + "," + R"({"title": "three", "workspace": "playground", "state": {}})" + ","
            + R"({"title": "four", "workspace": "mlp", "state": {"bad": 1}})" + ",\"five\","
            + slide("six", R"(, "narations": "typo")") + ","
            + slide("seven", R"(, "question": {"prompt": "p", "choices": ["only"], "answer": 0})")
            + "," + slide("eight", R"(, "note": {"en": "n", "zh-CN": "typo"})") + ","
            + R"({"title": "nine", "workspace": 9, "state": {}})" + ","
            + R"({"title": "ten", "workspace": "deep", "state": [1]})" + ","
            + R"({"workspace": "deep", "state": {}})" + ","
            + slide(
                "twelve", R"(, "question": {"prompt": "p", "choices": ["a", "b"], "answer": 0.5})")
            + "," + slide("thirteen", R"(, "narration": {"en": 13})") + ","
            + R"({"title": "fourteen", "workspace": "train", "state": {"data": "xor"},
                  "question": {"prompt": "p", "choices": ["a", "b"], "answer": 1.0}})";
        const LessonLoad load = parseLesson(lessonWith(slides), check);
        QVERIFY(load.lesson);
        QCOMPARE(slideTitles(*load.lesson),
            QStringList({QStringLiteral("one"), QStringLiteral("fourteen")}));
        QCOMPARE(load.lesson->slides[1].question->answer, 1);
        const QStringList expected = {
            QStringLiteral(
                "Slide 2: \"question.answer\" is 2, but the choices are numbered 0 to 1"),
            QStringLiteral("Slide 3: there is no workspace \"playground\""),
            QStringLiteral("Slide 4: mlp has no key \"bad\""),
            QStringLiteral("Slide 5: it is not an object"),
            QStringLiteral("Slide 6: unknown key \"narations\""),
            QStringLiteral("Slide 7: a question needs 2 to 10 choices; this one has 1"),
            QStringLiteral("Slide 8: \"note\" has the key \"zh-CN\": a text has only \"en\" and "
                           "\"zh_CN\""),
            QStringLiteral("Slide 9: \"workspace\" is not a string"),
            QStringLiteral("Slide 10: \"state\" is not an object"),
            QStringLiteral("Slide 11: \"title\" is missing"),
            QStringLiteral("Slide 12: \"question.answer\" is not a whole number"),
            QStringLiteral("Slide 13: \"en\" in \"narration\" is not a string"),
        };
        QCOMPARE(load.problems, expected);
    }

    void unknownLessonKeysAndAMissingTitleAreReportedNotFatal()
    {
        const QByteArray json = R"({"format": "activation-lab-lesson", "version": 1,
            "author": "me", "slides": [{"title": "s", "workspace": "deep", "state": {}}]})";
        const LessonLoad load = parseLesson(json, check);
        QVERIFY(load.lesson);
        QCOMPARE(load.lesson->slides.size(), size_t(1));
        QCOMPARE(load.problems,
            QStringList({QStringLiteral("Lesson: unknown key \"author\" (ignored)"),
                QStringLiteral("Lesson: \"title\" is missing")}));
    }

    void anEmptyCheckAcceptsEveryWorkspace()
    {
        const LessonLoad load = parseLesson(
            lessonWith(R"({"title": "s", "workspace": "x", "state": {"bad": 1}})"), SlideCheck());
        QVERIFY(load.lesson);
        QCOMPARE(load.problems, QStringList());
    }

    void limitsAreEnforced()
    {
        // Slides beyond the limit are not read.
        QByteArrayList many;
        for (int i = 0; i < kMaxLessonSlides + 3; ++i)
            many << slide(QByteArray::number(i));
        LessonLoad load = parseLesson(lessonWith(many.join(',')), check);
        QVERIFY(load.lesson);
        QCOMPARE(load.lesson->slides.size(), size_t(kMaxLessonSlides));
        QCOMPARE(load.lesson->slides.back().title.en, QString::number(kMaxLessonSlides - 1));
        QCOMPARE(load.problems,
            QStringList(
                QStringLiteral("The lesson has 503 slides; only the first 500 were read.")));

        // A text at the limit loads, one character more does not.
        const QByteArray longest(kMaxLessonTextLength, 'x');
        load = parseLesson(lessonWith(slide(longest) + "," + slide(longest + "x")), check);
        QVERIFY(load.lesson);
        QCOMPARE(load.lesson->slides.size(), size_t(1));
        QCOMPARE(load.problems,
            QStringList(QStringLiteral("Slide 2: \"title\" is longer than 20000 characters")));

        // A state nested to the limit loads, one level deeper does not.
        const auto nested = [](int levels) {
            return slide("n", "").replace("\"state\": {}",
                "\"state\": {\"logits\": " + QByteArray(levels, '[') + "1" + QByteArray(levels, ']')
                    + "}");
        };
        load = parseLesson(
            lessonWith(nested(kMaxStateDepth) + "," + nested(kMaxStateDepth + 1)), check);
        QVERIFY(load.lesson);
        QCOMPARE(load.lesson->slides.size(), size_t(1));
        QCOMPARE(load.problems,
            QStringList(QStringLiteral("Slide 2: \"state\" is nested more than 8 levels deep")));

        // More than kMaxQuestionChoices choices.
        QByteArrayList choices(kMaxQuestionChoices + 1, "\"c\"");
        load = parseLesson(lessonWith(slide("q",
                               R"(, "question": {"prompt": "p", "choices": [)" + choices.join(',')
                                   + R"(], "answer": 0})")),
            check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems.first(),
            QStringLiteral("Slide 1: a question needs 2 to 10 choices; this one has 11"));
    }

    void savingToDevFullFailsAndLeavesNothing()
    {
        const QStringList before = QDir(QStringLiteral("/dev"))
                                       .entryList(QDir::AllEntries | QDir::System | QDir::Hidden);
        const Lesson lesson = *parseLesson(kFullLesson, check).lesson;
        QString error;
        QVERIFY(!saveLesson(lesson, QStringLiteral("/dev/full"), &error));
        QVERIFY2(error.contains(QStringLiteral("/dev/full")), qPrintable(error));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
        const QStringList after = QDir(QStringLiteral("/dev"))
                                      .entryList(QDir::AllEntries | QDir::System | QDir::Hidden);
        QStringList left;
        for (const QString &name : after)
            if (name.startsWith(QStringLiteral("full")) && !before.contains(name))
                left << name;
        QCOMPARE(left, QStringList());
    }

    void savingIntoAMissingFolderFails()
    {
        const QString folder = dir_.filePath(QStringLiteral("missing"));
        const QString path = folder + QStringLiteral("/lesson.json");
        const Lesson lesson = *parseLesson(kFullLesson, check).lesson;
        QString error;
        QVERIFY(!saveLesson(lesson, path, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(path));
    }

    void aLessonTooLargeToOpenAgainIsNotSavedAndTheOldFileStays()
    {
        const QString path = dir_.filePath(QStringLiteral("kept.json"));
        writeAll(path, kFullLesson);
        Lesson lesson;
        lesson.title.en = QStringLiteral("big");
        // Two full-length texts a slide: a little over the limit in all.
        const int slides = kMaxLessonFileBytes / (2 * kMaxLessonTextLength) + 10;
        for (int i = 0; i < slides; ++i) {
            LessonSlide s;
            s.title = {QString(kMaxLessonTextLength, QLatin1Char('e')),
                QString(kMaxLessonTextLength, QLatin1Char('z'))};
            s.workspace = QStringLiteral("summary");
            lesson.slides.push_back(s);
        }
        QString error;
        QVERIFY(!saveLesson(lesson, path, &error));
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray(kFullLesson));
        QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral("kept.json*")}, QDir::Files),
            QStringList(QStringLiteral("kept.json")));
    }

    void filesThatAreNotLessonsAreRefused()
    {
        LessonLoad load = loadLessonFile(dir_.path(), check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems.size(), 1);
        QVERIFY2(load.problems.first().contains(QStringLiteral("is a folder")),
            qPrintable(load.problems.first()));

        const QString missing = dir_.filePath(QStringLiteral("nowhere.json"));
        load = loadLessonFile(missing, check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems, QStringList(missing + QStringLiteral(" does not exist.")));

        // A FIFO would block a reader forever: refused without opening it.
        const QString fifo = dir_.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        load = loadLessonFile(fifo, check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems.size(), 1);
        QVERIFY2(load.problems.first().contains(QStringLiteral("not a regular file")),
            qPrintable(load.problems.first()));
    }

    void anOversizedFileIsRefusedAndOneAtTheLimitLoads()
    {
        // Valid JSON padded with spaces to exactly the limit.
        QByteArray json = kFullLesson;
        json.append(QByteArray(kMaxLessonFileBytes - json.size(), ' '));
        const QString atLimit = dir_.filePath(QStringLiteral("at-limit.json"));
        writeAll(atLimit, json);
        LessonLoad load = loadLessonFile(atLimit, check);
        QCOMPARE(load.problems, QStringList());
        QVERIFY(load.lesson);

        // A %2 in the name stays as it is in the message.
        const QString over = dir_.filePath(QStringLiteral("over%2.json"));
        writeAll(over, json + ' ');
        load = loadLessonFile(over, check);
        QVERIFY(!load.lesson);
        QCOMPARE(load.problems.size(), 1);
        QVERIFY2(load.problems.first().contains(QStringLiteral("too large")),
            qPrintable(load.problems.first()));
        QVERIFY(load.problems.first().contains(over));
    }
};

QTEST_GUILESS_MAIN(TestLessonFile)
#include "test_lesson_file.moc"
