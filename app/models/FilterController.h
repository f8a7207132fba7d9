#pragma once

#include "core/query/ResourceFilter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace careatlas {

// The one filter state of the window (architecture.md): panels change it, and the map, the
// table, the area tree counts and the exports follow `resultChanged`. Evaluation is in memory
// (milliseconds for 200,000 resources); the full-text part runs the store's FTS5 search on a
// worker thread, debounced while the user types, and stale answers are dropped.
class FilterController : public QObject
{
    Q_OBJECT
public:
    explicit FilterController(QObject *parent = nullptr);

    void setSnapshot(const QString &storePath, ResourceSnapshotPointer snapshot);
    ResourceSnapshotPointer snapshot() const { return m_snapshot; }
    const ResourceFilter &filter() const { return m_filter; }
    const FilterResult &result() const { return m_result; }
    QString storePath() const { return m_storePath; }

    void setFilter(const ResourceFilter &filter);
    void setCategories(const QStringList &codes);
    void setFlags(const QStringList &codes);
    void setText(const QString &text);           // debounced
    void setArea(const std::optional<AreaChoice> &area);
    void setNear(const std::optional<NearChoice> &near);
    void clear();

    // What the store's full-text search answered for the filter's text (null without text), for
    // views that evaluate a variant of the filter (the statistics view).
    const QSet<qint64> *textMatches() const { return m_filter.text.trimmed().isEmpty() ? nullptr : &m_textMatches; }

    // The mask for a map scene's resources (by id), for RenderSettings::resourceMask.
    std::shared_ptr<const std::vector<bool>> maskFor(const std::vector<qint64> &sceneResourceIds) const;

Q_SIGNALS:
    void snapshotChanged();
    void filterChanged();
    void resultChanged();

private:
    void evaluate();
    void runTextSearch();

    QString m_storePath;
    ResourceSnapshotPointer m_snapshot;
    ResourceFilter m_filter;
    FilterResult m_result;
    QSet<qint64> m_textMatches;
    QString m_textMatchesFor;       // the text m_textMatches answer
    int m_searchGeneration = 0;
    QTimer m_textTimer;
};

} // namespace careatlas
