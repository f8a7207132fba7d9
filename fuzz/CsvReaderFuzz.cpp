// libFuzzer target: text decoding and the CSV reader on arbitrary bytes. Any crash, sanitizer
// report or broken invariant is a bug; crashes found become tests in tests/core/csv/.
//   careatlas-fuzz-csv -max_total_time=600 corpus/
#include "core/csv/CsvReader.h"
#include "core/csv/TextDecoding.h"
#include "core/import/RecordTable.h"

#include <cstdlib>

using namespace careatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Cp932, TextEncoding::Utf16BE}) {
        const auto decoded = decodeText(bytes, encoding);
        if (!decoded)
            continue;
        const CsvReader::Options options{guessCsvDelimiter(decoded->text), 4096};
        CsvReader reader(decoded->text, options);
        // The same text handed over in pieces of 1 to 16 characters (chosen by the input's
        // first byte) must give the same records and the same error.
        const qsizetype pieceLength = 1 + (size > 0 ? data[0] % 16 : 0);
        qsizetype handedOver = 0;
        CsvReader pieces(
            [&](QString &text) {
                text += QStringView(decoded->text).sliced(handedOver, std::min(pieceLength, decoded->text.size() - handedOver));
                handedOver = std::min(handedOver + pieceLength, decoded->text.size());
                return handedOver < decoded->text.size();
            },
            options);
        CsvRecord record, pieceRecord;
        qint64 previousLine = 0;
        qsizetype previousPosition = 0;
        while (reader.readRecord(record)) {
            // Progress and lines only move forward; every record has a field.
            if (record.line <= previousLine || reader.position() <= previousPosition || record.fields.isEmpty())
                std::abort();
            previousLine = record.line;
            previousPosition = reader.position();
            if (!pieces.readRecord(pieceRecord) || pieceRecord.line != record.line || pieceRecord.fields != record.fields
                || pieces.position() != reader.position())
                std::abort();
        }
        if (reader.error() && reader.error()->line < 1)
            std::abort();
        if (pieces.readRecord(pieceRecord) || pieces.error().has_value() != reader.error().has_value())
            std::abort();
        if (reader.error() && (pieces.error()->code != reader.error()->code || pieces.error()->line != reader.error()->line))
            std::abort();
    }
    // The file reader (decoding a piece at a time) against decoding the whole text.
    const auto table = readCsvTable(bytes);
    const auto whole = decodeText(bytes);
    if (table.ok() && !whole.ok())
        std::abort();
    return 0;
}
