#include "app/dialogs/ResourceImportReport.h"

#include "app/i18n/ImportIssueText.h"
#include "app/i18n/Translations.h"

#include <QCoreApplication>

namespace careatlas {


QString columnProposalText(const ColumnProposal &proposal)
{
    QString text = QCoreApplication::translate("ResourceImportReport", "No header names the name column. Proposed: column %1 「%2」 — %3 of %4 values filled, %5 different, "
                      "%6 with a word of a facility's name")
                       .arg(proposal.column + 1).arg(proposal.header).arg(proposal.filled).arg(proposal.sampled)
                       .arg(proposal.distinct).arg(proposal.facilityWords);
    if (!proposal.examples.isEmpty())
        text += QCoreApplication::translate("ResourceImportReport", " (e.g. %1)").arg(proposal.examples.join(QStringLiteral("、")));
    return text;
}

QStringList resourceImportSections(const ImportReport &report, const QList<Category> &categories)
{
    const QString language = currentLanguage();
    const auto categoryLabel = [&](const QString &code) {
        for (const Category &c : categories)
            if (c.code == code)
                return c.label(language);
        return code;
    };
    QStringList lines;
    for (const ColumnProposal &proposal : report.proposals)
        lines << columnProposalText(proposal);
    if (!report.metadataLines.isEmpty())
        lines << QCoreApplication::translate("ResourceImportReport", "Metadata lines (#…) skipped: %1").arg(report.metadataLines.size());
    if (!report.categories.isEmpty()) {
        lines << QString() << QCoreApplication::translate("ResourceImportReport", "Categories, and the column and value that decided them:");
        for (const CategoryCount &category : report.categories) {
            QString label = category.code;
            for (const Category &c : categories) {
                if (c.code == category.code)
                    label = c.label(language);
            }
            QStringList evidence;
            for (const CategoryEvidence &e : category.evidence)
                evidence << QCoreApplication::translate("ResourceImportReport", "%1 「%2」: %3").arg(e.column, e.value).arg(e.rows);
            lines << QCoreApplication::translate("ResourceImportReport", "  %1: %2 — %3").arg(label).arg(category.rows).arg(evidence.join(QCoreApplication::translate("ResourceImportReport", "; ")));
        }
    }
    if (report.completeSource || !report.moved.isEmpty() || !report.renamed.isEmpty()) {
        lines << QString() << QCoreApplication::translate("ResourceImportReport", "Against the previous release of %1: %2 gone (retired and hidden), %3 moved more than 50 m, %4 renamed.")
                                  .arg(report.sourceKey).arg(report.gone.size()).arg(report.moved.size()).arg(report.renamed.size());
        for (const ReleaseChange &change : report.gone)
            lines << QCoreApplication::translate("ResourceImportReport", "  gone: %1").arg(change.name);
        for (const ReleaseChange &change : report.moved)
            lines << QCoreApplication::translate("ResourceImportReport", "  moved %1 m: %2").arg(qRound(change.metres)).arg(change.name);
        for (const ReleaseChange &change : report.renamed)
            lines << QCoreApplication::translate("ResourceImportReport", "  renamed: %1 → %2").arg(change.before, change.name);
    }
    for (const ReleaseChange &change : report.recategorised)
        lines << QCoreApplication::translate("ResourceImportReport", "  new service: %1, %2 → %3 (kept as the same resource)")
                     .arg(change.name, categoryLabel(change.before), categoryLabel(change.categoryCode));
    if (const auto byArea = report.changesByArea(); !byArea.isEmpty() && !report.areaLevel.isEmpty()) {
        lines << QString() << QCoreApplication::translate("ResourceImportReport", "Changes per area (%1):").arg(currentLanguage() == QLatin1String("ja") ? report.areaLevelLabel : report.areaLevelLabelEn);
        for (const ImportReport::AreaChanges &area : byArea)
            lines << QCoreApplication::translate("ResourceImportReport", "  %1: %2 new, %3 gone, %4 moved, %5 renamed, %6 new service")
                         .arg(area.areaName.isEmpty() ? QCoreApplication::translate("ResourceImportReport", "(outside every area)") : area.areaName)
                         .arg(area.arrived).arg(area.gone).arg(area.moved).arg(area.renamed).arg(area.recategorised);
    }
    lines << QString() << QCoreApplication::translate("ResourceImportReport", "Data checks (取込チェック結果):");
    const auto quality = report.quality();
    if (quality.isEmpty())
        lines << QCoreApplication::translate("ResourceImportReport", "  No problems found.");
    for (const auto &[kind, classLines] : quality)
        lines << QCoreApplication::translate("ResourceImportReport", "  %1 %2 row(s): lines %3").arg(importIssueSentence(kind)).arg(classLines.size()).arg(lineNumberList(classLines, 30));
    return lines;
}

} // namespace careatlas
