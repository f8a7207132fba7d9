#include "app/i18n/ErrorText.h"

#include "app/i18n/ErrorDetailText.h"
#include "core/server/PgConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace careatlas {

namespace {

// The untranslated sentence of each code, marked for lupdate.
const char *sourceSentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QT_TRANSLATE_NOOP("ErrorText", "No error.");
    case ErrorCode::Cancelled: return QT_TRANSLATE_NOOP("ErrorText", "The operation was cancelled; nothing was changed.");
    case ErrorCode::InvalidArgument: return QT_TRANSLATE_NOOP("ErrorText", "A value given is not valid; check it and try again.");
    case ErrorCode::FileNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The file does not exist. Check the file's name and folder.");
    case ErrorCode::FileUnreadable: return QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read. Check that you may read it and that no other program holds it open.");
    case ErrorCode::FileWriteFailed: return QT_TRANSLATE_NOOP("ErrorText", "The file cannot be written. Choose a folder you can write to, and check that no other program holds the file open.");
    case ErrorCode::FileExists: return QT_TRANSLATE_NOOP("ErrorText", "The file already exists; CareAtlas does not overwrite it. Choose another name, or delete the old file first.");
    case ErrorCode::DiskFull: return QT_TRANSLATE_NOOP("ErrorText", "The disk is full (or the file reached its size limit); nothing was changed. Free some space and try again.");
    case ErrorCode::NotAVectorSource: return QT_TRANSLATE_NOOP("ErrorText", "The file is not map data that CareAtlas can read (Shapefile, GeoPackage, GeoJSON, KML, or a zip of them). Check that it is complete, or save it again in one of these formats.");
    case ErrorCode::NoLayer: return QT_TRANSLATE_NOOP("ErrorText", "The file has no layer. Check that it is the file you meant.");
    case ErrorCode::LayerNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The layer does not exist in the file. Choose one of the file's layers.");
    case ErrorCode::FieldNotFound: return QT_TRANSLATE_NOOP("ErrorText", "The field does not exist. Choose one of the file's fields.");
    case ErrorCode::InvalidCrs: return QT_TRANSLATE_NOOP("ErrorText", "The coordinate reference system is not valid. Give it as an EPSG code (EPSG:6668, say).");
    case ErrorCode::EncodingUnknown: return QT_TRANSLATE_NOOP("ErrorText", "The text encoding is not known. Choose the encoding (UTF-8 or CP932) yourself.");
    case ErrorCode::EncodingFailed: return QT_TRANSLATE_NOOP("ErrorText", "A character cannot be written in the chosen text encoding; choose UTF-8 or change the text.");
    case ErrorCode::InvalidGeometry: return QT_TRANSLATE_NOOP("ErrorText", "The geometry is not valid. Repair it in a GIS program, or export it again.");
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
    case ErrorCode::NotACsv: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a CSV text file. Save it as CSV (comma-separated text) in the spreadsheet program and import that file.");
    case ErrorCode::NoUsableColumns: return QT_TRANSLATE_NOOP("ErrorText", "The file has no columns that CareAtlas can use. Check that its first line holds the column headers.");
    case ErrorCode::NameColumnUnconfirmed: return QT_TRANSLATE_NOOP("ErrorText", "No column header names the resources' names. CareAtlas proposes the column below; check it, then choose it as the name (in the Columns table, or with --mapping or --name-column) and import again.");
    case ErrorCode::LineTooLong: return QT_TRANSLATE_NOOP("ErrorText", "A line of the file is too long. Check that the file is a CSV text file.");
    case ErrorCode::StoreNotAGeoPackage: return QT_TRANSLATE_NOOP("ErrorText", "The file is not a CareAtlas store (GeoPackage). Open a .gpkg file made by CareAtlas, or create a new store.");
    case ErrorCode::StoreCorrupt: return QT_TRANSLATE_NOOP("ErrorText", "The store file is damaged; CareAtlas does not write to it. “careatlas-cli check” lists what is wrong and “careatlas-cli recover” copies out what can be read.");
    case ErrorCode::StoreReadOnly: return QT_TRANSLATE_NOOP("ErrorText", "The store is read-only (its folder cannot be written): it can be viewed but not changed. Copy it to a folder you can write to change it.");
    case ErrorCode::StoreTooNew: return QT_TRANSLATE_NOOP("ErrorText", "The store was written by a newer version of CareAtlas. Update CareAtlas to open it.");
    case ErrorCode::StoreIo: return QT_TRANSLATE_NOOP("ErrorText", "The store could not be read or written. Check the disk and the folder, then try again.");
    case ErrorCode::StoreBusy: return QT_TRANSLATE_NOOP("ErrorText", "The store is busy: another program (another CareAtlas window or an import) is writing to it. Nothing was changed; try again when it has finished.");
    case ErrorCode::EditConflict: return QT_TRANSLATE_NOOP("ErrorText", "Someone else changed this resource since you opened it; nothing was overwritten. Compare their values with yours and choose.");
    case ErrorCode::SearchTooLong: return QT_TRANSLATE_NOOP("ErrorText", "The search text has too many words (at most 16); use fewer words.");
    case ErrorCode::NotFound: return QT_TRANSLATE_NOOP("ErrorText", "The item was not found; it may have been deleted. Open the store again and retry.");
    case ErrorCode::OutOfMemory: return QT_TRANSLATE_NOOP("ErrorText", "There was not enough memory to finish; nothing was changed. Close other programs, or work on a smaller file or area, and try again.");
    case ErrorCode::NetworkFailed: return QT_TRANSLATE_NOOP("ErrorText", "The server could not be reached. Check the network connection and the address, or work offline.");
    case ErrorCode::NotPermitted: return QT_TRANSLATE_NOOP("ErrorText", "The provider's terms of use do not allow this; use another provider.");
    case ErrorCode::OtherCentreArea: return QT_TRANSLATE_NOOP("ErrorText", "This resource belongs to another centre's area: your centre may change only resources in its own areas. Nothing was changed; ask that centre to make the change.");
    case ErrorCode::ServerRefused: return QT_TRANSLATE_NOOP("ErrorText", "The server refused the change: your sign-in may not make it. Nothing was changed; ask the server's administrator for the right.");
    case ErrorCode::ServerFailed: return QT_TRANSLATE_NOOP("ErrorText", "The server could not carry out the request; nothing was changed. Try again; if it happens again, give the details to the server's administrator.");
    case ErrorCode::ServerHasData: return QT_TRANSLATE_NOOP("ErrorText", "The server database already holds a dataset; publishing fills an empty database only, so nothing was uploaded. Publish into a new database, or work with the one on the server.");
    case ErrorCode::NotOfflineCopy: return QT_TRANSLATE_NOOP("ErrorText", "This store is not an offline copy of a server store, so it has nothing to sync. Make a copy with careatlas-cli replica and edit that copy.");
    case ErrorCode::Internal: return QT_TRANSLATE_NOOP("ErrorText", "An internal error occurred. Try again; if it happens again, report it with the details.");
    }
    return QT_TRANSLATE_NOOP("ErrorText", "An internal error occurred. Try again; if it happens again, report it with the details.");
}

} // namespace

QString errorSentence(ErrorCode code)
{
    return QCoreApplication::translate("ErrorText", sourceSentence(code));
}

namespace {

// Codes whose detail is a value the user gave or should see as it is (a layer's name, the other
// files of an archive), shown in 「」 on the where line rather than as a detail.
bool detailIsValue(ErrorCode code)
{
    return code == ErrorCode::LayerNotFound || code == ErrorCode::FieldNotFound || code == ErrorCode::NoVectorFileInArchive;
}

} // namespace

QString errorMessage(const Error &error)
{
    QString message = errorSentence(error.code);
    QStringList where;
    if (!error.file.isEmpty())
        // A server store is named by its connection string (the password already masked).
        where << (PgConnection::isConnectionString(error.file) ? QCoreApplication::translate("ErrorText", "server %1")
                                                               : QCoreApplication::translate("ErrorText", "file %1"))
                     .arg(error.file);
    if (error.line >= 0) {
        // In a text table the number is a line; in a GIS file (Shapefile, GeoJSON …) a feature.
        static const QStringList textTables{QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv")};
        const QString suffix = QFileInfo(error.file).suffix().toLower();
        where << (error.file.isEmpty() || textTables.contains(suffix) ? QCoreApplication::translate("ErrorText", "line %1")
                                                                      : QCoreApplication::translate("ErrorText", "feature %1"))
                     .arg(error.line);
    }
    if (!error.field.isEmpty())
        where << QCoreApplication::translate("ErrorText", "field %1").arg(error.field);
    if (detailIsValue(error.code) && !error.detail.isEmpty())
        where << QCoreApplication::translate("ErrorText", "“%1”").arg(error.detail);
    if (!where.isEmpty())
        message = QCoreApplication::translate("ErrorText", "%1 (%2)").arg(message, where.join(QCoreApplication::translate("ErrorText", ", ")));
    // Where the sentence says it all, the library's own text is left out.
    const bool sentenceSaysAll = error.code == ErrorCode::StoreBusy || error.code == ErrorCode::DiskFull
                                 || error.code == ErrorCode::StoreReadOnly || error.code == ErrorCode::OutOfMemory
                                 || error.code == ErrorCode::EditConflict || error.code == ErrorCode::SearchTooLong
                                 || detailIsValue(error.code);
    if (error.detail.isEmpty() || sentenceSaysAll)
        return message;
    // A known detail in the user's words; anything else (a library's own text) apart from the
    // sentence, on a line of its own in Japanese, never inside it.
    // FeaturesDropped: the list of features is CareAtlas's own, already in the user's words.
    const DetailText detail = error.code == ErrorCode::FeaturesDropped ? DetailText{error.detail, true} : translateErrorDetail(error.detail);
    if (detail.text.isEmpty())
        return message;
    if (detail.known)
        return QCoreApplication::translate("ErrorText", "%1: %2", "a known detail in the user's language").arg(message, detail.text);
    return QCoreApplication::translate("ErrorText", "%1: %2", "a library's own untranslated text").arg(message, detail.text);
}

} // namespace careatlas
