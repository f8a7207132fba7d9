// libFuzzer target for the area loader (geo/areas): any bytes must give areas or a clean
// error, never a crash, a hang or a sanitizer report.
//
// Input layout: first byte < 0x80 → the rest is one GeoJSON file. Otherwise bytes 1–4 and
// 5–8 (little-endian) are the lengths of a .shp and a .shx, and what follows is the .shp,
// the .shx and then the .dbf (lengths are clamped to what is there).
#include "geo/GdalSupport.h"
#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace {

void writeMemFile(const char *path, const uint8_t *data, size_t size)
{
    VSILFILE *file = VSIFOpenL(path, "wb");
    if (!file)
        return;
    VSIFWriteL(data, 1, size, file);
    VSIFCloseL(file);
}

uint32_t readLength(const uint8_t *data)
{
    return uint32_t(data[0]) | uint32_t(data[1]) << 8 | uint32_t(data[2]) << 16 | uint32_t(data[3]) << 24;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    careatlas::geo::ensureGdalRegistered();
    CPLSetConfigOption("CPL_DEBUG", "OFF");
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QString path;
    if (data[0] < 0x80) {
        writeMemFile("/vsimem/fuzz/areas.geojson", data + 1, size - 1);
        path = QStringLiteral("/vsimem/fuzz/areas.geojson");
    } else {
        if (size < 9)
            return 0;
        const uint8_t *rest = data + 9;
        size_t left = size - 9;
        const size_t shpSize = std::min<size_t>(readLength(data + 1), left);
        writeMemFile("/vsimem/fuzz/areas.shp", rest, shpSize);
        rest += shpSize;
        left -= shpSize;
        const size_t shxSize = std::min<size_t>(readLength(data + 5), left);
        writeMemFile("/vsimem/fuzz/areas.shx", rest, shxSize);
        rest += shxSize;
        left -= shxSize;
        writeMemFile("/vsimem/fuzz/areas.dbf", rest, left);
        path = QStringLiteral("/vsimem/fuzz/areas.shp");
    }
    (void)careatlas::geo::inspectSource(path);
    (void)careatlas::geo::loadAreas(path);
    VSIRmdirRecursive("/vsimem/fuzz");
    return 0;
}
