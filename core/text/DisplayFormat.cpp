#include "core/text/DisplayFormat.h"

#include <QLocale>

namespace careatlas {

namespace {
bool isJapanese(const QString &language) { return language.startsWith(QLatin1String("ja")); }
QLocale localeOf(const QString &language) { return QLocale(isJapanese(language) ? QLocale::Japanese : QLocale::English); }
} // namespace

QString formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return localeOf(language).toString(date, dateFieldFormat(language));
}

QString dateFieldFormat(const QString &language)
{
    return isJapanese(language) ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMMM yyyy");
}

QString formatDateTime(const QDateTime &time, const QString &language)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return formatDate(local.date(), language) + QLatin1Char(' ') + local.time().toString(QStringLiteral("H:mm"));
}

QString formatAsOf(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return isJapanese(language) ? formatDate(date, language) + QStringLiteral("時点") : QStringLiteral("as of ") + formatDate(date, language);
}

QString formatCellDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return date.toString(isJapanese(language) ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("yyyy-MM-dd"));
}

QString formatCount(qint64 count, const QString &language)
{
    return localeOf(language).toString(count);
}

QString formatLabelCount(const QString &label, qint64 count, const QString &language)
{
    return isJapanese(language) ? QStringLiteral("%1（%2）").arg(label, formatCount(count, language))
                                : QStringLiteral("%1 (%2)").arg(label, formatCount(count, language));
}

} // namespace careatlas
