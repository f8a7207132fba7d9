#include "core/import/ColumnProposal.h"

#include "core/import/HeaderNormalizer.h"
#include "core/import/ImportField.h"
#include "core/text/CompiledRegex.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace careatlas {

namespace {

constexpr qsizetype SampleRows = 2000;

bool hasFacilityWord(const QString &value)
{
    static const QStringList words = [] {
        QStringList list;
        for (const char *word : {"病院", "医院", "クリニック", "診療所", "歯科", "薬局", "センター", "ホーム", "事業所", "ステーション",
                                 "デイ", "サービス", "ケア", "苑", "荘", "園", "館", "サロン", "カフェ", "施設", "ハウス", "介護",
                                 "訪問", "相談", "会", "の家", "の里"})
            list.append(QString::fromUtf8(word));
        return list;
    }();
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return value.contains(word); });
}

// Values that are something else than a name: numbers, codes, dates, phone numbers, links,
// e-mail addresses, coordinates, addresses (a city or town followed by a block number).
bool looksLikeOtherThanName(const QString &value)
{
    static const QRegularExpression numeric = compiledRegex(QStringLiteral("^[0-9.,:/+\\-()\\s]+$"));
    static const QRegularExpression link = compiledRegex(QStringLiteral("(://|^www\\.|@)"));
    static const QRegularExpression address = compiledRegex(QString::fromUtf8("(都|道|府|県|市|区|町|村).*[0-9一二三四五六七八九十]+(丁目|番|号|-)"));
    return numeric.match(value).hasMatch() || link.match(value).hasMatch() || address.match(value).hasMatch();
}

} // namespace

std::optional<ColumnProposal> proposeNameColumn(const ColumnMap &columns, const QList<SourceRow> &rows)
{
    const qsizetype sample = std::min(SampleRows, rows.size());
    if (sample == 0)
        return std::nullopt;
    std::optional<ColumnProposal> best;
    double bestScore = 0.0;
    for (int column : columns.unusedColumns()) {
        ColumnProposal candidate;
        candidate.field = importFieldName(ImportField::Name);
        candidate.column = column;
        candidate.header = columns.headers().at(column).trimmed();
        candidate.header.remove(QChar(0xFEFF));
        candidate.sampled = sample;
        QSet<QString> distinct;
        qint64 nameLike = 0;
        for (qsizetype i = 0; i < sample; ++i) {
            const QStringList &fields = rows.at(i).fields;
            const QString value = column < fields.size() ? normalizeValue(fields.at(column)) : QString();
            if (value.isEmpty())
                continue;
            ++candidate.filled;
            distinct.insert(value);
            if (!looksLikeOtherThanName(value))
                ++nameLike;
            if (hasFacilityWord(value)) {
                ++candidate.facilityWords;
                if (candidate.examples.size() < 3)
                    candidate.examples.append(fields.at(column).trimmed());
            }
        }
        candidate.distinct = distinct.size();
        if (candidate.filled == 0)
            continue;
        const double filled = double(candidate.filled) / double(sample);
        const double unique = double(candidate.distinct) / double(candidate.filled);
        const double names = double(nameLike) / double(candidate.filled);
        const double facility = double(candidate.facilityWords) / double(candidate.filled);
        // Convincing only when nearly every row has a distinct, name-like value and a good part
        // of them carry a facility word.
        if (filled < 0.9 || unique < 0.6 || names < 0.9 || facility < 0.3)
            continue;
        const double score = filled * unique * names * (0.5 + facility);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace careatlas
