// Desktop conventions of the main window in both languages (issue 21): access keys unique within
// each menu, toolbar buttons without access keys or ellipses.

#include "app/i18n/Translations.h"
#include "app/window/MainWindow.h"

#include "JapaneseTerms.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>

#include <functional>

using namespace careatlas;
using careatlas::test::accessKeyOf;

namespace {

// "File ▸ Open Recent: R is used by …" for every access key used twice in one menu.
void collectDuplicateKeys(QMenu *menu, const QString &path, QStringList &problems)
{
    QHash<QChar, QString> seen;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        if (text.isEmpty())
            continue;
        const QChar key = accessKeyOf(text);
        if (key.isNull()) {
            // Entries made from data (levels, recent files, panels) may have none.
        } else if (seen.contains(key)) {
            problems << QStringLiteral("%1: %2 is the key of both %3 and %4").arg(path, QString(key), seen.value(key), text);
        } else {
            seen.insert(key, text);
        }
        if (QMenu *sub = action->menu())
            collectDuplicateKeys(sub, path + QStringLiteral(" ▸ ") + text, problems);
    }
}

QStringList menuProblems(MainWindow &window)
{
    QStringList problems;
    QHash<QChar, QString> top;
    for (QAction *action : window.menuBar()->actions()) {
        const QChar key = accessKeyOf(action->text());
        if (top.contains(key))
            problems << QStringLiteral("menu bar: %1 is the key of both %2 and %3").arg(QString(key), top.value(key), action->text());
        top.insert(key, action->text());
        if (action->menu())
            collectDuplicateKeys(action->menu(), action->text(), problems);
    }
    return problems;
}

QStringList toolbarProblems(MainWindow &window)
{
    static const QRegularExpression accessKeyInBrackets(QStringLiteral("\\(&?[A-Z]\\)"));
    QStringList problems;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
            const QString text = button ? button->text() : action->iconText();
            if (text.contains(accessKeyInBrackets) || text.contains(QChar(0x2026)) || text.contains(QLatin1String("..."))
                || text.contains(QLatin1Char('&')))
                problems << QStringLiteral("%1: 「%2」").arg(bar->windowTitle(), text);
        }
    }
    return problems;
}

// Looks for problems in the window in Japanese, then in English; there must be none.
void checkInBothLanguages(const std::function<QStringList(MainWindow &)> &problemsOf)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    for (const QString language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        installTranslations(language);   // as switchLanguage does, without saving it in the settings other tests read
        QCoreApplication::processEvents();   // LanguageChange is posted to the widgets
        const QStringList problems = problemsOf(window);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    installTranslations(QStringLiteral("en"));
}

} // namespace

TEST_CASE("Every menu of the main window has unique access keys, in Japanese and in English", "[app][i18n][menus]")
{
    checkInBothLanguages(menuProblems);
}

TEST_CASE("Toolbar buttons carry no access key and no ellipsis, in Japanese and in English", "[app][i18n][menus]")
{
    checkInBothLanguages(toolbarProblems);
}
