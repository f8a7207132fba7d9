#include "app/models/ResourceEditor.h"

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

class EditCommand : public ResourceCommand
{
public:
    EditCommand(ResourceEditor *editor, Resource before, Resource after, const QString &text)
        : ResourceCommand(editor, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { write(m_after, true); }
    void undo() override { write(m_before, false); }
private:
    void write(Resource resource, bool redoing)
    {
        resource.id = m_editor->currentId(m_before.id);
        if (auto status = m_editor->updateNow(resource); !status) {
            m_editor->reportFailure(status.error());
            if (redoing)
                setObsolete(true);
            return;
        }
        Q_EMIT m_editor->storeChanged(resource.id);
    }
    Resource m_before, m_after;
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
        if (auto status = m_editor->deleteNow(m_editor->currentId(m_resource.id)); !status) {
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

// Renames an area, or changes its code: `apply(from, to)` sets `to` where `from` is.
class AreaCommand : public QUndoCommand
{
public:
    AreaCommand(ResourceEditor *editor, const QString &text, QString level, QString code, QString before, QString after, bool changesCode)
        : m_editor(editor), m_level(std::move(level)), m_code(std::move(code)), m_before(std::move(before)), m_after(std::move(after)),
          m_changesCode(changesCode)
    {
        setText(text);
    }
    void redo() override { apply(m_before, m_after); }   // renaming: `from` is unused
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const QString &from, const QString &to)
    {
        auto store = Store::open(m_editor->storePath());
        if (store && !m_changesCode && m_before.isNull()) {   // the stored name, for undo (views show garbled ones marked)
            if (const auto areas = (*store)->areas(m_level))
                for (const AreaRecord &area : *areas)
                    if (area.code == m_code)
                        m_before = area.name;
        }
        const Status status = !store ? Status(store.error())
                              : m_changesCode ? (*store)->changeAreaCode(m_level, from, to)
                                              : (*store)->renameArea(m_level, m_code, to);
        if (!status) {
            m_editor->reportFailure(status.error());
            setObsolete(true);
            return;
        }
        Q_EMIT m_editor->storeChanged(0);
    }
    ResourceEditor *m_editor;
    QString m_level, m_code, m_before, m_after;
    bool m_changesCode;
};

} // namespace

void ResourceEditor::renameArea(const QString &levelCode, const QString &code, const QString &newName)
{
    if (newName.trimmed().isEmpty())
        return;
    m_stack->push(new AreaCommand(this, tr("Rename area “%1”").arg(newName.trimmed()), levelCode, code, QString(), newName.trimmed(), false));
}

void ResourceEditor::changeAreaCode(const QString &levelCode, const QString &code, const QString &newCode)
{
    if (newCode.trimmed().isEmpty() || newCode.trimmed() == code)
        return;
    m_stack->push(new AreaCommand(this, tr("Change area code %1 to %2").arg(code, newCode.trimmed()), levelCode, code, code, newCode.trimmed(), true));
}

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

Status ResourceEditor::updateNow(const Resource &resource)
{
    auto result = inTransaction<bool>(m_storePath, [&](Store &store) -> Result<bool> {
        if (auto status = store.updateResource(resource); !status)
            return status.error();
        return true;
    });
    if (!result)
        return result.error();
    return {};
}

Status ResourceEditor::deleteNow(qint64 id)
{
    auto result = inTransaction<bool>(m_storePath, [&](Store &store) -> Result<bool> {
        if (auto status = store.deleteResource(id); !status)
            return status.error();
        return true;
    });
    if (!result)
        return result.error();
    return {};
}

void ResourceEditor::reportFailure(const Error &error) { Q_EMIT failed(error); }

} // namespace careatlas
