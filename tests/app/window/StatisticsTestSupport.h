#pragma once

// What the statistics view tests share.

#include "app/models/StatisticsModel.h"

#include <QString>

namespace careatlas::test {

// The column of the statistics table whose header (or, for a 通称 header, full name) is `header`, or -1.
inline int columnNamed(const StatisticsModel &model, const QString &header)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == header
            || model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == header)
            return c;
    return -1;
}

} // namespace careatlas::test
