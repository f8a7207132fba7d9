#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace careatlas {

// A level of the nested area hierarchy (city → welfare-health-centre areas → daily-life
// areas → elementary-school districts), or one the user names. Rank 0 is the outermost.
struct AreaLevel {
    QString code;        // stable identifier; also names the store's layer "areas_<code>"
    QString labelJa;
    QString labelEn;
    int rank = 0;
    QString label(const QString &language) const { return language == QLatin1String("ja") ? labelJa : labelEn; }
    bool operator==(const AreaLevel &) const = default;
};

namespace AreaLevels {
inline const QString City = QStringLiteral("city");
inline const QString WelfareArea = QStringLiteral("welfare_area");        // 福祉健康センター圏域
inline const QString DailyLifeArea = QStringLiteral("daily_life_area");   // 日常生活圏域
inline const QString SchoolDistrict = QStringLiteral("school_district");  // 小学校区
}

// The four levels of the city's plan, outermost first.
const QList<AreaLevel> &standardAreaLevels();

// One area of one level. Geometry is a (multi)polygon as ISO WKB, geographic JGD2011
// (EPSG:6668, longitude first).
struct AreaRecord {
    qint64 id = 0;
    QString levelCode;
    QString code;        // unique within its level
    QString name;
    QString parentCode;  // code of the containing area one level up; empty at the top
    QByteArray wkb;
    bool operator==(const AreaRecord &) const = default;
};

} // namespace careatlas
