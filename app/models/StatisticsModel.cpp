#include "app/models/StatisticsModel.h"

#include "core/Catalogue.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace careatlas {

namespace {

// The hatch of an area without any: a colour-blind-safe magenta at low alpha, diagonal lines.
QBrush zeroBrush() { return QBrush(QColor(0xd8, 0x1b, 0x60, 0x70), Qt::BDiagPattern); }

} // namespace

StatisticsModel::StatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatisticsModel::setMatrix(AreaMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_text = matrixText(m_matrix);
    // A default category's column shows its 通称 (訪問看護, 特養); the tip gives the full name.
    m_shownHeader = m_text.header;
    for (int section = 0; section < m_shownHeader.size(); ++section) {
        const int c = matrixColumn(section);
        if (c < 0)
            continue;
        const AreaMatrix::Column &column = m_matrix.columns[c];
        for (const Category &category : defaultCategories())
            if (category.code == column.code && category.label(m_matrix.language) == column.label)
                m_shownHeader[section] = category.shortLabel(m_matrix.language);
    }
    endResetModel();
}

void StatisticsModel::setHighlight(const QString &levelCode, const QString &areaCode, const QStringList &categories)
{
    if (levelCode == m_levelCode && areaCode == m_areaCode && categories == m_categories)
        return;
    m_levelCode = levelCode;
    m_areaCode = areaCode;
    m_categories = categories;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::FontRole});
}

int StatisticsModel::matrixColumn(int column) const
{
    const int c = column - m_text.firstCountColumn;
    return c >= 0 && c < m_text.countColumns ? c : -1;
}

const AreaMatrix::Row *StatisticsModel::matrixRow(int row) const
{
    return row >= 0 && row < m_matrix.rows.size() ? &m_matrix.rows[row] : nullptr;
}

int StatisticsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_text.rows.size()); }
int StatisticsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_text.header.size()); }

bool StatisticsModel::highlighted(int row, int column) const
{
    const AreaMatrix::Row &r = m_matrix.rows[row];
    const bool areaHit = !m_areaCode.isEmpty() && r.levelCode == m_levelCode && r.areaCode == m_areaCode;
    const int c = matrixColumn(column);
    bool categoryHit = false;
    if (c >= 0 && !m_categories.isEmpty())
        for (const QString &code : m_matrix.columns[c].categoryCodes)
            categoryHit = categoryHit || m_categories.contains(code);
    if (m_areaCode.isEmpty())
        return categoryHit;
    if (m_categories.isEmpty())
        return areaHit;
    return areaHit && categoryHit;
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_text.rows.size())
        return {};
    const QString &text = m_text.rows[index.row()].value(index.column());
    const AreaMatrix::Row &row = m_matrix.rows[index.row()];
    const bool count = matrixColumn(index.column()) >= 0;
    const bool zero = count && row.counts[matrixColumn(index.column())] == 0;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case SortRole: {
        if (index.column() < 3)
            return text;
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? QVariant(v) : QVariant(-1.0);
    }
    case GroupRole:
        if (row.isTotal())
            return 1000;
        return m_matrix.levelIndex - row.levelIndex;
    case ZeroRole:
        return zero;
    case Qt::TextAlignmentRole:
        return int(index.column() < 3 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (highlighted(index.row(), index.column()))
            return QBrush(QColor(0xff, 0xe0, 0x82));
        if (zero)
            return zeroBrush();
        if (row.isTotal() || row.levelIndex != m_matrix.levelIndex)
            return QBrush(QColor(0xf1, 0xf4, 0xf6));
        return {};
    case Qt::ForegroundRole:
        return zero ? QBrush(QColor(0x60, 0x6b, 0x73)) : QVariant();
    case Qt::FontRole:
        if (row.isTotal() || highlighted(index.row(), index.column())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (zero)
            return tr("None in %1: %2").arg(row.areaName, m_text.header.value(index.column()));
        if (count)
            return tr("Click to show these resources");
        return {};
    default:
        return {};
    }
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= m_text.header.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_shownHeader.value(section);
    if (role == Qt::ToolTipRole)
        return m_text.header[section];
    return {};
}

bool StatisticsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int groupLeft = left.data(StatisticsModel::GroupRole).toInt();
    const int groupRight = right.data(StatisticsModel::GroupRole).toInt();
    if (groupLeft != groupRight) {
        // The blocks stay in their order whichever way the column is sorted.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? groupLeft < groupRight : groupLeft > groupRight;
    }
    const QVariant a = left.data(StatisticsModel::SortRole);
    const QVariant b = right.data(StatisticsModel::SortRole);
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace careatlas
