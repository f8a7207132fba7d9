#include "app/i18n/ImportIssueText.h"

#include <QCoreApplication>

namespace careatlas {

namespace {

const char *sourceSentence(ImportIssueKind kind)
{
    switch (kind) {
    case ImportIssueKind::RaggedRow: return QT_TRANSLATE_NOOP("ImportIssue", "The row has a different number of fields than the header; row not imported.");
    case ImportIssueKind::MissingName: return QT_TRANSLATE_NOOP("ImportIssue", "The name is empty; row not imported.");
    case ImportIssueKind::UnknownCategory: return QT_TRANSLATE_NOOP("ImportIssue", "The type is not one of CareAtlas's categories; row not imported.");
    case ImportIssueKind::CategoryFallback: return QT_TRANSLATE_NOOP("ImportIssue", "The type is not known; the default category was used.");
    case ImportIssueKind::CoordinatesSwapped: return QT_TRANSLATE_NOOP("ImportIssue", "Latitude and longitude were swapped; fixed.");
    case ImportIssueKind::CoordinatesDms: return QT_TRANSLATE_NOOP("ImportIssue", "Coordinates in degrees, minutes and seconds were converted to decimal degrees.");
    case ImportIssueKind::CoordinatesZero: return QT_TRANSLATE_NOOP("ImportIssue", "The coordinates are 0,0; imported without a location.");
    case ImportIssueKind::CoordinatesOutOfJapan: return QT_TRANSLATE_NOOP("ImportIssue", "The coordinates are outside Japan; imported without a location.");
    case ImportIssueKind::CoordinatesUnparsable: return QT_TRANSLATE_NOOP("ImportIssue", "The coordinates are not numbers; imported without a location.");
    case ImportIssueKind::InvalidNumber: return QT_TRANSLATE_NOOP("ImportIssue", "The value is not a number; left empty.");
    case ImportIssueKind::DuplicateInFile: return QT_TRANSLATE_NOOP("ImportIssue", "The same resource is on an earlier line; merged into it.");
    case ImportIssueKind::OutsidePrefecture: return QT_TRANSLATE_NOOP("ImportIssue", "The coordinates are outside the prefecture of the row's prefecture code; imported without a location.");
    case ImportIssueKind::DuplicateOfficeNumber: return QT_TRANSLATE_NOOP("ImportIssue", "The same official number for the same service is on an earlier line; merged into it.");
    case ImportIssueKind::WebsiteNotUrl: return QT_TRANSLATE_NOOP("ImportIssue", "The web-site column holds an e-mail address or a phone number; kept in the notes.");
    case ImportIssueKind::CapacityZero: return QT_TRANSLATE_NOOP("ImportIssue", "The capacity is 0; imported without a capacity.");
    case ImportIssueKind::BuildingInAddress: return QT_TRANSLATE_NOOP("ImportIssue", "The building name is already in the address; not added twice.");
    }
    return QT_TRANSLATE_NOOP("ImportIssue", "Unknown problem.");
}

} // namespace

QString importIssueSentence(ImportIssueKind kind)
{
    return QCoreApplication::translate("ImportIssue", sourceSentence(kind));
}

QString lineNumberList(const QList<qint64> &lines, qsizetype max)
{
    QStringList text;
    for (qsizetype i = 0; i < std::min(lines.size(), max); ++i)
        text.append(QString::number(lines.at(i)));
    if (lines.size() > max)
        text.append(QStringLiteral("…"));
    return text.join(QStringLiteral(", "));
}

QString importIssueMessage(const ImportIssue &issue)
{
    QString message = importIssueSentence(issue.kind);
    if (issue.kind == ImportIssueKind::DuplicateInFile || issue.kind == ImportIssueKind::DuplicateOfficeNumber)
        return message + QLatin1Char(' ') + QCoreApplication::translate("ImportIssue", "(line %1)").arg(issue.value);
    if (!issue.value.isEmpty())
        //: An issue's sentence, then the value of the file it is about.
        message = QCoreApplication::translate("ImportIssue", "%1 [%2]").arg(message, issue.value);
    return message;
}

} // namespace careatlas
