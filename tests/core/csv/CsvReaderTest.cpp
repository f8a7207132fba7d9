#include "core/csv/CsvReader.h"

#include <catch2/catch.hpp>

using namespace careatlas;

namespace {

QList<CsvRecord> readAll(const QString &text, std::optional<Error> *error = nullptr)
{
    CsvReader reader(text);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(record))
        records.append(record);
    if (error)
        *error = reader.error();
    else
        REQUIRE_FALSE(reader.error().has_value());
    return records;
}

} // namespace

TEST_CASE("Quoted fields hold commas, line breaks and doubled quotes", "[core][csv]")
{
    const auto records = readAll(QString::fromUtf8("名称,備考\r\n\"A, B\",\"line one\r\nline two\"\r\n\"say \"\"hi\"\"\",x\r\n"));
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == QStringList{QStringLiteral("A, B"), QStringLiteral("line one\nline two")});
    CHECK(records[2].fields == QStringList{QStringLiteral("say \"hi\""), QStringLiteral("x")});
    SECTION("each record knows the line it starts on")
    {
        CHECK(records[0].line == 1);
        CHECK(records[1].line == 2);
        CHECK(records[2].line == 4);
    }
}

TEST_CASE("LF, CRLF and CR line ends, empty fields and a missing final line end all read", "[core][csv]")
{
    const auto records = readAll(QStringLiteral("a,b,c\nd,,\r\ne,f,g\rh,i,j"));
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == QStringList{QStringLiteral("d"), QString(), QString()});
    CHECK(records[3].fields == QStringList{QStringLiteral("h"), QStringLiteral("i"), QStringLiteral("j")});
    CHECK(records[3].line == 4);
}

TEST_CASE("Ragged rows keep their own field count and blank lines read as blank records", "[core][csv]")
{
    const auto records = readAll(QStringLiteral("a,b,c\n1,2\n\n1,2,3,4\n"));
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields.size() == 2);
    CHECK(records[2].isBlank());
    CHECK(records[3].fields.size() == 4);
    CHECK(records[3].line == 4);
}

TEST_CASE("A quote inside an unquoted field is kept as text", "[core][csv]")
{
    const auto records = readAll(QStringLiteral("a,b\n5\" disk,x\n"));
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields.constFirst() == QStringLiteral("5\" disk"));
}

TEST_CASE("Malformed quoting stops the reader with the line of the fault", "[core][csv][errors]")
{
    SECTION("text after a closing quote")
    {
        std::optional<Error> error;
        const auto records = readAll(QStringLiteral("a,b\n1,2\n\"x\"y,3\n4,5\n"), &error);
        CHECK(records.size() == 2);
        REQUIRE(error.has_value());
        CHECK(error->code == ErrorCode::NotACsv);
        CHECK(error->line == 3);
    }
    SECTION("a quote never closed")
    {
        std::optional<Error> error;
        readAll(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"), &error);
        REQUIRE(error.has_value());
        CHECK(error->code == ErrorCode::NotACsv);
        CHECK(error->line == 3);
    }
}

TEST_CASE("A record longer than the limit is refused as too long", "[core][csv][errors]")
{
    const QString text = QStringLiteral("a,b\n") + QString(200, QLatin1Char('x')) + QStringLiteral(",y\n");
    CsvReader reader(text, CsvReader::Options{QLatin1Char(','), 100});
    CsvRecord record;
    CHECK(reader.readRecord(record));
    CHECK_FALSE(reader.readRecord(record));
    REQUIRE(reader.error().has_value());
    CHECK(reader.error()->code == ErrorCode::LineTooLong);
    CHECK(reader.error()->line == 2);
}

TEST_CASE("A tab-separated text is recognised by its first line", "[core][csv]")
{
    CHECK(guessCsvDelimiter(QStringLiteral("a\tb\tc\n1,2\t3")) == QLatin1Char('\t'));
    CHECK(guessCsvDelimiter(QStringLiteral("a,b\tc\n")) == QLatin1Char(','));
}
