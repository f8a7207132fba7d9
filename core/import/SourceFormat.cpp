#include "core/import/SourceFormat.h"

#include "core/import/HeaderNormalizer.h"
#include "core/import/RecordTable.h"

namespace careatlas {

namespace {

bool hasKey(const QStringList &keys, const char *header)
{
    return keys.contains(headerKey(QString::fromUtf8(header)));
}

bool isNavii(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return hasKey(keys, "正式名称") && hasKey(keys, "機関区分");
}

bool isMhlw(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return hasKey(keys, "事業所番号") && hasKey(keys, "サービスの種類")
           && (hasKey(keys, "事業所名") || hasKey(keys, "都道府県コード又は市町村コード"));
}

bool isJpStandard(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return hasKey(keys, "全国地方公共団体コード") && hasKey(keys, "名称");
}

// 推奨データセット: 名称 in most lists, 介護サービス事業所名称 in 介護サービス事業所一覧.
bool isJpStandardOld(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return (hasKey(keys, "都道府県コード又は市区町村コード") || hasKey(keys, "都道府県コード又は市町村コード"))
           && (hasKey(keys, "名称") || hasKey(keys, "介護サービス事業所名称"));
}

bool isLinkData(const ColumnMap &columns)
{
    return !columns.headers().isEmpty() && isLinkDataHeader(columns.headers().constFirst());
}

bool isKsj(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return hasKey(keys, "P04_001") || hasKey(keys, "P14_001");
}

bool isCaremap(const ColumnMap &columns)
{
    const QStringList keys = columns.headerKeys();
    return hasKey(keys, "Type") && hasKey(keys, "SubType") && hasKey(keys, "Name");
}

} // namespace

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto: return QStringLiteral("auto");
    case SourceFormat::JpStandard: return QStringLiteral("standard");
    case SourceFormat::JpStandardOld: return QStringLiteral("standard-old");
    case SourceFormat::Mhlw: return QStringLiteral("mhlw");
    case SourceFormat::Navii: return QStringLiteral("navii");
    case SourceFormat::Ksj: return QStringLiteral("ksj");
    case SourceFormat::Caremap: return QStringLiteral("caremap");
    case SourceFormat::LinkData: return QStringLiteral("linkdata");
    case SourceFormat::Generic: return QStringLiteral("csv");
    }
    return QStringLiteral("auto");
}

QString sourceDisplayName(const QString &storedSource)
{
    const qsizetype colon = storedSource.indexOf(QStringLiteral(": "));
    if (colon > 0 && sourceFormatFromName(storedSource.left(colon)))
        return storedSource.mid(colon + 2);
    return storedSource;
}

std::optional<SourceFormat> sourceFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("jp-standard"))
        return SourceFormat::JpStandard;
    if (key == QLatin1String("generic"))
        return SourceFormat::Generic;
    for (SourceFormat format : {SourceFormat::Auto, SourceFormat::JpStandard, SourceFormat::JpStandardOld, SourceFormat::Mhlw,
                                SourceFormat::Navii, SourceFormat::Ksj, SourceFormat::Caremap, SourceFormat::LinkData, SourceFormat::Generic}) {
        if (key == sourceFormatName(format))
            return format;
    }
    return std::nullopt;
}

SourceFormat detectSourceFormat(const ColumnMap &columns)
{
    if (isNavii(columns))
        return SourceFormat::Navii;
    if (isMhlw(columns))
        return SourceFormat::Mhlw;
    if (isJpStandard(columns))
        return SourceFormat::JpStandard;
    if (isJpStandardOld(columns))
        return SourceFormat::JpStandardOld;
    if (isKsj(columns))
        return SourceFormat::Ksj;
    if (isCaremap(columns))
        return SourceFormat::Caremap;
    if (isLinkData(columns))
        return SourceFormat::LinkData;
    return SourceFormat::Generic;
}

bool headersFit(const ColumnMap &columns, SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto:
    case SourceFormat::Generic: return columns.has(ImportField::Name);
    case SourceFormat::JpStandard: return isJpStandard(columns) || isJpStandardOld(columns);
    case SourceFormat::JpStandardOld: return isJpStandardOld(columns) || isJpStandard(columns);
    case SourceFormat::Mhlw: return isMhlw(columns);
    case SourceFormat::Navii: return isNavii(columns);
    case SourceFormat::Ksj: return isKsj(columns);
    case SourceFormat::Caremap: return isCaremap(columns);
    case SourceFormat::LinkData: return isLinkData(columns);
    }
    return false;
}

void applyFormatColumns(ColumnMap &columns, SourceFormat format)
{
    // LinkData medical lists (高松市 hospital data) give 病院 / 有床診療所 / 無床診療所 / 歯科 in
    // "alternativeName", which elsewhere is a second name: it is the kind only in this layout.
    if (format == SourceFormat::LinkData && !columns.has(ImportField::MedicalKind)) {
        const QStringList keys = columns.headerKeys();
        const qsizetype index = keys.indexOf(headerKey(QStringLiteral("alternativeName")));
        if (index >= 0)
            columns.assign(ImportField::MedicalKind, int(index));
    }
}

} // namespace careatlas
