#include "app/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QWidget>

namespace careatlas {

JobRunner::JobRunner(QWidget *window) : QObject(window), m_window(window)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_dialog && m_state && !m_state->cancel.load())
            m_dialog->setValue(m_state->percent.load());
    });
}

JobRunner::~JobRunner()
{
    // A task still running is told to stop; its thread pool waits for it when the application ends.
    if (m_state)
        m_state->cancel.store(true);
}

std::shared_ptr<JobRunner::State> JobRunner::begin(const QString &label)
{
    m_running = true;
    m_state = std::make_shared<State>();
    m_dialog = new QProgressDialog(label, QCoreApplication::translate("JobProgress", "Cancel"), 0, 100, m_window);
    m_dialog->setObjectName(QStringLiteral("jobProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &JobRunner::cancel);
    m_poll.start();
    Q_EMIT started();
    return m_state;
}

void JobRunner::cancel()
{
    if (!m_state || m_state->cancel.exchange(true))
        return;
    if (m_dialog) {
        m_dialog->setLabelText(QCoreApplication::translate("JobProgress", "Cancelling…"));
        m_dialog->show();   // the cancel button stays until the task has stopped
    }
}

void JobRunner::end()
{
    m_poll.stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_dialog.clear();
    m_state.reset();
    m_running = false;
    Q_EMIT finished();
}

} // namespace careatlas
