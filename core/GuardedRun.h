#pragma once

#include "core/Result.h"

#include <QString>

#include <exception>
#include <new>

namespace careatlas {

// Runs `work` (returning a Result) and turns any exception into an Error, so that nothing thrown
// on a worker thread or in a command can end the process: an allocation failure becomes
// ErrorCode::OutOfMemory, anything else ErrorCode::Internal with the exception's text as detail.
// Every job runner and every CLI command calls its work through this.
template <typename Work>
auto runGuarded(Work &&work) -> decltype(work())
{
    try {
        return work();
    } catch (const std::bad_alloc &) {
        return Error(ErrorCode::OutOfMemory);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return Error(ErrorCode::Internal, QStringLiteral("unknown exception"));
    }
}

} // namespace careatlas
