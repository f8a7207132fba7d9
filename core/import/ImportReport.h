#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace careatlas {

// What the importer noticed about one row. Rejections keep the row out of the store; the
// others are warnings about a row that was imported (some of them fixed, e.g. swapped
// coordinates). The user-visible sentence for each kind is made in app/ (ImportIssueText).
enum class ImportIssueKind {
    // rejections
    RaggedRow,             // more or fewer fields than the header (value: "found/expected")
    MissingName,           // the name is empty
    UnknownCategory,       // no category for the row's type (value: the type as published)
    // warnings
    CategoryFallback,      // type unknown, the default category was used (value: the type)
    CoordinatesSwapped,    // latitude and longitude were exchanged (fixed)
    CoordinatesDms,        // degrees-minutes-seconds converted to decimal degrees (fixed)
    CoordinatesZero,       // 0,0: imported without a location
    CoordinatesOutOfJapan, // outside Japan: imported without a location
    CoordinatesUnparsable, // not a number: imported without a location
    InvalidNumber,         // a number column (capacity, beds) that is not a number: left empty
    DuplicateInFile,       // the same key appeared on an earlier line: this row updated it
};

// Stable, untranslated name ("ragged_row") for --json and logs.
QString importIssueKindName(ImportIssueKind kind);
bool isRejection(ImportIssueKind kind);

struct ImportIssue {
    qint64 line = 0;        // 1-based line of the file (feature number for vector sources)
    QString column;         // header of the column concerned, empty for the whole row
    ImportIssueKind kind = ImportIssueKind::RaggedRow;
    QString value;          // the offending value, as published

    bool operator==(const ImportIssue &) const = default;
};

// The outcome of one import (or of a dry run: the same counts, nothing written).
struct ImportReport {
    QString file;
    QString format;              // sourceFormatName of the layout used
    QString encoding;            // textEncodingName, empty for vector sources
    bool encodingDetected = false;
    bool dryRun = false;

    qint64 rowsRead = 0;         // data rows (blank lines not counted)
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;       // rows merged into an earlier row of the same file (same key)
                                 // rowsRead = added + updated + unchanged + rejected + duplicates

    QList<qint64> unplacedLines; // rows imported without a location (for the user to place)
    QList<ImportIssue> issues;   // in line order
    QStringList unusedColumns;   // headers no field uses

    QList<ImportIssue> rejections() const;
    QList<ImportIssue> warnings() const;
    int countOf(ImportIssueKind kind) const;
};

} // namespace careatlas
