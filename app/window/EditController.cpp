#include "app/window/EditController.h"

#include "app/canvas/MapCanvas.h"
#include "app/dialogs/EditConflictDialog.h"
#include "app/dialogs/EditResourceDialog.h"
#include "app/models/ResourceEditor.h"
#include "app/models/Workspace.h"
#include "app/i18n/ErrorText.h"

#include <QDate>
#include <QPushButton>

namespace careatlas {

EditController::EditController(QWidget *window, Workspace *workspace, ResourceEditor *editor, MapCanvas *canvas)
    : QObject(window), m_window(window), m_workspace(workspace), m_editor(editor), m_canvas(canvas)
{
    connect(m_editor, &ResourceEditor::conflicted, this, &EditController::resolveConflict);
    connect(m_editor, &ResourceEditor::busy, this, &EditController::storeBusy);
}

bool EditController::refuseWhenReadOnly()
{
    if (!m_readOnly)
        return false;
    Q_EMIT statusMessage(errorSentence(ErrorCode::StoreReadOnly), 10000);
    return true;
}

void EditController::storeBusy(const Error &error)
{
    Q_UNUSED(error)
    if (m_busyBox)
        return;
    m_busyBox = new QMessageBox(QMessageBox::Warning, tr("The Store Is Busy"),
                                tr("Another program is writing to the store (another CareAtlas window, or an import). "
                                   "Your change “%1” is kept but not saved yet.")
                                    .arg(m_editor->heldChangeText()),
                                QMessageBox::NoButton, m_window);
    m_busyBox->setObjectName(QStringLiteral("storeBusyMessage"));
    m_busyBox->setInformativeText(tr("Try again when the other program has finished. Discarding the change reads the store again."));
    QPushButton *retry = m_busyBox->addButton(tr("Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    QPushButton *discard = m_busyBox->addButton(tr("Discard Change"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    m_busyBox->setDefaultButton(retry);
    m_busyBox->setAttribute(Qt::WA_DeleteOnClose);
    m_busyBox->setWindowModality(Qt::WindowModal);
    connect(m_busyBox, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button == discard) {
            m_editor->discardHeld();
            Q_EMIT statusMessage(tr("The change was discarded; the store was read again."), 8000);
        } else {
            Q_EMIT statusMessage(tr("Saving the change again…"), 5000);
            m_editor->retryHeld();
        }
    });
    m_busyBox->open();
}

void EditController::resolveConflict(const Error &error)
{
    if (!error.conflict)
        return;
    const auto snapshot = m_workspace->snapshot();
    EditConflictDialog dialog(*error.conflict, snapshot ? snapshot->categories : QList<Category>(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        Q_EMIT statusMessage(tr("Your change was not saved; the resource shows the other change."), 10000);
        return;
    }
    m_editor->resolveConflict(error.conflict->theirs, dialog.resolved());
}

void EditController::addResource()
{
    if (refuseWhenReadOnly())
        return;
    const auto snapshot = m_workspace->snapshot();
    if (!snapshot || m_workspace->storePath().isEmpty())
        return;
    Resource fresh;
    fresh.source = tr("Entered by hand");
    fresh.sourceDate = QDate::currentDate();
    EditResourceDialog dialog(fresh, snapshot->categories, snapshot->flags, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->addResource(dialog.resource());
}

void EditController::editResource(qint64 id)
{
    if (refuseWhenReadOnly())
        return;
    const auto snapshot = m_workspace->snapshot();
    const auto resource = m_workspace->resource(id);
    if (!snapshot || !resource) {
        Q_EMIT statusMessage(tr("Select a resource first."), 5000);
        return;
    }
    EditResourceDialog dialog(*resource, snapshot->categories, snapshot->flags, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Resource after = dialog.resource();
    Resource comparable = after;
    comparable.updatedAt = resource->updatedAt;
    if (comparable != *resource)
        m_editor->editResource(*resource, after);
}

void EditController::deleteResource(qint64 id)
{
    if (refuseWhenReadOnly())
        return;
    const auto resource = m_workspace->resource(id);
    if (!resource) {
        Q_EMIT statusMessage(tr("Select a resource first."), 5000);
        return;
    }
    m_editor->deleteResource(*resource);
    Q_EMIT statusMessage(tr("Deleted “%1”. Edit ▸ Undo brings it back.").arg(resource->name), 8000);
}

void EditController::startPlacing(qint64 id)
{
    if (refuseWhenReadOnly())
        return;
    const auto resource = m_workspace->resource(id);
    if (!resource) {
        Q_EMIT statusMessage(tr("Select a resource first."), 5000);
        return;
    }
    m_placingId = id;
    m_canvas->setCursor(Qt::CrossCursor);
    Q_EMIT statusMessage(tr("Click the map where “%1” is.").arg(resource->name), 15000);
}

bool EditController::placeAt(double longitude, double latitude)
{
    if (m_placingId == 0)
        return false;
    const qint64 id = m_placingId;
    m_placingId = 0;
    m_canvas->unsetCursor();
    if (auto resource = m_workspace->resource(id))
        m_editor->placeResource(*resource, latitude, longitude);
    return true;
}

} // namespace careatlas
