#include "app/i18n/ErrorText.h"

#include <QCoreApplication>
#include <QStringList>

namespace careatlas {

namespace {

// The untranslated sentence of each code, marked for lupdate.
const char *sourceSentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QT_TRANSLATE_NOOP("ErrorText", "No error.");
    case ErrorCode::Cancelled: return QT_TRANSLATE_NOOP("ErrorText", "The operation was cancelled; nothing was changed.");
    case ErrorCode::InvalidArgument: return QT_TRANSLATE_NOOP("ErrorText", "An argument is not valid.");
    case ErrorCode::FileNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The file does not exist.");
    case ErrorCode::FileUnreadable: return QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read.");
    case ErrorCode::FileWriteFailed: return QT_TRANSLATE_NOOP("ErrorText", "The file cannot be written.");
    case ErrorCode::FileExists: return QT_TRANSLATE_NOOP("ErrorText", "The file already exists; CareAtlas does not overwrite it.");
    case ErrorCode::DiskFull: return QT_TRANSLATE_NOOP("ErrorText", "The disk is full (or the file reached its size limit); nothing was changed. Free some space and try again.");
    case ErrorCode::NotAVectorSource: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a vector data source that GDAL can read.");
    case ErrorCode::NoLayer: return QT_TRANSLATE_NOOP("ErrorText", "The data source has no layer.");
    case ErrorCode::LayerNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The layer does not exist in the data source.");
    case ErrorCode::FieldNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The field does not exist.");
    case ErrorCode::InvalidCrs: return QT_TRANSLATE_NOOP("ErrorText", "The coordinate reference system is not valid.");
    case ErrorCode::EncodingUnknown: return QT_TRANSLATE_NOOP("ErrorText", "The text encoding is not known.");
    case ErrorCode::EncodingFailed: return QT_TRANSLATE_NOOP("ErrorText", "A character cannot be written in the chosen text encoding; choose UTF-8 or change the text.");
    case ErrorCode::InvalidGeometry: return QT_TRANSLATE_NOOP("ErrorText", "The geometry is not valid.");
    case ErrorCode::NotAZipArchive: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a zip archive (or tar archive), although its name says so; it may be damaged or only partly downloaded.");
    case ErrorCode::NoVectorFileInArchive: return QT_TRANSLATE_NOOP("ErrorText", "The archive holds no Shapefile or other vector file, in any folder.");
    case ErrorCode::LayerNotChosen: return QT_TRANSLATE_NOOP("ErrorText", "The file holds several layers; choose one (--layer on the command line).");
    case ErrorCode::EmptyLayer: return QT_TRANSLATE_NOOP("ErrorText", "The layer holds no features: there is nothing to import.");
    case ErrorCode::NoGeometry: return QT_TRANSLATE_NOOP("ErrorText", "The layer has no geometry (it is a table, such as a CSV or a lone .dbf); area boundaries must be polygons.");
    case ErrorCode::NoPolygons: return QT_TRANSLATE_NOOP("ErrorText", "The layer holds no polygons, only points or lines; area boundaries must be polygons. Import points as resources instead.");
    case ErrorCode::UnsupportedGeometry: return QT_TRANSLATE_NOOP("ErrorText", "The layer holds 3D surfaces (MultiPatch, TIN or polyhedral surfaces), which CareAtlas cannot use as area boundaries; export them as polygons first.");
    case ErrorCode::CrsUnknown: return QT_TRANSLATE_NOOP("ErrorText", "CareAtlas cannot tell the coordinate reference system of this file; give it (--crs on the command line, or the coordinate reference system field of the window).");
    case ErrorCode::CoordinatesOutOfRange: return QT_TRANSLATE_NOOP("ErrorText", "The coordinates lie outside the valid range of the file's coordinate reference system; the file or its CRS is wrong.");
    case ErrorCode::FeaturesDropped: return QT_TRANSLATE_NOOP("ErrorText", "Some features cannot be read or used, so nothing was imported and the level is unchanged. Check them; to import the others without them, allow dropping them (--allow-dropped, or the checkbox in the window).");
    case ErrorCode::NotACsv: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a CSV text file.");
    case ErrorCode::NoUsableColumns: return QT_TRANSLATE_NOOP("ErrorText", "The file has no columns that CareAtlas can use.");
    case ErrorCode::NameColumnUnconfirmed: return QT_TRANSLATE_NOOP("ErrorText", "No column header names the resources' names. CareAtlas proposes the column below; check it, then choose it as the name (in the Columns table, or with --mapping or --name-column) and import again.");
    case ErrorCode::LineTooLong: return QT_TRANSLATE_NOOP("ErrorText", "A line of the file is too long.");
    case ErrorCode::StoreNotAGeoPackage: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a CareAtlas store (GeoPackage).");
    case ErrorCode::StoreCorrupt: return QT_TRANSLATE_NOOP("ErrorText", "The store file is damaged; CareAtlas does not write to it. “careatlas-cli check” lists what is wrong and “careatlas-cli recover” copies out what can be read.");
    case ErrorCode::StoreReadOnly: return QT_TRANSLATE_NOOP("ErrorText", "The store is read-only (its folder cannot be written): it can be viewed but not changed. Copy it to a folder you can write to change it.");
    case ErrorCode::StoreTooNew: return QT_TRANSLATE_NOOP("ErrorText", "The store was written by a newer version of CareAtlas.");
    case ErrorCode::StoreIo: return QT_TRANSLATE_NOOP("ErrorText", "The store could not be read or written.");
    case ErrorCode::StoreBusy: return QT_TRANSLATE_NOOP("ErrorText", "The store is busy: another program (another CareAtlas window or an import) is writing to it. Nothing was changed; try again when it has finished.");
    case ErrorCode::EditConflict: return QT_TRANSLATE_NOOP("ErrorText", "Someone else changed this resource since you opened it; nothing was overwritten. Compare their values with yours and choose.");
    case ErrorCode::SearchTooLong: return QT_TRANSLATE_NOOP("ErrorText", "The search text has too many words (at most 16); use fewer words.");
    case ErrorCode::NotFound: return QT_TRANSLATE_NOOP("ErrorText", "The item was not found.");
    case ErrorCode::OutOfMemory: return QT_TRANSLATE_NOOP("ErrorText", "There was not enough memory to finish; nothing was changed. Close other programs, or work on a smaller file or area, and try again.");
    case ErrorCode::NetworkFailed: return QT_TRANSLATE_NOOP("ErrorText", "The server could not be reached. Check the network connection and the address, or work offline.");
    case ErrorCode::NotPermitted: return QT_TRANSLATE_NOOP("ErrorText", "The provider's terms of use do not allow this.");
    case ErrorCode::Internal: return QT_TRANSLATE_NOOP("ErrorText", "An internal error occurred.");
    }
    return QT_TRANSLATE_NOOP("ErrorText", "An internal error occurred.");
}

} // namespace

QString errorSentence(ErrorCode code)
{
    return QCoreApplication::translate("ErrorText", sourceSentence(code));
}

QString errorMessage(const Error &error)
{
    QString message = errorSentence(error.code);
    QStringList where;
    if (!error.file.isEmpty())
        where << error.file;
    if (error.line >= 0)
        where << QCoreApplication::translate("ErrorText", "line %1").arg(error.line);
    if (!error.field.isEmpty())
        where << QCoreApplication::translate("ErrorText", "field %1").arg(error.field);
    if (!where.isEmpty())
        message += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
    // Where the sentence says it all, the library's own (English) text is left out.
    const bool sentenceSaysAll = error.code == ErrorCode::StoreBusy || error.code == ErrorCode::DiskFull
                                 || error.code == ErrorCode::StoreReadOnly || error.code == ErrorCode::OutOfMemory
                                 || error.code == ErrorCode::EditConflict || error.code == ErrorCode::SearchTooLong;
    if (!error.detail.isEmpty() && !sentenceSaysAll)
        message += QStringLiteral(": ") + error.detail;
    return message;
}

} // namespace careatlas
