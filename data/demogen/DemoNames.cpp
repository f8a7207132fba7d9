#include "data/demogen/DemoNames.h"

namespace careatlas::demo {

using namespace Qt::StringLiterals;

const QList<Word> &townNames()
{
    static const QList<Word> words = {
        {u"本町"_s, u"ほんまち"_s},
        {u"栄町"_s, u"さかえまち"_s},
        {u"錦"_s, u"にしき"_s},
        {u"寿町"_s, u"ことぶきちょう"_s},
        {u"幸町"_s, u"さいわいちょう"_s},
        {u"緑町"_s, u"みどりちょう"_s},
        {u"柳町"_s, u"やなぎまち"_s},
        {u"旭町"_s, u"あさひまち"_s},
        {u"中島"_s, u"なかじま"_s},
        {u"朝日"_s, u"あさひ"_s},
        {u"青葉"_s, u"あおば"_s},
        {u"若草"_s, u"わかくさ"_s},
        {u"桜台"_s, u"さくらだい"_s},
        {u"緑が丘"_s, u"みどりがおか"_s},
        {u"松風"_s, u"まつかぜ"_s},
        {u"泉台"_s, u"いずみだい"_s},
        {u"川北"_s, u"かわきた"_s},
        {u"南野"_s, u"みなみの"_s},
        {u"北園"_s, u"きたぞの"_s},
        {u"梅ノ木"_s, u"うめのき"_s},
        {u"竹の内"_s, u"たけのうち"_s},
        {u"白鳥"_s, u"しらとり"_s},
        {u"星ヶ丘"_s, u"ほしがおか"_s},
        {u"月見"_s, u"つきみ"_s},
        {u"花園"_s, u"はなぞの"_s},
        {u"藤見"_s, u"ふじみ"_s},
        {u"菖蒲"_s, u"あやめ"_s},
        {u"紅葉台"_s, u"もみじだい"_s},
        {u"鶴見"_s, u"つるみ"_s},
        {u"亀田"_s, u"かめだ"_s},
        {u"稲穂"_s, u"いなほ"_s},
        {u"田園"_s, u"でんえん"_s},
        {u"清水"_s, u"しみず"_s},
        {u"湧水"_s, u"ゆうすい"_s},
        {u"岩瀬"_s, u"いわせ"_s},
        {u"萩原"_s, u"はぎわら"_s},
        {u"千代"_s, u"ちよ"_s},
        {u"八幡"_s, u"やはた"_s},
        {u"大和"_s, u"やまと"_s},
        {u"新田"_s, u"しんでん"_s},
        {u"上野台"_s, u"うえのだい"_s},
        {u"下川"_s, u"しもかわ"_s},
        {u"川原"_s, u"かわはら"_s},
        {u"山手"_s, u"やまて"_s},
        {u"西原"_s, u"にしはら"_s},
        {u"東台"_s, u"ひがしだい"_s},
        {u"宮前"_s, u"みやまえ"_s},
        {u"長町"_s, u"ながまち"_s},
        {u"高砂"_s, u"たかさご"_s},
        {u"金谷"_s, u"かなや"_s},
        {u"方丈"_s, u"ほうじょう"_s},
        {u"用水"_s, u"ようすい"_s},
        {u"若松"_s, u"わかまつ"_s},
        {u"平和町"_s, u"へいわまち"_s},
    };
    return words;
}

const QList<Word> &coastalTownNames()
{
    static const QList<Word> words = {
        {u"港"_s, u"みなと"_s},
        {u"浜風"_s, u"はまかぜ"_s},
        {u"砂丘"_s, u"さきゅう"_s},
        {u"松原"_s, u"まつばら"_s},
        {u"西浜"_s, u"にしはま"_s},
        {u"東浜"_s, u"ひがしはま"_s},
        {u"北浦"_s, u"きたうら"_s},
        {u"南浦"_s, u"みなみうら"_s},
        {u"潮見"_s, u"しおみ"_s},
        {u"大浜"_s, u"おおはま"_s},
    };
    return words;
}

const QList<Word> &hillTownNames()
{
    static const QList<Word> words = {
        {u"峰"_s, u"みね"_s},
        {u"奥谷"_s, u"おくたに"_s},
        {u"霧ヶ峰"_s, u"きりがみね"_s},
        {u"湯の谷"_s, u"ゆのたに"_s},
        {u"杉の森"_s, u"すぎのもり"_s},
        {u"芦原"_s, u"あしはら"_s},
        {u"山吹"_s, u"やまぶき"_s},
        {u"滝の上"_s, u"たきのうえ"_s},
        {u"水源"_s, u"すいげん"_s},
        {u"森本"_s, u"もりもと"_s},
    };
    return words;
}

const QList<Word> &familyNames()
{
    static const QList<Word> words = {
        {u"田中"_s, u"たなか"_s},
        {u"山本"_s, u"やまもと"_s},
        {u"中村"_s, u"なかむら"_s},
        {u"小林"_s, u"こばやし"_s},
        {u"林"_s, u"はやし"_s},
        {u"吉田"_s, u"よしだ"_s},
        {u"山田"_s, u"やまだ"_s},
        {u"松本"_s, u"まつもと"_s},
        {u"井上"_s, u"いのうえ"_s},
        {u"木村"_s, u"きむら"_s},
        {u"山崎"_s, u"やまざき"_s},
        {u"森"_s, u"もり"_s},
        {u"池田"_s, u"いけだ"_s},
        {u"橋本"_s, u"はしもと"_s},
        {u"石川"_s, u"いしかわ"_s},
        {u"前田"_s, u"まえだ"_s},
        {u"藤井"_s, u"ふじい"_s},
        {u"岡田"_s, u"おかだ"_s},
        {u"長谷川"_s, u"はせがわ"_s},
        {u"村田"_s, u"むらた"_s},
        {u"坂本"_s, u"さかもと"_s},
        {u"北村"_s, u"きたむら"_s},
        {u"宮本"_s, u"みやもと"_s},
        {u"西田"_s, u"にしだ"_s},
        {u"中川"_s, u"なかがわ"_s},
        {u"高田"_s, u"たかだ"_s},
        {u"竹内"_s, u"たけうち"_s},
        {u"金子"_s, u"かねこ"_s},
        {u"野村"_s, u"のむら"_s},
        {u"辻"_s, u"つじ"_s},
        {u"東"_s, u"ひがし"_s},
        {u"酒井"_s, u"さかい"_s},
        {u"堀"_s, u"ほり"_s},
        {u"南"_s, u"みなみ"_s},
        {u"浅野"_s, u"あさの"_s},
        {u"越田"_s, u"こしだ"_s},
        {u"山下"_s, u"やました"_s},
        {u"西村"_s, u"にしむら"_s},
        {u"表"_s, u"おもて"_s},
        {u"米田"_s, u"よねだ"_s},
        {u"寺田"_s, u"てらだ"_s},
        {u"高橋"_s, u"たかはし"_s},
    };
    return words;
}

const QList<Word> &facilityWords()
{
    static const QList<Word> words = {
        {u"ひだまり"_s, u"ひだまり"_s},
        {u"やすらぎ"_s, u"やすらぎ"_s},
        {u"なごみ"_s, u"なごみ"_s},
        {u"ひまわり"_s, u"ひまわり"_s},
        {u"さくら"_s, u"さくら"_s},
        {u"たんぽぽ"_s, u"たんぽぽ"_s},
        {u"すみれ"_s, u"すみれ"_s},
        {u"あおぞら"_s, u"あおぞら"_s},
        {u"こもれび"_s, u"こもれび"_s},
        {u"はなみずき"_s, u"はなみずき"_s},
        {u"ふれあい"_s, u"ふれあい"_s},
        {u"えがお"_s, u"えがお"_s},
        {u"きずな"_s, u"きずな"_s},
        {u"ぬくもり"_s, u"ぬくもり"_s},
        {u"いろどり"_s, u"いろどり"_s},
        {u"ゆうゆう"_s, u"ゆうゆう"_s},
        {u"のぞみ"_s, u"のぞみ"_s},
        {u"あかり"_s, u"あかり"_s},
        {u"みのり"_s, u"みのり"_s},
        {u"かがやき"_s, u"かがやき"_s},
        {u"陽だまりの丘"_s, u"ひだまりのおか"_s},
        {u"寿光"_s, u"じゅこう"_s},
        {u"和楽"_s, u"わらく"_s},
        {u"清風"_s, u"せいふう"_s},
        {u"翠"_s, u"みどり"_s},
        {u"結"_s, u"ゆい"_s},
    };
    return words;
}

QString toKatakana(const QString &reading)
{
    QString out = reading;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            c = QChar(char16_t(u + 0x60));
    }
    return out;
}

} // namespace careatlas::demo
