#include "app/models/ResourceEditor.h"

#include "core/ResourceChange.h"
#include "core/store/Store.h"
#include "geo/areas/ResourceAssignment.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace careatlas {

namespace {

// One change to one resource; `apply` and `revert` return false when the store refused.
class ResourceCommand : public QUndoCommand
{
public:
    ResourceCommand(ResourceEditor *editor, const QString &text) : m_editor(editor) { setText(text); }

protected:
    ResourceEditor *m_editor;
};

class AddCommand : public ResourceCommand
{
public:
    AddCommand(ResourceEditor *editor, Resource resource)
        : ResourceCommand(editor, QCoreApplication::translate("ResourceEditor", "Add “%1”").arg(resource.name)), m_resource(std::move(resource))
    {
    }
    void redo() override
    {
        auto id = m_editor->insertNow(m_resource);
        if (!id) {
            m_editor->reportFailure(id.error());
            setObsolete(true);
            return;
        }
        if (m_original == 0)
            m_original = *id;
        m_editor->setCurrentId(m_original, *id);
        Q_EMIT m_editor->storeChanged(*id);
    }
    void undo() override
    {
        if (auto status = m_editor->deleteNow(m_editor->currentId(m_original)); !status)
            m_editor->reportFailure(status.error());
        Q_EMIT m_editor->storeChanged(0);
    }
private:
    Resource m_resource;
    qint64 m_original = 0;
};

// Redo writes the fields the user changed from `before` to `after`, undo writes them back;
// each on the row as this editor last saw it (its version), so neither overwrites a change
// someone else made meanwhile: other fields merge, a clash is reported (ErrorCode::EditConflict).
class EditCommand : public ResourceCommand
{
public:
    EditCommand(ResourceEditor *editor, Resource before, Resource after, const QString &text)
        : ResourceCommand(editor, text), m_before(std::move(before)), m_after(std::move(after)), m_seen(m_before),
          m_fields(changedFields(m_before, m_after))
    {
    }
    void redo() override { write(m_after, true); }
    void undo() override { write(m_before, false); }
private:
    void write(const Resource &values, bool redoing)
    {
        Resource base = m_seen;
        base.id = m_editor->currentId(m_before.id);
        Resource edited = base;
        for (ResourceField field : m_fields)
            copyField(edited, values, field);
        auto saved = m_editor->saveNow(base, edited);
        if (!saved) {
            m_editor->reportFailure(saved.error());
            if (redoing)
                setObsolete(true);
            return;
        }
        m_seen = *saved;
        Q_EMIT m_editor->storeChanged(base.id);
    }
    Resource m_before, m_after;
    Resource m_seen;                  // the row as last read or written by this command
    QList<ResourceField> m_fields;
};

class DeleteCommand : public ResourceCommand
{
public:
    DeleteCommand(ResourceEditor *editor, Resource resource)
        : ResourceCommand(editor, QCoreApplication::translate("ResourceEditor", "Delete “%1”").arg(resource.name)), m_resource(std::move(resource))
    {
    }
    void redo() override
    {
        if (auto status = m_editor->deleteNow(m_editor->currentId(m_resource.id), m_resource.version); !status) {
            m_editor->reportFailure(status.error());
            setObsolete(true);
            return;
        }
        Q_EMIT m_editor->storeChanged(0);
    }
    void undo() override
    {
        auto id = m_editor->insertNow(m_resource);
        if (!id) {
            m_editor->reportFailure(id.error());
            return;
        }
        m_editor->setCurrentId(m_resource.id, *id);
        m_resource.version = 1;   // the row is new again
        Q_EMIT m_editor->storeChanged(*id);
    }
private:
    Resource m_resource;
};

// Runs one change in a transaction with the re-assignment of resources to areas.
template <typename T, typename Change>
Result<T> inTransaction(const QString &path, Change change)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    Store::Transaction transaction(**store);
    Result<T> result = change(**store);
    if (!result)
        return result;
    if (auto assigned = geo::reassignResources(**store); !assigned)
        return assigned.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return result;
}

} // namespace

ResourceEditor::ResourceEditor(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

void ResourceEditor::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_stack->clear();
    m_alias.clear();
}

void ResourceEditor::addResource(const Resource &resource) { m_stack->push(new AddCommand(this, resource)); }

void ResourceEditor::editResource(const Resource &before, const Resource &after)
{
    m_stack->push(new EditCommand(this, before, after, tr("Edit “%1”").arg(after.name)));
}

void ResourceEditor::deleteResource(const Resource &resource) { m_stack->push(new DeleteCommand(this, resource)); }

void ResourceEditor::placeResource(const Resource &before, double latitude, double longitude)
{
    Resource after = before;
    after.latitude = latitude;
    after.longitude = longitude;
    m_stack->push(new EditCommand(this, before, after, tr("Place “%1”").arg(before.name)));
}

Result<qint64> ResourceEditor::insertNow(const Resource &resource)
{
    return inTransaction<qint64>(m_storePath, [&](Store &store) { return store.insertResource(resource); });
}

Result<Resource> ResourceEditor::saveNow(const Resource &base, const Resource &edited)
{
    return inTransaction<Resource>(m_storePath, [&](Store &store) -> Result<Resource> {
        auto saved = store.saveResourceChanges(base, edited);
        if (!saved)
            return saved.error();
        return saved->resource;
    });
}

Status ResourceEditor::deleteNow(qint64 id, std::optional<qint64> expectedVersion)
{
    auto result = inTransaction<bool>(m_storePath, [&](Store &store) -> Result<bool> {
        if (auto status = store.deleteResource(id, expectedVersion); !status)
            return status.error();
        return true;
    });
    if (!result)
        return result.error();
    return {};
}

void ResourceEditor::reportFailure(const Error &error) { Q_EMIT failed(error); }

} // namespace careatlas
