#pragma once

#include <QString>

namespace careatlas {

// Folds text for matching: NFKC (full-width ASCII and digits → half-width, half-width kana →
// full-width), case folding, and katakana → hiragana, so that ｶﾅ, カナ and かな match, and so
// do ０ and 0. Used for the search index and for header matching. Spaces are kept.
QString foldForSearch(const QString &text);

} // namespace careatlas
