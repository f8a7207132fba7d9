#include "app/cli/CliCommand.h"

#include "app/i18n/ErrorText.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace careatlas::cli {

std::optional<CsvEncoding> csvEncodingFromName(const QString &name)
{
    const QString encoding = name.toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        return CsvEncoding::Utf8WithBom;
    if (encoding == QLatin1String("utf-8-nobom"))
        return CsvEncoding::Utf8;
    if (encoding == QLatin1String("cp932") || encoding == QLatin1String("shift_jis") || encoding == QLatin1String("sjis"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

void printLine(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printBytes(const QByteArray &bytes) { std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout); }

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help")));
}

void printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int reportError(const Error &error, bool json)
{
    const QString message = errorMessage(error);
    const QByteArray bytes = (QStringLiteral("careatlas-cli: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (json) {
        QJsonObject object{{QStringLiteral("code"), errorCodeName(error.code)},
                           {QStringLiteral("message"), message}};
        if (!error.file.isEmpty())
            object.insert(QStringLiteral("file"), error.file);
        if (error.line >= 0)
            object.insert(QStringLiteral("line"), error.line);
        if (!error.field.isEmpty())
            object.insert(QStringLiteral("field"), error.field);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"), object}}));
    }
    return ExitFailure;
}

int reportUsage(const QString &commandName, const QString &problem)
{
    const QString text = QStringLiteral("careatlas-cli %1: %2\n").arg(commandName, problem)
                         + QCoreApplication::translate("cli", "Try 'careatlas-cli %1 --help'.").arg(commandName)
                         + QLatin1Char('\n');
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return ExitUsage;
}

} // namespace careatlas::cli
