#pragma once

#include <QString>
#include <QtGlobal>

// What differs between operating systems, in one place: Platform.cpp is the only file with
// POSIX or Windows calls (guarded by Q_OS_WIN). Everything else goes through Qt (QDir,
// QStandardPaths, QProcess, QSaveFile).
namespace careatlas::platform {

// True for the one-line Qt warnings about the XDG runtime directory that users cannot act on
// and that say nothing about CareAtlas ("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting
// to …", "QStandardPaths: wrong permissions on runtime directory …": sudo, containers, WSL).
bool isIgnoredQtMessage(QtMsgType type, const QString &message);

// Installs a Qt message handler that drops the messages above and passes every other one on
// to the handler installed before (Qt's default: standard error, or the journal). Call first
// thing in main(), before the QCoreApplication.
void installMessageFilter();

// Windows: a bundle made as docs/building-windows.md says carries GDAL's and PROJ's data in
// share/gdal and share/proj beside bin/; points GDAL_DATA and PROJ_DATA (PROJ_LIB for older
// PROJ) there unless they are set. Elsewhere the libraries find the system's data themselves
// and this does nothing. Call after the QCoreApplication is made, before GDALAllRegister().
void useBundledGeoData();

// CPU time this process has used so far (user + system, all threads), in milliseconds.
double processCpuMs();

// CPU time (user + system) of every child process this process has waited for so far, in
// milliseconds; 0 where the system cannot say (Windows). The difference around one QProcess
// run is that program's own CPU time, process start included.
double childrenCpuMs();

// The largest resident memory of this process so far, in MB; 0 when the system cannot say.
double peakMemoryMb();

// Bytes this process may still map under its address-space limit (ulimit -v, RLIMIT_AS);
// -1 when there is no such limit (or the system cannot say).
qint64 addressSpaceLeft();

// Under an address-space limit (ulimit -v), makes the C library's allocator reserve no more
// address space than it uses (glibc: one malloc arena instead of one per thread). Call first
// thing in main(), before any thread starts. Does nothing without a limit.
void fitMallocToAddressSpaceLimit();

// The folder of this process's executable, before any QCoreApplication exists (its
// applicationDirPath() needs one); empty where the system cannot say.
QString executableDir();

// The system's load average over the last minute; -1 where there is none (Windows).
double loadAverage();

} // namespace careatlas::platform
