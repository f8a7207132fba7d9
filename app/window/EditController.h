#pragma once

#include "core/Error.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace careatlas {

class MapCanvas;
class ResourceEditor;
class Workspace;

// Edit ▸ Add, Edit, Place on Map and Delete Resource: the dialogs and the map's placing mode,
// each change handed to the ResourceEditor (one undoable step each).
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(QWidget *window, Workspace *workspace, ResourceEditor *editor, MapCanvas *canvas);

    void addResource();
    void editResource(qint64 id);
    void deleteResource(qint64 id);
    // The next click on the map places the resource there.
    void startPlacing(qint64 id);
    bool isPlacing() const { return m_placingId != 0; }
    // A click on the map while placing: the resource moves there. False when not placing.
    bool placeAt(double longitude, double latitude);
    // Someone else changed the same field first: theirs and mine side by side; the user's
    // choice is saved on their row.
    void resolveConflict(const Error &error);
    // The store was busy when a change was written: the change is held; the user tries again
    // or discards it (a window-modal message that does not block the window's event loop).
    void storeBusy(const Error &error);
    // A store that cannot be written: every editing command says so instead of opening a dialog.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool refuseWhenReadOnly();

    QWidget *m_window;
    Workspace *m_workspace;
    ResourceEditor *m_editor;
    MapCanvas *m_canvas;
    qint64 m_placingId = 0;
    bool m_readOnly = false;
    QPointer<QMessageBox> m_busyBox;
};

} // namespace careatlas
