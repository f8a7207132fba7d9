// The window's one state, one export pipeline, one job runner (issue: shared state and pipeline).

#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "app/models/ResourceTableModel.h"
#include "app/panels/ResourceTablePanel.h"
#include "app/window/ExportController.h"
#include "core/store/Store.h"

#include "CliRunner.h"
#include "WindowFixtures.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <cmath>
#include <stdexcept>

using namespace careatlas;
using careatlas::test::DialogAcceptor;
using careatlas::test::openDemoCopy;
using careatlas::test::waitFor;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The first page of a PDF as a grey image at `dpi`.
QImage pdfPage(const QString &path, int dpi)
{
    const QString prefix = path + QStringLiteral("-page");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
                                                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                QStringLiteral("-singlefile"), path, prefix});
    REQUIRE(process.waitForFinished(60000));
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// Mean absolute difference of two grey images of one size, 0–255.
double meanDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(int(ra[x]) - int(rb[x]));
    }
    return sum / (double(a.width()) * a.height());
}

// Exports through File ▸ Export…: the dialog set to `kind` and `title`, then the job.
void exportThroughWindow(MainWindow &window, const QString &path, geo::ExportKind kind, const QString &title)
{
    DialogAcceptor acceptor([kind, title](QDialog *dialog) {
        if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("exportKind")))
            box->setCurrentIndex(box->findData(int(kind)));
        if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("exportTitle")))
            field->setText(title);
    });
    window.exportResources(path);
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning() && QFile::exists(path); }, 60000));
    CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ExportDialog")));
}

} // namespace

TEST_CASE("The window and the CLI export the same filter identically", "[app][window][export][pipeline]")
{
    installTranslations(QStringLiteral("en"));   // as careatlas-cli does (plural forms)
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    filter.flags = {QStringLiteral("dementia")};
    filter.near = NearChoice{36.5613, 136.6562, 2000, QString()};
    window.filterController()->setFilter(filter);
    const int matched = window.filterController()->result().matched;
    REQUIRE(matched > 0);
    const QString title = QStringLiteral("Nursing near the client");
    const QStringList cliFilter{QStringLiteral("--category"), QStringLiteral("home_visit_nursing"), QStringLiteral("--flag"), QStringLiteral("dementia"),
                                QStringLiteral("--near"), QStringLiteral("36.5613,136.6562"), QStringLiteral("--radius-km"), QStringLiteral("2"),
                                QStringLiteral("--title"), title};

    SECTION("CSV, byte for byte, with the distance column")
    {
        const QString windowCsv = dir.filePath(QStringLiteral("window.csv"));
        const QString cliCsv = dir.filePath(QStringLiteral("cli.csv"));
        exportThroughWindow(window, windowCsv, geo::ExportKind::Csv, title);
        const auto cli = test::runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                               QStringList{QStringLiteral("export"), store, QStringLiteral("--out"), cliCsv} + cliFilter);
        INFO(cli.standardError.toStdString());
        REQUIRE(cli.exitCode == 0);
        const QByteArray bytes = fileBytes(windowCsv);
        CHECK(bytes == fileBytes(cliCsv));
        const QString text = QString::fromUtf8(bytes);
        CHECK(text.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Distance (m)")));
        CHECK(text.count(QLatin1Char('\n')) == matched + 1);
    }
    SECTION("PDF list, the same text")
    {
        const QString windowPdf = dir.filePath(QStringLiteral("window.pdf"));
        const QString cliPdf = dir.filePath(QStringLiteral("cli.pdf"));
        exportThroughWindow(window, windowPdf, geo::ExportKind::PdfList, title);
        const auto cli = test::runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                               QStringList{QStringLiteral("export"), store, QStringLiteral("--out"), cliPdf} + cliFilter);
        REQUIRE(cli.exitCode == 0);
        const QString text = pdfText(windowPdf);
        const QString cliText = pdfText(cliPdf);
        if (text != cliText && qEnvironmentVariableIsSet("CAREATLAS_TEST_KEEP")) {
            QFile::copy(windowPdf, QStringLiteral("/tmp/window.pdf"));
            QFile::copy(cliPdf, QStringLiteral("/tmp/cli.pdf"));
        }
        CHECK(text == cliText);
        CHECK(text.contains(title));
        // The nearest resource comes first (names may wrap in their cell).
        const auto snapshot = window.filterController()->snapshot();
        const QString first = snapshot->resources[window.filterController()->result().rows.front()].name;
        CHECK(text.indexOf(first.left(8)) >= 0);
    }
}

TEST_CASE("A CP932 export from the window stops at a character Shift_JIS cannot hold unless asked to replace it", "[app][window][export][pipeline]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        auto resources = (*opened)->resources();
        REQUIRE(resources.ok());
        Resource changed = resources->front();
        changed.name = QStringLiteral("𠮷野家ケアセンター");   // U+20BB7 is not in CP932
        REQUIRE((*opened)->updateResource(changed).ok());
    }
    window.openStore(store);
    REQUIRE(waitFor([&] { return window.filterController()->snapshot() && !window.filterController()->snapshot()->resources.isEmpty(); }));
    REQUIRE(waitFor([&] {
        const auto snapshot = window.filterController()->snapshot();
        return std::any_of(snapshot->resources.begin(), snapshot->resources.end(), [](const Resource &r) { return r.name.startsWith(QStringLiteral("𠮷")); });
    }));
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    DialogAcceptor acceptor([](QDialog *dialog) {
        if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("exportKind")))
            box->setCurrentIndex(box->findData(int(geo::ExportKind::Csv)));
        if (auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("csvEncoding")))
            encoding->setCurrentIndex(1);   // Shift_JIS
    });
    window.exportResources(path);
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning() && acceptor.seen.count(QStringLiteral("QMessageBox")) >= 1; }, 60000));
    CHECK_FALSE(QFile::exists(path));   // stopped, nothing written
}

TEST_CASE("Printing the map to a PDF printer gives the page Export writes", "[app][window][print][pipeline]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    ResourceFilter filter;
    filter.categories = {QStringLiteral("dementia_cafe")};
    window.filterController()->setFilter(filter);
    REQUIRE(window.filterController()->result().matched > 0);

    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);   // as the print dialog makes it
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    std::optional<Status> printStatus;
    window.exports()->printTo(&printer, [&](const Status &status) { printStatus = status; });
    REQUIRE(waitFor([&] { return printStatus.has_value(); }, 60000));
    INFO((printStatus->ok() ? std::string() : printStatus->error().detail.toStdString()));
    REQUIRE(printStatus->ok());

    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    std::optional<Result<geo::ExportOutcome>> outcome;
    window.exports()->runExport(window.exports()->printRequest(), exported, [&](const Result<geo::ExportOutcome> &r) { outcome = r; });
    REQUIRE(waitFor([&] { return outcome.has_value() && !window.jobs()->isRunning(); }, 60000));
    REQUIRE(outcome->ok());

    // The same words (月, 日 and the other kanji as printed, not look-alike radicals) …
    const QString printedText = pdfText(printed);
    CHECK(printedText == pdfText(exported));
    CHECK((printedText.contains(QStringLiteral("Dementia café")) || printedText.contains(QStringLiteral("認知症カフェ"))));
    // … on the same page: same size, and the pictures nearly identical (no giant text, map and legend in place).
    const QImage a = pdfPage(printed, 40);
    const QImage b = pdfPage(exported, 40);
    REQUIRE(a.size() == b.size());
    CHECK(a.width() > a.height());   // landscape A4
    CHECK(meanDifference(a, b) < 1.5);
    // And the page is not blank.
    CHECK(meanDifference(a, QImage(a.size(), QImage::Format_Grayscale8).convertToFormat(QImage::Format_Grayscale8)) > 5);
}

TEST_CASE("Cancel in the progress dialog stops a running import and leaves the store as it was", "[app][window][jobs][import]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.gpkg"));
    REQUIRE(Store::create(storePath).ok());
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "名称,種別,住所,緯度,経度\n";
        for (int i = 0; i < 200000; ++i)
            out << "テスト訪問看護ステーション" << i << ",訪問看護ステーション,金沢市本町" << (i % 90 + 1) << "-" << (i % 30 + 1) << ","
                << QString::number(36.50 + (i % 1000) * 0.0001, 'f', 5) << "," << QString::number(136.60 + (i / 1000) * 0.0005, 'f', 5) << "\n";
    }
    MainWindow window;
    window.show();
    window.openStore(storePath);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene(); }));

    DialogAcceptor acceptor;
    window.importResources(csv);
    // The call has returned while the import runs: nothing waits in a loop of its own that
    // holds back the user's clicks.
    REQUIRE(acceptor.seen.contains(QStringLiteral("careatlas::ImportResourcesDialog")));
    REQUIRE(window.jobs()->isRunning());
    REQUIRE(waitFor([&] { return window.jobs()->progressDialog() && window.jobs()->progressDialog()->isVisible(); }));
    QPushButton *cancel = window.jobs()->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(waitFor([&] { return !window.jobs()->isRunning(); }, 120000));
    CHECK_FALSE(acceptor.seen.contains(QStringLiteral("careatlas::ReportDialog")));

    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    CHECK(*(*store)->resourceCount() == 0);
}

TEST_CASE("A job that throws ends with an error, never with the end of the program", "[app][jobs]")
{
    QWidget window;
    JobRunner jobs(&window);
    std::optional<Error> error;
    REQUIRE(jobs.run<int>(QStringLiteral("…"), [](const Feedback &) -> Result<int> { throw std::runtime_error("boom"); },
                          [&](Result<int> result) { error = result.ok() ? Error(ErrorCode::None) : result.error(); }));
    // One task at a time.
    CHECK_FALSE(jobs.run<int>(QStringLiteral("…"), [](const Feedback &) -> Result<int> { return 1; }, [](Result<int>) {}));
    REQUIRE(waitFor([&] { return error.has_value(); }));
    CHECK(error->code == ErrorCode::Internal);
    CHECK(error->detail == QStringLiteral("boom"));

    error.reset();
    REQUIRE(jobs.run<int>(QStringLiteral("…"), [](const Feedback &) -> Result<int> { throw std::bad_alloc(); },
                          [&](Result<int> result) { error = result.ok() ? Error(ErrorCode::None) : result.error(); }));
    REQUIRE(waitFor([&] { return error.has_value(); }));
    CHECK(error->code == ErrorCode::OutOfMemory);
}

TEST_CASE("The selection belongs to the data: rows the filter hides stay selected", "[app][window][selection]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    Workspace *workspace = window.workspace();
    const auto snapshot = workspace->snapshot();
    QList<qint64> nursing, cafes;
    for (const Resource &r : snapshot->resources) {
        if (r.categoryCode == QStringLiteral("home_visit_nursing"))
            nursing << r.id;
        else if (r.categoryCode == QStringLiteral("dementia_cafe"))
            cafes << r.id;
    }
    REQUIRE(nursing.size() >= 3);
    REQUIRE_FALSE(cafes.isEmpty());
    const qint64 a = nursing[0], b = nursing[1], d = nursing[2], c = cafes[0];
    workspace->setSelection({a, b, c});

    ResourceFilter filter;
    filter.categories = {QStringLiteral("home_visit_nursing")};
    window.filterController()->setFilter(filter);
    CHECK(window.resourceTable()->selectedResources() == QSet<qint64>{a, b});
    CHECK(workspace->selection() == QSet<qint64>{a, b, c});

    // Ctrl-click on another row of the table.
    QTableView *view = window.resourceTable()->view();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    REQUIRE(proxy);
    const QModelIndex source = window.resourceTable()->model()->index(window.resourceTable()->model()->rowOfResource(d), 0);
    view->selectionModel()->select(proxy->mapFromSource(source), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(workspace->selection() == QSet<qint64>{a, b, c, d});
    CHECK(window.canvas()->renderSettings().selection == QSet<qint64>{a, b, c, d});

    window.filterController()->clear();
    CHECK(window.resourceTable()->selectedResources() == QSet<qint64>{a, b, c, d});
}

TEST_CASE("Switching the language at run time changes every action, both ways", "[app][window][i18n]")
{
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/careatlas_ja.qm")));
    MainWindow window;
    auto texts = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);   // Qt posts it to each window
        QStringList out;
        for (QAction *action : window.findChildren<QAction *>())
            if (!action->text().isEmpty() && !action->isSeparator())
                out << action->text();
        for (QAction *menu : window.menuBar()->actions())
            out << menu->text();
        return out;
    };
    const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    window.switchLanguage(QStringLiteral("ja"));
    const QStringList japaneseFirst = texts();
    window.switchLanguage(QStringLiteral("en"));
    const QStringList english = texts();
    window.switchLanguage(QStringLiteral("ja"));
    const QStringList japaneseAgain = texts();
    window.switchLanguage(QStringLiteral("en"));

    REQUIRE(japaneseFirst.size() > 30);
    CHECK(japaneseAgain == japaneseFirst);
    QStringList stillJapanese;
    for (const QString &text : english)
        if (text.contains(japanese) && text != QStringLiteral("日本語"))   // each language in its own name
            stillJapanese << text;
    INFO(stillJapanese.join(QStringLiteral(" | ")).toStdString());
    CHECK(stillJapanese.isEmpty());
    int translated = 0;
    for (const QString &text : japaneseFirst)
        translated += text.contains(japanese) ? 1 : 0;
    CHECK(translated > japaneseFirst.size() * 3 / 4);
}
