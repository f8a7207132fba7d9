// careatlas-cli: the headless front end over the same libraries as the GUI.
#include "app/cli/CliCommand.h"
#include "app/i18n/Translations.h"
#include "core/Platform.h"
#include "core/store/Store.h"

#include <QGuiApplication>
#include <QUnhandledException>

#include <gdal.h>

#include <csignal>
#include <cstdio>
#include <new>

using namespace careatlas;

namespace {

QString usageText()
{
    QString text = QCoreApplication::translate("cli",
        "Usage: careatlas-cli [--lang ja|en] COMMAND [OPTIONS]\n"
        "CareAtlas regional resource map, command-line interface.\n\n"
        "Commands:\n");
    for (const cli::CliCommand &command : cli::commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(18), command.summary());
    text += QCoreApplication::translate("cli",
        "\nGeneral options:\n"
        "  --help       Show this help\n"
        "  --version    Show the version\n"
        "  --lang L     Language of messages (ja or en; default: system)\n\n"
        "Run 'careatlas-cli COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    careatlas::platform::fitMallocToAddressSpaceLimit();
    careatlas::platform::installMessageFilter();
    careatlas::Store::configureSqlite();
    // A write past the process's file size limit then fails with EFBIG, reported as a full
    // disk with the file's name, instead of the process being killed without a word.
    std::signal(SIGXFSZ, SIG_IGN);
    // The CLI renders maps with QPainter but never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("careatlas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREATLAS_VERSION));
    platform::useBundledGeoData();
    GDALAllRegister();

    QStringList arguments = app.arguments().mid(1);
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
    installTranslations(chooseLanguage(language));
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fputs((QCoreApplication::translate("cli", "careatlas-cli: unknown language '%1' (use ja or en)").arg(language)
                    + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return cli::ExitUsage;
    }

    if (arguments.isEmpty()) {
        std::fputs(usageText().toUtf8().constData(), stderr);
        return cli::ExitUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        cli::printLine(usageText());
        return cli::ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        cli::printLine(QStringLiteral("careatlas-cli %1 (Qt %2, GDAL %3)")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"))));
        return cli::ExitOk;
    }
    for (const cli::CliCommand &command : cli::commands()) {
        if (command.name != first)
            continue;
        // Running out of memory ends the command, not the process: every write is one
        // transaction, so the store is left as it was, and the user is told in their language.
        try {
            return command.run(arguments);
        } catch (const std::bad_alloc &) {
            return cli::reportError(Error(ErrorCode::OutOfMemory));
        } catch (const QUnhandledException &unhandled) {
            // The same, thrown in a worker of QtConcurrent (the import's converters).
            try {
                if (unhandled.exception())
                    std::rethrow_exception(unhandled.exception());
            } catch (const std::bad_alloc &) {
                return cli::reportError(Error(ErrorCode::OutOfMemory));
            } catch (...) {
            }
            throw;
        }
    }
    std::fputs((QCoreApplication::translate("cli", "careatlas-cli: unknown command '%1'").arg(first)
                + QLatin1Char('\n') + usageText()).toUtf8().constData(), stderr);
    return cli::ExitUsage;
}
