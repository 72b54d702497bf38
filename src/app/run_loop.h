#pragma once

// Runs a stepped process (training, an animation) from the event loop, never blocking it: each
// timer tick takes steps until the tick's time budget is spent (at least one), then reports once,
// so that the views redraw once per tick however many steps it took. Play, pause, one step.
//
//   RunLoop loop([&] { return trainer.step(); }); // false: nothing more to do, the loop pauses
//   connect(&loop, &RunLoop::stepped, view, &View::refresh);
//   loop.play();

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace al {

class RunLoop : public QObject {
    Q_OBJECT

public:
    using Step = std::function<bool()>;

    explicit RunLoop(Step step, QObject *parent = nullptr);

    bool running() const { return timer_.isActive(); }
    void play();
    void pause();
    bool stepOnce(); // one step now (pauses first); false when there was nothing more to do
    // The most steps a tick may take, and how long it may spend on them (16 ms: a frame).
    void setMaxStepsPerTick(int steps) { maxStepsPerTick_ = std::max(1, steps); }
    void setTickBudget(int milliseconds) { budget_ = std::max(1, milliseconds); }
    // The time between ticks: 0 (the default) ticks as often as the event loop allows; a frame
    // (16 ms) redraws at most once a frame.
    void setInterval(int milliseconds) { timer_.setInterval(std::max(0, milliseconds)); }
    qint64 stepsTaken() const { return steps_; }

    // One timer tick now: steps until the budget or the most steps per tick, then one report.
    // The timer calls it; the bench times it as a frame.
    void tick();

signals:
    void stepped(int steps); // after a tick or a single step: how many steps it took
    void runningChanged(bool running);

private:
    Step step_;
    QTimer timer_;
    int maxStepsPerTick_ = 1000;
    int budget_ = 16;
    qint64 steps_ = 0;
};

} // namespace al
