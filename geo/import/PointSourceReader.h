#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"
#include "core/import/RecordTable.h"

#include <QString>

#include <memory>

class GDALDataset;
class OGRLayer;
class OGRCoordinateTransformation;

namespace careatlas::geo {

// A vector source read through OGR one feature at a time (docs/reliability.md, "Bounded
// memory"): what is held is the open dataset and one feature, never the whole layer; rewind()
// starts the layer again for the importer's second pass. Rows are numbered from 1 in the
// layer's order; each feature's point as readPointSource says.
class PointRecordSource : public RecordSource
{
public:
    // The errors of readPointSource.
    static Result<std::unique_ptr<PointRecordSource>> open(const QString &path, const QString &layerName = QString(),
                                                           TextEncoding encoding = TextEncoding::Auto);
    ~PointRecordSource() override;

    bool next(SourceRow &row) override;
    const std::optional<Error> &error() const override { return m_error; }
    Status rewind() override;
    qint64 done() const override { return m_number; }
    qint64 total() const override { return m_total; }

private:
    PointRecordSource() = default;

    struct DatasetCloser {
        void operator()(GDALDataset *dataset) const;
    };
    struct TransformDeleter {
        void operator()(OGRCoordinateTransformation *transform) const;
    };
    std::unique_ptr<GDALDataset, DatasetCloser> m_dataset;
    OGRLayer *m_layer = nullptr;
    std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> m_transform;
    qint64 m_number = 0;
    qint64 m_total = 0;
    std::optional<Error> m_error;
};

// Reads a vector source through OGR (GeoJSON, Shapefile, GeoPackage, KML, … — 国土数値情報
// P04/P14 included) as a RecordTable for the ResourceImporter: each attribute field as text,
// each feature's point in geographic JGD2011/WGS84 degrees (transformed from the layer's CRS;
// a polygon gives its centroid). `layerName` empty: the first layer. `encoding`
// Cp932 opens a Shapefile without .cpg as CP932 (国土数値情報 files); Auto lets GDAL decide.
// Errors: FileNotFound, NotAVectorSource, NoLayer, LayerNotFound, InvalidCrs. The whole layer
// is read into memory (the import dialog's preview); an import reads a PointRecordSource.
Result<RecordTable> readPointSource(const QString &path, const QString &layerName = QString(),
                                    TextEncoding encoding = TextEncoding::Auto);

// Whether a file should be read through OGR rather than as CSV text (by its extension).
bool isVectorSourcePath(const QString &path);

} // namespace careatlas::geo
