#include "core/population/PopulationStore.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSchema.h"
#include "core/text/TextFold.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace careatlas {

namespace {

const char *const Version5Sql = R"sql(
CREATE TABLE IF NOT EXISTS ca_population (
  id INTEGER PRIMARY KEY, level_code TEXT NOT NULL, area_code TEXT NOT NULL,
  total INTEGER, aged_65 INTEGER, aged_75 INTEGER, as_of TEXT, source TEXT,
  UNIQUE (level_code, area_code));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('ca_population', 'attributes', 'ca_population', 'Population per area (total, 65+, 75+) and its as-of date');
)sql";

// A name as compared: folded, without spaces and the suffixes area names carry or drop.
QString nameKey(const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral("(小学校区|小学校|校区|校下|日常生活圏域|生活圏域|圏域|地区|区域)$"));
    QString key = foldForSearch(name).remove(QRegularExpression(QStringLiteral("\\s")));
    const QString stripped = QString(key).remove(suffix);
    return stripped.isEmpty() ? key : stripped;
}

void add(std::optional<qint64> &to, const std::optional<qint64> &value)
{
    if (value)
        to = to.value_or(0) + *value;
}

} // namespace

namespace schema {
Error applyVersion5(sqlite3 *db) { return execSql(db, Version5Sql); }
}

Result<PopulationImportReport> importPopulation(Store &store, const QString &path, const QString &levelCode, std::optional<QDate> asOf)
{
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    auto parsed = parsePopulationCsv(file.readAll());
    if (!parsed)
        return Error(parsed.error()).inFile(path);
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QStringList known;
    for (const AreaLevel &l : *levels)
        known << l.code;
    if (!known.contains(levelCode))
        return Error(ErrorCode::NotFound, QStringLiteral("no area level '%1' (the store has: %2)").arg(levelCode, known.join(QStringLiteral(", "))));
    auto areas = store.areas(levelCode);
    if (!areas)
        return areas.error();

    QHash<QString, QString> byCode, byName;
    QHash<QString, QString> nameOf;
    for (const AreaRecord &a : *areas) {
        byCode.insert(a.code, a.code);
        byName.insert(nameKey(a.name), a.code);
        nameOf.insert(a.code, a.name);
    }
    PopulationImportReport report;
    report.file = path;
    report.level = levelCode;
    report.layout = parsed->layout;
    report.encoding = parsed->encoding;
    report.asOf = asOf ? *asOf : parsed->asOf.value_or(QDate());
    report.ageColumns = parsed->ageColumns;
    report.areasOfLevel = int(areas->size());
    QHash<QString, PopulationFigures> figures;
    QSet<QString> mergedSet;
    for (const PopulationCsvRow &row : parsed->rows) {
        ++report.rowsRead;
        QString code;
        if (!row.code.isEmpty()) {
            code = byCode.value(row.code);
            if (code.isEmpty()) {
                QString trimmed = row.code;
                trimmed.remove(QRegularExpression(QStringLiteral("^0+(?=.)")));
                code = byCode.value(trimmed);
            }
        }
        if (code.isEmpty() && !row.name.isEmpty())
            code = byName.value(nameKey(row.name));
        if (code.isEmpty()) {
            report.unmatched << (row.name.isEmpty() ? row.code : row.name);
            continue;
        }
        auto it = figures.find(code);
        if (it == figures.end()) {
            figures.insert(code, row.figures);
            continue;
        }
        add(it->total, row.figures.total);
        add(it->aged65, row.figures.aged65);
        add(it->aged75, row.figures.aged75);
        mergedSet.insert(code);
    }
    if (figures.isEmpty()) {
        QStringList some = report.unmatched.mid(0, 5);
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no row of the population table names an area of level '%1' (rows such as %2)")
                                              .arg(levelCode, some.join(QStringLiteral(", "))))
            .inFile(path);
    }
    for (const AreaRecord &a : *areas)
        if (!figures.contains(a.code))
            report.areasWithout << a.code + QLatin1Char(' ') + a.name;
    for (const QString &code : mergedSet)
        report.merged << code + QLatin1Char(' ') + nameOf.value(code);
    report.merged.sort();
    report.areasMatched = int(figures.size());
    for (const auto &f : figures) {
        report.has65 = report.has65 || f.aged65.has_value();
        report.has75 = report.has75 || f.aged75.has_value();
    }

    sqlite3 *db = store.handle();
    Store::Transaction transaction(store);
    if (Error e = schema::applyVersion5(db); e.code != ErrorCode::None)
        return e;
    SqliteStatement remove(db, "DELETE FROM ca_population WHERE level_code = ?");
    remove.bind(1, levelCode);
    if (!remove.exec())
        return remove.lastError();
    SqliteStatement insert(db, "INSERT INTO ca_population (level_code, area_code, total, aged_65, aged_75, as_of, source) VALUES (?,?,?,?,?,?,?)");
    if (!insert.isValid())
        return insert.prepareError();
    const QString asOfText = report.asOf.isValid() ? report.asOf.toString(Qt::ISODate) : QString();
    const QString source = QFileInfo(path).fileName();
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        auto opt = [](const std::optional<qint64> &v) { return v ? std::optional<double>(double(*v)) : std::nullopt; };
        insert.bind(1, levelCode).bind(2, it.key()).bind(3, opt(it->total)).bind(4, opt(it->aged65)).bind(5, opt(it->aged75))
            .bind(6, asOfText).bind(7, source);
        if (!insert.exec())
            return insert.lastError();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

Result<QHash<QString, PopulationTable>> loadPopulation(const Store &store)
{
    QHash<QString, PopulationTable> tables;
    SqliteStatement exists(store.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ca_population'");
    if (!exists.isValid())
        return exists.prepareError();
    if (!exists.next())
        return tables;
    SqliteStatement s(store.handle(), "SELECT level_code, area_code, total, aged_65, aged_75, as_of, source FROM ca_population");
    if (!s.isValid())
        return s.prepareError();
    auto opt = [&](int c) { return s.isNull(c) ? std::optional<qint64>() : std::optional<qint64>(s.int64(c)); };
    while (s.next()) {
        PopulationTable &t = tables[s.text(0)];
        t.levelCode = s.text(0);
        if (!t.asOf.isValid() && !s.isNull(5))
            t.asOf = QDate::fromString(s.text(5), Qt::ISODate);
        if (t.source.isEmpty())
            t.source = s.text(6);
        t.byArea.insert(s.text(1), PopulationFigures{opt(2), opt(3), opt(4)});
    }
    if (Error e = s.lastError(); e.code != ErrorCode::None)
        return e;
    return tables;
}

} // namespace careatlas
