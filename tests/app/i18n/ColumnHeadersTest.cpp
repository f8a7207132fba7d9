// One naming of columns: the window's resource table and the CSV export say the same words, in
// Japanese and in English (issue 21: staff compare printouts with the window).

#include "app/i18n/Translations.h"
#include "app/models/ResourceTableModel.h"

#include "CliRunner.h"
#include "window/WindowFixtures.h"

#include <QAbstractItemModel>
#include <QTableView>

using namespace careatlas;
using careatlas::test::openDemoCopy;

TEST_CASE("The window's table headers are the CSV export's header row, in Japanese and in English", "[app][i18n][columns]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    ResourceFilter filter;
    filter.near = NearChoice{36.5613, 136.6562, 3000, QString()};   // so that the distance column is filled
    window.filterController()->setFilter(filter);

    QStringList keys;
    for (int c = 0; c < ResourceTableModel::ColumnCount; ++c)
        keys << resourceColumnKey(ResourceTableModel::resourceColumn(c));

    for (const QString language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        installTranslations(language);   // as switchLanguage does, without saving it in the settings other tests read
        QCoreApplication::processEvents();
        QTableView *table = nullptr;
        for (QTableView *view : window.findChildren<QTableView *>())
            if (view->model() && view->model()->columnCount() == ResourceTableModel::ColumnCount)
                table = view;
        REQUIRE(table);
        QStringList onScreen;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            onScreen << table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();

        const QString csv = dir.filePath(QStringLiteral("table-%1.csv").arg(language));
        const auto result = test::runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                                  {QStringLiteral("--lang"), language, QStringLiteral("export"), store, QStringLiteral("--out"), csv,
                                                   QStringLiteral("--near"), QStringLiteral("36.5613,136.6562"), QStringLiteral("--radius-km"), QStringLiteral("3"),
                                                   QStringLiteral("--columns"), keys.join(QLatin1Char(','))});
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString header = QString::fromUtf8(file.readLine()).trimmed();
        header.remove(QChar(0xfeff));   // the BOM
        CHECK(header.split(QLatin1Char(',')) == onScreen);
    }
    installTranslations(QStringLiteral("en"));
}
