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
        CsvReader reader(decoded->text, CsvReader::Options{guessCsvDelimiter(decoded->text), 4096});
        CsvRecord record;
        qint64 previousLine = 0;
        qsizetype previousPosition = 0;
        while (reader.readRecord(record)) {
            // Progress and lines only move forward; every record has a field.
            if (record.line <= previousLine || reader.position() <= previousPosition || record.fields.isEmpty())
                std::abort();
            previousLine = record.line;
            previousPosition = reader.position();
        }
        if (reader.error() && reader.error()->line < 1)
            std::abort();
    }
    (void)readCsvTable(bytes);
    return 0;
}
