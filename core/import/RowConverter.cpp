#include "core/import/RowConverter.h"

#include "core/import/CategoryMapping.h"
#include "core/import/CoordinateCheck.h"
#include "core/import/HeaderNormalizer.h"
#include "core/import/PrefectureExtent.h"
#include "core/text/CompiledRegex.h"

#include <QRegularExpression>

namespace careatlas {

namespace {

// A URL cell that holds an e-mail address or a phone number instead of a web address.
bool isNotWebAddress(const QString &text)
{
    const QString value = normalizeValue(text);
    if (value.isEmpty())
        return false;
    if (value.contains(QLatin1Char('@')) && !value.contains(QLatin1String("://")))
        return true;
    static const QRegularExpression phone = compiledRegex(QStringLiteral("^(tel:)?[0-9()+\\-\\s]{9,}$"), QRegularExpression::CaseInsensitiveOption);
    return phone.match(value).hasMatch();
}

bool trailingFieldsEmpty(const QStringList &fields, qsizetype from)
{
    for (qsizetype i = from; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

RowConverter::RowConverter(ColumnMap columns, Settings settings)
    : m_columns(std::move(columns)), m_settings(std::move(settings))
{
    if (m_settings.format == SourceFormat::Mhlw || m_settings.format == SourceFormat::Generic)
        m_fileServiceCode = mhlwServiceCodeOfFile(m_settings.sourceFile);
}

bool RowConverter::hasCategorySource() const
{
    for (ImportField field : {ImportField::Category, ImportField::SubCategory, ImportField::ServiceType, ImportField::MedicalKind,
                              ImportField::MedicalKindCode, ImportField::Beds, ImportField::InstitutionKind,
                              ImportField::WelfareClassCode, ImportField::WelfareSubclassCode}) {
        if (m_columns.has(field))
            return true;
    }
    return !m_fileServiceCode.isEmpty();
}

RowConverter::CategoryDecision RowConverter::categoryOf(const QStringList &fields) const
{
    CategoryDecision decision;
    // The first type column with a value is the evidence; the code is what it maps to.
    auto decide = [&](ImportField field, std::optional<QString> code, QString value = QString()) {
        decision.code = std::move(code);
        decision.column = m_columns.header(field);
        decision.value = value.isEmpty() ? m_columns.value(fields, field) : value;
        return decision;
    };
    auto value = [&](ImportField field) { return m_columns.value(fields, field); };

    if (const QString kind = value(ImportField::InstitutionKind); !kind.isEmpty())
        return decide(ImportField::InstitutionKind, categoryFromInstitutionKind(kind));
    if (const QString code = value(ImportField::MedicalKindCode); !code.isEmpty())
        return decide(ImportField::MedicalKindCode, categoryFromKsjMedicalCode(code));
    const QString welfareMinor = value(ImportField::WelfareSubclassCode);
    const QString welfareMiddle = value(ImportField::WelfareClassCode);
    if (!welfareMiddle.isEmpty() || !welfareMinor.isEmpty()) {
        const ImportField field = welfareMinor.isEmpty() ? ImportField::WelfareClassCode : ImportField::WelfareSubclassCode;
        const QString published = welfareMiddle.isEmpty() || welfareMinor.isEmpty() ? QString(welfareMiddle + welfareMinor)
                                                                                     : QString(welfareMiddle + QStringLiteral(" / ") + welfareMinor);
        return decide(field, categoryFromKsjWelfareCode(welfareMiddle, welfareMinor), published);
    }
    // 医療機関の種類, then a bed count (医療法: 20 or more is a 病院). A kind that only says
    // 診療所 is made precise by the beds (有床 / 無床).
    const QString medicalKind = value(ImportField::MedicalKind);
    const QString bedsText = value(ImportField::Beds);
    const auto beds = bedCount(bedsText);
    if (!medicalKind.isEmpty()) {
        auto code = categoryFromMedicalKind(medicalKind);
        if (code == QLatin1String("clinic") && beds && *beds > 0 && !normalizeValue(medicalKind).contains(QString::fromUtf8("無床"))) {
            decision.code = categoryFromBeds(*beds);
            decision.column = m_columns.header(ImportField::MedicalKind) + QStringLiteral(" + ") + m_columns.header(ImportField::Beds);
            decision.value = medicalKind + QStringLiteral(" / ") + bedsText;
            return decision;
        }
        return decide(ImportField::MedicalKind, code);
    }
    const QString category = value(ImportField::Category);
    const QString subCategory = value(ImportField::SubCategory);
    if (!category.isEmpty() || !subCategory.isEmpty()) {
        const ImportField field = category.isEmpty() ? ImportField::SubCategory : ImportField::Category;
        const QString published = category.isEmpty() || subCategory.isEmpty() ? QString(category + subCategory)
                                                                              : QString(category + QStringLiteral(" / ") + subCategory);
        if (const auto code = categoryFromCodeOrLabel(category, m_settings.categories))
            return decide(ImportField::Category, code);
        if (const auto code = categoryFromCodeOrLabel(subCategory, m_settings.categories))
            return decide(ImportField::SubCategory, code);
        if (m_settings.format == SourceFormat::Caremap || m_columns.has(ImportField::SubCategory)) {
            decide(field, categoryFromCaremapType(category, subCategory, value(ImportField::Name)), published);
            const QString type = normalizeValue(category);
            if (type == QString::fromUtf8("医療機関")) {
                // Named by law: only a 病院 may call itself one (医療法 第3条); the departments
                // in SubType are no evidence.
                decision.column = m_columns.header(ImportField::Category) + QStringLiteral(" + ") + m_columns.header(ImportField::Name);
                decision.value = category + (decision.code == QLatin1String("hospital") ? QString::fromUtf8(" / 名称に「病院」")
                                                                                         : QString::fromUtf8(" / 名称に「病院」なし"));
            } else if (type == QString::fromUtf8("歯科医院") || type == QString::fromUtf8("薬局")
                       || type == QString::fromUtf8("地域包括支援センター")) {
                decision.column = m_columns.header(ImportField::Category);
                decision.value = category;
            } else if (!category.isEmpty() && !subCategory.isEmpty()) {
                decision.column = m_columns.header(ImportField::Category) + QStringLiteral(" / ") + m_columns.header(ImportField::SubCategory);
            }
            return decision;
        }
        return decide(field, categoryFromServiceName(category), published);
    }
    if (const QString service = value(ImportField::ServiceType); !service.isEmpty()) {
        auto code = categoryFromServiceName(service);
        if (!code && !m_fileServiceCode.isEmpty() && !isChildOrDisabilityService(service))
            return fileDecision();
        return decide(ImportField::ServiceType, code);
    }
    if (!m_fileServiceCode.isEmpty())
        return fileDecision();
    if (beds) {
        decision.code = categoryFromBeds(*beds);
        decision.column = m_columns.header(ImportField::Beds);
        decision.value = bedsText;
        return decision;
    }
    // 診療科目 alone never decides: a column of departments is no evidence of the kind.
    return decision;
}

RowConverter::CategoryDecision RowConverter::fileDecision() const
{
    CategoryDecision decision;
    decision.code = categoryFromMhlwServiceCode(m_fileServiceCode);
    decision.column = QStringLiteral("file");
    decision.value = m_settings.sourceFile;
    return decision;
}

QString RowConverter::addressOf(const QStringList &fields) const
{
    QString address = m_columns.value(fields, ImportField::Address);
    if (address.isEmpty()) {
        // From its parts, each left out when what follows already begins with it (a 所在地 that
        // repeats its city).
        QStringList parts;
        for (ImportField part : {ImportField::AddressPrefecture, ImportField::AddressCity, ImportField::AddressTown, ImportField::AddressNumber})
            parts.append(m_columns.value(fields, part));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString rest = normalizeValue(parts.mid(i + 1).join(QString()));
            if (!parts[i].isEmpty() && !rest.startsWith(normalizeValue(parts[i])))
                address += parts[i];
        }
    }
    address += m_columns.value(fields, ImportField::AddressLine2);
    const QString building = m_columns.value(fields, ImportField::Building);
    // The MHLW files' 住所 may already end with the 方書.
    if (!building.isEmpty() && !normalizeValue(address).contains(normalizeValue(building)))
        address += (address.isEmpty() ? QString() : QStringLiteral(" ")) + building;
    return address;
}

QString RowConverter::hoursOf(const QStringList &fields) const
{
    QString hours = m_columns.value(fields, ImportField::Hours);
    if (hours.isEmpty()) {
        const QString start = m_columns.value(fields, ImportField::HoursStart);
        const QString end = m_columns.value(fields, ImportField::HoursEnd);
        if (!start.isEmpty() || !end.isEmpty())
            hours = start + QString::fromUtf8("～") + end;
    }
    const QString days = m_columns.value(fields, ImportField::OpenDays);
    if (!days.isEmpty())
        hours = hours.isEmpty() ? days : days + QLatin1Char(' ') + hours;
    const QString notes = m_columns.value(fields, ImportField::OpenNotes);
    if (!notes.isEmpty())
        hours = hours.isEmpty() ? notes : hours + QStringLiteral(" (") + notes + QLatin1Char(')');
    return hours;
}

QString RowConverter::officialNumberOf(const QStringList &fields) const
{
    const QString official = normalizeValue(m_columns.value(fields, ImportField::OfficialNumber));
    if (!official.isEmpty())
        return official;
    if (m_settings.format == SourceFormat::Navii)
        return normalizeValue(m_columns.value(fields, ImportField::SourceId));
    // A link to the 介護サービス情報公表システム carries the 事業所番号 (JigyosyoCd=2278400219-00).
    static const QRegularExpression jigyosyo = compiledRegex(QStringLiteral("JigyosyoCd=(\\d{10})"));
    const auto match = jigyosyo.match(m_columns.value(fields, ImportField::Website));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<int> RowConverter::numberOf(const QStringList &fields, ImportField field, qint64 line, QList<ImportIssue> &issues) const
{
    QString value = normalizeValue(m_columns.value(fields, field));
    static const QRegularExpression unit = compiledRegex(QString::fromUtf8("\\s*(人|名|床|室|戸)$"));
    value.remove(unit);
    value.remove(QLatin1Char(','));
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0) {
        issues.append(ImportIssue{line, m_columns.header(field), ImportIssueKind::InvalidNumber, m_columns.value(fields, field)});
        return std::nullopt;
    }
    if (number == 0)   // 定員 0 means "not given" in the MHLW files
        return std::nullopt;
    return number;
}

RowConverter::Converted RowConverter::convert(const SourceRow &row) const
{
    Converted result;
    const qint64 line = row.line;
    // Trailing columns without a header (",,," left by a spreadsheet) may be absent from a row;
    // fields beyond the header must be empty.
    const QStringList &headers = m_columns.headers();
    qsizetype named = headers.size();
    while (named > 0 && headers.at(named - 1).trimmed().isEmpty())
        --named;
    if (row.fields.size() < named || (row.fields.size() > headers.size() && !trailingFieldsEmpty(row.fields, headers.size()))) {
        result.issues.append(ImportIssue{line, QString(), ImportIssueKind::RaggedRow,
                                         QStringLiteral("%1/%2").arg(row.fields.size()).arg(headers.size())});
        return result;
    }
    const QStringList &fields = row.fields;

    Resource resource;
    resource.name = m_columns.value(fields, ImportField::Name);
    if (resource.name.isEmpty()) {
        result.issues.append(ImportIssue{line, m_columns.header(ImportField::Name), ImportIssueKind::MissingName, QString()});
        return result;
    }

    const CategoryDecision decision = categoryOf(fields);
    const bool known = decision.code && std::any_of(m_settings.categories.cbegin(), m_settings.categories.cend(),
                                                     [&](const Category &c) { return c.code == *decision.code; });
    if (known) {
        resource.categoryCode = *decision.code;
        result.evidenceColumn = decision.column;
        result.evidenceValue = decision.value;
    } else if (!m_settings.defaultCategory.isEmpty()) {
        resource.categoryCode = m_settings.defaultCategory;
        result.evidenceColumn = QStringLiteral("--default-category");
        result.evidenceValue = decision.value;
        if (!decision.value.isEmpty())
            result.issues.append(ImportIssue{line, decision.column, ImportIssueKind::CategoryFallback, decision.value});
    } else {
        result.issues.append(ImportIssue{line, decision.column, ImportIssueKind::UnknownCategory, decision.value});
        return result;
    }
    const QString publishedType = decision.column == QLatin1String("file") ? QString() : decision.value;

    QString movedToNotes;
    resource.kana = m_columns.value(fields, ImportField::Kana);
    resource.operatorName = m_columns.value(fields, ImportField::Operator);
    resource.officialNumber = officialNumberOf(fields);
    resource.source = m_settings.source;
    resource.sourceDate = m_settings.sourceDate;
    resource.postalCode = normalizeValue(m_columns.value(fields, ImportField::PostalCode)).remove(QString::fromUtf8("〒")).trimmed();
    resource.address = addressOf(fields);
    resource.phone = m_columns.value(fields, ImportField::Phone);
    if (const QString extension = m_columns.value(fields, ImportField::PhoneExtension); !extension.isEmpty() && !resource.phone.isEmpty())
        resource.phone += QString::fromUtf8(" 内線") + extension;
    resource.fax = m_columns.value(fields, ImportField::Fax);
    resource.website = m_columns.value(fields, ImportField::Website);
    if (isNotWebAddress(resource.website)) {
        // An e-mail address or a phone number in the URL cell: kept in the notes, not as a link.
        result.issues.append(ImportIssue{line, m_columns.header(ImportField::Website), ImportIssueKind::WebsiteNotUrl, resource.website});
        movedToNotes = resource.website;
        resource.website.clear();
    }
    resource.hours = hoursOf(fields);
    resource.closedDays = m_columns.value(fields, ImportField::ClosedDays);
    resource.capacity = numberOf(fields, ImportField::Capacity, line, result.issues);
    if (!resource.capacity) {
        const auto beds = bedCount(m_columns.value(fields, ImportField::Beds));
        if (beds && *beds > 0)
            resource.capacity = beds;
    }
    resource.notes = m_columns.value(fields, ImportField::Notes);
    if (!movedToNotes.isEmpty())
        resource.notes += (resource.notes.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("URL: ") + movedToNotes;
    if (normalizeValue(m_columns.value(fields, ImportField::Capacity)) == QLatin1String("0"))
        result.issues.append(ImportIssue{line, m_columns.header(ImportField::Capacity), ImportIssueKind::CapacityZero, QStringLiteral("0")});
    if (const QString building = m_columns.value(fields, ImportField::Building);
        !building.isEmpty() && normalizeValue(m_columns.value(fields, ImportField::Address)).contains(normalizeValue(building)))
        result.issues.append(ImportIssue{line, m_columns.header(ImportField::Building), ImportIssueKind::BuildingInAddress, building});
    if (!publishedType.isEmpty()) {
        resource.flags = flagsFromServiceName(publishedType + QLatin1Char(' ') + m_columns.value(fields, ImportField::SubCategory));
        resource.flags.removeDuplicates();
    }

    QString latitudeText = m_columns.value(fields, ImportField::Latitude);
    QString longitudeText = m_columns.value(fields, ImportField::Longitude);
    QString coordinateColumn = m_columns.header(ImportField::Latitude);
    if (latitudeText.isEmpty() && longitudeText.isEmpty() && m_columns.has(ImportField::Location)) {
        // One cell "latitude,longitude" (LinkData "location"); swapped halves are caught below.
        static const QRegularExpression separator = compiledRegex(QStringLiteral("[,\\s、]+"));
        const QStringList parts = normalizeValue(m_columns.value(fields, ImportField::Location)).split(separator, Qt::SkipEmptyParts);
        if (parts.size() == 2) {
            latitudeText = parts.at(0);
            longitudeText = parts.at(1);
        } else {
            latitudeText = m_columns.value(fields, ImportField::Location);
        }
        coordinateColumn = m_columns.header(ImportField::Location);
    }
    CheckedCoordinates place;
    if (row.latitude || row.longitude)
        place = checkCoordinates(row.latitude, row.longitude);
    else
        place = checkCoordinates(latitudeText, longitudeText);
    if (row.latitude)
        coordinateColumn = QStringLiteral("geometry");
    const QString coordinateText = row.latitude ? QStringLiteral("%1,%2").arg(*row.latitude).arg(row.longitude.value_or(0.0))
                                                : latitudeText + QLatin1Char(',') + longitudeText;
    auto note = [&](ImportIssueKind kind) { result.issues.append(ImportIssue{line, coordinateColumn, kind, coordinateText}); };
    if (place.swapped)
        note(ImportIssueKind::CoordinatesSwapped);
    if (place.convertedDms)
        note(ImportIssueKind::CoordinatesDms);
    switch (place.problem) {
    case CheckedCoordinates::Problem::Zero: note(ImportIssueKind::CoordinatesZero); break;
    case CheckedCoordinates::Problem::OutOfJapan: note(ImportIssueKind::CoordinatesOutOfJapan); break;
    case CheckedCoordinates::Problem::Unparsable: note(ImportIssueKind::CoordinatesUnparsable); break;
    case CheckedCoordinates::Problem::Missing:
    case CheckedCoordinates::Problem::None: break;
    }
    if (place.hasLocation()) {
        // A point outside the prefecture its own 都道府県コード names was geocoded wrongly.
        const auto prefecture = prefectureOfCode(m_columns.value(fields, ImportField::LocalGovernmentCode));
        if (prefecture && isOutsidePrefecture(*prefecture, *place.latitude, *place.longitude)) {
            note(ImportIssueKind::OutsidePrefecture);
            place.latitude.reset();
            place.longitude.reset();
        }
    }
    resource.latitude = place.latitude;
    resource.longitude = place.longitude;
    result.resource = std::move(resource);
    return result;
}

Resource RowConverter::completed(Resource first, const Resource &later)
{
    for (QString Resource::*member : {&Resource::kana, &Resource::operatorName, &Resource::officialNumber, &Resource::postalCode,
                                      &Resource::address, &Resource::phone, &Resource::fax, &Resource::website, &Resource::hours,
                                      &Resource::closedDays, &Resource::notes}) {
        if ((first.*member).isEmpty())
            first.*member = later.*member;
    }
    if (!first.capacity)
        first.capacity = later.capacity;
    if (!first.hasLocation() && later.hasLocation()) {
        first.latitude = later.latitude;
        first.longitude = later.longitude;
    }
    for (const QString &flag : later.flags) {
        if (!first.flags.contains(flag))
            first.flags.append(flag);
    }
    return first;
}

Resource RowConverter::merged(const Resource &existing, const Resource &incoming) const
{
    Resource result = existing;
    auto replace = [&](bool provided, QString Resource::*member) {
        if (provided)
            result.*member = incoming.*member;
    };
    const ColumnMap &c = m_columns;
    result.name = incoming.name;
    result.categoryCode = incoming.categoryCode;
    replace(c.has(ImportField::Kana), &Resource::kana);
    replace(c.has(ImportField::Operator), &Resource::operatorName);
    if (!incoming.officialNumber.isEmpty())
        result.officialNumber = incoming.officialNumber;
    result.source = incoming.source;
    result.sourceDate = incoming.sourceDate;
    replace(c.has(ImportField::PostalCode), &Resource::postalCode);
    replace(c.has(ImportField::Address) || c.has(ImportField::AddressCity) || c.has(ImportField::AddressTown), &Resource::address);
    replace(c.has(ImportField::Phone), &Resource::phone);
    replace(c.has(ImportField::Fax), &Resource::fax);
    replace(c.has(ImportField::Website), &Resource::website);
    replace(c.has(ImportField::Hours) || c.has(ImportField::HoursStart) || c.has(ImportField::OpenDays), &Resource::hours);
    replace(c.has(ImportField::ClosedDays), &Resource::closedDays);
    replace(c.has(ImportField::Notes), &Resource::notes);
    if (c.has(ImportField::Capacity) || c.has(ImportField::Beds))
        result.capacity = incoming.capacity;
    if (incoming.hasLocation()) {
        result.latitude = incoming.latitude;
        result.longitude = incoming.longitude;
    }
    for (const QString &flag : incoming.flags) {
        if (!result.flags.contains(flag))
            result.flags.append(flag);
    }
    return result;
}

} // namespace careatlas
