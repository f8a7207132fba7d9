#include "app/cli/CliMain.h"

#include "app/cli/CliCommand.h"
#include "app/i18n/Translations.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QUnhandledException>

#include <cstdio>
#include <exception>
#include <new>

namespace careatlas::cli {

namespace {

QString usageText()
{
    QString text = QCoreApplication::translate("cli",
        "Usage: careatlas-cli [--lang ja|en] COMMAND [OPTIONS]\n"
        "CareAtlas regional resource map, command-line interface.\n\n"
        "Commands:\n");
    for (const CliCommand &command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(18), command.summary());
    text += QCoreApplication::translate("cli",
        "\nGeneral options:\n"
        "  --help       Show this help\n"
        "  --version    Show the version\n"
        "  --lang L     Language of messages (ja or en; default: system)\n\n"
        "Run 'careatlas-cli COMMAND --help' for a command's options.\n");
    return text;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}

bool isVersion(const QString &argument) { return argument == QLatin1String("--version") || argument == QLatin1String("-v"); }

int runCommand(const CliCommand &command, const QStringList &arguments)
{
    if (!command.run)
        return ExitNeedsFull;
    // Running out of memory ends the command, not the process: every write is one
    // transaction, so the store is left as it was, and the user is told in their language.
    try {
        return command.run(arguments);
    } catch (const std::bad_alloc &) {
        return reportError(Error(ErrorCode::OutOfMemory));
    } catch (const QUnhandledException &unhandled) {
        // The same, thrown in a worker of QtConcurrent (the import's converters).
        try {
            if (unhandled.exception())
                std::rethrow_exception(unhandled.exception());
        } catch (const std::bad_alloc &) {
            return reportError(Error(ErrorCode::OutOfMemory));
        } catch (...) {
        }
        throw;
    }
}

} // namespace

LanguageSplit takeLanguage(QStringList arguments)
{
    QString language;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments[i + 1];
            arguments.remove(i, 2);
            break;
        }
        if (arguments[i].startsWith(QLatin1String("--lang="))) {
            language = arguments[i].mid(7);
            arguments.remove(i);
            break;
        }
    }
    return {language, arguments};
}

bool runsInLightProcess(const QStringList &arguments)
{
    const QStringList rest = takeLanguage(arguments).arguments;
    if (rest.isEmpty() || isHelp(rest.constFirst()))
        return true;
    if (isVersion(rest.constFirst()))
        return false;
    for (const CliCommand &command : commands()) {
        if (command.name == rest.constFirst())
            return command.run != nullptr;
    }
    return true;   // an unknown command: its message and the usage
}

int runCommandLine(const QStringList &commandLine, const std::function<QString()> &versionLine)
{
    auto [language, arguments] = takeLanguage(commandLine);
    installTranslations(chooseLanguage(language));
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fputs((QCoreApplication::translate("cli", "careatlas-cli: unknown language '%1' (use ja or en)").arg(language)
                    + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return ExitUsage;
    }

    if (arguments.isEmpty()) {
        std::fputs(usageText().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    const QString first = arguments.takeFirst();
    if (isHelp(first)) {
        printLine(usageText());
        return ExitOk;
    }
    if (isVersion(first)) {
        if (!versionLine)
            return ExitNeedsFull;
        printLine(versionLine());
        return ExitOk;
    }
    for (const CliCommand &command : commands()) {
        if (command.name == first)
            return runCommand(command, arguments);
    }
    std::fputs((QCoreApplication::translate("cli", "careatlas-cli: unknown command '%1'").arg(first)
                + QLatin1Char('\n') + usageText()).toUtf8().constData(), stderr);
    return ExitUsage;
}

} // namespace careatlas::cli
