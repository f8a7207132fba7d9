#include "app/i18n/PopulationReportText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace careatlas {

namespace {


QString layoutName(const QString &layout)
{
    if (layout == QLatin1String("standard"))
        return QCoreApplication::translate("PopulationReport", "municipal standard open data set (population by area and age)");
    if (layout == QLatin1String("resident-register"))
        return QCoreApplication::translate("PopulationReport", "basic resident register (population by age)");
    return QCoreApplication::translate("PopulationReport", "population per area");
}

QString someOf(const QStringList &items)
{
    QStringList shown = items.mid(0, 8);
    if (items.size() > shown.size())
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral("、"));
}

} // namespace

QString populationReportText(const PopulationImportReport &r)
{
    QStringList lines;
    lines << QCoreApplication::translate("PopulationReport", "Population of %n area(s) imported from %1.", nullptr, r.areasMatched).arg(QFileInfo(r.file).fileName());
    lines << QCoreApplication::translate("PopulationReport", "Layout: %1; text encoding: %2.").arg(layoutName(r.layout), r.encoding);
    lines << (r.asOf.isValid() ? QCoreApplication::translate("PopulationReport", "As of: %1.").arg(r.asOf.toString(Qt::ISODate))
                               : QCoreApplication::translate("PopulationReport", "As of: not stated in the file; give it (--as-of) so that rates can say when."));
    if (!r.ageColumns.isEmpty())
        lines << QCoreApplication::translate("PopulationReport", "Aged 65+ and 75+ counted from: %1.").arg(r.ageColumns.join(QStringLiteral("、")));
    if (!r.has65)
        lines << QCoreApplication::translate("PopulationReport", "The file gives no count of residents aged 65+: no rates per 1,000 aged 65+.");
    if (!r.has75)
        lines << QCoreApplication::translate("PopulationReport", "The file gives no count of residents aged 75+: no rates per 1,000 aged 75+.");
    if (!r.unmatched.isEmpty())
        lines << QCoreApplication::translate("PopulationReport", "%n row(s) name no area of this level and were left out: %1", nullptr, int(r.unmatched.size())).arg(someOf(r.unmatched));
    if (!r.areasWithout.isEmpty())
        lines << QCoreApplication::translate("PopulationReport", "%n area(s) of the level have no population: %1", nullptr, int(r.areasWithout.size())).arg(someOf(r.areasWithout));
    if (!r.merged.isEmpty())
        lines << QCoreApplication::translate("PopulationReport", "Several rows added together for: %1").arg(someOf(r.merged));
    return lines.join(QLatin1Char('\n'));
}

} // namespace careatlas
