#pragma once

#include "core/Error.h"
#include "core/Resource.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

namespace careatlas {

// Adds, edits, deletes and places resources in the open store, each change one undoable step
// (Edit ▸ Undo / Redo). Every step is one transaction that also re-assigns resources to their
// areas; the store stamps when it happened. Deleting and undoing gives the resource a new
// feature id; the editor keeps track so that older steps still find it.
class ResourceEditor : public QObject
{
    Q_OBJECT
public:
    explicit ResourceEditor(QObject *parent = nullptr);

    void setStorePath(const QString &path);   // clears the undo history when the store changes
    QString storePath() const { return m_storePath; }
    QUndoStack *undoStack() const { return m_stack; }

    void addResource(const Resource &resource);
    void editResource(const Resource &before, const Resource &after);
    void deleteResource(const Resource &resource);
    void placeResource(const Resource &before, double latitude, double longitude);

    // Used by the undo commands.
    qint64 currentId(qint64 originalId) const { return m_alias.value(originalId, originalId); }
    void setCurrentId(qint64 originalId, qint64 currentId) { m_alias.insert(originalId, currentId); }
    Result<qint64> insertNow(const Resource &resource);
    // Saves the fields changed from `base` (as read, with its version) to `edited`; the row as
    // stored after. Refused with ErrorCode::EditConflict when someone changed the same field.
    Result<Resource> saveNow(const Resource &base, const Resource &edited);
    Status deleteNow(qint64 id, std::optional<qint64> expectedVersion = std::nullopt);
    void reportFailure(const Error &error);

Q_SIGNALS:
    void storeChanged(qint64 focusId);     // reload the map and panels; focus on this resource
    void failed(const careatlas::Error &error);

private:
    QString m_storePath;
    QUndoStack *m_stack = nullptr;
    QHash<qint64, qint64> m_alias;
};

} // namespace careatlas
