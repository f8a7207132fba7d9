#pragma once

#include "core/Result.h"
#include "geo/areas/JobControl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <optional>

namespace careatlas {

// Runs `work` on a worker thread behind a modal progress dialog with a Cancel button, keeping
// the UI responsive, and returns its result. The work polls job.cancelled() and reports
// progress through job.report(); a cancelled job returns ErrorCode::Cancelled.
template <typename T>
Result<T> runWithProgress(QWidget *parent, const QString &label, std::function<Result<T>(const geo::JobControl &)> work)
{
    std::atomic_bool cancel(false);
    std::atomic_int percent(0);
    geo::JobControl job;
    job.cancel = &cancel;
    job.progress = [&percent](int p) { percent.store(p); };

    QProgressDialog dialog(label, QCoreApplication::translate("JobProgress", "Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel.store(true);
        dialog.setLabelText(QCoreApplication::translate("JobProgress", "Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(percent.load()); });
    poll.start();

    QEventLoop loop;
    QFutureWatcher<std::optional<Result<T>>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&]() -> std::optional<Result<T>> { return work(job); }));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    dialog.reset();
    std::optional<Result<T>> result = watcher.result();
    if (!result)
        return Error(ErrorCode::Internal);
    return std::move(*result);
}

} // namespace careatlas
