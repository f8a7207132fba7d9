#pragma once

#include <QString>

#include <memory>

namespace careatlas {

struct ResourceConflict;   // core/ResourceChange.h

// What went wrong, as a stable code. The user-visible sentence for each code is made in one
// place in app/ (ErrorText), in the user's language; core/ and geo/ never build UI text.
enum class ErrorCode {
    None,
    Cancelled,
    InvalidArgument,
    FileNotFound,
    FileUnreadable,
    FileWriteFailed,
    FileExists,
    DiskFull,
    NotAVectorSource,
    NoLayer,
    LayerNotFound,
    FieldNotFound,
    InvalidCrs,
    EncodingUnknown,
    EncodingFailed,      // a character the chosen output encoding cannot hold
    InvalidGeometry,
    NotAZipArchive,          // a file named .zip (or .tar, .tgz) that is not one
    NoVectorFileInArchive,   // an archive without a Shapefile or other vector file, at any depth
    LayerNotChosen,          // several layers and none chosen
    EmptyLayer,              // a layer without a single feature
    NoGeometry,              // features without geometry (a table: CSV, a lone .dbf)
    NoPolygons,              // points or lines only
    UnsupportedGeometry,     // MultiPatch, TIN, polyhedral surfaces
    CrsUnknown,              // no CRS in the file and none can be guessed
    CoordinatesOutOfRange,   // coordinates outside the valid range of their CRS
    FeaturesDropped,         // features that cannot be read or used, not accepted by the user
    NotACsv,
    NoUsableColumns,
    NameColumnUnconfirmed,   // no header names the name; a column is proposed (detail) for the user to confirm
    LineTooLong,
    StoreNotAGeoPackage,
    StoreCorrupt,
    StoreReadOnly,
    StoreTooNew,
    StoreIo,
    StoreBusy,           // another program holds the store's write lock past the busy timeout
    EditConflict,        // someone else changed the same field since it was read (Error::conflict)
    SearchTooLong,       // more search words than a search takes (detail: how many)
    NotFound,
    OutOfMemory,         // an allocation failed; the task stopped and changed nothing
    NetworkFailed,       // a server could not be reached or refused the request
    NotPermitted,        // the provider's terms forbid what was asked (bulk tile download)
    OtherCentreArea,     // a server store: the resource lies in another centre's area (row-level security)
    ServerRefused,       // a server store: the role has no right to do this (SQLSTATE 42501)
    ServerFailed,        // a server store: the server could not carry out a statement (detail: its words)
    ServerHasData,       // publish: the server already holds a dataset (detail: how many resources)
    NotOfflineCopy,      // sync: the store is not an offline copy of a server store
    Internal,
};

// A failure with the place of the fault. `detail` is technical text (a library's own message,
// the offending value); it is shown after the translated sentence, never instead of it.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QString file;
    qint64 line = -1;   // 1-based line or record number; -1 when not applicable
    QString field;      // column, field or attribute name
    // EditConflict: the row as read, as edited and as stored now, to show side by side.
    std::shared_ptr<const ResourceConflict> conflict;

    Error() = default;
    explicit Error(ErrorCode c, QString d = {}) : code(c), detail(std::move(d)) {}

    Error &inFile(const QString &path) { file = path; return *this; }
    Error &atLine(qint64 number) { line = number; return *this; }
    Error &inField(const QString &name) { field = name; return *this; }
};

// Stable, untranslated name of a code ("store_corrupt"); used in --json output and logs.
QString errorCodeName(ErrorCode code);

} // namespace careatlas
