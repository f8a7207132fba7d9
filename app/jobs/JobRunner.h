#pragma once

#include "core/Feedback.h"
#include "core/GuardedRun.h"
#include "core/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace careatlas {

// The window's one runner of long tasks (imports, exports, area loads, printing preparation):
// the work runs on a worker thread with a Feedback, behind a window-modal progress dialog whose
// Cancel button works while the work runs (the event loop is the application's own, nothing
// waits in a private loop); exceptions become errors (runGuarded); `done` gets the result on the
// UI thread. One task at a time: a second one is refused while one runs.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QWidget *window);
    ~JobRunner() override;

    bool isRunning() const { return m_running; }
    // The progress dialog of the running task (null when none runs, or before it shows).
    QProgressDialog *progressDialog() const { return m_dialog; }
    // Asks the running task to stop, as the dialog's Cancel button does.
    void cancel();

    template <typename T>
    bool run(const QString &label, std::function<Result<T>(const Feedback &)> work, std::function<void(Result<T>)> done)
    {
        if (m_running) {
            Q_EMIT refused();
            return false;
        }
        auto state = begin(label);
        auto *watcher = new QFutureWatcher<std::optional<Result<T>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            watcher->deleteLater();
            std::optional<Result<T>> result = watcher->result();
            end();
            done(result ? std::move(*result) : Result<T>(Error(ErrorCode::Internal)));
        });
        watcher->setFuture(QtConcurrent::run([state, work = std::move(work)]() -> std::optional<Result<T>> {
            Feedback feedback;
            feedback.cancel = &state->cancel;
            feedback.progress = [state](int percent) { state->percent.store(percent); };
            return runGuarded([&] { return work(feedback); });
        }));
        return true;
    }

Q_SIGNALS:
    void started();
    void finished();
    void refused();     // a task was asked for while another ran

private:
    struct State {
        std::atomic_bool cancel{false};
        std::atomic_int percent{0};
    };
    std::shared_ptr<State> begin(const QString &label);
    void end();

    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace careatlas
