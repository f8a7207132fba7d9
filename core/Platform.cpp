#include "core/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <iterator>
#include <utility>

#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <unistd.h>
#include <cstdlib>
#include <ctime>
#endif

namespace careatlas::platform {

namespace {

QtMessageHandler g_previousHandler = nullptr;

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isIgnoredQtMessage(type, message))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

bool isIgnoredQtMessage(QtMsgType type, const QString &message)
{
    if (type != QtWarningMsg || !message.startsWith(QLatin1String("QStandardPaths: ")))
        return false;
    return message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
        || message.startsWith(QLatin1String("QStandardPaths: wrong permissions on runtime directory"));
}

void installMessageFilter()
{
    QtMessageHandler previous = qInstallMessageHandler(filterMessage);
    if (previous != filterMessage)   // installed twice: keep the real previous handler
        g_previousHandler = previous;
}

#ifdef Q_OS_WIN

QString executableDir()
{
    wchar_t path[32768];
    const DWORD length = GetModuleFileNameW(nullptr, path, DWORD(std::size(path)));
    if (length == 0 || length >= std::size(path))
        return {};
    return QFileInfo(QString::fromWCharArray(path, int(length))).absolutePath();
}

void useBundledGeoData()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const std::pair<const char *, const char *> folders[] = {
        {"GDAL_DATA", "../share/gdal"}, {"PROJ_DATA", "../share/proj"}, {"PROJ_LIB", "../share/proj"}};
    for (const auto &[variable, relative] : folders) {
        const QString folder = QDir::cleanPath(appDir.absoluteFilePath(QLatin1String(relative)));
        if (qEnvironmentVariableIsEmpty(variable) && QFileInfo(folder).isDir())
            qputenv(variable, QDir::toNativeSeparators(folder).toLocal8Bit());
    }
}

namespace {
double fileTimeMs(const FILETIME &time)   // 100-nanosecond units
{
    return double((quint64(time.dwHighDateTime) << 32) | time.dwLowDateTime) / 1e4;
}
} // namespace

double processCpuMs()
{
    FILETIME creation, exit, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &creation, &exit, &kernel, &user))
        return 0;
    return fileTimeMs(kernel) + fileTimeMs(user);
}

double childrenCpuMs() { return 0; }

double peakMemoryMb()
{
    PROCESS_MEMORY_COUNTERS counters{};
    if (!K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
}

double loadAverage() { return -1; }

qint64 addressSpaceLeft() { return -1; }

void fitMallocToAddressSpaceLimit() {}

#else

QString executableDir()
{
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof(path));
    if (length <= 0 || size_t(length) >= sizeof(path))
        return {};
    return QFileInfo(QFile::decodeName(QByteArray(path, int(length)))).absolutePath();
}

void useBundledGeoData() {}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double peakMemoryMb()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#ifdef Q_OS_MACOS
    return double(usage.ru_maxrss) / (1024.0 * 1024.0);   // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0;   // kilobytes on Linux and the BSDs
#endif
}

double loadAverage()
{
    double load[1] = {-1};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

void fitMallocToAddressSpaceLimit()
{
#if defined(__GLIBC__)
    // glibc gives each thread that allocates its own arena, reserving 64 MB of address space
    // (mostly never used): under a limit of a few hundred MB, two worker threads would take
    // half of what the work has. One arena then, shared by every thread.
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        mallopt(M_ARENA_MAX, 1);
#endif
}

qint64 addressSpaceLeft()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    // The size of the address space now: the first figure of /proc/self/statm, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const qint64 pages = statm.readLine().split(' ').value(0).toLongLong();
    const qint64 used = pages * qint64(sysconf(_SC_PAGESIZE));
    return std::max<qint64>(0, qint64(limit.rlim_cur) - used);
}

#endif

} // namespace careatlas::platform
