#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace careatlas {

namespace {
QString g_language = QStringLiteral("en");
}

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
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/careatlas_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    g_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return loaded;
}

QString currentLanguage() { return g_language; }

} // namespace careatlas
