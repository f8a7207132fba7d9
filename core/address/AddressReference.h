#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"

#include <QList>
#include <QString>

#include <functional>

namespace careatlas {

class Store;

// Finding a place by its address with the address reference data users import once:
// 国土交通省 位置参照情報 (https://nlftp.mlit.go.jp/isj/), as published — CSV in Shift_JIS, at
// 大字・町丁目 level (a point per town/丁目) or 街区 level (a point per block, 番).

// An address in a form that compares: NFKC (full-width digits and letters become ASCII), no
// spaces, kanji numerals before 丁目/番/号 as digits, and 丁目・番地・番・号 written as "-"
// separators: 「本町二丁目５番地１３号」 and 「本町2-5-13」 both become "本町2-5-13".
QString normaliseAddress(const QString &address);

struct AddressImportReport {
    QString file;
    QString level;             // "town" (大字・町丁目) or "block" (街区)
    QString encoding;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 skipped = 0;        // rows without coordinates or names
    QStringList cities;        // cities whose reference points were replaced
};

// Imports a 位置参照情報 CSV into the store, replacing the reference points of the cities it
// covers; all or nothing. Errors: FileNotFound, FileUnreadable, EncodingUnknown, NotACsv,
// NoUsableColumns (not a 位置参照情報 file), store errors.
Result<AddressImportReport> importAddressReference(Store &store, const QString &path, TextEncoding encoding = TextEncoding::Auto,
                                                   const std::function<bool(qint64, qint64)> &progress = {});

struct AddressMatch {
    QString address;           // as the reference writes it: city + town (+ block)
    double latitude = 0;
    double longitude = 0;
    bool exact = false;        // the whole query matched (to the block where it has one)
    QString level;             // "town" or "block"
    QString town;              // city + 町丁目, without the block (what a shortlist keeps of a centre)
};

// The reference points that fit an address, best first: the longest reference that the query
// starts with (after its prefecture and city, when given), the block level before the town
// level; or, for a partial query, references that start with it. Empty when nothing fits.
Result<QList<AddressMatch>> lookupAddress(const Store &store, const QString &query, int limit = 10);

// How many reference points the store holds.
Result<qint64> addressReferenceCount(const Store &store);

} // namespace careatlas
