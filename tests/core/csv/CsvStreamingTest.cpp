// The CSV reader and the decoder fed a piece at a time (what an import does with a file) read
// exactly what they read from the whole text.
#include "core/csv/CsvReader.h"
#include "core/csv/TextDecoding.h"
#include "core/import/RecordTable.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace careatlas;

namespace {

struct Read {
    QList<CsvRecord> records;
    std::optional<Error> error;
};

Read readWhole(const QString &text, qsizetype maxRecordLength)
{
    Read read;
    CsvReader reader(text, CsvReader::Options{QLatin1Char(','), maxRecordLength});
    CsvRecord record;
    while (reader.readRecord(record))
        read.records.append(record);
    read.error = reader.error();
    return read;
}

Read readInPieces(const QString &text, qsizetype pieceLength, qsizetype maxRecordLength)
{
    Read read;
    qsizetype given = 0;
    CsvReader reader(
        [&](QString &more) {
            more += QStringView(text).sliced(given, std::min(pieceLength, text.size() - given));
            given = std::min(given + pieceLength, text.size());
            return given < text.size();
        },
        CsvReader::Options{QLatin1Char(','), maxRecordLength});
    CsvRecord record;
    while (reader.readRecord(record))
        read.records.append(record);
    read.error = reader.error();
    return read;
}

} // namespace

TEST_CASE("A CSV handed over in pieces of any length reads as the whole text does", "[core][csv]")
{
    const QString text = QString::fromUtf8(
        "名称,住所,備考\r\n"
        "\"あおば, 訪問介護\",\"湖西市\r\n鷲津 1\",\"「\"\"送迎\"\"あり」\"\r"
        "いちょう,湖西市2,\n"
        "\n"
        "うみ,\"\",末尾\r\n"
        "えのき,湖西市4,最後の行に改行なし");
    const Read whole = readWhole(text, 1000);
    REQUIRE_FALSE(whole.error);
    REQUIRE(whole.records.size() == 6);
    CHECK(whole.records.at(1).fields.at(1) == QString::fromUtf8("湖西市\n鷲津 1"));
    CHECK(whole.records.at(2).line == 4);
    for (qsizetype piece = 1; piece <= text.size() + 1; ++piece) {
        INFO("pieces of " << piece);
        const Read pieces = readInPieces(text, piece, 1000);
        CHECK_FALSE(pieces.error);
        REQUIRE(pieces.records.size() == whole.records.size());
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            CHECK(pieces.records.at(i).line == whole.records.at(i).line);
            CHECK(pieces.records.at(i).fields == whole.records.at(i).fields);
        }
    }
}

TEST_CASE("A CSV read in pieces stops at the same error, on the same line", "[core][csv]")
{
    const QString unclosed = QStringLiteral("a,b\r\n1,2\r\n\"open,3\r\n4,5\r\n");
    const QString afterQuote = QStringLiteral("a,b\n1,2\n\"x\"y,3\n");
    const QString tooLong = QStringLiteral("a,b\n1,2\n") + QString(64, QLatin1Char('x')) + QStringLiteral("\n3,4\n");
    for (const QString &text : {unclosed, afterQuote, tooLong}) {
        const Read whole = readWhole(text, 40);
        REQUIRE(whole.error);
        for (qsizetype piece : {1, 2, 3, 5, 8, 13, 100}) {
            INFO(text.toStdString() << " in pieces of " << piece);
            const Read pieces = readInPieces(text, piece, 40);
            REQUIRE(pieces.error);
            CHECK(pieces.error->code == whole.error->code);
            CHECK(pieces.error->line == whole.error->line);
            CHECK(pieces.records.size() == whole.records.size());
        }
    }
    // A record longer than the limit stops the reader however the text is cut: what is held
    // stays bounded.
    CHECK(readInPieces(QStringLiteral("a\n") + QString(100000, QLatin1Char('y')), 1000, 4096).error->code == ErrorCode::LineTooLong);
}

TEST_CASE("A file decoded a piece at a time: characters cut between pieces, detection over the whole file", "[core][csv]")
{
    // More than one piece (1 MiB) of CP932 and of UTF-8, with two-byte and three-byte
    // characters across every piece boundary.
    QString text = QString::fromUtf8("名称,住所\r\n");
    for (int i = 0; text.size() < 1'300'000; ++i)
        text += QString::fromUtf8("ケアセンター髙橋%1,静岡県湖西市鷲津①%1\r\n").arg(i);
    for (const char *name : {"Shift_JIS", "UTF-8"}) {
        INFO(name);
        QStringEncoder encoder(name);
        QByteArray bytes = encoder.encode(text);
        REQUIRE_FALSE(encoder.hasError());
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        auto decoder = TextPieceDecoder::open(buffer, TextEncoding::Auto);
        REQUIRE(decoder.ok());
        CHECK(decoder->encoding() == (QByteArray(name) == "UTF-8" ? TextEncoding::Utf8 : TextEncoding::Cp932));
        QString decoded;
        int pieces = 1;
        while (decoder->read(decoded))
            ++pieces;   // the last read returns false
        CHECK_FALSE(decoder->error());
        CHECK(pieces >= 2);
        CHECK(decoded == text);

        // The same file through the import's reader.
        const auto table = readCsvTable(bytes);
        REQUIRE(table.ok());
        CHECK(table->rows.size() == text.count(QLatin1Char('\n')) - 1);
    }

    // An invalid byte after the first piece: the detection reads the whole file, so a file
    // valid as UTF-8 up to there is not taken for UTF-8.
    QByteArray bytes = QStringEncoder(QStringConverter::Utf8).encode(text);
    bytes.append("\x82\xa0,\x82\xa2\r\n");   // あ,い in CP932: not UTF-8
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const auto decoder = TextPieceDecoder::open(buffer, TextEncoding::Auto);
    REQUIRE_FALSE(decoder.ok());
    CHECK(decoder.error().code == ErrorCode::EncodingUnknown);

    // Named as UTF-8, the same file stops at the bad bytes with the line they are on.
    const auto named = readCsvTable(bytes, TextEncoding::Utf8);
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().code == ErrorCode::EncodingUnknown);
}

// Issue 15, finding 8: an encoding error named no line. The line of the first byte that is not
// text is named whether the encoding was given or detected, in the first piece or a later one
// (a file over TextPieceDecoder::PieceBytes, its lines of Japanese text cut between pieces).
TEST_CASE("Bytes that are not text are reported with their line, in any piece of the file", "[core][csv][encoding]")
{
    const QByteArray row = QString::fromUtf8("訪問介護ステーションかなざわ,訪問介護,石川県金沢市広坂一丁目,36.56,136.65\n").toUtf8();
    const qint64 rowsInPiece = TextPieceDecoder::PieceBytes / row.size();
    const qint64 badLine = GENERATE_COPY(qint64(7), rowsInPiece + 3, 2 * rowsInPiece + 1);
    QByteArray bytes = QString::fromUtf8("名称,実施サービス,所在地,緯度,経度\n").toUtf8();
    for (qint64 line = 2; line <= 2 * rowsInPiece + 20; ++line)
        bytes += line == badLine ? QByteArray(row).insert(12, "\xff") : row;   // after the fourth character
    for (const TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8}) {
        INFO("bad line " << badLine << ", encoding " << textEncodingName(encoding).toStdString());
        // Read a piece at a time, as an import does.
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        REQUIRE(buffer->open(QIODevice::ReadOnly));
        auto source = CsvRecordSource::open(std::move(buffer), encoding);
        std::optional<Error> error = source ? std::optional<Error>() : source.error();
        if (source) {
            SourceRow row;
            while ((*source)->next(row)) {
            }
            error = (*source)->error();
        }
        REQUIRE(error.has_value());
        CHECK(error->code == ErrorCode::EncodingUnknown);
        CHECK(error->line == badLine);
        // Decoded whole.
        const auto whole = decodeText(bytes, encoding);
        REQUIRE_FALSE(whole.ok());
        CHECK(whole.error().line == badLine);
    }
}
