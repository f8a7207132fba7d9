// careatlas-cli shortlist STORE create|add|remove|move|status|note|list|export|delete … (docs/shortlist.md)
#include "app/cli/CliCommand.h"
#include "app/i18n/Translations.h"

#include "core/export/SafeFile.h"
#include "core/store/ShortlistStore.h"
#include "core/store/Store.h"
#include "geo/export/ShortlistSheet.h"
#include "geo/render/StoreScene.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace careatlas::cli {

namespace {


QJsonObject centreJson(const ShortlistCentre &c)
{
    QJsonObject o;
    if (!c.areaName.isEmpty())
        o.insert(QStringLiteral("area"), c.areaName);
    if (c.hasPoint()) {
        o.insert(QStringLiteral("latitude"), *c.latitude);
        o.insert(QStringLiteral("longitude"), *c.longitude);
    }
    return o;
}

QJsonObject listJson(const Shortlist &l)
{
    return QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("label"), l.label}, {QStringLiteral("centre"), centreJson(l.centre)},
                       {QStringLiteral("entries"), l.entryCount},
                       {QStringLiteral("created_at"), l.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("updated_at"), l.updatedAt.toString(Qt::ISODate)}};
}

QJsonObject entryJson(const ShortlistEntry &e, const Resource *r, bool withResource = true)
{
    QJsonObject o{{QStringLiteral("position"), e.position}, {QStringLiteral("resource_id"), e.resourceId},
                  {QStringLiteral("status"), shortlistStatusCode(e.status)}, {QStringLiteral("status_label"), shortlistStatusLabel(e.status)},
                  {QStringLiteral("changed_on"), e.changedOn.toString(Qt::ISODate)}, {QStringLiteral("note"), e.note}};
    if (r) {
        o.insert(QStringLiteral("name"), r->name);
        o.insert(QStringLiteral("category"), r->categoryCode);
        o.insert(QStringLiteral("phone"), r->phone);
        o.insert(QStringLiteral("fax"), r->fax);
        o.insert(QStringLiteral("official_number"), r->officialNumber);
    } else if (withResource) {
        o.insert(QStringLiteral("deleted"), true);
    }
    return o;
}

int usage(const QString &problem) { return reportUsage(QStringLiteral("shortlist"), problem); }

std::optional<qint64> resourceIdArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int runShortlist(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", 
        "Keep referral shortlists (候補リスト) in a store: candidates in order, each with a status, "
        "the date of the last change and a note; print them as a 紹介候補リスト.\n\n"
        "  create LABEL [--area NAME] [--near LAT,LON]   a new list (the label must not be the client's name)\n"
        "  add LIST ID... [--at N]                       add resources (by id) to a list\n"
        "  remove LIST ID                                take a resource off a list\n"
        "  move LIST ID N                                move an entry to position N\n"
        "  status LIST ID STATUS [--note TEXT]           not_contacted, inquiring, accepting, declined, on_hold (or 未連絡 …)\n"
        "  note LIST ID TEXT                             change an entry's note\n"
        "  list [LIST]                                   the lists, or one list's entries\n"
        "  export LIST --out FILE.pdf|.csv|.txt [--client LABEL] [--prepared-by NAME] [--title T] [--no-map]\n"
        "  delete LIST                                   delete a list\n"
        "LIST is a list's id or its label."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store file (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "create, add, remove, move, status, note, list, export or delete"));
    const QCommandLineOption areaOption(QStringLiteral("area"), QCoreApplication::translate("cli", "The centre's 町丁目 (e.g. 本町二丁目), never a full address"), QStringLiteral("NAME"));
    const QCommandLineOption nearOption(QStringLiteral("near"), QCoreApplication::translate("cli", "The centre as LAT,LON (stored rounded to about 100 m)"), QStringLiteral("LAT,LON"));
    const QCommandLineOption atOption(QStringLiteral("at"), QCoreApplication::translate("cli", "The position to add at (1 = first)"), QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QCoreApplication::translate("cli", "A note for the entry"), QStringLiteral("TEXT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "The file to write (.pdf, .csv or .txt)"), QStringLiteral("FILE"));
    const QCommandLineOption clientOption(QStringLiteral("client"), QCoreApplication::translate("cli", "The client label printed on the sheet (never stored)"), QStringLiteral("LABEL"));
    const QCommandLineOption preparedOption(QStringLiteral("prepared-by"), QCoreApplication::translate("cli", "Who prepared the sheet"), QStringLiteral("NAME"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QCoreApplication::translate("cli", "The sheet's title (default: 紹介候補リスト)"), QStringLiteral("TITLE"));
    const QCommandLineOption noMapOption(QStringLiteral("no-map"), QCoreApplication::translate("cli", "Print without the map"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON"));
    parser.addOptions({areaOption, nearOption, atOption, noteOption, outOption, clientOption, preparedOption, titleOption, noMapOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli shortlist")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(QCoreApplication::translate("cli", "expected a STORE and an ACTION"));
    const QString action = args.at(1);
    const QStringList rest = args.mid(2);
    const bool json = parser.isSet(jsonOption);
    static const QStringList actions = {QStringLiteral("create"), QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("move"),
                                        QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("export"),
                                        QStringLiteral("delete")};
    if (!actions.contains(action))
        return usage(QCoreApplication::translate("cli", "unknown action '%1'").arg(action));
    const bool reading = action == QLatin1String("list") || action == QLatin1String("export");
    auto opened = Store::open(args.at(0), reading ? Store::OpenMode::ReadOnly : Store::OpenMode::ReadWrite);
    if (!opened)
        return reportError(opened.error(), json);
    Store &store = **opened;

    if (action == QLatin1String("create")) {
        if (rest.size() != 1)
            return usage(QCoreApplication::translate("cli", "create takes one LABEL"));
        ShortlistCentre centre;
        centre.areaName = parser.value(areaOption);
        if (parser.isSet(nearOption)) {
            const QStringList parts = parser.value(nearOption).split(QLatin1Char(','));
            bool okLat = false, okLon = false;
            const double lat = parts.value(0).toDouble(&okLat), lon = parts.value(1).toDouble(&okLon);
            if (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
                return usage(QCoreApplication::translate("cli", "--near takes LAT,LON, e.g. 36.5613,136.6562"));
            centre.latitude = lat;
            centre.longitude = lon;
        }
        auto id = createShortlist(store, rest.at(0), centre);
        if (!id)
            return reportError(id.error(), json);
        const auto list = shortlist(store, *id);
        if (!list)
            return reportError(list.error(), json);
        if (json)
            printJson(QJsonDocument(listJson(*list)));
        else
            printLine(QCoreApplication::translate("cli", "Created list %1 「%2」.").arg(list->id).arg(list->label));
        return ExitOk;
    }

    if (action == QLatin1String("list") && rest.isEmpty()) {
        auto lists = shortlists(store);
        if (!lists)
            return reportError(lists.error(), json);
        if (json) {
            QJsonArray rows;
            for (const Shortlist &l : *lists)
                rows.append(listJson(l));
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("shortlists"), rows}}));
        } else {
            for (const Shortlist &l : *lists)
                printLine(QStringLiteral("%1\t%2\t%3").arg(l.id).arg(l.label).arg(l.entryCount));
        }
        return ExitOk;
    }

    if (rest.isEmpty())
        return usage(QCoreApplication::translate("cli", "%1 needs a LIST").arg(action));
    auto list = findShortlist(store, rest.at(0));
    if (!list)
        return reportError(list.error(), json);
    const qint64 listId = list->id;
    const QStringList more = rest.mid(1);

    if (action == QLatin1String("list")) {
        auto sheet = geo::loadShortlistSheet(store, listId, currentLanguage());
        if (!sheet)
            return reportError(sheet.error(), json);
        if (json) {
            QJsonArray entries;
            for (const ShortlistEntry &e : sheet->entries) {
                QJsonObject o = entryJson(e, sheet->resourceOf(e));
                if (const auto d = sheet->data.distanceOf.constFind(e.resourceId); d != sheet->data.distanceOf.constEnd())
                    o.insert(QStringLiteral("distance_m"), double(std::llround(*d)));
                entries.append(o);
            }
            QJsonObject o = listJson(sheet->list);
            o.insert(QStringLiteral("entries"), entries);
            printJson(QJsonDocument(o));
        } else {
            QString text = geo::shortlistText(*sheet);
            text.chop(1);
            printLine(text);
        }
        return ExitOk;
    }

    if (action == QLatin1String("export")) {
        if (!parser.isSet(outOption))
            return usage(QCoreApplication::translate("cli", "export needs --out FILE"));
        const QString out = parser.value(outOption);
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv") && suffix != QLatin1String("txt"))
            return usage(QCoreApplication::translate("cli", "--out must end in .pdf, .csv or .txt"));
        auto sheet = geo::loadShortlistSheet(store, listId, currentLanguage());
        if (!sheet)
            return reportError(sheet.error(), json);
        int pages = 0;
        if (suffix == QLatin1String("pdf")) {
            geo::ShortlistPrintOptions options;
            options.title = parser.value(titleOption);
            options.preparedBy = parser.value(preparedOption);
            options.clientLabel = parser.value(clientOption);
            options.map = !parser.isSet(noMapOption);
            geo::MapScenePointer scene;
            if (options.map) {
                auto built = geo::buildSceneFromStore(args.at(0));
                if (!built)
                    return reportError(built.error(), json);
                scene = *built;
            }
            auto written = geo::writeShortlistPdf(*sheet, options, scene, out);
            if (!written)
                return reportError(written.error(), json);
            pages = *written;
        } else if (suffix == QLatin1String("csv")) {
            if (auto written = geo::writeShortlistCsv(*sheet, out); !written)
                return reportError(written.error(), json);
        } else {
            if (auto written = writeFileSafely(out, geo::shortlistText(*sheet).toUtf8()); !written)
                return reportError(written.error(), json);
        }
        if (json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("list"), listId},
                                                {QStringLiteral("entries"), sheet->entries.size()}, {QStringLiteral("pages"), pages}}));
        else
            printLine(QCoreApplication::translate("cli", "Wrote %1 (%2 candidates).").arg(out).arg(sheet->entries.size()));
        return ExitOk;
    }

    if (action == QLatin1String("delete")) {
        if (auto done = deleteShortlist(store, listId); !done)
            return reportError(done.error(), json);
        if (json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("deleted"), listId}}));
        else
            printLine(QCoreApplication::translate("cli", "Deleted list %1.").arg(listId));
        return ExitOk;
    }

    if (more.isEmpty())
        return usage(QCoreApplication::translate("cli", "%1 needs a resource ID").arg(action));
    QList<qint64> ids;
    for (const QString &text : (action == QLatin1String("add") ? more : more.mid(0, 1))) {
        const auto id = resourceIdArgument(text);
        if (!id)
            return usage(QCoreApplication::translate("cli", "'%1' is not a resource id").arg(text));
        ids << *id;
    }

    if (action == QLatin1String("add")) {
        std::optional<int> at;
        if (parser.isSet(atOption)) {
            bool ok = false;
            at = parser.value(atOption).toInt(&ok);
            if (!ok || *at < 1)
                return usage(QCoreApplication::translate("cli", "--at takes a position from 1"));
        }
        // A resource already in the list: said plainly, and nothing is added.
        auto existing = shortlistEntries(store, listId);
        if (!existing)
            return reportError(existing.error(), json);
        for (const ShortlistEntry &e : *existing) {
            if (!ids.contains(e.resourceId))
                continue;
            const QString message = QCoreApplication::translate("cli", "Resource %1 is already in 「%2」 (No. %3); nothing was added.")
                                        .arg(e.resourceId).arg(list->label).arg(e.position);
            std::fputs((QStringLiteral("careatlas-cli: ") + message + QLatin1Char('\n')).toUtf8().constData(), stderr);
            if (json)
                printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("already_in_shortlist")},
                                                                                          {QStringLiteral("message"), message}}}}));
            return ExitFailure;
        }
        // All or nothing: one transaction for every resource named.
        Store::Transaction transaction(store);
        QJsonArray added;
        for (qint64 id : ids) {
            auto entry = addShortlistEntry(store, listId, id, at);
            if (!entry)
                return reportError(entry.error(), json);
            if (at)
                ++*at;
            added.append(QJsonObject{{QStringLiteral("resource_id"), id}, {QStringLiteral("position"), entry->position}});
        }
        if (auto committed = transaction.commit(); !committed)
            return reportError(committed.error(), json);
        if (json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("list"), listId}, {QStringLiteral("added"), added}}));
        else
            printLine(QCoreApplication::translate("cli", "Added %n resource(s) to 「%1」.", nullptr, int(ids.size())).arg(list->label));
        return ExitOk;
    }
    const qint64 resourceId = ids.front();
    if (action == QLatin1String("remove")) {
        if (auto done = removeShortlistEntry(store, listId, resourceId); !done)
            return reportError(done.error(), json);
    } else if (action == QLatin1String("move")) {
        bool ok = false;
        const int position = more.value(1).toInt(&ok);
        if (more.size() != 2 || !ok || position < 1)
            return usage(QCoreApplication::translate("cli", "move takes LIST ID N (N from 1)"));
        if (auto done = moveShortlistEntry(store, listId, resourceId, position); !done)
            return reportError(done.error(), json);
    } else {
        std::optional<ShortlistStatus> status;
        std::optional<QString> note;
        if (action == QLatin1String("status")) {
            if (more.size() != 2)
                return usage(QCoreApplication::translate("cli", "status takes LIST ID STATUS"));
            status = shortlistStatusFromText(more.at(1));
            if (!status)
                return usage(QCoreApplication::translate("cli", "unknown status '%1' (use not_contacted, inquiring, accepting, declined or on_hold)").arg(more.at(1)));
            if (parser.isSet(noteOption))
                note = parser.value(noteOption);
        } else {
            if (more.size() != 2)
                return usage(QCoreApplication::translate("cli", "note takes LIST ID TEXT"));
            note = more.at(1);
        }
        auto entry = updateShortlistEntry(store, listId, resourceId, status, note);
        if (!entry)
            return reportError(entry.error(), json);
        if (json)
            printJson(QJsonDocument(entryJson(*entry, nullptr, false)));
    }
    if (json && action != QLatin1String("status") && action != QLatin1String("note"))
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("list"), listId}, {QStringLiteral("resource_id"), resourceId},
                                            {QStringLiteral("action"), action}}));
    else if (!json)
    {
        // Each action in words of its own (the action's English name never reaches a Japanese line).
        QString done;
        if (action == QLatin1String("remove"))
            done = QCoreApplication::translate("cli", "Removed resource %1 from 「%2」.");
        else if (action == QLatin1String("move"))
            done = QCoreApplication::translate("cli", "Moved resource %1 in 「%2」.");
        else if (action == QLatin1String("status"))
            done = QCoreApplication::translate("cli", "Changed the status of resource %1 in 「%2」.");
        else
            done = QCoreApplication::translate("cli", "Changed the note of resource %1 in 「%2」.");
        printLine(done.arg(resourceId).arg(list->label));
    }
    return ExitOk;
}

} // namespace careatlas::cli
