#pragma once

#include "core/export/ResourceColumns.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace careatlas {

// The filtered resources as a table: one row per match, in the filter's order (nearest first
// with a centre). A real model over the snapshot: 200,000 rows cost no widgets.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Category, Distance, Address, Phone, Flags, Operator, Kana, Capacity, Vacancies, ColumnCount };
    enum Role { ResourceIdRole = Qt::UserRole + 1, SortRole };

    explicit ResourceTableModel(QObject *parent = nullptr);

    void setResult(ResourceSnapshotPointer snapshot, const FilterResult &result, bool hasCentre, const QString &language);
    qint64 resourceId(int row) const;
    int rowOfResource(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The header of a column: the same words as the exports' (resourceColumnHeader).
    static QString columnTitle(int column);
    static ResourceColumn resourceColumn(int column);

private:
    ResourceSnapshotPointer m_snapshot;
    std::vector<int> m_rows;
    QHash<qint64, int> m_rowOfId;   // filled on first use
    std::vector<double> m_distance;
    bool m_hasCentre = false;
    QString m_language;
};

} // namespace careatlas
