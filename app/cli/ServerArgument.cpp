#include "app/cli/CliCommand.h"

#include "core/server/PgConnection.h"
#include "core/server/WorkingCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>

namespace careatlas::cli {

namespace {

// A server named on the command line: a URL, or libpq words naming a server or service (not
// any "a=b", which may be an option's value).
bool namesServer(const QString &argument)
{
    static const QRegularExpression words(QStringLiteral("^\\s*(service|host|hostaddr|dbname|port|user)\\s*="));
    return argument.startsWith(QLatin1String("postgresql://")) || argument.startsWith(QLatin1String("postgres://"))
           || words.match(argument).hasMatch();
}

} // namespace

int runOnWorkingCopy(int (*run)(const QStringList &arguments), const QStringList &arguments)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (namesServer(arguments.at(i))) {
            at = i;
            break;
        }
    }
    if (at < 0 || arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))
        return run(arguments);
    const QString server = arguments.at(at);
    auto copy = openWorkingCopy(server);
    if (!copy) {
        Error error = copy.error();
        if (error.file.isEmpty())
            error.inFile(PgConnection::displayName(server));
        return reportError(error, arguments.contains(QStringLiteral("--json")));
    }
    QStringList onCopy = arguments;
    onCopy[at] = copy->path;
    const int exitCode = run(onCopy);
    // The light executable hands some command lines to the full module (ExitNeedsFull), which
    // opens the copy again and says this itself: said once.
    if (exitCode == ExitNeedsFull)
        return exitCode;
    // On stderr, so that the command's output is the same as on a GeoPackage.
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Working copy of %1 (signed in as %2): %3")
                                .arg(copy->server, copy->signIn, QDir::toNativeSeparators(copy->path))));
    if (copy->sync.openConflicts > 0)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "%1 conflicts are kept in the copy: open the server in the window to resolve them.")
                                    .arg(copy->sync.openConflicts)));
    return exitCode;
}

} // namespace careatlas::cli
