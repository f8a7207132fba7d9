// careatlas-cli: the headless front end over the same libraries as the GUI.
#include "app/cli/CliCommand.h"
#include "app/i18n/Translations.h"
#include "core/Platform.h"
#include "core/store/Store.h"

#include <QGuiApplication>

#include <gdal.h>

#include <cstdio>

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
    careatlas::platform::installMessageFilter();
    careatlas::Store::configureSqlite();
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
        if (command.name == first)
            return command.run(arguments);
    }
    std::fputs((QCoreApplication::translate("cli", "careatlas-cli: unknown command '%1'").arg(first)
                + QLatin1Char('\n') + usageText()).toUtf8().constData(), stderr);
    return cli::ExitUsage;
}
