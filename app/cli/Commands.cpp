#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace careatlas::cli {

// Each command lives in its own Cmd*.cpp file; declare its run function here and add a row.

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = {
    };
    return all;
}

} // namespace careatlas::cli
