#include "ExportFixtures.h"

#include "core/Catalogue.h"
#include "areas/AreaFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace careatlas::testing {

QStringList radicalProneNames()
{
    return {QStringLiteral("金沢市長町訪問看護ステーション"), QStringLiteral("高齢者支援センター方書"),
            QStringLiteral("用水のほとり デイサービス"), QStringLiteral("長田町 金石 高尾 方角 用品 水道")};
}

ExportData sampleExportData(int count)
{
    ExportData data;
    data.categories = defaultCategories();
    data.groups = defaultGroups();
    data.flags = defaultFlags();
    data.title = QStringLiteral("金沢市長町 高齢者の方の用水沿い訪問看護ステーション一覧");   // bold: radicals in the bold font too
    data.filterDescription = QStringLiteral("訪問看護ステーション・認知症対応・泉野圏域");
    data.date = QDate(2026, 11, 25);
    data.areaLevel = QStringLiteral("daily_life_area");
    data.areaLevelLabel = QStringLiteral("日常生活圏域");
    data.areaNameOf = {{QStringLiteral("A01"), QStringLiteral("泉野圏域")}, {QStringLiteral("A02"), QStringLiteral("長町圏域")},
                       {QStringLiteral("A03"), QStringLiteral("金石圏域")}};
    const QStringList names = radicalProneNames();
    const QList<Category> &categories = defaultCategories();
    for (int i = 0; i < count; ++i) {
        Resource r;
        r.id = i + 1;
        r.categoryCode = categories[(i * 7) % categories.size()].code;
        r.name = i < names.size() ? names[i] : QStringLiteral("テスト事業所%1号").arg(i + 1, 3, 10, QLatin1Char('0'));
        r.address = QStringLiteral("石川県金沢市長町%1丁目%2番 高橋ビル%3F").arg(i % 5 + 1).arg(i % 17 + 1).arg(i % 4 + 1);
        r.phone = QStringLiteral("076-2%1-%2").arg(i % 90 + 10).arg(1000 + i);
        r.hours = i % 3 == 0 ? QStringLiteral("月〜金 9:00〜17:00、土 9:00〜12:00（祝日を除く）") : QStringLiteral("9:00〜18:00");
        if (i % 5 == 0)
            r.flags = {QStringLiteral("dementia")};
        if (i % 11 == 0)
            r.notes = QStringLiteral("送迎あり。用水沿いの建物の二階。見学は要予約。");
        r.latitude = 36.55 + (i % 20) * 0.002;
        r.longitude = 136.64 + (i / 20) * 0.003;
        r.source = QStringLiteral("介護サービス情報公表システム");
        r.sourceDate = QDate(2026, 3, 31);
        data.resources.push_back(r);
        data.areaCodeOf.insert(r.id, QStringLiteral("A0%1").arg(i % 3 + 1));
    }
    return data;
}

bool hasPdfTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace careatlas::testing

namespace careatlas::testing {

void keepOutput(const QString &path)
{
    const QString folder = qEnvironmentVariable("CAREATLAS_EXPORT_KEEP");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString target = folder + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace careatlas::testing

namespace careatlas::testing {

geo::MapScenePointer sampleScene(const ExportData &data)
{
    geo::MapSceneInput input;
    input.levels = {AreaLevel{QStringLiteral("city"), QStringLiteral("市"), QStringLiteral("City"), 0},
                    AreaLevel{QStringLiteral("daily_life_area"), QStringLiteral("日常生活圏域"), QStringLiteral("Daily-life area"), 1}};
    auto box = [](double west, double east) {
        return test::wkbForTest(QStringLiteral("POLYGON((%1 36.54,%2 36.54,%2 36.60,%1 36.60,%1 36.54))").arg(west).arg(east));
    };
    input.areas.insert(QStringLiteral("city"), {AreaRecord{0, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("テスト市"), {}, box(136.63, 136.68)}});
    const double edges[] = {136.63, 136.65, 136.66, 136.68};
    QList<AreaRecord> areas;
    for (int i = 0; i < 3; ++i) {
        const QString code = QStringLiteral("A0%1").arg(i + 1);
        areas.push_back(AreaRecord{0, QStringLiteral("daily_life_area"), code, data.areaNameOf.value(code), QStringLiteral("C"),
                                   box(edges[i], edges[i + 1])});
    }
    input.areas.insert(QStringLiteral("daily_life_area"), areas);
    input.resources = data.resources;
    input.categories = data.categories;
    input.groups = data.groups;
    input.datasetLabelJa = QStringLiteral("テストデータ");
    input.datasetLabelEn = QStringLiteral("Test data");
    auto scene = geo::buildScene(input);
    return scene ? *scene : nullptr;
}

} // namespace careatlas::testing
