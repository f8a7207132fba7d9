#include "app/models/FilterController.h"

#include "core/store/Store.h"
#include "geo/query/Geodesic.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace careatlas {

FilterController::FilterController(QObject *parent) : QObject(parent)
{
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(200);
    connect(&m_textTimer, &QTimer::timeout, this, &FilterController::runTextSearch);
}

void FilterController::setSnapshot(const QString &storePath, ResourceSnapshotPointer snapshot)
{
    const bool sameStore = storePath == m_storePath;
    m_storePath = storePath;
    m_snapshot = std::move(snapshot);
    m_textMatchesFor.clear();
    if (!sameStore) {
        // Areas and categories of another store mean nothing here; keep what still applies.
        m_filter.area.reset();
    }
    m_result = FilterResult();   // of the old snapshot: nothing may index it with the new one
    Q_EMIT snapshotChanged();
    if (!m_filter.text.trimmed().isEmpty())
        runTextSearch();
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::setFilter(const ResourceFilter &filter)
{
    const bool textChanged = filter.text != m_filter.text;
    m_filter = filter;
    if (textChanged && !m_filter.text.trimmed().isEmpty())
        runTextSearch();
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::setCategories(const QStringList &codes)
{
    if (codes == m_filter.categories)
        return;
    m_filter.categories = codes;
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::setFlags(const QStringList &codes)
{
    if (codes == m_filter.flags)
        return;
    m_filter.flags = codes;
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::setText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    Q_EMIT filterChanged();
    if (text.trimmed().isEmpty()) {
        m_textTimer.stop();
        ++m_searchGeneration;
        evaluate();
    } else {
        m_textTimer.start();
    }
}

void FilterController::setArea(const std::optional<AreaChoice> &area)
{
    if (area == m_filter.area)
        return;
    m_filter.area = area;
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::setNear(const std::optional<NearChoice> &near)
{
    if (near == m_filter.near)
        return;
    m_filter.near = near;
    evaluate();
    Q_EMIT filterChanged();
}

void FilterController::clear() { setFilter(ResourceFilter()); }

void FilterController::runTextSearch()
{
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty() || m_storePath.isEmpty())
        return;
    const int generation = ++m_searchGeneration;
    auto *watcher = new QFutureWatcher<QSet<qint64>>(this);
    connect(watcher, &QFutureWatcher<QSet<qint64>>::finished, this, [this, watcher, generation, text] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return;   // the user typed on
        m_textMatches = watcher->result();
        m_textMatchesFor = text;
        evaluate();
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath, text]() {
        QSet<qint64> ids;
        if (auto store = Store::open(path, Store::OpenMode::ReadOnly))
            if (auto found = (*store)->searchResources(text))
                ids = QSet<qint64>(found->begin(), found->end());
        return ids;
    }));
}

void FilterController::evaluate()
{
    if (!m_snapshot) {
        m_result = FilterResult();
        Q_EMIT resultChanged();
        return;
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty() && m_textMatchesFor != text)
        return;   // the search is still running; its answer evaluates
    m_result = evaluateFilter(*m_snapshot, m_filter, text.isEmpty() ? nullptr : &m_textMatches, geo::geodesicDistanceFunction());
    Q_EMIT resultChanged();
}

std::shared_ptr<const std::vector<bool>> FilterController::maskFor(const std::vector<qint64> &ids) const
{
    if (!m_snapshot || (m_filter.isEmpty() && m_snapshot->retiredAt.isEmpty()))
        return nullptr;
    auto mask = std::make_shared<std::vector<bool>>(ids.size(), false);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int index = m_snapshot->indexOfId.value(ids[i], -1);
        (*mask)[i] = index >= 0 && index < int(m_result.matches.size()) && m_result.matches[index];
    }
    return mask;
}

} // namespace careatlas
