// Both catalogues are complete: every translatable string of the sources, as lupdate finds them
// now, has a finished translation (a new tr() without one fails here).

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("zh_CN") << QStringLiteral("activation_lab_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("activation_lab_en.ts");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, catalogue);
        QTemporaryDir dir;
        const QString scratch = dir.filePath(catalogue);
        QVERIFY(QFile::copy(QStringLiteral(TRANSLATIONS_DIR "/") + catalogue, scratch));
        QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
        QFile list(QStringLiteral(SOURCES_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QStringList arguments
            = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        arguments << QStringLiteral("-I") << QStringLiteral(SOURCE_DIR)
                  << QStringLiteral("-no-obsolete") << QStringLiteral("-locations")
                  << QStringLiteral("none") << QStringLiteral("-silent") << QStringLiteral("-ts")
                  << scratch;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile ts(scratch);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool markedUnfinished
                    = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (markedUnfinished || xml.readElementText().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 150);
        QVERIFY2(unfinished.isEmpty(),
            qPrintable(QStringLiteral("untranslated:\n") + unfinished.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
