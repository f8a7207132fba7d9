#pragma once

// The words the glossary (docs/glossary.md) says not to use in Japanese, and a reader of
// careatlas_ja.ts, shared by the tests that keep the Japanese text to the glossary.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace careatlas::test {

struct BannedTerm {
    QRegularExpression pattern;
    QString why;   // the glossary's word
};

// Each pattern matches only the wrong use (カタカナ is not カナ, ズームレベル is not 区域のレベル).
inline const QList<BannedTerm> &bannedJapaneseTerms()
{
    static const QList<BannedTerm> terms = [] {
        const QList<std::pair<const char *, const char *>> list = {
            {"ストア", "データファイル"},
            {"カテゴリ", "種別"},
            {"分類", "種別"},
            {"特徴", "対応"},
            {"フラグ", "対応"},
            {"地元", "手元の"},
            {"(?<!ズーム)(?<!町丁目)(?<!街区)レベル", "区域の階層"},
            {"座標系", "座標参照系"},
            {"(?<!民生委員)地区", "区域"},
            {"エリア", "区域"},
            {"市全域", "市"},
            {"プリセット", "保存した条件"},
            {"不採用", "取り込み不可"},
            {"法人名", "運営法人"},
            {"(?<!タ)カナ", "フリガナ"},
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
            out.push_back({QRegularExpression(QString::fromUtf8(pattern)), QString::fromUtf8(why)});
        return out;
    }();
    return terms;
}

// The terms of `text` that the glossary bans, as "term → glossary word".
inline QStringList bannedTermsIn(const QString &text)
{
    QStringList found;
    for (const BannedTerm &term : bannedJapaneseTerms()) {
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
};

// The finished messages of a .ts file (not the vanished or obsolete ones).
QList<TsMessage> readTsMessages(const QString &path);

} // namespace careatlas::test
