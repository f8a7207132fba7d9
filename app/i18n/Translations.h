#pragma once

#include <QString>

namespace careatlas {

// "ja" or "en": the requested language when it is one of ours, else Japanese when the system
// locale is Japanese, else English.
QString chooseLanguage(const QString &requested = {});

// Installs CareAtlas's embedded translator (and Qt's own, where installed) for `language`
// on the running QCoreApplication. Returns false when the embedded catalogue is missing.
bool installTranslations(const QString &language);

// The language installed by installTranslations(), "en" before.
QString currentLanguage();

} // namespace careatlas
