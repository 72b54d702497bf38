// The run loop a training view steps with: play until done, pause, one step, a report per tick.

#include "app/run_loop.h"

#include <QSignalSpy>
#include <QTest>

using al::RunLoop;

class TestRunLoop : public QObject {
    Q_OBJECT

private slots:
    void playsUntilThereIsNothingMoreToDo()
    {
        int left = 2500;
        RunLoop loop([&] { return --left > 0; });
        loop.setMaxStepsPerTick(1000);
        QSignalSpy stepped(&loop, &RunLoop::stepped);
        QSignalSpy running(&loop, &RunLoop::runningChanged);
        loop.play();
        QVERIFY(loop.running());
        QTRY_VERIFY(!loop.running());
        QCOMPARE(left, 0);
        QCOMPARE(loop.stepsTaken(), qint64(2500));
        // At least three ticks (1000 steps at most each), one report per tick.
        QVERIFY(stepped.count() >= 3);
        int total = 0;
        for (const QList<QVariant> &report : stepped) {
            QVERIFY(report.at(0).toInt() >= 1 && report.at(0).toInt() <= 1000);
            total += report.at(0).toInt();
        }
        QCOMPARE(total, 2500);
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

    void pauseStopsAndStepTakesOne()
    {
        int steps = 0;
        RunLoop loop([&] {
            ++steps;
            return true;
        });
        loop.setMaxStepsPerTick(1);
        loop.play();
        QTRY_VERIFY(steps >= 3);
        loop.pause();
        const int paused = steps;
        QTest::qWait(30);
        QCOMPARE(steps, paused);
        QVERIFY(loop.stepOnce());
        QCOMPARE(steps, paused + 1);
        QVERIFY(!loop.running());
    }

    // A tick keeps to its time budget: slow steps give one step per tick, the event loop
    // runs between them.
    void aTickKeepsToItsBudget()
    {
        RunLoop loop([] {
            QTest::qSleep(5);
            return true;
        });
        loop.setTickBudget(1);
        QSignalSpy stepped(&loop, &RunLoop::stepped);
        loop.play();
        QTRY_VERIFY(stepped.count() >= 3);
        loop.pause();
        for (const QList<QVariant> &report : stepped)
            QCOMPARE(report.at(0).toInt(), 1);
    }
};

QTEST_MAIN(TestRunLoop)
#include "test_run_loop.moc"
