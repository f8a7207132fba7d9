#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace careatlas {

namespace {
QString g_language = QStringLiteral("en");
// The translators installed now: replaced, never stacked, when the language changes (a
// translator installed later is asked first, so stacking left the first language showing).
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

QString chooseLanguage(const QString &requested)
{
    const QString lower = requested.trimmed().toLower();
    if (lower.startsWith(QLatin1String("ja")))
        return QStringLiteral("ja");
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    removeTranslator(g_ours);
    removeTranslator(g_qt);
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/careatlas_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(ours);
        g_ours = ours;
    } else {
        delete ours;
    }

    // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }

    g_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return loaded;
}

QString currentLanguage() { return g_language; }

} // namespace careatlas
