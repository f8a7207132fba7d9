#include "app/models/ResourceTableModel.h"

#include "core/export/ResourceColumns.h"
#include "core/text/DisplayFormat.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace careatlas {

ResourceTableModel::ResourceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResourceTableModel::setResult(ResourceSnapshotPointer snapshot, const FilterResult &result, bool hasCentre, const QString &language)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = result.rows;
    m_rowOfId.clear();
    m_distance = result.distance;
    m_hasCentre = hasCentre;
    m_language = language;
    endResetModel();
}

qint64 ResourceTableModel::resourceId(int row) const
{
    if (!m_snapshot || row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_snapshot->resources[m_rows[row]].id;
}

int ResourceTableModel::rowOfResource(qint64 id) const
{
    if (!m_snapshot)
        return -1;
    if (m_rowOfId.isEmpty() && !m_rows.empty()) {
        auto *self = const_cast<ResourceTableModel *>(this);
        self->m_rowOfId.reserve(qsizetype(m_rows.size()));
        for (int row = 0; row < int(m_rows.size()); ++row)
            self->m_rowOfId.insert(m_snapshot->resources[m_rows[row]].id, row);
    }
    return m_rowOfId.value(id, -1);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ResourceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

ResourceColumn ResourceTableModel::resourceColumn(int column)
{
    switch (column) {
    case Name: return ResourceColumn::Name;
    case Category: return ResourceColumn::Category;
    case Distance: return ResourceColumn::Distance;
    case Address: return ResourceColumn::Address;
    case Phone: return ResourceColumn::Phone;
    case Flags: return ResourceColumn::Flags;
    case Operator: return ResourceColumn::Operator;
    case Kana: return ResourceColumn::Kana;
    case Capacity: return ResourceColumn::Capacity;
    case Vacancies: return ResourceColumn::Vacancies;
    }
    return ResourceColumn::Name;
}

// The one naming of columns (ResourceColumns), shared with the CSV and PDF exports.
QString ResourceTableModel::columnTitle(int column) { return resourceColumnHeader(resourceColumn(column)); }

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const int i = m_rows[index.row()];
    const Resource &r = m_snapshot->resources[i];
    if (role == ResourceIdRole)
        return r.id;
    const int category = m_snapshot->categoryOf[i];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return role == SortRole ? QVariant(r.kana.isEmpty() ? r.name : r.kana) : QVariant(r.name);
        case Category:
            return category >= 0 ? m_snapshot->categories[category].label(m_language) : r.categoryCode;
        case Distance: {
            const double d = i < int(m_distance.size()) ? m_distance[i] : NAN;
            if (!m_hasCentre || std::isnan(d))
                return role == SortRole ? QVariant(1e18) : QVariant();
            if (role == SortRole)
                return d;
            return QLocale().toString(qRound64(d));   // metres, as the header (and the CSV) says
        }
        case Address: return r.address;
        case Phone: return r.phone;
        case Flags: {
            QStringList labels;
            for (const QString &code : r.flags)
                if (const int f = m_snapshot->flagIndex(code); f >= 0)
                    labels << m_snapshot->flags[f].label(m_language);
            return labels.join(QStringLiteral("・"));
        }
        case Operator: return r.operatorName;
        case Kana: return r.kana;
        case Capacity: return r.capacity ? QVariant(*r.capacity) : QVariant();
        case Vacancies: return r.vacancies ? QVariant(*r.vacancies) : QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name && category >= 0)
        return QColor(m_snapshot->categories[category].color);
    if (role == Qt::TextAlignmentRole && (index.column() == Distance || index.column() == Capacity || index.column() == Vacancies))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const QDate retired = m_snapshot->retiredAt.value(r.id);
    if (role == Qt::ToolTipRole && index.column() == Name) {
        if (retired.isValid())
            return tr("Retired: left its source's list on %1").arg(formatDate(retired, m_language));
        return r.hasLocation() ? r.address : tr("No location yet");
    }
    if (role == Qt::ForegroundRole && (!r.hasLocation() || retired.isValid()))
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::FontRole && retired.isValid()) {
        QFont font;
        font.setStrikeOut(true);   // shown on request only: plainly not a current resource
        return font;
    }
    return {};
}

} // namespace careatlas
