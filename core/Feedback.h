#pragma once

#include "core/Error.h"

#include <atomic>
#include <functional>

namespace careatlas {

// What every long task (import, export, area load, assignment, scene load) is given by its
// caller — the window's job runner or the CLI: a progress callback, called on the task's thread
// with 0 to 100, and a cancel request. A cancelled task returns ErrorCode::Cancelled and has
// changed nothing. (QGIS's QgsFeedback plays this part there.)
struct Feedback {
    std::function<void(int percent)> progress;
    const std::atomic_bool *cancel = nullptr;
    std::function<bool()> cancelRequested;   // alternative to `cancel`, e.g. QPromise::isCanceled

    bool cancelled() const
    {
        return (cancel && cancel->load(std::memory_order_relaxed)) || (cancelRequested && cancelRequested());
    }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
    // Progress of step `done` of `total` within the range [from, to] percent.
    void report(long long done, long long total, int from, int to) const
    {
        if (progress && total > 0)
            progress(from + int((to - from) * double(done) / double(total)));
    }
    // The same feedback for a sub-task that covers [from, to] of this one's range.
    Feedback part(int from, int to) const
    {
        Feedback sub = *this;
        if (progress)
            sub.progress = [outer = progress, from, to](int percent) { outer(from + (to - from) * percent / 100); };
        return sub;
    }
};

} // namespace careatlas
