#include "core/text/TextFold.h"

namespace careatlas {

QString foldForSearch(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &character : folded) {
        const char16_t code = character.unicode();
        // Katakana ァ (U+30A1) .. ヶ (U+30F6) map to hiragana ぁ (U+3041) .. ゖ (U+3096);
        // ヽ ヾ (U+30FD, U+30FE) to ゝ ゞ.
        if ((code >= 0x30A1 && code <= 0x30F6) || code == 0x30FD || code == 0x30FE)
            character = QChar(char16_t(code - 0x60));
    }
    return folded;
}

} // namespace careatlas
