#pragma once

#include <atomic>
#include <functional>

namespace careatlas {

// What an export is given by its caller (a GUI worker thread, the CLI): a progress callback,
// called on the export's thread from 0 to 100, and a flag the caller sets to cancel. A
// cancelled export returns ErrorCode::Cancelled and leaves no file under the target's name.
// (The same shape as geo::JobControl.)
struct ExportControl {
    std::function<void(int percent)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
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

} // namespace careatlas
