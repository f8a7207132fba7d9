#include "core/Area.h"

namespace careatlas {

const QList<AreaLevel> &standardAreaLevels()
{
    static const QList<AreaLevel> levels = {
        {AreaLevels::City, QString::fromUtf8("市全域"), QStringLiteral("City"), 0},
        {AreaLevels::WelfareArea, QString::fromUtf8("福祉健康センター圏域"), QStringLiteral("Welfare-health-centre area"), 1},
        {AreaLevels::DailyLifeArea, QString::fromUtf8("日常生活圏域"), QStringLiteral("Daily-life area"), 2},
        {AreaLevels::SchoolDistrict, QString::fromUtf8("小学校区"), QStringLiteral("Elementary-school district"), 3},
    };
    return levels;
}

} // namespace careatlas
