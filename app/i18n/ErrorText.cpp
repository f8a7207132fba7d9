#include "app/i18n/ErrorText.h"

#include <QCoreApplication>
#include <QStringList>

namespace careatlas {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ErrorText", text); }
}

QString errorSentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return tr("No error.");
    case ErrorCode::Cancelled: return tr("The operation was cancelled; nothing was changed.");
    case ErrorCode::InvalidArgument: return tr("An argument is not valid.");
    case ErrorCode::FileNotFound: return tr("The file does not exist.");
    case ErrorCode::FileUnreadable: return tr("The file cannot be read.");
    case ErrorCode::FileWriteFailed: return tr("The file cannot be written.");
    case ErrorCode::DiskFull: return tr("The disk is full.");
    case ErrorCode::NotAVectorSource: return tr("The file is not a vector data source that GDAL can read.");
    case ErrorCode::NoLayer: return tr("The data source has no layer.");
    case ErrorCode::LayerNotFound: return tr("The layer does not exist in the data source.");
    case ErrorCode::FieldNotFound: return tr("The field does not exist.");
    case ErrorCode::InvalidCrs: return tr("The coordinate reference system is not valid.");
    case ErrorCode::EncodingUnknown: return tr("The text encoding is not known.");
    case ErrorCode::InvalidGeometry: return tr("The geometry is not valid.");
    case ErrorCode::NotACsv: return tr("The file is not a CSV text file.");
    case ErrorCode::NoUsableColumns: return tr("The file has no columns that CareAtlas can use.");
    case ErrorCode::LineTooLong: return tr("A line of the file is too long.");
    case ErrorCode::StoreNotAGeoPackage: return tr("The file is not a CareAtlas store (GeoPackage).");
    case ErrorCode::StoreCorrupt: return tr("The store file is damaged.");
    case ErrorCode::StoreReadOnly: return tr("The store file is read-only.");
    case ErrorCode::StoreTooNew: return tr("The store was written by a newer version of CareAtlas.");
    case ErrorCode::StoreIo: return tr("The store could not be read or written.");
    case ErrorCode::NotFound: return tr("The item was not found.");
    case ErrorCode::Internal: return tr("An internal error occurred.");
    }
    return tr("An internal error occurred.");
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
    if (!error.detail.isEmpty())
        message += QStringLiteral(": ") + error.detail;
    return message;
}

} // namespace careatlas
