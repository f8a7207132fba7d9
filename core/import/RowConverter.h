#pragma once

#include "core/Catalogue.h"
#include "core/Resource.h"
#include "core/import/ColumnMap.h"
#include "core/import/ImportReport.h"
#include "core/import/RecordTable.h"
#include "core/import/SourceFormat.h"

#include <optional>

namespace careatlas {

// Turns the rows of one source into Resources: fields by the column map, the category from
// whatever type columns the source has, the address from its parts, checked coordinates.
class RowConverter
{
public:
    struct Settings {
        SourceFormat format = SourceFormat::Generic;
        QList<Category> categories;     // the store's catalogue
        QString defaultCategory;        // for rows whose type is unknown; empty: reject them
        QString source;                 // Resource::source of every row
        QString sourceFile;             // the file's name (an MHLW file's name carries its service code)
        QDate sourceDate;
    };

    RowConverter(ColumnMap columns, Settings settings);

    struct Converted {
        std::optional<Resource> resource;   // nullopt when the row is rejected
        QList<ImportIssue> issues;
        QString evidenceColumn;              // what decided the category: the column…
        QString evidenceValue;               // …and its value as published
    };
    Converted convert(const SourceRow &row) const;

    const ColumnMap &columns() const { return m_columns; }
    SourceFormat format() const { return m_settings.format; }
    const QString &source() const { return m_settings.source; }

    // Whether the source has any column a category can come from.
    bool hasCategorySource() const;

    // `existing` with the attributes this source provides replaced by those of `incoming`.
    // Attributes the source lacks (and flags, and a location the row does not give) are kept,
    // so re-importing never erases what users added.
    Resource merged(const Resource &existing, const Resource &incoming) const;

    // Two rows of one file with the same key: `first` completed by what `later` adds (empty
    // attributes filled, flags joined); the first row's values win.
    static Resource completed(Resource first, const Resource &later);

private:
    struct CategoryDecision {
        std::optional<QString> code;   // nullopt: the type maps to no category
        QString column;                // the header that decided ("file": the MHLW file's code)
        QString value;                 // its value as published
    };
    CategoryDecision categoryOf(const QStringList &fields) const;
    CategoryDecision fileDecision() const;
    QString addressOf(const QStringList &fields) const;
    QString hoursOf(const QStringList &fields) const;
    QString officialNumberOf(const QStringList &fields) const;
    std::optional<int> numberOf(const QStringList &fields, ImportField field, qint64 line, QList<ImportIssue> &issues) const;

    ColumnMap m_columns;
    Settings m_settings;
    QString m_fileServiceCode;   // "550" for jigyosho_550.csv
};

} // namespace careatlas
