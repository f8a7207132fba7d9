#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QXmlStreamReader>

namespace {

struct TsCount {
    int messages = 0;
    int unfinished = 0;
    QStringList unfinishedSources;
};

TsCount countTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    TsCount count;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++count.messages;
            const bool unfinished = type == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty()) {
                ++count.unfinished;
                count.unfinishedSources << source;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return count;
}

} // namespace

TEST_CASE("Every Japanese translation is finished", "[app][i18n]")
{
    const TsCount count = countTs(careatlas::test::sourceDir() + QStringLiteral("/translations/careatlas_ja.ts"));
    CHECK(count.messages > 0);
    INFO("unfinished: " << count.unfinishedSources.join(QStringLiteral(" | ")).toStdString());
    CHECK(count.unfinished == 0);
}
