#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace careatlas::cli {

// Each command lives in its own Cmd*.cpp file; declare its run function here and add a row.
int runInit(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runRender(const QStringList &arguments);

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = {
        {QStringLiteral("init"), [] { return QCoreApplication::translate("cli", "Create an empty store with the default catalogue"); }, runInit},
        {QStringLiteral("import"), [] { return QCoreApplication::translate("cli", "Import resources from a CSV file or a point layer"); }, runImport},
        {QStringLiteral("render"), [] { return QCoreApplication::translate("cli", "Render a store's map to an image"); }, runRender},
    };
    return all;
}

} // namespace careatlas::cli
