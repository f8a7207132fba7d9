#pragma once

#include "core/query/AreaMatrix.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace careatlas {

// The statistics matrix as a table: one row per area of the chosen level, then the roll-ups to
// the levels above, then the total; columns as matrixText() names them. Zero counts are marked
// (hatched, grey, with a tooltip); the cells of the filter's area and categories are highlighted.
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1,   // numbers as numbers
        GroupRole,                     // 0: the level's areas, 1…: levels above, 1000: the total
        ZeroRole,                      // a count cell that is 0
    };
    explicit StatisticsModel(QObject *parent = nullptr);

    void setMatrix(AreaMatrix matrix);
    const AreaMatrix &matrix() const { return m_matrix; }
    const MatrixText &text() const { return m_text; }
    // What the filter chose, to highlight: an area (level code, area code) and categories.
    void setHighlight(const QString &levelCode, const QString &areaCode, const QStringList &categories);

    // Which matrix column a table column is (-1 for the others), and which row.
    int matrixColumn(int column) const;
    const AreaMatrix::Row *matrixRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool highlighted(int row, int column) const;

    AreaMatrix m_matrix;
    MatrixText m_text;
    QStringList m_shownHeader;   // the header as shown: a default category's 通称 (set with the matrix)
    QString m_levelCode;
    QString m_areaCode;
    QStringList m_categories;
};

// Sorting that keeps the blocks: the level's areas, each level above, the total last; sorted
// within each block by the clicked column.
class StatisticsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace careatlas
