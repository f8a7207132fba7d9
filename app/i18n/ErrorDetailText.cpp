#include "app/i18n/ErrorDetailText.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace careatlas {

namespace {

// A kind of detail: the English text as a pattern (whole detail, case-insensitive), and its
// wording with the pattern's captures as %1, %2 … An empty wording drops the detail.
struct DetailKind {
    const char *pattern;
    const char *wording;
};

// CareAtlas's own details (core/, geo/), then the texts of SQLite, GDAL and Qt that reach users.
const DetailKind kinds[] = {
    // Reading text files
    {"binary data \\(zero bytes\\)", QT_TRANSLATE_NOOP("ErrorDetail", "It holds binary data (zero bytes), as images and spreadsheet files do.")},
    {"neither UTF-8, UTF-16 nor CP932", QT_TRANSLATE_NOOP("ErrorDetail", "Its text is neither UTF-8, UTF-16 nor CP932 (Shift_JIS).")},
    {"(?:the file is )?empty(?: file)?", QT_TRANSLATE_NOOP("ErrorDetail", "The file is empty.")},
    {"not a (?:regular )?file", QT_TRANSLATE_NOOP("ErrorDetail", "It is not a file (a folder, say).")},
    {"the bytes are not valid (.+)", QT_TRANSLATE_NOOP("ErrorDetail", "Some bytes are not valid %1 text.")},
    {"larger than (\\d+) MB", QT_TRANSLATE_NOOP("ErrorDetail", "The file is larger than %1 MB.")},
    {"windows-31j", QT_TRANSLATE_NOOP("ErrorDetail", "This system cannot write CP932 (Shift_JIS).")},
    {"no row of the population table names an area of level '(.+)' \\(rows such as (.*)\\)",
     QT_TRANSLATE_NOOP("ErrorDetail", "No row of the population table names an area of the chosen level “%1” by its name or code (rows such as %2). Check the table's area name or code column, and the level chosen.")},
    {"a line needs a code and a name", QT_TRANSLATE_NOOP("ErrorDetail", "Each line needs a code and a name.")},
    {"code (.+) is given twice", QT_TRANSLATE_NOOP("ErrorDetail", "The code “%1” is given twice.")},
    {"no name column among: (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "No column holds the names. The headers are: %1")},
    {"the headers are not those of format (\\S+): (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "The headers are not those of the layout %1. The headers are: %2")},
    {"column (\\d+) \"(.*)\": (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "Proposed: column %1 “%2” (%3)")},
    {"unknown category (.+)", QT_TRANSLATE_NOOP("ErrorDetail", "There is no category “%1”.")},
    {"no category column \\(type, service or medical kind\\) and no default category",
     QT_TRANSLATE_NOOP("ErrorDetail", "No column gives the category (type, service or medical department), and no default category is chosen.")},
    {"unknown field (.+)", QT_TRANSLATE_NOOP("ErrorDetail", "There is no field “%1”.")},
    {"the header of (.+) is not text", QT_TRANSLATE_NOOP("ErrorDetail", "The header given for “%1” is not text.")},
    {"not an address reference .*", QT_TRANSLATE_NOOP("ErrorDetail", "It is not an address reference file: the columns 都道府県名, 市区町村名, 大字町丁目名, 緯度 and 経度 are needed.")},
    // The store
    {"the page size in the header is not valid", QT_TRANSLATE_NOOP("ErrorDetail", "The page size in the file's header is not valid.")},
    {"the file ends in the middle of a page: it was cut short", QT_TRANSLATE_NOOP("ErrorDetail", "The file ends in the middle of a page: it was cut short.")},
    {"the full check found (\\d+) problems", QT_TRANSLATE_NOOP("ErrorDetail", "Problems the full check found: %1.")},
    {"the file is shorter than its header says: it was cut short", QT_TRANSLATE_NOOP("ErrorDetail", "The file is shorter than its header says: it was cut short.")},
    {"application_id is not GPKG", QT_TRANSLATE_NOOP("ErrorDetail", "It is an SQLite database, but not a GeoPackage.")},
    {"a GeoPackage, but not a CareAtlas store", QT_TRANSLATE_NOOP("ErrorDetail", "It is a GeoPackage, but not a CareAtlas store.")},
    {"(?:unknown )?schema version (\\S+)", QT_TRANSLATE_NOOP("ErrorDetail", "Store format version %1.")},
    {"a resource needs a name", QT_TRANSLATE_NOOP("ErrorDetail", "A resource needs a name.")},
    {"a resource needs a category", QT_TRANSLATE_NOOP("ErrorDetail", "A resource needs a category.")},
    {"coordinates out of range", QT_TRANSLATE_NOOP("ErrorDetail", "The coordinates are out of range.")},
    {"resource (\\d+)", QT_TRANSLATE_NOOP("ErrorDetail", "Resource ID %1.")},
    {"area level (.+)", QT_TRANSLATE_NOOP("ErrorDetail", "Area level “%1”.")},
    {"malformed WKB", QT_TRANSLATE_NOOP("ErrorDetail", "The shape data is damaged.")},
    {"empty geometries", QT_TRANSLATE_NOOP("ErrorDetail", "The shapes are empty.")},
    {"empty name", QT_TRANSLATE_NOOP("ErrorDetail", "The name is empty.")},
    {"empty code", QT_TRANSLATE_NOOP("ErrorDetail", "The code is empty.")},
    {"code (.+) is taken", QT_TRANSLATE_NOOP("ErrorDetail", "The code “%1” is already used.")},
    {"(?:area )?level code must be \\[a-z\\]\\[a-z0-9_\\]\\*: (.*)",
     QT_TRANSLATE_NOOP("ErrorDetail", "The level code “%1” must start with a lower-case letter and hold only lower-case letters, digits and _.")},
    {"level code longer than (\\d+) characters: (.*)",
     QT_TRANSLATE_NOOP("ErrorDetail", "The level code “%2” is too long: it may have at most %1 characters.")},
    {"area needs a level and a code", QT_TRANSLATE_NOOP("ErrorDetail", "An area condition needs a level and a code.")},
    {"near: latitude, longitude or radius out of range", QT_TRANSLATE_NOOP("ErrorDetail", "The centre's latitude or longitude, or the radius, is out of range.")},
    {"no area level", QT_TRANSLATE_NOOP("ErrorDetail", "No area level is chosen.")},
    {"area grouping needs areas in the store", QT_TRANSLATE_NOOP("ErrorDetail", "Grouping by area needs areas in the store: add an area layer first.")},
    {"--address needs a store", QT_TRANSLATE_NOOP("ErrorDetail", "--address needs a store (--store).")},
    // Details that add nothing to the sentence
    {"QPdfWriter|QSvgGenerator|QPrinter|copy|rename|could not begin a transaction.*", ""},
    // Maps and base maps
    {"resources could not be projected", QT_TRANSLATE_NOOP("ErrorDetail", "The resources' coordinates could not be converted for the map.")},
    {"no transformation to EPSG:(\\d+)", QT_TRANSLATE_NOOP("ErrorDetail", "There is no conversion to EPSG:%1.")},
    {"EPSG:(\\d+)", QT_TRANSLATE_NOOP("ErrorDetail", "EPSG:%1 is not known.")},
    {"the (?:raster|package) has no georeference", QT_TRANSLATE_NOOP("ErrorDetail", "It has no georeference (no position on the earth).")},
    {"a tile URL must start with http:// or https://: (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "A tile URL must start with http:// or https://: %1")},
    {"a tile URL needs \\{z\\}.*: (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "A tile URL needs {z}, {x} and {y} (or {TileMatrix}, {TileCol} and {TileRow}): %1")},
    {"not a preset \\((.*)\\), a tile URL or a package file: (.*)", QT_TRANSLATE_NOOP("ErrorDetail", "“%2” is neither a preset (%1), a tile URL nor a package file.")},
    {"the source is already a package; use it directly", QT_TRANSLATE_NOOP("ErrorDetail", "The source is already a package; use it as it is.")},
    {"(.+) forbids bulk download of its tiles \\((.*)\\);.*",
     QT_TRANSLATE_NOOP("ErrorDetail", "%1 does not allow downloading its tiles in bulk (%2). Use a provider that allows offline packages, such as 地理院タイル.")},
    {"the zoom range must lie within (\\d+)\u2013(\\d+)", QT_TRANSLATE_NOOP("ErrorDetail", "The zoom range must lie within %1–%2.")},
    {"the area is empty", QT_TRANSLATE_NOOP("ErrorDetail", "The area is empty.")},
    {"(\\d+) tiles is more than the (\\d+) a package may hold;.*",
     QT_TRANSLATE_NOOP("ErrorDetail", "%1 tiles are more than the %2 a package may hold; choose a smaller area or fewer zoom levels.")},
    {"could not rename the finished package", QT_TRANSLATE_NOOP("ErrorDetail", "The finished package could not be renamed.")},
    {"a tile package must be in Web Mercator.*", QT_TRANSLATE_NOOP("ErrorDetail", "A tile package must be in Web Mercator (EPSG:3857); open other rasters as a background map.")},
    {"TIN|GEOMETRYCOLLECTION|MULTIPATCH|POLYHEDRALSURFACE|TRIANGLE", QT_TRANSLATE_NOOP("ErrorDetail", "The first such feature is a 3D surface.")},
    // SQLite
    {"file is not a database", QT_TRANSLATE_NOOP("ErrorDetail", "It is not a database file.")},
    {"database disk image is malformed", QT_TRANSLATE_NOOP("ErrorDetail", "The database inside the file is damaged.")},
    {"database is locked", QT_TRANSLATE_NOOP("ErrorDetail", "Another program is using the file.")},
    {"unable to open database file", QT_TRANSLATE_NOOP("ErrorDetail", "The database file cannot be opened.")},
    {"attempt to write a readonly database", QT_TRANSLATE_NOOP("ErrorDetail", "The file is read-only.")},
    {"disk I/O error", QT_TRANSLATE_NOOP("ErrorDetail", "The disk could not be read or written.")},
    // The operating system, through Qt or GDAL
    {".*No such file or directory.*", QT_TRANSLATE_NOOP("ErrorDetail", "There is no such file or folder.")},
    {".*Permission denied.*", QT_TRANSLATE_NOOP("ErrorDetail", "You have no permission to use it.")},
    {".*No space left on device.*", QT_TRANSLATE_NOOP("ErrorDetail", "The disk is full.")},
    {".*Is a directory.*", QT_TRANSLATE_NOOP("ErrorDetail", "It is a folder, not a file.")},
    // GDAL
    {".*not recognized as (?:a|being in a) supported (?:file )?(?:format|dataset name).*",
     QT_TRANSLATE_NOOP("ErrorDetail", "It is in no format that CareAtlas can read.")},
    {"no GDAL vector driver recognises it", QT_TRANSLATE_NOOP("ErrorDetail", "It is in no format that CareAtlas can read.")},
    {".*(?:Unable to open|Failed to open|cannot open|could not open).*\\.shx.*",
     QT_TRANSLATE_NOOP("ErrorDetail", "The Shapefile's .shx file is missing or damaged; copy all files of the Shapefile (.shp, .shx, .dbf, .prj) together.")},
    {".*(?:Unable to open|Failed to open|cannot open|could not open).*\\.dbf.*",
     QT_TRANSLATE_NOOP("ErrorDetail", "The Shapefile's .dbf file is missing or damaged; copy all files of the Shapefile (.shp, .shx, .dbf, .prj) together.")},
    {".*(?:corrupt|truncated|Corrupted|invalid record|not enough data|Inconsistent|record length|too long|Error in fread|Error in fseek).*",
     QT_TRANSLATE_NOOP("ErrorDetail", "The file is damaged or was cut short.")},
    {"(?:Unable to open|Failed to open|cannot open|could not open).*", QT_TRANSLATE_NOOP("ErrorDetail", "The file cannot be opened.")},
};

const QList<std::pair<QRegularExpression, const char *>> &compiledKinds()
{
    static const QList<std::pair<QRegularExpression, const char *>> compiled = [] {
        QList<std::pair<QRegularExpression, const char *>> list;
        for (const DetailKind &kind : kinds)
            list.push_back({QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf8(kind.pattern)),
                                               QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption),
                            kind.wording});
        return list;
    }();
    return compiled;
}

// GDAL's geometry type names as the area loader counts them: "3D Line String × 122, Point × 2".
std::optional<QString> geometryCounts(const QString &detail)
{
    static const QRegularExpression item(QStringLiteral("^(?:3D )?(?:Measured )?(Multi )?(Point|Line String|Polygon|Curve|Compound Curve|Circular String|Geometry Collection|Unknown \\(any\\)) × (\\d+)$"));
    QStringList parts;
    for (const QString &part : detail.split(QStringLiteral(", "))) {
        const auto match = item.match(part.trimmed());
        if (!match.hasMatch())
            return std::nullopt;
        const QString type = match.captured(2);
        const int count = match.captured(3).toInt();
        if (type == QLatin1String("Point"))
            parts << QCoreApplication::translate("ErrorDetail", "%n point(s)", nullptr, count);
        else if (type == QLatin1String("Polygon"))
            parts << QCoreApplication::translate("ErrorDetail", "%n polygon(s)", nullptr, count);
        else if (type.contains(QLatin1String("Collection")) || type.startsWith(QLatin1String("Unknown")))
            parts << QCoreApplication::translate("ErrorDetail", "%n mixed shape(s)", nullptr, count);
        else
            parts << QCoreApplication::translate("ErrorDetail", "%n line(s)", nullptr, count);
    }
    return QCoreApplication::translate("ErrorDetail", "The layer holds: %1").arg(parts.join(QCoreApplication::translate("ErrorDetail", ", ")));
}

} // namespace

QString geometryTypeLabel(const QString &gdalName)
{
    const QString name = gdalName.trimmed();
    const auto has = [&](const char *word) { return name.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (has("TIN") || has("Polyhedral") || has("Triangle"))
        return QCoreApplication::translate("ErrorDetail", "3D surface");
    if (has("Collection") || has("Unknown"))
        return QCoreApplication::translate("ErrorDetail", "mixed shape");
    if (has("Polygon") || has("Surface"))
        return QCoreApplication::translate("ErrorDetail", "polygon");
    if (has("Point"))
        return QCoreApplication::translate("ErrorDetail", "point");
    if (has("Line") || has("Curve") || has("String"))
        return QCoreApplication::translate("ErrorDetail", "line");
    return name;
}

DetailText translateErrorDetail(const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (const auto counts = geometryCounts(trimmed))
        return {*counts, true};
    for (const auto &[pattern, wording] : compiledKinds()) {
        const auto match = pattern.match(trimmed);
        if (!match.hasMatch())
            continue;
        if (!*wording)
            return {QString(), true};
        QString text = QCoreApplication::translate("ErrorDetail", wording);
        // A wording may leave a capture out (%2 without %1), so each is put in its own place.
        QStringList captures;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            captures << match.captured(i);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        QString filled;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto found = it.next();
            const int index = found.captured(1).toInt();
            filled += text.mid(from, found.capturedStart() - from);
            filled += index >= 1 && index <= captures.size() ? captures[index - 1] : found.captured();
            from = found.capturedEnd();
        }
        text = filled + text.mid(from);
        return {text, true};
    }
    return {trimmed, false};
}

} // namespace careatlas
