#include "app/models/ResourceEditor.h"

#include "app/models/Workspace.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace careatlas {

namespace {

using Kind = geo::ResourceChange::Kind;

geo::ResourceChange changeOf(Kind kind, const Resource &resource)
{
    geo::ResourceChange change;
    change.kind = kind;
    change.resource = resource;
    change.id = resource.id;
    return change;
}

class AddCommand : public QUndoCommand
{
public:
    AddCommand(ResourceEditor *editor, Resource resource)
        : m_editor(editor), m_resource(std::move(resource)), m_original(std::make_shared<qint64>(0))
    {
        setText(QCoreApplication::translate("ResourceEditor", "Add “%1”").arg(m_resource.name));
    }
    void redo() override
    {
        auto original = m_original;
        ResourceEditor *editor = m_editor;
        m_editor->submit(changeOf(Kind::Add, m_resource), [] { return qint64(-1); }, [original, editor](qint64 id) {
            if (*original == 0)
                *original = id;
            editor->setCurrentId(*original, id);
        });
    }
    void undo() override
    {
        auto original = m_original;
        ResourceEditor *editor = m_editor;
        m_editor->submit(changeOf(Kind::Delete, m_resource), [original, editor] { return *original == 0 ? 0 : editor->currentId(*original); });
    }

private:
    ResourceEditor *m_editor;
    Resource m_resource;
    std::shared_ptr<qint64> m_original;   // the id of the first insert, known once it is written
};

class EditCommand : public QUndoCommand
{
public:
    // `redoBase`: the row the first redo is checked against (a resolved conflict: their row);
    // otherwise the row the window has read.
    EditCommand(ResourceEditor *editor, Resource before, Resource after, const QString &text, std::optional<Resource> redoBase = {})
        : m_editor(editor), m_before(std::move(before)), m_after(std::move(after)), m_redoBase(std::move(redoBase))
    {
        setText(text);
    }
    void redo() override
    {
        write(m_after, m_redoBase);
        m_redoBase.reset();
    }
    void undo() override { write(m_before, std::nullopt); }

private:
    void write(const Resource &resource, const std::optional<Resource> &base)
    {
        ResourceEditor *editor = m_editor;
        const qint64 original = m_before.id;
        geo::ResourceChange change = changeOf(Kind::Update, resource);
        change.base = base;
        m_editor->submit(change, [editor, original] { return editor->currentId(original); });
    }
    ResourceEditor *m_editor;
    Resource m_before, m_after;
    std::optional<Resource> m_redoBase;
};

class DeleteCommand : public QUndoCommand
{
public:
    DeleteCommand(ResourceEditor *editor, Resource resource) : m_editor(editor), m_resource(std::move(resource))
    {
        setText(QCoreApplication::translate("ResourceEditor", "Delete “%1”").arg(m_resource.name));
    }
    void redo() override
    {
        ResourceEditor *editor = m_editor;
        const qint64 original = m_resource.id;
        m_editor->submit(changeOf(Kind::Delete, m_resource), [editor, original] { return editor->currentId(original); });
    }
    void undo() override
    {
        ResourceEditor *editor = m_editor;
        const qint64 original = m_resource.id;
        m_editor->submit(changeOf(Kind::Add, m_resource), [] { return qint64(-1); },
                         [editor, original](qint64 id) { editor->setCurrentId(original, id); });
    }

private:
    ResourceEditor *m_editor;
    Resource m_resource;
};

// Renames an area, or changes its code: `apply(from, to)` sets `to` where `from` is. A single
// row of the store: written at once; the window then reads the store again (names are in the
// scene and the snapshot).
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
        Q_EMIT m_editor->areasChanged();
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

void ResourceEditor::reportFailure(const Error &error) { Q_EMIT failed(error); }

ResourceEditor::ResourceEditor(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this)) {}

ResourceEditor::~ResourceEditor() = default;

void ResourceEditor::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_stack->clear();
    m_alias.clear();
    m_queue.clear();
    m_held.reset();
}

void ResourceEditor::addResource(const Resource &resource) { m_stack->push(new AddCommand(this, resource)); }

void ResourceEditor::editResource(const Resource &before, const Resource &after)
{
    m_stack->push(new EditCommand(this, before, after, tr("Edit “%1”").arg(after.name)));
}

void ResourceEditor::resolveConflict(const Resource &theirs, const Resource &resolved)
{
    m_stack->push(new EditCommand(this, theirs, resolved, tr("Edit “%1”").arg(resolved.name), theirs));
}

void ResourceEditor::deleteResource(const Resource &resource) { m_stack->push(new DeleteCommand(this, resource)); }

void ResourceEditor::placeResource(const Resource &before, double latitude, double longitude)
{
    Resource after = before;
    after.latitude = latitude;
    after.longitude = longitude;
    m_stack->push(new EditCommand(this, before, after, tr("Place “%1”").arg(before.name)));
}

void ResourceEditor::submit(geo::ResourceChange change, std::function<qint64()> resolve, std::function<void(qint64)> applied)
{
    m_queue.push_back({std::move(change), std::move(resolve), std::move(applied)});
    runNext();
}

QString ResourceEditor::heldChangeText() const
{
    // Named as the Edit menu names the step.
    if (!m_held)
        return {};
    const QString name = m_held->change.resource.name;
    switch (m_held->change.kind) {
    case Kind::Add: return tr("Add “%1”").arg(name);
    case Kind::Delete: return tr("Delete “%1”").arg(name);
    default: return tr("Edit “%1”").arg(name);
    }
}

void ResourceEditor::retryHeld()
{
    if (!m_held || m_running)
        return;
    Pending pending = std::move(*m_held);
    m_held.reset();
    run(std::move(pending));
}

void ResourceEditor::discardHeld()
{
    if (!m_held)
        return;
    m_held.reset();
    m_queue.clear();
    m_stack->clear();
    m_alias.clear();
    Q_EMIT reloadNeeded();
}

void ResourceEditor::runNext()
{
    if (m_running || m_held || m_queue.isEmpty())
        return;
    Pending pending = m_queue.takeFirst();
    // Which record the change applies to is known only now (an earlier step may have given it a new id).
    const qint64 id = pending.resolve();
    if (id == 0) {
        runNext();
        return;
    }
    if (pending.change.kind != Kind::Add) {
        pending.change.id = id;
        pending.change.resource.id = id;
    }
    pending.resolve = [id] { return id; };
    run(std::move(pending));
}

void ResourceEditor::run(Pending pending)
{
    m_running = true;
    const QString path = m_storePath;
    auto *watcher = new QFutureWatcher<std::optional<Result<geo::AppliedChange>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pending, path] {
        watcher->deleteLater();
        m_running = false;
        if (path != m_storePath) {   // another store was opened meanwhile: this change is not its
            runNext();
            return;
        }
        std::optional<Result<geo::AppliedChange>> result = watcher->result();
        if (result && !*result && result->error().code == ErrorCode::StoreBusy) {
            // Nothing was written: keep the change (and those after it) for another try.
            m_held = pending;
            Q_EMIT busy(result->error());
            return;
        }
        if (!result || !*result) {
            // The history no longer matches the store: start again from what the store holds.
            m_queue.clear();
            m_stack->clear();
            m_alias.clear();
            const Error error = result ? result->error() : Error(ErrorCode::Internal);
            Q_EMIT reloadNeeded();
            if (error.code == ErrorCode::EditConflict && error.conflict)
                Q_EMIT conflicted(error);   // nothing was written: the user chooses, field by field
            else
                Q_EMIT failed(error);
            return;
        }
        const geo::AppliedChange &change = **result;
        m_workspace->setData(m_storePath, change.scene, change.snapshot);
        if (pending.applied)
            pending.applied(change.id);
        Q_EMIT changeApplied(pending.change.kind == Kind::Delete ? 0 : change.id);
        runNext();
    });
    watcher->setFuture(QtConcurrent::run([path, change = pending.change, scene = m_workspace->scene(), snapshot = m_workspace->snapshot()]()
                                             -> std::optional<Result<geo::AppliedChange>> { return geo::applyResourceChange(path, change, scene, snapshot); }));
}

} // namespace careatlas
