#include "core/Error.h"

namespace careatlas {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::FileNotFound: return QStringLiteral("file_not_found");
    case ErrorCode::FileUnreadable: return QStringLiteral("file_unreadable");
    case ErrorCode::FileWriteFailed: return QStringLiteral("file_write_failed");
    case ErrorCode::FileExists: return QStringLiteral("file_exists");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::NotAVectorSource: return QStringLiteral("not_a_vector_source");
    case ErrorCode::NoLayer: return QStringLiteral("no_layer");
    case ErrorCode::LayerNotFound: return QStringLiteral("layer_not_found");
    case ErrorCode::FieldNotFound: return QStringLiteral("field_not_found");
    case ErrorCode::InvalidCrs: return QStringLiteral("invalid_crs");
    case ErrorCode::EncodingUnknown: return QStringLiteral("encoding_unknown");
    case ErrorCode::EncodingFailed: return QStringLiteral("encoding_failed");
    case ErrorCode::InvalidGeometry: return QStringLiteral("invalid_geometry");
    case ErrorCode::NotAZipArchive: return QStringLiteral("not_a_zip_archive");
    case ErrorCode::NoVectorFileInArchive: return QStringLiteral("no_vector_file_in_archive");
    case ErrorCode::LayerNotChosen: return QStringLiteral("layer_not_chosen");
    case ErrorCode::EmptyLayer: return QStringLiteral("empty_layer");
    case ErrorCode::NoGeometry: return QStringLiteral("no_geometry");
    case ErrorCode::NoPolygons: return QStringLiteral("no_polygons");
    case ErrorCode::UnsupportedGeometry: return QStringLiteral("unsupported_geometry");
    case ErrorCode::CrsUnknown: return QStringLiteral("crs_unknown");
    case ErrorCode::CoordinatesOutOfRange: return QStringLiteral("coordinates_out_of_range");
    case ErrorCode::FeaturesDropped: return QStringLiteral("features_dropped");
    case ErrorCode::NotACsv: return QStringLiteral("not_a_csv");
    case ErrorCode::NoUsableColumns: return QStringLiteral("no_usable_columns");
    case ErrorCode::NameColumnUnconfirmed: return QStringLiteral("name_column_unconfirmed");
    case ErrorCode::LineTooLong: return QStringLiteral("line_too_long");
    case ErrorCode::StoreNotAGeoPackage: return QStringLiteral("store_not_a_geopackage");
    case ErrorCode::StoreCorrupt: return QStringLiteral("store_corrupt");
    case ErrorCode::StoreReadOnly: return QStringLiteral("store_read_only");
    case ErrorCode::StoreTooNew: return QStringLiteral("store_too_new");
    case ErrorCode::StoreIo: return QStringLiteral("store_io");
    case ErrorCode::StoreBusy: return QStringLiteral("store_busy");
    case ErrorCode::EditConflict: return QStringLiteral("edit_conflict");
    case ErrorCode::SearchTooLong: return QStringLiteral("search_too_long");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::OutOfMemory: return QStringLiteral("out_of_memory");
    case ErrorCode::NetworkFailed: return QStringLiteral("network_failed");
    case ErrorCode::OtherCentreArea: return QStringLiteral("other_centre_area");
    case ErrorCode::ServerRefused: return QStringLiteral("server_refused");
    case ErrorCode::ServerFailed: return QStringLiteral("server_failed");
    case ErrorCode::ServerHasData: return QStringLiteral("server_has_data");
    case ErrorCode::NotOfflineCopy: return QStringLiteral("not_offline_copy");
    case ErrorCode::NotPermitted: return QStringLiteral("not_permitted");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace careatlas
