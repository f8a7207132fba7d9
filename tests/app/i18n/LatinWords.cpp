#include "i18n/LatinWords.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace careatlas::test {

const QSet<QString> &latinWordsKeptInJapanese()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word : {"CSV", "PDF", "PNG", "SVG", "JPEG", "TIFF", "GeoPackage", "GeoJSON", "Shapefile", "KML", "GPKG",
                                 "SQLite", "UTF-8", "UTF", "BOM", "CP932", "Shift_JIS", "Excel", "EPSG", "JGD2011", "JGD2000",
                                 "WGS", "km", "m", "MB", "A4", "A3", "OpenStreetMap", "OSM", "ID", "URL", "FAX", "GDAL", "QGIS", "PROJ",
                                 "XYZ", "MBTiles", "PostgreSQL", "PostGIS", "Ctrl", "Shift", "Alt", "OK", "CareAtlas", "JIS",
                                 "NPO", "pt", "LinkData", "UTF-16", "EUC-JP", "MHLW", "Qt", "WAL", "SQL", "GIS", "e", "Tab", "Esc",
                                 "Enter", "Del", "zip", "tar", "JSON"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

QStringList englishWordsIn(QString text, const QStringList &paths)
{
    for (const QString &path : paths) {
        text.remove(path);
        text.remove(QFileInfo(path).fileName());
    }
    static const QRegularExpression data(QStringLiteral(
        "「[^」]*」|\"[^\"]*\"|https?://\\S+|\\S*[/\\\\]\\S+|[\\w.-]*\\.[A-Za-z0-9]{1,7}\\b"
        "|careatlas-cli(?: [a-z-]+)?|careatlas-bench|--[a-z][a-z-]*|EPSG:\\d+"));
    static const QRegularExpression accessKeyMark(QStringLiteral("\\(&?[A-Za-z0-9]\\)|&"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_\\-]*"));
    static const QRegularExpression codeOrLetter(QStringLiteral("^[A-Z]?[0-9]|^[A-Z]$"));
    text.replace(data, QStringLiteral(" "));
    text.remove(accessKeyMark);
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured();
        while (w.endsWith(QLatin1Char('-')))
            w.chop(1);
        if (!latinWordsKeptInJapanese().contains(w) && !codeOrLetter.match(w).hasMatch())
            found << w;
    }
    return found;
}

QString latinWordsLeft(const QString &message, const QStringList &paths)
{
    return englishWordsIn(message, paths).join(QLatin1Char(' '));
}

} // namespace careatlas::test
