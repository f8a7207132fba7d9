#pragma once

#include <atomic>
#include <functional>

namespace careatlas::geo {

// What a long area job (load, import, assignment) is given by its caller, typically a GUI
// worker thread: a progress callback (called on the job's thread, from 0 to 100) and a flag
// that the caller sets to cancel. A cancelled job returns ErrorCode::Cancelled and has
// changed nothing.
struct JobControl {
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
};

} // namespace careatlas::geo
