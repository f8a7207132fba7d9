#include "geo/areas/AreaSource.h"

#include "geo/areas/OgrSource.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace careatlas::geo {

namespace {

LayerInfo describeLayer(OGRLayer &layer)
{
    LayerInfo info;
    info.name = QString::fromUtf8(layer.GetName());
    info.featureCount = layer.GetFeatureCount(TRUE);
    info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer.GetGeomType()));
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition->GetFieldDefn(i);
        info.fields.append({QString::fromUtf8(field->GetNameRef()),
                            QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType()))});
    }
    QList<QStringList> columns(info.fields.size());
    layer.ResetReading();
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature; feature.reset(layer.GetNextFeature())) {
        for (int i = 0; i < info.fields.size(); ++i)
            columns[i].append(feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
    }
    info.nameField = guessNameField(info.fields, columns);
    info.codeField = guessCodeField(info.fields, columns);
    return info;
}

} // namespace

Result<SourceInfo> inspectSource(const QString &path)
{
    auto dataset = openVectorSource(path);
    if (!dataset)
        return dataset.error();
    SourceInfo info;
    info.path = path;
    info.gdalPath = gdalPathFor(path);
    info.driver = QString::fromUtf8((*dataset)->GetDriver()->GetDescription());
    for (int i = 0; i < (*dataset)->GetLayerCount(); ++i)
        info.layers.append(describeLayer(*(*dataset)->GetLayer(i)));
    return info;
}

} // namespace careatlas::geo
