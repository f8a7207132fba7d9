#include "geo/areas/AreaSource.h"

#include "geo/GdalSupport.h"
#include "geo/areas/AreaLoader.h"
#include "geo/areas/LevelGuess.h"
#include "geo/areas/OpenedLayer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace careatlas::geo {

namespace {

LayerInfo describeLayer(const QString &path, const OpenedLayer &opened)
{
    OGRLayer &layer = *opened.layer;
    LayerInfo info;
    info.name = opened.name;
    info.featureCount = layer.GetFeatureCount(TRUE);
    info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer.GetGeomType()));
    info.encoding = opened.encoding.encoding;
    info.encodingSource = opened.encoding.source;
    info.encodingReason = opened.encoding.reason;
    for (const SourceNote &note : opened.notes)
        info.notes.append(sourceNoteText(note.kind, note.argument));
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    QStringList fieldNames;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition->GetFieldDefn(i);
        info.fields.append({opened.text(field->GetNameRef()), QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType()))});
        fieldNames.append(info.fields.constLast().name);
    }
    QList<QStringList> columns(info.fields.size());
    layer.ResetReading();
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature; feature.reset(layer.GetNextFeature())) {
        for (int i = 0; i < info.fields.size(); ++i)
            columns[i].append(feature->IsFieldSetAndNotNull(i) ? opened.text(feature->GetFieldAsString(i)) : QString());
    }
    layer.ResetReading();
    info.nameField = guessNameField(info.fields, columns);
    info.codeField = guessCodeField(info.fields, columns);
    const int nameIndex = fieldNames.indexOf(info.nameField.field);
    const LevelGuess level = guessAreaLevel(path, info.name, info.nameField.reason, nameIndex >= 0 ? columns[nameIndex] : QStringList());
    info.level = level.level;
    info.levelReason = level.reason;
    info.garbledFields = findGarbledFields(fieldNames, columns, isEuropeanEncoding(info.encoding));
    return info;
}

} // namespace

Result<SourceInfo> inspectSource(const QString &path, const QString &encoding)
{
    GdalErrorCollector quiet;   // damaged records: their attributes read as empty
    const auto names = layerNames(path);
    if (!names)
        return names.error();
    SourceInfo info;
    info.path = path;
    info.gdalPath = gdalPathFor(path);
    for (const QString &name : *names) {
        auto opened = openLayer(path, name, encoding);
        if (!opened)
            return opened.error();
        if (info.driver.isEmpty())
            info.driver = QString::fromUtf8(opened->dataset->GetDriver()->GetDescription());
        info.layers.append(describeLayer(path, *opened));
    }
    return info;
}

} // namespace careatlas::geo
