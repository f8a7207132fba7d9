#include "geo/areas/LevelGuess.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace careatlas::geo {

namespace {

struct Words {
    const char *level;
    QStringList words;   // matched case-insensitively
};

// Outermost last so that 日常生活圏域 is not taken for a city by 市.
const QList<Words> &levelWords()
{
    static const QList<Words> words = {
        {"school_district", {QString::fromUtf8("小学校区"), QString::fromUtf8("小学校"), QString::fromUtf8("校区"), QString::fromUtf8("校下"),
                             QString::fromUtf8("学区"), QStringLiteral("school"), QStringLiteral("A27")}},
        {"daily_life_area", {QString::fromUtf8("日常生活圏域"), QString::fromUtf8("生活圏域"), QString::fromUtf8("生活圏"), QStringLiteral("daily")}},
        {"welfare_area", {QString::fromUtf8("福祉健康センター"), QString::fromUtf8("包括"), QString::fromUtf8("福祉"), QStringLiteral("welfare"),
                          QStringLiteral("centre"), QStringLiteral("center")}},
        {"city", {QString::fromUtf8("行政区域"), QString::fromUtf8("市域"), QString::fromUtf8("市町村"), QStringLiteral("city"), QStringLiteral("N03")}},
    };
    return words;
}

QString levelOfText(const QString &text, QString *word)
{
    for (const Words &entry : levelWords())
        for (const QString &candidate : entry.words)
            if (text.contains(candidate, Qt::CaseInsensitive)) {
                *word = candidate;
                return QLatin1String(entry.level);
            }
    return QString();
}

} // namespace

LevelGuess guessAreaLevel(const QString &path, const QString &layerName, const QString &nameFieldReason, const QStringList &names)
{
    if (nameFieldReason.contains(QLatin1String("A27")))
        return {QStringLiteral("school_district"), QCoreApplication::translate("AreaReport", "国土数値情報 A27 holds elementary-school districts")};
    if (nameFieldReason.contains(QLatin1String("N03")))
        return {QStringLiteral("city"), QCoreApplication::translate("AreaReport", "国土数値情報 N03 holds municipalities")};
    QString word;
    for (const QString &text : {QFileInfo(path).completeBaseName(), layerName}) {
        const QString level = levelOfText(text, &word);
        if (!level.isEmpty())
            return {level, QCoreApplication::translate("AreaReport", "the file or layer name says %1").arg(word)};
    }
    // The names: when most of them end with a level's word.
    static const QList<std::pair<QString, QStringList>> endings = {
        {QStringLiteral("school_district"), {QString::fromUtf8("小学校"), QString::fromUtf8("小学校区"), QString::fromUtf8("校下"), QString::fromUtf8("校区")}},
        {QStringLiteral("daily_life_area"), {QString::fromUtf8("圏域"), QString::fromUtf8("生活圏")}},
        {QStringLiteral("welfare_area"), {QString::fromUtf8("センター")}},
    };
    for (const auto &[level, suffixes] : endings) {
        int matching = 0;
        for (const QString &name : names)
            matching += std::any_of(suffixes.begin(), suffixes.end(), [&](const QString &suffix) { return name.trimmed().endsWith(suffix); }) ? 1 : 0;
        if (!names.isEmpty() && matching * 2 > names.size())
            return {level, QCoreApplication::translate("AreaReport", "most area names end with %1").arg(suffixes.constFirst())};
    }
    return {};
}

} // namespace careatlas::geo
