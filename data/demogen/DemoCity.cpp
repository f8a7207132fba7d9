#include "data/demogen/DemoCity.h"

#include "data/demogen/DemoGeometry.h"
#include "data/demogen/DemoNames.h"

#include "core/Catalogue.h"
#include "core/address/AddressReference.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <ogr_geometry.h>

#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace careatlas::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr int SchoolDistrictCount = 54;
constexpr int DailyLifeAreaCount = 19;

Word operator+(const Word &a, const Word &b) { return {a.text + b.text, a.reading + b.reading}; }
Word w(const QString &text, const QString &reading) { return {text, reading}; }

struct Region {
    QString code;
    Word name;
};

std::unique_ptr<OGRPolygon> toOgr(const LocalPolygon &polygon)
{
    auto ring = std::make_unique<OGRLinearRing>();
    for (const LocalPoint &p : polygon.outer()) {
        const QPointF ll = toLonLat(p);
        ring->addPoint(ll.x(), ll.y());
    }
    ring->closeRings();
    auto result = std::make_unique<OGRPolygon>();
    result->addRingDirectly(ring.release());
    return result;
}

QByteArray isoWkb(const OGRGeometry &geometry)
{
    std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(geometry.clone()));
    QByteArray wkb(int(multi->WkbSize()), '\0');
    multi->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

// Dissolves cells into one (multi)polygon.
Result<QByteArray> dissolve(const std::vector<LocalPolygon> &cells, const std::vector<int> &members)
{
    OGRMultiPolygon parts;
    for (int index : members)
        parts.addGeometryDirectly(toOgr(cells[index]).release());
    std::unique_ptr<OGRGeometry> merged(parts.UnionCascaded());
    if (!merged || merged->IsEmpty() || !merged->IsValid())
        return Error(ErrorCode::Internal, u"dissolving %1 demo districts failed"_s.arg(members.size()));
    return isoWkb(*merged);
}

LocalPoint centreOf(const LocalPolygon &polygon)
{
    LocalPoint c;
    bg::centroid(polygon, c);
    return c;
}

// Picks `count` well-spread points among `points`, starting from the one nearest `first`.
std::vector<LocalPoint> spreadStarts(const std::vector<LocalPoint> &points, int count, const LocalPoint &first)
{
    std::vector<LocalPoint> starts;
    std::vector<bool> used(points.size(), false);
    auto take = [&](std::function<double(const LocalPoint &)> key) {
        int best = -1;
        double bestKey = 0;
        for (int i = 0; i < int(points.size()); ++i) {
            if (used[i])
                continue;
            const double k = key(points[i]);
            if (best < 0 || k > bestKey) {
                best = i;
                bestKey = k;
            }
        }
        used[best] = true;
        starts.push_back(points[best]);
    };
    take([&](const LocalPoint &p) { return -bg::distance(p, first); });
    while (int(starts.size()) < count) {
        take([&](const LocalPoint &p) {
            double nearest = 1e18;
            for (const LocalPoint &s : starts)
                nearest = std::min(nearest, bg::distance(p, s));
            return nearest;
        });
    }
    return starts;
}

// Orders indices north to south in 2.5 km bands, west to east within a band: codes then read
// like a map.
std::vector<int> mapOrder(const std::vector<LocalPoint> &centres)
{
    std::vector<int> order(centres.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
        const int bandL = int(std::floor(-centres[l].y() / 2500.0)), bandR = int(std::floor(-centres[r].y() / 2500.0));
        if (bandL != bandR)
            return bandL < bandR;
        return centres[l].x() < centres[r].x();
    });
    return order;
}

// --- resources ---------------------------------------------------------------------------

enum class Placement { Weighted, PerDailyLifeArea, PerWelfareArea, PerSchoolDistrict };
enum class Hours { Clinic, Hospital, Pharmacy, Office, Nursing, Day, Residential, Cafe, Salon, Volunteer, Public };

struct CategorySpec {
    QString code;
    int count;
    Placement placement;
    Hours hours;
    char numberKind;                  // 'c' care, 'm' medical, 'd' dental, 'p' pharmacy, 0 none
    int capacityMin, capacityMax;     // 0: no capacity
    bool vacancies;
    QList<QPair<QString, double>> flags;
};

QList<CategorySpec> categorySpecs()
{
    using P = Placement;
    using H = Hours;
    return {
        {u"community_support_center"_s, 0, P::PerDailyLifeArea, H::Public, 0, 0, 0, false, {{u"home_visit"_s, 1.0}, {u"dementia"_s, 1.0}, {u"foreign_language"_s, 0.2}}},
        {u"welfare_health_center"_s, 0, P::PerWelfareArea, H::Public, 0, 0, 0, false, {{u"foreign_language"_s, 0.5}}},
        {u"home_care_liaison"_s, 0, P::PerWelfareArea, H::Public, 0, 0, 0, false, {}},
        {u"dementia_initial_support"_s, 0, P::PerWelfareArea, H::Public, 0, 0, 0, false, {{u"dementia"_s, 1.0}, {u"home_visit"_s, 1.0}}},
        {u"hospital"_s, 24, P::Weighted, H::Hospital, 'm', 0, 0, false, {{u"open_24h"_s, 0.6}, {u"end_of_life"_s, 0.5}, {u"dementia"_s, 0.4}, {u"foreign_language"_s, 0.3}}},
        {u"clinic"_s, 250, P::Weighted, H::Clinic, 'm', 0, 0, false, {{u"home_visit"_s, 0.2}, {u"dementia"_s, 0.15}, {u"weekends"_s, 0.2}, {u"foreign_language"_s, 0.05}}},
        {u"home_care_clinic"_s, 55, P::Weighted, H::Clinic, 'm', 0, 0, false, {{u"open_24h"_s, 0.9}, {u"home_visit"_s, 1.0}, {u"end_of_life"_s, 0.7}, {u"dementia"_s, 0.5}, {u"medical_care"_s, 0.5}, {u"accepting_new"_s, 0.6}}},
        {u"dental_clinic"_s, 160, P::Weighted, H::Clinic, 'd', 0, 0, false, {{u"home_visit"_s, 0.3}, {u"weekends"_s, 0.3}}},
        {u"pharmacy"_s, 150, P::Weighted, H::Pharmacy, 'p', 0, 0, false, {{u"home_visit"_s, 0.35}, {u"open_24h"_s, 0.08}, {u"weekends"_s, 0.4}}},
        {u"home_visit_nursing"_s, 65, P::Weighted, H::Nursing, 'c', 0, 0, false, {{u"open_24h"_s, 0.7}, {u"dementia"_s, 0.6}, {u"end_of_life"_s, 0.55}, {u"medical_care"_s, 0.5}, {u"home_visit"_s, 1.0}, {u"accepting_new"_s, 0.6}, {u"weekends"_s, 0.5}}},
        {u"care_plan_office"_s, 120, P::Weighted, H::Office, 'c', 0, 0, false, {{u"dementia"_s, 0.4}, {u"accepting_new"_s, 0.55}, {u"home_visit"_s, 1.0}, {u"foreign_language"_s, 0.04}}},
        {u"home_help"_s, 95, P::Weighted, H::Nursing, 'c', 0, 0, false, {{u"home_visit"_s, 1.0}, {u"dementia"_s, 0.5}, {u"weekends"_s, 0.5}, {u"accepting_new"_s, 0.5}, {u"open_24h"_s, 0.1}}},
        {u"regular_visit_24h"_s, 12, P::Weighted, H::Nursing, 'c', 0, 0, false, {{u"open_24h"_s, 1.0}, {u"home_visit"_s, 1.0}, {u"dementia"_s, 0.7}, {u"accepting_new"_s, 0.5}, {u"weekends"_s, 1.0}}},
        {u"small_multifunction"_s, 35, P::Weighted, H::Residential, 'c', 25, 29, true, {{u"dementia"_s, 0.8}, {u"home_visit"_s, 1.0}, {u"weekends"_s, 1.0}, {u"accepting_new"_s, 0.5}}},
        {u"nursing_small_multifunction"_s, 8, P::Weighted, H::Residential, 'c', 25, 29, true, {{u"medical_care"_s, 1.0}, {u"end_of_life"_s, 0.8}, {u"dementia"_s, 0.8}, {u"open_24h"_s, 1.0}, {u"home_visit"_s, 1.0}}},
        {u"day_service"_s, 120, P::Weighted, H::Day, 'c', 10, 40, true, {{u"dementia"_s, 0.4}, {u"weekends"_s, 0.35}, {u"accepting_new"_s, 0.5}}},
        {u"day_rehab"_s, 25, P::Weighted, H::Day, 'c', 20, 60, true, {{u"medical_care"_s, 0.3}, {u"accepting_new"_s, 0.5}}},
        {u"short_stay"_s, 25, P::Weighted, H::Residential, 'c', 10, 30, true, {{u"dementia"_s, 0.6}, {u"medical_care"_s, 0.3}, {u"weekends"_s, 1.0}}},
        {u"nursing_home"_s, 22, P::Weighted, H::Residential, 'c', 50, 120, true, {{u"end_of_life"_s, 0.7}, {u"dementia"_s, 0.9}, {u"medical_care"_s, 0.4}, {u"open_24h"_s, 1.0}}},
        {u"geriatric_health_facility"_s, 12, P::Weighted, H::Residential, 'c', 80, 100, true, {{u"medical_care"_s, 0.8}, {u"dementia"_s, 0.6}, {u"open_24h"_s, 1.0}}},
        {u"service_housing"_s, 40, P::Weighted, H::Residential, 0, 20, 60, true, {{u"dementia"_s, 0.3}, {u"open_24h"_s, 0.6}, {u"accepting_new"_s, 0.5}}},
        {u"private_nursing_home"_s, 35, P::Weighted, H::Residential, 0, 20, 80, true, {{u"end_of_life"_s, 0.6}, {u"dementia"_s, 0.7}, {u"medical_care"_s, 0.4}, {u"open_24h"_s, 1.0}}},
        {u"dementia_group_home"_s, 45, P::Weighted, H::Residential, 'c', 9, 18, true, {{u"dementia"_s, 1.0}, {u"end_of_life"_s, 0.4}, {u"open_24h"_s, 1.0}}},
        {u"care_house"_s, 8, P::Weighted, H::Residential, 0, 30, 50, true, {{u"accepting_new"_s, 0.4}}},
        {u"dementia_cafe"_s, 40, P::Weighted, H::Cafe, 0, 0, 0, false, {{u"dementia"_s, 1.0}, {u"accepting_new"_s, 0.9}}},
        {u"community_salon"_s, 70, P::Weighted, H::Salon, 0, 0, 0, false, {{u"accepting_new"_s, 0.9}}},
        {u"volunteer_group"_s, 40, P::Weighted, H::Volunteer, 0, 0, 0, false, {{u"home_visit"_s, 0.4}, {u"dementia"_s, 0.2}, {u"weekends"_s, 0.4}}},
        {u"neighbourhood_watch"_s, 0, P::PerSchoolDistrict, H::Volunteer, 0, 0, 0, false, {{u"home_visit"_s, 0.8}}},
    };
}

struct NameContext {
    Word town;          // the school district's town the resource lies in
    Word dailyLife;     // its daily-life area's name stem
    Word welfare;       // its welfare area's name stem (北部 …)
    DemoRandom *random;
    Word family() const { return familyNames()[random->below(int(familyNames().size()))]; }
    Word gentle() const { return facilityWords()[random->below(int(facilityWords().size()))]; }
    template <typename... Options>
    Word pick(Options... options) const
    {
        const std::vector<std::function<Word()>> all{options...};
        return all[random->below(int(all.size()))]();
    }
};

Word nameFor(const QString &category, const NameContext &c)
{
    const Word town = c.town, daily = c.dailyLife, welfare = c.welfare;
    auto quoted = [](const Word &word) { return w(u"「"_s, u""_s) + word + w(u"」"_s, u""_s); };
    if (category == u"community_support_center")
        return w(u"地域包括支援センター"_s, u"ちいきほうかつしえんせんたー"_s) + daily;
    if (category == u"welfare_health_center")
        return welfare + w(u"福祉健康センター"_s, u"ふくしけんこうせんたー"_s);
    if (category == u"home_care_liaison")
        return welfare + w(u"在宅医療・介護連携支援センター"_s, u"ざいたくいりょうかいごれんけいしえんせんたー"_s);
    if (category == u"dementia_initial_support")
        return w(u"認知症初期集中支援チーム（"_s, u"にんちしょうしょきしゅうちゅうしえんちーむ"_s) + welfare + w(u"）"_s, u""_s);
    if (category == u"hospital")
        return c.pick([&] { return town + w(u"中央病院"_s, u"ちゅうおうびょういん"_s); },
                      [&] { return c.family() + w(u"記念病院"_s, u"きねんびょういん"_s); },
                      [&] { return town + w(u"総合病院"_s, u"そうごうびょういん"_s); },
                      [&] { return c.family() + w(u"病院"_s, u"びょういん"_s); });
    if (category == u"clinic")
        return c.pick([&] { return c.family() + w(u"内科クリニック"_s, u"ないかくりにっく"_s); },
                      [&] { return c.family() + w(u"医院"_s, u"いいん"_s); },
                      [&] { return town + w(u"クリニック"_s, u"くりにっく"_s); },
                      [&] { return c.family() + w(u"整形外科"_s, u"せいけいげか"_s); },
                      [&] { return town + w(u"眼科"_s, u"がんか"_s); },
                      [&] { return c.family() + w(u"耳鼻咽喉科医院"_s, u"じびいんこうかいいん"_s); },
                      [&] { return town + w(u"ファミリークリニック"_s, u"ふぁみりーくりにっく"_s); },
                      [&] { return c.family() + w(u"皮膚科"_s, u"ひふか"_s); },
                      [&] { return c.family() + w(u"循環器内科"_s, u"じゅんかんきないか"_s); },
                      [&] { return town + w(u"こどもクリニック"_s, u"こどもくりにっく"_s); });
    if (category == u"home_care_clinic")
        return c.pick([&] { return c.family() + w(u"在宅クリニック"_s, u"ざいたくくりにっく"_s); },
                      [&] { return town + w(u"ホームケアクリニック"_s, u"ほーむけあくりにっく"_s); },
                      [&] { return c.family() + w(u"内科医院"_s, u"ないかいいん"_s); },
                      [&] { return w(u"在宅診療所"_s, u"ざいたくしんりょうじょ"_s) + c.gentle(); });
    if (category == u"dental_clinic")
        return c.pick([&] { return c.family() + w(u"歯科医院"_s, u"しかいいん"_s); },
                      [&] { return town + w(u"歯科クリニック"_s, u"しかくりにっく"_s); },
                      [&] { return c.gentle() + w(u"歯科"_s, u"しか"_s); });
    if (category == u"pharmacy")
        return c.pick([&] { return town + w(u"薬局"_s, u"やっきょく"_s); },
                      [&] { return c.gentle() + w(u"薬局 "_s, u"やっきょく"_s) + town + w(u"店"_s, u"てん"_s); },
                      [&] { return c.family() + w(u"調剤薬局"_s, u"ちょうざいやっきょく"_s); });
    if (category == u"home_visit_nursing")
        return c.pick([&] { return w(u"訪問看護ステーション"_s, u"ほうもんかんごすてーしょん"_s) + c.gentle(); },
                      [&] { return town + w(u"訪問看護ステーション"_s, u"ほうもんかんごすてーしょん"_s); });
    if (category == u"care_plan_office")
        return c.pick([&] { return w(u"居宅介護支援事業所"_s, u"きょたくかいごしえんじぎょうしょ"_s) + c.gentle(); },
                      [&] { return town + w(u"ケアプランセンター"_s, u"けあぷらんせんたー"_s); });
    if (category == u"home_help")
        return c.pick([&] { return w(u"ヘルパーステーション"_s, u"へるぱーすてーしょん"_s) + c.gentle(); },
                      [&] { return town + w(u"訪問介護センター"_s, u"ほうもんかいごせんたー"_s); });
    if (category == u"regular_visit_24h")
        return c.pick([&] { return w(u"定期巡回サービス"_s, u"ていきじゅんかいさーびす"_s) + c.gentle(); },
                      [&] { return w(u"24時間訪問介護看護"_s, u"にじゅうよじかんほうもんかいごかんご"_s) + town; });
    if (category == u"small_multifunction")
        return c.pick([&] { return w(u"小規模多機能ホーム"_s, u"しょうきぼたきのうほーむ"_s) + c.gentle(); },
                      [&] { return w(u"小規模多機能型居宅介護"_s, u"しょうきぼたきのうがたきょたくかいご"_s) + town; });
    if (category == u"nursing_small_multifunction")
        return w(u"看護小規模多機能"_s, u"かんごしょうきぼたきのう"_s) + quoted(c.gentle());
    if (category == u"day_service")
        return c.pick([&] { return w(u"デイサービスセンター"_s, u"でいさーびすせんたー"_s) + c.gentle(); },
                      [&] { return town + w(u"デイサービス"_s, u"でいさーびす"_s); });
    if (category == u"day_rehab")
        return c.pick([&] { return town + w(u"デイケア"_s, u"でいけあ"_s); },
                      [&] { return w(u"通所リハビリ"_s, u"つうしょりはびり"_s) + c.gentle(); });
    if (category == u"short_stay")
        return c.pick([&] { return w(u"ショートステイ"_s, u"しょーとすてい"_s) + c.gentle(); },
                      [&] { return town + w(u"短期入所センター"_s, u"たんきにゅうしょせんたー"_s); });
    if (category == u"nursing_home")
        return w(u"特別養護老人ホーム"_s, u"とくべつようごろうじんほーむ"_s) + c.gentle()
               + c.pick([] { return w(u"苑"_s, u"えん"_s); }, [] { return w(u"園"_s, u"えん"_s); }, [] { return w(u"荘"_s, u"そう"_s); });
    if (category == u"geriatric_health_facility")
        return w(u"介護老人保健施設"_s, u"かいごろうじんほけんしせつ"_s) + c.gentle();
    if (category == u"service_housing")
        return c.pick([&] { return w(u"サービス付き高齢者向け住宅"_s, u"さーびすつきこうれいしゃむけじゅうたく"_s) + c.gentle(); },
                      [&] { return w(u"ケアレジデンス"_s, u"けあれじでんす"_s) + town; });
    if (category == u"private_nursing_home")
        return c.pick([&] { return w(u"介護付有料老人ホーム"_s, u"かいごつきゆうりょうろうじんほーむ"_s) + c.gentle(); },
                      [&] { return w(u"住宅型有料老人ホーム"_s, u"じゅうたくがたゆうりょうろうじんほーむ"_s) + c.gentle() + town; });
    if (category == u"dementia_group_home")
        return c.pick([&] { return w(u"グループホーム"_s, u"ぐるーぷほーむ"_s) + c.gentle(); },
                      [&] { return w(u"グループホーム"_s, u"ぐるーぷほーむ"_s) + town; });
    if (category == u"care_house")
        return w(u"ケアハウス"_s, u"けあはうす"_s) + c.gentle();
    if (category == u"dementia_cafe")
        return c.pick([&] { return w(u"認知症カフェ"_s, u"にんちしょうかふぇ"_s) + quoted(c.gentle()); },
                      [&] { return town + w(u"オレンジカフェ"_s, u"おれんじかふぇ"_s); });
    if (category == u"community_salon")
        return c.pick([&] { return town + w(u"いきいきサロン"_s, u"いきいきさろん"_s); },
                      [&] { return town + w(u"ふれあいサロン"_s, u"ふれあいさろん"_s); },
                      [&] { return town + w(u"健康体操の会"_s, u"けんこうたいそうのかい"_s); },
                      [&] { return w(u"通いの場"_s, u"かよいのば"_s) + quoted(c.gentle()); });
    if (category == u"volunteer_group")
        return c.pick([&] { return town + w(u"ボランティアの会"_s, u"ぼらんてぃあのかい"_s); },
                      [&] { return w(u"NPO法人"_s, u"えぬぴーおーほうじん"_s) + c.gentle() + w(u"の会"_s, u"のかい"_s); },
                      [&] { return town + w(u"見守り隊"_s, u"みまもりたい"_s); });
    if (category == u"neighbourhood_watch")
        return town + w(u"地区まちぐるみ福祉活動推進会"_s, u"ちくまちぐるみふくしかつどうすいしんかい"_s);
    return town + w(u"事業所"_s, u"じぎょうしょ"_s);
}

QString operatorFor(const CategorySpec &spec, const NameContext &c)
{
    const QString group = findDefaultCategory(spec.code) ? findDefaultCategory(spec.code)->groupCode : QString();
    if (spec.code == u"community_support_center" || spec.code == u"home_care_liaison")
        return c.pick([] { return w(u"社会福祉法人サンプル市社会福祉協議会"_s, {}); },
                      [&] { return w(u"医療法人社団"_s, {}) + c.family() + w(u"会"_s, {}); },
                      [&] { return w(u"社会福祉法人"_s, {}) + c.town + w(u"福祉会"_s, {}); }).text;
    if (spec.code == u"welfare_health_center" || spec.code == u"dementia_initial_support")
        return u"サンプル市"_s;
    if (group == u"medical")
        return c.pick([&] { return w(u"医療法人社団"_s, {}) + c.family() + w(u"会"_s, {}); },
                      [&] { return w(u"医療法人"_s, {}) + c.gentle() + w(u"会"_s, {}); },
                      [&] { return c.family() + w(u" 個人開設"_s, {}); }).text;
    if (group == u"community")
        return c.pick([&] { return c.town + w(u"地区社会福祉協議会"_s, {}); },
                      [&] { return c.town + w(u"町会連合会"_s, {}); },
                      [&] { return w(u"特定非営利活動法人"_s, {}) + c.gentle(); }).text;
    return c.pick([&] { return w(u"社会福祉法人"_s, {}) + c.town + w(u"福祉会"_s, {}); },
                  [&] { return w(u"株式会社"_s, {}) + c.gentle() + w(u"ケアサービス"_s, {}); },
                  [&] { return w(u"有限会社"_s, {}) + c.family() + w(u"介護"_s, {}); },
                  [&] { return w(u"医療法人社団"_s, {}) + c.family() + w(u"会"_s, {}); },
                  [&] { return w(u"合同会社"_s, {}) + c.gentle(); }).text;
}

QPair<QString, QString> hoursFor(Hours hours, DemoRandom &random)
{
    static const QStringList weekdays{u"月"_s, u"火"_s, u"水"_s, u"木"_s, u"金"_s, u"土"_s};
    switch (hours) {
    case Hours::Clinic:
        return {u"9:00〜12:30、15:00〜18:30"_s, random.chance(0.5) ? u"木曜午後・土曜午後・日曜・祝日"_s : u"水曜・日曜・祝日"_s};
    case Hours::Hospital:
        return {u"外来 8:30〜11:30"_s, u"土曜・日曜・祝日（救急は24時間）"_s};
    case Hours::Pharmacy:
        return {u"9:00〜18:30（土曜 9:00〜13:00）"_s, u"日曜・祝日"_s};
    case Hours::Office:
        return {u"8:30〜17:30"_s, u"土曜・日曜・祝日・年末年始"_s};
    case Hours::Nursing:
        return {u"8:30〜17:30（緊急時は24時間）"_s, u"日曜・年末年始"_s};
    case Hours::Day:
        return {u"9:00〜16:30"_s, u"日曜・年末年始"_s};
    case Hours::Residential:
        return {u"24時間"_s, u"なし"_s};
    case Hours::Cafe:
        return {u"毎月第%1%2曜 13:30〜15:30"_s.arg(random.between(1, 4)).arg(weekdays[random.below(6)]), u"祝日"_s};
    case Hours::Salon:
        return {u"毎週%1曜 10:00〜11:30"_s.arg(weekdays[random.below(5)]), u"祝日・年末年始"_s};
    case Hours::Volunteer:
        return {u"平日 10:00〜16:00"_s, u"土曜・日曜・祝日"_s};
    case Hours::Public:
        return {u"8:30〜17:15"_s, u"土曜・日曜・祝日・年末年始"_s};
    }
    return {};
}

QString serviceKindDigit(const QString &code)
{
    // The third digit of a 介護保険事業所番号 (and of a 医療機関コード: 1 医科, 3 歯科, 4 薬局).
    static const QHash<QString, QString> digits{{u"home_visit_nursing"_s, u"6"_s}, {u"dementia_group_home"_s, u"9"_s},
                                                {u"small_multifunction"_s, u"9"_s}, {u"regular_visit_24h"_s, u"9"_s},
                                                {u"nursing_small_multifunction"_s, u"9"_s}, {u"nursing_home"_s, u"7"_s},
                                                {u"geriatric_health_facility"_s, u"5"_s}};
    return digits.value(code, u"7"_s);
}

QStringList notesFor(const QString &group, DemoRandom &random)
{
    static const QStringList medical{u"駐車場あり"_s, u"往診可"_s, u"予約優先"_s, u"車いす対応トイレあり"_s, u"オンライン診療可"_s};
    static const QStringList care{u"送迎あり"_s, u"入浴設備あり"_s, u"見学随時受付"_s, u"看護師常駐"_s, u"リハビリ専門職在籍"_s};
    static const QStringList community{u"参加無料"_s, u"予約不要"_s, u"介護者の相談も受付"_s, u"茶菓代100円"_s};
    const QStringList &pool = group == u"medical" ? medical : group == u"community" ? community : care;
    QStringList notes;
    for (const QString &note : pool)
        if (random.chance(0.3))
            notes.push_back(note);
    return notes;
}

} // namespace

Result<DemoCity> generateDemoCity(quint32 seed)
{
    // Wandering borders can cross where a district has a sharp corner: the roughness is eased
    // (deterministically) until every district is a valid polygon.
    DistrictTiling tiling;
    QString invalidReason;
    for (double roughness : {1.0, 0.8, 0.6, 0.4, 0.2, 0.0}) {
        tiling = generateTiling(seed, SchoolDistrictCount, roughness);
        invalidReason.clear();
        for (const LocalPolygon &cell : tiling.cells) {
            std::string reason;
            if (!bg::is_valid(cell, reason)) {
                invalidReason = QString::fromStdString(reason);
                break;
            }
        }
        if (invalidReason.isEmpty())
            break;
    }
    if (!invalidReason.isEmpty())
        return Error(ErrorCode::Internal, u"a demo district is not a valid polygon: %1"_s.arg(invalidReason));
    const int cellCount = int(tiling.cells.size());
    if (cellCount != SchoolDistrictCount)
        return Error(ErrorCode::Internal, u"the demo tiling has %1 districts, not %2"_s.arg(cellCount).arg(SchoolDistrictCount));

    std::vector<LocalPoint> centres;
    for (const LocalPolygon &cell : tiling.cells)
        centres.push_back(centreOf(cell));

    // Town names: the coast in the north-west, the hills in the south-east, the rest by
    // distance from the centre.
    std::vector<Word> townOf(cellCount);
    std::vector<bool> named(cellCount, false);
    auto nameBy = [&](const QList<Word> &names, int count, std::function<double(const LocalPoint &)> key) {
        std::vector<int> order;
        for (int i = 0; i < cellCount; ++i)
            if (!named[i])
                order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](int l, int r) { return key(centres[l]) > key(centres[r]); });
        for (int k = 0; k < count && k < int(order.size()) && k < names.size(); ++k) {
            townOf[order[k]] = names[k];
            named[order[k]] = true;
        }
    };
    nameBy(coastalTownNames(), 7, [](const LocalPoint &p) { return -p.x() + p.y(); });
    nameBy(hillTownNames(), 7, [](const LocalPoint &p) { return 0.6 * p.x() - 0.8 * p.y(); });
    nameBy(townNames(), cellCount, [](const LocalPoint &p) { return -std::hypot(p.x(), p.y()); });

    // Daily-life areas from the districts, welfare areas from the daily-life areas.
    const std::vector<int> dailyOf = growGroups(tiling.neighbours, centres,
                                                spreadStarts(centres, DailyLifeAreaCount, LocalPoint(0, 0)));
    std::vector<std::vector<int>> dailyMembers(DailyLifeAreaCount);
    for (int i = 0; i < cellCount; ++i) {
        if (dailyOf[i] < 0)
            return Error(ErrorCode::Internal, u"a demo district belongs to no daily-life area"_s);
        dailyMembers[dailyOf[i]].push_back(i);
    }
    std::vector<LocalPoint> dailyCentres;
    std::vector<std::vector<int>> dailyNeighbours(DailyLifeAreaCount);
    for (int g = 0; g < DailyLifeAreaCount; ++g) {
        double x = 0, y = 0;
        for (int i : dailyMembers[g]) {
            x += centres[i].x();
            y += centres[i].y();
            for (int n : tiling.neighbours[i])
                if (dailyOf[n] != g)
                    dailyNeighbours[g].push_back(dailyOf[n]);
        }
        dailyCentres.emplace_back(x / double(dailyMembers[g].size()), y / double(dailyMembers[g].size()));
        std::sort(dailyNeighbours[g].begin(), dailyNeighbours[g].end());
        dailyNeighbours[g].erase(std::unique(dailyNeighbours[g].begin(), dailyNeighbours[g].end()), dailyNeighbours[g].end());
    }
    const QList<Word> welfareNames{w(u"北部"_s, u"ほくぶ"_s), w(u"西部"_s, u"せいぶ"_s), w(u"南部"_s, u"なんぶ"_s)};
    const std::vector<int> welfareOf = growGroups(dailyNeighbours, dailyCentres,
                                                  {LocalPoint(2500, 6500), LocalPoint(-6500, -1500), LocalPoint(3500, -7000)});
    for (int g : welfareOf)
        if (g < 0)
            return Error(ErrorCode::Internal, u"a demo daily-life area belongs to no welfare area"_s);

    // Codes in map order; daily-life areas are named after their middle school's district.
    DemoCity city;
    city.labelJa = u"サンプル市（架空の市・デモ用サンプルデータ）"_s;
    city.labelEn = u"Sample City (fictional — demo sample data)"_s;
    std::vector<QString> schoolCode(cellCount), dailyCode(DailyLifeAreaCount);
    std::vector<Word> dailyName(DailyLifeAreaCount);
    {
        const std::vector<int> order = mapOrder(centres);
        for (int k = 0; k < cellCount; ++k)
            schoolCode[order[k]] = u"S%1"_s.arg(k + 1, 2, 10, QLatin1Char('0'));
        const std::vector<int> dailyOrder = mapOrder(dailyCentres);
        for (int k = 0; k < DailyLifeAreaCount; ++k)
            dailyCode[dailyOrder[k]] = u"D%1"_s.arg(k + 1, 2, 10, QLatin1Char('0'));
        for (int g = 0; g < DailyLifeAreaCount; ++g) {
            int nearest = dailyMembers[g].front();
            for (int i : dailyMembers[g])
                if (bg::distance(centres[i], dailyCentres[g]) < bg::distance(centres[nearest], dailyCentres[g]))
                    nearest = i;
            dailyName[g] = townOf[nearest];
        }
    }
    const QString cityCode = u"C01"_s;
    auto welfareCode = [](int g) { return u"W%1"_s.arg(g + 1); };

    std::vector<int> all(cellCount);
    for (int i = 0; i < cellCount; ++i)
        all[i] = i;
    auto cityWkb = dissolve(tiling.cells, all);
    if (!cityWkb)
        return cityWkb.error();
    city.areasByLevel[AreaLevels::City].push_back({0, AreaLevels::City, cityCode, city.labelJa, QString(), *cityWkb});
    for (int g = 0; g < 3; ++g) {
        std::vector<int> members;
        for (int i = 0; i < cellCount; ++i)
            if (welfareOf[dailyOf[i]] == g)
                members.push_back(i);
        auto wkb = dissolve(tiling.cells, members);
        if (!wkb)
            return wkb.error();
        city.areasByLevel[AreaLevels::WelfareArea].push_back(
            {0, AreaLevels::WelfareArea, welfareCode(g), welfareNames[g].text + u"福祉健康センター圏域"_s, cityCode, *wkb});
    }
    for (int g = 0; g < DailyLifeAreaCount; ++g) {
        auto wkb = dissolve(tiling.cells, dailyMembers[g]);
        if (!wkb)
            return wkb.error();
        city.areasByLevel[AreaLevels::DailyLifeArea].push_back(
            {0, AreaLevels::DailyLifeArea, dailyCode[g], dailyName[g].text + u"中学校区"_s, welfareCode(welfareOf[g]), *wkb});
    }
    for (int i = 0; i < cellCount; ++i)
        city.areasByLevel[AreaLevels::SchoolDistrict].push_back(
            {0, AreaLevels::SchoolDistrict, schoolCode[i], townOf[i].text + u"小学校区"_s, dailyCode[dailyOf[i]], isoWkb(*toOgr(tiling.cells[i]))});
    for (auto &level : city.areasByLevel)
        std::sort(level.begin(), level.end(), [](const AreaRecord &l, const AreaRecord &r) { return l.code < r.code; });

    // Resources.
    DemoRandom random(seed ^ 0x5eedu);
    std::vector<double> weights(cellCount);
    double totalWeight = 0;
    for (int i = 0; i < cellCount; ++i) {
        const double r = std::hypot(centres[i].x(), centres[i].y());
        weights[i] = std::sqrt(bg::area(tiling.cells[i])) * (std::exp(-r / 5000.0) + 0.22);
        totalWeight += weights[i];
    }
    auto weightedCell = [&] {
        double target = random.uniform() * totalWeight;
        for (int i = 0; i < cellCount; ++i) {
            target -= weights[i];
            if (target < 0)
                return i;
        }
        return cellCount - 1;
    };
    auto pointIn = [&](int cell) {
        bg::model::box<LocalPoint> box;
        bg::envelope(tiling.cells[cell], box);
        for (int attempt = 0; attempt < 500; ++attempt) {
            const LocalPoint p(random.uniform(box.min_corner().x(), box.max_corner().x()),
                               random.uniform(box.min_corner().y(), box.max_corner().y()));
            if (bg::within(p, tiling.cells[cell]))
                return p;
        }
        return centres[cell];
    };
    int careNumber = 100001, medicalNumber = 200001;
    QSet<QString> usedNames;
    int withoutLocation = 0;
    for (const CategorySpec &spec : categorySpecs()) {
        const Category *category = findDefaultCategory(spec.code);
        if (!category)
            return Error(ErrorCode::Internal, u"demo category %1 is not in the catalogue"_s.arg(spec.code));
        std::vector<int> cells;   // one entry per resource: its district
        std::vector<int> welfareGroups;
        switch (spec.placement) {
        case Placement::Weighted:
            for (int k = 0; k < spec.count; ++k)
                cells.push_back(weightedCell());
            break;
        case Placement::PerSchoolDistrict:
            for (int i = 0; i < cellCount; ++i)
                cells.push_back(i);
            break;
        case Placement::PerDailyLifeArea:
            for (int g = 0; g < DailyLifeAreaCount; ++g) {
                int nearest = dailyMembers[g].front();
                for (int i : dailyMembers[g])
                    if (bg::distance(centres[i], dailyCentres[g]) < bg::distance(centres[nearest], dailyCentres[g]))
                        nearest = i;
                cells.push_back(nearest);
            }
            break;
        case Placement::PerWelfareArea:
            for (int g = 0; g < 3; ++g) {
                int best = -1;
                for (int i = 0; i < cellCount; ++i)
                    if (welfareOf[dailyOf[i]] == g && (best < 0 || weights[i] > weights[best]))
                        best = i;
                cells.push_back(best);
            }
            break;
        }
        for (int cell : cells) {
            NameContext context{townOf[cell], dailyName[dailyOf[cell]], welfareNames[welfareOf[dailyOf[cell]]], &random};
            Word name = nameFor(spec.code, context);
            for (int retry = 0; usedNames.contains(name.text) && retry < 20; ++retry)
                name = nameFor(spec.code, context);
            static const QList<Word> ordinals{w(u"第二"_s, u"だいに"_s), w(u"第三"_s, u"だいさん"_s), w(u"第四"_s, u"だいよん"_s),
                                              w(u"第五"_s, u"だいご"_s), w(u"第六"_s, u"だいろく"_s), w(u"第七"_s, u"だいなな"_s)};
            for (const Word &ordinal : ordinals) {
                if (!usedNames.contains(name.text))
                    break;
                if (!usedNames.contains((name + ordinal).text))
                    name = name + ordinal;
            }
            usedNames.insert(name.text);

            Resource r;
            r.categoryCode = spec.code;
            r.name = name.text;
            r.kana = toKatakana(name.reading).remove(QLatin1Char(' '));
            r.operatorName = operatorFor(spec, context);
            if (spec.numberKind == 'c')
                r.officialNumber = u"17"_s + serviceKindDigit(spec.code) + u"%1"_s.arg(careNumber++, 7, 10, QLatin1Char('0'));
            else if (spec.numberKind)
                r.officialNumber = u"17"_s + (spec.numberKind == 'm' ? u"1"_s : spec.numberKind == 'd' ? u"3"_s : u"4"_s)
                                   + u"%1"_s.arg(medicalNumber++, 7, 10, QLatin1Char('0'));
            r.source = u"サンプルデータ（CareAtlas デモ生成・架空）"_s;
            r.sourceDate = QDate(2026, 4, 1);
            const int townIndex = int(std::distance(townOf.begin(), std::find_if(townOf.begin(), townOf.end(), [&](const Word &t) {
                return t.text == context.town.text;
            })));
            r.postalCode = u"920-0%1"_s.arg(100 + townIndex * 17 % 900, 3, 10, QLatin1Char('0'));
            r.address = u"サンプル市%1%2丁目%3-%4"_s.arg(context.town.text).arg(random.between(1, 5)).arg(random.between(1, 30)).arg(random.between(1, 40));
            if (spec.capacityMin >= 20 && random.chance(0.3))
                r.address += u" %1ビル%2階"_s.arg(context.gentle().text).arg(random.between(1, 4));
            // 076-0xx-xxxx: the Kanazawa area code with a local number that cannot exist, so
            // no real telephone is ever called from sample data.
            r.phone = u"076-0%1-%2"_s.arg(random.between(10, 99)).arg(random.between(0, 9999), 4, 10, QLatin1Char('0'));
            if (category->groupCode != u"community" && random.chance(0.7))
                r.fax = r.phone.left(r.phone.size() - 1) + QString::number((r.phone.back().digitValue() + 1) % 10);
            if (random.chance(0.45))
                r.website = u"https://example.com/sample/%1/%2"_s.arg(spec.code).arg(careNumber + medicalNumber + int(city.resources.size()));
            const bool hidden = (spec.code == u"volunteer_group" && random.chance(0.15)) || (spec.code == u"community_salon" && random.chance(0.03));
            if (hidden) {
                r.address = u"サンプル市内（所在地非公開・電話で問合せ）"_s;
                ++withoutLocation;
            } else {
                const QPointF ll = toLonLat(pointIn(cell));
                r.longitude = std::round(ll.x() * 1e7) / 1e7;
                r.latitude = std::round(ll.y() * 1e7) / 1e7;
            }
            const auto [hours, closed] = hoursFor(spec.hours, random);
            r.hours = hours;
            r.closedDays = closed;
            if (spec.capacityMax > 0) {
                r.capacity = spec.capacityMax <= 18 ? (random.chance(0.5) ? 9 : 18) : random.between(spec.capacityMin, spec.capacityMax);
                if (spec.vacancies && random.chance(0.8)) {
                    r.vacancies = std::min(*r.capacity, random.between(0, 4));
                    r.vacanciesDate = QDate(2026, 10, 1).addDays(random.between(0, 40));
                }
            }
            if (spec.hours == Hours::Nursing || spec.code == u"care_plan_office" || spec.code == u"home_care_clinic")
                r.serviceArea = random.chance(0.5) ? u"サンプル市全域"_s : context.dailyLife.text + u"中学校区とその周辺"_s;
            r.notes = notesFor(category->groupCode, random).join(u"。"_s);
            for (const auto &[flag, probability] : spec.flags)
                if (random.chance(probability))
                    r.flags.push_back(flag);
            city.resources.push_back(r);
            city.schoolDistrictOf.push_back(hidden ? QString() : schoolCode[cell]);
        }
    }
    Q_UNUSED(withoutLocation);

    // An address reference (as 位置参照情報 at 大字・町丁目 level): 1丁目 to 5丁目 of every town,
    // each a point inside its district, so a client's address can be found in the demo.
    static const QStringList kanjiDigits{u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s};
    for (int i = 0; i < cellCount; ++i) {
        for (int chome = 0; chome < 5; ++chome) {
            const QPointF ll = toLonLat(pointIn(i));
            city.addressPoints.push_back({townOf[i].text + kanjiDigits[chome] + u"丁目"_s, std::round(ll.y() * 1e6) / 1e6,
                                          std::round(ll.x() * 1e6) / 1e6});
        }
    }
    return city;
}

Status writeDemoStore(const DemoCity &city, const QString &path)
{
    auto created = Store::create(path);
    if (!created)
        return created.error();
    Store &store = **created;
    Store::Transaction transaction(store);
    for (const AreaLevel &level : standardAreaLevels()) {
        if (auto status = store.replaceAreas(level.code, city.areasByLevel.value(level.code)); !status)
            return status;
    }
    if (auto status = store.setMetaValue(u"dataset_label_ja"_s, city.labelJa); !status)
        return status;
    if (auto status = store.setMetaValue(u"dataset_label_en"_s, city.labelEn); !status)
        return status;

    // Parent codes, to assign each resource at every level from its district.
    QHash<QString, QString> parentOf;
    for (const auto &level : city.areasByLevel)
        for (const AreaRecord &area : level)
            parentOf.insert(area.levelCode + u'/' + area.code, area.parentCode);
    QHash<QString, QList<QPair<qint64, QString>>> assignments;
    for (int i = 0; i < city.resources.size(); ++i) {
        auto id = store.insertResource(city.resources[i]);
        if (!id)
            return id.error();
        QString code = city.schoolDistrictOf[i];
        if (code.isEmpty())
            continue;
        const QStringList levels{AreaLevels::SchoolDistrict, AreaLevels::DailyLifeArea, AreaLevels::WelfareArea, AreaLevels::City};
        for (int l = 0; l < levels.size(); ++l) {
            assignments[levels[l]].push_back({*id, code});
            code = parentOf.value(levels[l] + u'/' + code);
        }
    }
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
        if (auto status = store.replaceResourceAreas(it.key(), it.value()); !status)
            return status;
    SqliteStatement address(store.handle(), "INSERT INTO ca_address_ref (prefecture, city, town, block, latitude, longitude, city_key, key) "
                                            "VALUES ('石川県', 'サンプル市', ?, NULL, ?, ?, 'サンプル市', ?)");
    for (const DemoCity::AddressPoint &point : city.addressPoints) {
        address.bind(1, point.town).bind(2, point.latitude).bind(3, point.longitude).bind(4, normaliseAddress(point.town));
        if (!address.exec())
            return address.lastError();
    }
    return transaction.commit();
}

} // namespace careatlas::demo
