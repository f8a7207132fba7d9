#pragma once

#include <QString>

namespace careatlas {

// Header names as published drift: full-width letters and brackets, a BOM stuck to the first
// name, quotes, spaces, 【】 or ［］ instead of (), "_" or "・" between words or not.
// normalizeHeader: NFKC, BOM and surrounding quotes stripped, every bracket made ASCII "()",
// white space removed, case folded. "　名称（フリガナ）" → "名称(フリガナ)".
QString normalizeHeader(const QString &header);

// The key headers are matched by: normalizeHeader without brackets and separators
// ("()_-・･.:/ "), so "建物名等(方書)", "建物名等（方書）" and "建物名等_方書" all give "建物名等方書".
QString headerKey(const QString &header);

// A cell value for parsing numbers and codes: NFKC (full-width digits and signs to ASCII), trimmed.
QString normalizeValue(const QString &value);

} // namespace careatlas
