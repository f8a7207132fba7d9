#include "core/export/CsvExport.h"
#include "core/export/SafeFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <cerrno>

using namespace careatlas;

namespace {

ExportData sampleData()
{
    ExportData data;
    Resource a;
    a.id = 1;
    a.categoryCode = QStringLiteral("home_nursing");
    a.name = QStringLiteral("金沢市長町訪問看護ステーション");
    a.address = QStringLiteral("石川県金沢市長町1-2-3 方書ビル2F");
    a.phone = QStringLiteral("076-123-4567");
    a.hours = QStringLiteral("9:00〜17:00");
    a.capacity = 20;
    Resource b;
    b.id = 2;
    b.categoryCode = QStringLiteral("clinic");
    b.name = QStringLiteral("=HYPERLINK(\"http://x\",\"高齢\")");
    b.notes = QStringLiteral("一行目\n二行目, \"引用\"");
    data.resources = {a, b};
    return data;
}

QString readUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

} // namespace

TEST_CASE("A CSV export starts with a UTF-8 BOM and ends its lines with CRLF", "[core][export][csv]")
{
    const auto bytes = csvBytes(sampleData(), {});
    REQUIRE(bytes.ok());
    CHECK(bytes->startsWith("\xEF\xBB\xBF"));
    CHECK(bytes->count("\r\n") == 3);   // header and two rows; the note's own line break stays inside its quotes
    CsvOptions noBom;
    noBom.encoding = CsvEncoding::Utf8;
    CHECK(!csvBytes(sampleData(), noBom)->startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("CSV fields with commas, quotes or line breaks are quoted as RFC 4180 says", "[core][export][csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CsvOptions options;
    options.columns = {ResourceColumn::Name, ResourceColumn::Notes};
    const QString text = readUtf8(*csvBytes(sampleData(), options));
    CHECK(text.contains(QStringLiteral("\"一行目\n二行目, \"\"引用\"\"\"")));
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas get a leading apostrophe", "[core][export][csv]")
{
    for (const char *start : {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"})
        CHECK(csvField(QString::fromLatin1(start)).contains(QLatin1Char('\'') + QString::fromLatin1(start)));
    SECTION("plain numbers and ordinary text stay as they are")
    {
        CHECK(csvField(QStringLiteral("-12.5")) == QStringLiteral("-12.5"));
        CHECK(csvField(QStringLiteral("076-123-4567")) == QStringLiteral("076-123-4567"));
    }
    SECTION("a name that is a formula is written as text")
    {
        CsvOptions options;
        options.columns = {ResourceColumn::Name};
        const QString text = readUtf8(*csvBytes(sampleData(), options));
        CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"高齢\"\")\"")));
    }
}

TEST_CASE("A CP932 CSV decodes back to the same names, with the wave dash as Windows writes it", "[core][export][csv]")
{
    ExportData data = sampleData();
    data.resources[0].name = QStringLiteral("髙橋内科①（株）㈱金沢");
    CsvOptions options;
    options.encoding = CsvEncoding::Cp932;
    options.columns = {ResourceColumn::Name, ResourceColumn::Address, ResourceColumn::Hours};
    const auto bytes = csvBytes(data, options);
    REQUIRE(bytes.ok());
    CHECK(!bytes->startsWith("\xEF\xBB\xBF"));
    QStringDecoder decoder("Shift_JIS");
    const QString text = decoder.decode(*bytes);
    CHECK(!decoder.hasError());
    CHECK(text.contains(QStringLiteral("髙橋内科①（株）㈱金沢")));
    CHECK(text.contains(QStringLiteral("石川県金沢市長町1-2-3 方書ビル2F")));
    CHECK(text.contains(QStringLiteral("9:00～17:00")));
    CHECK(text.startsWith(QStringLiteral("名称,") ) == (resourceColumnHeader(ResourceColumn::Name) == QStringLiteral("名称")));
}

TEST_CASE("A character CP932 cannot hold fails with its line and column, or becomes '?' on request", "[core][export][csv]")
{
    ExportData data = sampleData();
    data.resources[1].name = QStringLiteral("𠮷野家ケアプラザ");
    CsvOptions options;
    options.encoding = CsvEncoding::Cp932;
    options.columns = {ResourceColumn::Id, ResourceColumn::Name};
    SECTION("fail")
    {
        const auto bytes = csvBytes(data, options);
        REQUIRE(!bytes.ok());
        CHECK(bytes.error().code == ErrorCode::EncodingFailed);
        CHECK(bytes.error().line == 3);
        CHECK(bytes.error().field == resourceColumnHeader(ResourceColumn::Name));
        CHECK(bytes.error().detail.contains(QStringLiteral("U+20BB7")));
    }
    SECTION("replace")
    {
        options.unencodable = UnencodableCharacters::Replace;
        CsvReport report;
        const auto bytes = csvBytes(data, options, &report);
        REQUIRE(bytes.ok());
        CHECK(report.replacedCharacters == 1);
        CHECK(report.firstReplacement.contains(QStringLiteral("U+20BB7")));
        CHECK(QString(QStringDecoder("Shift_JIS").decode(*bytes)).contains(QStringLiteral("2,?野家ケアプラザ")));
    }
}

TEST_CASE("A CSV export replaces the target only when complete", "[core][export][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    const auto report = exportCsv(sampleData(), path);
    REQUIRE(report.ok());
    CHECK(report->rows == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBF"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A CSV export into a read-only folder fails clearly and leaves no file", "[core][export][csv]")
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    // root ignores folder permissions: use a folder of a file system that refuses new files.
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        folder = QStringLiteral("/sys");
    }
    const QString path = folder + QStringLiteral("/careatlas-list.csv");
    const auto report = exportCsv(sampleData(), path);
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE(!report.ok());
    CHECK(report.error().code == ErrorCode::FileWriteFailed);
    CHECK(!report.error().detail.isEmpty());
    CHECK(!QFileInfo::exists(path));
}

TEST_CASE("A write that runs out of space is reported as a full disk", "[core][export][csv]")
{
    CHECK(fileWriteError(QStringLiteral("x.csv"), qt_error_string(ENOSPC)).code == ErrorCode::DiskFull);
    CHECK(fileWriteError(QStringLiteral("x.csv"), qt_error_string(EACCES)).code == ErrorCode::FileWriteFailed);
    SECTION("a buffered write that says only \"Unknown error\" is a full disk when the space is not there")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        CHECK(writeFailure(path, QStringLiteral("Unknown error"), qint64(1) << 60).code == ErrorCode::DiskFull);
        CHECK(writeFailure(path, qt_error_string(EACCES), 10).code == ErrorCode::FileWriteFailed);
    }
}

TEST_CASE("An export never replaces something that is not a regular file", "[core][export][csv]")
{
    QTemporaryDir dir;
    const Status status = writeFileSafely(dir.path(), QByteArray("x"));
    REQUIRE(!status.ok());
    CHECK(status.error().code == ErrorCode::FileWriteFailed);
    if (QFileInfo::exists(QStringLiteral("/dev/null"))) {
        const auto report = exportCsv(ExportData{}, QStringLiteral("/dev/null"));
        REQUIRE(!report.ok());
        CHECK(QFileInfo(QStringLiteral("/dev/null")).isFile() == false);
    }
}

TEST_CASE("With a centre in the filter, a CSV gets the distance in metres after the name", "[core][export][csv]")
{
    ExportData data = sampleData();
    CsvOptions options;
    options.encoding = CsvEncoding::Utf8;
    CHECK(!QString::fromUtf8(*csvBytes(data, options)).contains(resourceColumnHeader(ResourceColumn::Distance)));
    data.distanceOf = {{1, 1234.4}, {2, 87.6}};
    const QStringList lines = QString::fromUtf8(*csvBytes(data, options)).split(QStringLiteral("\r\n"));
    CHECK(lines[0].startsWith(resourceColumnHeader(ResourceColumn::Id) + QLatin1Char(',') + resourceColumnHeader(ResourceColumn::Category)
                              + QLatin1Char(',') + resourceColumnHeader(ResourceColumn::Name) + QLatin1Char(',')
                              + resourceColumnHeader(ResourceColumn::Distance)));
    CHECK(lines[1].contains(QStringLiteral("金沢市長町訪問看護ステーション,1234,")));
}
