#pragma once

#include "core/Catalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace careatlas {

// Publishers' types of service and facility → our category codes (../shared/design/categories.md).
// Each function returns nullopt when it does not know the value; the caller reports it.

// A category code ("clinic") or a label in either language ("診療所", "Clinic") of `categories`.
std::optional<QString> categoryFromCodeOrLabel(const QString &text, const QList<Category> &categories);

// A care, housing, consultation or community service as named in 実施サービス, サービスの種類,
// サービス種別 or a free subtype: "地域密着型通所介護" → day_service, "看護小規模多機能型居宅介護" →
// nursing_small_multifunction, "ショートステイ（生活介護）" → short_stay, "いきいきサロン" →
// community_salon. Several services separated by 、 , ; or / : the first one that maps wins.
std::optional<QString> categoryFromServiceName(const QString &text);

// 医療機関の種類 (病院, 診療所, 歯科診療所, 薬局, …) with the 診療科目 as a hint: a 診療所 whose
// departments are all dental is a dental clinic. Departments alone (kind empty) give clinic or
// dental_clinic.
std::optional<QString> categoryFromMedicalKind(const QString &kind, const QString &departments);

// ナビイ 機関区分: a code (1 病院, 2 診療所, 3 歯科診療所, 5 薬局) or its label.
std::optional<QString> categoryFromInstitutionKind(const QString &kind);

// 国土数値情報 P04_001 医療機関分類 (1 病院, 2 一般診療所, 3 歯科診療所).
std::optional<QString> categoryFromKsjMedicalCode(const QString &code);

// 国土数値情報 P14 福祉施設 (第2.1版) by its 小分類 code (6 digits) or, failing that, its 中分類
// code (4 digits): 0204 老人デイサービスセンター → day_service, 0205 老人短期入所施設 →
// short_stay, 0202 軽費老人ホーム → care_house, 9907 有料老人ホーム → private_nursing_home
// (990702, one that is サービス付き高齢者向け住宅 → service_housing), 991001–991003 特別養護老人
// ホーム → nursing_home, 991004 介護老人保健施設 → geriatric_health_facility, 991303 地域包括支援
// センター → community_support_center. Classes we have no category for (養護老人ホーム,
// 老人福祉センター, 児童・障害者の施設, …) give nullopt. A code that lost its leading zero in a
// numeric field (204) is read as the code (0204).
std::optional<QString> categoryFromKsjWelfareCode(const QString &middleCode, const QString &minorCode);

// The caremap layout's Type and SubType (e.g. 福祉施設 / 訪問介護, 医療機関 / 内科、小児科).
std::optional<QString> categoryFromCaremapType(const QString &type, const QString &subType);

// Flags a service name implies (認知症… → dementia).
QStringList flagsFromServiceName(const QString &text);

} // namespace careatlas
