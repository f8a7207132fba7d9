#include "app/cli/AreaCliSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace careatlas::cli {

using namespace careatlas::geo;

namespace {


QJsonArray issuesJson(const QList<FeatureIssue> &issues)
{
    QJsonArray array;
    for (const FeatureIssue &issue : issues) {
        QJsonObject object{{QStringLiteral("kind"), issue.kind}, {QStringLiteral("message"), issue.message}};
        if (issue.feature > 0)
            object.insert(QStringLiteral("feature"), issue.feature);
        if (!issue.code.isEmpty())
            object.insert(QStringLiteral("code"), issue.code);
        array.append(object);
    }
    return array;
}

} // namespace

AreaFileOptions::AreaFileOptions()
{
    layer.setDescription(QCoreApplication::translate("cli", "Layer to read (default: the first)"));
    nameField.setDescription(QCoreApplication::translate("cli", "Field holding the area's name (default: guessed)"));
    codeField.setDescription(QCoreApplication::translate("cli", "Field holding the area's code (default: guessed)"));
    parentField.setDescription(QCoreApplication::translate("cli", "Field holding the code of the parent area (default: parents by surface)"));
    encoding.setDescription(QCoreApplication::translate("cli", "Text encoding of the attributes, e.g. CP932 or UTF-8 (default: .cpg, DBF language id or detected)"));
    crs.setDescription(QCoreApplication::translate("cli", "CRS of the coordinates, e.g. EPSG:6675 (default: the file's, or guessed)"));
    json.setDescription(QCoreApplication::translate("cli", "Print the result as JSON"));
}

void AreaFileOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({layer, nameField, codeField, parentField, encoding, crs, json});
}

AreaLoadOptions AreaFileOptions::read(const QCommandLineParser &parser) const
{
    AreaLoadOptions options;
    options.layer = parser.value(layer);
    options.nameField = parser.value(nameField);
    options.codeField = parser.value(codeField);
    options.parentField = parser.value(parentField);
    options.encoding = parser.value(encoding);
    options.crs = parser.value(crs);
    return options;
}

QJsonObject layerJson(const LayerInfo &layer)
{
    QJsonArray fields;
    for (const FieldInfo &field : layer.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("type"), field.type}});
    return {{QStringLiteral("name"), layer.name},
            {QStringLiteral("feature_count"), layer.featureCount},
            {QStringLiteral("geometry_type"), layer.geometryType},
            {QStringLiteral("fields"), fields}};
}

QJsonObject loadReportJson(const AreaLoadReport &report, const QList<LoadedArea> &areas)
{
    QJsonArray names, codes, areaArray, garbledFields;
    for (const LoadedArea &area : areas) {
        names.append(area.name);
        codes.append(area.code);
        QJsonObject object{{QStringLiteral("code"), area.code}, {QStringLiteral("name"), area.name},
                           {QStringLiteral("feature"), area.feature}};
        if (!area.parentCode.isEmpty())
            object.insert(QStringLiteral("parent_code"), area.parentCode);
        if (area.nameLooksGarbled)
            object.insert(QStringLiteral("name_looks_garbled"), true);
        areaArray.append(object);
    }
    for (const GarbledField &field : report.garbledFields)
        garbledFields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                         {QStringLiteral("checked"), field.checked},
                                         {QStringLiteral("garbled"), field.garbled},
                                         {QStringLiteral("examples"), QJsonArray::fromStringList(field.examples)}});
    QJsonObject object{
        {QStringLiteral("file"), report.path},
        {QStringLiteral("driver"), report.driver},
        {QStringLiteral("layer"), report.layer},
        {QStringLiteral("layers"), QJsonArray::fromStringList(report.layers)},
        {QStringLiteral("feature_count"), report.featureCount},
        {QStringLiteral("area_count"), areas.size()},
        {QStringLiteral("crs"), report.crs.crs},
        {QStringLiteral("crs_name"), report.crs.name},
        {QStringLiteral("crs_source"), report.crs.source},
        {QStringLiteral("crs_reason"), report.crs.reason},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("encoding_source"), report.encodingSource},
        {QStringLiteral("encoding_reason"), report.encodingReason},
        {QStringLiteral("name_field"), report.nameField.field},
        {QStringLiteral("name_field_reason"), report.nameField.reason},
        {QStringLiteral("code_field"), report.codeField.field},
        {QStringLiteral("code_field_reason"), report.codeField.reason},
        {QStringLiteral("names"), names},
        {QStringLiteral("codes"), codes},
        {QStringLiteral("areas"), areaArray},
        {QStringLiteral("repaired"), issuesJson(report.repaired)},
        {QStringLiteral("dropped"), issuesJson(report.dropped)},
        {QStringLiteral("notes"), issuesJson(report.notes)},
        {QStringLiteral("names_look_garbled"), report.namesLookGarbled},
        {QStringLiteral("garbled_fields"), garbledFields},
    };
    if (!report.parentField.isEmpty())
        object.insert(QStringLiteral("parent_field"), report.parentField);
    if (report.bboxLonLat) {
        const auto &box = *report.bboxLonLat;
        object.insert(QStringLiteral("bbox_wgs84"), QJsonArray{box[0], box[1], box[2], box[3]});
    }
    return object;
}

QJsonObject importReportJson(const AreaImportReport &report)
{
    QJsonArray parents;
    QJsonArray split;
    for (const ParentAssignment &assignment : report.parents) {
        QJsonArray shares;
        for (const ParentShare &share : assignment.shares)
            shares.append(QJsonObject{{QStringLiteral("parent_code"), share.parentCode}, {QStringLiteral("share"), share.share}});
        QJsonObject object{{QStringLiteral("code"), assignment.childCode},
                           {QStringLiteral("parent_code"), assignment.parentCode},
                           {QStringLiteral("share"), assignment.share},
                           {QStringLiteral("shares"), shares},
                           {QStringLiteral("split"), assignment.split}};
        if (!assignment.problem.isEmpty())
            object.insert(QStringLiteral("problem"), assignment.problem);
        if (assignment.split)
            split.append(assignment.childCode);
        parents.append(object);
    }
    QJsonObject load = loadReportJson(report.load, {});
    load.remove(QStringLiteral("names"));
    load.remove(QStringLiteral("codes"));
    load.remove(QStringLiteral("areas"));
    return {{QStringLiteral("level"), report.level.code},
            {QStringLiteral("level_created"), report.levelCreated},
            {QStringLiteral("imported"), report.imported},
            {QStringLiteral("parent_level"), report.parentLevel},
            {QStringLiteral("parent_method"), report.parentMethod},
            {QStringLiteral("parents"), parents},
            {QStringLiteral("split"), split},
            {QStringLiteral("child_level"), report.childLevel},
            {QStringLiteral("children_reparented"), report.childrenReparented},
            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("assigned"), report.resources.assigned},
                                                      {QStringLiteral("outside"), report.resources.outside},
                                                      {QStringLiteral("without_location"), report.resources.withoutLocation}}},
            {QStringLiteral("load"), load}};
}

} // namespace careatlas::cli
