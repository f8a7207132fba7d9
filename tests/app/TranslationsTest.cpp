#include "TestData.h"
#include "i18n/JapaneseTerms.h"

#include <catch2/catch.hpp>

TEST_CASE("Every Japanese translation is finished", "[app][i18n]")
{
    const auto messages = careatlas::test::readTsMessages(careatlas::test::sourceDir() + QStringLiteral("/translations/careatlas_ja.ts"));
    CHECK(messages.size() > 0);
    QStringList unfinished;
    for (const auto &message : messages)
        if (message.unfinished)
            unfinished << message.source;
    INFO("unfinished: " << unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
}
