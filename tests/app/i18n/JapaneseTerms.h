#pragma once

// The words the glossary (docs/glossary.md) says not to use in Japanese, and a reader of
// careatlas_ja.ts, shared by the tests that keep the Japanese text to the glossary.

#include <catch2/catch.hpp>

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace careatlas::test {

struct BannedTerm {
    QRegularExpression pattern;
    QString why;              // the glossary's word
    bool wordingOnly = false; // a word the data may hold (サンプル市全域 as a service area)
};

// Each pattern matches only the wrong use (カタカナ is not カナ, ズームレベル is not 区域のレベル).
inline const QList<BannedTerm> &bannedJapaneseTerms()
{
    static const QList<BannedTerm> terms = [] {
        // Proper names keep their words: 〇〇地区社会福祉協議会, katakana names holding カナ.
        const QList<std::pair<const char *, const char *>> list = {
            {"ストア", "データファイル"},
            {"カテゴリ", "種別"},
            {"(?<![大中小])分類", "種別"},   // 福祉施設中分類コード is 国土数値情報's own name
            {"特徴", "対応"},
            {"フラグ", "対応"},
            {"地元", "手元の"},
            {"(?<!ズーム)(?<!町丁目)(?<!街区)レベル", "区域の階層"},
            {"座標系", "座標参照系"},
            {"(?<!民生委員)地区(?!社会|社協|まち)", "区域"},
            {"エリア", "区域"},
            {"市全域", "市"},
            {"プリセット", "保存した条件"},
            {"不採用", "取り込み不可"},
            {"法人名", "運営法人"},
            {"(?<![ァ-ヺー])カナ(?![ァ-ヺー])", "フリガナ"},
            {"定休日", "休業日"},
            {"出典日", "出典の時点"},
            {"インポート", "取り込み"},
            {"エクスポート", "書き出し"},
            {"ケアマネージャー", "ケアマネジャー"},
            {"患者|顧客|クライアント", "利用者"},
            {"本プロジェクト", "この地図の記録"},
            {"ユーザ(?!ー)|フォルダ(?!ー)|レイヤ(?!ー)", "長音を付ける"},
            {"—|·", "日本語では使わない記号"},
        };
        QList<BannedTerm> out;
        for (const auto &[pattern, why] : list)
            out.push_back({QRegularExpression(QString::fromUtf8(pattern)), QString::fromUtf8(why), qstrcmp(pattern, "市全域") == 0});
        return out;
    }();
    return terms;
}

// The access key of a menu or label text: the character after a single '&' ("&&" is a
// literal '&'), upper-cased; null when there is none.
inline QChar accessKeyOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// The terms of `text` that the glossary bans, as "term → glossary word". In exported data
// (`withData`) the words that data may hold are left to the data.
inline QStringList bannedTermsIn(const QString &text, bool withData = false)
{
    QStringList found;
    for (const BannedTerm &term : bannedJapaneseTerms()) {
        if (withData && term.wordingOnly)
            continue;
        const auto match = term.pattern.match(text);
        if (match.hasMatch())
            found << match.captured() + QStringLiteral(" → ") + term.why;
    }
    return found;
}

struct TsMessage {
    QString context;
    QString source;
    QString translation;   // numerus forms joined by newlines
    bool unfinished = false;
};

// The messages of a .ts file (not the vanished or obsolete ones).
inline QList<TsMessage> readTsMessages(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            messages.push_back({context, source, text, type == QLatin1String("unfinished") || text.trimmed().isEmpty()});
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}


} // namespace careatlas::test
