#include "app/models/Workspace.h"

#include "app/models/FilterController.h"

namespace careatlas {

Workspace::Workspace(QObject *parent) : QObject(parent), m_filter(new FilterController(this))
{
    connect(m_filter, &FilterController::resultChanged, this, &Workspace::renderOptionsChanged);
}

ResourceSnapshotPointer Workspace::snapshot() const { return m_filter->snapshot(); }

void Workspace::setData(const QString &storePath, geo::MapScenePointer scene, ResourceSnapshotPointer snapshot)
{
    const bool sameStore = storePath == m_storePath;
    m_storePath = storePath;
    m_scene = std::move(scene);
    m_sceneIds.clear();
    if (m_scene) {
        m_sceneIds.reserve(m_scene->resources.size());
        for (const geo::SceneResource &r : m_scene->resources)
            m_sceneIds.push_back(r.id);
    }
    if (!sameStore) {
        m_selection.clear();
        Q_EMIT storeChanged();
    } else if (snapshot) {
        QSet<qint64> kept;
        for (qint64 id : std::as_const(m_selection))
            if (snapshot->indexOfId.contains(id))
                kept.insert(id);
        m_selection = kept;
    }
    m_filter->setSnapshot(storePath, std::move(snapshot));   // re-evaluates: resultChanged
    Q_EMIT dataChanged();
    Q_EMIT selectionChanged();
}

std::optional<Resource> Workspace::resource(qint64 id) const
{
    const auto snapshot = m_filter->snapshot();
    const int index = snapshot ? snapshot->indexOfId.value(id, -1) : -1;
    if (index < 0)
        return std::nullopt;
    return snapshot->resources[index];
}

void Workspace::setSelection(const QSet<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    Q_EMIT selectionChanged();
    Q_EMIT renderOptionsChanged();
}

void Workspace::changeSelection(const QSet<qint64> &selected, const QSet<qint64> &deselected)
{
    setSelection((m_selection - deselected) | selected);
}

void Workspace::setViewExtent(const QRectF &extent) { m_viewExtent = extent; }

void Workspace::setRenderOptions(const geo::RenderSettings &options)
{
    m_renderOptions = options;
    Q_EMIT renderOptionsChanged();
}

geo::RenderSettings Workspace::canvasSettings() const
{
    geo::RenderSettings settings = m_renderOptions;
    settings.resourceMask = m_filter->maskFor(m_sceneIds);
    settings.selection = m_selection;
    if (const auto &near = m_filter->filter().near) {
        settings.centreLatitude = near->latitude;
        settings.centreLongitude = near->longitude;
        settings.radiusMetres = near->radiusMetres;
    } else {
        settings.radiusMetres = 0;
    }
    return settings;
}

geo::ExportRequest Workspace::exportRequest(geo::ExportKind kind) const
{
    geo::ExportRequest request;
    request.kind = kind;
    request.storePath = m_storePath;
    request.filter = m_filter->filter();
    request.language = m_renderOptions.language;
    request.settings = m_renderOptions;
    request.mapExtent = kind == geo::ExportKind::MapLayout ? m_viewExtent : QRectF();
    return request;
}

} // namespace careatlas
