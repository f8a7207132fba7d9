#include "core/query/ResourceFilter.h"

#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace careatlas {

std::optional<RetiredChoice> retiredChoiceFromString(const QString &text)
{
    if (text == QLatin1String("hide"))
        return RetiredChoice::Hide;
    if (text == QLatin1String("include"))
        return RetiredChoice::Include;
    if (text == QLatin1String("only"))
        return RetiredChoice::Only;
    return std::nullopt;
}

bool ResourceFilter::isEmpty() const
{
    return categories.isEmpty() && flags.isEmpty() && text.trimmed().isEmpty() && !area && !near && notConfirmedMonths <= 0
           && retired == RetiredChoice::Hide;
}

QDate ResourceFilter::notConfirmedBefore(const QDate &today) const
{
    return notConfirmedMonths > 0 ? today.addMonths(-notConfirmedMonths).addDays(1) : QDate();
}

QJsonObject ResourceFilter::toJson() const
{
    QJsonObject object;
    if (!categories.isEmpty())
        object.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    if (!flags.isEmpty())
        object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    if (area)
        object.insert(QStringLiteral("area"), QJsonObject{{QStringLiteral("level"), area->levelCode},
                                                          {QStringLiteral("code"), area->areaCode},
                                                          {QStringLiteral("name"), area->areaName}});
    if (near)
        object.insert(QStringLiteral("near"), QJsonObject{{QStringLiteral("latitude"), near->latitude},
                                                          {QStringLiteral("longitude"), near->longitude},
                                                          {QStringLiteral("radius_m"), near->radiusMetres},
                                                          {QStringLiteral("label"), near->label}});
    if (notConfirmedMonths > 0)
        object.insert(QStringLiteral("not_confirmed_months"), notConfirmedMonths);
    if (retired != RetiredChoice::Hide)
        object.insert(QStringLiteral("retired"), retired == RetiredChoice::Only ? QStringLiteral("only") : QStringLiteral("include"));
    return object;
}

Result<ResourceFilter> ResourceFilter::fromJson(const QJsonObject &object)
{
    ResourceFilter filter;
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            if (v.isString())
                list.push_back(v.toString());
        return list;
    };
    filter.categories = strings(object.value(QStringLiteral("categories")));
    filter.flags = strings(object.value(QStringLiteral("flags")));
    filter.text = object.value(QStringLiteral("text")).toString();
    if (object.contains(QStringLiteral("area"))) {
        const QJsonObject a = object.value(QStringLiteral("area")).toObject();
        AreaChoice choice{a.value(QStringLiteral("level")).toString(), a.value(QStringLiteral("code")).toString(),
                          a.value(QStringLiteral("name")).toString()};
        if (choice.levelCode.isEmpty() || choice.areaCode.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("area needs a level and a code"));
        filter.area = choice;
    }
    if (object.contains(QStringLiteral("near"))) {
        const QJsonObject n = object.value(QStringLiteral("near")).toObject();
        NearChoice choice{n.value(QStringLiteral("latitude")).toDouble(), n.value(QStringLiteral("longitude")).toDouble(),
                          n.value(QStringLiteral("radius_m")).toDouble(2000), n.value(QStringLiteral("label")).toString()};
        if (choice.latitude < -90 || choice.latitude > 90 || choice.longitude < -180 || choice.longitude > 180 || choice.radiusMetres <= 0)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("near: latitude, longitude or radius out of range"));
        filter.near = choice;
    }
    if (object.contains(QStringLiteral("not_confirmed_months"))) {
        const int months = object.value(QStringLiteral("not_confirmed_months")).toInt(-1);
        if (months < 1 || months > 1200)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("not_confirmed_months: a number of months from 1 to 1200"));
        filter.notConfirmedMonths = months;
    }
    if (object.contains(QStringLiteral("retired"))) {
        auto choice = retiredChoiceFromString(object.value(QStringLiteral("retired")).toString());
        if (!choice)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("retired: hide, include or only"));
        filter.retired = *choice;
    }
    return filter;
}

QString ResourceFilter::describe(const QList<Category> &allCategories, const QList<Flag> &allFlags, const QString &language) const
{
    const bool ja = language == QLatin1String("ja");
    QStringList parts;
    for (const QString &code : categories) {
        auto it = std::find_if(allCategories.begin(), allCategories.end(), [&](const Category &c) { return c.code == code; });
        parts.push_back(it != allCategories.end() ? it->label(language) : code);
    }
    for (const QString &code : flags) {
        auto it = std::find_if(allFlags.begin(), allFlags.end(), [&](const Flag &f) { return f.code == code; });
        parts.push_back(it != allFlags.end() ? it->label(language) : code);
    }
    if (!text.trimmed().isEmpty())
        parts.push_back(ja ? QStringLiteral("「%1」を含む").arg(text.trimmed()) : QStringLiteral("containing “%1”").arg(text.trimmed()));
    if (area)
        parts.push_back(area->areaName.isEmpty() ? area->areaCode : area->areaName);
    if (near) {
        const QString radius = near->radiusMetres >= 1000 ? QStringLiteral("%1\u00a0km").arg(QLocale::c().toString(near->radiusMetres / 1000.0, 'g', 3))
                                                          : QStringLiteral("%1\u00a0m").arg(qRound(near->radiusMetres));   // no break before the unit
        const QString from = near->label.isEmpty() ? QStringLiteral("%1, %2").arg(near->latitude, 0, 'f', 5).arg(near->longitude, 0, 'f', 5) : near->label;
        parts.push_back(ja ? QStringLiteral("%1から %2 以内").arg(from, radius) : QStringLiteral("within %1 of %2").arg(radius, from));
    }
    if (notConfirmedMonths > 0)
        parts.push_back(ja ? QStringLiteral("%1か月以上未確認").arg(notConfirmedMonths)
                           : (notConfirmedMonths == 1 ? QStringLiteral("not confirmed for 1 month")
                                                      : QStringLiteral("not confirmed for %1 months").arg(notConfirmedMonths)));
    if (retired == RetiredChoice::Include)
        parts.push_back(ja ? QStringLiteral("廃止した資源を含む") : QStringLiteral("retired resources included"));
    else if (retired == RetiredChoice::Only)
        parts.push_back(ja ? QStringLiteral("廃止した資源のみ") : QStringLiteral("retired resources only"));
    return parts.join(ja ? QStringLiteral("・") : QStringLiteral(", "));
}

} // namespace careatlas
