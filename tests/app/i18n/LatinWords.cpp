#include "i18n/LatinWords.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace careatlas::test {

QString latinWordsLeft(QString message, const QStringList &paths)
{
    for (const QString &path : paths) {
        message.remove(path);
        message.remove(QFileInfo(path).fileName());
    }
    static const QRegularExpression allowed(QStringLiteral(
        "careatlas-cli(?: [a-z-]+)?|--[a-z][a-z-]*|[\\w.-]+\\.[A-Za-z0-9]{1,5}\\b|CareAtlas|CSV|GeoPackage|GeoJSON|KML|GIS|zip|tar|UTF-(?:8|16)|CP932|Shift_JIS|EPSG(?::\\d+)?"
        "|\\.(?:gpkg|shp|shx|dbf|prj|cpg|csv)\\b|MB|ID"));
    message.remove(allowed);
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]+"));
    QStringList words;
    for (auto it = latin.globalMatch(message); it.hasNext();)
        words << it.next().captured();
    return words.join(QLatin1Char(' '));
}

} // namespace careatlas::test
