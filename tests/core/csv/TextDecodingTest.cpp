#include "core/csv/TextDecoding.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

using namespace careatlas;

namespace {

const QString Sample = QString::fromUtf8("名称,住所\n①ケアセンター～髙橋,湖西市新居町\n");

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("Plain UTF-8 is detected as UTF-8", "[core][csv][encoding]")
{
    const auto decoded = decodeText(Sample.toUtf8());
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == TextEncoding::Utf8);
    CHECK(decoded->detected);
    CHECK(decoded->text == Sample);
}

TEST_CASE("UTF-8 with a BOM is detected and the BOM is dropped", "[core][csv][encoding]")
{
    const auto decoded = decodeText(QByteArray("\xEF\xBB\xBF") + Sample.toUtf8());
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == TextEncoding::Utf8Bom);
    CHECK(decoded->text == Sample);
}

TEST_CASE("UTF-16 with either byte-order mark is detected", "[core][csv][encoding]")
{
    SECTION("little-endian")
    {
        const auto decoded = decodeText(QByteArray("\xFF\xFE") + encoded(Sample, "UTF-16LE"));
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == TextEncoding::Utf16LE);
        CHECK(decoded->text == Sample);
    }
    SECTION("big-endian")
    {
        const auto decoded = decodeText(QByteArray("\xFE\xFF") + encoded(Sample, "UTF-16BE"));
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == TextEncoding::Utf16BE);
        CHECK(decoded->text == Sample);
    }
    SECTION("Japanese UTF-16BE without a BOM, with only its commas and line breaks as ASCII")
    {
        const QString japanese = QString::fromUtf8("名称,住所,電話番号,備考欄です\n湖西市社会福祉協議会,静岡県湖西市吉美三二六八番地の一,〇五三,特になし\n");
        const auto decoded = decodeText(encoded(japanese, "UTF-16BE"));
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == TextEncoding::Utf16BE);
        CHECK(decoded->text == japanese);
    }
    SECTION("little-endian without a BOM, by its zero bytes")
    {
        const auto decoded = decodeText(encoded(QStringLiteral("name,address\nA,B\n"), "UTF-16LE"));
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == TextEncoding::Utf16LE);
        CHECK(decoded->text == QStringLiteral("name,address\nA,B\n"));
    }
}

TEST_CASE("CP932 with NEC and IBM extension characters is detected and decoded", "[core][csv][encoding]")
{
    const QByteArray bytes = encoded(Sample, "Shift_JIS");
    REQUIRE(bytes != Sample.toUtf8());
    const auto decoded = decodeText(bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == TextEncoding::Cp932);
    CHECK(decoded->text == Sample);
}

TEST_CASE("A requested encoding overrides detection", "[core][csv][encoding]")
{
    // Pure ASCII is valid in both; asking for CP932 must use CP932.
    const auto decoded = decodeText(QByteArray("a,b\n"), TextEncoding::Cp932);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == TextEncoding::Cp932);
    CHECK_FALSE(decoded->detected);

    SECTION("bytes invalid in the requested encoding are an error, not mojibake")
    {
        const auto wrong = decodeText(encoded(Sample, "Shift_JIS"), TextEncoding::Utf8);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == ErrorCode::EncodingUnknown);
    }
    SECTION("utf-16 without an order takes it from the BOM")
    {
        const auto be = decodeText(QByteArray("\xFE\xFF") + encoded(Sample, "UTF-16BE"), *textEncodingFromName(QStringLiteral("utf-16")));
        REQUIRE(be.ok());
        CHECK(be->text == Sample);
    }
}

TEST_CASE("Encoding names parse as users type them", "[core][csv][encoding]")
{
    CHECK(textEncodingFromName(QStringLiteral("UTF-8")) == TextEncoding::Utf8);
    CHECK(textEncodingFromName(QStringLiteral("shift_jis")) == TextEncoding::Cp932);
    CHECK(textEncodingFromName(QStringLiteral("cp932")) == TextEncoding::Cp932);
    CHECK(textEncodingFromName(QStringLiteral("auto")) == TextEncoding::Auto);
    CHECK_FALSE(textEncodingFromName(QStringLiteral("ebcdic")).has_value());
    CHECK(textEncodingName(TextEncoding::Cp932) == QStringLiteral("cp932"));
}

TEST_CASE("Binary data and undecodable bytes are refused with a clear error", "[core][csv][encoding][errors]")
{
    SECTION("zero bytes in the middle of a file")
    {
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
        const auto decoded = decodeText(binary);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == ErrorCode::NotACsv);
    }
    SECTION("bytes valid in no supported encoding")
    {
        const auto decoded = decodeText(QByteArray("abc\x81\x20\xFF\xFF\xFF"));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == ErrorCode::EncodingUnknown);
    }
}
