#include "core/Platform.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cmath>

using namespace careatlas;

TEST_CASE("The message filter drops only Qt's runtime-directory warnings", "[core][platform]")
{
    CHECK(platform::isIgnoredQtMessage(QtWarningMsg, QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'")));
    CHECK(platform::isIgnoredQtMessage(QtWarningMsg, QStringLiteral("QStandardPaths: wrong permissions on runtime directory /run/user/1000, 0755 instead of 0700")));
    // Other warnings, and the same words at another level or from elsewhere, still reach the user.
    CHECK_FALSE(platform::isIgnoredQtMessage(QtCriticalMsg, QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'")));
    CHECK_FALSE(platform::isIgnoredQtMessage(QtWarningMsg, QStringLiteral("qt.qpa.xcb: could not connect to display")));
    CHECK_FALSE(platform::isIgnoredQtMessage(QtWarningMsg, QStringLiteral("QStandardPaths: error creating runtime directory '/run/user/0' (No space left on device)")));
    CHECK_FALSE(platform::isIgnoredQtMessage(QtWarningMsg, QStringLiteral("careatlas: XDG_RUNTIME_DIR not set")));
}

TEST_CASE("Process CPU time grows while the process computes, and peak memory is known", "[core][platform]")
{
    const double before = platform::processCpuMs();
    QElapsedTimer timer;
    timer.start();
    volatile double sink = 0;
    while (timer.elapsed() < 60)
        for (int i = 0; i < 10000; ++i)
            sink = sink + std::sqrt(double(i));
    CHECK(platform::processCpuMs() > before);
    CHECK(platform::peakMemoryMb() > 1.0);
}
