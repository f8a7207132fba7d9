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

// The caremap layout's Type and SubType (e.g. 福祉施設 / 訪問介護, 医療機関 / 内科、小児科).
std::optional<QString> categoryFromCaremapType(const QString &type, const QString &subType);

// Flags a service name implies (認知症… → dementia).
QStringList flagsFromServiceName(const QString &text);

} // namespace careatlas
