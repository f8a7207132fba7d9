#include "core/population/PopulationCsv.h"

#include "core/csv/CsvReader.h"
#include "core/csv/TextDecoding.h"
#include "core/import/HeaderNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace careatlas {

namespace {

constexpr int OpenEnd = std::numeric_limits<int>::max();

enum class Sex { Both, Male, Female };

// An age column: the ages [from, to] it counts (to = OpenEnd for "… 歳以上").
struct AgeColumn {
    int column = -1;
    int from = 0;
    int to = 0;
    Sex sex = Sex::Both;
};

Sex sexOf(const QString &key)
{
    if (key.contains(QStringLiteral("女")) || key.contains(QLatin1String("female")) || key.contains(QLatin1String("women")))
        return Sex::Female;
    if (key.contains(QStringLiteral("男")) || key.contains(QLatin1String("male")) || key.contains(QLatin1String("men")))
        return Sex::Male;
    return Sex::Both;
}

std::optional<AgeColumn> ageColumn(const QString &key, int column)
{
    static const QRegularExpression open(QStringLiteral("(\\d{1,3})(?:歳以上|才以上|\\+|plus|andover|over|以上|(?:歳|才)[~〜～]$)"));
    static const QRegularExpression band(QStringLiteral("(\\d{1,3})(?:歳|才)?[~〜～\\-－‐―ー−から](\\d{1,3})(?:歳|才)"));
    static const QRegularExpression bandPlain(QStringLiteral("^(?:age|aged)?(\\d{1,3})[~〜～\\-－‐―ー−](\\d{1,3})(?:歳|才)?(?:男|女|男性|女性|male|female|計|総数)?$"));
    static const QRegularExpression single(QStringLiteral("^(?:age|aged)?(\\d{1,3})(?:歳|才)(?:男|女|男性|女性|計|総数)?$"));
    AgeColumn c;
    c.column = column;
    c.sex = sexOf(key);
    if (auto m = open.match(key); m.hasMatch()) {
        c.from = m.captured(1).toInt();
        c.to = OpenEnd;
        return c;
    }
    auto m = band.match(key);
    if (!m.hasMatch())
        m = bandPlain.match(key);
    if (m.hasMatch()) {
        c.from = m.captured(1).toInt();
        c.to = m.captured(2).toInt();
        if (c.to < c.from)
            return std::nullopt;
        return c;
    }
    if (auto s = single.match(key); s.hasMatch()) {
        c.from = c.to = s.captured(1).toInt();
        return c;
    }
    return std::nullopt;
}

// The columns that together count everyone from `age` on, each age once: an open column
// starting there, else a chain of bands from `age` to an open end. Empty when the table cannot
// tell (a band that straddles `age`, a gap).
QList<AgeColumn> columnsFrom(const QList<AgeColumn> &columns, int age)
{
    QList<AgeColumn> chain;
    int next = age;
    for (int guard = 0; guard < 200; ++guard) {
        const AgeColumn *best = nullptr;
        for (const AgeColumn &c : columns)
            if (c.from == next && (!best || c.to > best->to))
                best = &c;
        if (!best)
            return {};
        chain << *best;
        if (best->to == OpenEnd)
            return chain;
        next = best->to + 1;
    }
    return {};
}

// A count as published: "1,234", "１２３４", "1234人"; "-" and "－" are zero; empty, "X", "…"
// (秘匿) are unknown.
std::optional<qint64> count(const QString &cell)
{
    QString v = normalizeValue(cell);
    v.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QStringLiteral("人"));
    if (v.isEmpty())
        return std::nullopt;
    if (v == QLatin1String("-") || v == QStringLiteral("－") || v == QStringLiteral("ー") || v == QStringLiteral("―"))
        return 0;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok && n >= 0)
        return n;
    const double d = v.toDouble(&ok);
    if (ok && d >= 0)
        return qint64(d + 0.5);
    return std::nullopt;
}

struct Columns {
    int code = -1;
    int name = -1;
    int total = -1;
    int asOf = -1;
    bool standard = false;
    QList<AgeColumn> ages;
};

int findColumn(const QStringList &keys, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        const QString wanted = headerKey(QString::fromUtf16(name));
        for (int i = 0; i < keys.size(); ++i)
            if (keys[i] == wanted)
                return i;
    }
    return -1;
}

Columns readHeader(const QStringList &fields)
{
    QStringList keys;
    QStringList ageKeys;
    for (const QString &f : fields) {
        keys << headerKey(f);
        ageKeys << normalizeHeader(f);
    }
    Columns c;
    c.code = findColumn(keys, {u"地域コード", u"町字ID", u"町丁目コード", u"町丁コード", u"区域コード", u"地区コード", u"校区コード",
                               u"圏域コード", u"コード", u"code", u"area_code", u"areacode"});
    c.name = findColumn(keys, {u"地域名", u"町丁目名", u"町丁名", u"町字名", u"町名", u"区域名", u"地区名", u"校区名", u"校下名",
                               u"小学校区", u"小学校区名", u"圏域名", u"日常生活圏域", u"名称", u"地域", u"町丁目", u"area_name",
                               u"areaname", u"name", u"area"});
    c.total = findColumn(keys, {u"総人口", u"人口総数", u"総数", u"人口計", u"人口", u"計", u"合計", u"総計", u"total", u"population",
                                u"total_population"});
    c.asOf = findColumn(keys, {u"調査年月日", u"基準日", u"時点", u"as_of", u"date"});
    const int cityCode = findColumn(keys, {u"全国地方公共団体コード"});
    c.standard = cityCode >= 0;
    if (c.name < 0 && c.code < 0)
        c.name = findColumn(keys, {u"地方公共団体名", u"市区町村名"});
    if (c.code < 0 && c.name < 0)
        c.code = cityCode;
    for (int i = 0; i < keys.size(); ++i) {
        if (i == c.code || i == c.name || i == c.total || i == c.asOf)
            continue;
        if (auto a = ageColumn(ageKeys[i], i))
            c.ages << *a;
    }
    return c;
}

// The age columns to sum for everyone from `age` on: both sexes' columns, else male and female
// chains added together. Empty when the table cannot tell.
QList<AgeColumn> agePlan(const QList<AgeColumn> &ages, int age)
{
    QList<AgeColumn> both, male, female;
    for (const AgeColumn &a : ages)
        (a.sex == Sex::Both ? both : a.sex == Sex::Male ? male : female) << a;
    if (auto chain = columnsFrom(both, age); !chain.isEmpty())
        return chain;
    auto m = columnsFrom(male, age), f = columnsFrom(female, age);
    if (!m.isEmpty() && !f.isEmpty())
        return m + f;
    return {};
}

std::optional<qint64> sum(const CsvRecord &record, const QList<AgeColumn> &plan)
{
    if (plan.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    for (const AgeColumn &a : plan) {
        const auto n = a.column < record.fields.size() ? count(record.fields[a.column]) : std::nullopt;
        if (!n)
            return std::nullopt;
        total += *n;
    }
    return total;
}

bool isTotalRow(const QString &name)
{
    static const QStringList totals = {QStringLiteral("合計"), QStringLiteral("総数"), QStringLiteral("計"), QStringLiteral("総計"),
                                       QStringLiteral("市計"), QStringLiteral("全体"), QStringLiteral("全市"), QStringLiteral("total")};
    return totals.contains(headerKey(name));
}

} // namespace

std::optional<QDate> parseJapaneseDate(const QString &text)
{
    const QString t = normalizeValue(text).remove(QLatin1Char(' '));
    static const QRegularExpression iso(QStringLiteral("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression era(QStringLiteral("(令和|平成|R|H)(\\d{1,2}|元)[年.](\\d{1,2})[月.](\\d{1,2}|末)"));
    static const QRegularExpression monthEnd(QStringLiteral("(\\d{4})年(\\d{1,2})月末"));
    if (auto m = iso.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    if (auto m = compact.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    if (auto m = era.match(t); m.hasMatch()) {
        const int n = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
        const bool reiwa = m.captured(1) == QStringLiteral("令和") || m.captured(1) == QLatin1String("R");
        const int year = (reiwa ? 2018 : 1988) + n;
        const int month = m.captured(3).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        const QDate first(year, month, 1);
        const QDate d = m.captured(4) == QStringLiteral("末") ? first.addMonths(1).addDays(-1) : QDate(year, month, m.captured(4).toInt());
        if (d.isValid())
            return d;
    }
    if (auto m = monthEnd.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid())
            return first.addMonths(1).addDays(-1);
    }
    return std::nullopt;
}

Result<PopulationCsv> parsePopulationCsv(const QByteArray &bytes)
{
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    CsvReader::Options options;
    options.delimiter = guessCsvDelimiter(decoded->text);
    CsvReader reader(decoded->text, options);
    PopulationCsv table;
    table.encoding = textEncodingName(decoded->encoding);

    // The header is the first of the opening records with an area column and counts; title
    // lines above it (「年齢別人口（令和6年3月末現在）」) may carry the as-of date.
    CsvRecord record;
    Columns columns;
    bool found = false;
    for (int i = 0; i < 30 && reader.readRecord(record); ++i) {
        columns = readHeader(record.fields);
        if ((columns.code >= 0 || columns.name >= 0) && (columns.total >= 0 || !columns.ages.isEmpty())) {
            found = true;
            break;
        }
        if (!table.asOf)
            table.asOf = parseJapaneseDate(record.fields.join(QString()));
    }
    if (reader.error())
        return *reader.error();
    if (!found)
        return Error(ErrorCode::NoUsableColumns,
                     QStringLiteral("not a population table: a column of area codes or names (地域名, 町丁目名, 地域コード, name, code) "
                                    "and a total (総人口, 総数) or age columns (65歳以上, 0-4歳 …) expected"));

    const QList<AgeColumn> plan65 = agePlan(columns.ages, 65);
    const QList<AgeColumn> plan75 = agePlan(columns.ages, 75);
    const QList<AgeColumn> planAll = columns.total < 0 ? agePlan(columns.ages, 0) : QList<AgeColumn>{};
    for (const auto *plan : {&plan65, &plan75})
        for (const AgeColumn &a : *plan)
            if (a.column < record.fields.size() && !table.ageColumns.contains(record.fields[a.column].trimmed()))
                table.ageColumns << record.fields[a.column].trimmed();
    const bool explicitOnly = std::all_of(plan65.begin(), plan65.end(), [](const AgeColumn &a) { return a.to == OpenEnd; })
                              && std::all_of(plan75.begin(), plan75.end(), [](const AgeColumn &a) { return a.to == OpenEnd; });
    table.layout = columns.standard ? QStringLiteral("standard")
                   : (!explicitOnly || (plan65.isEmpty() && plan75.isEmpty() && !columns.ages.isEmpty())) ? QStringLiteral("resident-register")
                                                                                                         : QStringLiteral("simple");

    auto field = [&](const CsvRecord &r, int i) { return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString(); };
    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        PopulationCsvRow row;
        row.line = record.line;
        row.code = normalizeValue(field(record, columns.code));
        row.name = field(record, columns.name);
        if (row.code.isEmpty() && row.name.isEmpty())
            continue;
        if (row.code.isEmpty() && isTotalRow(row.name))
            continue;
        row.figures.total = columns.total >= 0 ? count(field(record, columns.total)) : sum(record, planAll);
        row.figures.aged65 = sum(record, plan65);
        row.figures.aged75 = sum(record, plan75);
        if (!row.figures.total && !row.figures.aged65 && !row.figures.aged75)
            continue;   // a sub-heading or note line
        if (!table.asOf && columns.asOf >= 0)
            table.asOf = parseJapaneseDate(field(record, columns.asOf));
        table.rows << row;
    }
    if (reader.error())
        return *reader.error();
    if (table.rows.isEmpty())
        return Error(ErrorCode::NoUsableColumns, QStringLiteral("the population table has no rows with counts"));
    return table;
}

} // namespace careatlas
