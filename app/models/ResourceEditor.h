#pragma once

#include "core/Error.h"
#include "core/Resource.h"
#include "core/Result.h"
#include "geo/edit/ResourceChange.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace careatlas {

class Workspace;

// Adds, edits, deletes and places resources in the workspace's store, each change one undoable
// step (Edit ▸ Undo / Redo). Each change is written off the UI thread, in the order made, in
// one transaction with the assignment of that one resource to its areas
// (geo::applyResourceChange); the workspace then gets the scene and snapshot with the change
// applied, so the map, the list and the counts follow without reading the store again.
// Deleting and undoing gives the resource a new feature id; the editor keeps track so that
// older steps still find it.
class ResourceEditor : public QObject
{
    Q_OBJECT
public:
    explicit ResourceEditor(Workspace *workspace, QObject *parent = nullptr);
    ~ResourceEditor() override;

    void setStorePath(const QString &path);   // clears the undo history when the store changes
    QString storePath() const { return m_storePath; }
    QUndoStack *undoStack() const { return m_stack; }
    // A change is being written (or waits for the one before it).
    bool isBusy() const { return m_running || m_held || !m_queue.isEmpty(); }
    // A change that found the store busy (another program writing) is held, not dropped: it and
    // the changes after it wait until retryHeld() writes it again or discardHeld() gives it up
    // (the undo history is cleared and the store read again, as after any failed change).
    bool hasHeldChange() const { return m_held.has_value(); }
    QString heldChangeText() const;
    void retryHeld();
    void discardHeld();

    void addResource(const Resource &resource);
    void editResource(const Resource &before, const Resource &after);
    void deleteResource(const Resource &resource);
    void placeResource(const Resource &before, double latitude, double longitude);
    // Saves the user's choice after a conflict: `resolved` checked against their row.
    void resolveConflict(const Resource &theirs, const Resource &resolved);
    // Naming areas (the area tree's Rename… and Change Code…), each one undoable step and one
    // transaction (Store::renameArea, Store::changeAreaCode).
    void renameArea(const QString &levelCode, const QString &code, const QString &newName);
    void changeAreaCode(const QString &levelCode, const QString &code, const QString &newCode);

    // Used by the undo commands: the id a resource has now, and queuing one change. `resolve`
    // gives the id the change applies to when its turn comes (0: skip it); `applied` gets the
    // resource's id afterwards.
    qint64 currentId(qint64 originalId) const { return m_alias.value(originalId, originalId); }
    void setCurrentId(qint64 originalId, qint64 currentId) { m_alias.insert(originalId, currentId); }
    void submit(geo::ResourceChange change, std::function<qint64()> resolve, std::function<void(qint64)> applied = {});
    void reportFailure(const Error &error);

Q_SIGNALS:
    void changeApplied(qint64 focusId);    // the workspace shows the change; focus on this resource (0: none)
    void failed(const careatlas::Error &error);
    // Someone else changed the same field first (ErrorCode::EditConflict, error.conflict set).
    void conflicted(const careatlas::Error &error);
    // The store was busy after the busy timeout: the change is held (retryHeld / discardHeld).
    void busy(const careatlas::Error &error);
    void reloadNeeded();                   // a change failed: the undo history was cleared; read the store again
    void areasChanged();                   // an area was renamed or recoded: read the store again

private:
    struct Pending {
        geo::ResourceChange change;
        std::function<qint64()> resolve;
        std::function<void(qint64)> applied;
    };
    void runNext();
    void run(Pending pending);

    Workspace *m_workspace;
    QString m_storePath;
    QUndoStack *m_stack = nullptr;
    QHash<qint64, qint64> m_alias;
    QList<Pending> m_queue;
    bool m_running = false;
    std::optional<Pending> m_held;
};

} // namespace careatlas
