#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace careatlas::test {

// Runs the event loop until `condition` holds or the time is up; returns whether it holds.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}

} // namespace careatlas::test
