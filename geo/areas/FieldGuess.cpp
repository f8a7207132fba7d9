#include "geo/areas/FieldGuess.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace careatlas::geo {

namespace {

// 国土数値情報 (National Land Numerical Information) layouts: which field is the name and
// which the code. Older A27/A32 files number their fields from _005/_006.
struct KnownLayout {
    const char *nameField;
    const char *codeField;   // may be nullptr
    const char *requiredField;  // a field that must exist too (tells the layouts apart)
    const char *what;
};
const KnownLayout knownLayouts[] = {
    // A27/A32 carry the city's code (行政区域コード), not one per district: no code field.
    {"A27_003", nullptr, "A27_001", QT_TRANSLATE_NOOP("AreaReport", "国土数値情報 A27 (小学校区)")},
    {"A27_007", nullptr, "A27_005", QT_TRANSLATE_NOOP("AreaReport", "国土数値情報 A27 (小学校区, old layout)")},
    {"A32_003", nullptr, "A32_001", QT_TRANSLATE_NOOP("AreaReport", "国土数値情報 A32 (中学校区)")},
    {"A32_007", nullptr, "A32_005", QT_TRANSLATE_NOOP("AreaReport", "国土数値情報 A32 (中学校区, old layout)")},
    {"N03_004", "N03_007", "N03_001", QT_TRANSLATE_NOOP("AreaReport", "国土数値情報 N03 (行政区域)")},
};

int fieldIndex(const QList<FieldInfo> &fields, const QString &name)
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool isTextField(const FieldInfo &field) { return field.type.startsWith(QLatin1String("String")); }

// Non-empty values, mostly distinct: features sharing a code are parts of one area.
bool hasCodeValues(const QStringList &values)
{
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            return false;
        seen.insert(trimmed);
    }
    return !values.isEmpty() && seen.size() * 2 > values.size();
}

bool hasUniqueValues(const QStringList &values)
{
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            return false;
        seen.insert(trimmed);
    }
    return !values.isEmpty();
}

bool hasText(const QStringList &values)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    for (const QString &value : values)
        if (value.contains(letter))
            return true;
    return false;
}


// A score for how much a field name looks like a name (or code) field; 0 = not at all.
int nameScore(const QString &name)
{
    const QString upper = name.toUpper();
    static const QStringList exactNames = {QString::fromUtf8("名称"), QString::fromUtf8("名前"), QStringLiteral("NAME"),
                                           QString::fromUtf8("地区名"), QString::fromUtf8("校区名"), QString::fromUtf8("圏域名"),
                                           QString::fromUtf8("学校名"), QString::fromUtf8("区域名")};
    if (exactNames.contains(upper))
        return 100;
    if (upper == QLatin1String("NAME_JA") || upper == QLatin1String("NAME_JP") || upper == QLatin1String("NAMEJ"))
        return 95;
    if (upper.endsWith(QLatin1String("_NAME")) || upper.startsWith(QLatin1String("NAME_")) || upper.endsWith(QLatin1String("NAME")))
        return 80;
    if (name.endsWith(QString::fromUtf8("名称")) || name.endsWith(QString::fromUtf8("名")))
        return 75;
    if (upper.contains(QLatin1String("NAME")) || upper.contains(QLatin1String("NAM")))
        return 50;
    return 0;
}

int codeScore(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("CODE") || name == QString::fromUtf8("コード") || upper == QLatin1String("KEY_CODE"))
        return 100;
    if (upper.endsWith(QLatin1String("_CD")) || upper.endsWith(QLatin1String("_CODE")) || upper.endsWith(QLatin1String("CODE"))
        || name.endsWith(QString::fromUtf8("コード")))
        return 85;
    if (upper == QLatin1String("ID") || upper.endsWith(QLatin1String("_ID")) || name.endsWith(QString::fromUtf8("番号")))
        return 70;
    if (upper.contains(QLatin1String("CODE")) || upper.endsWith(QLatin1String("CD")))
        return 50;
    return 0;
}

} // namespace

FieldGuess guessNameField(const QList<FieldInfo> &fields, const QList<QStringList> &columns)
{
    for (const KnownLayout &layout : knownLayouts) {
        const int index = fieldIndex(fields, QLatin1String(layout.nameField));
        if (index >= 0 && fieldIndex(fields, QLatin1String(layout.requiredField)) >= 0)
            return {fields[index].name, QCoreApplication::translate("AreaReport", "%1 holds the name in the %2 layout").arg(fields[index].name, QCoreApplication::translate("AreaReport", layout.what))};
    }
    int best = -1, bestScore = 0;
    for (int i = 0; i < fields.size(); ++i) {
        const int score = isTextField(fields[i]) ? nameScore(fields[i].name) : 0;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        return {fields[best].name, QCoreApplication::translate("AreaReport", "the field is called %1, which looks like a name").arg(fields[best].name)};
    // No name-like field: the first text field with letters and distinct values.
    for (int i = 0; i < fields.size(); ++i) {
        if (isTextField(fields[i]) && i < columns.size() && hasText(columns[i]) && hasUniqueValues(columns[i]))
            return {fields[i].name, QCoreApplication::translate("AreaReport", "%1 is the first text field whose values are all different").arg(fields[i].name)};
    }
    for (int i = 0; i < fields.size(); ++i) {
        if (isTextField(fields[i]) && i < columns.size() && hasText(columns[i]))
            return {fields[i].name, QCoreApplication::translate("AreaReport", "%1 is the first text field").arg(fields[i].name)};
    }
    return {QString(), QCoreApplication::translate("AreaReport", "no field looks like a name")};
}

FieldGuess guessCodeField(const QList<FieldInfo> &fields, const QList<QStringList> &columns)
{
    auto codes = [&](int index) { return index < columns.size() && hasCodeValues(columns[index]); };
    for (const KnownLayout &layout : knownLayouts) {
        if (!layout.codeField)
            continue;
        const int index = fieldIndex(fields, QLatin1String(layout.codeField));
        // N03 has one feature per island of a municipality, all with its code: merged later.
        if (index >= 0 && fieldIndex(fields, QLatin1String(layout.nameField)) >= 0 && index < columns.size())
            return {fields[index].name, QCoreApplication::translate("AreaReport", "%1 holds the code in the %2 layout").arg(fields[index].name, QCoreApplication::translate("AreaReport", layout.what))};
    }
    int best = -1, bestScore = 0;
    for (int i = 0; i < fields.size(); ++i) {
        const int score = codeScore(fields[i].name);
        if (score > bestScore && codes(i)) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        return {fields[best].name, QCoreApplication::translate("AreaReport", "the field is called %1, which looks like a code, and its values are filled in and mostly different; features sharing a code are merged").arg(fields[best].name)};
    return {QString(), QCoreApplication::translate("AreaReport", "no field looks like a code with values that are filled in and mostly different; codes are made from the names or the feature order")};
}

} // namespace careatlas::geo
