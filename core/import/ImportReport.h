#pragma once

#include <QList>
#include <QPair>
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
    // the data-quality checks of every import (取込チェック結果); the coordinate kinds above are too
    OutsidePrefecture,     // the point lies outside the prefecture of the row's 都道府県コード: imported without a location
    DuplicateOfficeNumber, // the same 事業所番号 for the same service on an earlier line (value: that line): merged into it
    WebsiteNotUrl,         // the URL cell holds an e-mail address or a phone number: moved to the notes
    CapacityZero,          // 定員 0: imported without a capacity
    BuildingInAddress,     // the 方書 is already inside the 住所: not added twice
};

// The data-quality classes of the report, in the order they are listed: coordinates at 0,0,
// swapped, outside Japan, outside the row's prefecture, duplicate 事業所番号, URL cells that
// are not web addresses, 定員 0, 方書 inside 住所.
const QList<ImportIssueKind> &qualityIssueKinds();
bool isQualityIssue(ImportIssueKind kind);

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

// Why rows got a category: the column and its value (as published) that decided, with the
// number of rows each decided.
struct CategoryEvidence {
    QString column;   // header as written; "file" for an MHLW file's service code
    QString value;
    qint64 rows = 0;
};
struct CategoryCount {
    QString code;
    qint64 rows = 0;                 // rows imported (or merged) under this category
    QList<CategoryEvidence> evidence;
};

// A column the importer proposes for a field no header names, with what it saw in the values.
// Never used unless the user confirms it (a dry run and the preview show it in use).
struct ColumnProposal {
    QString field;            // importFieldName: "name"
    int column = -1;
    QString header;           // as written (may be empty)
    qint64 sampled = 0;       // rows looked at
    qint64 filled = 0;        // non-empty values
    qint64 distinct = 0;      // distinct values
    qint64 facilityWords = 0; // values with a word of a facility's name (病院, センター, ホーム, …)
    QStringList examples;     // a few values
    QString evidence() const; // the facts above in one untranslated line (JSON, logs)
};

// What changed against the previous release of the same source.
struct ReleaseChange {
    qint64 resourceId = 0;
    qint64 line = 0;          // the row of this file (0 for one gone)
    QString name;             // the resource's name (now; for renamed: the new one)
    QString categoryCode;
    QString before;           // renamed: the old name
    double metres = 0.0;      // moved: how far
    QString areaCode;         // the area of the report's level it lies in (empty: none, or not known)
    QString areaName;
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
    QList<qint64> metadataLines; // "#" metadata lines skipped before or after the header
    QList<CategoryCount> categories;        // by catalogue order of first appearance
    QList<ColumnProposal> proposals;        // columns proposed for fields no header names
    bool proposalsUsed = false;             // a dry run read the file with them
    QString sourceKey;                      // the source this file is a release of
    bool completeSource = false;            // missing resources of the source were retired
    QList<ReleaseChange> gone;              // resources of the source the file no longer has (retired)
    QList<ReleaseChange> moved;             // located more than 50 m from where they were
    QList<ReleaseChange> renamed;           // the same official number (or key) under a new name
    // The same official number of the same source under a new service (before: the old
    // category code): the stored resource is updated in place, keeping its id, not retired and
    // added again.
    QList<ReleaseChange> recategorised;
    // New resources of a source that had an earlier release (the first import of a source
    // lists none: everything is new).
    QList<ReleaseChange> arrived;
    // The level whose areas the changes above are grouped by (daily-life areas when the store
    // has them, else the finest level), and its label; empty when the store has no areas.
    QString areaLevel;
    QString areaLevelLabel;     // Japanese
    QString areaLevelLabelEn;
    // Changes per area of that level, in area-name order (an empty name: outside every area).
    struct AreaChanges {
        QString areaCode;
        QString areaName;
        int arrived = 0, gone = 0, moved = 0, renamed = 0, recategorised = 0;
    };
    QList<AreaChanges> changesByArea() const;

    QList<ImportIssue> rejections() const;
    QList<ImportIssue> warnings() const;
    int countOf(ImportIssueKind kind) const;
    // Lines of each quality class that occurred (qualityIssueKinds order).
    QList<QPair<ImportIssueKind, QList<qint64>>> quality() const;
    // Counts a row's category and the evidence that decided it.
    void countCategory(const QString &code, const QString &column, const QString &value);
};

} // namespace careatlas
