#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace careatlas::test {

QString sourceDir() { return QStringLiteral(CAREATLAS_SOURCE_DIR); }
QString binaryDir() { return QStringLiteral(CAREATLAS_BINARY_DIR); }

QString sharedDataFile(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(CAREATLAS_SHARED_DATA_DIR)).filePath(relativePath);
    if (QFileInfo::exists(path))
        return QFileInfo(path).absoluteFilePath();
    const QString message = QStringLiteral("real test data missing: %1").arg(path);
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL(message.toStdString());
    WARN(message.toStdString() << " (skipped; set CI to make this a failure)");
    return {};
}

QString writeKaigoJigyoshoList(const QString &folder, const QString &rows)
{
    const QString path = QDir(folder).filePath(QStringLiteral("kaigo_jigyosho.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((QStringLiteral("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,介護サービス事業所名称,介護サービス事業所名称_カナ,実施サービス,"
                               "住所,方書,緯度,経度,電話番号,内線番号,FAX番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,備考\n")
                + rows)
                   .toUtf8());
    return path;
}

} // namespace careatlas::test
