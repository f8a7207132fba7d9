// Referral shortlists through the window (issue 17): add from the key, the details and the
// table, status and note edited in place, reorder, remove, switch lists, compare, copy as text,
// the 紹介候補リスト PDF with a client label that is printed and never stored; the category
// tree's quick steps and the details' copy and MHLW links.
#include "app/dialogs/ShortlistDialogs.h"
#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/FilterPanel.h"
#include "app/window/ShortlistController.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "geo/export/ShortlistSheet.h"

#include "WindowFixtures.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

#include <sqlite3.h>

using namespace careatlas;
using careatlas::test::DialogAcceptor;
using careatlas::test::openDemoCopy;
using careatlas::test::waitFor;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

// Home-visit nursing stations with a location and a FAX number, and one without a FAX, from the snapshot.
QList<qint64> stations(MainWindow &window, int count)
{
    QList<qint64> ids;
    for (const Resource &r : window.filterController()->snapshot()->resources)
        if (r.categoryCode == QStringLiteral("home_visit_nursing") && r.hasLocation() && ids.size() < count)
            ids << r.id;
    REQUIRE(ids.size() == count);
    return ids;
}

// The entries as the store file holds them, read with SQLite's own API.
QList<QStringList> storedEntries(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT resource_id, position, status, note FROM shortlist_entries ORDER BY shortlist_id, position", -1,
                               &statement, nullptr) == SQLITE_OK);
    QList<QStringList> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < 4; ++c)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c)));
        rows << row;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("Shortlist through the window: add, edit in place, reorder, remove, compare, copy, print", "[app][window][shortlist]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    ShortlistController *lists = window.shortlists();
    REQUIRE(lists);
    const QList<qint64> ids = stations(window, 3);

    // The map's context menu picks the resource under the cursor.
    {
        const auto scene = window.canvas()->scene();
        const int index = scene->resourceIndex.value(ids[0], -1);
        REQUIRE(index >= 0);
        window.canvas()->zoomToMapRect(QRectF(scene->resources[size_t(index)].position - QPointF(30, 30), QSizeF(60, 60)));
        const QPointF screen = window.canvas()->viewport().toScreen(scene->resources[size_t(index)].position);
        CHECK(window.canvas()->resourceIdAt(screen.toPoint()) == ids[0]);
    }

    // The client's centre: a point of the filter; the list keeps it rounded.
    window.filterController()->setNear(NearChoice{36.56134, 136.65621, 2000, QStringLiteral("test")});

    // The key with nothing listed yet asks for a new list; its dialog says the label must not be the client's name.
    window.workspace()->setSelection({ids[0]});
    QString privacyNote;
    {
        DialogAcceptor acceptor([&](QDialog *dialog) {
            if (auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("shortlistLabel")))
                label->setText(u("ケースA 訪問看護"));
            if (auto *note = dialog->findChild<QLabel *>(QStringLiteral("privacyNote")))
                privacyNote = note->text();
        });
        REQUIRE(lists->addAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        lists->addAction()->trigger();
        CHECK(acceptor.seen.contains(QStringLiteral("careatlas::ShortlistLabelDialog")));
    }
    CHECK(privacyNote.contains(QStringLiteral("name")) + privacyNote.contains(u("氏名")) >= 1);
    REQUIRE(lists->currentListId() != 0);
    CHECK(lists->sheet().list.label == u("ケースA 訪問看護"));
    CHECK(*lists->sheet().list.centre.latitude == Approx(36.561));
    CHECK(lists->dock()->isVisible());

    // The details panel's button adds the selected resource; so does the key for a second selection.
    window.workspace()->setSelection({ids[1]});
    auto *detailsButton = window.details()->findChild<QPushButton *>(QStringLiteral("detailsAddToShortlist"));
    REQUIRE(detailsButton);
    REQUIRE(detailsButton->isEnabled());
    detailsButton->click();
    window.workspace()->setSelection({ids[2]});
    lists->addAction()->trigger();
    lists->addAction()->trigger();   // again: already in it, nothing added
    REQUIRE(lists->entryModel()->rowCount() == 3);
    CHECK(storedEntries(store).size() == 3);

    // Status and note edited in place; stored with today's date.
    QStandardItemModel *model = lists->entryModel();
    model->item(1, 4)->setData(int(ShortlistStatus::Accepting), Qt::UserRole + 2);
    model->item(1, 6)->setText(u("空き2名、月水金"));
    auto stored = storedEntries(store);
    CHECK(stored[1] == QStringList{QString::number(ids[1]), QStringLiteral("2"), QStringLiteral("accepting"), u("空き2名、月水金")});
    CHECK(lists->sheet().entries[1].changedOn == QDate::currentDate());
    CHECK(lists->entryModel()->item(1, 4)->text() == shortlistStatusLabel(ShortlistStatus::Accepting));

    // Reorder: the third up to first; remove the (now) third.
    lists->entryView()->selectRow(2);
    window.findChild<QPushButton *>(QStringLiteral("shortlistUp"))->click();
    lists->entryView()->selectRow(1);
    window.findChild<QPushButton *>(QStringLiteral("shortlistUp"))->click();
    stored = storedEntries(store);
    CHECK(stored[0][0] == QString::number(ids[2]));
    CHECK(stored[1][0] == QString::number(ids[0]));
    CHECK(stored[2][0] == QString::number(ids[1]));
    lists->entryView()->selectRow(1);
    window.findChild<QPushButton *>(QStringLiteral("shortlistRemove"))->click();
    stored = storedEntries(store);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0] == QStringList{QString::number(ids[2]), QStringLiteral("1"), QStringLiteral("not_contacted"), QString()});
    CHECK(stored[1][1] == QStringLiteral("2"));

    // Each change is one step to undo and redo: the removal comes back with its place.
    REQUIRE(lists->undoStack()->canUndo());
    lists->undoStack()->undo();
    CHECK(storedEntries(store).size() == 3);
    CHECK(storedEntries(store)[1][0] == QString::number(ids[0]));
    lists->undoStack()->redo();
    CHECK(storedEntries(store) == stored);

    // Compare: one row per entry, every column, sortable by distance, missing values visible.
    lists->showCompare();
    ShortlistCompareDialog *compare = lists->compareDialog();
    REQUIRE(compare);
    QAbstractItemModel *shown = compare->view()->model();
    REQUIRE(shown->rowCount() == 2);
    CHECK(shown->columnCount() == ShortlistCompareDialog::headers().size());
    compare->view()->sortByColumn(3, Qt::DescendingOrder);
    const double first = shown->index(0, 3).data(Qt::UserRole + 1).toDouble();
    const double second = shown->index(1, 3).data(Qt::UserRole + 1).toDouble();
    CHECK(first >= second);
    bool sawMissing = false;
    for (int r = 0; r < shown->rowCount(); ++r)
        for (int c = 0; c < shown->columnCount(); ++c)
            sawMissing = sawMissing || shown->index(r, c).data().toString() == geo::missingValueText();
    CHECK(sawMissing);   // the second entry has no note yet

    // Copy as text: a header and one tab-separated line per entry.
    window.findChild<QPushButton *>(QStringLiteral("shortlistCopy"))->click();
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[2].split(QLatin1Char('\t')).value(10) == u("空き2名、月水金"));

    // The sheet: the client label typed at print time is printed, and stored nowhere.
    const QString client = u("鈴木一郎様");
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    {
        DialogAcceptor acceptor([&](QDialog *dialog) {
            if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("clientLabel")))
                field->setText(client);
            if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("preparedBy")))
                field->setText(u("さくら居宅 佐藤"));
        });
        lists->exportSheet(pdf);
        REQUIRE(waitFor([&] { return !window.jobs()->isRunning() && QFile::exists(pdf); }, 60000));
    }
    const QString text = pdfText(pdf);
    CHECK(text.contains(client));
    CHECK(text.contains(u("さくら居宅")));
    CHECK(QString(text).remove(QLatin1Char('\n')).contains(lists->sheet().data.resources.front().name));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(client));
    window.close();
    for (const QString &file : QStringList{store, store + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            CHECK_FALSE(f.readAll().contains(client.toUtf8()));
    }
}

TEST_CASE("Shortlist through the window: several lists, switch, delete; errors are shown", "[app][window][shortlist]")
{
    QTemporaryDir dir;
    MainWindow window;
    const QString store = openDemoCopy(window, dir);
    ShortlistController *lists = window.shortlists();
    const QList<qint64> ids = stations(window, 2);
    REQUIRE(lists->createList(u("ケースA")));
    const qint64 a = lists->currentListId();
    REQUIRE(lists->addResources({ids[0], ids[1]}));
    REQUIRE(lists->createList(u("ケースB")));
    const qint64 b = lists->currentListId();
    CHECK(lists->entryModel()->rowCount() == 0);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("shortlistCombo"));
    REQUIRE(combo->count() == 2);
    combo->setCurrentIndex(combo->findData(a));
    CHECK(lists->currentListId() == a);
    CHECK(lists->entryModel()->rowCount() == 2);

    // A list the store no longer has (deleted by another window) is said, not hidden.
    {
        auto other = Store::open(store);
        REQUIRE(other.ok());
        REQUIRE(deleteShortlist(**other, a).ok());
    }
    DialogAcceptor acceptor;
    CHECK_FALSE(lists->setStatus(ids[0], ShortlistStatus::OnHold));
    CHECK(acceptor.seen.contains(QStringLiteral("QMessageBox")));
    lists->setCurrentList(b);
    CHECK(lists->deleteCurrentList());
    CHECK(combo->count() == 0);
    CHECK(lists->currentListId() == 0);
}

TEST_CASE("Quick steps: only this category or group, the category search, copy FAX and official number, MHLW link", "[app][window][shortlist][filter]")
{
    QTemporaryDir dir;
    MainWindow window;
    openDemoCopy(window, dir);
    auto *panel = window.findChild<FilterPanel *>();
    REQUIRE(panel);
    panel->onlyCategory(QStringLiteral("home_visit_nursing"));
    CHECK(window.filterController()->filter().categories == QStringList{QStringLiteral("home_visit_nursing")});
    const auto snapshot = window.filterController()->snapshot();
    QString group;
    QStringList inGroup;
    for (const Category &c : snapshot->categories)
        if (c.code == QStringLiteral("home_visit_nursing"))
            group = c.groupCode;
    for (const Category &c : snapshot->categories)
        if (c.groupCode == group)
            inGroup << c.code;
    panel->onlyGroup(group);
    QStringList chosen = window.filterController()->filter().categories;
    chosen.sort();
    inGroup.sort();
    CHECK(chosen == inGroup);
    panel->allCategories();
    CHECK(window.filterController()->filter().categories.isEmpty());

    // The search box shows only the categories whose name has the text.
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("categoryTree"));
    const QString nursing = [&] {
        for (const Category &c : snapshot->categories)
            if (c.code == QStringLiteral("home_visit_nursing"))
                return c.label(currentLanguage());
        return QString();
    }();
    panel->categorySearchField()->setText(nursing);
    int visible = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            if (!tree->topLevelItem(g)->child(c)->isHidden()) {
                ++visible;
                CHECK((tree->topLevelItem(g)->child(c)->text(0).contains(nursing) || tree->topLevelItem(g)->child(c)->toolTip(0) == nursing));
            }
    CHECK(visible >= 1);
    CHECK(window.filterController()->filter().categories.isEmpty());   // searching does not filter

    // Details: copy links for FAX and the official number, and the MHLW page of its prefecture.
    for (const Resource &r : snapshot->resources) {
        if (r.fax.isEmpty() || r.officialNumber.size() != 10)
            continue;
        window.workspace()->setSelection({r.id});
        const QString html = window.details()->html();
        CHECK(html.contains(QStringLiteral("copy:") + r.fax));
        CHECK(html.contains(QStringLiteral("copy:") + r.officialNumber));
        CHECK(html.contains(QStringLiteral("mhlw:") + r.officialNumber));
        CHECK(mhlwPublicationUrl(r.officialNumber).toString() ==
              QStringLiteral("https://www.kaigokensaku.mhlw.go.jp/%1/index.php").arg(r.officialNumber.left(2)));
        break;
    }
    CHECK_FALSE(mhlwPublicationUrl(QStringLiteral("12345")).isValid());
    CHECK_FALSE(mhlwPublicationUrl(QStringLiteral("9912345678")).isValid());
}
