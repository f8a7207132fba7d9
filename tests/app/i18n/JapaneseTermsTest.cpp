// The Japanese text keeps to the glossary (docs/glossary.md): in the translations, and in what
// the exports of the demo store print (issue 21).

#include "JapaneseTerms.h"

#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace careatlas;


namespace {

QList<test::TsMessage> japaneseMessages()
{
    return test::readTsMessages(test::sourceDir() + QStringLiteral("/translations/careatlas_ja.ts"));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString demoStore() { return test::binaryDir() + QStringLiteral("/data/demo.gpkg"); }

} // namespace

TEST_CASE("No Japanese translation uses a word the glossary bans", "[app][i18n][glossary]")
{
    const auto messages = japaneseMessages();
    REQUIRE(messages.size() > 500);
    QStringList offending;
    for (const auto &message : messages)
        for (const QString &term : test::bannedTermsIn(message.translation))
            offending << QStringLiteral("%1 「%2」: %3").arg(message.context, message.translation.left(60), term);
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("A reset is never translated with the Undo words", "[app][i18n][glossary]")
{
    QStringList offending;
    for (const auto &message : japaneseMessages())
        if (message.source.contains(QLatin1String("Reset"), Qt::CaseInsensitive) && message.translation.contains(QStringLiteral("元に戻す")))
            offending << message.translation;
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("Japanese brackets and label colons are full-width", "[app][i18n][glossary]")
{
    // Half-width () only in access keys, file filters and command-line syntax; a form label's
    // closing ":" stays half-width (as in Qt's own dialogs), a label：value colon is full-width.
    static const QRegularExpression accessKey(QStringLiteral("\\(&[A-Z0-9]\\)"));
    static const QRegularExpression fileFilter(QStringLiteral("\\(\\*[^)]*\\)"));
    static const QRegularExpression labelColon(QStringLiteral("(?<=[^\\x{0}-\\x{7f}]):(?!\\s*(\\(&[A-Z]\\))?$)"));
    QStringList offending;
    for (const auto &message : japaneseMessages()) {
        for (QString line : message.translation.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("careatlas-cli")) || line.trimmed().startsWith(QLatin1Char('-')))
                continue;   // command-line syntax and option lists
            line.remove(accessKey).remove(fileFilter);
            if (line.contains(QLatin1Char('(')) || line.contains(QLatin1Char(')')) || labelColon.match(line).hasMatch())
                offending << QStringLiteral("%1: %2").arg(message.context, line);
        }
    }
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("Japanese CSV and PDF exports of the demo store use only the glossary's words", "[app][i18n][glossary][export]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    const QString map = dir.filePath(QStringLiteral("map.pdf"));
    for (const QStringList &extra : {QStringList{QStringLiteral("--out"), csv},
                                     QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--group-by"), QStringLiteral("area"),
                                                 QStringLiteral("--columns"), QStringLiteral("name,category,operator,kana,closed_days,flags,source,source_date")},
                                     QStringList{QStringLiteral("--out"), map, QStringLiteral("--map")}}) {
        const auto result = test::runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                                  QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("export"), demoStore()} + extra);
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(file.readAll());
    const QString header = csvText.section(QLatin1Char('\n'), 0, 0);
    CHECK(header.contains(QStringLiteral("フリガナ")));
    CHECK(header.contains(QStringLiteral("運営法人")));
    CHECK(header.contains(QStringLiteral("休業日")));

    for (const auto &[what, text] : {std::pair{QStringLiteral("CSV"), csvText}, std::pair{QStringLiteral("PDF list"), pdfText(pdf)},
                                     std::pair{QStringLiteral("map layout"), pdfText(map)}}) {
        INFO(what.toStdString());
        REQUIRE(!text.isEmpty());
        const QStringList found = test::bannedTermsIn(text, true);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
        // No English words on a Japanese page but names, codes and units.
        for (const char *english : {"old layout", "caremap:", "Filter", "Source", "Created", "Legend", "resources"})
            CHECK_FALSE(text.contains(QLatin1String(english)));
    }
}
