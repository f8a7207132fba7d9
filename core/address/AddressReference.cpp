#include "core/address/AddressReference.h"

#include "core/csv/CsvReader.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

namespace careatlas {

namespace {

int kanjiNumber(const QString &text)
{
    // 一〜九十九 (enough for 丁目, 番, 号).
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : text) {
        if (c == QChar(u'十')) {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            const int d = int(digits.indexOf(c));
            if (d < 0)
                return -1;
            current = current * 10 + d;
        }
    }
    return value + current;
}

QString header(const QString &text) { return text.normalized(QString::NormalizationForm_KC).remove(QLatin1Char('"')).trimmed(); }

} // namespace

QString normaliseAddress(const QString &address)
{
    QString s = address.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    // Kanji numerals before 丁目, 番, 番地, 号 become digits.
    static const QRegularExpression kanji(QStringLiteral("([〇一二三四五六七八九十]+)(?=丁目|番|号)"));
    QString out;
    qsizetype last = 0;
    auto it = kanji.globalMatch(s);
    while (it.hasNext()) {
        const auto match = it.next();
        out += s.mid(last, match.capturedStart() - last);
        const int value = kanjiNumber(match.captured(1));
        out += value >= 0 ? QString::number(value) : match.captured(1);
        last = match.capturedEnd();
    }
    out += s.mid(last);
    // Dashes of every kind, and the words between numbers, become "-".
    out.replace(QRegularExpression(QStringLiteral("(?<=\\d)[ー－‐―−–—](?=\\d)")), QStringLiteral("-"));
    out.replace(QRegularExpression(QStringLiteral("(\\d+)(丁目|番地の|番地|番|の)")), QStringLiteral("\\1-"));
    out.replace(QRegularExpression(QStringLiteral("(\\d+)号")), QStringLiteral("\\1"));
    out.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    if (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

Result<AddressImportReport> importAddressReference(Store &store, const QString &path, TextEncoding encoding,
                                                   const std::function<bool(qint64, qint64)> &progress)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    auto decoded = decodeText(file.readAll(), encoding);
    if (!decoded)
        return Error(decoded.error()).inFile(path);
    CsvReader reader(decoded->text);
    CsvRecord record;
    if (!reader.readRecord(record))
        return Error(reader.error() ? *reader.error() : Error(ErrorCode::NotACsv, QStringLiteral("empty file"))).inFile(path);
    QHash<QString, int> column;
    for (int i = 0; i < record.fields.size(); ++i)
        column.insert(header(record.fields[i]), i);
    auto find = [&](std::initializer_list<const char16_t *> names) {
        for (const char16_t *name : names)
            if (const int i = column.value(QString::fromUtf16(name), -1); i >= 0)
                return i;
        return -1;
    };
    const int pref = find({u"都道府県名"});
    const int city = find({u"市区町村名"});
    const int town = find({u"大字町丁目名", u"大字・丁目名"});
    const int block = find({u"街区符号・地番"});
    const int lat = find({u"緯度"});
    const int lon = find({u"経度"});
    if (pref < 0 || city < 0 || town < 0 || lat < 0 || lon < 0)
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("not an address reference (位置参照情報) file: 都道府県名, 市区町村名, 大字町丁目名, 緯度, 経度 expected")).inFile(path);

    struct Row {
        QString prefecture, city, town, block;
        double latitude, longitude;
    };
    AddressImportReport report;
    report.file = path;
    report.level = block >= 0 ? QStringLiteral("block") : QStringLiteral("town");
    report.encoding = textEncodingName(decoded->encoding);
    QList<Row> rows;
    QSet<QString> cities;
    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        ++report.rowsRead;
        auto field = [&](int i) { return i >= 0 && i < record.fields.size() ? record.fields[i].trimmed() : QString(); };
        bool latOk = false, lonOk = false;
        const double la = field(lat).toDouble(&latOk), lo = field(lon).toDouble(&lonOk);
        if (!latOk || !lonOk || field(city).isEmpty() || field(town).isEmpty() || la < 20 || la > 46 || lo < 122 || lo > 154) {
            ++report.skipped;
            continue;
        }
        rows.push_back({field(pref), field(city), field(town), field(block), la, lo});
        cities.insert(field(pref) + QLatin1Char('\t') + field(city));
        if (progress && report.rowsRead % 5000 == 0 && !progress(reader.position(), reader.size()))
            return Error(ErrorCode::Cancelled);
    }
    if (reader.error())
        return Error(*reader.error()).inFile(path);

    sqlite3 *db = store.handle();
    Store::Transaction transaction(store);
    SqliteStatement remove(db, "DELETE FROM ca_address_ref WHERE prefecture = ? AND city = ? AND (block IS NULL) = ?");
    if (!remove.isValid())
        return remove.prepareError();
    for (const QString &key : cities) {
        remove.bind(1, key.section(QLatin1Char('\t'), 0, 0)).bind(2, key.section(QLatin1Char('\t'), 1)).bind(3, qint64(block < 0 ? 1 : 0));
        if (!remove.exec())
            return remove.lastError();
        report.cities << key.section(QLatin1Char('\t'), 1);
    }
    SqliteStatement insert(db, "INSERT INTO ca_address_ref (prefecture, city, town, block, latitude, longitude, city_key, key) VALUES (?,?,?,?,?,?,?,?)");
    for (const Row &row : rows) {
        const QString key = normaliseAddress(row.town + (row.block.isEmpty() ? QString() : QStringLiteral("-") + row.block));
        insert.bind(1, row.prefecture).bind(2, row.city).bind(3, row.town).bind(4, row.block.isEmpty() ? QString() : row.block)
            .bind(5, row.latitude).bind(6, row.longitude).bind(7, normaliseAddress(row.city)).bind(8, key);
        if (!insert.exec())
            return insert.lastError();
        ++report.imported;
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    std::sort(report.cities.begin(), report.cities.end());
    return report;
}

Result<qint64> addressReferenceCount(const Store &store)
{
    SqliteStatement s(store.handle(), "SELECT count(*) FROM ca_address_ref");
    if (!s.isValid())
        return qint64(0);   // an older store opened read-only: no table, no points
    if (!s.next())
        return s.lastError();
    return s.int64(0);
}

Result<QList<AddressMatch>> lookupAddress(const Store &store, const QString &query, int limit)
{
    QList<AddressMatch> matches;
    QString q = normaliseAddress(query);
    if (q.isEmpty())
        return matches;
    SqliteStatement cities(store.handle(), "SELECT DISTINCT prefecture, city, city_key FROM ca_address_ref");
    if (!cities.isValid())
        return matches;   // no reference table (an older store opened read-only)
    // Strip the prefecture and the city when the query names them; remember the city.
    QString cityFilter;
    QList<std::tuple<QString, QString, QString>> known;
    while (cities.next())
        known.push_back({cities.text(0), cities.text(1), cities.text(2)});
    for (const auto &[prefecture, city, cityKey] : known) {
        const QString p = normaliseAddress(prefecture);
        QString rest = q.startsWith(p) ? q.mid(p.size()) : q;
        if (rest.startsWith(cityKey)) {
            q = rest.mid(cityKey.size());
            cityFilter = city;
            break;
        }
    }
    auto read = [&](SqliteStatement &s, bool exact) {
        while (s.next() && matches.size() < limit) {
            AddressMatch m;
            m.address = s.text(0) + s.text(1) + (s.isNull(2) ? QString() : s.text(2));
            m.town = s.text(0) + s.text(1);
            m.latitude = s.real(3);
            m.longitude = s.real(4);
            m.level = s.isNull(2) ? QStringLiteral("town") : QStringLiteral("block");
            m.exact = exact;
            matches.push_back(m);
        }
    };
    // The longest reference the query starts with (at a separator, so 本町1 is not 本町10).
    SqliteStatement prefix(store.handle(),
                           "SELECT city, town, block, latitude, longitude FROM ca_address_ref "
                           "WHERE (?1 = key OR substr(?1, 1, length(key) + 1) = key || '-') AND (?2 = '' OR city = ?2) "
                           "ORDER BY length(key) DESC, block IS NULL LIMIT ?3");
    prefix.bind(1, q).bind(2, cityFilter.isNull() ? QStringLiteral("") : cityFilter).bind(3, qint64(limit));
    read(prefix, true);
    if (!matches.isEmpty()) {
        // Only the best (the longest reference); coarser ones of the same place are noise.
        matches = matches.mid(0, 1);
        matches.front().exact = normaliseAddress(matches.front().address).endsWith(q);
        return matches;
    }
    // A partial query: references that start with it.
    SqliteStatement starts(store.handle(),
                           "SELECT city, town, block, latitude, longitude FROM ca_address_ref "
                           "WHERE key LIKE ?1 || '%' AND (?2 = '' OR city = ?2) ORDER BY block IS NOT NULL, length(key), key LIMIT ?3");
    starts.bind(1, q).bind(2, cityFilter.isNull() ? QStringLiteral("") : cityFilter).bind(3, qint64(limit));
    read(starts, false);
    return matches;
}

} // namespace careatlas
