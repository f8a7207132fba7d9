#include "app/cli/CliCommand.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerSync.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

// sync COPY: an offline copy's edits sent to its server and the server's changes brought in
// (core/server/ServerSync.h, docs/team.md).
int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sync an offline copy (made by careatlas-cli replica) with its server: first the server's changes are brought into "
               "the copy, then the copy's edits are sent in batches that are never applied twice. Edits to other fields merge; "
               "the same field changed on both sides is kept in the copy as a conflict to resolve in the window. Run it again "
               "after a dropped connection."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("COPY"), QCoreApplication::translate("cli", "Path of the offline copy (.gpkg)"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QCoreApplication::translate("cli", "The server to sync with, if not the one the copy was made from"),
                                          QStringLiteral("SERVER"));
    parser.addOption(serverOption);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli sync")} + arguments))
        return reportUsage(QStringLiteral("sync"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportUsage(QStringLiteral("sync"), QCoreApplication::translate("cli", "expected the path of an offline copy"));
    const QString server = parser.value(serverOption);
    if (!server.isEmpty() && !PgConnection::isConnectionString(server))
        return reportUsage(QStringLiteral("sync"), QCoreApplication::translate("cli", "SERVER must be a postgresql:// URL or libpq words such as service=NAME"));
    const QString path = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    auto store = Store::open(path);
    if (!store)
        return reportError(store.error(), json);
    auto report = syncOfflineCopy(**store, server);
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("copy"), path},
                                            {QStringLiteral("server"), report->server},
                                            {QStringLiteral("pulled"), report->pulled},
                                            {QStringLiteral("pulled_deleted"), report->pulledDeleted},
                                            {QStringLiteral("pulled_area_levels"), report->pulledAreaLevels},
                                            {QStringLiteral("pushed"), report->pushed},
                                            {QStringLiteral("merged"), report->merged},
                                            {QStringLiteral("pushed_deleted"), report->pushedDeleted},
                                            {QStringLiteral("restored"), report->restored},
                                            {QStringLiteral("vacancies_older"), report->vacancyKeptTheirs},
                                            {QStringLiteral("conflicts"), report->conflicts},
                                            {QStringLiteral("open_conflicts"), report->openConflicts},
                                            {QStringLiteral("refused"), report->refused},
                                            {QStringLiteral("batches"), report->batches},
                                            {QStringLiteral("change_seq"), report->changeSeq}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Synced %1 with %2: %3 changes from the server (%4 deleted), %5 edits sent (%6 merged), %7 deletions sent.")
                      .arg(path, report->server)
                      .arg(report->pulled)
                      .arg(report->pulledDeleted)
                      .arg(report->pushed)
                      .arg(report->merged)
                      .arg(report->pushedDeleted));
        if (report->refused > 0)
            printLine(QCoreApplication::translate("cli", "%1 edits were refused by the server (another centre's area, or no right to write); they stay in the copy.")
                          .arg(report->refused));
        if (report->restored > 0)
            printLine(QCoreApplication::translate("cli", "%1 resources deleted here had been changed on the server; they were brought back.").arg(report->restored));
        if (report->openConflicts > 0)
            printLine(QCoreApplication::translate("cli", "%1 conflicts are kept in the copy: open it in the window and choose File ▸ Resolve Sync Conflicts.")
                          .arg(report->openConflicts));
    }
    return report->openConflicts > 0 || report->refused > 0 ? ExitFailure : ExitOk;
}

// centre SERVER CODE --area LEVEL:CODE … --member LOGIN …: a centre's role and areas, and who
// belongs to it, without SQL; --reader LOGIN gives read access.
int runCentre(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Define a centre on a server store: its role, the areas whose resources it writes (these replace its earlier "
               "areas) and the people (existing sign-ins, made with createuser) who work for it. --reader gives a sign-in "
               "read access only. Run as the database's administrator; CareAtlas never works as the tables' owner."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("SERVER"), QCoreApplication::translate("cli", "The server database (postgresql://… or service=NAME)"));
    parser.addPositionalArgument(QStringLiteral("CODE"), QCoreApplication::translate("cli", "The centre's code: lower-case letters, digits and _ (e.g. north)"));
    const QCommandLineOption areaOption(QStringLiteral("area"), QCoreApplication::translate("cli", "An area the centre writes, as LEVEL:CODE (repeatable)"),
                                        QStringLiteral("LEVEL:CODE"));
    const QCommandLineOption memberOption(QStringLiteral("member"), QCoreApplication::translate("cli", "A sign-in that works for the centre (repeatable)"),
                                          QStringLiteral("LOGIN"));
    const QCommandLineOption readerOption(QStringLiteral("reader"), QCoreApplication::translate("cli", "A sign-in that may only read (repeatable)"),
                                          QStringLiteral("LOGIN"));
    parser.addOption(areaOption);
    parser.addOption(memberOption);
    parser.addOption(readerOption);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli centre")} + arguments))
        return reportUsage(QStringLiteral("centre"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2 || !PgConnection::isConnectionString(positional.constFirst()))
        return reportUsage(QStringLiteral("centre"), QCoreApplication::translate("cli", "SERVER must be a postgresql:// URL or libpq words such as service=NAME"));
    if (positional.size() == 1 && (!parser.isSet(readerOption) || parser.isSet(areaOption) || parser.isSet(memberOption)))
        return reportUsage(QStringLiteral("centre"), QCoreApplication::translate("cli", "expected a centre CODE (only --reader works without one)"));
    QList<QPair<QString, QString>> areas;
    for (const QString &area : parser.values(areaOption)) {
        const qsizetype colon = area.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == area.size() - 1)
            return reportUsage(QStringLiteral("centre"), QCoreApplication::translate("cli", "--area takes LEVEL:CODE, e.g. welfare_area:01"));
        areas.append({area.left(colon), area.mid(colon + 1)});
    }
    if (positional.size() == 2 && areas.isEmpty())
        return reportUsage(QStringLiteral("centre"), QCoreApplication::translate("cli", "name at least one --area LEVEL:CODE the centre writes"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString server = positional.constFirst();
    const QString shown = PgConnection::displayName(server);
    auto connection = PgConnection::connect(server);
    if (!connection)
        return reportError(connection.error(), json);
    // Every sign-in named is checked first, so that a mistyped one changes nothing.
    for (const QString &login : parser.values(memberOption) + parser.values(readerOption)) {
        if (Status usable = checkLogin(**connection, login); !usable)
            return reportError(Error(usable.error()).inFile(shown), json);
    }
    QString role;
    if (positional.size() == 2) {
        auto made = defineCentre(**connection, positional.at(1), areas);
        if (!made)
            return reportError(Error(made.error()).inFile(shown), json);
        role = *made;
        for (const QString &login : parser.values(memberOption)) {
            if (Status granted = grantRole(**connection, role, login); !granted)
                return reportError(Error(granted.error()).inFile(shown), json);
        }
    }
    const QString readRole = ServerRoles::forDatabase((*connection)->databaseName()).read;
    for (const QString &login : parser.values(readerOption)) {
        if (Status granted = grantRole(**connection, readRole, login); !granted)
            return reportError(Error(granted.error()).inFile(shown), json);
    }
    if (json) {
        QJsonArray areaList;
        for (const auto &[level, code] : areas)
            areaList.append(QString(level + QLatin1Char(':') + code));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), shown},
                                            {QStringLiteral("role"), role},
                                            {QStringLiteral("areas"), areaList},
                                            {QStringLiteral("members"), QJsonArray::fromStringList(parser.values(memberOption))},
                                            {QStringLiteral("readers"), QJsonArray::fromStringList(parser.values(readerOption))}}));
    } else {
        if (!role.isEmpty())
            printLine(QCoreApplication::translate("cli", "Centre %1 (role %2) writes %n area(s); members: %3.", nullptr, int(areas.size()))
                          .arg(positional.at(1), role, parser.values(memberOption).join(QStringLiteral(", "))));
        if (parser.isSet(readerOption))
            printLine(QCoreApplication::translate("cli", "May read (role %1): %2.").arg(readRole, parser.values(readerOption).join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace careatlas::cli
