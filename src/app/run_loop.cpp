#include "app/run_loop.h"

namespace al {

RunLoop::RunLoop(Step step, QObject *parent)
    : QObject(parent)
    , step_(std::move(step))
{
    timer_.setInterval(0); // as often as the event loop allows: input and paints come first
    connect(&timer_, &QTimer::timeout, this, &RunLoop::tick);
}

void RunLoop::play()
{
    if (running())
        return;
    timer_.start();
    emit runningChanged(true);
}

void RunLoop::pause()
{
    if (!running())
        return;
    timer_.stop();
    emit runningChanged(false);
}

bool RunLoop::stepOnce()
{
    pause();
    const bool more = step_();
    ++steps_;
    emit stepped(1);
    return more;
}

void RunLoop::tick()
{
    QElapsedTimer clock;
    clock.start();
    int taken = 0;
    bool more = true;
    while (more && taken < maxStepsPerTick_ && (taken == 0 || clock.elapsed() < budget_)) {
        more = step_();
        ++taken;
    }
    steps_ += taken;
    emit stepped(taken);
    if (!more)
        pause();
}

} // namespace al
