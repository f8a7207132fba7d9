#pragma once

// One layer of a user's vector file, opened so that its text comes out right. Internal to
// geo/areas (no GDAL header; OGR types are forward-declared).

#include "core/Result.h"
#include "geo/areas/OgrSource.h"

#include <QByteArray>
#include <QString>

class OGRLayer;

namespace careatlas::geo {

// Which encoding the layer's text is decoded with, and why.
struct EncodingReport {
    QString encoding;    // "UTF-8", "CP932", …
    QString source;      // stable: "format", "cpg", "ldid", "detected", "user"
    QString reason;      // a sentence for the user
    QString declared;    // what the .cpg or the DBF language id said, if anything
    bool operator==(const EncodingReport &) const = default;
};

struct OpenedLayer {
    DatasetPtr dataset;
    OGRLayer *layer = nullptr;   // owned by dataset
    QString name;                // as layerNames() lists it
    QList<SourceNote> notes;     // about the layer's files (rebuilt .shx, no .dbf, …)
    EncodingReport encoding;
    bool raw = false;            // strings are the file's bytes, decoded by `text`

    QString text(const char *value) const;
};

// Opens `layerName` of `path` (the first layer when empty). A shapefile's DBF is read as raw
// bytes and decoded here: with `userEncoding` when given; else with what its .cpg or DBF
// language id says when the bytes agree; else with what the bytes themselves are (UTF-8,
// CP932 or EUC-JP). Other formats are UTF-8 by definition, unless the user says otherwise.
// Errors: those of openVectorSource, LayerNotFound, EncodingUnknown (a user encoding that
// does not exist).
Result<OpenedLayer> openLayer(const QString &path, const QString &layerName, const QString &userEncoding = {});

// Names of the layers of `path`, in file order; for an archive, of every vector file in it
// (named by their path inside it when names repeat).
Result<QStringList> layerNames(const QString &path);

} // namespace careatlas::geo
