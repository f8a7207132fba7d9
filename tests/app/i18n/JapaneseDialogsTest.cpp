// A reviewer's pass over every dialog, kept as a test (issue 21): each dialog the window opens on
// real files, in Japanese, is read for English words, the glossary's banned words and access keys
// used twice. CAREATLAS_TEST_GRAB_DIR=/tmp/x saves each dialog as a PNG for reading by eye.

#include "app/dialogs/AddAreaLayerDialog.h"
#include "app/dialogs/EditConflictDialog.h"
#include "app/dialogs/EditResourceDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/dialogs/ShortlistDialogs.h"
#include "app/i18n/Translations.h"
#include "app/window/MainWindow.h"
#include "app/window/StatisticsController.h"
#include "app/jobs/JobRunner.h"
#include "app/models/FilterController.h"
#include "core/Catalogue.h"

#include "../window/WindowFixtures.h"
#include "JapaneseTerms.h"
#include "LatinWords.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace careatlas;
using namespace careatlas::test;

namespace {

// Latin words a Japanese reader of this product expects: formats, units, paper sizes, the names
// of programs and standards. Anything else in ASCII letters is English left in Japanese.
// Combo boxes that list the file's own names (layers and fields): data, in any language.
const QStringList &fileDataCombos()
{
    static const QStringList names{QStringLiteral("layer"), QStringLiteral("nameField"), QStringLiteral("codeField"), QStringLiteral("parentField")};
    return names;
}

QString plain(const QString &text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    return text;
}

// The text a user reads in `root`: titles, labels, buttons, group boxes, tabs, placeholders, tips,
// list headers and combo box entries (not what was typed or read from the data into edit fields).
QStringList textsOf(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    const auto shown = [root](QWidget *w) { return w == root || w->isVisibleTo(root); };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shown(w))
            continue;
        if (!w->toolTip().isEmpty())
            texts << plain(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << plain(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !fileDataCombos().contains(combo->objectName())) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            // A report's kinds and details (its first column, where, names the data's own codes).
            for (int c = 0; c < tree->columnCount(); ++c)
                texts << tree->headerItem()->text(c);
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int c = 1; c < tree->columnCount(); ++c)
                    texts << tree->topLevelItem(i)->text(c);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts << view->model()->headerData(c, Qt::Horizontal).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// What a reviewer would mark in `dialog`, as "dialog title: problem" lines.
QStringList accessKeyProblemsIn(QWidget *dialog);

QStringList problemsIn(QWidget *dialog)
{
    QStringList problems;
    const QString name = dialog->windowTitle().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className()) : dialog->windowTitle();
    const QStringList texts = textsOf(dialog);
    for (const QString &text : texts) {
        if (const QStringList english = englishWordsIn(text); !english.isEmpty())
            problems << QStringLiteral("%1: English 「%2」 in 「%3」").arg(name, english.join(QLatin1Char(' ')), text.left(120));
        for (const QString &banned : bannedTermsIn(text, true))
            problems << QStringLiteral("%1: %2 in 「%3」").arg(name, banned, text.left(120));
    }
    return problems + accessKeyProblemsIn(dialog);
}

// Access keys used twice among the visible buttons, labelled fields and checkable groups.
QStringList accessKeyProblemsIn(QWidget *dialog)
{
    QStringList problems;
    const QString name = dialog->windowTitle();
    QHash<QChar, QString> keys;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(dialog))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable())
            text = group->title();
        const QChar key = accessKeyOf(text);
        if (key.isNull())
            continue;
        if (keys.contains(key))
            problems << QStringLiteral("%1: access key %2 of both 「%3」 and 「%4」").arg(name, QString(key), keys.value(key), text);
        keys.insert(key, text);
    }
    return problems;
}

// Reads every dialog that opens (progress dialogs too), saves it when asked, then accepts it
// (a print preview is closed).
// The modal dialog waiting for an answer (not a progress dialog): the active modal widget, or,
// when the platform has not made it that yet (seen on a loaded machine), a visible modal dialog
// among the top-level widgets.
QDialog *openModalDialog()
{
    const auto waiting = [](QWidget *widget) -> QDialog * {
        auto *dialog = qobject_cast<QDialog *>(widget);
        return dialog && dialog->isVisible() && dialog->isModal() && !qobject_cast<QProgressDialog *>(dialog) ? dialog : nullptr;
    };
    if (QDialog *dialog = waiting(QApplication::activeModalWidget()))
        return dialog;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (QDialog *dialog = waiting(widget))
            return dialog;
    return nullptr;
}

class DialogReader
{
public:
    DialogReader()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QDialog *dialog = openModalDialog();
            if (!dialog)
                return;
            read(dialog);
            if (qobject_cast<QPrintPreviewDialog *>(dialog))
                dialog->reject();
            else
                dialog->accept();
        });
        m_timer.start();
    }

    void read(QWidget *dialog)
    {
        QApplication::processEvents();
        const QString kind = QString::fromLatin1(dialog->metaObject()->className()).section(QLatin1Char(':'), -1);
        seen << kind;
        if (const QString folder = qEnvironmentVariable("CAREATLAS_TEST_GRAB_DIR"); !folder.isEmpty())
            dialog->grab().save(QStringLiteral("%1/ja-%2-%3.png").arg(folder).arg(++m_grabbed, 2, 10, QLatin1Char('0')).arg(kind));
        // Qt's own print preview is translated by Qt (qtbase_ja): only its title is ours.
        if (qobject_cast<QPrintPreviewDialog *>(dialog)) {
            problems << englishWordsIn(dialog->windowTitle());
            return;
        }
        problems << problemsIn(dialog);
    }

    QStringList seen;
    QStringList problems;

private:
    QTimer m_timer;
    int m_grabbed = 0;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("Every dialog of the window reads in Japanese: no English, no banned word, no access key twice", "[app][i18n][dialogs]")
{
    installTranslations(QStringLiteral("ja"));
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    DialogReader reader;

    SECTION("imports of real files: resources (GeoJSON, CSV), an area layer, population")
    {
        window.importResources(sharedDataFile(QStringLiteral("kosai/spot.geojson")));
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("ReportDialog")) && !window.jobs()->isRunning(); }, 60000));
        CHECK(reader.seen.contains(QStringLiteral("ImportResourcesDialog")));

        reader.seen.clear();
        window.importResources(sharedDataFile(QStringLiteral("mhlw-kaigo/jigyosho_120.csv")));
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("ReportDialog")) && !window.jobs()->isRunning(); }, 60000));

        reader.seen.clear();
        window.addAreaLayer(sharedDataFile(QStringLiteral("kosai/school.geojson")));
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("ReportDialog")) && !window.jobs()->isRunning(); }, 60000));
        CHECK(reader.seen.contains(QStringLiteral("AddAreaLayerDialog")));

        reader.seen.clear();
        const QString population = dir.filePath(QStringLiteral("population.csv"));
        writeFile(population, QStringLiteral("地域名,総人口,65歳以上,75歳以上\r\n存在しない地域,1000,300,150\r\n").toUtf8());
        window.statistics()->importPopulation(population, QStringLiteral("daily_life_area"), QDate(2026, 4, 1));
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("QMessageBox")) && !window.jobs()->isRunning(); }, 60000));
    }
    SECTION("an export, its message and the print preview")
    {
        window.exportResources(dir.filePath(QStringLiteral("list.pdf")));
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("QMessageBox")) && !window.jobs()->isRunning(); }, 60000));
        CHECK(reader.seen.contains(QStringLiteral("ExportDialog")));
        window.printMap();
        REQUIRE(waitFor([&] { return reader.seen.contains(QStringLiteral("QPrintPreviewDialog")) && !window.jobs()->isRunning(); }, 60000));
    }
    SECTION("editing a resource, a conflict, and the shortlist's dialogs")
    {
        const auto snapshot = window.filterController()->snapshot();
        REQUIRE(snapshot);
        REQUIRE_FALSE(snapshot->resources.isEmpty());
        const Resource &resource = snapshot->resources.front();
        {
            EditResourceDialog dialog(resource, snapshot->categories, snapshot->flags, &window);
            dialog.show();
            reader.read(&dialog);
        }
        {
            ResourceConflict conflict;
            conflict.base = resource;
            conflict.mine = resource;
            conflict.mine.phone = QStringLiteral("076-000-0001");
            conflict.theirs = resource;
            conflict.theirs.version = resource.version + 1;
            conflict.theirs.phone = QStringLiteral("076-000-0002");
            conflict.fields = {ResourceField::Phone};
            EditConflictDialog dialog(conflict, snapshot->categories, &window);
            dialog.show();
            reader.read(&dialog);
        }
        for (bool hasCentre : {false, true}) {
            ShortlistLabelDialog dialog(hasCentre, &window);
            dialog.show();
            reader.read(&dialog);
        }
        {
            ShortlistPrintDialog dialog(&window);
            dialog.show();
            reader.read(&dialog);
        }
        {
            ShortlistCompareDialog dialog(&window);
            dialog.show();
            reader.read(&dialog);
        }
        {
            ExportDialog dialog(QStringLiteral("訪問看護"), standardAreaLevels(), 12, &window);
            dialog.show();
            reader.read(&dialog);
        }
        {
            // The read-only window's panels and banner are read as one more "dialog".
            reader.read(&window);
        }
    }
    INFO(reader.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(reader.problems.isEmpty());
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("The dialogs' access keys are unique in English too", "[app][i18n][dialogs]")
{
    installTranslations(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    writeFile(csv, QStringLiteral("名称,種別,住所,緯度,経度\nテスト訪問看護ステーション,訪問看護ステーション,金沢市本町1-1,36.57,136.65\n").toUtf8());
    geo::SourceInfo source;
    source.path = QStringLiteral("schools.shp");
    source.driver = QStringLiteral("ESRI Shapefile");
    geo::LayerInfo layer;
    layer.name = QStringLiteral("schools");
    layer.featureCount = 3;
    layer.geometryType = QStringLiteral("Polygon");
    source.layers.append(layer);
    Resource resource;
    resource.name = QStringLiteral("テスト");
    resource.categoryCode = QStringLiteral("home_visit_nursing");

    QList<QWidget *> dialogs{new EditResourceDialog(resource, defaultCategories(), defaultFlags()),
                             new AddAreaLayerDialog(source.path, source, standardAreaLevels(), {}),
                             new ExportDialog(QStringLiteral("x"), standardAreaLevels(), 3),
                             new ShortlistPrintDialog, new ShortlistLabelDialog(true)};
    QStringList problems;
    for (QWidget *dialog : dialogs) {
        dialog->show();
        problems << accessKeyProblemsIn(dialog);
        delete dialog;
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
